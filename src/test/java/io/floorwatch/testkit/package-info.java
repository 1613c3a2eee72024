/** Helpers the tests share: waiting for what runs on other threads. */
package io.floorwatch.testkit;
