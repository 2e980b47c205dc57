-- Agendas and their appointments (DOMAIN.md "Agenda").
-- Times are local wall-clock YYYY-MM-DDTHH:MM:SS; the shop's time zone (config
-- `agenda.time_zone`) says which instants they mean.

CREATE TABLE agenda (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> '')
);

CREATE TABLE appointment (
    id               INTEGER PRIMARY KEY,
    agenda_id        INTEGER NOT NULL REFERENCES agenda (id) ON DELETE CASCADE,
    uid              TEXT    NOT NULL UNIQUE,
    title            TEXT    NOT NULL CHECK (trim(title) <> ''),
    -- The first occurrence; `end` is exclusive (midnight after the last day if all-day).
    start            TEXT    NOT NULL CHECK (datetime(start) IS NOT NULL),
    "end"            TEXT    NOT NULL CHECK (datetime("end") IS NOT NULL AND "end" >= start),
    all_day          INTEGER NOT NULL CHECK (all_day IN (0, 1)),
    category         TEXT    NOT NULL CHECK (category IN ('meeting', 'activity', 'organisation',
                             'call', 'visit', 'family', 'leisure')),
    client_id        INTEGER REFERENCES client (id) ON DELETE SET NULL,
    location         TEXT    NOT NULL DEFAULT '',
    notes            TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
    reminder_minutes INTEGER CHECK (reminder_minutes >= 0),
    -- Recurrence: none, or a period every `repeat_interval` periods, ending at
    -- `repeat_until` (a date, inclusive), after `repeat_count` occurrences, or never.
    repeat           TEXT    CHECK (repeat IN ('daily', 'weekly', 'monthly', 'yearly')),
    repeat_interval  INTEGER NOT NULL DEFAULT 1 CHECK (repeat_interval >= 1),
    repeat_until     TEXT    CHECK (repeat_until IS NULL OR date(repeat_until) IS NOT NULL),
    repeat_count     INTEGER CHECK (repeat_count >= 1),
    -- The end of the last occurrence ('9999-12-31T00:00:00' for a series without an
    -- end), so a range of days finds what meets it from one index.
    last_end         TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    CHECK (repeat IS NOT NULL OR (repeat_until IS NULL AND repeat_count IS NULL)),
    CHECK (repeat_until IS NULL OR repeat_count IS NULL)
);

CREATE INDEX appointment_by_last_end ON appointment (last_end, agenda_id, start);
CREATE INDEX appointment_by_client ON appointment (client_id) WHERE client_id IS NOT NULL;

-- One occurrence of a series moved, cancelled or marked done on its own.
CREATE TABLE appointment_override (
    appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
    original       TEXT    NOT NULL CHECK (datetime(original) IS NOT NULL),
    start          TEXT    NOT NULL CHECK (datetime(start) IS NOT NULL),
    "end"          TEXT    NOT NULL CHECK (datetime("end") IS NOT NULL AND "end" >= start),
    status         TEXT    NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
    PRIMARY KEY (appointment_id, original)
) WITHOUT ROWID;
