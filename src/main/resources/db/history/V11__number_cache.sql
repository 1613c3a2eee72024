-- An agent's or a queue's number comes from its identity column's sequence, which H2 hands out 32 at a time and
-- then flushes in a commit of its own; with WRITE_DELAY=0 each such commit writes the file. On a floor of 50,000
-- agents that was some 1,600 extra writes in the first minutes, about a fifth of the history writer's time in the
-- ingest benchmark. A larger cache makes them rare; a crash skips at most the numbers not yet used (gaps are
-- harmless: a number only stands for an id).
ALTER TABLE agents ALTER COLUMN agent_no SET CACHE 4096;
ALTER TABLE queues ALTER COLUMN queue_no SET CACHE 256;
