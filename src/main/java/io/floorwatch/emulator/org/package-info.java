/**
 * The emulated org's state: users with presence, routing status and skills; skills; queues with their stored
 * bodies and members; the presence catalog; workforce management (management units, activity codes, published
 * schedules and adherence judged against them). Thread-safe: the HTTP front, the simulator and the streaming server
 * all touch it at once.
 */
package io.floorwatch.emulator.org;
