/**
 * Queue provisioning: queue specs by name, their validation against the org before anything is sent, reading
 * them from CSV and JSON files with a result per row, and (as the issue lands) creating them with retries that
 * never duplicate a queue, adding members by skill, and auditing every write.
 */
package io.floorwatch.provisioning;
