//! A scene's place in its cycle: moved a few places (K/J in the list) or put at a
//! number (the editor's "place in the cycle"), and a scene saved with its place in one
//! transaction.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, Transaction, params};

use super::scenes::{insert_scene, write_fields};
use super::{Base, Result, Store, StoreError, Table, bump_version};
use crate::domain::{CycleId, SceneDraft, SceneId};

/// Numbers the scenes of `cycle` 1, 2, 3… in their current order.
pub(super) fn renumber(tx: &Transaction<'_>, cycle: CycleId) -> Result<()> {
    tx.execute(
        "UPDATE scene SET position = r.n
         FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS n
               FROM scene WHERE cycle_id = ?1) r
         WHERE scene.id = r.id",
        [cycle],
    )?;
    Ok(())
}

/// Where a scene goes in its cycle.
#[derive(Debug, Clone, Copy)]
enum Target {
    /// This many places later (earlier when negative).
    By(i64),
    /// At this place, 1 being the first.
    At(i64),
}

/// Moves scene `id` to `target` within its cycle (clamped at the ends); returns its
/// new place.
fn place(tx: &Transaction<'_>, id: SceneId, target: Target) -> Result<u32> {
    let cycle: CycleId = tx
        .query_row("SELECT cycle_id FROM scene WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or(StoreError::NoScene(id))?;
    renumber(tx, cycle)?;
    let count: i64 = tx.query_row(
        "SELECT count(*) FROM scene WHERE cycle_id = ?1",
        [cycle],
        |r| r.get(0),
    )?;
    let from: i64 = tx.query_row("SELECT position FROM scene WHERE id = ?1", [id], |r| {
        r.get(0)
    })?;
    let to = match target {
        Target::By(delta) => from + delta,
        Target::At(at) => at,
    }
    .clamp(1, count.max(1));
    if to != from {
        // Shift the scenes in between by one, then drop this one in its place.
        let (lo, hi, shift) = if to < from {
            (to, from - 1, 1)
        } else {
            (from + 1, to, -1)
        };
        tx.execute(
            "UPDATE scene SET position = position + ?4
             WHERE cycle_id = ?1 AND position BETWEEN ?2 AND ?3",
            params![cycle, lo, hi, shift],
        )?;
        tx.execute(
            "UPDATE scene SET position = ?2 WHERE id = ?1",
            params![id, to],
        )?;
    }
    Ok(to as u32)
}

impl Store {
    /// Moves a scene `delta` places within its cycle (clamped at the ends) and returns
    /// its new position.
    pub fn move_scene(&mut self, id: SceneId, delta: i64) -> Result<u32> {
        let tx = self.write()?;
        let to = place(&tx, id, Target::By(delta))?;
        tx.commit()?;
        Ok(to)
    }

    /// Saves a scene, new (`id` none: at the end of its cycle) or changed (if still at
    /// `base`), and puts it at place `at` of its cycle when given (clamped), all in one
    /// transaction. Returns its id.
    pub fn save_scene(
        &mut self,
        id: Option<SceneId>,
        draft: &SceneDraft,
        at: Option<u32>,
        now: NaiveDateTime,
        base: Base,
    ) -> Result<SceneId> {
        draft.validate()?;
        let tx = self.write()?;
        let id = match id {
            Some(id) => {
                bump_version(&tx, Table::Scene, id, base)?;
                write_fields(&tx, id, draft, now)?;
                id
            }
            None => insert_scene(&tx, draft, now)?,
        };
        if let Some(at) = at {
            place(&tx, id, Target::At(i64::from(at)))?;
        }
        tx.commit()?;
        Ok(id)
    }
}
