-- Alerts: one row per alert, rewritten (MERGE on the id) as it moves from raised to acknowledged, snoozed or
-- cleared, so the row always holds the latest version. Low volume (a few per agent and shift), so the text
-- columns stay as they are.
CREATE TABLE alerts (
    alert_id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    agent_id          VARCHAR(64)   NOT NULL,
    agent_name        VARCHAR(200)  NOT NULL,
    team              VARCHAR(200)  NOT NULL,
    rule_name         VARCHAR(200)  NOT NULL,
    condition_name    VARCHAR(40)   NOT NULL,
    threshold_seconds BIGINT        NOT NULL,
    state_since       BIGINT        NOT NULL,  -- epoch milliseconds, when the agent entered the state
    raised            BIGINT        NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    acknowledged_by   VARCHAR(200)  NOT NULL,
    acknowledged_at   BIGINT,
    note              VARCHAR(2000) NOT NULL,
    snoozed_until     BIGINT,
    cleared           BIGINT,
    reopened          INT           NOT NULL,
    updated           BIGINT        NOT NULL
);
-- The alert center's past alerts, newest first, keyset-paged on (raised, alert_id).
CREATE INDEX ix_alerts_raised ON alerts (raised DESC, alert_id DESC);
CREATE INDEX ix_alerts_status ON alerts (status);
