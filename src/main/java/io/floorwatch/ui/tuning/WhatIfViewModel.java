package io.floorwatch.ui.tuning;

import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.WhatIfReport;
import io.floorwatch.tuning.WhatIfReports;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The what-if of the staged changes, before they are applied: Project reads the queues' recent work and the floor
 * off the FX thread and shows, for each queue the plan touches, the service level and speed of answer now and
 * after (Erlang C, named with its assumptions). A time-box keeps the projection made for its plan: the one shown,
 * when the staged changes are the same, else one made as it is scheduled.
 */
public final class WhatIfViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WhatIfViewModel.class);

    /** A projection and the plan it was made for. */
    private record Projected(SkillPlan plan, WhatIfReport report) {
    }

    private final Function<SkillPlan, WhatIfReport> project;
    private final Supplier<Optional<SkillPlan>> staged;
    private final TaskExecutor tasks;
    private final BackgroundTask<Projected> projecting;
    private final WhatIfShown shown = new WhatIfShown();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Stage a change, then Project to see what it would do to the queues' service level.");
    private final Command projectCommand;
    /** The newest projection; read by a scheduling task off the FX thread. */
    private volatile Projected last;

    /**
     * @param project the what-if of a plan on the open connection; does IO, and fails when none is open
     * @param staged  the staged changes as a plan, or empty when nothing (valid) is staged; FX thread
     */
    WhatIfViewModel(Function<SkillPlan, WhatIfReport> project, Supplier<Optional<SkillPlan>> staged,
            ObservableBooleanValue somethingStaged, TaskExecutor tasks) {
        this.project = project;
        this.staged = staged;
        this.tasks = tasks;
        this.projecting = new BackgroundTask<>(tasks);
        this.projectCommand = projecting.command(this::projectStaged, somethingStaged);
    }

    private void projectStaged() {
        Optional<SkillPlan> plan = staged.get();
        if (plan.isEmpty()) {
            status.set("Nothing valid is staged: fix the skills-per-agent limit or stage a change.");
            return;
        }
        status.set("Projecting: reading the queues' last 30 minutes and the floor...");
        projecting.start(context -> new Projected(plan.get(), project.apply(plan.get())), this::show,
                failure -> status.set("No what-if: " + failure.getMessage()));
    }

    private void show(Projected projected) {
        last = projected;
        shown.show(projected.report(), "Measured: the last 30 minutes.");
        int queues = projected.report().queues().size();
        status.set(queues == 0 ? "The staged changes touch no queue's required skill."
                : "What the staged changes would do to " + queues + (queues == 1 ? " queue" : " queues") + ".");
    }

    /** The staged changes changed: the projection shown is of other changes now. */
    void stagedChanged() {
        if (last != null && !staged.get().map(last.plan()::equals).orElse(false)) {
            status.set("The staged changes changed since this projection: Project again.");
        }
    }

    /**
     * The projection a time-box keeps (JSON): the one shown when it was made for this plan, else a new one. Called
     * off the FX thread as the box is scheduled. "" when none can be made: the box goes ahead without one, and the
     * status says why.
     */
    String projectionFor(SkillPlan plan) {
        Projected now = last;
        if (now != null && now.plan().equals(plan)) {
            return WhatIfReports.toJson(now.report());
        }
        try {
            Projected made = new Projected(plan, project.apply(plan));
            tasks.report(() -> show(made));
            return WhatIfReports.toJson(made.report());
        } catch (RuntimeException e) {
            LOG.warn("no what-if for the time-box being scheduled: {}", e.getMessage());
            tasks.report(() -> status.set("The time-box was scheduled without a what-if: " + e.getMessage()));
            return "";
        }
    }

    public WhatIfShown shown() {
        return shown;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Command projectCommand() {
        return projectCommand;
    }
}
