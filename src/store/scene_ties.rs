//! The log entries offered to tie to a scene as evidence, a page at a time: entries of
//! the clients already tied to it first, then complaints, open ones first, newest first.

use super::log::{ENTRY_COLUMNS, entry_from_row};
use super::{Result, Store, Table, must_exist};
use crate::domain::{SceneId, TieCandidate};

/// `text` as a LIKE pattern over folded text (see [`fold`]): found anywhere, `%` and
/// `_` typed meaning themselves.
fn pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in crate::domain::text::fold(text.trim()).chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// Makes `clientela_fold(text)` known to the connection: the text accents and case
/// aside, as the program's search folds it (`García` → `garcia`).
fn fold(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "clientela_fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let text: Option<String> = ctx.get(0)?;
            Ok(text.map(|t| crate::domain::text::fold(&t)))
        },
    )
}

impl Store {
    /// A page of the log entries that may be tied to `scene`, filtered by `text` in the
    /// client's name or the entry's note (empty: all): `limit` of them from `offset`.
    pub fn tie_candidates(
        &self,
        scene: SceneId,
        text: &str,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<TieCandidate>> {
        must_exist(&self.conn, Table::Scene, scene)?;
        fold(&self.conn)?;
        let sql = format!(
            "WITH near(client_id) AS (
                 SELECT DISTINCT e.client_id FROM scene_evidence t
                 JOIN log_entry e ON e.id = t.entry_id WHERE t.scene_id = ?1)
             SELECT {ENTRY_COLUMNS}, c.name, t.scene_id, e.client_id IN near AS near
             FROM log_entry e JOIN client c ON c.id = e.client_id
             LEFT JOIN scene_evidence t ON t.entry_id = e.id
             WHERE ?2 = '%%' OR clientela_fold(c.name) LIKE ?2 ESCAPE '\\'
                OR clientela_fold(e.note) LIKE ?2 ESCAPE '\\'
             ORDER BY near DESC, e.kind <> 'complaint', e.resolved_at IS NOT NULL,
                      e.at DESC, e.id DESC
             LIMIT ?3 OFFSET ?4"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params![scene, pattern(text), limit as i64, offset as i64],
            |row| {
                Ok(TieCandidate {
                    entry: entry_from_row(row)?,
                    client_name: row.get(13)?,
                    scene: row.get(14)?,
                    near: row.get(15)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::pattern;

    #[test]
    fn a_pattern_is_folded_and_escapes_like_signs() {
        assert_eq!(pattern("García"), "%garcia%");
        assert_eq!(pattern(" 50% "), "%50\\%%");
        assert_eq!(pattern("a_b"), "%a\\_b%");
        assert_eq!(pattern(""), "%%");
    }
}
