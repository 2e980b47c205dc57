-- The interaction log (DOMAIN.md "Interaction log"): visits, calls, purchases,
-- complaints, compliments, suggestions, queries, surveys and offers.
-- Money is integer cents; `at` is YYYY-MM-DDTHH:MM:SS local time.

CREATE TABLE log_entry (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    at           TEXT    NOT NULL CHECK (datetime(at) IS NOT NULL),
    kind         TEXT    NOT NULL CHECK (kind IN ('visit', 'call', 'purchase', 'complaint',
                         'compliment', 'suggestion', 'query', 'survey', 'offer')),
    channel      TEXT    NOT NULL CHECK (channel IN
                         ('in_person', 'phone', 'email', 'post', 'printed', 'electronic')),
    note         TEXT    NOT NULL DEFAULT '',
    -- Purchases, and only purchases, carry an amount; the margin is optional.
    amount_cents INTEGER CHECK (amount_cents >= 0),
    margin_cents INTEGER,
    -- Quality valuation (surveys and visits): what was expected and what was perceived.
    expected     INTEGER CHECK (expected BETWEEN 1 AND 5),
    perceived    INTEGER CHECK (perceived BETWEEN 1 AND 5),
    -- Complaints go from open to resolved, with the answer given.
    resolved_at  TEXT    CHECK (resolved_at IS NULL OR datetime(resolved_at) IS NOT NULL),
    resolution   TEXT,
    created_at   TEXT    NOT NULL,
    CHECK ((kind = 'purchase') = (amount_cents IS NOT NULL)),
    CHECK (margin_cents IS NULL OR kind = 'purchase'),
    CHECK ((expected IS NULL) = (perceived IS NULL)),
    CHECK (expected IS NULL OR kind IN ('survey', 'visit')),
    CHECK (resolved_at IS NULL OR kind = 'complaint'),
    CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);

-- A client's log, newest first.
CREATE INDEX log_entry_client_at ON log_entry (client_id, at);
-- Classification: purchases per client by date, with the money (covering).
CREATE INDEX log_entry_purchase ON log_entry (client_id, at, amount_cents, margin_cents)
    WHERE kind = 'purchase';
-- Satisfaction: the latest valuations per client (covering).
CREATE INDEX log_entry_valuation ON log_entry (client_id, at, expected, perceived)
    WHERE expected IS NOT NULL;
-- Open complaints by age, everywhere the client appears.
CREATE INDEX log_entry_open_complaint ON log_entry (client_id, at)
    WHERE kind = 'complaint' AND resolved_at IS NULL;
-- Referral counts as of a date (replaces the plain index of 0001).
DROP INDEX client_referred_by;
CREATE INDEX client_referred_created ON client (referred_by, created_at)
    WHERE referred_by IS NOT NULL;
