package io.floorwatch.provisioning;

import io.floorwatch.domain.BullseyeRing;
import io.floorwatch.domain.GroupRef;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.MediaSpec;
import io.floorwatch.domain.QueueDraft;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.genesys.ListedQueue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A queue as the cells of the provisioning form (the CSV columns), in one canonical spelling, so that the queue as
 * opened, as typed and as it is now compare field by field: names as the org spells them, numbers without trailing
 * zeros, lists joined by "; ". The form edits the voice ({@code call}) media settings; the others stay as they are.
 */
public final class QueueCells {
    /** The columns an edit can change, in the form's order. */
    public static final List<String> EDITABLE = List.of("name", "description", "division", "skillEvaluationMethod",
            "wrapupPrompt", "acwTimeoutSeconds", "alertingTimeoutSeconds", "serviceLevelPercentage",
            "serviceLevelDurationSeconds", "rings", "memberGroups", "inQueueFlow");
    /** The media type the form's alerting and service level fields stand for. */
    static final String FORM_MEDIA = "call";

    private QueueCells() {
    }

    /** The queue as Genesys holds it, by names. */
    public static Map<String, String> of(ListedQueue queue, OrgIndex org) {
        return cells(spec(queue, org), org);
    }

    /** The queue as a spec by names (group routing rules, which the form does not edit, left out). */
    static QueueSpec spec(ListedQueue queue, OrgIndex org) {
        QueueSettings settings = queue.queue().settings();
        MediaSettings call = settings.media().get(FORM_MEDIA);
        Map<String, MediaSpec> media = call == null ? Map.of() : Map.of(FORM_MEDIA, new MediaSpec(
                call.alertingTimeoutSeconds(), call.serviceLevelPercentage(),
                call.serviceLevelDurationMs() == null ? null : (int) (call.serviceLevelDurationMs() / 1000)));
        QueueDraft routing = queue.routing();
        List<BullseyeRing> rings = routing.rings().stream().map(r -> new BullseyeRing(r.expandAfterSeconds(),
                r.skillIdsToRemove().stream().map(org::nameOf).toList())).toList();
        List<GroupRef> groups = routing.memberGroups().stream().map(g -> new GroupRef(org.nameOf(g.id()), g.type()))
                .toList();
        return new QueueSpec(settings.name(), settings.description(),
                settings.divisionId() == null ? "" : org.nameOf(settings.divisionId()),
                settings.skillEvaluationMethod(), settings.wrapupPrompt(),
                settings.acwTimeoutMs() == null ? null : (int) (settings.acwTimeoutMs() / 1000), media, List.of(),
                false, rings, List.of(), routing.queueFlowId() == null ? "" : org.nameOf(routing.queueFlowId()),
                groups);
    }

    /** A spec's editable cells in the canonical spelling. */
    public static Map<String, String> cells(QueueSpec spec, OrgIndex org) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("name", spec.name());
        cells.put("description", spec.description());
        cells.put("division", spec.division().isEmpty() ? "" : org.division(spec.division())
                .map(OrgIndex.Entry::name).orElse(spec.division()));
        cells.put("skillEvaluationMethod", spec.skillEvaluationMethod() == null ? "" : spec.skillEvaluationMethod()
                .name());
        cells.put("wrapupPrompt", spec.wrapupPrompt());
        cells.put("acwTimeoutSeconds", text(spec.acwTimeoutSeconds()));
        MediaSpec call = spec.media().get(FORM_MEDIA);
        cells.put("alertingTimeoutSeconds", call == null ? "" : text(call.alertingTimeoutSeconds()));
        cells.put("serviceLevelPercentage", call == null || call.serviceLevelPercentage() == null ? ""
                : number(call.serviceLevelPercentage()));
        cells.put("serviceLevelDurationSeconds", call == null ? "" : text(call.serviceLevelDurationSeconds()));
        cells.put("rings", spec.rings().stream().map(r -> number(r.expandAfterSeconds()) + ":" + r.skillsRemoved()
                .stream().map(s -> org.skill(s).map(OrgIndex.Entry::name).orElse(s))
                .collect(Collectors.joining("+"))).collect(Collectors.joining("; ")));
        cells.put("memberGroups", spec.memberGroups().stream().map(g -> g.type() + ":" + org.group(g.type(), g.name())
                .map(OrgIndex.Entry::name).orElse(g.name())).collect(Collectors.joining("; ")));
        cells.put("inQueueFlow", spec.inQueueFlow().isEmpty() ? "" : org.flow(spec.inQueueFlow())
                .map(OrgIndex.Entry::name).orElse(spec.inQueueFlow()));
        return cells;
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** 30.0 as "30", 0.80 as "0.8". */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
