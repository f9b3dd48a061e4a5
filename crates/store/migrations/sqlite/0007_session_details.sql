-- Sessions get their remote-participation link and materials; participants say when they cannot attend.
ALTER TABLE sessions ADD COLUMN remote_url TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN materials TEXT NOT NULL DEFAULT '';

CREATE TABLE unavailability (
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    slot_id INTEGER NOT NULL REFERENCES slots(id),
    PRIMARY KEY (participant_id, slot_id)
);
