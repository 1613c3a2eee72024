/**
 * The simulated contact center behind the emulator: a seeded generator of agents, teams, skills and queues,
 * a planner of each agent's shift per simulated day, and a simulator that moves agents through their shifts'
 * presences (mostly on time, some late back or stepping away) and routing statuses,
 * offers interactions from queues with arrivals, waits and abandons, and keeps a few agents lingering idle or
 * not responding so alerts have something to find. A speed factor compresses time.
 */
package io.floorwatch.emulator.sim;
