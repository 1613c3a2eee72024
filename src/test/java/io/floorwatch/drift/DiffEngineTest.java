package io.floorwatch.drift;

import io.floorwatch.domain.MediaUtilization;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiffEngineTest {
    private static ConfigSnapshot.Queue queue(String evaluation, double level, List<String> members) {
        return new ConfigSnapshot.Queue("Billing calls", "Home", evaluation, "OPTIONAL", 60_000L,
                Map.of("call", new ConfigSnapshot.Media(8, level, 20_000L)), members);
    }

    private static ConfigSnapshot baseline() {
        return new ConfigSnapshot(1, Map.of("Billing", queue("BEST", 0.8, List.of("Ada", "Grace")),
                "Sales", queue("BEST", 0.8, List.of())), Map.of("Billing", "ACTIVE", "Spanish", "ACTIVE"),
                Map.of("Ada", Map.of("Billing", 3.0, "Spanish", 2.0), "Grace", Map.of("Billing", 4.0)));
    }

    @Test
    void identicalSnapshotsHaveNoDrift() {
        assertThat(DiffEngine.diff(baseline(), baseline(), IgnoreRules.none())).isEmpty();
    }

    @Test
    void everyKindOfChangeBecomesARowNamingTheFieldAndBothValues() {
        ConfigSnapshot live = new ConfigSnapshot(1, Map.of("Billing", queue("ALL", 0.9, List.of("Ada")),
                "Claims", queue("BEST", 0.8, List.of())), Map.of("Billing", "INACTIVE", "Spanish", "ACTIVE",
                "French", "ACTIVE"), Map.of("Ada", Map.of("Billing", 3.5, "French", 1.0), "Grace",
                Map.of("Billing", 4.0)));

        List<DriftRow> rows = DiffEngine.diff(baseline(), live, IgnoreRules.none());

        assertThat(rows).extracting(r -> r.type() + " " + r.label() + " " + r.field() + " " + r.change() + " '"
                + r.baseline() + "' -> '" + r.live() + "' " + r.severity()).containsExactly(
                "QUEUE Billing media.call.serviceLevelPercentage CHANGED '0.8' -> '0.9' MEDIUM",
                "QUEUE Billing members CHANGED 'Ada, Grace' -> 'Ada' HIGH",
                "QUEUE Billing skillEvaluationMethod CHANGED 'BEST' -> 'ALL' HIGH",
                "QUEUE Claims * ADDED '' -> 'present' HIGH",
                "QUEUE Sales * REMOVED 'present' -> '' HIGH",
                "SKILL Billing state CHANGED 'ACTIVE' -> 'INACTIVE' HIGH",
                "SKILL French * ADDED '' -> 'present' HIGH",
                "AGENT_SKILL Ada / Billing proficiency CHANGED '3.0' -> '3.5' HIGH",
                "AGENT_SKILL Ada / French proficiency ADDED '' -> '1.0' HIGH",
                "AGENT_SKILL Ada / Spanish proficiency REMOVED '2.0' -> '' HIGH");
    }

    @Test
    void ignoreRulesLeaveOutFieldsAndEntities() {
        ConfigSnapshot live = new ConfigSnapshot(1, Map.of("Billing", queue("BEST", 0.9, List.of("Ada")),
                "Sales", queue("BEST", 0.8, List.of()), "Test queue 7", queue("BEST", 0.8, List.of())),
                baseline().skills(), baseline().agents());

        List<DriftRow> rows = DiffEngine.diff(baseline(), live, new IgnoreRules(List.of("QUEUE.members"),
                List.of("test *")));

        assertThat(rows).extracting(DriftRow::field).containsExactly("media.call.serviceLevelPercentage");
        assertThat(DiffEngine.diff(baseline(), live, new IgnoreRules(List.of("QUEUE.*"), List.of()))).isEmpty();
    }

    @Test
    void theMediasAnsweringSettingsAreComparedOnlyWhenBothSnapshotsRecordedThem() {
        ConfigSnapshot.Queue manual = withCall(new ConfigSnapshot.Media(8, 0.8, 20_000L, false, null, 2.5, null));
        ConfigSnapshot.Queue auto = withCall(new ConfigSnapshot.Media(8, 0.8, 20_000L, true, 1.0, 2.5, null));
        ConfigSnapshot full = new ConfigSnapshot(ConfigSnapshot.FULL_MEDIA_FORMAT, Map.of("Billing", manual),
                Map.of(), Map.of());
        ConfigSnapshot fullLive = new ConfigSnapshot(ConfigSnapshot.FULL_MEDIA_FORMAT, Map.of("Billing", auto),
                Map.of(), Map.of());

        assertThat(DiffEngine.diff(full, fullLive, IgnoreRules.none())).extracting(r -> r.field() + " '"
                + r.baseline() + "' -> '" + r.live() + "' " + r.change()).containsExactly(
                "media.call.autoAnswerAlertToneSeconds '' -> '1.0' ADDED",
                "media.call.enableAutoAnswer 'false' -> 'true' CHANGED");
        ConfigSnapshot older = new ConfigSnapshot(2, Map.of("Billing", withCall(new ConfigSnapshot.Media(8, 0.8,
                20_000L))), Map.of(), Map.of());
        assertThat(DiffEngine.diff(older, fullLive, IgnoreRules.none()))
                .as("a format-2 baseline did not record auto-answer: silence, not 'added'").isEmpty();

        ConfigSnapshot accepted = Baselines.accept(full, fullLive, DiffEngine.diff(full, fullLive,
                IgnoreRules.none()));
        assertThat(accepted.queues().get("Billing").media().get("call")).isEqualTo(auto.media().get("call"));
        assertThat(SnapshotFiles.read(SnapshotFiles.write(accepted))).isEqualTo(accepted);
    }

    @Test
    void theOrgsUtilisationIsComparedFieldByFieldAcceptedAndWrittenWhenBothSnapshotsRecordedIt() {
        Map<String, MediaUtilization> was = Map.of("call", new MediaUtilization(1, List.of(), false),
                "chat", new MediaUtilization(4, List.of("email", "call"), false));
        Map<String, MediaUtilization> now = Map.of("call", new MediaUtilization(1, List.of(), true),
                "chat", new MediaUtilization(2, List.of("call"), false),
                "email", new MediaUtilization(1, List.of(), false));
        ConfigSnapshot baseline = new ConfigSnapshot(ConfigSnapshot.FORMAT_VERSION, Map.of(), Map.of(), Map.of(), was);
        ConfigSnapshot live = new ConfigSnapshot(ConfigSnapshot.FORMAT_VERSION, Map.of(), Map.of(), Map.of(), now);

        List<DriftRow> rows = DiffEngine.diff(baseline, live, IgnoreRules.none());
        assertThat(rows).extracting(r -> r.type() + " " + r.entity() + " " + r.field() + " '" + r.baseline()
                + "' -> '" + r.live() + "' " + r.change() + " " + r.severity()).containsExactly(
                "UTILIZATION Organization call.includeNonAcd 'false' -> 'true' CHANGED MEDIUM",
                "UTILIZATION Organization chat.interruptableMediaTypes 'call, email' -> 'call' CHANGED MEDIUM",
                "UTILIZATION Organization chat.maximumCapacity '4' -> '2' CHANGED HIGH",
                "UTILIZATION Organization email.includeNonAcd '' -> 'false' ADDED MEDIUM",
                "UTILIZATION Organization email.maximumCapacity '' -> '1' ADDED HIGH");
        assertThat(DiffEngine.diff(baseline, live, new IgnoreRules(List.of("UTILIZATION.*"), List.of()))).isEmpty();

        assertThat(rows).as("a media type added with nothing interruptible: no row for an empty list")
                .noneMatch(r -> r.field().equals("email.interruptableMediaTypes"));
        ConfigSnapshot accepted = Baselines.accept(baseline, live, rows.subList(2, 3));
        assertThat(accepted.utilization().get("chat")).isEqualTo(new MediaUtilization(2, List.of("call", "email"),
                false));
        assertThat(accepted.utilization()).doesNotContainKey("email");
        assertThat(DiffEngine.diff(Baselines.accept(baseline, live, rows), live, IgnoreRules.none())).isEmpty();
        assertThat(SnapshotFiles.read(SnapshotFiles.write(accepted))).isEqualTo(accepted);

        ConfigSnapshot older = new ConfigSnapshot(2, Map.of(), Map.of(), Map.of());
        assertThat(DiffEngine.diff(older, live, IgnoreRules.none()))
                .as("a format-2 baseline did not record utilisation: silence, not 'added'").isEmpty();
        assertThat(SnapshotFiles.write(older)).doesNotContain("utilization");
    }

    private static ConfigSnapshot.Queue withCall(ConfigSnapshot.Media call) {
        return new ConfigSnapshot.Queue("Billing calls", "Home", "BEST", "OPTIONAL", 60_000L, Map.of("call", call),
                List.of());
    }

    @Test
    void theSameOrgWrittenTwiceIsTheSameFileByteForByte() {
        Map<String, Map<String, Double>> agentsOneWay = new LinkedHashMap<>();
        agentsOneWay.put("Grace", Map.of("Billing", 4.0));
        agentsOneWay.put("Ada", new LinkedHashMap<>(Map.of("Spanish", 2.0, "Billing", 3.0)));
        Map<String, Map<String, Double>> agentsOtherWay = new LinkedHashMap<>();
        agentsOtherWay.put("Ada", new LinkedHashMap<>(Map.of("Billing", 3.0, "Spanish", 2.0)));
        agentsOtherWay.put("Grace", Map.of("Billing", 4.0));
        ConfigSnapshot one = new ConfigSnapshot(1, baseline().queues(), baseline().skills(), agentsOneWay);
        ConfigSnapshot other = new ConfigSnapshot(1, Map.of("Sales", queue("BEST", 0.8, List.of()), "Billing",
                queue("BEST", 0.8, List.of("Grace", "Ada"))), Map.of("Spanish", "ACTIVE", "Billing", "ACTIVE"),
                agentsOtherWay);

        String file = SnapshotFiles.write(one);
        assertThat(SnapshotFiles.write(other)).isEqualTo(file);
        assertThat(file.indexOf("\"Billing\"")).isLessThan(file.indexOf("\"Sales\""));
        assertThat(SnapshotFiles.read(file)).isEqualTo(SnapshotFiles.read(SnapshotFiles.write(other)));
        assertThat(DiffEngine.diff(SnapshotFiles.read(file), one, IgnoreRules.none())).isEmpty();
    }

    @Test
    void aFileThatIsNotASnapshotIsRefusedWithTheReason() {
        assertThatThrownBy(() -> SnapshotFiles.read("{\"queues\": 3}")).hasMessageContaining(
                "not a Floorwatch configuration snapshot");
        assertThatThrownBy(() -> SnapshotFiles.read("{\"formatVersion\": 9}")).hasMessageContaining(
                "formatVersion 9");
    }
}
