-- Cycles, the call for issues, workshop proposals with their people and history, Stage-1 screening,
-- MAG evaluation (conflicts, assignments, scores) and the MAG's decisions.

CREATE TABLE cycles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    host TEXT NOT NULL DEFAULT '',
    meeting_dates TEXT NOT NULL DEFAULT '',
    hybrid INTEGER NOT NULL DEFAULT 1,
    rules TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE cycle_phases (
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    phase TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    PRIMARY KEY (cycle_id, phase)
);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    sub_themes TEXT NOT NULL DEFAULT '',
    policy_questions TEXT NOT NULL DEFAULT ''
);

CREATE TABLE issue_submissions (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    text TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL,
    country TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    proposer_id INTEGER NOT NULL REFERENCES participants(id),
    organization_id INTEGER REFERENCES organizations(id),
    status TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    theme_id INTEGER REFERENCES themes(id),
    format TEXT NOT NULL DEFAULT '',
    duration INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    policy_questions TEXT NOT NULL DEFAULT '',
    expected_outcomes TEXT NOT NULL DEFAULT '',
    hybrid_plan TEXT NOT NULL DEFAULT '',
    sdgs TEXT NOT NULL DEFAULT '',
    action_lines TEXT NOT NULL DEFAULT '',
    previous_report_url TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    submitted_at INTEGER
);
CREATE INDEX proposals_cycle ON proposals(cycle_id, status);

CREATE TABLE proposal_versions (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    version INTEGER NOT NULL,
    saved_at INTEGER NOT NULL,
    saved_by INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    PRIMARY KEY (proposal_id, version)
);

CREATE TABLE proposal_organizers (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    position INTEGER NOT NULL,
    organization TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL,
    country TEXT NOT NULL,
    PRIMARY KEY (proposal_id, position)
);

CREATE TABLE proposal_people (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    onsite INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL,
    invitation_hash TEXT,
    participant_id INTEGER REFERENCES participants(id)
);
CREATE INDEX proposal_people_proposal ON proposal_people(proposal_id);
CREATE INDEX proposal_people_participant ON proposal_people(participant_id);

CREATE TABLE screenings (
    proposal_id INTEGER PRIMARY KEY REFERENCES proposals(id),
    passed INTEGER NOT NULL,
    checks TEXT NOT NULL,
    screened_at INTEGER NOT NULL,
    override_passed INTEGER,
    override_reason TEXT NOT NULL DEFAULT '',
    override_by INTEGER REFERENCES participants(id)
);

CREATE TABLE evaluator_areas (
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    theme_id INTEGER NOT NULL REFERENCES themes(id),
    PRIMARY KEY (cycle_id, participant_id, theme_id)
);

CREATE TABLE conflicts (
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    reason TEXT NOT NULL,
    declared_at INTEGER NOT NULL,
    PRIMARY KEY (participant_id, proposal_id)
);

CREATE TABLE assignments (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    evaluator_id INTEGER NOT NULL REFERENCES participants(id),
    by_hand INTEGER NOT NULL DEFAULT 0,
    assigned_at INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, evaluator_id)
);
CREATE INDEX assignments_evaluator ON assignments(evaluator_id);

CREATE TABLE evaluations (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    evaluator_id INTEGER NOT NULL REFERENCES participants(id),
    scores TEXT NOT NULL,
    overall REAL NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    submitted_at INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, evaluator_id)
);

CREATE TABLE decisions (
    proposal_id INTEGER PRIMARY KEY REFERENCES proposals(id),
    outcome TEXT NOT NULL,
    merge_with INTEGER REFERENCES proposals(id),
    rationale TEXT NOT NULL,
    decided_at INTEGER NOT NULL,
    decided_by INTEGER NOT NULL REFERENCES participants(id)
);
