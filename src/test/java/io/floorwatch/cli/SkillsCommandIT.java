package io.floorwatch.cli;

import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmSkill;
import io.floorwatch.emulator.org.EmUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code skills apply} and {@code validate} of skill plans against an emulator, with their exit codes. */
class SkillsCommandIT {
    @TempDir
    Path home;
    private Emulator emulator;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(12)).start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private int run(String... args) {
        return new WriteCommands(home, emulator).run(args, out, err);
    }

    private String skillsJson(Map<String, Double> skills) {
        return skills.entrySet().stream().map(e -> "{\"skill\": \"" + emulator.org().skill(e.getKey()).orElseThrow()
                .name() + "\", \"proficiency\": " + e.getValue() + "}").collect(Collectors.joining(", ", "[", "]"));
    }

    private Path plan(EmUser user, Map<String, Double> preview, String target, int max) throws Exception {
        return Files.writeString(home.resolve("plan.json"), "{\"formatVersion\": 1, \"maxSkillsPerAgent\": " + max
                + ", \"agents\": [{\"agentId\": \"" + user.id() + "\", \"agentName\": \"" + user.name()
                + "\", \"preview\": " + skillsJson(preview) + ", \"target\": " + target + "}]}");
    }

    @Test
    void aValidPlanIsCheckedAppliedAndReadBack() throws Exception {
        EmUser user = emulator.org().users().get(5);
        Map<String, Double> before = Map.copyOf(user.skills());
        EmSkill extra = emulator.org().skills().stream().filter(s -> s.state() == SkillState.ACTIVE)
                .filter(s -> !before.containsKey(s.id())).findFirst().orElseThrow();
        String target = skillsJson(before).replace("]", (before.isEmpty() ? "" : ", ") + "{\"skill\": \""
                + extra.name().toUpperCase() + "\", \"proficiency\": 3.5}]");
        Path file = plan(user, before, target, 10);

        assertThat(run("validate", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("skill plan valid: 1 agents");
        assertThat(run("skills", "apply", file.toString(), "--dry-run")).isZero();
        assertThat(user.skills()).isEqualTo(before);

        assertThat(run("skills", "apply", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("APPLIED   " + user.name()).contains("1 of 1 agents applied");
        assertThat(user.skills()).containsEntry(extra.id(), 3.5).hasSize(before.size() + 1);

        // The same plan again: Genesys already holds the target, so nothing is written.
        assertThat(run("skills", "apply", file.toString())).isZero();
        assertThat(out.toString()).contains("0 writes  already so");
    }

    @Test
    void anInvalidPlanExitsOneAndAConflictToo() throws Exception {
        EmUser user = emulator.org().users().get(6);
        Map<String, Double> before = Map.copyOf(user.skills());
        Path unknown = plan(user, before, "[{\"skill\": \"Klingon\", \"proficiency\": 2}]", 5);
        assertThat(run("validate", unknown.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("agents[1].target: no skill named 'Klingon'");
        assertThat(run("skills", "apply", unknown.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("nothing was sent");
        assertThat(user.skills()).isEqualTo(before);

        String six = emulator.org().skills().stream().filter(s -> s.state() == SkillState.ACTIVE).limit(6)
                .map(s -> "{\"skill\": \"" + s.name() + "\", \"proficiency\": 1}").collect(Collectors.joining(", ",
                        "[", "]"));
        assertThat(run("validate", plan(user, before, six, 5).toString())).isEqualTo(1);
        assertThat(out.toString()).contains("6 skills, more than the 5 an agent may hold");

        EmSkill extra = emulator.org().skills().stream().filter(s -> s.state() == SkillState.ACTIVE)
                .filter(s -> !before.containsKey(s.id())).findFirst().orElseThrow();
        Path stale = plan(user, before, "[{\"skill\": \"" + extra.name() + "\", \"proficiency\": 2}]", 10);
        emulator.org().putUserSkill(user, extra.id(), 4.0); // someone else, after the plan was made
        assertThat(run("skills", "apply", stale.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("CONFLICT  " + user.name());
        assertThat(user.skills()).containsEntry(extra.id(), 4.0);
    }

    @Test
    void aFileThatIsNotAPlanExitsTwo() throws Exception {
        Path broken = Files.writeString(home.resolve("plan.json"), "{\"formatVersion\": 7, \"agents\": []}");
        assertThat(run("skills", "apply", broken.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("formatVersion 7 is not one this Floorwatch reads");
    }
}
