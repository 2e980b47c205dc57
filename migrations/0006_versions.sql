-- A version per record that a form edits, bumped by the store on every write of the
-- record or of its parts (phones, overrides, actions), so a form saving over a record
-- that someone else changed since it was opened is refused instead of overwriting.
ALTER TABLE client ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE appointment ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE scene ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE log_entry ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
