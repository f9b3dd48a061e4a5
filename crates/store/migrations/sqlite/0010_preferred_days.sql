-- The days a session's organizers prefer (day numbers of the venue, comma-separated; empty for any): a soft
-- preference the scheduler weighs.
ALTER TABLE sessions ADD COLUMN preferred_days TEXT NOT NULL DEFAULT '';
