/**
 * Immutable records and enums shared by every layer: agents and their presence and routing status, skills,
 * queues, interactions, schedules and adherence, connection state and the errors a Genesys call can end in. Nothing here knows about wire formats,
 * threads or JavaFX.
 */
package io.floorwatch.domain;
