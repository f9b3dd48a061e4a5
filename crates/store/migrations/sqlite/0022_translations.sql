-- Content translations (docs/translations.md): the language each translatable text is written in, the requests
-- of a text in a language (with the translator who claimed it) and the translated units (a text's title is unit
-- 0, its paragraphs 1…), each with the hash of the original unit it was made from.

ALTER TABLE messages ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

CREATE TABLE translation_requests (
    id INTEGER PRIMARY KEY,
    text_kind TEXT NOT NULL,
    text_id INTEGER NOT NULL,
    language TEXT NOT NULL,
    requested_by INTEGER REFERENCES participants(id),
    requested_at INTEGER NOT NULL,
    claimed_by INTEGER REFERENCES participants(id),
    claimed_at INTEGER,
    reviewed_by INTEGER REFERENCES participants(id),
    UNIQUE (text_kind, text_id, language)
);

CREATE TABLE translations (
    text_kind TEXT NOT NULL,
    text_id INTEGER NOT NULL,
    unit INTEGER NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    translator_id INTEGER REFERENCES participants(id),
    status TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (text_kind, text_id, language, unit)
);
