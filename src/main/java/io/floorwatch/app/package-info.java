/**
 * The composition root: {@code main}, the command line's entry, the JavaFX application, and the one place
 * where everything is constructed (by constructor) and started and stopped in order.
 */
package io.floorwatch.app;
