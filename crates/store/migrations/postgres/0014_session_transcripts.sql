-- Transcripts imported from caption files (`agora import transcripts DIR`), one per session: a session may have
-- captions long before (or without) a report, so they are kept beside the session rather than in its report.
CREATE TABLE session_transcripts (
    session_id BIGINT NOT NULL PRIMARY KEY REFERENCES sessions(id),
    transcript TEXT NOT NULL,
    -- The file it came from (its name only), to say where a transcript was taken from.
    source TEXT NOT NULL DEFAULT '',
    turns BIGINT NOT NULL DEFAULT 0,
    imported_at BIGINT NOT NULL
);
