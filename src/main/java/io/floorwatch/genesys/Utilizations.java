package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.model.AgentMaxUtilizationResponse;
import com.mypurecloud.sdk.v2.model.UtilizationRequest;
import io.floorwatch.domain.MediaUtilization;
import io.floorwatch.domain.Utilization;

import java.util.Map;

/**
 * Utilisation, the org's and an agent's (wire notes, "Utilisation"): {@code GET/PUT /api/v2/routing/utilization}
 * ({@code RoutingApi.getRoutingUtilization}, {@code putRoutingUtilization}) and
 * {@code GET /api/v2/routing/users/{userId}/utilization} ({@code getRoutingUserUtilization}, whose {@code level}
 * says whether the agent has their own). A PUT replaces the whole setting, so it is sent whole and is idempotent.
 */
public final class Utilizations {
    private final GenesysGateway gateway;
    private final RoutingApi routing;

    Utilizations(GenesysGateway gateway, ApiClient client) {
        this.gateway = gateway;
        this.routing = new RoutingApi(client);
    }

    /** The org-wide setting every agent without their own has. */
    public Utilization org() {
        return new Utilization(WireMapper.utilization(gateway.call("Read the org's utilisation", true,
                () -> routing.getRoutingUtilization()).getUtilization()), false);
    }

    /** Replaces the org-wide setting; answers what Genesys now holds. */
    public Utilization setOrg(Map<String, MediaUtilization> media) {
        UtilizationRequest body = new UtilizationRequest().utilization(WireMapper.utilizationRequest(media));
        return new Utilization(WireMapper.utilization(gateway.call("Write the org's utilisation", true,
                () -> routing.putRoutingUtilization(body)).getUtilization()), false);
    }

    /** What applies to the agent: their own setting, or the org's. */
    public Utilization agent(String userId) {
        AgentMaxUtilizationResponse response = gateway.call("Read the utilisation of " + userId, true,
                () -> routing.getRoutingUserUtilization(userId));
        return new Utilization(WireMapper.utilization(response.getUtilization()),
                response.getLevel() == AgentMaxUtilizationResponse.LevelEnum.AGENT);
    }
}
