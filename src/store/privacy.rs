//! The right to erasure: a client removed for good, with nothing of them left readable
//! in the database file.

use super::{Result, Store, Table, must_exist};
use crate::domain::{ClientId, PersonalData};

/// What erasing a client removed or unlinked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Erased {
    /// Log entries deleted (their ties to scenes with them).
    pub log_entries: usize,
    /// Agenda entries that named the client and now name nobody.
    pub agenda_entries_unlinked: usize,
    /// Clients this one had referred, now referred by nobody.
    pub referrals_unlinked: usize,
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
        let erased = Erased {
            log_entries: count("SELECT count(*) FROM log_entry WHERE client_id = ?1")?,
            agenda_entries_unlinked: count(
                "SELECT count(*) FROM appointment WHERE client_id = ?1",
            )?,
            referrals_unlinked: count("SELECT count(*) FROM client WHERE referred_by = ?1")?,
        };
        tx.execute("DELETE FROM client WHERE id = ?1", [id])?;
        tx.commit()?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn.execute_batch("VACUUM")?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(erased)
    }
}
