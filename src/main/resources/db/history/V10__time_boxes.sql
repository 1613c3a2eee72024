-- Time-boxed skill changes: a skill plan applied for a window and reverted at its end. The texts (plan, revert
-- plan, results, projection, report) are JSON the timebox package owns; history keeps them whole, so a restart
-- (or another runner) resumes where the last one stopped. The lease makes one runner at a time carry a box out:
-- a runner takes it with a conditional UPDATE (free, expired, or already its own) and renews it while it works.
CREATE TABLE time_boxes (
    id           VARCHAR(36)   PRIMARY KEY,
    title        VARCHAR(200)  NOT NULL,
    org          VARCHAR(400)  NOT NULL,  -- the connection it was made on (API address and OAuth client)
    created_by   VARCHAR(400)  NOT NULL,
    created_at   BIGINT        NOT NULL,  -- epoch milliseconds
    starts_at    BIGINT        NOT NULL,
    ends_at      BIGINT        NOT NULL,
    state        VARCHAR(16)   NOT NULL,  -- TimeBoxState name
    plan         CLOB          NOT NULL,  -- the skill plan applied at the start
    revert_plan  CLOB          NOT NULL,  -- grows agent by agent as the start is carried out
    results      CLOB          NOT NULL,  -- every agent's outcome at the start and the end
    projection   CLOB          NOT NULL,  -- the what-if when it was scheduled; '' when none could be made
    report       CLOB          NOT NULL,  -- measured during the window, after the end; '' until then
    note         VARCHAR(4000) NOT NULL,  -- late, missed, cancelled: what a person should know
    applied_at   BIGINT,
    ended_at     BIGINT,
    lease_owner  VARCHAR(200),
    lease_until  BIGINT,
    version      INT           NOT NULL
);
CREATE INDEX ix_time_boxes_state ON time_boxes (state, starts_at);

-- Who each box changes, so a second box for the same agent over an overlapping window is refused.
CREATE TABLE time_box_agents (
    box_id    VARCHAR(36) NOT NULL,
    agent_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (box_id, agent_id)
);
CREATE INDEX ix_time_box_agents_agent ON time_box_agents (agent_id);

-- One row, locked by whoever adds a box: the overlap check and the insert must not race another add (row locks
-- alone would let two adders each miss the other's not-yet-committed box).
CREATE TABLE time_box_lock (id INT PRIMARY KEY);
INSERT INTO time_box_lock (id) VALUES (1);
