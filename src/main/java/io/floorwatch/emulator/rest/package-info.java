/**
 * The emulator's HTTP front: OAuth client credentials, the /api/v2 endpoints with Genesys' listing envelopes,
 * error bodies and header spellings, per-token rate limits, run-time faults, and the admin endpoint that
 * switches them. Served by Jetty, which keeps header names exactly as written ({@code Retry-After},
 * {@code ININ-Correlation-Id}); the JDK's built-in server would rewrite them.
 */
package io.floorwatch.emulator.rest;
