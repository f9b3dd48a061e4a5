-- Changes to the published programme: each publication after the first records what moved, for the public
-- changelog and the mail to the people concerned.
CREATE TABLE schedule_changes (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    version_id INTEGER NOT NULL REFERENCES schedule_versions(id),
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    before_room INTEGER,
    before_slot INTEGER,
    after_room INTEGER,
    after_slot INTEGER,
    at INTEGER NOT NULL
);
