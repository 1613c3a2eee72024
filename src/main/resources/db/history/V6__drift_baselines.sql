-- Drift baselines: named snapshots of the routing configuration, each save a new version (the newest is the one
-- in force, older ones stay for the record). The snapshot is the byte-stable JSON of the drift package.
CREATE TABLE drift_baselines (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    saved_at BIGINT NOT NULL,
    saved_by VARCHAR(200) NOT NULL,
    snapshot CLOB NOT NULL
);
CREATE INDEX drift_baselines_by_name ON drift_baselines (name, saved_at DESC);
