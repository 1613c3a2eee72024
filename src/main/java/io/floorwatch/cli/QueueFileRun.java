package io.floorwatch.cli;

import io.floorwatch.base.Plural;
import io.floorwatch.provisioning.QueueOutcome;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.provisioning.QueueSpecFiles;
import io.floorwatch.provisioning.SpecRow;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What {@code provision} and {@code validate} share: reading the queue file and printing per-row results. */
final class QueueFileRun {
    private QueueFileRun() {
    }

    /** The file's rows; a file that cannot be read at all fails the command (exit 2) with the reason. */
    static List<SpecRow> rows(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no file " + file);
        }
        return QueueSpecFiles.read(file);
    }

    /** "line 2  CREATED  Billing Spanish  id 4c1e... · 12 members · 84 ms", one line a row, then a summary. */
    static int report(List<QueueOutcome> outcomes, PrintWriter out) {
        Map<QueueOutcome.Status, Integer> counts = new TreeMap<>();
        for (QueueOutcome outcome : outcomes) {
            counts.merge(outcome.status(), 1, Integer::sum);
            StringBuilder line = new StringBuilder(String.format("%-9s %-8s %s", outcome.row().where(),
                    outcome.status(), outcome.name().isEmpty() ? "(no name)" : outcome.name()));
            if (!outcome.queueId().isEmpty()) {
                line.append("  id ").append(outcome.queueId());
            }
            if (outcome.status() == QueueOutcome.Status.CREATED) {
                line.append(" · ").append(Plural.of(outcome.members(), "member")).append(" · ").append(outcome.latencyMillis())
                        .append(" ms");
            }
            if (!outcome.message().isEmpty()) {
                line.append("  ").append(outcome.message());
            }
            out.println(line);
        }
        out.println(summary(counts, outcomes.size()));
        out.flush();
        boolean allGood = outcomes.stream().allMatch(o -> o.status() == QueueOutcome.Status.CREATED
                || o.status() == QueueOutcome.Status.VALID);
        return allGood ? 0 : 1;
    }

    private static String summary(Map<QueueOutcome.Status, Integer> counts, int rows) {
        StringBuilder text = new StringBuilder(rows + (rows == 1 ? " row: " : " rows: "));
        counts.forEach((status, count) -> text.append(count).append(' ').append(status.name().toLowerCase(
                Locale.ROOT)).append(", "));
        return text.substring(0, text.length() - 2);
    }

    static List<QueueOutcome> dryRun(List<SpecRow> rows, WriteSession session) {
        QueueProvisioner provisioner = new QueueProvisioner(session.gateway(), session.history().writer(),
                session.actor(), Clock.systemUTC(), outcome -> { });
        return QueueProvisioner.dryRun(rows, provisioner.readOrg().index());
    }
}
