-- Returns: a purchase with a negative amount (issue 15). SQLite cannot drop a CHECK in
-- place, so log_entry is rebuilt without `amount_cents >= 0`, the same otherwise.
-- Dropping the old table deletes its rows first, and with foreign keys on that empties
-- scene_evidence by cascade: the evidence is kept aside and put back.

CREATE TEMP TABLE evidence_kept AS SELECT entry_id, scene_id FROM scene_evidence;

CREATE TABLE log_entry_new (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    at           TEXT    NOT NULL CHECK (datetime(at) IS NOT NULL),
    kind         TEXT    NOT NULL CHECK (kind IN ('visit', 'call', 'purchase', 'complaint',
                         'compliment', 'suggestion', 'query', 'survey', 'offer')),
    channel      TEXT    NOT NULL CHECK (channel IN
                         ('in_person', 'phone', 'email', 'post', 'printed', 'electronic')),
    note         TEXT    NOT NULL DEFAULT '',
    -- Purchases, and only purchases, carry an amount; a negative one is a return. The
    -- margin is optional (negative on a return: the margin given back).
    amount_cents INTEGER,
    margin_cents INTEGER,
    -- Quality valuation (surveys and visits): what was expected and what was perceived.
    expected     INTEGER CHECK (expected BETWEEN 1 AND 5),
    perceived    INTEGER CHECK (perceived BETWEEN 1 AND 5),
    -- Complaints go from open to resolved, with the answer given.
    resolved_at  TEXT    CHECK (resolved_at IS NULL OR datetime(resolved_at) IS NOT NULL),
    resolution   TEXT,
    created_at   TEXT    NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    CHECK ((kind = 'purchase') = (amount_cents IS NOT NULL)),
    CHECK (margin_cents IS NULL OR kind = 'purchase'),
    CHECK ((expected IS NULL) = (perceived IS NULL)),
    CHECK (expected IS NULL OR kind IN ('survey', 'visit')),
    CHECK (resolved_at IS NULL OR kind = 'complaint'),
    CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);

INSERT INTO log_entry_new (id, client_id, at, kind, channel, note, amount_cents, margin_cents,
        expected, perceived, resolved_at, resolution, created_at, version)
    SELECT id, client_id, at, kind, channel, note, amount_cents, margin_cents,
        expected, perceived, resolved_at, resolution, created_at, version
    FROM log_entry;

DROP TABLE log_entry;
ALTER TABLE log_entry_new RENAME TO log_entry;

CREATE INDEX log_entry_client_at ON log_entry (client_id, at);
CREATE INDEX log_entry_purchase ON log_entry (client_id, at, amount_cents, margin_cents)
    WHERE kind = 'purchase';
CREATE INDEX log_entry_valuation ON log_entry (client_id, at, expected, perceived)
    WHERE expected IS NOT NULL;
CREATE INDEX log_entry_open_complaint ON log_entry (client_id, at)
    WHERE kind = 'complaint' AND resolved_at IS NULL;
CREATE INDEX log_entry_complaint ON log_entry (client_id, at, resolved_at)
    WHERE kind = 'complaint';

INSERT OR IGNORE INTO scene_evidence (entry_id, scene_id)
    SELECT entry_id, scene_id FROM evidence_kept;
DROP TABLE evidence_kept;
