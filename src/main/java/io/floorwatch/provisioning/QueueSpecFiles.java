package io.floorwatch.provisioning;

import io.floorwatch.base.IoProblems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.BullseyeRing;
import io.floorwatch.domain.GroupRef;
import io.floorwatch.domain.GroupType;
import io.floorwatch.domain.MediaSpec;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.domain.SkillRequirement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads queue specs from a CSV or JSON file, a row at a time: a row that cannot be read gets its problems and the
 * others are still read. The CSV columns are those of {@link #CSV_COLUMNS} ({@code name} is required, the rest
 * optional, unknown columns refused so a typo is caught); lists inside a cell are separated by {@code ;}. JSON is
 * an array of objects with the fields of {@link QueueSpec}, which also carries conditional group routing rules.
 */
public final class QueueSpecFiles {
    /** The CSV columns, in the order the sample file uses. */
    public static final List<String> CSV_COLUMNS = List.of("name", "description", "division",
            "skillEvaluationMethod", "wrapupPrompt", "acwTimeoutSeconds", "mediaType", "alertingTimeoutSeconds",
            "serviceLevelPercentage", "serviceLevelDurationSeconds", "requiredSkills", "addSkilledMembers", "rings",
            "memberGroups", "inQueueFlow");

    /** Unknown fields are refused (a typo would silently drop a setting); absent flags and numbers read as 0. */
    private static final ObjectMapper JSON = JsonMappers.DOCUMENT;

    private QueueSpecFiles() {
    }

    /** Reads the file by its extension (.csv or .json). */
    public static List<SpecRow> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecFileException(IoProblems.textFile(file, e), e);
        }
        if (name.endsWith(".csv")) {
            return csv(text);
        }
        if (name.endsWith(".json")) {
            return json(text);
        }
        throw new SpecFileException(file.getFileName() + " is neither .csv nor .json");
    }

    // ---- JSON ---------------------------------------------------------------------------------------------

    public static List<SpecRow> json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SpecFileException("Not valid JSON: " + e.getOriginalMessage() + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr()), e);
        }
        if (root == null || !root.isArray()) {
            throw new SpecFileException("A queue JSON file is an array of queue objects: [{\"name\": ...}, ...]");
        }
        List<SpecRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String where = "item " + (i + 1);
            try {
                QueueSpec spec = JSON.treeToValue(root.get(i), QueueSpec.class);
                rows.add(new SpecRow(i + 1, where, spec, List.of()));
            } catch (UnrecognizedPropertyException e) {
                rows.add(new SpecRow(i + 1, where, null, List.of(new SpecProblem(e.getPropertyName(),
                        "not a queue field (known: " + String.join(", ", fields()) + ")"))));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                rows.add(new SpecRow(i + 1, where, null, List.of(new SpecProblem(field(e), clean(e)))));
            }
        }
        return rows;
    }

    private static List<String> fields() {
        return Arrays.stream(QueueSpec.class.getRecordComponents()).map(c -> c.getName()).toList();
    }

    private static String field(Exception e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex() + 1).append(']');
                }
            }
            return path.toString();
        }
        return "item";
    }

    private static String clean(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        int cut = message == null ? -1 : message.indexOf(" (for Object starting");
        return message == null ? e.toString() : cut > 0 ? message.substring(0, cut) : message;
    }

    // ---- CSV ----------------------------------------------------------------------------------------------

    public static List<SpecRow> csv(String text) {
        CsvReader.Parsed parsed = CsvReader.parse(text);
        List<List<String>> lines = parsed.records();
        if (lines.isEmpty()) {
            throw new SpecFileException("The CSV file is empty; its first line names the columns ("
                    + String.join(",", CSV_COLUMNS) + ")");
        }
        List<String> header = lines.get(0).stream().map(String::trim).toList();
        if (!header.contains("name")) {
            throw new SpecFileException("The CSV header has no 'name' column; the columns are "
                    + String.join(",", CSV_COLUMNS));
        }
        for (String column : header) {
            if (!CSV_COLUMNS.contains(column)) {
                throw new SpecFileException("Unknown CSV column '" + column + "'; the columns are "
                        + String.join(",", CSV_COLUMNS));
            }
        }
        List<SpecRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = parsed.lines().get(i);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), c < cells.size() ? cells.get(c).trim() : "");
            }
            List<SpecProblem> problems = new ArrayList<>();
            if (cells.size() > header.size()) {
                problems.add(new SpecProblem("line", cells.size() + " cells for " + header.size() + " columns"));
            }
            rows.add(new SpecRow(i, "line " + line, fromCsv(row, problems), problems));
        }
        return rows;
    }

    /**
     * One spec from cells named like the CSV columns (the provisioning form is a one-row file); what cannot be read
     * is added to {@code problems}.
     */
    public static QueueSpec fromCells(Map<String, String> cells, List<SpecProblem> problems) {
        Map<String, String> trimmed = new LinkedHashMap<>();
        cells.forEach((column, value) -> trimmed.put(column, value == null ? "" : value.trim()));
        return fromCsv(trimmed, problems);
    }

    private static QueueSpec fromCsv(Map<String, String> row, List<SpecProblem> problems) {
        String mediaType = row.getOrDefault("mediaType", "").isEmpty() ? "call" : row.get("mediaType");
        Integer alerting = integer(row, "alertingTimeoutSeconds", problems);
        Double percentage = decimal(row, "serviceLevelPercentage", problems);
        Integer duration = integer(row, "serviceLevelDurationSeconds", problems);
        Map<String, MediaSpec> media = alerting == null && percentage == null && duration == null ? Map.of()
                : Map.of(mediaType.toLowerCase(Locale.ROOT), new MediaSpec(alerting, percentage, duration));
        return new QueueSpec(row.get("name"), row.get("description"), row.get("division"),
                evaluation(row, problems), row.getOrDefault("wrapupPrompt", "").toUpperCase(Locale.ROOT),
                integer(row, "acwTimeoutSeconds", problems), media, skills(row, problems),
                bool(row, "addSkilledMembers", problems), rings(row, problems), List.of(), row.get("inQueueFlow"),
                groups(row, problems));
    }

    private static SkillEvaluationMethod evaluation(Map<String, String> row, List<SpecProblem> problems) {
        String text = row.getOrDefault("skillEvaluationMethod", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return SkillEvaluationMethod.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new SpecProblem("skillEvaluationMethod", "'" + text + "' is not NONE, BEST or ALL"));
            return null;
        }
    }

    /** "Spanish:3;Billing:2.5" (a skill without ":" needs proficiency 0 or more). */
    private static List<SkillRequirement> skills(Map<String, String> row, List<SpecProblem> problems) {
        List<SkillRequirement> skills = new ArrayList<>();
        for (String part : items(row.get("requiredSkills"))) {
            int colon = part.lastIndexOf(':');
            String skill = colon < 0 ? part : part.substring(0, colon).trim();
            double minimum = 0;
            if (colon >= 0) {
                try {
                    minimum = Double.parseDouble(part.substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    problems.add(new SpecProblem("requiredSkills", "'" + part + "' is not skill:proficiency "
                            + "(e.g. Spanish:3)"));
                    continue;
                }
            }
            skills.add(new SkillRequirement(skill, minimum));
        }
        return skills;
    }

    /** "30:Spanish+French;90:" (seconds, then the skills the ring drops, joined by "+"). */
    private static List<BullseyeRing> rings(Map<String, String> row, List<SpecProblem> problems) {
        List<BullseyeRing> rings = new ArrayList<>();
        for (String part : items(row.get("rings"))) {
            int colon = part.indexOf(':');
            String seconds = colon < 0 ? part : part.substring(0, colon).trim();
            try {
                List<String> removed = colon < 0 ? List.of() : Arrays.stream(part.substring(colon + 1).split("\\+"))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList();
                rings.add(new BullseyeRing(Double.parseDouble(seconds), removed));
            } catch (NumberFormatException e) {
                problems.add(new SpecProblem("rings", "'" + part + "' is not seconds:skill+skill (e.g. 30:Spanish)"));
            }
        }
        return rings;
    }

    /** "TEAM:Team Aurora;GROUP:Night shift;SKILLGROUP:Spanish speakers". */
    private static List<GroupRef> groups(Map<String, String> row, List<SpecProblem> problems) {
        List<GroupRef> groups = new ArrayList<>();
        for (String part : items(row.get("memberGroups"))) {
            int colon = part.indexOf(':');
            try {
                if (colon < 0) {
                    throw new IllegalArgumentException(part);
                }
                groups.add(new GroupRef(part.substring(colon + 1),
                        GroupType.valueOf(part.substring(0, colon).trim().toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                problems.add(new SpecProblem("memberGroups", "'" + part + "' is not TYPE:name with TYPE TEAM, GROUP "
                        + "or SKILLGROUP"));
            }
        }
        return groups;
    }

    private static List<String> items(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static Integer integer(Map<String, String> row, String column, List<SpecProblem> problems) {
        String text = row.getOrDefault(column, "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new SpecProblem(column, "'" + text + "' is not a whole number"));
            return null;
        }
    }

    private static Double decimal(Map<String, String> row, String column, List<SpecProblem> problems) {
        String text = row.getOrDefault(column, "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new SpecProblem(column, "'" + text + "' is not a number"));
            return null;
        }
    }

    private static boolean bool(Map<String, String> row, String column, List<SpecProblem> problems) {
        String text = row.getOrDefault(column, "").toLowerCase(Locale.ROOT);
        if (text.isEmpty() || Set.of("false", "no", "0").contains(text)) {
            return false;
        }
        if (Set.of("true", "yes", "1").contains(text)) {
            return true;
        }
        problems.add(new SpecProblem(column, "'" + text + "' is not true or false"));
        return false;
    }
}
