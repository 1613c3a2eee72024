package io.floorwatch.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.UsersApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator's wire details, read off the socket: envelopes, header spellings, error bodies. */
class EmulatorWireIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Emulator emulator;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        emulator = new Emulator(TestEmulators.still(60)).start();
        token = JSON.readTree(tokenRequest("demo", "demo").body()).get("access_token").asText();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.faults().reset();
    }

    private static RawHttp.Response tokenRequest(String id, String secret) throws IOException {
        String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return RawHttp.send(emulator.baseUrl(), "POST", "/oauth/token",
                List.of("Authorization: Basic " + basic, "Content-Type: application/x-www-form-urlencoded"),
                "grant_type=client_credentials");
    }

    private static RawHttp.Response api(String method, String path, String body) throws IOException {
        List<String> headers = new ArrayList<>(List.of("Authorization: Bearer " + token));
        if (body != null) {
            headers.add("Content-Type: application/json");
        }
        return RawHttp.send(emulator.baseUrl(), method, path, headers, body);
    }

    @Test
    void grantsClientCredentialsTokens() throws IOException {
        RawHttp.Response response = tokenRequest("demo", "demo");
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.status()).isEqualTo(200);
        assertThat(body.get("token_type").asText()).isEqualToIgnoringCase("bearer");
        assertThat(body.get("expires_in").asInt()).isEqualTo(86_400);
        assertThat(body.get("access_token").asText()).hasSizeGreaterThan(40);
    }

    @Test
    void refusesAWrongSecretAsGenesysDoes() throws IOException {
        RawHttp.Response response = tokenRequest("demo", "wrong");
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.status()).isEqualTo(401);
        assertThat(body.get("error").asText()).isEqualTo("invalid_client");
        assertThat(body.get("error_description").asText()).isEqualTo("authentication failed");
    }

    @Test
    void everyApiResponseCarriesCorrelationAndRateLimitHeadersInTheirRealSpelling() throws IOException {
        RawHttp.Response response = api("GET", "/api/v2/users?pageSize=1", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.exactHeader("ININ-Correlation-Id")).matches("[0-9a-f-]{36}");
        assertThat(response.exactHeader("inin-ratelimit-allowed")).isEqualTo("300");
        assertThat(Integer.parseInt(response.exactHeader("inin-ratelimit-count"))).isPositive();
        assertThat(Integer.parseInt(response.exactHeader("inin-ratelimit-reset"))).isBetween(1, 60);
        assertThat(response.hasHeaderIgnoringCase("X-RateLimit-Limit")).isFalse();
    }

    @Test
    void answers429WithTheNormalizedBodyAndAnExactRetryAfter() throws IOException {
        emulator.faults().throttleNext(1, 42);
        RawHttp.Response response = api("GET", "/api/v2/users", null);
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.exactHeader("Retry-After")).isEqualTo("42");
        assertThat(body.get("message").asText())
                .isEqualTo("Rate limit exceeded the maximum. Retry the request in [42] seconds");
        assertThat(body.get("code").asText()).isEqualTo("too.many.requests.retry.after");
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("contextId").asText()).isEqualTo(response.exactHeader("ININ-Correlation-Id"));
        assertThat(body.get("details").isArray()).isTrue();
        assertThat(body.get("errors").isArray()).isTrue();
    }

    @Test
    void limitsEachTokenToItsRequestsPerMinute() throws IOException {
        emulator.faults().rateLimit(3);
        try {
            String fresh = JSON.readTree(tokenRequest("demo", "demo").body()).get("access_token").asText();
            int last = 0;
            String retryAfter = null;
            for (int i = 0; i < 4; i++) {
                RawHttp.Response response = RawHttp.send(emulator.baseUrl(), "GET", "/api/v2/users?pageSize=1",
                        List.of("Authorization: Bearer " + fresh), null);
                last = response.status();
                retryAfter = response.exactHeader("Retry-After");
            }
            assertThat(last).isEqualTo(429);
            assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        } finally {
            emulator.faults().rateLimit(300);
        }
    }

    @Test
    void listingsUseTheGenesysEnvelope() throws IOException {
        JsonNode users = JSON.readTree(api("GET", "/api/v2/users?pageSize=25&pageNumber=2&expand=presence", null)
                .body());
        assertThat(users.fieldNames()).toIterable().containsExactly("entities", "pageSize", "pageNumber", "total",
                "firstUri", "nextUri", "previousUri", "lastUri", "selfUri", "pageCount");
        assertThat(users.get("nextUri").asText()).isEqualTo("/api/v2/users?pageSize=25&pageNumber=3&expand=presence");
        assertThat(users.get("entities").get(0).get("presence").get("presenceDefinition").get("systemPresence")
                .asText()).isIn("Available", "On Queue", "Away", "Busy", "Break", "Meal", "Meeting", "Training",
                        "Idle", "Offline");

        String queueId = emulator.org().queues().get(0).id();
        JsonNode members = JSON.readTree(api("GET", "/api/v2/routing/queues/" + queueId + "/members?pageSize=5",
                null).body());
        assertThat(members.has("total")).isFalse();
        assertThat(members.has("pageCount")).isFalse();
        assertThat(members.has("lastUri")).isFalse();
        assertThat(members.get("entities")).hasSize(5);
    }

    @Test
    void unknownAndMalformedRequestsGetGenesysShapedErrors() throws IOException {
        RawHttp.Response unknown = api("GET", "/api/v2/no/such/thing", null);
        JsonNode body = JSON.readTree(unknown.body());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(body.get("code").asText()).isEqualTo("not.found");
        assertThat(body.get("message").asText()).isEqualTo("The requested operation failed with status 404");

        RawHttp.Response malformed = api("POST", "/api/v2/routing/queues", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("code").asText()).isEqualTo("bad.request");

        RawHttp.Response noName = api("POST", "/api/v2/routing/queues", "{\"description\":\"x\"}");
        assertThat(JSON.readTree(noName.body()).get("message").asText()).isEqualTo("name is required");

        RawHttp.Response badPage = api("GET", "/api/v2/users?pageSize=abc", null);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(JSON.readTree(badPage.body()).get("message").asText()).contains("pageSize");

        RawHttp.Response noToken = RawHttp.send(emulator.baseUrl(), "GET", "/api/v2/users", List.of(), null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(JSON.readTree(noToken.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void observationsAnswerOnlyTheGroupsOfTheMetricsAsked() throws IOException {
        String queueId = JSON.readTree(api("GET", "/api/v2/routing/queues?pageSize=1", null).body())
                .path("entities").get(0).path("id").asText();
        String filter = "\"filter\":{\"type\":\"or\",\"predicates\":[{\"dimension\":\"queueId\",\"value\":\""
                + queueId + "\"}]}";

        JsonNode users = JSON.readTree(api("POST", "/api/v2/analytics/queues/observations/query",
                "{" + filter + ",\"metrics\":[\"oOnQueueUsers\"]}").body()).path("results");
        JsonNode both = JSON.readTree(api("POST", "/api/v2/analytics/queues/observations/query",
                "{" + filter + ",\"metrics\":[\"oOnQueueUsers\",\"oWaiting\"]}").body()).path("results");

        assertThat(users).as("user metrics only: the queue's user group alone").hasSize(1);
        assertThat(users.get(0).path("group").has("mediaType")).isFalse();
        assertThat(both).as("and a conversation metric: voice's group too, each with data")
                .anyMatch(r -> "voice".equals(r.path("group").path("mediaType").asText()))
                .allMatch(r -> !r.path("data").isEmpty());
    }

    @Test
    void theAdminEndpointSwitchesFaultsAndRejectsUnknownOnes() throws IOException {
        RawHttp.Response set = RawHttp.send(emulator.baseUrl(), "POST", "/emulator/admin/faults",
                List.of("Content-Type: application/json"), "{\"fault\":\"fail\",\"count\":1,\"status\":502}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(api("GET", "/api/v2/users", null).status()).isEqualTo(502);
        assertThat(api("GET", "/api/v2/users", null).status()).isEqualTo(200);

        RawHttp.Response unknown = RawHttp.send(emulator.baseUrl(), "POST", "/emulator/admin/faults",
                List.of("Content-Type: application/json"), "{\"fault\":\"meteor\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("message").asText()).contains("Unknown fault 'meteor'");

        JsonNode agents = JSON.readTree(RawHttp.send(emulator.baseUrl(), "GET", "/emulator/admin/agents", List.of(),
                null).body());
        assertThat(agents).hasSize(60);
    }

    @Test
    void theOfficialSdksOwnRetryHonoursTheEmulatorsRetryAfter() throws Exception {
        // The SDK looks the header up case-sensitively as "Retry-After": only a faithful spelling makes it wait.
        var client = ApiClient.Builder.standard().withBasePath(emulator.baseUrl())
                .withAccessToken(token).withAutoReloadConfig(false)
                .withRetryConfiguration(retry()).build();
        var users = new UsersApi(client);
        emulator.faults().throttleNext(1, 1);
        long start = System.nanoTime();
        assertThat(users.getUsers(1, 1, null, null, null, null, null, null).getEntities()).hasSize(1);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(950);
    }

    private static ApiClient.RetryConfiguration retry() {
        var retry = new ApiClient.RetryConfiguration();
        retry.setMaxRetryTimeSec(10);
        retry.setRetryAfterDefaultMs(50);
        return retry;
    }
}
