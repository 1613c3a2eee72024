package io.floorwatch.ui.tuning;

import io.floorwatch.timebox.TimeBoxWorker;
import io.floorwatch.timebox.TimeBoxes;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.WhatIfReport;
import io.floorwatch.ui.common.DialogService;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the tuning screen's time-boxes need of the app. The suppliers are asked each time, so a connection opened
 * again is used at once; only boxes made on the open connection's {@link TimeBoxWorker#org()} are its own.
 *
 * @param boxes      the time-boxes of the app's history
 * @param worker     the open connection's time-box worker, or empty while none is open
 * @param actor      who the open connection's audit entries name (for Cancel and End now), or empty
 * @param wake       has the app's runner look for due steps now (a box starting now, one ended now)
 * @param whatIf     the what-if of a plan on the open connection, shown before applying and kept with a box when
 *                   it is scheduled; called off the FX thread (it reads), and fails when no connection is open
 * @param dialogs    where Cancel and End now are confirmed
 * @param zone       where times of day are typed and read
 */
public record TimeBoxSources(TimeBoxes boxes, Supplier<Optional<TimeBoxWorker>> worker,
        Supplier<Optional<String>> actor, Runnable wake, Function<SkillPlan, WhatIfReport> whatIf,
        DialogService dialogs, Clock clock, ZoneId zone) {
}
