/**
 * The drift screen: choose a baseline (saved in history, or a file) and a target (the live org, a file, or a
 * second org), run the comparison with progress, read the differences grouped by type with counts, filter and
 * search them, accept rows into the baseline or revert them in the org (each after a preview), export the table,
 * and see when the scheduled check last ran. {@code DriftViewModel} wires three parts and owns the screen's one
 * busy state and Cancel: {@code DriftSources} (what is compared with what), {@code DriftResults} (the rows as the
 * table shows them, grouped and counted by the plain {@code DriftTable}) and {@code DriftActions} (accept, revert,
 * export).
 */
package io.floorwatch.ui.drift;
