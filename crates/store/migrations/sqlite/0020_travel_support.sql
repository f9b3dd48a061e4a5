-- Travel support (issue 20): one application per person and cycle, with its partial request (ticket, per diem,
-- visa costs in whole US dollars), the contribution it names (checked against the forum's data where it can be),
-- and the recommendation the recommender confirms from a mailed link (only the link's hash is kept). Screening
-- keeps the rules an application failed; evaluators are assigned and score it; the Secretariat stages a selection
-- within the budget, then publishes it, which decides every application and mails each applicant once. The funded
-- file a report after the meeting. The call's settings are part of the cycle's rules.
CREATE TABLE travel_applications (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    country TEXT NOT NULL,
    contribution TEXT NOT NULL,
    contribution_detail TEXT NOT NULL DEFAULT '',
    -- 1 when the forum's data shows the contribution (a confirmed speaker, a proposer, a MAG or NRI role).
    contribution_verified INTEGER NOT NULL DEFAULT 0,
    ticket_usd INTEGER NOT NULL,
    per_diem_usd INTEGER NOT NULL,
    visa_usd INTEGER NOT NULL,
    motivation TEXT NOT NULL DEFAULT '',
    recommender_name TEXT NOT NULL,
    recommender_email TEXT NOT NULL,
    recommendation_hash TEXT,
    recommendation_letter TEXT NOT NULL DEFAULT '',
    recommendation_confirmed_at INTEGER,
    status TEXT NOT NULL,
    -- The rules failed at screening, as codes separated by commas.
    failures TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    submitted_at INTEGER,
    screened_at INTEGER,
    -- The draft selection ('' or 'funded'), then the published decision ('funded' or 'not-funded').
    staged TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '',
    decided_at INTEGER,
    report TEXT NOT NULL DEFAULT '',
    report_filed_at INTEGER,
    UNIQUE (cycle_id, participant_id)
);
CREATE INDEX travel_applications_by_status ON travel_applications (cycle_id, status);
CREATE INDEX travel_applications_by_participant ON travel_applications (participant_id, decision);
CREATE UNIQUE INDEX travel_applications_by_recommendation ON travel_applications (recommendation_hash);

CREATE TABLE travel_assignments (
    application_id INTEGER NOT NULL REFERENCES travel_applications(id),
    evaluator_id INTEGER NOT NULL REFERENCES participants(id),
    score INTEGER,
    comment TEXT NOT NULL DEFAULT '',
    scored_at INTEGER,
    PRIMARY KEY (application_id, evaluator_id)
);
CREATE INDEX travel_assignments_by_evaluator ON travel_assignments (evaluator_id);

-- A cycle's selection: staged (a draft the Secretariat reviews), then published once.
CREATE TABLE travel_selections (
    cycle_id BIGINT NOT NULL PRIMARY KEY REFERENCES cycles(id),
    budget_usd INTEGER NOT NULL,
    amount_usd INTEGER NOT NULL,
    staged_by INTEGER REFERENCES participants(id),
    staged_at INTEGER NOT NULL,
    published_at INTEGER
);
