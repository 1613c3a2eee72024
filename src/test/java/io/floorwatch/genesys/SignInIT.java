package io.floorwatch.genesys;

import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.Person;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.domain.TokenStatus;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.SignInRobot;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.sim.FloorGenerator;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person signs in through the authorization code grant with PKCE, end to end: the emulator's sign-in page, the
 * loopback redirect, the SDK's {@code authorizePKCE} and {@code refreshCodeAuthorization}, {@code users/me},
 * sign-out, and what the person's permissions and divisions allow.
 */
class SignInIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final MovableClock EMULATOR_CLOCK = new MovableClock(Instant.now());
    private static Emulator emulator;
    private static final SignInRobot ROBOT = new SignInRobot();

    @BeforeAll
    static void start() {
        emulator = new Emulator(TestEmulators.still(60), EMULATOR_CLOCK).start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static EmAccount account(String role) {
        return emulator.org().accounts().stream().filter(a -> a.role().name().equals(role)).findFirst().orElseThrow();
    }

    private static UserSignIn signIn() {
        return new UserSignIn(emulator.baseUrl(), emulator.signInClientId(), 0, WAIT, Clock.systemUTC());
    }

    private static UserTokens signInAs(EmAccount account) {
        return signIn().run(uri -> ROBOT.signIn(uri, account.email(), account.password()));
    }

    private static GenesysGateway gatewayFor(UserTokens tokens) {
        return GenesysGateway.connect(new Credentials(emulator.baseUrl(), emulator.signInClientId(), ""), tokens);
    }

    @Test
    void theSupervisorSignsInAndIsKnownByNameOrgAndPermissions() {
        EmAccount supervisor = account("Supervisor");
        try (UserTokens tokens = signInAs(supervisor); GenesysGateway gateway = gatewayFor(tokens)) {
            assertThat(tokens.status().state()).isEqualTo(TokenStatus.State.VALID);
            assertThat(tokens.refreshToken()).isPresent();
            Person me = gateway.identity().me();
            assertThat(me.userId()).isEqualTo(supervisor.userId());
            assertThat(me.name()).isEqualTo(supervisor.name());
            assertThat(me.organization()).isEqualTo("Floorwatch Demo");
            assertThat(me.roles()).containsExactly("Supervisor");
            assertThat(me.may("routing:skill:assign")).isTrue();
            assertThat(me.may("routing:queue:add")).isTrue();
            assertThat(gateway.allUsers()).hasSize(60);
        }
    }

    @Test
    void theReadOnlySupervisorSeesOneDivisionAndIsRefusedWritesWithGenesysMessage() {
        EmAccount watcher = account("Supervisor (read only)");
        String division = watcher.divisionIds().iterator().next();
        Set<String> inDivision = emulator.org().users().stream().filter(u -> u.divisionId().equals(division))
                .map(EmUser::id).collect(Collectors.toSet());
        assertThat(inDivision).isNotEmpty().hasSizeLessThan(60);
        try (UserTokens tokens = signInAs(watcher); GenesysGateway gateway = gatewayFor(tokens)) {
            Person me = gateway.identity().me();
            assertThat(me.may("routing:skill:assign")).isFalse();
            assertThat(gateway.allUsers()).extracting(s -> s.agent().id()).containsExactlyInAnyOrderElementsOf(
                    inDivision);
            assertThat(gateway.allQueues()).isNotEmpty().extracting(RoutingQueue::id).allSatisfy(id -> assertThat(
                    emulator.org().queue(id).orElseThrow().divisionId()).isEqualTo(division));

            String agent = inDivision.iterator().next();
            var before = emulator.org().user(agent).orElseThrow().skills();
            String skill = emulator.org().skills().get(0).id();
            assertThatThrownBy(() -> gateway.addUserSkill(agent, skill, 3.0))
                    .isInstanceOfSatisfying(GenesysException.class, e -> {
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.code()).isEqualTo("missing.permissions");
                        assertThat(e.getMessage()).contains("routing:skill:assign");
                    });
            assertThat(emulator.org().user(agent).orElseThrow().skills()).isEqualTo(before);
        }
    }

    @Test
    void aClientCredentialsTokenHasNoPersonAndSeesEveryDivision() {
        try (GenesysGateway service = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"))) {
            assertThat(service.allUsers()).hasSize(60);
            assertThatThrownBy(() -> service.identity().me()).isInstanceOfSatisfying(GenesysException.class,
                    e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void aForeignStateIsRefusedAndNothingIsSignedIn() {
        HttpClient http = HttpClient.newHttpClient();
        assertThatThrownBy(() -> signIn().run(uri -> {
            String redirect = query(uri, "redirect_uri");
            http.sendAsync(HttpRequest.newBuilder(URI.create(redirect + "?code=stolen&state=someone-else")).build(),
                    HttpResponse.BodyHandlers.discarding());
        })).isInstanceOfSatisfying(GenesysException.class, e -> {
            assertThat(e.code()).isEqualTo("sign-in.state");
            assertThat(e.getMessage()).contains("state");
        });
    }

    @Test
    void cancelOnTheSignInPageIsAccessDenied() {
        assertThatThrownBy(() -> signIn().run(ROBOT::decline)).isInstanceOfSatisfying(GenesysException.class, e -> {
            assertThat(e.code()).isEqualTo("access_denied");
            assertThat(e.getMessage()).contains("declined");
        });
    }

    @Test
    void aBrowserThatNeverComesBackTimesOutAndCancelEndsTheWait() {
        UserSignIn quick = new UserSignIn(emulator.baseUrl(), emulator.signInClientId(), 0, Duration.ofMillis(300),
                Clock.systemUTC());
        assertThatThrownBy(() -> quick.run(uri -> { })).isInstanceOfSatisfying(GenesysException.class,
                e -> assertThat(e.code()).isEqualTo("sign-in.timeout"));

        UserSignIn waiting = signIn();
        assertThatThrownBy(() -> waiting.run(uri -> CompletableFuture.runAsync(waiting::cancel,
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS))))
                .isInstanceOfSatisfying(GenesysException.class, e -> {
                    assertThat(e.code()).isEqualTo("sign-in.cancelled");
                    assertThat(e.getMessage()).isEqualTo("Sign-in cancelled");
                });
    }

    @Test
    void aRedirectPortInUseIsNamedBeforeABrowserOpens() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            AtomicReference<URI> opened = new AtomicReference<>();
            UserSignIn onTaken = new UserSignIn(emulator.baseUrl(), emulator.signInClientId(), taken.getLocalPort(),
                    WAIT, Clock.systemUTC());
            assertThatThrownBy(() -> onTaken.run(opened::set)).isInstanceOfSatisfying(GenesysException.class, e -> {
                assertThat(e.code()).isEqualTo("sign-in.port");
                assertThat(e.getMessage()).contains("Port " + taken.getLocalPort()).contains("in use");
            });
            assertThat(opened.get()).as("no browser opened").isNull();
        }
    }

    /** A code as the redirect delivers it, for the token-endpoint checks below. */
    private record Issued(String code, String redirectUri, String verifier) {
    }

    private static Issued code(SdkLogin login) throws Exception {
        EmAccount supervisor = account("Supervisor");
        try (LoopbackCallback callback = LoopbackCallback.open(0)) {
            String verifier = login.newVerifier();
            UserSignIn flow = signIn();
            ROBOT.signIn(flow.authorizeUri(callback.redirectUri(), login.challenge(verifier), "s"),
                    supervisor.email(), supervisor.password());
            LoopbackCallback.Result result = callback.await(WAIT, Clock.systemUTC());
            return new Issued(result.code().orElseThrow(), callback.redirectUri(), verifier);
        }
    }

    @Test
    void theTokenEndpointChecksTheVerifierAndTakesACodeOnceAndOnlyWithinAMinute() throws Exception {
        String client = emulator.signInClientId();
        try (SdkLogin login = new SdkLogin(emulator.baseUrl(), Duration.ofSeconds(10))) {
            Issued wrongVerifier = code(login);
            assertThatThrownBy(() -> login.exchange(client, login.newVerifier(), wrongVerifier.code(),
                    wrongVerifier.redirectUri())).isInstanceOfSatisfying(GenesysException.class, e -> {
                        assertThat(e.code()).isEqualTo("invalid_grant");
                        assertThat(e.getMessage()).contains("code_verifier");
                    });

            Issued once = code(login);
            assertThat(login.exchange(client, once.verifier(), once.code(), once.redirectUri()).getAccess_token())
                    .isNotBlank();
            assertThatThrownBy(() -> login.exchange(client, once.verifier(), once.code(), once.redirectUri()))
                    .isInstanceOfSatisfying(GenesysException.class, e -> assertThat(e.getMessage())
                            .contains("already used"));

            Issued late = code(login);
            EMULATOR_CLOCK.advance(Duration.ofSeconds(61));
            assertThatThrownBy(() -> login.exchange(client, late.verifier(), late.code(), late.redirectUri()))
                    .isInstanceOfSatisfying(GenesysException.class, e -> assertThat(e.getMessage())
                            .contains("expired"));
        }
    }

    @Test
    void theSignInRenewsSilentlyAndEndsAtSignOut() {
        MovableClock appClock = new MovableClock(Instant.now());
        EmAccount supervisor = account("Supervisor");
        UserSignIn flow = new UserSignIn(emulator.baseUrl(), emulator.signInClientId(), 0, WAIT, appClock);
        try (UserTokens tokens = flow.run(uri -> ROBOT.signIn(uri, supervisor.email(), supervisor.password()));
                GenesysGateway gateway = gatewayFor(tokens)) {
            AtomicReference<String> kept = new AtomicReference<>("unset");
            tokens.onRefreshToken(t -> kept.set(t.orElse(null)));
            assertThat(kept.get()).isEqualTo(tokens.refreshToken().orElseThrow());
            String first = tokens.current();
            appClock.advance(Duration.ofHours(25)); // past the emulator's token lifetime
            String renewed = tokens.current();
            assertThat(renewed).isNotEqualTo(first);
            assertThat(gateway.identity().me().userId()).isEqualTo(supervisor.userId());

            gateway.identity().signOut();
            assertThatThrownBy(() -> gateway.identity().me()).isInstanceOfSatisfying(GenesysException.class,
                    e -> assertThat(e.status()).isEqualTo(401));
            assertThat(tokens.status().state()).isEqualTo(TokenStatus.State.FAILED);
            assertThat(kept.get()).as("the keychain is told to forget the refresh token").isNull();
        }
    }

    @Test
    void aKeptRefreshTokenSignsInAgainWithoutABrowserUntilItIsRevoked() {
        EmAccount supervisor = account("Supervisor");
        String refresh;
        try (UserTokens tokens = signInAs(supervisor)) {
            refresh = tokens.refreshToken().orElseThrow();
        }
        try (UserTokens again = UserTokens.fromRefreshToken(emulator.baseUrl(), emulator.signInClientId(), refresh,
                Clock.systemUTC()); GenesysGateway gateway = gatewayFor(again)) {
            assertThat(gateway.identity().me().userId()).isEqualTo(supervisor.userId());
            gateway.identity().signOut();
        }
        assertThatThrownBy(() -> UserTokens.fromRefreshToken(emulator.baseUrl(), emulator.signInClientId(), refresh,
                Clock.systemUTC())).isInstanceOfSatisfying(GenesysException.class,
                        e -> assertThat(e.getMessage()).contains("invalid_grant"));
    }

    @Test
    void aPersonLoggedOutByASupervisorLosesEverySignInAndGoesOfflineAndOffQueue() {
        EmAccount agent = account("Supervisor (read only)");
        UserTokens tokens = signInAs(agent);
        String refresh = tokens.refreshToken().orElseThrow();
        try (tokens; GenesysGateway gateway = gatewayFor(tokens);
                GenesysGateway service = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"))) {
            assertThat(gateway.identity().me().userId()).isEqualTo(agent.userId());

            service.agentControls().logOut(agent.userId());

            assertThatThrownBy(() -> gateway.identity().me()).isInstanceOfSatisfying(GenesysException.class,
                    e -> assertThat(e.status()).isEqualTo(401));
            assertThatThrownBy(() -> UserTokens.fromRefreshToken(emulator.baseUrl(), emulator.signInClientId(),
                    refresh, Clock.systemUTC())).isInstanceOfSatisfying(GenesysException.class,
                            e -> assertThat(e.getMessage()).contains("invalid_grant"));
            EmUser user = emulator.org().user(agent.userId()).orElseThrow();
            assertThat(user.presence()).isEqualTo(SystemPresence.OFFLINE);
            assertThat(user.routingStatus()).isEqualTo(RoutingStatus.OFF_QUEUE);
            assertThat(service.allUsers()).as("the caller's own token keeps working").hasSize(60);
        }
    }

    @Test
    void theSignInPageRefusesForeignRedirectsAndWrongPasswords() throws Exception {
        String challenge = "a".repeat(43);
        URI foreign = URI.create(emulator.baseUrl() + "/oauth/authorize?client_id=" + emulator.signInClientId()
                + "&response_type=code&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&code_challenge=" + challenge
                + "&code_challenge_method=S256&state=x");
        SignInRobot.Outcome refused = ROBOT.signIn(foreign, "x@example.com", "x").get(10, TimeUnit.SECONDS);
        assertThat(refused.formStatus()).isEqualTo(400);
        assertThat(refused.location()).isNull();
        assertThat(refused.page()).contains("evil.example");

        URI notPkceClient = URI.create(emulator.baseUrl() + "/oauth/authorize?client_id=demo&response_type=code"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Foauth%2Fcallback&code_challenge=" + challenge
                + "&code_challenge_method=S256");
        assertThat(ROBOT.signIn(notPkceClient, "x", "x").get(10, TimeUnit.SECONDS).formStatus()).isEqualTo(400);

        URI fine = URI.create(emulator.baseUrl() + "/oauth/authorize?client_id=" + emulator.signInClientId()
                + "&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Foauth%2Fcallback&code_challenge="
                + challenge + "&code_challenge_method=S256&state=x");
        EmAccount supervisor = account("Supervisor");
        SignInRobot.Outcome wrong = ROBOT.signIn(fine, supervisor.email(), "not-the-password")
                .get(10, TimeUnit.SECONDS);
        assertThat(wrong.formStatus()).isEqualTo(200);
        assertThat(wrong.location()).isNull();
        assertThat(wrong.page()).contains("The email or password is not correct.").doesNotContain("code=");
        assertThat(FloorGenerator.PASSWORD).isEqualTo(supervisor.password());
    }

    @Test
    void theCallbackListensOnLoopbackOnly() throws Exception {
        try (LoopbackCallback callback = LoopbackCallback.open(0)) {
            assertThat(callback.boundAddress().isLoopbackAddress()).isTrue();
            assertThat(callback.redirectUri()).startsWith("http://127.0.0.1:" + callback.port() + "/oauth/callback");
            for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (var address : java.util.Collections.list(nic.getInetAddresses())) {
                    if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                        assertThatThrownBy(() -> new java.net.Socket(address, callback.port()).close())
                                .as("connect through " + address).isInstanceOf(IOException.class);
                    }
                }
            }
        }
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " missing from " + uri);
    }
}
