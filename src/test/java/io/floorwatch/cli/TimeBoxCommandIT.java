package io.floorwatch.cli;

import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmSkill;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.kafka.EmbeddedBroker;
import io.floorwatch.testkit.OfficialSdk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time-boxes from the command line against the emulator, end to end: {@code skills apply --for 30s} applies now,
 * {@code schedule run} puts every agent back after it, and the official SDK reads back that each agent holds
 * their original skills; {@code schedule list}, {@code cancel} and the refusal of an overlapping box.
 */
class TimeBoxCommandIT {
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

    private String printed() {
        return out.toString();
    }

    /** A plan giving each agent one active skill they do not hold, at 3.5, with what they hold as the preview. */
    private Path plan(List<EmUser> users) throws Exception {
        List<String> parts = new ArrayList<>();
        for (EmUser user : users) {
            EmSkill extra = emulator.org().skills().stream().filter(s -> s.state() == SkillState.ACTIVE)
                    .filter(s -> !user.skills().containsKey(s.id())).findFirst().orElseThrow();
            String preview = skills(user.skills());
            String target = preview.replace("]", (user.skills().isEmpty() ? "" : ", ") + "{\"skill\": \""
                    + extra.name() + "\", \"proficiency\": 3.5}]");
            parts.add("{\"agentId\": \"" + user.id() + "\", \"agentName\": \"" + user.name() + "\", \"preview\": "
                    + preview + ", \"target\": " + target + "}");
        }
        return Files.writeString(home.resolve("plan-" + users.get(0).id() + ".json"), "{\"formatVersion\": 1, "
                + "\"maxSkillsPerAgent\": 10, \"agents\": [" + String.join(", ", parts) + "]}");
    }

    private String skills(Map<String, Double> skills) {
        return skills.entrySet().stream().map(e -> "{\"skill\": \"" + emulator.org().skill(e.getKey()).orElseThrow()
                .name() + "\", \"proficiency\": " + e.getValue() + "}").collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void aPlanAppliedForThirtySecondsIsPutBackByTheScheduleRunnerAsTheOfficialSdkReads() throws Exception {
        List<EmUser> agents = emulator.org().users().subList(3, 6);
        List<Map<String, Double>> before = agents.stream().map(u -> Map.copyOf(u.skills())).toList();
        OfficialSdk sdk = OfficialSdk.signIn(emulator.baseUrl(), "demo", "demo");

        assertThat(run("skills", "apply", plan(agents).toString(), "--for", "30s", "--title", "Hot queue"))
                .as(printed() + err).isZero();
        long appliedAt = System.nanoTime();
        assertThat(printed()).contains("what-if  Model: Erlang C.").contains("scheduled  ").contains("Hot queue: 3 agents")
                .contains("applied; the agents go back at the end").contains("'floorwatch schedule run'");
        for (int i = 0; i < agents.size(); i++) {
            assertThat(printed()).contains("start  APPLIED   " + agents.get(i).name());
            assertThat(sdk.routingSkills(agents.get(i).id())).hasSize(before.get(i).size() + 1);
        }
        assertThat(run("schedule", "list")).isZero();
        assertThat(printed()).contains("Running    Hot queue: 3 agents");

        // Nothing is due before the end: a runner now changes nobody.
        assertThat(run("schedule", "run", "--once")).isZero();
        assertThat(sdk.routingSkills(agents.get(0).id())).hasSize(before.get(0).size() + 1);

        long wait = 31_000 - (System.nanoTime() - appliedAt) / 1_000_000;
        Thread.sleep(Math.max(0, wait));
        assertThat(run("schedule", "run", "--once")).isZero();
        assertThat(printed()).contains("Ended      Hot queue: 3 agents");
        assertThat(printed().substring(printed().lastIndexOf("Ended      Hot queue"))).as("the report after it")
                .contains("  what-if  Model: Erlang C.");
        for (int i = 0; i < agents.size(); i++) {
            assertThat(printed()).contains("end    APPLIED   " + agents.get(i).name());
            assertThat(sdk.routingSkills(agents.get(i).id())).as(agents.get(i).name() + " holds the original skills")
                    .isEqualTo(before.get(i));
        }
    }

    @Test
    void aCollectorRunningTheScheduleEndsABoxWithNoDesktopOpen() throws Exception {
        EmUser agent = emulator.org().users().get(9);
        Map<String, Double> before = Map.copyOf(agent.skills());
        assertThat(run("skills", "apply", plan(List.of(agent)).toString(), "--for", "4s", "--title", "Lunch cover",
                "--no-what-if")).as(printed() + err).isZero();
        assertThat(agent.skills()).hasSize(before.size() + 1);
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            assertThat(run("collect", "--kafka", broker.bootstrapServers(), "--run-schedule", "--duration", "12s",
                    "--interval", "4s")).as(printed() + err).isZero();
        }
        assertThat(printed()).contains("time-box  ").contains("Ended      Lunch cover: 1 agent,");
        assertThat(OfficialSdk.signIn(emulator.baseUrl(), "demo", "demo").routingSkills(agent.id()))
                .isEqualTo(before);
    }

    @Test
    void anOverlappingBoxIsRefusedAndALaterOneCanBeCancelledWritingNothing() throws Exception {
        EmUser agent = emulator.org().users().get(7);
        Map<String, Double> before = Map.copyOf(agent.skills());
        Path file = plan(List.of(agent));
        String at = LocalDateTime.now().plusHours(1).withSecond(0).withNano(0).toString();

        assertThat(run("skills", "apply", file.toString(), "--at", at, "--for", "2h", "--title", "Evening",
                "--no-what-if"))
                .as(printed() + err).isZero();
        assertThat(printed()).contains("nothing applied yet; it starts at its start");
        assertThat(agent.skills()).isEqualTo(before);

        assertThat(run("skills", "apply", file.toString(), "--for", "90m", "--no-what-if")).isEqualTo(1);
        assertThat(printed()).contains("refused  " + agent.name() + " is already in time-box 'Evening'")
                .contains("the time-box was not scheduled; nothing was sent");

        String id = printed().lines().filter(l -> l.startsWith("scheduled  ")).findFirst().orElseThrow()
                .substring("scheduled  ".length(), "scheduled  ".length() + 8);
        assertThat(run("schedule", "end", id)).isEqualTo(1);
        assertThat(printed()).contains("is scheduled; cancel it instead");
        assertThat(run("schedule", "cancel", id)).isZero();
        assertThat(printed()).contains("cancelled  " + id + "  Cancelled  Evening");
        assertThat(run("schedule", "list")).isZero();
        assertThat(printed()).contains("(cancelled by ");
        assertThat(agent.skills()).isEqualTo(before);
        assertThat(new WriteCommands(home, emulator).runAsGiven(new String[] {"skills", "apply", file.toString(),
                "--for", "1h", "--demo"}, out, err)).isEqualTo(2);
        assertThat(err.toString()).contains("--demo runs a demo that ends with this command");
    }
}
