-- Outcomes: session reports (IGF template) with reminders, Messages drafted from report takeaways with their
-- sources and versions, the ecosystem registry of bodies, and recommendations addressed to bodies with each
-- body's lifecycle, its dated events and the response links it answers through.

CREATE TABLE session_reports (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL UNIQUE REFERENCES sessions(id),
    filed_by INTEGER REFERENCES participants(id),
    rapporteur TEXT NOT NULL DEFAULT '',
    moderator TEXT NOT NULL DEFAULT '',
    takeaways TEXT NOT NULL,
    calls TEXT NOT NULL,
    summary TEXT NOT NULL,
    onsite INTEGER NOT NULL DEFAULT 0,
    online INTEGER NOT NULL DEFAULT 0,
    women INTEGER NOT NULL DEFAULT 0,
    by_group TEXT NOT NULL DEFAULT '[]',
    transcript_url TEXT NOT NULL DEFAULT '',
    recording_url TEXT NOT NULL DEFAULT '',
    transcript TEXT NOT NULL DEFAULT '',
    due_at INTEGER NOT NULL,
    filed_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    late INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE report_reminders (
    session_id INTEGER PRIMARY KEY REFERENCES sessions(id),
    sent_at INTEGER NOT NULL,
    reminders INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    theme_id INTEGER REFERENCES themes(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    consultation_id INTEGER REFERENCES consultations(id),
    version INTEGER NOT NULL DEFAULT 1,
    published_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE message_sources (
    message_id INTEGER NOT NULL REFERENCES messages(id),
    report_id INTEGER NOT NULL REFERENCES session_reports(id),
    takeaway INTEGER NOT NULL,
    PRIMARY KEY (message_id, report_id, takeaway)
);

CREATE TABLE message_versions (
    message_id INTEGER NOT NULL REFERENCES messages(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL,
    PRIMARY KEY (message_id, version)
);

CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    acronym TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    issues TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE recommendations (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER REFERENCES cycles(id),
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    rationale TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    source_id INTEGER,
    action_lines TEXT NOT NULL DEFAULT '',
    sdgs TEXT NOT NULL DEFAULT '',
    issues TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE recommendation_bodies (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    status TEXT NOT NULL,
    token_hash TEXT UNIQUE,
    token_expires_at INTEGER,
    last_contact_at INTEGER,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (recommendation_id, body_id)
);

CREATE TABLE recommendation_events (
    id INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    status TEXT NOT NULL,
    response TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL,
    at INTEGER NOT NULL
);

CREATE TABLE spent_response_links (
    token_hash TEXT PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    spent_at INTEGER NOT NULL
);
