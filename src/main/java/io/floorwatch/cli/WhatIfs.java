package io.floorwatch.cli;

import io.floorwatch.timebox.TuningWorker;
import io.floorwatch.tuning.SkillPlan;

import java.io.PrintWriter;

/** TEMPORARY until the what-if lands. */
final class WhatIfs {
    private WhatIfs() {
    }

    static String project(WriteSession session, SkillPlan plan, PrintWriter out) {
        return "";
    }

    static TuningWorker.Measure measure(WriteSession session) {
        return (projection, from, to) -> projection;
    }
}
