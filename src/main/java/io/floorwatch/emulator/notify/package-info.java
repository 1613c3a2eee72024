/**
 * The emulated notification service: channels with their 20-per-client and 1,000-topic limits and 24-hour
 * expiry, topic parsing with combined-topic expansion, and the streaming WebSocket server that sends the
 * real envelope, heartbeats, pongs and system messages, one socket per channel.
 */
package io.floorwatch.emulator.notify;
