-- Moments of truth (DOMAIN.md): service cycles, their scenes in order, the five-step
-- analysis of each scene, its action plan, and the log entries tied to it as evidence.

CREATE TABLE service_cycle (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> '')
);

CREATE TABLE scene (
    id              INTEGER PRIMARY KEY,
    cycle_id        INTEGER NOT NULL REFERENCES service_cycle (id) ON DELETE CASCADE,
    -- Order within the cycle, from 1; renumbered on every move.
    position        INTEGER NOT NULL CHECK (position >= 1),
    -- 1. Identify
    title           TEXT    NOT NULL CHECK (trim(title) <> ''),
    category        TEXT    CHECK (category IN ('information', 'advice', 'order_taking',
                            'hospitality', 'unexpected', 'payment')),
    channel         TEXT    CHECK (channel IN ('personal', 'printed', 'electronic', 'phone')),
    -- 2. Visualise
    visualisation   TEXT    NOT NULL DEFAULT '',
    -- 3. Describe
    situation       TEXT    NOT NULL DEFAULT '',
    material        TEXT    NOT NULL DEFAULT '',
    furniture       TEXT    NOT NULL DEFAULT '',
    location        TEXT    NOT NULL DEFAULT '',
    staff           TEXT    NOT NULL DEFAULT '',
    other_clients   TEXT    NOT NULL DEFAULT '',
    -- 4. Evaluate
    expected        TEXT    NOT NULL DEFAULT '',
    expected_score  INTEGER CHECK (expected_score BETWEEN 1 AND 5),
    delivered       TEXT    NOT NULL DEFAULT '',
    delivered_score INTEGER CHECK (delivered_score BETWEEN 1 AND 5),
    -- Where the analysis was left, so the editor resumes there.
    step            TEXT    NOT NULL DEFAULT 'identify' CHECK (step IN
                            ('identify', 'visualise', 'describe', 'evaluate', 'plan')),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX scene_cycle_position ON scene (cycle_id, position);

-- 5. Plan: the actions of a scene, in the order they were written.
CREATE TABLE scene_action (
    id          INTEGER PRIMARY KEY,
    scene_id    INTEGER NOT NULL REFERENCES scene (id) ON DELETE CASCADE,
    area        TEXT    NOT NULL CHECK (area IN ('staff', 'tools', 'information', 'processes')),
    what        TEXT    NOT NULL CHECK (trim(what) <> ''),
    responsible TEXT    NOT NULL DEFAULT '',
    due         TEXT    CHECK (due IS NULL OR date(due) IS NOT NULL),
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);
CREATE INDEX scene_action_scene ON scene_action (scene_id);

-- Evidence: a log entry (a complaint above all) tied to the scene it speaks of.
-- One scene per entry; erasing either side unties them.
CREATE TABLE scene_evidence (
    entry_id INTEGER PRIMARY KEY REFERENCES log_entry (id) ON DELETE CASCADE,
    scene_id INTEGER NOT NULL REFERENCES scene (id) ON DELETE CASCADE
);
CREATE INDEX scene_evidence_scene ON scene_evidence (scene_id);
