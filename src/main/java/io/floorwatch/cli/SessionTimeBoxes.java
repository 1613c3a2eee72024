package io.floorwatch.cli;

import io.floorwatch.outbound.ChangeNotices;
import io.floorwatch.timebox.TimeBoxWorker;
import io.floorwatch.timebox.TimeBoxes;
import io.floorwatch.timebox.TuningWorker;
import io.floorwatch.tuning.SkillNotices;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.TuningService;

import java.time.Clock;

/**
 * The time-boxes of a command's history and the worker on its connection, noticing through the command's change
 * notices: what {@code skills apply --for} and {@code schedule} share.
 */
record SessionTimeBoxes(TimeBoxes boxes, TimeBoxWorker worker) {
    static SessionTimeBoxes on(WriteSession session, ChangeNotices notices, Clock clock) {
        TimeBoxes boxes = new TimeBoxes(session.history().timeBoxes(), session.history().writer(), clock,
                notices::send);
        TuningService tuning = new TuningService(session.gateway(), session.history().writer(), session.actor(),
                clock, outcome -> noticeApplied(notices, outcome, session.actor(), clock));
        return new SessionTimeBoxes(boxes, new TuningWorker(TuningWorker.org(session.gateway().credentials()),
                session.actor(), tuning, WhatIfs.measure(session)));
    }

    private static void noticeApplied(ChangeNotices notices, SkillOutcome outcome, String actor, Clock clock) {
        notices.send(SkillNotices.applied(outcome, actor, clock.instant()), "skills of " + outcome.agent().agentName());
    }
}
