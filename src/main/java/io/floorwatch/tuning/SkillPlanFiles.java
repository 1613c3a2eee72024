package io.floorwatch.tuning;

import io.floorwatch.base.IoProblems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Skill plan files: JSON with skills by name, so a plan reads (and diffs) like what a supervisor decided.
 * <pre>
 * {"formatVersion": 1, "maxSkillsPerAgent": 5, "agents": [{"agentId": "...", "agentName": "Ada Lovelace",
 *   "preview": [{"skill": "Spanish", "proficiency": 3.0}],
 *   "target":  [{"skill": "Spanish", "proficiency": 4.0}, {"skill": "Billing", "proficiency": 2.0}]}]}
 * </pre>
 * {@code preview} is what the agent held when the plan was made: applying it to an agent whose skills changed
 * since is a conflict, never an overwrite.
 */
public final class SkillPlanFiles {
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = JsonMappers.DOCUMENT;

    /** The file as written. */
    public record File(int formatVersion, int maxSkillsPerAgent, List<AgentEntry> agents) {
        public File {
            agents = agents == null ? List.of() : List.copyOf(agents);
        }
    }

    /** One agent's part, with skills by name. */
    public record AgentEntry(String agentId, String agentName, List<SkillEntry> preview, List<SkillEntry> target) {
        public AgentEntry {
            preview = preview == null ? List.of() : List.copyOf(preview);
            target = target == null ? List.of() : List.copyOf(target);
        }
    }

    /** A skill by name with a proficiency. */
    public record SkillEntry(String skill, double proficiency) {
    }

    /** A plan with its skills resolved, and what could not be resolved. */
    public record Resolved(SkillPlan plan, List<String> problems) {
    }

    private SkillPlanFiles() {
    }

    /** Whether a JSON file is a skill plan (an object with {@code agents}) rather than a queue file. */
    public static boolean isPlan(Path file) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).has("agents");
        } catch (IOException e) {
            return false;
        }
    }

    public static File read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(IoProblems.textFile(path, e), e);
        }
        File file;
        try {
            file = JSON.readValue(text, File.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(path.getFileName() + " is not a skill plan: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), e);
        }
        if (file.formatVersion() != FORMAT_VERSION) {
            throw new IllegalArgumentException(path.getFileName() + ": formatVersion " + file.formatVersion()
                    + " is not one this Floorwatch reads (" + FORMAT_VERSION + ")");
        }
        return file;
    }

    /** Resolves skill names against the org's skills (any case); unknown names are problems, not guesses. */
    public static Resolved resolve(File file, List<Skill> skills) {
        Map<String, Skill> byName = skills.stream().collect(Collectors.toMap(s -> s.name().toLowerCase(Locale.ROOT),
                Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        List<SkillPlan.Agent> agents = new ArrayList<>();
        int max = file.maxSkillsPerAgent() == 0 ? SkillPlan.DEFAULT_MAX_SKILLS : file.maxSkillsPerAgent();
        for (int i = 0; i < file.agents().size(); i++) {
            AgentEntry entry = file.agents().get(i);
            String where = "agents[" + (i + 1) + "]";
            if (entry.agentId() == null || entry.agentId().isBlank()) {
                problems.add(where + ": agentId is required");
                continue;
            }
            String name = entry.agentName() == null || entry.agentName().isBlank() ? entry.agentId()
                    : entry.agentName();
            agents.add(new SkillPlan.Agent(entry.agentId(), name, skills(entry.preview(), byName, where + ".preview",
                    problems), skills(entry.target(), byName, where + ".target", problems)));
        }
        return new Resolved(new SkillPlan(max, agents), problems);
    }

    private static List<SkillAssignment> skills(List<SkillEntry> entries, Map<String, Skill> byName, String where,
            List<String> problems) {
        List<SkillAssignment> skills = new ArrayList<>();
        for (SkillEntry entry : entries) {
            Skill skill = entry.skill() == null ? null : byName.get(entry.skill().trim().toLowerCase(Locale.ROOT));
            if (skill == null) {
                problems.add(where + ": no skill named '" + entry.skill() + "'");
                continue;
            }
            skills.add(new SkillAssignment(skill.id(), skill.name(), entry.proficiency(), skill.state()));
        }
        return skills;
    }

    /** Writes a plan with skills by name, sorted, so the same plan is the same file. */
    public static void write(SkillPlan plan, Path path) throws IOException {
        List<AgentEntry> agents = plan.agents().stream().map(a -> new AgentEntry(a.agentId(), a.agentName(),
                entries(a.preview()), entries(a.target()))).toList();
        Files.writeString(path, JSON.writeValueAsString(new File(FORMAT_VERSION, plan.maxSkillsPerAgent(), agents))
                + "\n", StandardCharsets.UTF_8);
    }

    private static List<SkillEntry> entries(List<SkillAssignment> skills) {
        return skills.stream().map(s -> new SkillEntry(s.skillName(), s.proficiency()))
                .sorted(Comparator.comparing(SkillEntry::skill, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
