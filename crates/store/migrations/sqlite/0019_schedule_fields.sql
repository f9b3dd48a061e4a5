-- What a frab / pretalx schedule says of an event that a session had no place for, kept so that an imported
-- programme comes back out as it went in: its subtitle, language, own type, guid and slug, and its abstract and
-- description as the file split them (the session's description joins the two, for reading). Empty for sessions
-- made here.
ALTER TABLE sessions ADD COLUMN subtitle TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN event_type TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN guid TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN slug TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN frab_abstract TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN frab_description TEXT NOT NULL DEFAULT '';

-- A person's identifiers in the system the schedule came from.
ALTER TABLE session_people ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE session_people ADD COLUMN guid TEXT NOT NULL DEFAULT '';

-- A session's links and attachments as the schedule lists them, in order (`kind` is 'link' or 'attachment';
-- `type` is an attachment's kind, such as "slides").
CREATE TABLE session_links (
    session_id BIGINT NOT NULL REFERENCES sessions(id),
    position BIGINT NOT NULL,
    kind TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT '',
    href TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
);
