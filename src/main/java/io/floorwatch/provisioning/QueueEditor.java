package io.floorwatch.provisioning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.QueueDraft;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSpec;
import io.floorwatch.genesys.CheckedQueueUpdate;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.ListedQueue;
import io.floorwatch.genesys.RoutingPart;
import io.floorwatch.history.AuditTrail;
import io.floorwatch.history.HistoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Edits an existing queue with the provisioning form's fields and validation, refusing to overwrite a change made
 * by someone else meanwhile. A save reads the queue fresh; if its modification time or any field differs from
 * when the edit was opened, nothing is written and the three-way difference ({@link QueueConflict}) goes back to
 * the supervisor. Otherwise only the changed fields are laid over the fresh queue and PUT, audited and noticed.
 */
public final class QueueEditor {
    private static final Logger LOG = LoggerFactory.getLogger(QueueEditor.class);
    /**
     * Fields an existing queue always has once set: emptying one in the form cannot be sent as "empty" (the write
     * would keep the old value), so it is refused rather than silently not done.
     */
    private static final Set<String> NOT_CLEARABLE = Set.of("division", "skillEvaluationMethod", "wrapupPrompt",
            "acwTimeoutSeconds", "alertingTimeoutSeconds", "serviceLevelPercentage", "serviceLevelDurationSeconds");

    private final GenesysGateway gateway;
    private final AuditTrail trail;
    private final Consumer<QueueEdited> edited;
    private final ObjectMapper json = JsonMappers.COMPACT;

    /** @param edited told of every edit written, after it is audited (the change webhook); must not block */
    public QueueEditor(GenesysGateway gateway, HistoryWriter audit, String actor, Clock clock,
            Consumer<QueueEdited> edited) {
        this.gateway = gateway;
        this.trail = new AuditTrail(audit, actor, clock);
        this.edited = edited;
    }

    /** Reads the queue fresh, as the form will show it. */
    public QueueEdit open(String queueId, OrgIndex org) {
        return edit(queueId, gateway.queueWithRouting(queueId), org);
    }

    private static QueueEdit edit(String queueId, ListedQueue queue, OrgIndex org) {
        return new QueueEdit(queueId, queue.queue().dateModified(), QueueCells.of(queue, org));
    }

    /** The typed cells checked: what is wrong, and the fields that differ from the queue as opened. */
    public record Checked(QueueSpec spec, Map<String, String> cells, List<SpecProblem> problems,
            List<FieldChange> changes) {
    }

    /** Validates the typed cells (CSV columns) against the org and the queue as opened; no IO. */
    public static Checked check(QueueEdit opened, Map<String, String> typed, OrgIndex org) {
        List<SpecProblem> problems = new ArrayList<>();
        QueueSpec spec = QueueSpecFiles.fromCells(typed, problems);
        problems.addAll(QueueSpecValidator.validate(spec, org, Set.of(), opened.queueId()));
        Map<String, String> cells = QueueCells.cells(spec, org);
        List<FieldChange> changes = new ArrayList<>();
        for (String column : QueueCells.EDITABLE) {
            String before = opened.cells().getOrDefault(column, "");
            String after = cells.getOrDefault(column, "");
            if (before.equals(after)) {
                continue;
            }
            if (after.isEmpty() && NOT_CLEARABLE.contains(column)) {
                problems.add(new SpecProblem(column, "cannot be emptied on an existing queue (it is '" + before
                        + "'); give a value"));
            }
            changes.add(new FieldChange(column, before, after));
        }
        return new Checked(spec, cells, problems, changes);
    }

    /** Saves the typed cells if the queue is still as {@code opened} has it; see the class comment. */
    public EditOutcome save(QueueEdit opened, Map<String, String> typed, OrgIndex org) {
        Checked checked = check(opened, typed, org);
        if (!checked.problems().isEmpty()) {
            return new EditOutcome(EditOutcome.Status.INVALID, "Not sent: " + checked.problems().size()
                    + (checked.problems().size() == 1 ? " field needs" : " fields need") + " fixing.",
                    checked.changes(), checked.problems(), null, null, 0);
        }
        if (checked.changes().isEmpty()) {
            return EditOutcome.of(EditOutcome.Status.UNCHANGED, "Nothing to save: every field is as opened.",
                    List.of());
        }
        Set<String> changed = new HashSet<>();
        checked.changes().forEach(c -> changed.add(c.column()));
        QueueDraft draft = QueueProvisioner.draft(checked.spec(), org, Map.of());
        String target = AuditTrail.named(opened.queueId(), opened.name());
        long start = System.nanoTime();
        CheckedQueueUpdate update;
        try {
            update = gateway.updateQueueIfUnchanged(opened.queueId(),
                    current -> current.queue().dateModified() != null
                            && current.queue().dateModified().equals(opened.dateModified())
                            && QueueCells.of(current, org).equals(opened.cells()),
                    overlay(draft.settings(), checked.spec(), changed), draft, parts(changed));
        } catch (GenesysException e) {
            long latency = AuditTrail.millisSince(start);
            trail.record("queue.update", target, fields(checked.changes(), true), fields(checked.changes(), false),
                    e.describe(), latency);
            return new EditOutcome(EditOutcome.Status.FAILED, "Genesys refused it: " + e.describe(),
                    checked.changes(), List.of(), null, null, latency);
        }
        long latency = AuditTrail.millisSince(start);
        if (update.refused()) {
            QueueEdit theirs = edit(opened.queueId(), update.current(), org);
            return new EditOutcome(EditOutcome.Status.CONFLICT, "Not sent: " + opened.name() + " was changed since "
                    + "you opened it (modified " + theirs.dateModified() + "). Choose what to keep below.",
                    checked.changes(), List.of(), QueueConflict.between(opened, checked.cells(), theirs), null,
                    latency);
        }
        trail.record("queue.update", target, fields(checked.changes(), true), fields(checked.changes(), false),
                AuditEntry.OK, latency);
        QueueEdited done = new QueueEdited(update.written(), checked.changes(), latency);
        try {
            edited.accept(done);
        } catch (RuntimeException e) {
            LOG.warn("telling of the edit of {} failed: {}", done.name(), e.getMessage(), e);
        }
        return new EditOutcome(EditOutcome.Status.SAVED, "Saved " + done.name() + " (" + checked.changes().size()
                + (checked.changes().size() == 1 ? " field, " : " fields, ") + latency + " ms).", checked.changes(),
                List.of(), null, new QueueEdit(opened.queueId(), update.written().dateModified(), checked.cells()),
                latency);
    }

    /**
     * The settings to lay over the fresh queue: the name always, every other field only if it changed (a field
     * left null keeps what Genesys has, which is what makes someone else's unrelated change survive).
     */
    private static QueueSettings overlay(QueueSettings full, QueueSpec spec, Set<String> changed) {
        MediaSettings call = full.media().get(QueueCells.FORM_MEDIA);
        Map<String, MediaSettings> media = Map.of();
        if (call != null && (changed.contains("alertingTimeoutSeconds") || changed.contains("serviceLevelPercentage")
                || changed.contains("serviceLevelDurationSeconds"))) {
            boolean level = changed.contains("serviceLevelPercentage") || changed.contains("serviceLevelDurationSeconds");
            media = Map.of(QueueCells.FORM_MEDIA, new MediaSettings(
                    changed.contains("alertingTimeoutSeconds") ? call.alertingTimeoutSeconds() : null,
                    level ? call.serviceLevelPercentage() : null, level ? call.serviceLevelDurationMs() : null));
        }
        return new QueueSettings(full.name(), changed.contains("description") ? spec.description() : null,
                changed.contains("division") ? full.divisionId() : null,
                changed.contains("skillEvaluationMethod") ? full.skillEvaluationMethod() : null,
                changed.contains("wrapupPrompt") ? full.wrapupPrompt() : null,
                changed.contains("acwTimeoutSeconds") ? full.acwTimeoutMs() : null, media);
    }

    private static Set<RoutingPart> parts(Set<String> changed) {
        Set<RoutingPart> parts = EnumSet.noneOf(RoutingPart.class);
        if (changed.contains("rings")) {
            parts.add(RoutingPart.RINGS);
        }
        if (changed.contains("inQueueFlow")) {
            parts.add(RoutingPart.IN_QUEUE_FLOW);
        }
        if (changed.contains("memberGroups")) {
            parts.add(RoutingPart.MEMBER_GROUPS);
        }
        return parts;
    }

    /** The changed fields' values before or after, as one JSON object (the audit entry's before and after). */
    private String fields(List<FieldChange> changes, boolean before) {
        ObjectNode node = json.createObjectNode();
        changes.forEach(c -> node.put(c.column(), before ? c.before() : c.after()));
        return node.toString();
    }
}
