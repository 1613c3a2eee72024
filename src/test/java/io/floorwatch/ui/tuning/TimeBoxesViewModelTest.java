package io.floorwatch.ui.tuning;

import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.InMemorySkills;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.testkit.MovableClock;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.timebox.TimeBox;
import io.floorwatch.timebox.TimeBoxRequest;
import io.floorwatch.timebox.TimeBoxWorker;
import io.floorwatch.timebox.TimeBoxes;
import io.floorwatch.tuning.SkillPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Time-boxes tab's ViewModel without a toolkit, on a history of its own and agents held in memory: the open
 * connection's boxes newest first, each agent's outcome, Cancel and End now confirmed first, the three ways of an
 * agent changed during a box.
 */
class TimeBoxesViewModelTest {
    private static final SkillAssignment BILLING_1 = skill("s-billing", "Billing", 1.0);
    private static final SkillAssignment BILLING_2 = skill("s-billing", "Billing", 2.0);
    private static final SkillAssignment SALES_3 = skill("s-sales", "Sales", 3.0);

    @TempDir
    Path dir;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T12:00:00Z"));
    private final InMemorySkills ours = new InMemorySkills("org-a");
    private final InMemorySkills theirs = new InMemorySkills("org-b");
    private final AtomicReference<Optional<TimeBoxWorker>> open = new AtomicReference<>(Optional.of(ours));
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger wakes = new AtomicInteger();
    private final AtomicReference<String> said = new AtomicReference<>("");
    private HistoryStore history;
    private TimeBoxes boxes;
    private TimeBoxesViewModel model;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), clock);
        boxes = new TimeBoxes(history.timeBoxes(), history.writer(), clock, (notice, about) -> { });
        TimeBoxSources sources = new TimeBoxSources(boxes, open::get, () -> open.get().map(w -> "Sam Lee <u-7> via "
                + "client c-1"), wakes::incrementAndGet, plan -> {
                    throw new IllegalStateException("the list of boxes makes no what-if");
                }, dialogs, clock, ZoneOffset.UTC);
        model = new TimeBoxesViewModel(sources, new CurrentThreadTasks(), said::set);
        ours.held.put("u-1", List.of(BILLING_1));
        ours.held.put("u-3", List.of(BILLING_1));
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static SkillAssignment skill(String id, String name, double proficiency) {
        return new SkillAssignment(id, name, proficiency, SkillState.ACTIVE);
    }

    /** Gives the agent Sales 3.0 beside Billing 1.0 for the window. */
    private TimeBox schedule(InMemorySkills on, String title, String agentId, Instant start, Duration length) {
        SkillPlan plan = new SkillPlan(5, List.of(new SkillPlan.Agent(agentId, "Agent " + agentId, List.of(BILLING_1),
                List.of(BILLING_1, SALES_3))));
        Instant from = start == null ? clock.instant() : start;
        return boxes.schedule(new TimeBoxRequest(title, plan, start, from.plus(length), ""), on);
    }

    private TimeBoxRow row(String title) {
        return model.rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void onlyTheOpenConnectionsBoxesShowNewestFirst() {
        schedule(ours, "Cover billing", "u-1", null, Duration.ofHours(1));
        schedule(theirs, "Another org's", "u-2", null, Duration.ofHours(1));
        schedule(ours, "Later", "u-3", clock.instant().plus(Duration.ofHours(2)), Duration.ofHours(2));

        model.refresh();

        assertThat(model.rows()).extracting(TimeBoxRow::title).containsExactly("Later", "Cover billing");
        TimeBoxRow later = row("Later");
        assertThat(later.state()).isEqualTo("Scheduled");
        assertThat(later.start()).isEqualTo("today 14:00");
        assertThat(later.end()).isEqualTo("today 16:00");
        assertThat(later.agents()).isEqualTo("1");
        assertThat(later.applied()).as("not started").isEqualTo("—");
        assertThat(later.cancellable()).isTrue();
        assertThat(later.endable()).isFalse();
        assertThat(model.titleProperty().get()).isEqualTo("Time-boxes (2 scheduled)");

        open.set(Optional.empty());
        model.refresh();
        assertThat(model.rows()).isEmpty();
        assertThat(model.placeholderProperty().get()).startsWith("Not connected");
    }

    @Test
    void aRunningBoxEndsNowOnlyWhenConfirmedAndAnAgentChangedMeanwhileIsShownThreeWays() {
        schedule(ours, "Cover billing", "u-1", null, Duration.ofHours(1));
        boxes.runner("test").tick(ours, () -> false);
        model.refresh();
        model.selectedProperty().set(row("Cover billing"));

        assertThat(row("Cover billing").state()).isEqualTo("Running");
        assertThat(model.cancelCommand().executableProperty().get()).isFalse();
        assertThat(model.endNowCommand().executableProperty().get()).isTrue();
        assertThat(model.detailsProperty().get()).isEqualTo("'Cover billing': running, today 12:00 to today 13:00, "
                + "made by Ava Chen.");
        assertThat(model.outcomes()).singleElement().isEqualTo(new TimeBoxOutcomeRow("start", "Agent u-1", "applied",
                "+ Sales 3.0", ""));

        model.endNowCommand().execute();
        assertThat(dialogs.asked).singleElement().asString().startsWith("End time-box 'Cover billing' now?: End now "
                + "puts its 1 agent back now, instead of at today 13:00.");
        assertThat(boxes.list(5).get(0).endsAt()).as("answered no: nothing changed")
                .isEqualTo(Instant.parse("2026-12-07T13:00:00Z"));
        assertThat(wakes).hasValue(0);

        dialogs.answers.add(true);
        model.endNowCommand().execute();
        assertThat(said.get()).isEqualTo("Time-box 'Cover billing' is ending: its agents are being put back now.");
        assertThat(wakes).hasValue(1);
        assertThat(row("Cover billing").note()).startsWith("ended early by Sam Lee at ");
        assertThat(row("Cover billing").state()).as("until the runner has put its agents back").isEqualTo("Ending");
        assertThat(model.endNowCommand().executableProperty().get()).as("ended once is enough").isFalse();

        // Someone else changed the agent during the box: the end leaves them as they are.
        ours.held.put("u-1", List.of(BILLING_2));
        boxes.runner("test").tick(ours, () -> false);
        model.refresh();

        TimeBoxRow ended = row("Cover billing");
        assertThat(ended.state()).isEqualTo("Ended");
        assertThat(ended.putBack()).isEqualTo("0");
        assertThat(ended.conflicts()).isEqualTo("1");
        assertThat(model.selectedProperty().get()).as("the selection is kept through a refresh").isEqualTo(ended);
        assertThat(model.conflicts()).as("the skills where the three differ").singleElement().isEqualTo(
                new TimeBoxConflictRow("Agent u-1", "Billing 1.0, no Sales", "Billing 1.0, Sales 3.0",
                        "Billing 2.0, no Sales"));
        assertThat(model.outcomes()).extracting(TimeBoxOutcomeRow::step, TimeBoxOutcomeRow::result,
                TimeBoxOutcomeRow::change).containsExactly(
                        tuple("start", "applied", "+ Sales 3.0"), tuple("end", "conflict", "left as they are (see below)"));
        assertThat(ours.held.get("u-1")).containsExactly(BILLING_2);
    }

    @Test
    void aBoxForLaterIsCancelledWhenConfirmedAndItsPlanShowsAsNotApplied() {
        schedule(ours, "Later", "u-3", clock.instant().plus(Duration.ofHours(2)), Duration.ofHours(2));
        model.refresh();
        model.selectedProperty().set(row("Later"));
        assertThat(model.outcomes()).singleElement().isEqualTo(new TimeBoxOutcomeRow("planned", "Agent u-3",
                "waits for the start", "+ Sales 3.0", ""));

        dialogs.answers.add(true);
        model.cancelCommand().execute();

        assertThat(dialogs.asked).singleElement().asString().startsWith("Cancel time-box 'Later'?: It would change "
                + "the skills of 1 agent from today 14:00 to today 16:00. Nothing has been written yet");
        assertThat(said.get()).isEqualTo("Time-box 'Later' cancelled before its start; no skills were changed.");
        assertThat(row("Later").state()).isEqualTo("Cancelled");
        assertThat(row("Later").note()).isEqualTo("cancelled by Sam Lee before its start");
        assertThat(model.outcomes()).singleElement().extracting(TimeBoxOutcomeRow::result).isEqualTo("not applied");
        assertThat(model.cancelCommand().executableProperty().get()).isFalse();
        assertThat(ours.held.get("u-3")).as("nothing was written").containsExactly(BILLING_1);
    }

    @Test
    void aCancelRefusedBecauseTheBoxStartedMeanwhileSaysWhy() {
        schedule(ours, "Soon", "u-3", clock.instant().plus(Duration.ofMinutes(5)), Duration.ofHours(1));
        model.refresh();
        model.selectedProperty().set(row("Soon"));
        clock.advance(Duration.ofMinutes(5));
        boxes.runner("test").tick(ours, () -> false);

        dialogs.answers.add(true);
        model.cancelCommand().execute();

        assertThat(said.get()).isEqualTo("Time-box 'Soon' was not cancelled: time-box 'Soon' is running; End now puts "
                + "its agents back, so it cannot be cancelled.");
        assertThat(row("Soon").state()).as("read again after the refusal").isEqualTo("Running");
    }
}
