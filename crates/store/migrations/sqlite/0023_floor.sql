-- The meeting's hybrid floor (issue 19, parts 4 to 6): each session of the published programme has a live page
-- with one speaking queue for people in the room, online and at remote hubs. The groups' meetings' queue
-- (speaking_requests) and the sessions' queue share one shape and one set of queries: a request may come from a
-- hub and is marked done when its speaker finishes.

-- Remote hubs: a place where people follow the meeting together, registered per cycle.
CREATE TABLE meeting_hubs (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    host TEXT NOT NULL,
    coordinator TEXT NOT NULL,
    technical_lead TEXT NOT NULL,
    expected_attendance INTEGER NOT NULL,
    registered_by INTEGER REFERENCES participants(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX meeting_hubs_cycle ON meeting_hubs(cycle_id);

ALTER TABLE speaking_requests ADD COLUMN hub_id INTEGER REFERENCES meeting_hubs(id);
ALTER TABLE speaking_requests ADD COLUMN done_at INTEGER;

-- The sessions a hub follows.
CREATE TABLE meeting_hub_sessions (
    hub_id INTEGER NOT NULL REFERENCES meeting_hubs(id),
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    PRIMARY KEY (hub_id, session_id)
);

-- A session's floor: whether its queue is open, and its captions or transcript link.
CREATE TABLE session_floors (
    session_id BIGINT NOT NULL PRIMARY KEY REFERENCES sessions(id),
    queue_open INTEGER NOT NULL DEFAULT 0,
    captions_url TEXT NOT NULL DEFAULT ''
);

-- A session's speaking queue, the same shape as a group meeting's.
CREATE TABLE session_speaking_requests (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    participant_id INTEGER REFERENCES participants(id),
    hub_id INTEGER REFERENCES meeting_hubs(id),
    name TEXT NOT NULL,
    mode TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    spoke_at INTEGER,
    withdrawn_at INTEGER,
    done_at INTEGER
);
CREATE INDEX session_speaking_requests_session ON session_speaking_requests(session_id, requested_at);

-- Who followed a session, from its live page: in the room, online, or at a hub; one row per person and session.
CREATE TABLE session_attendance (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    mode TEXT NOT NULL,
    hub_id INTEGER REFERENCES meeting_hubs(id),
    joined_at INTEGER NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0,
    UNIQUE (session_id, participant_id)
);
