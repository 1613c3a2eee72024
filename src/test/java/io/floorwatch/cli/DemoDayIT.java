package io.floorwatch.cli;

import io.floorwatch.app.DemoSettings;
import io.floorwatch.app.HeadlessRuntime;
import io.floorwatch.config.AppPaths;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.testkit.NoKeychain;
import io.floorwatch.tuning.SkillPlanFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default demo org, its day compressed: from half past nine to the lunch peak (three simulated hours in about
 * half a minute), `skills plan` watches it and finds queues that need help, and the queue samples it stored show a
 * queue below its 80 % service-level target.
 */
class DemoDayIT {
    /** Three simulated hours in the watch below and the demo's start. */
    private static final double SPEED = 360;

    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine commandLine() {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        Supplier<EmulatorConfig> demo = () -> DemoSettings.emulator().withFloor(DemoSettings.emulator().floor()
                .withSpeed(SPEED).withDayStart(LocalTime.of(9, 30)));
        CliContext context = new CliContext(paths, (connection, overrides, db) -> HeadlessRuntime.start(paths,
                Map.of(), new NoKeychain(), connection, overrides, db, demo), (connection, overrides, db, bootstrap,
                topic, metricsTopic) -> HeadlessRuntime.collect(paths, Map.of(), new NoKeychain(), connection,
                overrides, db, demo, bootstrap, topic, metricsTopic));
        CommandLine cmd = FloorwatchCommand.commandLine(forceDemo -> { }, new StopSignal(), context);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd;
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
