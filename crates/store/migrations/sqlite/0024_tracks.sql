-- Tracks: a cycle's theme with a kind. A track is what frab calls a theme and the programme already filters and
-- exports by, so the youth, parliamentary, newcomers, high-level and Day 0 tracks are themes of these kinds
-- ('theme' is a thematic track of the call; 'other' any track the Secretariat adds). A track's output document is
-- a Message of the kind 'track-output' with the track as its theme.
ALTER TABLE themes ADD COLUMN kind TEXT NOT NULL DEFAULT 'theme';
