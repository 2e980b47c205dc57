//! The right to erasure: a client removed for good, with nothing of them left readable
//! in the database file.

use super::{Result, Store, Table, must_exist};

/// SQLite's words for a failure, without its code.
fn sqlite_reason(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(_, Some(text)) => text.clone(),
        other => other.to_string(),
    }
}
use crate::domain::{ClientId, PersonalData};

/// What erasing a client removed or unlinked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Erased {
    /// Log entries deleted (their ties to scenes with them).
    pub log_entries: usize,
    /// Agenda entries that named the client and now name nobody.
    pub agenda_entries_unlinked: usize,
    /// Clients this one had referred, now referred by nobody.
    pub referrals_unlinked: usize,
    /// Whether the file and its journal were rewritten so nothing deleted is left.
    pub overwritten: Overwritten,
}

/// Whether what was deleted is gone from the bytes of the file and its journal.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Overwritten {
    /// Nothing deleted is left in the file or its journal.
    Yes,
    /// Another program kept reading an older state of the database for the whole busy
    /// timeout, so the journal could not be written back and emptied. It is, once the
    /// last program that has the database open closes it, or by `compact` then.
    NotYetReaders,
    /// The file could not be rewritten (the reason: the disk is full…).
    NotYet(String),
}

impl Overwritten {
    /// Whether nothing deleted is left.
    pub fn is_done(&self) -> bool {
        *self == Overwritten::Yes
    }
}

impl Store {
    /// Everything held about a client (the right of access).
    pub fn personal_data(&self, id: ClientId) -> Result<PersonalData> {
        Ok(PersonalData {
            details: self.client_details(id)?,
            log: self.entries(id)?,
            agenda: self.client_appointments(id)?,
            ties: self.scene_ties(id)?,
        })
    }

    /// Deletes a client and everything held about them: the card, phones, emails,
    /// tags, the log and its ties to scenes; agenda entries and referrals that named
    /// them are unlinked. Freed pages are overwritten (`secure_delete`), the WAL is
    /// checkpointed and truncated, and the file is rebuilt (`VACUUM`), so none of the
    /// client's text is left in the file or its journal.
    pub fn erase_client(&mut self, id: ClientId) -> Result<Erased> {
        self.conn.pragma_update(None, "secure_delete", "ON")?;
        let tx = self.write()?;
        must_exist(&tx, Table::Client, id)?;
        let count = |sql: &str| -> Result<usize> {
            Ok(tx.query_row(sql, [id], |r| r.get::<_, i64>(0))? as usize)
        };
        let mut erased = Erased {
            log_entries: count("SELECT count(*) FROM log_entry WHERE client_id = ?1")?,
            agenda_entries_unlinked: count(
                "SELECT count(*) FROM appointment WHERE client_id = ?1",
            )?,
            referrals_unlinked: count("SELECT count(*) FROM client WHERE referred_by = ?1")?,
            overwritten: Overwritten::NotYetReaders,
        };
        tx.execute("DELETE FROM client WHERE id = ?1", [id])?;
        tx.commit()?;
        erased.overwritten = self.compact()?;
        Ok(erased)
    }

    /// Rewrites the file so nothing deleted is left in it or in its journal: the
    /// journal (WAL) is written back and emptied, the file rebuilt (`VACUUM`), the
    /// journal emptied again. Each step waits up to the busy timeout for other
    /// programs; what could not be done is said, not raised, since what was deleted
    /// stays deleted either way.
    pub fn compact(&mut self) -> Result<Overwritten> {
        self.refuse_if_damaged()?;
        self.conn.pragma_update(None, "secure_delete", "ON")?;
        // A reader of an older state keeps the journal from being written back; the
        // file is rebuilt all the same, so that it is clean once the reader lets go.
        let readers = !self.checkpoint("TRUNCATE")?;
        if let Err(e) = self.conn.execute_batch("VACUUM") {
            return match e.sqlite_error_code() {
                Some(
                    rusqlite::ErrorCode::DiskFull
                    | rusqlite::ErrorCode::DatabaseBusy
                    | rusqlite::ErrorCode::DatabaseLocked
                    | rusqlite::ErrorCode::SystemIoFailure,
                ) => Ok(Overwritten::NotYet(sqlite_reason(&e))),
                _ => Err(e.into()),
            };
        }
        // Waited once already for the reader: now only what can be done at once.
        let mode = if readers { "PASSIVE" } else { "TRUNCATE" };
        Ok(if self.checkpoint(mode)? && !readers {
            Overwritten::Yes
        } else {
            Overwritten::NotYetReaders
        })
    }

    /// Writes the WAL back into the file (`TRUNCATE`: and empties it, waiting up to the
    /// busy timeout; `PASSIVE`: as far as it can at once); `false` when another
    /// program's read kept it from finishing.
    fn checkpoint(&self, mode: &str) -> Result<bool> {
        let (busy, log, done): (i64, i64, i64) =
            self.conn
                .query_row(&format!("PRAGMA wal_checkpoint({mode})"), [], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })?;
        Ok(busy == 0 && log == done)
    }
}
