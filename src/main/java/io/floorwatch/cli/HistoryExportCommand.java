package io.floorwatch.cli;

import io.floorwatch.domain.AlertStatus;
import io.floorwatch.history.AlertQuery;
import io.floorwatch.history.AuditHistory;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.history.OccupancyHistory;
import io.floorwatch.history.StateQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code floorwatch history export}: history as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write history as CSV.", "Times are ISO-8601: 2026-11-21, 2026-11-21T08:30 (local time) or "
                + "2026-11-21T08:30:00Z.", "occupancy: per queue and per agent over --from..--to (default the last "
                + "8 hours); occupancy is interacting over on queue, utilisation on queue over logged in.",
            "adherence: each agent's real-time adherence as it changed (scheduled and actual activity, in or out, "
                + "impact)."})
final class HistoryExportCommand implements Callable<Integer> {
    /** Every table history keeps. */
    enum What {
        states,
        metrics,
        alerts,
        audit,
        rejected,
        interactions,
        occupancy,
        adherence
    }

    /** The span occupancy covers when --from is not given: a shift. */
    static final Duration SHIFT = Duration.ofHours(8);

    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--what", required = true, description = "what to export: ${COMPLETION-CANDIDATES}")
    What what;

    @Option(names = "--from", paramLabel = "T", description = "from this time (inclusive)")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "to this time (exclusive; a date means its end)")
    String to;

    @Option(names = "--agent", paramLabel = "ID",
            description = "one agent's events only (alerts: part of the agent's name, or the id)")
    String agent;

    @Option(names = "--state", paramLabel = "STATE", description = "only this state (e.g. ON_QUEUE, IDLE, BREAK; "
            + "alerts: RAISED, ACKNOWLEDGED, SNOOZED, CLEARED)")
    String state;

    @Option(names = "--queue", paramLabel = "ID", description = "metrics: one queue's samples only (its id)")
    String queue;

    @Option(names = "--csv", paramLabel = "FILE", required = true, description = "the CSV file to write")
    Path csv;

    @Option(names = "--db", paramLabel = "FILE",
            description = "history database file (without .mv.db); default: the app's data folder")
    Path db;

    HistoryExportCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = time(from, "--from", zone, false);
        Instant end = time(to, "--to", zone, true);
        AlertStatus status = what == What.alerts ? alertStatus(state) : null;
        refuseFiltersThatDoNotApply();
        Path base = db == null ? root.context().paths().historyDatabase() : db;
        if (!Files.exists(Path.of(base + ".mv.db"))) {
            throw new IllegalArgumentException("no history at " + base + ".mv.db (use --db to name the file)");
        }
        try (HistoryStore history = HistoryStore.openToRead(base, Clock.systemUTC())) {
            if (what == What.audit) {
                long rows = history.audit().exportCsv(csv.toFile());
                AuditHistory.Verification check = history.audit().verify();
                spec.commandLine().getOut().printf("wrote %,d audit entries to %s; the hash chain %s%n", rows,
                        csv.toAbsolutePath(), check.intact() ? "verifies" : "does NOT verify: " + check.problem());
                spec.commandLine().getOut().flush();
                return check.intact() ? 0 : 1;
            }
            if (what == What.alerts) {
                long rows = history.alerts().exportCsv(new AlertQuery(agent, status, null, start, end), csv.toFile());
                spec.commandLine().getOut().printf("wrote %,d alerts to %s%n", rows, csv.toAbsolutePath());
            } else if (what == What.metrics) {
                long rows = history.queues().exportCsv(queue, start, end, csv.toFile());
                spec.commandLine().getOut().printf("wrote %,d queue samples to %s%n", rows, csv.toAbsolutePath());
            } else if (what == What.interactions) {
                long rows = history.interactions().exportCsv(start, end, csv.toFile());
                spec.commandLine().getOut().printf("wrote %,d interaction changes to %s%n", rows,
                        csv.toAbsolutePath());
            } else if (what == What.occupancy) {
                Instant until = end == null ? Instant.now() : end;
                Instant since = start == null ? until.minus(SHIFT) : start;
                // No live floor here: a queue's people are those who handled its work in the span.
                OccupancyHistory.Report report = history.occupancy().report(since, until,
                        history.interactions().handlers(since, until), Map.of());
                long rows = OccupancyHistory.exportCsv(report, csv.toFile());
                spec.commandLine().getOut().printf("wrote occupancy of %,d queues and %,d agents from %s to %s to "
                        + "%s%n", report.queues().size(), report.agents().size(), since, until, csv.toAbsolutePath());
            } else if (what == What.adherence) {
                long rows = history.adherence().exportCsv(start, end, csv.toFile());
                spec.commandLine().getOut().printf("wrote %,d adherence changes to %s%n", rows, csv.toAbsolutePath());
            } else if (what == What.rejected) {
                long rows = history.rejected().exportCsv(start, end, csv.toFile());
                spec.commandLine().getOut().printf("wrote %,d rejected messages to %s%n", rows,
                        csv.toAbsolutePath());
            } else {
                StateQuery query = new StateQuery(agent, state == null ? Set.of()
                        : Set.of(state.toUpperCase(Locale.ROOT)), start, end);
                long rows = history.states().exportCsv(query, csv.toFile());
                spec.commandLine().getOut().printf("wrote %,d state events to %s%n", rows, csv.toAbsolutePath());
            }
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** A filter that means nothing for the table asked for is refused, not quietly ignored. */
    private void refuseFiltersThatDoNotApply() {
        boolean byAgent = what == What.states || what == What.alerts;
        String[][] given = {{"--agent", agent, String.valueOf(byAgent)}, {"--state", state, String.valueOf(byAgent)},
            {"--queue", queue, String.valueOf(what == What.metrics)}};
        for (String[] option : given) {
            if (option[1] != null && !Boolean.parseBoolean(option[2])) {
                throw new IllegalArgumentException(option[0] + " does not apply to --what " + what
                        + (option[0].equals("--queue") ? " (only to metrics)" : " (only to states and alerts)"));
            }
        }
        if (what == What.audit && (from != null || to != null)) {
            throw new IllegalArgumentException("--from and --to do not apply to --what audit: the audit is exported "
                    + "whole, so that its hash chain can be verified");
        }
    }

    private static AlertStatus alertStatus(String text) {
        if (text == null) {
            return null;
        }
        try {
            return AlertStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--state for alerts is RAISED, ACKNOWLEDGED, SNOOZED or CLEARED, not '"
                    + text + "'");
        }
    }

    static Instant time(String text, String option, ZoneId zone, boolean endOfDay) {
        if (text == null) {
            return null;
        }
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            if (text.contains("T")) {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            }
            LocalDate date = LocalDate.parse(text);
            return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a time; use 2026-11-21, "
                    + "2026-11-21T08:30 or 2026-11-21T08:30:00Z");
        }
    }
}
