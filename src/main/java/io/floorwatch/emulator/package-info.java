/**
 * The Genesys Cloud emulator: a faithful local stand-in for the REST API, the OAuth token endpoint and the
 * notification WebSocket, with a seeded contact-center simulator behind it and faults that tests and the admin
 * endpoint can switch at run time. It is a product feature (demo, training, offline evaluation) and the test
 * double for every integration test; the app reaches it through exactly the production clients. It can also
 * play the upstream metrics pipeline, publishing every queue's metrics to Kafka through {@code kafka}.
 *
 * <p>Sub-packages: {@code org} holds the org's state, {@code rest} the HTTP front, {@code notify} channels and
 * sockets, {@code sim} the simulated floor.
 */
package io.floorwatch.emulator;
