-- Public consultations: questionnaires, draft texts commented paragraph by paragraph, Polis-style statements
-- with votes, submissions (individual, organizational, joint with endorsements), moderation, the synthesis with
-- the inputs it cites, inquiries after it, and opinion maps stored with their inputs.

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    documents TEXT NOT NULL DEFAULT '',
    opens_at INTEGER NOT NULL,
    closes_at INTEGER NOT NULL,
    replies_until INTEGER,
    eligibility TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '',
    allow_confidential INTEGER NOT NULL DEFAULT 0,
    max_text INTEGER NOT NULL DEFAULT 20000,
    inquiry_days INTEGER NOT NULL DEFAULT 30,
    synthesis TEXT NOT NULL DEFAULT '',
    synthesis_status TEXT NOT NULL DEFAULT 'none',
    synthesis_published_at INTEGER,
    attribution TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE consultation_questions (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '',
    UNIQUE (consultation_id, position)
);

CREATE TABLE consultation_paragraphs (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (consultation_id, position)
);

CREATE TABLE consultation_submissions (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    participant_id INTEGER REFERENCES participants(id),
    on_behalf TEXT NOT NULL,
    author_name TEXT NOT NULL,
    organization TEXT NOT NULL DEFAULT '',
    stakeholder_group TEXT NOT NULL,
    country TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0,
    hidden_reason TEXT,
    network TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX consultation_submissions_one_per_participant
    ON consultation_submissions (consultation_id, participant_id) WHERE participant_id IS NOT NULL;
CREATE INDEX consultation_submissions_fingerprint ON consultation_submissions (consultation_id, fingerprint);

CREATE TABLE consultation_answers (
    submission_id INTEGER NOT NULL REFERENCES consultation_submissions(id),
    question_id INTEGER NOT NULL REFERENCES consultation_questions(id),
    text TEXT NOT NULL DEFAULT '',
    choices TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (submission_id, question_id)
);

CREATE TABLE consultation_endorsements (
    id INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES consultation_submissions(id),
    organization TEXT NOT NULL,
    email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    confirmed_at INTEGER
);

CREATE TABLE consultation_comments (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    paragraph_id INTEGER NOT NULL REFERENCES consultation_paragraphs(id),
    parent_id INTEGER REFERENCES consultation_comments(id),
    participant_id INTEGER REFERENCES participants(id),
    author_name TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL,
    country TEXT NOT NULL,
    text TEXT NOT NULL,
    hidden_reason TEXT,
    network TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX consultation_comments_paragraph ON consultation_comments (paragraph_id);

CREATE TABLE consultation_statements (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    participant_id INTEGER REFERENCES participants(id),
    text TEXT NOT NULL,
    hidden_reason TEXT,
    created_at INTEGER NOT NULL
);

CREATE TABLE consultation_votes (
    statement_id INTEGER NOT NULL REFERENCES consultation_statements(id),
    voter TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL DEFAULT '',
    vote INTEGER NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (statement_id, voter)
);

CREATE TABLE consultation_citations (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    submission_id INTEGER NOT NULL REFERENCES consultation_submissions(id),
    used TEXT NOT NULL,
    PRIMARY KEY (consultation_id, submission_id)
);

CREATE TABLE consultation_inquiries (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    participant_id INTEGER REFERENCES participants(id),
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE opinion_maps (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    computed_at INTEGER NOT NULL,
    settings TEXT NOT NULL,
    inputs TEXT NOT NULL,
    result TEXT NOT NULL
);
