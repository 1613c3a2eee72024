package io.floorwatch.history;

import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an export through a {@code .part} file that replaces the target only when complete, so a failed or
 * interrupted export never leaves half a file under the name asked for.
 */
final class CsvExport {
    /** Writes the rows after the header; returns how many it wrote. */
    @FunctionalInterface
    interface Rows {
        long writeTo(Writer out) throws IOException;
    }

    private CsvExport() {
    }

    static long write(File target, String header, Rows rows) {
        Path path = target.toPath().toAbsolutePath();
        Path temporary = path.resolveSibling(path.getFileName() + ".part");
        long written;
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            written = rows.writeTo(out);
        } catch (IOException e) {
            deleteAfterFailure(temporary);
            throw new HistoryException("Cannot write " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteAfterFailure(temporary);
            throw e;
        }
        try {
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new HistoryException("Cannot write " + path + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static void deleteAfterFailure(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The export already failed and says so; a left-over .part file is harmless and named as such.
            LoggerFactory.getLogger(CsvExport.class).debug("could not delete {}", file, e);
        }
    }
}
