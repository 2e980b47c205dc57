-- What contacts carry beyond one name (issue: the shop's own files): a person's given
-- name and surnames, prefix and nickname, the organisation and job title of a person,
-- web site, region and country, the address-book identity (vCard UID), and the key
-- lists sort by (first surname, second surname, given name; Spanish rules), kept by
-- the program on every write.
--
-- Rows written before this migration have an empty sort_key: the program splits their
-- names and fills it when it next opens the database (the rule is Rust, not SQL: see
-- src/domain/person_name.rs).

ALTER TABLE client ADD COLUMN given_name     TEXT;
ALTER TABLE client ADD COLUMN surname        TEXT;
ALTER TABLE client ADD COLUMN second_surname TEXT;
ALTER TABLE client ADD COLUMN prefix         TEXT;
ALTER TABLE client ADD COLUMN nickname       TEXT;
ALTER TABLE client ADD COLUMN organisation   TEXT;
ALTER TABLE client ADD COLUMN job_title      TEXT;
ALTER TABLE client ADD COLUMN website        TEXT;
ALTER TABLE client ADD COLUMN region         TEXT;
ALTER TABLE client ADD COLUMN country        TEXT;
ALTER TABLE client ADD COLUMN uid            TEXT;
ALTER TABLE client ADD COLUMN sort_key       TEXT NOT NULL DEFAULT '';

CREATE INDEX client_sort_key ON client (sort_key, id);
CREATE INDEX client_uid ON client (uid) WHERE uid IS NOT NULL;
