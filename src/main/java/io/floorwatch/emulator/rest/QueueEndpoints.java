package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmRole;
import io.floorwatch.emulator.org.OrgDirectory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Routing queues: listing with Genesys' {@code name} wildcard filter, get, create, PUT as a full replace of
 * the stored document, delete, and members (list without totals, bulk add/remove up to 100, delete one).
 */
public final class QueueEndpoints {
    static final int MAX_MEMBERS_PER_CALL = 100;
    private static final Set<String> READ_ONLY = Set.of("id", "dateCreated", "dateModified", "modifiedBy",
            "createdBy", "memberCount", "userMemberCount", "joinedMemberCount", "selfUri", "sourceQueueId");

    /** What a create does with a name another queue already has (Genesys' behaviour is undocumented). */
    public enum DuplicateNames {
        REJECT,
        ALLOW
    }

    private final OrgDirectory org;
    private final WireViews views;
    private final Faults faults;
    private volatile DuplicateNames duplicateNames;

    QueueEndpoints(OrgDirectory org, WireViews views, Faults faults, DuplicateNames duplicateNames) {
        this.org = org;
        this.views = views;
        this.faults = faults;
        this.duplicateNames = duplicateNames;
    }

    void duplicateNames(DuplicateNames policy) {
        duplicateNames = policy;
    }

    void register(Router router) {
        router.add("GET", "/api/v2/routing/queues", this::list)
                .add("POST", "/api/v2/routing/queues", Permissions.requires(this::create, EmRole.QUEUE_ADD))
                .add("GET", "/api/v2/routing/queues/{queueId}", this::get)
                .add("PUT", "/api/v2/routing/queues/{queueId}", Permissions.requires(this::replace, EmRole.QUEUE_EDIT))
                .add("DELETE", "/api/v2/routing/queues/{queueId}",
                        Permissions.requires(this::delete, EmRole.QUEUE_DELETE))
                .add("GET", "/api/v2/routing/queues/{queueId}/members", this::members)
                .add("POST", "/api/v2/routing/queues/{queueId}/members",
                        Permissions.requires(this::changeMembers, EmRole.QUEUE_EDIT, EmRole.QUEUE_MEMBER_MANAGE))
                .add("PATCH", "/api/v2/routing/queues/{queueId}/members",
                        Permissions.requires(this::joinMembers, EmRole.QUEUE_EDIT, EmRole.QUEUE_MEMBER_MANAGE))
                .add("DELETE", "/api/v2/routing/queues/{queueId}/members/{memberId}",
                        Permissions.requires(this::removeMember, EmRole.QUEUE_EDIT, EmRole.QUEUE_MEMBER_MANAGE))
                .add("PATCH", "/api/v2/routing/queues/{queueId}/members/{memberId}",
                        Permissions.requires(this::joinMember, EmRole.QUEUE_EDIT, EmRole.QUEUE_MEMBER_MANAGE))
                .add("GET", "/api/v2/users/{userId}/queues", Permissions.requires(this::queuesOfUser,
                        EmRole.QUEUE_VIEW, EmRole.QUEUE_JOIN, EmRole.QUEUE_MEMBER_MANAGE));
    }

    private HttpReply list(Exchange exchange) {
        Listing.Paging paging = Listing.paging(exchange, 25, 500);
        String name = exchange.query("name");
        Set<String> ids = new HashSet<>(exchange.queryAll("id"));
        List<EmQueue> queues = org.queues().stream()
                .filter(q -> name == null || name.isEmpty() || nameMatches(q.name(), name))
                .filter(q -> ids.isEmpty() || ids.contains(q.id()))
                .filter(q -> exchange.sees(q.divisionId()))
                .toList();
        if ("desc".equalsIgnoreCase(exchange.query("sortOrder"))) {
            queues = new ArrayList<>(queues);
            Collections.reverse(queues);
        }
        return HttpReply.ok(Listing.page(exchange, queues, views::queue, paging, true));
    }

    /**
     * "Include only queues with the given name (leading and trailing asterisks allowed)". Without asterisks the
     * emulator matches by prefix, case-insensitively, so clients that assume an exact match are caught out as
     * they would be against a real org; clients must post-filter for equality.
     */
    public static boolean nameMatches(String queueName, String filter) {
        String name = queueName.toLowerCase(Locale.ROOT);
        String f = filter.toLowerCase(Locale.ROOT);
        boolean leading = f.startsWith("*");
        boolean trailing = f.endsWith("*") && f.length() > 1;
        String core = f.substring(leading ? 1 : 0, f.length() - (trailing ? 1 : 0));
        if (leading && trailing) {
            return name.contains(core);
        }
        if (leading) {
            return name.endsWith(core);
        }
        return name.startsWith(core);
    }

    private HttpReply create(Exchange exchange) {
        ObjectNode body = writable(exchange.json());
        String sourceId = exchange.json().path("sourceQueueId").asText("");
        if (!sourceId.isEmpty()) {
            EmQueue source = org.queue(sourceId)
                    .orElseThrow(() -> ApiError.badRequest("sourceQueueId: queue " + sourceId + " does not exist"));
            ObjectNode copy = source.body();
            copy.setAll(body);
            body = copy;
        }
        String name = requireName(body);
        if (duplicateNames == DuplicateNames.REJECT
                && org.queues().stream().anyMatch(q -> q.name().equalsIgnoreCase(name))) {
            throw ApiError.badRequest("A queue with the name '" + name + "' already exists");
        }
        checkReferences(body);
        EmQueue queue = org.addQueue(body, exchange.actor());
        addGroupMembers(queue, body);
        if (faults.takeCreatedButUnavailable()) {
            throw ApiError.unavailable();
        }
        return HttpReply.ok(views.queue(queue));
    }

    private HttpReply get(Exchange exchange) {
        return HttpReply.ok(views.queue(queue(exchange)));
    }

    private HttpReply replace(Exchange exchange) {
        EmQueue queue = queue(exchange);
        ObjectNode body = writable(exchange.json());
        String name = requireName(body);
        if (duplicateNames == DuplicateNames.REJECT && org.queues().stream()
                .anyMatch(q -> !q.id().equals(queue.id()) && q.name().equalsIgnoreCase(name))) {
            throw ApiError.badRequest("A queue with the name '" + name + "' already exists");
        }
        org.replaceQueue(queue, body, exchange.actor());
        return HttpReply.ok(views.queue(queue));
    }

    private HttpReply delete(Exchange exchange) {
        if (!org.deleteQueue(exchange.path("queueId"))) {
            throw ApiError.notFound();
        }
        return HttpReply.empty(204);
    }

    private HttpReply members(Exchange exchange) {
        EmQueue queue = queue(exchange);
        Listing.Paging paging = Listing.paging(exchange, 25, MAX_MEMBERS_PER_CALL);
        String joined = exchange.query("joined");
        String name = exchange.query("name");
        Set<String> expand = new HashSet<>();
        exchange.queryAll("expand").forEach(e -> expand.add(e.toLowerCase(Locale.ROOT)));
        List<EmQueue.Member> members = queue.members().stream()
                .filter(m -> joined == null || m.joined() == Boolean.parseBoolean(joined))
                .filter(m -> name == null || org.user(m.userId()).map(u -> u.name().toLowerCase(Locale.ROOT)
                        .contains(name.toLowerCase(Locale.ROOT))).orElse(false))
                .toList();
        return HttpReply.ok(Listing.page(exchange, members, m -> views.member(queue, m, expand), paging, false));
    }

    private HttpReply changeMembers(Exchange exchange) {
        EmQueue queue = queue(exchange);
        JsonNode body = exchange.json();
        if (!body.isArray()) {
            throw ApiError.badRequest("The body must be a JSON array of {id}");
        }
        if (body.size() > MAX_MEMBERS_PER_CALL) {
            throw ApiError.badRequest("At most " + MAX_MEMBERS_PER_CALL + " members may be added or removed in one "
                    + "call (" + body.size() + " sent)");
        }
        boolean delete = exchange.queryBool("delete", false);
        for (int i = 0; i < body.size(); i++) {
            String userId = body.get(i).path("id").asText("");
            if (org.user(userId).isEmpty()) {
                throw ApiError.badRequest("body[" + i + "].id: user '" + userId + "' does not exist");
            }
        }
        for (JsonNode member : body) {
            String userId = member.path("id").asText();
            if (delete) {
                org.removeMember(queue, userId);
            } else {
                org.addMember(queue, userId, true);
            }
        }
        return HttpReply.empty(204);
    }

    /** One member's joined state (or ring number): 204, and 404 for a user who is not a member. */
    private HttpReply joinMember(Exchange exchange) {
        EmQueue queue = queue(exchange);
        String memberId = exchange.path("memberId");
        if (queue.member(memberId).isEmpty()) {
            throw ApiError.notFound();
        }
        JsonNode body = exchange.json();
        JsonNode joined = body.path("joined");
        if (!joined.isMissingNode() && !joined.isBoolean()) {
            throw ApiError.badRequest("joined: must be true or false");
        }
        if (joined.isBoolean()) {
            org.setJoined(queue, memberId, joined.asBoolean());
        }
        return HttpReply.empty(204);
    }

    /**
     * Joins or unjoins up to 100 members in one call; every entry is checked before any is changed, as a refused
     * call changes nothing. Answers the changed members.
     */
    private HttpReply joinMembers(Exchange exchange) {
        EmQueue queue = queue(exchange);
        JsonNode body = exchange.json();
        if (!body.isArray()) {
            throw ApiError.badRequest("The body must be a JSON array of {id, joined}");
        }
        if (body.size() > MAX_MEMBERS_PER_CALL) {
            throw ApiError.badRequest("At most " + MAX_MEMBERS_PER_CALL + " members may be joined or unjoined in one "
                    + "call (" + body.size() + " sent)");
        }
        for (int i = 0; i < body.size(); i++) {
            String userId = body.get(i).path("id").asText("");
            if (queue.member(userId).isEmpty()) {
                throw ApiError.badRequest("body[" + i + "].id: user '" + userId + "' is not a member of this queue");
            }
            if (!body.get(i).path("joined").isBoolean()) {
                throw ApiError.badRequest("body[" + i + "].joined: must be true or false");
            }
        }
        List<EmQueue.Member> changed = new ArrayList<>();
        for (JsonNode entry : body) {
            String userId = entry.path("id").asText();
            org.setJoined(queue, userId, entry.path("joined").asBoolean());
            queue.member(userId).ifPresent(changed::add);
        }
        Listing.Paging all = new Listing.Paging(1, Math.max(1, changed.size()));
        return HttpReply.ok(Listing.page(exchange, changed, m -> views.member(queue, m, Set.of()), all, false));
    }

    /** The queues a user is a member of, each with the user's joined state; {@code joined} filters. */
    private HttpReply queuesOfUser(Exchange exchange) {
        String userId = exchange.path("userId");
        org.user(userId).filter(u -> exchange.sees(u.divisionId())).orElseThrow(ApiError::notFound);
        Listing.Paging paging = Listing.paging(exchange, 25, 500);
        String joined = exchange.query("joined");
        List<String> divisions = exchange.queryAll("divisionId");
        List<EmQueue> theirs = org.queueIdsOf(userId).stream().map(org::queue).flatMap(Optional::stream)
                .filter(q -> exchange.sees(q.divisionId()))
                .filter(q -> divisions.isEmpty() || divisions.contains(q.divisionId()))
                .filter(q -> joined == null || q.member(userId).map(EmQueue.Member::joined).orElse(false)
                        == Boolean.parseBoolean(joined))
                .sorted(Comparator.comparing(EmQueue::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return HttpReply.ok(Listing.page(exchange, theirs, q -> {
            ObjectNode node = views.queue(q);
            node.put("joined", q.member(userId).map(EmQueue.Member::joined).orElse(false));
            return node;
        }, paging, true));
    }

    private HttpReply removeMember(Exchange exchange) {
        EmQueue queue = queue(exchange);
        if (!org.removeMember(queue, exchange.path("memberId"))) {
            throw ApiError.notFound();
        }
        return HttpReply.empty(204);
    }

    private ObjectNode writable(JsonNode json) {
        if (!json.isObject()) {
            throw ApiError.badRequest("The body must be a JSON object");
        }
        ObjectNode body = ((ObjectNode) json).deepCopy();
        body.remove(READ_ONLY);
        JsonNode division = body.path("division");
        if (division.isMissingNode() || division.isNull()) {
            ObjectNode home = body.putObject("division");
            home.put("id", org.homeDivisionId());
            home.put("name", "Home");
        } else if (org.division(division.path("id").asText()).isEmpty()) {
            throw ApiError.badRequest("division.id: division '" + division.path("id").asText() + "' does not exist");
        }
        return body;
    }

    /** Flows, groups and queues a body names must exist, as Genesys checks them. */
    private void checkReferences(ObjectNode body) {
        String flow = body.path("queueFlow").path("id").asText("");
        if (!flow.isEmpty() && org.flows().stream().noneMatch(f -> f.id().equals(flow))) {
            throw ApiError.badRequest("queueFlow.id: flow '" + flow + "' does not exist");
        }
        for (JsonNode group : body.path("memberGroups")) {
            checkGroup("memberGroups", group);
        }
        for (JsonNode rule : body.path("conditionalGroupRouting").path("rules")) {
            String queue = rule.path("queue").path("id").asText("");
            if (!queue.isEmpty() && org.queue(queue).isEmpty()) {
                throw ApiError.badRequest("conditionalGroupRouting.rules.queue.id: queue '" + queue
                        + "' does not exist");
            }
            for (JsonNode group : rule.path("groups")) {
                checkGroup("conditionalGroupRouting.rules.groups", group);
            }
        }
    }

    private void checkGroup(String field, JsonNode group) {
        String id = group.path("id").asText("");
        boolean known = switch (group.path("type").asText("")) {
            case "TEAM" -> org.teams().stream().anyMatch(t -> t.id().equals(id));
            case "GROUP" -> org.groups().stream().anyMatch(g -> g.id().equals(id));
            case "SKILLGROUP" -> org.skillGroups().stream().anyMatch(g -> g.id().equals(id));
            default -> throw ApiError.badRequest(field + ".type: '" + group.path("type").asText("")
                    + "' is not TEAM, GROUP or SKILLGROUP");
        };
        if (!known) {
            throw ApiError.badRequest(field + ".id: " + group.path("type").asText() + " '" + id + "' does not exist");
        }
    }

    /** Members of the queue's member groups (teams and groups) become its members, as Genesys does. */
    private void addGroupMembers(EmQueue queue, ObjectNode body) {
        for (JsonNode group : body.path("memberGroups")) {
            String id = group.path("id").asText("");
            switch (group.path("type").asText("")) {
                case "TEAM" -> org.users().stream().filter(u -> u.team() != null && u.team().id().equals(id))
                        .forEach(u -> org.addMember(queue, u.id(), true));
                case "GROUP" -> org.groups().stream().filter(g -> g.id().equals(id)).findFirst()
                        .ifPresent(g -> g.members().forEach(userId -> org.addMember(queue, userId, true)));
                default -> {
                    // Skill groups' membership follows skills, which the emulator does not evaluate.
                }
            }
        }
    }

    private static String requireName(ObjectNode body) {
        String name = body.path("name").asText("").trim();
        if (name.isEmpty()) {
            throw ApiError.badRequest("name is required");
        }
        body.put("name", name);
        return name;
    }

    private EmQueue queue(Exchange exchange) {
        return org.queue(exchange.path("queueId")).filter(q -> exchange.sees(q.divisionId()))
                .orElseThrow(ApiError::notFound);
    }
}
