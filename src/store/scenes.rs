//! Moments of truth: service cycles, scenes, their action plans and evidence.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::clients::{code, optional_code, timestamp};
use super::log::{ENTRY_COLUMNS, entry_from_row, insert_entry};
use super::scene_place::renumber;
use super::{Base, Result, Store, StoreError, Table, must_exist};
use crate::domain::text::{multi_line, one_line};
use crate::domain::{
    ActionItem, ClientId, Complaint, CycleId, Description, EntryId, Evaluation, NewEntry, Scene,
    SceneDraft, SceneId, SceneTie, ServiceCycle,
};

const SCENE_COLUMNS: &str = "s.id, s.cycle_id, s.position, s.title, s.category, s.channel, \
    s.visualisation, s.situation, s.material, s.furniture, s.location, s.staff, s.other_clients, \
    s.expected, s.expected_score, s.delivered, s.delivered_score, s.step, s.version";

fn scene_from_row(row: &Row<'_>) -> rusqlite::Result<Scene> {
    Ok(Scene {
        id: row.get(0)?,
        position: row.get(2)?,
        draft: SceneDraft {
            cycle_id: row.get(1)?,
            title: row.get(3)?,
            category: optional_code(row, 4)?,
            channel: optional_code(row, 5)?,
            visualisation: row.get(6)?,
            description: Description {
                situation: row.get(7)?,
                material: row.get(8)?,
                furniture: row.get(9)?,
                location: row.get(10)?,
                staff: row.get(11)?,
                other_clients: row.get(12)?,
            },
            evaluation: Evaluation {
                expected: row.get(13)?,
                expected_score: row.get(14)?,
                delivered: row.get(15)?,
                delivered_score: row.get(16)?,
            },
            actions: Vec::new(),
            step: code(row, 17)?,
        },
        version: row.get(18)?,
    })
}

fn action_from_row(row: &Row<'_>) -> rusqlite::Result<(SceneId, ActionItem)> {
    Ok((
        row.get(0)?,
        ActionItem {
            area: code(row, 1)?,
            what: row.get(2)?,
            responsible: row.get(3)?,
            due: row.get(4)?,
            done: row.get(5)?,
        },
    ))
}

/// Scenes matching `condition` (on `s`), in cycle order, with their actions.
fn query_scenes(
    conn: &rusqlite::Connection,
    condition: &str,
    param: Option<i64>,
) -> Result<Vec<Scene>> {
    let sql = format!(
        "SELECT {SCENE_COLUMNS} FROM scene s WHERE {condition} ORDER BY s.cycle_id, s.position, s.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let params = rusqlite::params_from_iter(param);
    let mut scenes = stmt
        .query_map(params.clone(), scene_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let sql = format!(
        "SELECT a.scene_id, a.area, a.what, a.responsible, a.due, a.done
         FROM scene_action a JOIN scene s ON s.id = a.scene_id WHERE {condition} ORDER BY a.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut actions: HashMap<SceneId, Vec<ActionItem>> = HashMap::new();
    for row in stmt.query_map(params, action_from_row)? {
        let (scene, item) = row?;
        actions.entry(scene).or_default().push(item);
    }
    for scene in &mut scenes {
        scene.draft.actions = actions.remove(&scene.id).unwrap_or_default();
    }
    Ok(scenes)
}

/// A text of the analysis as stored: its lines, no trailing blanks, no control characters.
fn text(s: &str) -> String {
    multi_line(s.trim_end())
}

/// Writes the scene's own columns (not its cycle, position or actions).
pub(super) fn write_fields(
    tx: &Transaction<'_>,
    id: SceneId,
    d: &SceneDraft,
    now: NaiveDateTime,
) -> Result<()> {
    let (desc, eval) = (&d.description, &d.evaluation);
    tx.execute(
        "UPDATE scene SET title = ?2, category = ?3, channel = ?4, visualisation = ?5,
            situation = ?6, material = ?7, furniture = ?8, location = ?9, staff = ?10,
            other_clients = ?11, expected = ?12, expected_score = ?13, delivered = ?14,
            delivered_score = ?15, step = ?16, updated_at = ?17
         WHERE id = ?1",
        params![
            id,
            one_line(d.title.trim()),
            d.category.map(|c| c.code()),
            d.channel.map(|c| c.code()),
            text(&d.visualisation),
            text(&desc.situation),
            text(&desc.material),
            text(&desc.furniture),
            text(&desc.location),
            text(&desc.staff),
            text(&desc.other_clients),
            text(&eval.expected),
            eval.expected_score,
            text(&eval.delivered),
            eval.delivered_score,
            d.step.code(),
            timestamp(now),
        ],
    )?;
    tx.execute("DELETE FROM scene_action WHERE scene_id = ?1", [id])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO scene_action (scene_id, area, what, responsible, due, done)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for a in &d.actions {
        insert.execute(params![
            id,
            a.area.code(),
            one_line(a.what.trim()),
            one_line(a.responsible.trim()),
            a.due,
            a.done
        ])?;
    }
    Ok(())
}

/// Inserts a scene at the end of its cycle.
pub(super) fn insert_scene(
    tx: &Transaction<'_>,
    draft: &SceneDraft,
    now: NaiveDateTime,
) -> Result<SceneId> {
    must_exist(tx, Table::Cycle, draft.cycle_id)?;
    tx.execute(
        "INSERT INTO scene (cycle_id, position, title, created_at, updated_at, version)
         VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM scene WHERE cycle_id = ?1),
                 ?2, ?3, ?3, (SELECT n FROM version_counter))",
        params![draft.cycle_id, draft.title.trim(), timestamp(now)],
    )?;
    let id = tx.last_insert_rowid();
    write_fields(tx, id, draft, now)?;
    Ok(id)
}

impl Store {
    /// Makes a new, empty service cycle.
    pub fn add_cycle(&mut self, name: &str) -> Result<CycleId> {
        let name = one_line(name);
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::NameNeeded("a service cycle"));
        }
        let taken: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM service_cycle WHERE name = ?1)",
            [name],
            |r| r.get(0),
        )?;
        if taken {
            return Err(StoreError::CycleExists(name.to_string()));
        }
        let tx = self.write()?;
        tx.execute("INSERT INTO service_cycle (name) VALUES (?1)", [name])?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// Every service cycle with its scenes in order, cycles by name.
    pub fn cycles(&self) -> Result<Vec<ServiceCycle>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM service_cycle ORDER BY name, id")?;
        let mut cycles = stmt
            .query_map([], |r| {
                Ok(ServiceCycle {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    scenes: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut by_cycle: HashMap<CycleId, Vec<Scene>> = HashMap::new();
        for scene in query_scenes(&self.conn, "1 = 1", None)? {
            by_cycle.entry(scene.cycle_id).or_default().push(scene);
        }
        for cycle in &mut cycles {
            cycle.scenes = by_cycle.remove(&cycle.id).unwrap_or_default();
        }
        Ok(cycles)
    }

    /// One service cycle with its scenes in order.
    pub fn cycle(&self, id: CycleId) -> Result<ServiceCycle> {
        let name: String = self
            .conn
            .query_row("SELECT name FROM service_cycle WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::NoCycle(id))?;
        Ok(ServiceCycle {
            id,
            name,
            scenes: query_scenes(&self.conn, "s.cycle_id = ?1", Some(id))?,
        })
    }

    /// One scene with its action plan.
    pub fn scene(&self, id: SceneId) -> Result<Scene> {
        query_scenes(&self.conn, "s.id = ?1", Some(id))?
            .pop()
            .ok_or(StoreError::NoScene(id))
    }

    /// Adds a scene at the end of its cycle and returns its id.
    pub fn add_scene(&mut self, draft: &SceneDraft, now: NaiveDateTime) -> Result<SceneId> {
        self.save_scene(None, draft, None, now, Base::Latest)
    }

    /// Replaces a scene's analysis and plan, if it is still at `base`; it stays in its
    /// cycle and place.
    pub fn update_scene(
        &mut self,
        id: SceneId,
        draft: &SceneDraft,
        now: NaiveDateTime,
        base: Base,
    ) -> Result<()> {
        self.save_scene(Some(id), draft, None, now, base)
            .map(|_| ())
    }

    /// Deletes a scene, its plan and its ties to the log (the entries stay).
    pub fn delete_scene(&mut self, id: SceneId) -> Result<()> {
        let tx = self.write()?;
        let cycle: CycleId = tx
            .query_row("SELECT cycle_id FROM scene WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::NoScene(id))?;
        tx.execute("DELETE FROM scene WHERE id = ?1", [id])?;
        renumber(&tx, cycle)?;
        tx.commit()?;
        Ok(())
    }

    /// Logs an entry and ties it to `scene` as evidence, in one transaction.
    pub fn add_entry_in_scene(
        &mut self,
        entry: &NewEntry,
        scene: SceneId,
        now: NaiveDateTime,
    ) -> Result<EntryId> {
        let tx = self.write()?;
        must_exist(&tx, Table::Scene, scene)?;
        let id = insert_entry(&tx, entry, now)?;
        tx.execute(
            "INSERT INTO scene_evidence (entry_id, scene_id) VALUES (?1, ?2)",
            [id, scene],
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Ties a logged entry to a scene (replacing any earlier tie), or unties it.
    pub fn tie_entry(&mut self, entry: EntryId, scene: Option<SceneId>) -> Result<()> {
        let tx = self.write()?;
        must_exist(&tx, Table::Entry, entry)?;
        tx.execute("DELETE FROM scene_evidence WHERE entry_id = ?1", [entry])?;
        if let Some(scene) = scene {
            must_exist(&tx, Table::Scene, scene)?;
            tx.execute(
                "INSERT INTO scene_evidence (entry_id, scene_id) VALUES (?1, ?2)",
                [entry, scene],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The log entries tied to a scene, complaints first, then newest first, each
    /// with its client's name.
    pub fn scene_evidence(&self, scene: SceneId) -> Result<Vec<Complaint>> {
        must_exist(&self.conn, Table::Scene, scene)?;
        let sql = format!(
            "SELECT {ENTRY_COLUMNS}, c.name FROM scene_evidence t
             JOIN log_entry e ON e.id = t.entry_id JOIN client c ON c.id = e.client_id
             WHERE t.scene_id = ?1 ORDER BY e.kind <> 'complaint', e.at DESC, e.id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([scene], |row| {
            Ok(Complaint {
                entry: entry_from_row(row)?,
                client_name: row.get(13)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The scenes a client's log entries are tied to, oldest entry first.
    pub fn scene_ties(&self, client: ClientId) -> Result<Vec<SceneTie>> {
        must_exist(&self.conn, Table::Client, client)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.entry_id, s.id, s.title, c.id, c.name FROM scene_evidence t
             JOIN log_entry e ON e.id = t.entry_id
             JOIN scene s ON s.id = t.scene_id JOIN service_cycle c ON c.id = s.cycle_id
             WHERE e.client_id = ?1 ORDER BY e.at, e.id",
        )?;
        let rows = stmt.query_map([client], |r| {
            Ok(SceneTie {
                entry_id: r.get(0)?,
                scene_id: r.get(1)?,
                scene_title: r.get(2)?,
                cycle_id: r.get(3)?,
                cycle: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The scene a log entry is tied to, if any.
    pub fn scene_of_entry(&self, entry: EntryId) -> Result<Option<SceneId>> {
        Ok(self
            .conn
            .query_row(
                "SELECT scene_id FROM scene_evidence WHERE entry_id = ?1",
                [entry],
                |r| r.get(0),
            )
            .optional()?)
    }
}
