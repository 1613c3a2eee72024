/**
 * Configuration drift: snapshots of the routing configuration supervisors care about (queues with their settings
 * and members, skills with their state, agents' skill assignments), keyed by names so they compare across orgs;
 * a stable JSON file format; and the diff engine that turns two snapshots into rows, with ignore rules and a
 * severity per field. (Issue 8 builds the screen, the scheduled check and the command line on these.)
 */
package io.floorwatch.drift;
