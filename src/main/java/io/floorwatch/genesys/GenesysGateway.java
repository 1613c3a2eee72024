package io.floorwatch.genesys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.api.NotificationsApi;
import com.mypurecloud.sdk.v2.api.OrganizationApi;
import com.mypurecloud.sdk.v2.api.PresenceApi;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.ChannelTopic;
import com.mypurecloud.sdk.v2.model.CreateQueueRequest;
import com.mypurecloud.sdk.v2.model.OrganizationPresenceEntityListing;
import com.mypurecloud.sdk.v2.model.Queue;
import com.mypurecloud.sdk.v2.model.QueueEntityListing;
import com.mypurecloud.sdk.v2.model.QueueMemberEntityListing;
import com.mypurecloud.sdk.v2.model.QueueObservationQuery;
import com.mypurecloud.sdk.v2.model.QueueObservationQueryFilter;
import com.mypurecloud.sdk.v2.model.QueueObservationQueryPredicate;
import com.mypurecloud.sdk.v2.model.QueueRequest;
import com.mypurecloud.sdk.v2.model.RoutingSkill;
import com.mypurecloud.sdk.v2.model.SkillEntityListing;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import com.mypurecloud.sdk.v2.model.UserRoutingSkill;
import com.mypurecloud.sdk.v2.model.UserRoutingSkillPost;
import com.mypurecloud.sdk.v2.model.UserSkillEntityListing;
import com.mypurecloud.sdk.v2.model.WritableEntity;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.NotificationChannel;
import io.floorwatch.domain.Page;
import io.floorwatch.domain.PresenceDefinition;
import io.floorwatch.domain.QueueDraft;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.domain.QueueObservation;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RateLimitStatus;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.TokenStatus;
import io.floorwatch.domain.TopicSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Typed Genesys Cloud operations over the official SDK, each going through the rate budget and the retry
 * policy: 401 refreshes the token once, 429 waits {@code Retry-After}, 5xx and lost connections back off with
 * jitter but only where repeating is safe. Creates are never retried blindly: after an unknown outcome the
 * gateway looks for what it meant to create before trying again.
 *
 * <p>Longer than our files usually are, on purpose: this is the one door to Genesys for the whole app, some
 * forty-five typed operations of a few lines each around the shared budget and retry policy. Split by resource, every
 * service would need several facades and the policy would be spread over them.
 */
public final class GenesysGateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GenesysGateway.class);
    /** Terraform's page size for users, queues and skills; accepted by real orgs. */
    static final int BIG_PAGE = 500;
    /** Documented maximum for queue members; also used for user skills. */
    static final int MEMBER_PAGE = 100;
    static final int MAX_SKILLS_PER_BULK = 50;
    static final int MAX_MEMBERS_PER_CALL = 100;

    /** Requests sent, every attempt counted. */
    private final AtomicLong calls = new AtomicLong();
    private final Credentials credentials;
    private final AccessTokens tokens;
    private final RateBudget budget;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Random jitter = new Random();
    private final SdkClient sdk;
    private final ErrorTranslator errors = new ErrorTranslator();
    private final UsersApi users;
    private final RoutingApi routing;
    private final PresenceApi presence;
    private final AnalyticsApi analytics;
    private final NotificationsApi notifications;
    private final OrganizationApi organization;
    private final ObjectMapper sdkJson;
    private final Directory directory;
    private final Identity identity;
    private final AgentControls agentControls;
    private final Utilizations utilizations;
    private final Conversations conversations;
    private final Workforce workforce;

    public GenesysGateway(Credentials credentials, Clock clock, Sleeper sleeper, RetryPolicy policy, Duration timeout) {
        this(credentials, new TokenSource(credentials, clock, timeout), clock, sleeper, policy, timeout);
    }

    /** A gateway that acts with these tokens (a signed-in person's, for example) rather than the client's own. */
    public GenesysGateway(Credentials credentials, AccessTokens tokens, Clock clock, Sleeper sleeper,
            RetryPolicy policy, Duration timeout) {
        this.credentials = credentials;
        this.clock = clock;
        this.sleeper = sleeper;
        this.policy = policy;
        this.tokens = tokens;
        this.budget = new RateBudget(clock, sleeper);
        this.sdk = new SdkClient(credentials, tokens, budget, timeout, "Floorwatch");
        ApiClient client = sdk.apiClient();
        this.users = new UsersApi(client);
        this.routing = new RoutingApi(client);
        this.presence = new PresenceApi(client);
        this.analytics = new AnalyticsApi(client);
        this.notifications = new NotificationsApi(client);
        this.organization = new OrganizationApi(client);
        this.sdkJson = client.getObjectMapper();
        this.directory = new Directory(this, client);
        this.identity = new Identity(this, client);
        this.agentControls = new AgentControls(this, client);
        this.utilizations = new Utilizations(this, client);
        this.conversations = new Conversations(this, client);
        this.workforce = new Workforce(this, client, timeout);
    }

    /** Conversation analytics: who handles what now, and queues' finished work. */
    public Conversations conversations() {
        return conversations;
    }

    /** Workforce management: management units, activity codes, schedules and real-time adherence. */
    public Workforce workforce() {
        return workforce;
    }

    /** The gateway's clock now: when a read that carries no time of its own was made. */
    Instant now() {
        return clock.instant();
    }

    /** The org's and the agents' utilisation. */
    public Utilizations utilizations() {
        return utilizations;
    }

    /** Presence, log out and queue joins of agents. */
    public AgentControls agentControls() {
        return agentControls;
    }

    /** Who the token belongs to, and signing out. */
    public Identity identity() {
        return identity;
    }

    /** What queue settings refer to, and users' skills: the reads provisioning validates against. */
    public Directory directory() {
        return directory;
    }

    /** The production setup: system clock, real sleeps, standard retries, 30 s timeouts. */
    public static GenesysGateway connect(Credentials credentials) {
        return new GenesysGateway(credentials, Clock.systemUTC(), Sleeper.system(), RetryPolicy.standard(),
                Duration.ofSeconds(30));
    }

    /** The production setup, acting as the person these tokens belong to. */
    public static GenesysGateway connect(Credentials credentials, AccessTokens tokens) {
        return new GenesysGateway(credentials, tokens, Clock.systemUTC(), Sleeper.system(), RetryPolicy.standard(),
                Duration.ofSeconds(30));
    }

    /**
     * Loads and sets up the SDK's classes (the API client, its HTTP pool and JSON mapping of a users page) and
     * throws the result away: run on a spare thread at start-up, it takes the SDK's cold start off the path to the
     * first live frame. Sends nothing.
     */
    public static void warmUp() {
        try (GenesysGateway idle = new GenesysGateway(new Credentials("http://127.0.0.1:9", "warm-up", "warm-up"),
                Clock.systemUTC(), Sleeper.system(), RetryPolicy.standard(), Duration.ofSeconds(1))) {
            idle.sdkJson.readValue("{\"entities\":[{\"id\":\"u\",\"name\":\"n\",\"presence\":"
                    + "{\"presenceDefinition\":{\"id\":\"p\",\"systemPresence\":\"Available\"},"
                    + "\"modifiedDate\":\"2026-01-01T00:00:00Z\"},\"routingStatus\":{\"status\":\"IDLE\","
                    + "\"startTime\":\"2026-01-01T00:00:00Z\"}}],\"pageCount\":1}", UserEntityListing.class);
        } catch (IOException e) {
            throw new IllegalStateException("the SDK could not read its own sample page", e);
        }
        // The sign-in's own SDK client (the demo signs its supervisor in before the first frame).
        try (SdkLogin login = new SdkLogin("http://127.0.0.1:9", Duration.ofSeconds(1))) {
            login.challenge(login.newVerifier());
        }
    }

    public Credentials credentials() {
        return credentials;
    }

    public TokenStatus tokenStatus() {
        return tokens.status();
    }

    /** How many API requests this gateway has sent (every attempt counts), for reports of what a job cost. */
    public long callsMade() {
        return calls.get();
    }

    public RateLimitStatus rateLimit() {
        return budget.status();
    }

    /** For bulk jobs: waits for an evenly paced slot before the next call. */
    public void pace() {
        try {
            budget.acquirePaced();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysException(GenesysException.NO_RESPONSE, "interrupted", "Cancelled", null);
        }
    }

    // ---- connection -------------------------------------------------------------------------------------

    /** Logs in and reads the org's name: what "Test connection" shows. */
    public String organizationName() {
        return call("Read the organization", true, () -> organization.getOrganizationsMe().getName());
    }

    // ---- users, presence, routing status ----------------------------------------------------------------

    public Page<AgentSnapshot> users(int pageNumber, int pageSize) {
        UserEntityListing listing = call("List users", true, () -> users.getUsers(pageSize, pageNumber, null, null,
                null, List.of("presence", "routingStatus", "team", "skills", "conversationSummary"), null, null));
        return page(listing.getEntities(), WireMapper::agent, listing.getPageNumber(), listing.getPageSize(),
                listing.getTotal(), listing.getPageCount());
    }

    /**
     * The named users with presence and routing status, read in bulk ({@code GET /api/v2/users?id=...}, at most
     * {@value #MAX_MEMBERS_PER_CALL} ids a call): what a batch of agent actions checks before it writes.
     */
    public List<AgentSnapshot> usersById(List<String> ids) {
        List<AgentSnapshot> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_MEMBERS_PER_CALL) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_MEMBERS_PER_CALL));
            UserEntityListing listing = call("Read " + chunk.size() + " users", true, () -> users.getUsers(
                    chunk.size(), 1, chunk, null, null, List.of("presence", "routingStatus", "team"), null, null));
            if (listing.getEntities() != null) {
                listing.getEntities().forEach(u -> found.add(WireMapper.agent(u)));
            }
        }
        return found;
    }

    /** Every active user with presence, routing status, team and skills (the floor's REST seed). */
    public List<AgentSnapshot> allUsers() {
        return allPages(number -> users(number, BIG_PAGE));
    }

    public AgentSnapshot user(String userId) {
        return WireMapper.agent(call("Read user " + userId, true,
                () -> users.getUser(userId, List.of("presence", "routingStatus", "team"), null, null)));
    }

    public RoutingStatus routingStatus(String userId) {
        return WireMapper.routingStatus(call("Read routing status of " + userId, true,
                () -> users.getUserRoutingstatus(userId)).getStatus());
    }

    public List<PresenceDefinition> presenceDefinitions() {
        return allPages(number -> {
            OrganizationPresenceEntityListing listing = call("List presence definitions", true,
                    () -> presence.getPresencedefinitions(number, MEMBER_PAGE, null, null));
            return page(listing.getEntities(), WireMapper::presenceDefinition, listing.getPageNumber(),
                    listing.getPageSize(), listing.getTotal(), listing.getPageCount());
        });
    }

    // ---- skills -----------------------------------------------------------------------------------------

    /** A page of skills; {@code namePrefix} filters by "starts with", as Genesys does. */
    public Page<Skill> skills(int pageNumber, int pageSize, String namePrefix) {
        SkillEntityListing listing = call("List skills", true,
                () -> routing.getRoutingSkills(pageSize, pageNumber, namePrefix, null));
        return page(listing.getEntities(), WireMapper::skill, listing.getPageNumber(), listing.getPageSize(),
                listing.getTotal(), listing.getPageCount());
    }

    public List<Skill> allSkills() {
        return allPages(number -> skills(number, BIG_PAGE, null));
    }

    public Skill skill(String skillId) {
        return WireMapper.skill(call("Read skill " + skillId, true, () -> routing.getRoutingSkill(skillId)));
    }

    /** Creates a skill; after an unknown outcome it looks for the name before trying again. */
    public Skill createSkill(String name) {
        return createOnce("Create skill '" + name + "'",
                () -> WireMapper.skill(routing.postRoutingSkills(new RoutingSkill().name(name))),
                () -> findSkillByName(name));
    }

    public Optional<Skill> findSkillByName(String name) {
        return skills(1, BIG_PAGE, name).entities().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    // ---- user routing skills ----------------------------------------------------------------------------

    /** All of a user's routing skills, sorted by name as Genesys lists them. */
    public List<SkillAssignment> userSkills(String userId) {
        return allPages(number -> {
            UserSkillEntityListing listing = call("Read skills of " + userId, true,
                    () -> users.getUserRoutingskills(userId, MEMBER_PAGE, number, "ASC"));
            return page(listing.getEntities(), WireMapper::assignment, listing.getPageNumber(),
                    listing.getPageSize(), listing.getTotal(), listing.getPageCount());
        });
    }

    /** Assigns a skill (or sets its proficiency if already assigned). Repeating it is harmless. */
    public SkillAssignment addUserSkill(String userId, String skillId, double proficiency) {
        return WireMapper.assignment(call("Add skill " + skillId + " to " + userId, true,
                () -> users.postUserRoutingskills(userId, new UserRoutingSkillPost().id(skillId)
                        .proficiency(proficiency))));
    }

    public SkillAssignment setUserSkill(String userId, String skillId, double proficiency) {
        return WireMapper.assignment(call("Set skill " + skillId + " of " + userId, true,
                () -> users.putUserRoutingskill(userId, skillId, new UserRoutingSkill().proficiency(proficiency))));
    }

    public void removeUserSkill(String userId, String skillId) {
        call("Remove skill " + skillId + " from " + userId, true, () -> {
            users.deleteUserRoutingskill(userId, skillId);
            return null;
        });
    }

    /** PATCH bulk: adds or updates up to 50 skills in one call and returns the user's skills after it. */
    public List<SkillAssignment> patchUserSkills(String userId, List<SkillAssignment> changes) {
        List<UserRoutingSkillPost> body = bulkBody(changes);
        return call("Update skills of " + userId, true, () -> users.patchUserRoutingskillsBulk(userId, body))
                .getEntities().stream().map(WireMapper::assignment).toList();
    }

    /** PUT bulk: replaces all of a user's skills (at most 50). */
    public List<SkillAssignment> replaceUserSkills(String userId, List<SkillAssignment> skills) {
        List<UserRoutingSkillPost> body = bulkBody(skills);
        return call("Replace skills of " + userId, true, () -> users.putUserRoutingskillsBulk(userId, body))
                .getEntities().stream().map(WireMapper::assignment).toList();
    }

    /** The bulk body, refused locally (nothing sent) when Genesys would refuse it for size. */
    private static List<UserRoutingSkillPost> bulkBody(List<SkillAssignment> skills) {
        if (skills.size() > MAX_SKILLS_PER_BULK) {
            throw new IllegalArgumentException("At most " + MAX_SKILLS_PER_BULK + " skills per bulk call ("
                    + skills.size() + " given)");
        }
        return skills.stream().map(c -> new UserRoutingSkillPost().id(c.skillId()).proficiency(c.proficiency()))
                .toList();
    }

    // ---- queues -----------------------------------------------------------------------------------------

    /** A page of queues; {@code nameFilter} is Genesys' wildcard filter, which is not an exact match. */
    public Page<RoutingQueue> queues(int pageNumber, int pageSize, String nameFilter) {
        QueueEntityListing listing = call("List queues", true,
                () -> routing.getRoutingQueues(pageNumber, pageSize, null, nameFilter, null, null, null, null));
        return page(listing.getEntities(), WireMapper::queue, listing.getPageNumber(), listing.getPageSize(),
                listing.getTotal(), listing.getPageCount());
    }

    public List<RoutingQueue> allQueues() {
        return allPages(number -> queues(number, BIG_PAGE, null));
    }

    /** Every queue with its routing beyond the settings (rings, group rules, in-queue flow, member groups). */
    public List<ListedQueue> allQueuesWithRouting() {
        return allPages(number -> {
            QueueEntityListing listing = call("List queues", true,
                    () -> routing.getRoutingQueues(number, BIG_PAGE, null, null, null, null, null, null));
            return page(listing.getEntities(), this::listed, listing.getPageNumber(), listing.getPageSize(),
                    listing.getTotal(), listing.getPageCount());
        });
    }

    /** One queue with its routing, read fresh: what an edit opens and later checks against. */
    public ListedQueue queueWithRouting(String queueId) {
        return listed(call("Read queue " + queueId, true, () -> routing.getRoutingQueue(queueId)));
    }

    private ListedQueue listed(Queue queue) {
        RoutingQueue mapped = WireMapper.queue(queue);
        return new ListedQueue(mapped, QueueRoutingJson.read(mapped.settings(), sdkJson.valueToTree(queue)));
    }

    /**
     * An edit that refuses to overwrite someone else's change. The queue is read fresh; if {@code unchanged} says
     * it is not as the editor opened it, nothing is sent and the fresh queue is returned for the three-way
     * difference. Otherwise the set fields of {@code settings} and {@code parts} of {@code routing} are laid over
     * the fresh queue and PUT. Genesys' queue PUT has no version or If-Match, so the check is as close to the write
     * as one GET before it; a change landing between the two is still overwritten.
     */
    public CheckedQueueUpdate updateQueueIfUnchanged(String queueId, Predicate<ListedQueue> unchanged,
            QueueSettings settings, QueueDraft routing, Set<RoutingPart> parts) {
        Queue fresh = call("Read queue " + queueId, true, () -> this.routing.getRoutingQueue(queueId));
        ListedQueue current = listed(fresh);
        if (!unchanged.test(current)) {
            return new CheckedQueueUpdate(current, null);
        }
        ObjectNode body = writable(fresh);
        settingsJson(settings, body);
        QueueRoutingJson.write(routing, body, parts);
        QueueRequest request = sdkJson.convertValue(body, QueueRequest.class);
        return new CheckedQueueUpdate(current, WireMapper.queue(call("Update queue " + queueId, false,
                () -> this.routing.putRoutingQueue(queueId, request))));
    }

    /** A fresh queue as a PUT body: its fields without the read-only ones Genesys sets itself. */
    private ObjectNode writable(Queue fresh) {
        ObjectNode body = sdkJson.valueToTree(fresh);
        for (String readOnly : List.of("id", "dateCreated", "dateModified", "modifiedBy", "createdBy", "memberCount",
                "userMemberCount", "joinedMemberCount", "selfUri")) {
            body.remove(readOnly);
        }
        return body;
    }

    /**
     * Sets {@code parts} of a queue's routing (rings, group rules, in-queue flow, member groups) as
     * {@code routing} has them, in a PUT built from a fresh GET like {@link #updateQueue}: the settings and the
     * other parts stay as they are.
     */
    public RoutingQueue updateQueueRouting(String queueId, QueueDraft routing, Set<RoutingPart> parts) {
        Queue fresh = call("Read queue " + queueId, true, () -> this.routing.getRoutingQueue(queueId));
        ObjectNode body = sdkJson.valueToTree(fresh);
        QueueRoutingJson.write(routing, body, parts);
        QueueRequest request = sdkJson.convertValue(body, QueueRequest.class);
        return WireMapper.queue(call("Update queue " + queueId, false,
                () -> this.routing.putRoutingQueue(queueId, request)));
    }

    /**
     * Queues whose name equals {@code name} ignoring case. The server's filter is a wildcard/prefix search, so
     * the exact comparison is made here.
     */
    public List<RoutingQueue> findQueuesByName(String name) {
        return allPages(number -> queues(number, BIG_PAGE, name)).stream()
                .filter(q -> q.name().equalsIgnoreCase(name)).toList();
    }

    public RoutingQueue queue(String queueId) {
        return WireMapper.queue(call("Read queue " + queueId, true, () -> routing.getRoutingQueue(queueId)));
    }

    /**
     * Creates a queue. A create that timed out or got a 5xx may have happened anyway, so before any retry the
     * exact name is looked up: a retry never makes a duplicate.
     */
    public RoutingQueue createQueue(QueueSettings settings) {
        CreateQueueRequest body = sdkJson.convertValue(settingsJson(settings, sdkJson.createObjectNode()),
                CreateQueueRequest.class);
        return createOnce("Create queue '" + settings.name() + "'",
                () -> WireMapper.queue(routing.postRoutingQueues(body)),
                () -> findQueuesByName(settings.name()).stream().findFirst());
    }

    /**
     * Creates a queue from a draft with every name resolved: settings, bullseye rings, conditional group routing
     * rules, in-queue flow and member groups. As for {@link #createQueue(QueueSettings)}, an unknown outcome is
     * followed by an exact-name lookup, never a blind retry.
     */
    public RoutingQueue createQueue(QueueDraft draft) {
        ObjectNode json = settingsJson(draft.settings(), sdkJson.createObjectNode());
        draftJson(draft, json);
        CreateQueueRequest body = sdkJson.convertValue(json, CreateQueueRequest.class);
        String name = draft.settings().name();
        return createOnce("Create queue '" + name + "'", () -> WireMapper.queue(routing.postRoutingQueues(body)),
                () -> findQueuesByName(name).stream().findFirst());
    }

    /** The request a draft makes, as JSON (the preview a supervisor checks before creating). */
    public String createQueueRequest(QueueDraft draft) {
        ObjectNode json = settingsJson(draft.settings(), sdkJson.createObjectNode());
        draftJson(draft, json);
        try {
            return sdkJson.writerWithDefaultPrettyPrinter().writeValueAsString(sdkJson.convertValue(json,
                    CreateQueueRequest.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the queue request could not be written as JSON", e);
        }
    }

    private void draftJson(QueueDraft draft, ObjectNode body) {
        QueueRoutingJson.write(draft, body, QueueRoutingJson.present(draft));
    }

    /**
     * Changes a queue's settings. Queue PUT is a full replace with no version, so the body is built from a
     * fresh GET (never from a blank object, which would wipe routing rules and member groups) with the changed
     * settings laid over it.
     */
    public RoutingQueue updateQueue(String queueId, UnaryOperator<QueueSettings> change) {
        Queue fresh = call("Read queue " + queueId, true, () -> routing.getRoutingQueue(queueId));
        QueueSettings changed = change.apply(WireMapper.queue(fresh).settings());
        QueueRequest request = sdkJson.convertValue(settingsJson(changed, writable(fresh)), QueueRequest.class);
        return WireMapper.queue(call("Update queue " + queueId, true, () -> routing.putRoutingQueue(queueId, request)));
    }

    public void deleteQueue(String queueId) {
        call("Delete queue " + queueId, true, () -> {
            routing.deleteRoutingQueue(queueId, null);
            return null;
        });
    }

    public List<QueueMember> queueMembers(String queueId) {
        // Member listings carry no totals: a short page is the last one, which Page.hasNext knows.
        return allPages(number -> {
            QueueMemberEntityListing listing = call("List members of queue " + queueId, true,
                    () -> routing.getRoutingQueueMembers(queueId, number, MEMBER_PAGE, null, List.of("routingStatus"),
                            null, null, null, null, null, null, null, null));
            return page(listing.getEntities(), WireMapper::member, listing.getPageNumber(), listing.getPageSize(),
                    null, null);
        });
    }

    /** Adds members in calls of at most 100. Adding a member twice is harmless, so calls may be repeated. */
    public void addQueueMembers(String queueId, List<String> userIds) {
        changeMembers(queueId, userIds, false);
    }

    public void removeQueueMembers(String queueId, List<String> userIds) {
        changeMembers(queueId, userIds, true);
    }

    private void changeMembers(String queueId, List<String> userIds, boolean delete) {
        for (int from = 0; from < userIds.size(); from += MAX_MEMBERS_PER_CALL) {
            List<WritableEntity> chunk = userIds.subList(from, Math.min(userIds.size(), from + MAX_MEMBERS_PER_CALL))
                    .stream().map(id -> new WritableEntity().id(id)).toList();
            call((delete ? "Remove members from" : "Add members to") + " queue " + queueId, true, () -> {
                routing.postRoutingQueueMembers(queueId, chunk, delete);
                return null;
            });
        }
    }

    // ---- analytics --------------------------------------------------------------------------------------

    /** Real-time observations of the given queues (members by status, waiting, interacting, longest wait). */
    public List<QueueObservation> queueObservations(List<String> queueIds) {
        if (queueIds.isEmpty()) {
            return List.of();
        }
        List<QueueObservationQueryPredicate> predicates = queueIds.stream()
                .map(id -> new QueueObservationQueryPredicate()
                        .type(QueueObservationQueryPredicate.TypeEnum.DIMENSION)
                        .dimension(QueueObservationQueryPredicate.DimensionEnum.QUEUEID).value(id))
                .toList();
        QueueObservationQuery query = new QueueObservationQuery()
                .filter(new QueueObservationQueryFilter().type(QueueObservationQueryFilter.TypeEnum.OR)
                        .predicates(predicates))
                .metrics(List.of(QueueObservationQuery.MetricsEnum.OMEMBERUSERS,
                        QueueObservationQuery.MetricsEnum.OONQUEUEUSERS,
                        QueueObservationQuery.MetricsEnum.OOFFQUEUEUSERS,
                        QueueObservationQuery.MetricsEnum.OUSERROUTINGSTATUSES,
                        QueueObservationQuery.MetricsEnum.OWAITING,
                        QueueObservationQuery.MetricsEnum.OINTERACTING))
                // One detail observation per waiting conversation: the oldest gives the current longest wait.
                .detailMetrics(List.of(QueueObservationQuery.DetailMetricsEnum.OWAITING));
        return WireMapper.observations(call("Query queue observations", true,
                () -> analytics.postAnalyticsQueuesObservationsQuery(query)).getResults(), queueIds, clock.instant());
    }

    // ---- notifications ----------------------------------------------------------------------------------

    /** Creates a notification channel. Not repeated after an unknown outcome: an orphan channel just lapses. */
    public NotificationChannel createChannel() {
        return WireMapper.channel(call("Create a notification channel", false,
                () -> notifications.postNotificationsChannels()));
    }

    public List<NotificationChannel> channels() {
        return call("List notification channels", true, () -> notifications.getNotificationsChannels("token"))
                .getEntities().stream().map(WireMapper::channel).toList();
    }

    public boolean channelExists(String channelId) {
        try {
            call("Check channel " + channelId, true, () -> {
                notifications.headNotificationsChannel(channelId);
                return null;
            });
            return true;
        } catch (GenesysException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }

    public List<TopicSubscription> subscriptions(String channelId) {
        return call("List subscriptions of " + channelId, true,
                () -> notifications.getNotificationsChannelSubscriptions(channelId))
                .getEntities().stream().map(WireMapper::topic).toList();
    }

    /** Adds topics to a channel (POST); the answer lists every topic the channel now has. */
    public List<TopicSubscription> subscribe(String channelId, List<String> topics) {
        List<ChannelTopic> body = topics.stream().map(t -> new ChannelTopic().id(t)).toList();
        return call("Subscribe " + topics.size() + " topics on " + channelId, true,
                () -> notifications.postNotificationsChannelSubscriptions(channelId, body, false))
                .getEntities().stream().map(WireMapper::topic).toList();
    }

    /** Replaces a channel's topics (PUT); also renews the channel's 24 h lease. */
    public List<TopicSubscription> replaceSubscriptions(String channelId, List<String> topics) {
        List<ChannelTopic> body = topics.stream().map(t -> new ChannelTopic().id(t)).toList();
        return call("Replace the topics of " + channelId, true,
                () -> notifications.putNotificationsChannelSubscriptions(channelId, body, false))
                .getEntities().stream().map(WireMapper::topic).toList();
    }

    public void unsubscribeAll(String channelId) {
        call("Remove the topics of " + channelId, true, () -> {
            notifications.deleteNotificationsChannelSubscriptions(channelId);
            return null;
        });
    }

    // ---- the call pipeline ------------------------------------------------------------------------------

    @FunctionalInterface
    interface SdkCall<T> {
        T invoke() throws IOException, ApiException;
    }

    /**
     * Runs one operation through the rate budget and the retry policy.
     *
     * @param idempotent whether repeating the request after a 5xx or a lost connection is harmless
     */
    <T> T call(String operation, boolean idempotent, SdkCall<T> sdkCall) {
        boolean refreshed = false;
        for (int attempt = 1; ; attempt++) {
            String token = null;
            try {
                budget.acquire();
                token = tokens.current();
                calls.incrementAndGet();
                return sdkCall.invoke();
            } catch (ApiException e) {
                int status = e.getStatusCode();
                boolean lastAttempt = attempt >= policy.maxAttempts();
                if (status == 401 && !refreshed) {
                    refreshed = true;
                    tokens.refused(token);
                    LOG.info("{}: token refused (401), fetching a new one", operation);
                    continue;
                }
                if (status == 429 && !lastAttempt) {
                    Duration wait = policy.retryAfter(ErrorTranslator.header(e.getHeaders(), "Retry-After"));
                    LOG.info("{}: rate limited (429), waiting {} ms as Retry-After asks", operation, wait.toMillis());
                    budget.pauseFor(wait);
                    continue;
                }
                if (retryable(status) && idempotent && !lastAttempt) {
                    backoff(operation, attempt, "HTTP " + status);
                    continue;
                }
                throw errors.fromApi(e, operation, !idempotent && (status >= 500 || status <= 0));
            } catch (IOException e) {
                if (idempotent && attempt < policy.maxAttempts()) {
                    backoff(operation, attempt, e.getClass().getSimpleName());
                    continue;
                }
                // A refused connection never reached Genesys; anything else might have.
                throw errors.fromNetwork(e, operation, !idempotent && !(e instanceof ConnectException));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GenesysException(GenesysException.NO_RESPONSE, "interrupted", operation + ": cancelled",
                        null, !idempotent, e);
            }
        }
    }

    /**
     * A create that must not be doubled: tried once; if its outcome is unknown, {@code lookup} decides whether
     * it happened, and only if it did not is it tried again.
     */
    <T> T createOnce(String operation, SdkCall<T> create, Supplier<Optional<T>> lookup) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call(operation, false, create);
            } catch (GenesysException e) {
                if (!e.outcomeUnknown() || attempt >= policy.maxAttempts()) {
                    throw e;
                }
                Optional<T> existing = lookup.get();
                if (existing.isPresent()) {
                    LOG.info("{}: the first attempt did succeed ({}); not creating again", operation, e.describe());
                    return existing.get();
                }
                backoff(operation, attempt, e.describe());
            }
        }
    }

    private static boolean retryable(int status) {
        return status == 500 || status == 502 || status == 503 || status == 504;
    }

    private void backoff(String operation, int attempt, String reason) {
        Duration wait = policy.backoff(attempt, jitter);
        LOG.info("{}: attempt {} failed ({}), retrying in {} ms", operation, attempt, reason, wait.toMillis());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysException(GenesysException.NO_RESPONSE, "interrupted", operation + ": cancelled", null);
        }
    }

    /** Every entity of a paged listing, page after page until the listing says there is no next one. */
    static <T> List<T> allPages(IntFunction<Page<T>> fetch) {
        List<T> all = new ArrayList<>();
        Page<T> page;
        int pageNumber = 1;
        do {
            page = fetch.apply(pageNumber++);
            all.addAll(page.entities());
        } while (page.hasNext());
        return all;
    }

    static <W, D> Page<D> page(List<W> entities, Function<W, D> map, Integer pageNumber,
            Integer pageSize, Long total, Integer pageCount) {
        List<D> mapped = entities == null ? List.of() : entities.stream().map(map).toList();
        return new Page<>(mapped, pageNumber == null ? 1 : pageNumber, pageSize == null ? mapped.size() : pageSize,
                total == null ? -1 : total, pageCount == null ? 0 : pageCount);
    }

    /** Lays the domain settings over a queue document (only the fields that are set). */
    private ObjectNode settingsJson(QueueSettings settings, ObjectNode body) {
        body.put("name", settings.name());
        if (settings.description() != null) {
            body.put("description", settings.description());
        }
        if (settings.divisionId() != null) {
            ObjectNode division = sdkJson.createObjectNode();
            division.put("id", settings.divisionId());
            body.set("division", division);
        }
        if (settings.skillEvaluationMethod() != null) {
            body.put("skillEvaluationMethod", settings.skillEvaluationMethod().name());
        }
        if (settings.wrapupPrompt() != null || settings.acwTimeoutMs() != null) {
            ObjectNode acw = body.with("acwSettings");
            if (settings.wrapupPrompt() != null) {
                acw.put("wrapupPrompt", settings.wrapupPrompt().toUpperCase(Locale.ROOT));
            }
            if (settings.acwTimeoutMs() != null) {
                acw.put("timeoutMs", settings.acwTimeoutMs());
            }
        }
        for (Map.Entry<String, MediaSettings> entry : settings.media().entrySet()) {
            ObjectNode media = body.with("mediaSettings").with(entry.getKey());
            MediaSettings value = entry.getValue();
            if (value.alertingTimeoutSeconds() != null) {
                media.put("alertingTimeoutSeconds", value.alertingTimeoutSeconds());
            }
            if (value.serviceLevelPercentage() != null || value.serviceLevelDurationMs() != null) {
                ObjectNode level = media.with("serviceLevel");
                if (value.serviceLevelPercentage() != null) {
                    level.put("percentage", value.serviceLevelPercentage());
                }
                if (value.serviceLevelDurationMs() != null) {
                    level.put("durationMs", value.serviceLevelDurationMs());
                }
            }
            if (value.enableAutoAnswer() != null) {
                media.put("enableAutoAnswer", value.enableAutoAnswer());
            }
            if (value.autoAnswerAlertToneSeconds() != null) {
                media.put("autoAnswerAlertToneSeconds", value.autoAnswerAlertToneSeconds());
            }
            if (value.manualAnswerAlertToneSeconds() != null) {
                media.put("manualAnswerAlertToneSeconds", value.manualAnswerAlertToneSeconds());
            }
            if (value.subTypeAutoAnswer() != null) {
                ObjectNode subTypes = media.with("subTypeSettings");
                value.subTypeAutoAnswer().forEach((subType, auto) -> subTypes.with(subType)
                        .put("enableAutoAnswer", auto));
            }
        }
        return body;
    }

    @Override
    public void close() {
        sdk.close();
    }
}
