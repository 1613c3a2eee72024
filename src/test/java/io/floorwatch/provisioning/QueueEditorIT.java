package io.floorwatch.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmNamed;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.AuditHistory;
import io.floorwatch.history.HistoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Editing an existing queue against the emulator through the official SDK: the change read back, a stale write
 * refused with the three-way difference, the merged save, the audit entry and the change notice.
 */
class QueueEditorIT {
    @TempDir
    Path dir;
    private Emulator emulator;
    private GenesysGateway gateway;
    private GenesysGateway someoneElse;
    private HistoryStore history;
    private QueueEditor editor;
    private OrgIndex org;
    private final List<QueueEdited> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        emulator = new Emulator(TestEmulators.still(30)).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        someoneElse = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        editor = new QueueEditor(gateway, history.writer(), "sup.one", Clock.systemUTC(), told::add);
        org = new QueueProvisioner(gateway, history.writer(), "sup.one", Clock.systemUTC(), o -> { }).readOrg()
                .index();
    }

    @AfterEach
    void stop() {
        history.close();
        someoneElse.close();
        gateway.close();
        emulator.close();
    }

    private EmQueue queue(int index) {
        return emulator.org().queues().get(index);
    }

    private static Map<String, String> typed(QueueEdit opened, String... columnsAndValues) {
        Map<String, String> typed = new HashMap<>(opened.cells());
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            typed.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return typed;
    }

    private JsonNode body(String queueId) {
        return emulator.org().queue(queueId).orElseThrow().body();
    }

    private static Map<String, String> fields(JsonNode media) {
        Map<String, String> fields = new HashMap<>();
        media.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().isObject()
                ? fields(f.getValue()).toString() : f.getValue().asText()));
        return fields;
    }

    @Test
    void anEditIsWrittenOverAFreshReadAuditedAndTold() throws Exception {
        EmQueue target = queue(0);
        EmNamed flow = emulator.org().flows().stream().filter(f -> f.kind().equals("inqueuecall")).findFirst()
                .orElseThrow();
        JsonNode untouched = body(target.id()).path("mediaSettings").path("chat");
        QueueEdit opened = editor.open(target.id(), org);
        assertThat(opened.name()).isEqualTo(target.name());
        assertThat(opened.dateModified()).isNotNull();

        EditOutcome outcome = editor.save(opened, typed(opened, "description", "Edited by the form",
                "serviceLevelPercentage", "0.85", "acwTimeoutSeconds", "40", "inQueueFlow", flow.name()), org);

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(EditOutcome.Status.SAVED);
        assertThat(outcome.changes()).extracting(FieldChange::column).containsExactly("description",
                "acwTimeoutSeconds", "serviceLevelPercentage", "inQueueFlow");
        JsonNode body = body(target.id());
        assertThat(body.path("description").asText()).isEqualTo("Edited by the form");
        assertThat(body.path("acwSettings").path("timeoutMs").asLong()).isEqualTo(40_000);
        assertThat(body.path("mediaSettings").path("call").path("serviceLevel").path("percentage").asDouble())
                .isEqualTo(0.85);
        assertThat(body.path("queueFlow").path("id").asText()).isEqualTo(flow.id());
        // Media the form does not show stay as they were (compared as text: the PUT may hold 60000 as a long).
        assertThat(fields(body.path("mediaSettings").path("chat"))).isEqualTo(fields(untouched));
        // Read back through the official SDK, as any other client would see it.
        assertThat(QueueCells.of(someoneElse.queueWithRouting(target.id()), org)).isEqualTo(outcome.now().cells());
        assertThat(outcome.now().dateModified()).isAfterOrEqualTo(opened.dateModified());

        assertThat(told).singleElement().satisfies(edit -> {
            assertThat(edit.queueId()).isEqualTo(target.id());
            assertThat(edit.changes()).isEqualTo(outcome.changes());
        });
        JsonNode notice = new ObjectMapper().readTree(QueueNotices.updated(told.get(0), "sup.one",
                Instant.parse("2026-12-05T08:00:00Z")));
        assertThat(notice.path("event").asText()).isEqualTo("queue.updated");
        assertThat(notice.path("queue").path("id").asText()).isEqualTo(target.id());
        assertThat(notice.path("changes").get(0).path("field").asText()).isEqualTo("description");
        assertThat(notice.path("changes").get(0).path("after").asText()).isEqualTo("Edited by the form");
        assertThat(notice.path("actor").asText()).isEqualTo("sup.one");

        assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
        AuditHistory.Row row = history.audit().page("queue.update", 0, 5).get(0);
        assertThat(row.entry().outcome()).isEqualTo(AuditEntry.OK);
        assertThat(row.entry().target()).contains(target.name());
        assertThat(new ObjectMapper().readTree(row.entry().after()).path("serviceLevelPercentage").asText())
                .isEqualTo("0.85");
        assertThat(new ObjectMapper().readTree(row.entry().before()).has("inQueueFlow")).isTrue();
        assertThat(history.audit().verify().intact()).isTrue();
    }

    @Test
    void aQueueChangedSinceItWasOpenedIsNotOverwrittenAndTheChoicesAreSaved() {
        EmQueue target = queue(1);
        QueueEdit opened = editor.open(target.id(), org);
        // Another supervisor changes the description and the alerting timeout after the form was opened.
        someoneElse.updateQueue(target.id(), s -> new QueueSettings(s.name(), "Theirs", s.divisionId(),
                s.skillEvaluationMethod(), s.wrapupPrompt(), s.acwTimeoutMs(),
                Map.of("call", new MediaSettings(17, null, null))));
        ObjectNode before = body(target.id()).deepCopy();

        EditOutcome stale = editor.save(opened, typed(opened, "description", "Mine", "acwTimeoutSeconds", "50"), org);

        assertThat(stale.status()).as(stale.message()).isEqualTo(EditOutcome.Status.CONFLICT);
        assertThat(stale.message()).contains("was changed since you opened it");
        assertThat(body(target.id())).as("nothing was written").isEqualTo(before);
        QueueConflict conflict = stale.conflict();
        assertThat(conflict.changedOutsideForm()).isFalse();
        assertThat(conflict.rows()).extracting(QueueConflict.Row::column, QueueConflict.Row::kind).containsExactly(
                tuple("description", QueueConflict.Kind.BOTH),
                tuple("acwTimeoutSeconds", QueueConflict.Kind.MINE),
                tuple("alertingTimeoutSeconds", QueueConflict.Kind.THEIRS));
        assertThat(conflict.conflicting()).singleElement().satisfies(row -> {
            assertThat(row.mine()).isEqualTo("Mine");
            assertThat(row.theirs()).isEqualTo("Theirs");
        });
        assertThat(told).isEmpty();

        // The supervisor keeps their description; the other side's alerting timeout survives the merged save.
        EditOutcome merged = editor.save(conflict.theirs(), conflict.merged(Map.of("description",
                QueueConflict.Side.MINE)), org);

        assertThat(merged.status()).as(merged.message()).isEqualTo(EditOutcome.Status.SAVED);
        JsonNode body = body(target.id());
        assertThat(body.path("description").asText()).isEqualTo("Mine");
        assertThat(body.path("acwSettings").path("timeoutMs").asLong()).isEqualTo(50_000);
        assertThat(body.path("mediaSettings").path("call").path("alertingTimeoutSeconds").asInt()).isEqualTo(17);
    }

    @Test
    void takingTheirsWhereOnlyTheirsDiffersLeavesNothingToWrite() {
        EmQueue target = queue(2);
        QueueEdit opened = editor.open(target.id(), org);
        someoneElse.updateQueue(target.id(), s -> s.withDescription("Theirs"));

        QueueConflict conflict = editor.save(opened, typed(opened, "description", "Mine"), org).conflict();
        EditOutcome outcome = editor.save(conflict.theirs(), conflict.merged(Map.of("description",
                QueueConflict.Side.THEIRS)), org);

        assertThat(outcome.status()).as("theirs kept and nothing else typed: nothing to write")
                .isEqualTo(EditOutcome.Status.UNCHANGED);
        assertThat(body(target.id()).path("description").asText()).isEqualTo("Theirs");
    }

    @Test
    void anEmptiedSettingAndATakenNameAreRefusedBeforeAnyWrite() {
        EmQueue target = queue(0);
        QueueEdit opened = editor.open(target.id(), org);
        ObjectNode before = body(target.id()).deepCopy();

        EditOutcome outcome = editor.save(opened, typed(opened, "name", queue(1).name().toUpperCase(),
                "serviceLevelDurationSeconds", ""), org);

        assertThat(outcome.status()).isEqualTo(EditOutcome.Status.INVALID);
        assertThat(outcome.problems()).extracting(SpecProblem::message).anySatisfy(m -> assertThat(m)
                .contains("already exists")).anySatisfy(m -> assertThat(m).contains("cannot be emptied"));
        assertThat(body(target.id())).isEqualTo(before);
        assertThat(editor.save(opened, typed(opened, "name", target.name()), org).status())
                .as("its own name is not a clash").isEqualTo(EditOutcome.Status.UNCHANGED);
        assertThat(told).isEmpty();
    }

    @Test
    void aRenameIsWrittenAndTheNewNameToldOn() {
        EmQueue target = queue(3);
        QueueEdit opened = editor.open(target.id(), org);

        EditOutcome outcome = editor.save(opened, typed(opened, "name", "Renamed by the form"), org);

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(EditOutcome.Status.SAVED);
        assertThat(emulator.org().queue(target.id()).orElseThrow().name()).isEqualTo("Renamed by the form");
        assertThat(told).singleElement().extracting(QueueEdited::name).isEqualTo("Renamed by the form");
    }
}
