/**
 * The feeds and what they keep in memory: agent state from Genesys notifications or from the collector's Kafka
 * topic, queue metrics from Kafka or from Genesys queue observations (scored and stored), the collector that
 * fans one Genesys subscription out through Kafka, real-time adherence and schedules from workforce management,
 * the live state every screen reads without locks, its bounded change log, and feed health.
 */
package io.floorwatch.feed;
