/**
 * The soak test ({@code mvn -Psoak verify}): {@code floorwatch record} against the emulator at 5,000 agents for
 * ten minutes with faults on, then checks of what history holds against the emulator's truth. Not part of the
 * default test run.
 */
package io.floorwatch.soak;
