-- Queue samples keyed by one BIGINT made of (queue number, sample time, source):
--     sample_key = queue_no * 2^43 + ts * 2 + source      (ts: epoch milliseconds, below 2^42, i.e. before 2109)
-- A single BIGINT primary key is the table's own row key in H2, so the sample's identity (what makes Kafka's
-- redelivery a duplicate) and its order (queue, then time: what a trend reads) cost no index besides the table
-- itself. V2's two secondary indexes made every insert touch three B-trees, which capped the queue-metric feed
-- well below 100,000 records a second. Retention prunes per queue through the same key.
CREATE TABLE queue_samples_keyed (
    sample_key           BIGINT           NOT NULL PRIMARY KEY,
    skill_id             VARCHAR(64),
    wait_seconds         DOUBLE PRECISION NOT NULL,
    longest_wait_seconds DOUBLE PRECISION,
    agents_available     INT              NOT NULL,
    abandoned_rate       DOUBLE PRECISION,
    waiting              INT,
    on_queue             INT,
    idle                 INT,
    interacting          INT,
    service_level        DOUBLE PRECISION,
    score                DOUBLE PRECISION NOT NULL,
    wait_term            DOUBLE PRECISION NOT NULL,
    availability_term    DOUBLE PRECISION NOT NULL,
    abandon_term         DOUBLE PRECISION NOT NULL,
    received             BIGINT           NOT NULL
);

INSERT INTO queue_samples_keyed
SELECT CAST(queue_no AS BIGINT) * 8796093022208 + ts * 2 + source, skill_id, wait_seconds, longest_wait_seconds,
       agents_available, abandoned_rate, waiting, on_queue, idle, interacting, service_level, score, wait_term,
       availability_term, abandon_term, received
FROM queue_samples
WHERE ts >= 0 AND ts < 4398046511104;

DROP TABLE queue_samples;
ALTER TABLE queue_samples_keyed RENAME TO queue_samples;
