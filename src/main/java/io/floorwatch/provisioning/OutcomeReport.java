package io.floorwatch.provisioning;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** A run's per-row outcomes as CSV (row, name, status, queue id, members, latency, message). */
public final class OutcomeReport {
    private OutcomeReport() {
    }

    /** Writes through a .part file that replaces the target only when complete; returns the rows written. */
    public static int writeCsv(List<QueueOutcome> outcomes, File target) throws IOException {
        Path path = target.toPath().toAbsolutePath();
        Path temporary = path.resolveSibling(path.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write("row,name,status,queue_id,members,latency_ms,message\n");
            for (QueueOutcome o : outcomes) {
                out.write(String.join(",", cell(o.row().where()), cell(o.name()), o.status().name(), o.queueId(),
                        Integer.toString(o.members()), Long.toString(o.latencyMillis()), cell(o.message())) + "\n");
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return outcomes.size();
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
