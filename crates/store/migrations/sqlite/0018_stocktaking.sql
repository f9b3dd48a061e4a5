-- WSIS stocktaking: projects registered by participants, validated by the Secretariat before they are public;
-- commitments made by organizations or groups, with milestones their owners update through a one-time link
-- (spent links kept, so a reused one says when it was used); every update dated for the accountability tracker.
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    organization TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL,
    countries TEXT NOT NULL,
    action_lines TEXT NOT NULL,
    sdgs TEXT NOT NULL,
    gdc_objectives TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    status TEXT NOT NULL,
    links TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    language TEXT NOT NULL,
    review TEXT NOT NULL,
    review_note TEXT NOT NULL,
    submitted_by INTEGER REFERENCES participants(id),
    submitted_at INTEGER NOT NULL,
    reviewed_by INTEGER REFERENCES participants(id),
    reviewed_at INTEGER
);
CREATE INDEX projects_review ON projects (review, id);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    owner_kind TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    due_on TEXT NOT NULL,
    gdc_objective INTEGER NOT NULL,
    action_line TEXT NOT NULL,
    sdg INTEGER NOT NULL,
    token_hash TEXT,
    token_expires_at INTEGER,
    created_by INTEGER REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX commitments_token ON commitments (token_hash);

CREATE TABLE commitment_milestones (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    due_on TEXT NOT NULL,
    state TEXT NOT NULL,
    evidence TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX commitment_milestones_commitment ON commitment_milestones (commitment_id, position);

CREATE TABLE commitment_updates (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments(id),
    milestone_id INTEGER NOT NULL REFERENCES commitment_milestones(id),
    state TEXT NOT NULL,
    evidence TEXT NOT NULL,
    note TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX commitment_updates_commitment ON commitment_updates (commitment_id, at);

CREATE TABLE spent_commitment_links (
    token_hash TEXT NOT NULL PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments(id),
    spent_at INTEGER NOT NULL
);
