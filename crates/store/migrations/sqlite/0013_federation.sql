-- NRI federation. On an NRI's own Agora: the forum's annual reports, published in its signed feed. On the global
-- instance: the feed each NRI group is subscribed to (its URL and pinned ed25519 key, the last fetch and the last
-- refusal) and the items of the last feed that verified, replaced as a whole by the next one.

CREATE TABLE forum_annual_reports (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE,
    text TEXT NOT NULL,
    filed_by INTEGER REFERENCES participants(id),
    filed_at INTEGER NOT NULL
);

CREATE TABLE nri_feeds (
    group_id INTEGER NOT NULL PRIMARY KEY REFERENCES forum_groups(id),
    url TEXT NOT NULL,
    -- base64 of the 32-byte ed25519 public key the feed must be signed with.
    public_key TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_fetch_at INTEGER,
    last_ok_at INTEGER,
    -- SHA-256 of the canonical payload last accepted: a feed that did not change is not stored again.
    payload_digest TEXT NOT NULL DEFAULT '',
    forum_name TEXT NOT NULL DEFAULT '',
    generated_at INTEGER,
    -- The last refusal (a code such as 'signature', 'key', 'malformed', 'unreachable', and its detail); empty once
    -- a feed verifies again.
    error_code TEXT NOT NULL DEFAULT '',
    error_detail TEXT NOT NULL DEFAULT '',
    error_at INTEGER
);

CREATE TABLE nri_feed_items (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES forum_groups(id),
    -- annual-report, message, recommendation or participation.
    kind TEXT NOT NULL,
    -- The year of a report, the publishing forum's id of a message or recommendation, a cycle's name.
    item_key TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    -- The item as received (JSON), for what the columns do not hold.
    data TEXT NOT NULL,
    at INTEGER,
    received_at INTEGER NOT NULL,
    UNIQUE (group_id, kind, item_key)
);
