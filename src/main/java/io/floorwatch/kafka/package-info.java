/**
 * Everything that speaks Kafka: the queue-metric and agent-state record codecs, the consumer and producer
 * runners, and the embedded broker of the demo. The only package that imports {@code org.apache.kafka}.
 */
package io.floorwatch.kafka;
