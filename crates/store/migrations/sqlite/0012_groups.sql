-- Groups: the MAG, dynamic coalitions, best practice forums, policy networks, national and regional IGFs and
-- working groups; their members and roles, yearly reports, discussion archive (threads and posts), documents
-- with versions, meetings (agenda, minutes, action points, a speaking queue), and consensus decisions with
-- every member's position, closed for good once the chair records the determination.

CREATE TABLE forum_groups (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL UNIQUE,
    acronym TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    statement_of_need TEXT NOT NULL DEFAULT '',
    action_plan TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    -- An NRI's country, or the MAG's host country.
    country TEXT NOT NULL DEFAULT '',
    -- A regional or sub-regional NRI's UN regional group.
    region TEXT NOT NULL DEFAULT '',
    nri_level TEXT NOT NULL DEFAULT '',
    open_membership INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'draft',
    -- A best practice forum's or policy network's draft open to public feedback.
    consultation_id INTEGER REFERENCES consultations(id),
    created_by INTEGER REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    published_at INTEGER
);
CREATE INDEX forum_groups_kind ON forum_groups(kind, status);

CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES forum_groups(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    role TEXT NOT NULL,
    -- The first year of the current run of terms (the MAG's rotation) and how many consecutive terms it is.
    first_year INTEGER NOT NULL,
    terms INTEGER NOT NULL DEFAULT 1,
    joined_at INTEGER NOT NULL,
    left_at INTEGER,
    PRIMARY KEY (group_id, participant_id)
);
CREATE INDEX group_members_participant ON group_members(participant_id);

CREATE TABLE group_reports (
    group_id INTEGER NOT NULL REFERENCES forum_groups(id),
    year INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'annual',
    body TEXT NOT NULL,
    filed_by INTEGER REFERENCES participants(id),
    filed_at INTEGER NOT NULL,
    PRIMARY KEY (group_id, year, kind)
);

CREATE TABLE group_threads (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES forum_groups(id),
    title TEXT NOT NULL,
    created_by INTEGER REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    last_post_at INTEGER NOT NULL,
    posts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX group_threads_group ON group_threads(group_id, last_post_at);

CREATE TABLE group_posts (
    id INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL REFERENCES group_threads(id),
    author_id INTEGER REFERENCES participants(id),
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX group_posts_thread ON group_posts(thread_id, id);

CREATE TABLE group_documents (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES forum_groups(id),
    title TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX group_documents_group ON group_documents(group_id);

CREATE TABLE document_versions (
    document_id INTEGER NOT NULL REFERENCES group_documents(id),
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    author_id INTEGER REFERENCES participants(id),
    at INTEGER NOT NULL,
    PRIMARY KEY (document_id, version)
);

CREATE TABLE group_meetings (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES forum_groups(id),
    kind TEXT NOT NULL DEFAULT 'meeting',
    title TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    online_url TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '',
    minutes TEXT NOT NULL DEFAULT '',
    action_points TEXT NOT NULL DEFAULT '',
    queue_open INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX group_meetings_group ON group_meetings(group_id, starts_at);

CREATE TABLE speaking_requests (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES group_meetings(id),
    participant_id INTEGER REFERENCES participants(id),
    name TEXT NOT NULL,
    mode TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    spoke_at INTEGER,
    withdrawn_at INTEGER
);
CREATE INDEX speaking_requests_meeting ON speaking_requests(meeting_id, requested_at);

CREATE TABLE consensus_decisions (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES forum_groups(id),
    title TEXT NOT NULL,
    proposal TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'discussion',
    thread_id INTEGER REFERENCES group_threads(id),
    deadline INTEGER,
    call_opened_at INTEGER,
    closed_at INTEGER,
    determination TEXT,
    rationale TEXT NOT NULL DEFAULT '',
    early_reason TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES participants(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX consensus_decisions_group ON consensus_decisions(group_id, created_at);

CREATE TABLE consensus_positions (
    decision_id INTEGER NOT NULL REFERENCES consensus_decisions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    stakeholder_group TEXT NOT NULL,
    position TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL,
    PRIMARY KEY (decision_id, participant_id)
);
