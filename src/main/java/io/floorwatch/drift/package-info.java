/**
 * Configuration drift: snapshots of the routing configuration supervisors care about (queues with their settings
 * and members, skills with their state, agents' skill assignments), read through the gateway within the rate
 * budget and keyed by names so they compare across orgs; a byte-stable JSON file format; baselines kept in
 * history or in files; the diff engine (rows per field, ignore rules, severity); accepting rows into a baseline;
 * reverting rows in the org through the same safe writes as skill tuning and queue changes; reports; and the
 * scheduled check whose new differences the alert center raises. A comparison is named by its two
 * {@code SnapshotSource}s, and {@code DriftService.compare} reads and compares them for the screen and the
 * scheduled check alike.
 */
package io.floorwatch.drift;
