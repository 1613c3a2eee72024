-- The audit chain's head in one row: a writer locks it (SELECT ... FOR UPDATE) before it chains an entry and
-- moves it in the same transaction, so that the window and a command writing into one history file at once
-- (H2's automatic mixed mode) chain one after the other instead of both taking the same next seq.
CREATE TABLE audit_head (
    id   INT         NOT NULL PRIMARY KEY,
    seq  BIGINT      NOT NULL,
    hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
SELECT 1, COALESCE((SELECT MAX(seq) FROM audit_entries), 0),
       COALESCE((SELECT hash FROM audit_entries ORDER BY seq DESC FETCH FIRST 1 ROW ONLY),
                '0000000000000000000000000000000000000000000000000000000000000000');
