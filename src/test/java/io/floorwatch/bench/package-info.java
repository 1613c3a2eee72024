/**
 * Benchmarks for the DESIGN section 9 targets, run by the {@code bench} profile
 * ({@code mvn -Pbench -DskipTests verify}). Each prints medians over repeated rounds; none is a test.
 */
package io.floorwatch.bench;
