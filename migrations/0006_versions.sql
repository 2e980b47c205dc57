-- A version per record that a form edits, so a form saving over a record that someone
-- else changed since it was opened is refused instead of overwriting it. Versions come
-- from one counter that every write transaction moves on: a record written later never
-- shows a version seen before, not even a new record that takes the id of a deleted one.
CREATE TABLE version_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO version_counter (id, n) VALUES (1, 1);

ALTER TABLE client ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE appointment ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE scene ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE log_entry ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
