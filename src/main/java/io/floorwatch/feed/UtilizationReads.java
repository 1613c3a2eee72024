package io.floorwatch.feed;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.genesys.GenesysGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Reads agents' own utilisation when it matters, one agent a call ({@code GET /api/v2/routing/users/{id}/utilization}
 * has no bulk form): when an agent handles more of a media than the org's setting allows (their own may allow it),
 * and when a supervisor opens an agent's detail. Requests for an agent already asked for are dropped; a refused
 * read is logged and leaves the org's setting in place. One named thread, closed with the feed.
 */
final class UtilizationReads implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UtilizationReads.class);

    private final GenesysGateway gateway;
    private final LiveState live;
    private final Set<String> asked = ConcurrentHashMap.newKeySet();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.named(
            "utilization-reads"));

    UtilizationReads(GenesysGateway gateway, LiveState live) {
        this.gateway = gateway;
        this.live = live;
        live.setUtilizationSource(this::request);
    }

    void request(String agentId) {
        if (thread.isShutdown() || !asked.add(agentId)) {
            return;
        }
        thread.execute(() -> {
            try {
                live.setAgentUtilization(agentId, gateway.utilizations().agent(agentId));
            } catch (GenesysException e) {
                LOG.info("the utilisation of {} could not be read: {}", agentId, e.describe());
            }
        });
    }

    @Override
    public void close() {
        live.setUtilizationSource(id -> { });
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
