//! The interaction log and complaints.

use chrono::NaiveDateTime;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, Transaction, params, params_from_iter};

use super::clients::{code, timestamp};
use super::{Base, Result, Store, StoreError, Table, bump_version, must_exist};
use crate::domain::text::multi_line;
use crate::domain::{
    ClientId, Complaint, EntryId, EntryKind, LogEntry, NewEntry, Resolution, Valuation,
};

pub(super) const ENTRY_COLUMNS: &str = "e.id, e.client_id, e.at, e.kind, e.channel, e.note, e.amount_cents, \
    e.margin_cents, e.expected, e.perceived, e.resolved_at, e.resolution, e.version";

pub(super) fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<LogEntry> {
    let expected: Option<u8> = row.get(8)?;
    let perceived: Option<u8> = row.get(9)?;
    let resolved_at: Option<NaiveDateTime> = row.get(10)?;
    let answer: Option<String> = row.get(11)?;
    Ok(LogEntry {
        id: row.get(0)?,
        entry: NewEntry {
            client_id: row.get(1)?,
            at: row.get(2)?,
            kind: code(row, 3)?,
            channel: code(row, 4)?,
            note: row.get(5)?,
            amount_cents: row.get(6)?,
            margin_cents: row.get(7)?,
            valuation: expected
                .zip(perceived)
                .map(|(expected, perceived)| Valuation {
                    expected,
                    perceived,
                }),
            resolution: resolved_at
                .zip(answer)
                .map(|(at, answer)| Resolution { at, answer }),
        },
        version: row.get(12)?,
    })
}

/// The log says what happened: an entry dated after today (`now`'s day) is a typing
/// mistake (2062 for 2026), or a plan, which belongs in the agenda.
fn not_ahead(entry: &NewEntry, now: NaiveDateTime) -> Result<()> {
    if entry.at.date() > now.date() {
        return Err(crate::domain::EntryError::InTheFuture(entry.at).into());
    }
    Ok(())
}

pub(super) fn insert_entry(
    tx: &Transaction<'_>,
    entry: &NewEntry,
    now: NaiveDateTime,
) -> Result<EntryId> {
    entry.validate()?;
    not_ahead(entry, now)?;
    must_exist(tx, Table::Client, entry.client_id)?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO log_entry (client_id, created_at, at, kind, channel, note, amount_cents,
            margin_cents, expected, perceived, resolved_at, resolution, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
            (SELECT n FROM version_counter))",
    )?;
    let head = [Value::from(entry.client_id), Value::from(timestamp(now))];
    stmt.execute(params_from_iter(
        head.into_iter().chain(entry_values(entry)),
    ))?;
    Ok(tx.last_insert_rowid())
}

/// What an entry stores, cleaned as every stored text is, in the column order `at,
/// kind, channel, note, amount_cents, margin_cents, expected, perceived, resolved_at,
/// resolution`: one list for the insert and the correction.
fn entry_values(entry: &NewEntry) -> [Value; 10] {
    let opt = |v: Option<i64>| v.map_or(Value::Null, Value::from);
    let text = |v: Option<String>| v.map_or(Value::Null, Value::from);
    [
        Value::from(timestamp(entry.at)),
        Value::from(entry.kind.code().to_string()),
        Value::from(entry.channel.code().to_string()),
        Value::from(multi_line(entry.note.trim())),
        opt(entry.amount_cents),
        opt(entry.margin_cents),
        opt(entry.valuation.map(|v| i64::from(v.expected))),
        opt(entry.valuation.map(|v| i64::from(v.perceived))),
        text(entry.resolution.as_ref().map(|r| timestamp(r.at))),
        text(
            entry
                .resolution
                .as_ref()
                .map(|r| multi_line(r.answer.trim())),
        ),
    ]
}

impl Store {
    /// Logs one entry and returns its id.
    pub fn add_entry(&mut self, entry: &NewEntry, now: NaiveDateTime) -> Result<EntryId> {
        let tx = self.write()?;
        let id = insert_entry(&tx, entry, now)?;
        tx.commit()?;
        Ok(id)
    }

    /// Logs many entries in one transaction (demo data, imports): all or none.
    pub fn add_entries(&mut self, entries: &[NewEntry], now: NaiveDateTime) -> Result<usize> {
        let tx = self.write()?;
        for entry in entries {
            insert_entry(&tx, entry, now)?;
        }
        tx.commit()?;
        Ok(entries.len())
    }

    /// One entry.
    pub fn entry(&self, id: EntryId) -> Result<LogEntry> {
        let sql = format!("SELECT {ENTRY_COLUMNS} FROM log_entry e WHERE e.id = ?1");
        self.conn
            .query_row(&sql, [id], entry_from_row)
            .optional()?
            .ok_or(StoreError::NoEntry(id))
    }

    /// A client's log, newest first.
    pub fn entries(&self, client_id: ClientId) -> Result<Vec<LogEntry>> {
        must_exist(&self.conn, Table::Client, client_id)?;
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM log_entry e WHERE e.client_id = ?1 ORDER BY e.at DESC, e.id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([client_id], entry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Complaints, oldest first (the longest-waiting at the top); only open ones when
    /// `open_only`.
    pub fn complaints(&self, open_only: bool) -> Result<Vec<Complaint>> {
        let filter = if open_only {
            "AND e.resolved_at IS NULL"
        } else {
            ""
        };
        let sql = format!(
            "SELECT {ENTRY_COLUMNS}, c.name FROM log_entry e JOIN client c ON c.id = e.client_id
             WHERE e.kind = 'complaint' {filter} ORDER BY e.at, e.id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], |row| {
            Ok(Complaint {
                entry: entry_from_row(row)?,
                client_name: row.get(13)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Corrects entry `id` to `entry` (the client stays the same), if it is still at
    /// `base`: a second writer's change is refused, never overwritten. `now` is the
    /// shop's time (an entry is never dated after today).
    pub fn update_entry(
        &mut self,
        id: EntryId,
        entry: &NewEntry,
        base: Base,
        now: NaiveDateTime,
    ) -> Result<()> {
        entry.validate()?;
        not_ahead(entry, now)?;
        let tx = self.write()?;
        bump_version(&tx, Table::Entry, id, base)?;
        let client: ClientId =
            tx.query_row("SELECT client_id FROM log_entry WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        if client != entry.client_id {
            return Err(StoreError::EntryOfAnotherClient(id, client));
        }
        tx.execute(
            "UPDATE log_entry SET at = ?2, kind = ?3, channel = ?4, note = ?5,
                amount_cents = ?6, margin_cents = ?7, expected = ?8, perceived = ?9,
                resolved_at = ?10, resolution = ?11
             WHERE id = ?1",
            params_from_iter(std::iter::once(Value::from(id)).chain(entry_values(entry))),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes entry `id` (its tie to a scene goes with it), if it is still at `base`.
    pub fn delete_entry(&mut self, id: EntryId, base: Base) -> Result<()> {
        let tx = self.write()?;
        bump_version(&tx, Table::Entry, id, base)?;
        tx.execute("DELETE FROM log_entry WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }

    /// Records the answer given to a complaint, if the entry is still at `base`.
    pub fn resolve_complaint(
        &mut self,
        id: EntryId,
        answer: &str,
        now: NaiveDateTime,
        base: Base,
    ) -> Result<()> {
        let tx = self.write()?;
        bump_version(&tx, Table::Entry, id, base)?;
        resolve(
            &tx,
            id,
            &Resolution {
                at: now,
                answer: answer.to_string(),
            },
        )?;
        tx.commit()?;
        Ok(())
    }
}

fn resolve(tx: &Transaction<'_>, id: EntryId, resolution: &Resolution) -> Result<()> {
    let answer = multi_line(resolution.answer.trim());
    let answer = answer.as_str();
    if answer.is_empty() {
        return Err(StoreError::EmptyAnswer);
    }
    let found: Option<(String, Option<String>)> = tx
        .query_row(
            "SELECT kind, resolved_at FROM log_entry WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match found {
        None => return Err(StoreError::NoEntry(id)),
        Some((kind, _)) if kind != EntryKind::Complaint.code() => {
            return Err(StoreError::NotAComplaint(id));
        }
        Some((_, Some(_))) => return Err(StoreError::AlreadyResolved(id)),
        Some(_) => {}
    }
    tx.execute(
        "UPDATE log_entry SET resolved_at = ?2, resolution = ?3 WHERE id = ?1",
        params![id, timestamp(resolution.at), answer],
    )?;
    Ok(())
}
