package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.PresenceApi;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.TokensApi;
import com.mypurecloud.sdk.v2.model.PresenceDefinition;
import com.mypurecloud.sdk.v2.model.QueueMember;
import com.mypurecloud.sdk.v2.model.UserPresence;
import com.mypurecloud.sdk.v2.model.UserQueue;
import com.mypurecloud.sdk.v2.model.UserQueueEntityListing;
import io.floorwatch.domain.Membership;

import java.util.List;

/**
 * What a supervisor does to agents (wire notes, "Acting on agents"): set a presence
 * ({@code PATCH /api/v2/users/{userId}/presences/purecloud}, {@code PresenceApi.patchUserPresencesPurecloud}), log
 * out ({@code DELETE /api/v2/tokens/{userId}}, {@code TokensApi.deleteToken}), read the queues an agent is a member
 * of ({@code GET /api/v2/users/{userId}/queues}, {@code RoutingApi.getUserQueues}) and join or unjoin members
 * ({@code PATCH /api/v2/routing/queues/{queueId}/members[/{memberId}]}, {@code RoutingApi.patchRoutingQueueMember}
 * and {@code patchRoutingQueueMembers}, at most 100 a call). Each write sets a state rather than toggling one, so
 * repeating it after a lost answer is harmless: all are sent as idempotent.
 */
public final class AgentControls {
    /** "Join or unjoin a set of up to 100 users for a queue". */
    public static final int MAX_JOINS_PER_CALL = GenesysGateway.MAX_MEMBERS_PER_CALL;
    private static final int QUEUES_PAGE = 100;

    private final GenesysGateway gateway;
    private final PresenceApi presence;
    private final RoutingApi routing;
    private final TokensApi tokens;

    AgentControls(GenesysGateway gateway, ApiClient client) {
        this.gateway = gateway;
        this.presence = new PresenceApi(client);
        this.routing = new RoutingApi(client);
        this.tokens = new TokensApi(client);
    }

    /** Sets the agent's Genesys Cloud presence to one of the org's presence definitions. */
    public void setPresence(String userId, String definitionId) {
        UserPresence body = new UserPresence().presenceDefinition(new PresenceDefinition().id(definitionId));
        gateway.call("Set the presence of " + userId, true, () -> presence.patchUserPresencesPurecloud(userId, body));
    }

    /** Ends every session of the agent: their tokens stop working, and Genesys takes them Offline. */
    public void logOut(String userId) {
        gateway.call("Log out " + userId, true, () -> {
            tokens.deleteToken(userId);
            return null;
        });
    }

    /** The queues the agent is a member of, joined or not. */
    public List<Membership> memberships(String userId) {
        return GenesysGateway.allPages(number -> {
            UserQueueEntityListing listing = gateway.call("List the queues of " + userId, true,
                    () -> routing.getUserQueues(userId, QUEUES_PAGE, number, null, null));
            return GenesysGateway.page(listing.getEntities(), AgentControls::membership, listing.getPageNumber(),
                    listing.getPageSize(), listing.getTotal(), listing.getPageCount());
        });
    }

    /** Joins one member to the queue's routing, or unjoins them (they stay a member). */
    public void setJoined(String queueId, String userId, boolean joined) {
        gateway.call((joined ? "Join " : "Unjoin ") + userId + (joined ? " to" : " from") + " queue " + queueId, true,
                () -> {
                    routing.patchRoutingQueueMember(queueId, userId, new QueueMember().joined(joined));
                    return null;
                });
    }

    /** Joins or unjoins up to {@link #MAX_JOINS_PER_CALL} members of one queue in one call. */
    public void setJoined(String queueId, List<String> userIds, boolean joined) {
        if (userIds.size() > MAX_JOINS_PER_CALL) {
            throw new IllegalArgumentException("at most " + MAX_JOINS_PER_CALL + " members a call, not "
                    + userIds.size());
        }
        List<QueueMember> body = userIds.stream().map(id -> new QueueMember().id(id).joined(joined)).toList();
        gateway.call((joined ? "Join " : "Unjoin ") + userIds.size() + " members of queue " + queueId, true,
                () -> routing.patchRoutingQueueMembers(queueId, body));
    }

    private static Membership membership(UserQueue queue) {
        return new Membership(queue.getId(), queue.getName(), Boolean.TRUE.equals(queue.getJoined()));
    }
}
