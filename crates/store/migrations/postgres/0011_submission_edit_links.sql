-- An anonymous submitter edits their submission through a private link: the hash of its token is kept.
ALTER TABLE consultation_submissions ADD COLUMN edit_token_hash TEXT;
