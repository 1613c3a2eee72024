package io.floorwatch.feed;

import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryWriter;

import java.time.Clock;
import java.util.List;

/**
 * The floor read over Genesys REST for a desktop that follows the collector's topic: agents, then queue
 * membership, then interactions; agents' own utilisation read on demand. It does not re-read after a gap: the
 * collector publishes the corrections of its own re-reads on the agent topic.
 */
final class GenesysFloorSeed implements FloorSeed {
    private final FloorSeeder seeds;
    private final UtilizationReads utilizations;
    private List<AgentSnapshot> seed = List.of();

    GenesysFloorSeed(GenesysGateway gateway, LiveState live, HistoryWriter history, Clock clock) {
        this.utilizations = new UtilizationReads(gateway, live);
        this.seeds = new FloorSeeder(gateway, live, history, clock, FeedTap.NONE);
    }

    @Override
    public int first() {
        try {
            seed = seeds.first();
            return seed.size();
        } catch (GenesysException e) {
            throw new Failed("Could not read the agents: " + e.describe(), e);
        }
    }

    @Override
    public void membership() {
        seeds.queues();
    }

    @Override
    public void details() {
        seeds.interactions(seed);
        seed = List.of();
    }

    @Override
    public boolean again() {
        return false;
    }

    @Override
    public void close() {
        utilizations.close();
    }
}
