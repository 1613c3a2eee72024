/**
 * The feeds and what they keep in memory: the agent-state feed (Genesys notifications now, Kafka from the
 * collector later), the live state every screen reads without locks, its bounded change log, and feed health.
 */
package io.floorwatch.feed;
