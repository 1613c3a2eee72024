package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.outbound.ChangeNotices;
import io.floorwatch.timebox.AgentResult;
import io.floorwatch.timebox.TimeBox;
import io.floorwatch.timebox.TimeBoxLines;
import io.floorwatch.timebox.TimeBoxRefused;
import io.floorwatch.timebox.TimeBoxRequest;
import io.floorwatch.timebox.TimeBoxState;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code skills apply FILE --for D | --until T [--at T] [--title S]}: the plan as a time-box, scheduled in history,
 * started here when it starts now, and put back at its end by whichever Floorwatch runs the schedule then.
 */
final class TimeBoxOptions {
    /** How long the change lasts: one of the two. */
    static final class Window {
        @Option(names = "--for", paramLabel = "D", converter = Durations.class,
                description = "make the change a time-box of this length (90m, 2h, 1d); its agents go back after it")
        Duration length;

        @Option(names = "--until", paramLabel = "T", converter = Moments.class,
                description = "make the change a time-box that ends at T (16:30, 2026-12-08T09:00, or an ISO "
                        + "instant); its agents go back then")
        Instant until;
    }

    @Option(names = "--at", paramLabel = "T", converter = Moments.class,
            description = "start the time-box at T instead of now (with --for or --until)")
    Instant at;

    @Option(names = "--title", paramLabel = "S", description = "what the time-box is for, as lists show it")
    String title;

    @Option(names = "--what-if-watch", paramLabel = "D", converter = Durations.class, defaultValue = "10s",
            description = {"before scheduling, watch the floor and the queues this long at most for the what-if: each "
                    + "touched queue's service level and speed of answer now and after (Erlang C); default "
                    + "${DEFAULT-VALUE}"})
    Duration whatIfWatch;

    @Option(names = "--no-what-if", description = "schedule without the what-if (and without its report at the end)")
    boolean noWhatIf;

    boolean given() {
        return at != null || title != null || noWhatIf;
    }

    /** Schedules the plan; when it starts now, applies it here. Exit 0 when every agent was applied or waits. */
    int schedule(SkillPlan plan, Window window, FloorwatchCommand root, Optional<ConnectionSettings> target,
            WriteSession session, PrintWriter out) {
        StopSignal stop = root.stop();
        Clock clock = Clock.systemUTC();
        Instant start = at == null ? clock.instant() : at;
        Instant end = window.length != null ? start.plus(window.length) : window.until;
        try (ChangeNotices notices = session.changeNotices()) {
            SessionTimeBoxes work = SessionTimeBoxes.on(session, notices, clock);
            String projection = noWhatIf ? "" : WhatIfs.project(root, target, plan, whatIfWatch, out);
            TimeBox box;
            try {
                box = work.boxes().schedule(new TimeBoxRequest(title, plan, at, end, projection), work.worker());
            } catch (TimeBoxRefused e) {
                e.reasons().forEach(r -> out.println("refused  " + r));
                out.println("the time-box was not scheduled; nothing was sent");
                out.flush();
                return 1;
            }
            out.println("scheduled  " + TimeBoxLines.summary(box));
            if (!box.startsAt().isAfter(clock.instant())) {
                String id = box.id();
                work.boxes().runner("floorwatch skills apply").tick(work.worker(), stop::released,
                        b -> b.id().equals(id));
                box = work.boxes().find(id).orElseThrow();
                TimeBoxLines.results(box).forEach(out::println);
            }
            out.println(box.state() == TimeBoxState.RUNNING ? "applied; the agents go back at the end"
                    : "nothing applied yet; it starts at its start");
            out.println((box.state() == TimeBoxState.RUNNING ? "its end is" : "its start and end are")
                    + " carried out by whichever Floorwatch runs the schedule on this history then: "
                    + "'floorwatch schedule run', 'floorwatch collect --run-schedule', or the desktop");
            out.flush();
            session.history().writer().flush(Duration.ofSeconds(30));
            notices.closeAfterSending(Duration.ofSeconds(15));
            List<AgentResult> started = box.results(AgentResult.Step.START);
            boolean allApplied = started.stream().allMatch(r -> r.status() == SkillOutcome.Status.APPLIED);
            return box.state() == TimeBoxState.SCHEDULED && started.isEmpty() || allApplied ? 0 : 1;
        }
    }
}
