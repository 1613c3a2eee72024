/**
 * The history: an H2 file in the OS data directory, migrated by Flyway, written by one writer thread in
 * batches, read by keyset-paged queries, pruned by retention and compacted on close. The only package that
 * speaks JDBC.
 */
package io.floorwatch.history;
