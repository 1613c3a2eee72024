-- Agents' real-time adherence as it changed, one row per record that said something new. A record is in effect
-- from seen_at (when Floorwatch heard it) to the agent's next one; changed_at is Genesys' time of the last change
-- of adherence state, from which the time out of adherence runs. The unique key makes the re-reads after a
-- reconnect harmless: a record heard again is the same row.
CREATE TABLE adherence_events (
    agent_no    INT         NOT NULL,  -- agents.agent_no
    seen_at     BIGINT      NOT NULL,  -- epoch milliseconds
    changed_at  BIGINT      NOT NULL,  -- epoch milliseconds (adherenceChangeTime)
    unit_id     VARCHAR(64) NOT NULL,  -- management unit
    scheduled   TINYINT     NOT NULL,  -- ActivityCategory ordinal of the scheduled activity
    actual      TINYINT     NOT NULL,  -- ActivityCategory ordinal of what the agent did
    state       TINYINT     NOT NULL,  -- AdherenceState ordinal
    impact      TINYINT     NOT NULL,  -- AdherenceImpact ordinal
    received    BIGINT      NOT NULL
);
CREATE UNIQUE INDEX ux_adherence_events ON adherence_events (agent_no, changed_at DESC, scheduled, actual, state,
    impact);
CREATE INDEX ix_adherence_events_seen ON adherence_events (seen_at DESC);
