/**
 * Plumbing every layer may use: the configured JSON mappers and the named-thread factories. It depends on no
 * package of ours and on no JavaFX, SDK, Kafka or JDBC class, so using it never pulls a layer in.
 */
package io.floorwatch.base;
