-- The MAG's decisions as the Secretariat or the Chair stage them: not on the public record and not mailed to
-- anyone until the cycle's staged decisions are reviewed and published together (stage, review, publish).
-- BIGINT, not INTEGER: the key is always given, and SQLite would otherwise fill it where PostgreSQL refuses.
CREATE TABLE staged_decisions (
    proposal_id BIGINT NOT NULL PRIMARY KEY REFERENCES proposals(id),
    outcome TEXT NOT NULL,
    merge_with INTEGER REFERENCES proposals(id),
    rationale TEXT NOT NULL,
    staged_at INTEGER NOT NULL,
    staged_by INTEGER NOT NULL REFERENCES participants(id)
);
