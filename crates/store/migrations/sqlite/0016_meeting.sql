-- The annual meeting's accreditation (issue 19): one registration per person and cycle, separate from the forum
-- account; onsite ones carry a badge photo, which only the person and staff see and which a retention job deletes
-- a set number of days after the meeting. Check-ins are per day; certificates and visa letters have public codes.
CREATE TABLE meeting_registrations (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    attendance TEXT NOT NULL,
    organization TEXT NOT NULL,
    organization_key TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    -- The photo in base64 (TEXT, so that backups carry it like every other value).
    photo TEXT,
    photo_type TEXT,
    submitted_at INTEGER NOT NULL,
    decided_at INTEGER,
    decided_by INTEGER REFERENCES participants(id),
    UNIQUE (cycle_id, participant_id)
);
CREATE INDEX meeting_registrations_by_organization ON meeting_registrations (cycle_id, organization_key);
CREATE INDEX meeting_registrations_by_status ON meeting_registrations (cycle_id, status);

CREATE TABLE meeting_checkins (
    id INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES meeting_registrations(id),
    day TEXT NOT NULL,
    checked_at INTEGER NOT NULL,
    checked_by INTEGER REFERENCES participants(id),
    UNIQUE (registration_id, day)
);

CREATE TABLE meeting_documents (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    registration_id INTEGER NOT NULL REFERENCES meeting_registrations(id),
    issued_at INTEGER NOT NULL,
    UNIQUE (registration_id, kind)
);

-- Each run of the photo retention job, whether it deleted anything or not.
CREATE TABLE meeting_retention_runs (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    ran_at INTEGER NOT NULL,
    photos_deleted INTEGER NOT NULL
);
