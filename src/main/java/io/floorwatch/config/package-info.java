/**
 * Settings and secrets: where Floorwatch keeps its files (OS config and data dirs), the settings JSON (never
 * the secret) with the supervisor's saved views and the views file they are shared in, and the OAuth client secret
 * from the OS keychain or the {@code FLOORWATCH_CLIENT_SECRET} environment variable.
 */
package io.floorwatch.config;
