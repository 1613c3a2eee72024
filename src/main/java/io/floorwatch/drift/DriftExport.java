package io.floorwatch.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.base.JsonMappers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Drift rows as a report: CSV (RFC 4180), JSON (an array of rows) or a Markdown table, and as a console table. */
public final class DriftExport {
    /** The formats a report is written in. */
    public enum Format {
        CSV("csv"), JSON("json"), MARKDOWN("md"), TABLE("txt");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Format parse(String text) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(text) || format.extension.equalsIgnoreCase(text)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not a report format (table, json, csv, markdown)");
        }
    }

    private static final String[] HEADER = {"type", "entity", "field", "baseline", "live", "change", "severity"};
    private static final ObjectMapper JSON = JsonMappers.DOCUMENT;

    private DriftExport() {
    }

    public static String write(List<DriftRow> rows, Format format) {
        return switch (format) {
            case CSV -> csv(rows);
            case JSON -> json(rows);
            case MARKDOWN -> markdown(rows);
            case TABLE -> table(rows);
        };
    }

    private static String[] cells(DriftRow row) {
        return new String[] {row.type().name(), row.label(), row.field(), row.baseline(), row.live(),
            row.change().name(), row.severity().name()};
    }

    private static String csv(List<DriftRow> rows) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (DriftRow row : rows) {
            String[] cells = cells(row);
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i];
                // A leading = + - @ makes spreadsheets run a formula; a quote mark keeps it text.
                if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                    cell = "'" + cell;
                }
                boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                        || cell.contains("\r");
                out.append(i == 0 ? "" : ",").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String json(List<DriftRow> rows) {
        try {
            return JSON.writeValueAsString(rows.stream().map(r -> new Row(r.type().name(), r.entity(), r.item(),
                    r.field(), r.baseline(), r.live(), r.change().name(), r.severity().name())).toList()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("drift rows could not be written as JSON", e);
        }
    }

    /** A row as the JSON report holds it. */
    private record Row(String type, String entity, String item, String field, String baseline, String live,
            String change, String severity) {
    }

    private static String markdown(List<DriftRow> rows) {
        StringBuilder out = new StringBuilder("| Type | Entity | Field | Baseline | Live | Change | Severity |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (DriftRow row : rows) {
            String[] cells = cells(row);
            out.append('|');
            for (String cell : cells) {
                out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
            }
            out.append('\n');
        }
        return out.append('\n').append(rows.size()).append(rows.size() == 1 ? " difference" : " differences")
                .append('\n').toString();
    }

    private static String table(List<DriftRow> rows) {
        if (rows.isEmpty()) {
            return "No drift: the configuration matches the baseline.\n";
        }
        int[] widths = new int[HEADER.length];
        List<String[]> all = new ArrayList<>();
        all.add(Arrays.stream(HEADER).map(h -> h.toUpperCase(Locale.ROOT)).toArray(String[]::new));
        rows.forEach(r -> all.add(cells(r)));
        for (String[] cells : all) {
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.min(40, Math.max(widths[i], cells[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] cells : all) {
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i].length() > 40 ? cells[i].substring(0, 39) + "…" : cells[i];
                out.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%-" + widths[i] + "s", cell));
            }
            out.append('\n');
        }
        return out.append(rows.size()).append(rows.size() == 1 ? " difference\n" : " differences\n").toString();
    }
}
