package io.floorwatch.cli;

import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code agents presence|logout|queue} against an emulator: selections, dry runs, bad input and exit codes. */
class AgentsCommandIT {
    @TempDir
    Path home;
    private Emulator emulator;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(20)).start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new WriteCommands(home, emulator).run(args, out, err);
    }

    private List<EmUser> notOn(SystemPresence presence, int count) {
        return emulator.org().users().stream().filter(u -> u.status().presence() != presence
                && u.status().presence() != SystemPresence.OFFLINE).limit(count).toList();
    }

    @Test
    void aFileOfNamesAndEmailsIsPreviewedThenSetOneLineAnAgent() throws Exception {
        List<EmUser> agents = notOn(SystemPresence.BREAK, 2);
        Path file = Files.writeString(home.resolve("agents.txt"), "# the late shift\n" + agents.get(0).name() + "\n"
                + agents.get(1).email().toUpperCase() + "\n");

        assertThat(run("agents", "presence", "--set", "break", "--agents", file.toString(), "--dry-run"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("SEND     " + agents.get(0).name()).contains("-> Break")
                .contains("Set presence to Break: 2 of 2 agents would be sent");
        assertThat(agents).allSatisfy(u -> assertThat(u.status().presence()).isNotEqualTo(SystemPresence.BREAK));

        assertThat(run("agents", "presence", "--set", "Break", "--agents", file.toString(), "--reason", "drill"))
                .as(out + err.toString()).isZero();
        assertThat(out.toString()).contains("DONE     " + agents.get(0).name()).contains("DONE     "
                + agents.get(1).name()).contains("Set presence to Break: 2 done");
        assertThat(agents).allSatisfy(u -> assertThat(u.status().presence()).isEqualTo(SystemPresence.BREAK));
    }

    @Test
    void unknownPresencesQueuesAndAgentsAreNamedAndNothingIsSent() throws Exception {
        EmUser agent = notOn(SystemPresence.BREAK, 1).get(0);
        SystemPresence before = agent.status().presence();
        Path file = Files.writeString(home.resolve("agents.txt"), agent.name() + "\nNobody Atall\n");

        assertThat(run("agents", "presence", "--set", "Snoozing", "--agents", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("no presence named 'Snoozing'; the org's are").contains("Break")
                .contains("no agent named or with the email 'Nobody Atall'").contains("nothing was sent");
        assertThat(run("agents", "queue", "--leave", "No Such Queue", "--agents", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("no queue named 'No Such Queue'");
        assertThat(run("agents", "presence", "--set", "Break", "--team", "No Such Team")).isEqualTo(1);
        assertThat(out.toString()).contains("No agents selected.");
        assertThat(run("agents", "logout", "--agents", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("A reason is required to log agents out.");
        assertThat(agent.status().presence()).isEqualTo(before);
    }

    @Test
    void membersOfAQueueLeaveItByTeamAndStateAndANonMemberIsSkipped() {
        EmQueue queue = emulator.org().queues().stream().filter(q -> q.joinedMemberCount() >= 2).findFirst()
                .orElseThrow();
        EmUser member = emulator.org().user(queue.members().stream().filter(EmQueue.Member::joined).findFirst()
                .orElseThrow().userId()).orElseThrow();
        String team = member.team().name();

        int code = run("agents", "queue", "--leave", queue.name(), "--team", team, "--reason", "cover");
        String output = out.toString();
        assertThat(output).contains("DONE     " + member.name());
        assertThat(queue.member(member.id()).orElseThrow().joined()).isFalse();
        boolean outsiders = emulator.org().users().stream().anyMatch(u -> u.team().name().equals(team)
                && queue.member(u.id()).isEmpty());
        assertThat(code).isEqualTo(outsiders ? 1 : 0);
        if (outsiders) {
            assertThat(output).contains("not a member of " + queue.name());
        }

        assertThat(run("agents", "queue", "--join", queue.name(), "--queue", queue.name(), "--state", "Nap"))
                .isEqualTo(1);
        assertThat(out.toString()).contains("no state named 'Nap'");
    }
}
