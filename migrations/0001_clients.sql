-- Client cards (DOMAIN.md "Client card").
-- Dates are ISO-8601 text (YYYY-MM-DD), timestamps YYYY-MM-DDTHH:MM:SS local time.
-- Enumerations are stored as their snake_case code and checked here, so a row written
-- by any tool stays readable by the program.
--
-- Later migrations add, without touching these tables:
--   0002 log_entry            interactions, purchases (cents), complaints, valuations
--   0003 log_entry_complaint  complaints open as of any day (loyalty, dashboard)
--   later: agenda, moments of truth

CREATE TABLE client (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind              TEXT    NOT NULL DEFAULT 'person'
                      CHECK (kind IN ('person', 'company')),
    relation          TEXT    NOT NULL DEFAULT 'client'
                      CHECK (relation IN ('client', 'supplier', 'social', 'internal')),
    tax_id            TEXT,
    address           TEXT,
    city              TEXT,
    postcode          TEXT,
    birthday          TEXT    CHECK (birthday IS NULL OR date(birthday) = birthday),
    preferred_channel TEXT    CHECK (preferred_channel IN
                      ('in_person', 'phone', 'email', 'post', 'printed', 'electronic')),
    marketing_consent INTEGER NOT NULL DEFAULT 0 CHECK (marketing_consent IN (0, 1)),
    consent_date      TEXT    CHECK (consent_date IS NULL OR date(consent_date) = consent_date),
    source            TEXT    CHECK (source IN
                      ('walk_in', 'market_research', 'referral', 'advert', 'other')),
    referred_by       INTEGER REFERENCES client (id) ON DELETE SET NULL
                      CHECK (referred_by IS NULL OR referred_by <> id),
    influence         TEXT    NOT NULL DEFAULT 'unknown' CHECK (influence IN
                      ('high_positive', 'high_negative', 'regular', 'family', 'unknown')),
    buying_behaviour  TEXT    CHECK (buying_behaviour IN
                      ('loyal', 'price_conditional', 'auction', 'promotion', 'anarchic')),
    inactivity_reason TEXT    CHECK (inactivity_reason IN
                      ('bought_long_ago', 'competitor', 'dissatisfied', 'no_longer_needed')),
    member_since      TEXT    CHECK (member_since IS NULL OR date(member_since) = member_since),
    notes             TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);

CREATE INDEX client_referred_by ON client (referred_by) WHERE referred_by IS NOT NULL;
CREATE INDEX client_tax_id ON client (tax_id) WHERE tax_id IS NOT NULL;

-- Several phones and emails per client, in the order the user gave them.
CREATE TABLE client_phone (
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    number    TEXT    NOT NULL CHECK (length(trim(number)) > 0),
    PRIMARY KEY (client_id, position)
) WITHOUT ROWID;
CREATE INDEX client_phone_number ON client_phone (number);

CREATE TABLE client_email (
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    address   TEXT    NOT NULL CHECK (address LIKE '%_@_%'),
    PRIMARY KEY (client_id, position)
) WITHOUT ROWID;
CREATE INDEX client_email_address ON client_email (address COLLATE NOCASE);

CREATE TABLE client_tag (
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    tag       TEXT    NOT NULL CHECK (length(trim(tag)) > 0),
    PRIMARY KEY (client_id, tag)
) WITHOUT ROWID;
CREATE INDEX client_tag_tag ON client_tag (tag);
