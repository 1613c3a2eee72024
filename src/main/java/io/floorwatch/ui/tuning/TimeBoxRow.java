package io.floorwatch.ui.tuning;

/**
 * One time-box as the Time-boxes table shows it, its times said in the app's zone. {@code applied}, {@code putBack}
 * and {@code conflicts} read "—" until the step that fills them has run.
 *
 * @param cancellable whether it may still be cancelled (scheduled, not started)
 * @param endable     whether End now applies (running)
 */
public record TimeBoxRow(String id, String title, String state, String start, String end, String agents,
        String applied, String putBack, String conflicts, String note, boolean cancellable, boolean endable) {
}
