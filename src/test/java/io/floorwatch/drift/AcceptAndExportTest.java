package io.floorwatch.drift;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Accepting rows into a baseline takes exactly those live values; reports quote and escape what they must. */
class AcceptAndExportTest {
    private static ConfigSnapshot.Queue queue(String description, Integer alerting, List<String> members) {
        return new ConfigSnapshot.Queue(description, "Home", "BEST", "OPTIONAL", 60_000L,
                Map.of("call", new ConfigSnapshot.Media(alerting, 0.8, 20_000L)), members);
    }

    private static final ConfigSnapshot BASELINE = new ConfigSnapshot(1,
            Map.of("Billing", queue("Billing line", 8, List.of("Ada", "Grace")), "Old", queue("", 8, List.of())),
            Map.of("Billing", "ACTIVE", "Legacy", "ACTIVE"),
            Map.of("Ada", Map.of("Billing", 3.0), "Grace", Map.of("Billing", 4.0)));

    private static final ConfigSnapshot LIVE = new ConfigSnapshot(1,
            Map.of("Billing", queue("Billing, line 2", 12, List.of("Ada")), "New", queue("", 8, List.of())),
            Map.of("Billing", "INACTIVE", "French", "ACTIVE"),
            Map.of("Ada", Map.of("Billing", 3.5, "French", 1.0)));

    @Test
    void acceptingEveryRowMakesTheBaselineTheLiveConfiguration() {
        List<DriftRow> rows = DiffEngine.diff(BASELINE, LIVE, IgnoreRules.none());
        assertThat(rows).extracting(DriftRow::change).contains(DriftRow.Change.ADDED, DriftRow.Change.REMOVED,
                DriftRow.Change.CHANGED);

        ConfigSnapshot accepted = Baselines.accept(BASELINE, LIVE, rows);

        assertThat(DiffEngine.diff(accepted, LIVE, IgnoreRules.none())).isEmpty();
        assertThat(SnapshotFiles.write(accepted)).isEqualTo(SnapshotFiles.write(LIVE));
    }

    @Test
    void acceptingSomeRowsLeavesTheOthersAsTheyWere() {
        List<DriftRow> rows = DiffEngine.diff(BASELINE, LIVE, IgnoreRules.none());
        List<DriftRow> chosen = rows.stream().filter(r -> r.field().equals("media.call.alertingTimeoutSeconds")
                || r.type() == DriftRow.EntityType.AGENT_SKILL && r.item().equals("French")).toList();
        assertThat(chosen).hasSize(2);

        ConfigSnapshot accepted = Baselines.accept(BASELINE, LIVE, chosen);

        assertThat(accepted.queues().get("Billing").media().get("call").alertingTimeoutSeconds()).isEqualTo(12);
        assertThat(accepted.queues().get("Billing").description()).isEqualTo("Billing line");
        assertThat(accepted.agents().get("Ada")).containsExactlyInAnyOrderEntriesOf(Map.of("Billing", 3.0,
                "French", 1.0));
        List<DriftRow> left = DiffEngine.diff(accepted, LIVE, IgnoreRules.none());
        assertThat(left).hasSize(rows.size() - 2).doesNotContainAnyElementsOf(chosen);
    }

    @Test
    void csvQuotesCommasAndDefusesFormulasMarkdownEscapesPipes() {
        DriftRow row = new DriftRow(DriftRow.EntityType.QUEUE, "=Billing|East", "", "description", "a \"b\"",
                "c, d", DriftRow.Change.CHANGED, DriftRow.Severity.LOW);

        String csv = DriftExport.write(List.of(row), DriftExport.Format.CSV);
        String markdown = DriftExport.write(List.of(row), DriftExport.Format.MARKDOWN);
        String json = DriftExport.write(List.of(row), DriftExport.Format.JSON);

        assertThat(csv).isEqualTo("type,entity,field,baseline,live,change,severity\r\n"
                + "QUEUE,'=Billing|East,description,\"a \"\"b\"\"\",\"c, d\",CHANGED,LOW\r\n");
        assertThat(markdown).contains("| QUEUE | =Billing\\|East | description | a \"b\" | c, d | CHANGED | LOW |",
                "1 difference");
        assertThat(json).contains("\"entity\" : \"=Billing|East\"", "\"live\" : \"c, d\"");
        assertThat(DriftExport.write(List.of(), DriftExport.Format.TABLE)).startsWith("No drift");
    }
}
