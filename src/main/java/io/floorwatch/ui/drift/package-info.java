/**
 * The drift screen: choose a baseline (saved in history, or a file) and a target (the live org, a file, or a
 * second org), run the comparison with progress, read the differences grouped by type with counts, filter and
 * search them, accept rows into the baseline or revert them in the org (each after a preview), export the table,
 * and see when the scheduled check last ran.
 */
package io.floorwatch.ui.drift;
