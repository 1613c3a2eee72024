/**
 * The simulated contact center behind the emulator: a seeded generator of agents, teams, skills and queues,
 * and a simulator that moves agents through presences and routing statuses with realistic dwell times,
 * offers interactions from queues with arrivals, waits and abandons, and keeps a few agents lingering idle or
 * not responding so alerts have something to find. A speed factor compresses time.
 */
package io.floorwatch.emulator.sim;
