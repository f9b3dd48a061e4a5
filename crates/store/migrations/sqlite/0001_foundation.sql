-- The foundation: forum settings, organizations, participants and their roles, login sessions, one-time
-- tokens, the mail outbox and the public record. Timestamps are UTC Unix seconds; flags are 0/1 integers
-- (the same on PostgreSQL, so one set of queries decodes both).

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    stakeholder_group TEXT NOT NULL,
    country TEXT NOT NULL,
    website TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    email TEXT,
    email_key TEXT UNIQUE,
    password_hash TEXT,
    name TEXT,
    stakeholder_group TEXT,
    organization_id INTEGER REFERENCES organizations(id),
    country TEXT,
    gender TEXT,
    languages TEXT NOT NULL DEFAULT '',
    first_time INTEGER NOT NULL DEFAULT 0,
    media INTEGER NOT NULL DEFAULT 0,
    listed INTEGER NOT NULL DEFAULT 0,
    bio TEXT NOT NULL DEFAULT '',
    consented_at INTEGER,
    verified_at INTEGER,
    created_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX participants_listed ON participants(listed, deleted_at);

CREATE TABLE participant_roles (
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    role TEXT NOT NULL,
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (participant_id, role)
);

CREATE TABLE login_sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX login_sessions_participant ON login_sessions(participant_id);

CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    purpose TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at INTEGER,
    last_error TEXT
);
CREATE INDEX mail_outbox_pending ON mail_outbox(sent_at, next_attempt_at);

CREATE TABLE public_record (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    payload TEXT NOT NULL
);
