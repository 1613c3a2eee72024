package io.floorwatch.timebox;

import io.floorwatch.base.Plural;
import io.floorwatch.tuning.SkillApplier;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.WhatIfReports;

import java.util.ArrayList;
import java.util.List;

/** A time-box in plain lines, for the command line and the window's details: the box, then each agent's outcome. */
public final class TimeBoxLines {
    private TimeBoxLines() {
    }

    /** The first eight characters of the id: enough to name a box to {@code schedule cancel} and {@code end}. */
    public static String shortId(TimeBox box) {
        return box.id().substring(0, Math.min(8, box.id().length()));
    }

    /** "a1b2c3d4  Running    Hot queue: 3 agents, Mon 7 Dec 14:00 to 16:00, by Ava Chen". */
    public static String summary(TimeBox box) {
        return String.format("%s  %-9s  %s: %s, %s to %s, by %s", shortId(box), box.state().label(),
                box.title(), Plural.of(box.plan().agents().size(), "agent"), TimeBoxes.at(box.startsAt()), TimeBoxes.at(box.endsAt()),
                box.createdBy());
    }

    /**
     * Once ended, the what-if made before it against what was measured during it, a line a queue; before that, the
     * projection alone; nothing when none was made.
     */
    public static List<String> whatIf(TimeBox box) {
        String json = box.report().isEmpty() ? box.projection() : box.report();
        if (json.isEmpty()) {
            return List.of();
        }
        return WhatIfReports.lines(WhatIfReports.fromJson(json)).stream().map(line -> "what-if  " + line).toList();
    }

    /** Each agent's outcome at the start and the end, the three ways of every agent the end left alone. */
    public static List<String> results(TimeBox box) {
        List<String> lines = new ArrayList<>();
        for (AgentResult r : box.results()) {
            String step = r.step() == AgentResult.Step.START ? "start" : "end  ";
            if (r.status() == SkillOutcome.Status.CONFLICT && r.step() == AgentResult.Step.END) {
                lines.add(step + "  CONFLICT  " + r.agentName() + ": " + r.message() + " (before the time-box: "
                        + SkillApplier.text(r.before()) + "; set by it: " + SkillApplier.text(r.ours()) + "; now: "
                        + SkillApplier.text(r.now()) + ")");
            } else {
                String change = r.step() == AgentResult.Step.START ? SkillApplier.text(r.before()) + " -> "
                        + SkillApplier.text(r.ours()) : SkillApplier.text(r.ours()) + " -> "
                        + SkillApplier.text(r.before());
                lines.add(step + "  " + String.format("%-8s", r.status()) + "  " + r.agentName() + ": " + change
                        + (r.message().isEmpty() ? "" : "  (" + r.message() + ")"));
            }
        }
        return lines;
    }
}
