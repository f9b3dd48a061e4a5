-- The programme: a cycle's venue (rooms, time slots), its sessions with their people, schedule versions
-- (drafts and the published one) with their placements, and participants' marked interests.

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    name TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    hybrid INTEGER NOT NULL DEFAULT 1,
    interpretation TEXT NOT NULL DEFAULT '',
    session_types TEXT NOT NULL DEFAULT ''
);

CREATE TABLE slots (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    day INTEGER NOT NULL,
    starts_at INTEGER NOT NULL,
    minutes INTEGER NOT NULL
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    proposal_id INTEGER UNIQUE REFERENCES proposals(id),
    session_type TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    theme_id INTEGER REFERENCES themes(id),
    minutes INTEGER NOT NULL,
    expected_audience INTEGER NOT NULL DEFAULT 50,
    needs_hybrid INTEGER NOT NULL DEFAULT 1,
    needs_interpretation TEXT NOT NULL DEFAULT '',
    fixed_room_id INTEGER REFERENCES rooms(id),
    fixed_slot_id INTEGER REFERENCES slots(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX sessions_cycle ON sessions(cycle_id);

CREATE TABLE session_people (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    participant_id INTEGER REFERENCES participants(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
);
CREATE INDEX session_people_participant ON session_people(participant_id);

CREATE TABLE schedule_versions (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    published_at INTEGER,
    hard_violations INTEGER NOT NULL,
    soft_cost INTEGER NOT NULL,
    violations TEXT NOT NULL
);

CREATE TABLE schedule_placements (
    version_id INTEGER NOT NULL REFERENCES schedule_versions(id),
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    room_id INTEGER NOT NULL REFERENCES rooms(id),
    slot_id INTEGER NOT NULL REFERENCES slots(id),
    PRIMARY KEY (version_id, session_id)
);

CREATE TABLE interests (
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    PRIMARY KEY (participant_id, session_id)
);
