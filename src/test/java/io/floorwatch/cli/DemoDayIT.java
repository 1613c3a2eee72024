package io.floorwatch.cli;

import io.floorwatch.app.DemoSettings;
import io.floorwatch.tuning.SkillPlanFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default demo org, its day compressed: from nine to the lunch peak (three simulated hours and more in about
 * half a minute), `skills plan` watches it and finds queues that need help, and the queue samples it stored show a
 * queue below its 80 % service-level target.
 */
class DemoDayIT {
    /** An hour in ten seconds: three simulated hours and more in the demo's start and the watch below. */
    private static final double SPEED = 360;
    /**
     * Nine o'clock: the watch ends three hours and more later, in the lunch plateau (12:00 to 13:30), however long
     * the demo took to start on a busy machine (3 to 15 s, 18 to 90 simulated minutes).
     */
    private static final LocalTime DAY_START = LocalTime.of(9, 0);

    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine commandLine() {
        return DemoCommands.commandLine(home, () -> DemoSettings.emulator().withFloor(DemoSettings.emulator().floor()
                .withSpeed(SPEED).withDayStart(DAY_START)), out, err);
    }

    @Test
    void threeSimulatedHoursOfTheDemoMissATargetAndTheSkillsPlanProposesHelp() throws Exception {
        Path plan = home.resolve("plan.json");
        Path db = home.resolve("day");
        int code = commandLine().execute("skills", "plan", "--demo", "--out", plan.toString(), "--watch", "28s",
                "--db", db.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("needs help: score ");
        SkillPlanFiles.File written = SkillPlanFiles.read(plan);
        assertThat(written.agents()).as("the default threshold, a real peak: " + out).isNotEmpty();

        Path csv = home.resolve("metrics.csv");
        assertThat(commandLine().execute("history", "export", "--what", "metrics", "--db", db.toString(), "--csv",
                csv.toString())).as(err.toString()).isZero();
        List<String> rows = Files.readAllLines(csv);
        int level = List.of(rows.get(0).split(",")).indexOf("service_level");
        assertThat(level).as(rows.get(0)).isPositive();
        assertThat(rows.subList(1, rows.size())).as("a queue below its 80 % target at some moment")
                .anyMatch(r -> {
                    String[] fields = r.split(",");
                    return fields.length > level && !fields[level].isEmpty()
                            && Double.parseDouble(fields[level]) < 0.8;
                });
    }
}
