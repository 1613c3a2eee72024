package io.floorwatch.ui.provisioning;

/**
 * One row of an imported file as the table shows it.
 *
 * @param status "Valid", "Invalid", "Created", "Skipped", "Failed" or "Creating..."
 * @param detail the problems, the queue id, or Genesys' message
 */
public record BulkRow(String where, String name, String status, String detail) {
}
