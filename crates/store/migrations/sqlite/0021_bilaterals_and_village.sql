-- Bilateral meeting rooms and the IGF Village (issue 20, parts 4 and 3).
--
-- A bilateral booking is an organization's request for one room at one slot of a meeting day: held (to confirm
-- by a deadline), confirmed, waiting (on the slot's waitlist), released or expired. The rooms, slot length,
-- opening hours, daily cap and precedence are cycle settings (the cycle's rules).
CREATE TABLE bilateral_bookings (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    organization TEXT NOT NULL,
    organization_key TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL,
    day TEXT NOT NULL,
    start_minute INTEGER NOT NULL,
    room TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    held_at INTEGER,
    confirm_by INTEGER,
    confirmed_at INTEGER,
    ended_at INTEGER
);
CREATE INDEX bilateral_bookings_by_day ON bilateral_bookings (cycle_id, day, status);
CREATE INDEX bilateral_bookings_by_participant ON bilateral_bookings (participant_id);

-- The rooms' occupancy: one row per slot held, so that the database itself refuses a room booked twice
-- whatever the order or the concurrency of requests. Written and deleted with the booking's status.
CREATE TABLE bilateral_holds (
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    day TEXT NOT NULL,
    start_minute INTEGER NOT NULL,
    room TEXT NOT NULL,
    booking_id INTEGER NOT NULL UNIQUE REFERENCES bilateral_bookings(id),
    PRIMARY KEY (cycle_id, day, start_minute, room)
);

-- Each run of the release job (bookings not confirmed by their deadline), whether it released anything or not.
CREATE TABLE bilateral_release_runs (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    ran_at INTEGER NOT NULL,
    released INTEGER NOT NULL,
    moved_up INTEGER NOT NULL
);

-- The Village's floor plan: a grid of rows × columns; the unusable cells' numbers, comma-separated.
CREATE TABLE village_plans (
    cycle_id BIGINT NOT NULL PRIMARY KEY REFERENCES cycles(id),
    rows_count INTEGER NOT NULL,
    columns_count INTEGER NOT NULL,
    unusable TEXT NOT NULL DEFAULT ''
);

-- Booth applications: the staged decision waits for publication (one mail each); the booth once allocated.
CREATE TABLE village_applications (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    organization TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL,
    description TEXT NOT NULL,
    needs TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    staged TEXT,
    submitted_at INTEGER NOT NULL,
    decided_at INTEGER,
    booth INTEGER,
    UNIQUE (cycle_id, participant_id),
    UNIQUE (cycle_id, booth)
);
