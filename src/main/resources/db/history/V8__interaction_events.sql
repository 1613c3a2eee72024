-- Changes to agents' interactions (connected, on hold, in after-call work, ended), one row per change. Occupancy
-- per queue reads them by time; one agent's interactions by (agent, time). The unique key makes replays, re-seeds
-- and Kafka's redelivery harmless, as for agent_state_events.
CREATE TABLE interaction_events (
    agent_no        INT         NOT NULL,  -- agents.agent_no
    ts              BIGINT      NOT NULL,  -- when the change happened, epoch milliseconds
    conversation_id VARCHAR(64) NOT NULL,
    phase           TINYINT     NOT NULL,  -- 0 connected, 1 on hold, 2 after-call work, 3 ended
    media           TINYINT     NOT NULL,  -- MediaType ordinal: 0 call, 1 callback, 2 chat, 3 email, 4 message
    queue_no        INT,                   -- queues.queue_no; null for an interaction that came through no queue
    connected_at    BIGINT      NOT NULL,  -- when the agent was connected to it, epoch milliseconds
    received        BIGINT      NOT NULL
);
CREATE UNIQUE INDEX ux_interaction_events ON interaction_events (agent_no, ts DESC, conversation_id, phase);
CREATE INDEX ix_interaction_events_ts ON interaction_events (ts DESC);
