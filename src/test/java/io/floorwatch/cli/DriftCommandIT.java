package io.floorwatch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drift snapshot} and {@code drift compare} with their exit codes: 0 no drift, 1 drift, 2 error. */
class DriftCommandIT {
    @TempDir
    Path home;
    private Emulator emulator;
    private WriteCommands commands;

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(12)).start();
        commands = new WriteCommands(home, emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = commands.run(args, out, err);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aSnapshotComparedWithTheSameOrgIsNoDriftAndAChangeIsDrift() throws Exception {
        Path baseline = home.resolve("baseline.json");
        Run snapshot = run("drift", "snapshot", baseline.toString());
        assertThat(snapshot.code()).as(snapshot.err()).isZero();
        assertThat(snapshot.out()).contains("wrote", "6 queues");
        assertThat(Files.readString(baseline)).contains("\"formatVersion\" : 3").contains("\"rings\" : [ {")
                .contains("\"utilization\" : {", "\"maximumCapacity\" : ");

        Run same = run("drift", "compare", "--baseline", baseline.toString());
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("No drift");

        EmQueue queue = emulator.org().queues().get(0);
        ObjectNode body = queue.body();
        body.put("description", "edited by hand");
        emulator.org().replaceQueue(queue, body, "someone");

        Run drift = run("drift", "compare", "--baseline", baseline.toString(), "--format", "csv");
        assertThat(drift.code()).isEqualTo(1);
        assertThat(drift.out()).startsWith("type,entity,field,baseline,live,change,severity")
                .contains("QUEUE," + queue.name() + ",description,Simulated " + queue.name() + " queue,edited by hand,"
                        + "CHANGED,LOW");

        Run ignored = run("drift", "compare", "--baseline", baseline.toString(), "--ignore-field",
                "QUEUE.description");
        assertThat(ignored.code()).isZero();
    }

    @Test
    void twoFilesCompareWithoutAConnectionAndJsonNamesEveryRow() throws Exception {
        Path baseline = home.resolve("a.json");
        Path other = home.resolve("b.json");
        assertThat(run("drift", "snapshot", baseline.toString()).code()).isZero();
        // The first skill made inactive in the second file.
        Files.writeString(other, Files.readString(baseline).replaceFirst("\"ACTIVE\"", "\"INACTIVE\""));

        Run json = run("drift", "compare", "--baseline", baseline.toString(), "--against", other.toString(),
                "--format", "json");

        assertThat(json.code()).as(json.err()).isEqualTo(1);
        assertThat(json.out()).contains("\"type\" : \"SKILL\"", "\"baseline\" : \"ACTIVE\"",
                "\"live\" : \"INACTIVE\"");
        Run markdown = run("drift", "compare", "--baseline", baseline.toString(), "--against", other.toString(),
                "--format", "markdown");
        assertThat(markdown.out()).contains("| SKILL |", "1 difference");
    }

    @Test
    void aWrongFileOrFormatIsAnErrorNamingIt() throws Exception {
        Path notASnapshot = home.resolve("queues.csv");
        Files.writeString(notASnapshot, "name,division\nSales,Home\n");

        Run wrong = run("drift", "compare", "--baseline", notASnapshot.toString(), "--against",
                notASnapshot.toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("queues.csv is not a Floorwatch configuration snapshot");

        Run missing = run("drift", "compare", "--baseline", home.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("none.json: there is no such file");

        Path baseline = home.resolve("a.json");
        assertThat(run("drift", "snapshot", baseline.toString()).code()).isZero();
        Run format = run("drift", "compare", "--baseline", baseline.toString(), "--against", baseline.toString(),
                "--format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("'xml' is not a report format");
    }
}
