-- Every write Floorwatch makes to Genesys, whatever its outcome. Each row carries the hash of the row before it
-- (SHA-256 over that row's hash and its own fields), so an edited, removed or inserted row breaks the chain
-- where it happened. The one history writer assigns seq and the hashes, in order.
CREATE TABLE audit_entries (
    seq        BIGINT        NOT NULL PRIMARY KEY,
    at         BIGINT        NOT NULL,  -- epoch milliseconds
    actor      VARCHAR(200)  NOT NULL,
    action     VARCHAR(64)   NOT NULL,  -- e.g. queue.create, queue.members.add
    target     VARCHAR(300)  NOT NULL,
    before     CHARACTER LARGE OBJECT,
    after      CHARACTER LARGE OBJECT,
    outcome    VARCHAR(1000) NOT NULL,  -- "ok", or what Genesys answered
    latency_ms BIGINT        NOT NULL,
    prev_hash  VARCHAR(64)   NOT NULL,
    hash       VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_at ON audit_entries (at DESC, seq DESC);
