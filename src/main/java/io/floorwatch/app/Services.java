package io.floorwatch.app;

import io.floorwatch.actions.AgentActions;
import io.floorwatch.drift.DriftService;
import io.floorwatch.provisioning.QueueEditor;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.timebox.TimeBoxWorker;
import io.floorwatch.tuning.Projections;
import io.floorwatch.tuning.Recommendations;
import io.floorwatch.tuning.TuningService;

/**
 * The services on one open connection, built once when it opens (by {@link ServiceGraph}) and dropped with it:
 * the screens and the drift watch ask the session for these instead of building their own per call.
 *
 * @param actor    who the services' audit entries and change notices name
 * @param timeBoxes   what the time-box runner and the tuning screen's time-boxes do on this connection
 * @param projections the what-if of a plan before it is applied
 */
public record Services(String actor, DriftService drift, QueueProvisioner provisioner, QueueEditor editor,
        TuningService tuning, Recommendations recommendations, AgentActions agents, TimeBoxWorker timeBoxes,
        Projections projections) {
}
