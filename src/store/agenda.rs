//! Agendas and appointments.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, Transaction, params};

use super::agenda_read::appointment_is_occurrence;
use super::clients::timestamp;
use super::{Base, Result, Store, StoreError, Table, bump_version, must_exist};
use crate::domain::text::{multi_line, one_line};
use crate::domain::{Agenda, AppointmentId, NewAppointment, Override, RepeatEnd};

/// `last_end` of a series without an end: after every real date.
const OPEN_END: &str = "9999-12-31T00:00:00";

/// The stored `last_end`: the end of the last occurrence or of anything moved later.
fn last_end(fields: &NewAppointment, overrides: &[Override]) -> String {
    match fields.last_end() {
        None => OPEN_END.to_string(),
        Some(end) => timestamp(
            overrides
                .iter()
                .map(|o| o.end)
                .fold(end, NaiveDateTime::max),
        ),
    }
}

/// Stores `overrides` of appointment `id` (replacing those of the same occurrence) and
/// its `last_end`, which a moved occurrence may push later.
fn write_overrides(
    tx: &Transaction<'_>,
    id: AppointmentId,
    fields: &NewAppointment,
    overrides: &[Override],
) -> Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT OR REPLACE INTO appointment_override
            (appointment_id, original, start, \"end\", status, title)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for o in overrides {
        // Its own title, cleaned as every stored text is; none when blank.
        let title = o
            .title
            .as_deref()
            .map(one_line)
            .filter(|t| !t.trim().is_empty());
        insert.execute(params![
            id,
            timestamp(o.original),
            timestamp(o.start),
            timestamp(o.end),
            o.status.code(),
            title.as_deref().map(str::trim)
        ])?;
    }
    tx.execute(
        "UPDATE appointment SET last_end = ?2 WHERE id = ?1",
        params![id, last_end(fields, overrides)],
    )?;
    Ok(())
}

/// Binds an appointment's fields as ?1..?15, in the column order of the statements.
fn write_fields(
    tx: &Transaction<'_>,
    sql: &str,
    a: &NewAppointment,
    overrides: &[Override],
    extra: &[&dyn rusqlite::ToSql],
) -> Result<usize> {
    a.validate()?;
    must_exist(tx, Table::Agenda, a.agenda_id)?;
    if let Some(client) = a.client_id {
        must_exist(tx, Table::Client, client)?;
    }
    let r = a.recurrence.as_ref();
    let (until, count) = match r.map(|r| r.end) {
        Some(RepeatEnd::Until(d)) => (Some(d), None),
        Some(RepeatEnd::Count(n)) => (None, Some(n)),
        _ => (None, None),
    };
    let mut values: Vec<&dyn rusqlite::ToSql> = Vec::new();
    let (start, end, last) = (timestamp(a.start), timestamp(a.end), last_end(a, overrides));
    let repeat = r.map(|r| r.repeat.code());
    let (category, status) = (a.category.code(), a.status.code());
    let interval = r.map_or(1, |r| r.interval);
    let (title, location, notes) = (
        one_line(&a.title),
        one_line(&a.location),
        multi_line(&a.notes),
    );
    values.extend_from_slice(&[
        &a.agenda_id,
        &title,
        &start,
        &end,
        &a.all_day,
        &category,
        &a.client_id,
        &location,
        &notes,
        &status,
        &a.reminder_minutes,
        &repeat,
        &interval,
        &until,
        &count,
        &last,
    ]);
    values.extend_from_slice(extra);
    Ok(tx.prepare_cached(sql)?.execute(values.as_slice())?)
}

/// An agenda's name as stored: one line, trimmed, not empty.
fn agenda_name(name: &str) -> Result<String> {
    let name = one_line(name).trim().to_string();
    if name.is_empty() {
        return Err(StoreError::NameNeeded("an agenda"));
    }
    Ok(name)
}

/// The agenda of this name on `conn`, in any case.
fn agenda_on(conn: &rusqlite::Connection, name: &str) -> Result<Option<Agenda>> {
    Ok(conn
        .query_row(
            "SELECT id, name FROM agenda WHERE name = ?1",
            [name.trim()],
            |r| {
                Ok(Agenda {
                    id: r.get(0)?,
                    name: r.get(1)?,
                })
            },
        )
        .optional()?)
}

/// Makes the agenda `name` in `tx`.
fn insert_agenda(tx: &Transaction<'_>, name: String) -> Result<Agenda> {
    tx.execute("INSERT INTO agenda (name) VALUES (?1)", [&name])?;
    Ok(Agenda {
        id: tx.last_insert_rowid(),
        name,
    })
}

impl Store {
    /// Every agenda, in the order they were made.
    pub fn agendas(&self) -> Result<Vec<Agenda>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM agenda ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(Agenda {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Makes the agendas of `names` that do not exist yet; returns every agenda.
    pub fn ensure_agendas(&mut self, names: &[String]) -> Result<Vec<Agenda>> {
        // Only a missing agenda is a write: opening must not look like a change to the
        // other programs that watch the database.
        let agendas = self.agendas()?;
        // The same comparison as the column's COLLATE NOCASE.
        let known = |name: &String| {
            let name = name.trim();
            agendas.iter().any(|a| a.name.eq_ignore_ascii_case(name))
        };
        if names.iter().all(known) {
            return Ok(agendas);
        }
        let tx = self.write()?;
        for name in names {
            tx.execute(
                "INSERT OR IGNORE INTO agenda (name) VALUES (?1)",
                [name.trim()],
            )?;
        }
        tx.commit()?;
        self.agendas()
    }

    /// A new agenda; refused when one of that name (in any case) exists.
    pub fn add_agenda(&mut self, name: &str) -> Result<Agenda> {
        let name = agenda_name(name)?;
        if self.agenda_named(&name)?.is_some() {
            return Err(StoreError::AgendaExists(name));
        }
        let tx = self.write()?;
        let agenda = insert_agenda(&tx, name)?;
        tx.commit()?;
        Ok(agenda)
    }

    /// The agenda of this name, in any case.
    pub fn agenda_named(&self, name: &str) -> Result<Option<Agenda>> {
        agenda_on(&self.conn, name)
    }

    /// Stores a new appointment; `now` stamps it. Makes up its UID if it has none.
    pub fn add_appointment(
        &mut self,
        a: &NewAppointment,
        now: NaiveDateTime,
    ) -> Result<AppointmentId> {
        let tx = self.write()?;
        let id = insert_appointment(&tx, a, now)?;
        tx.commit()?;
        Ok(id)
    }

    /// Stores many appointments in one transaction (imports, demo data): all or none.
    pub fn add_appointments(
        &mut self,
        list: &[NewAppointment],
        now: NaiveDateTime,
    ) -> Result<Vec<AppointmentId>> {
        let tx = self.write()?;
        let ids = list
            .iter()
            .map(|a| insert_appointment(&tx, a, now))
            .collect::<Result<Vec<_>>>()?;
        tx.commit()?;
        Ok(ids)
    }

    /// Imports appointments in one transaction, each into the agenda it names (made if
    /// missing, in the same transaction: a refused file leaves no agenda behind). An
    /// entry whose UID is already in its agenda is left as it is; one whose UID is in
    /// another agenda only is a copy for this one, kept under a UID of its own
    /// (`uid#agenda`), so a calendar can be copied into a second agenda and imported
    /// again without doubling. Returns, per agenda in file order, how many were added
    /// and how many were there already; `dry_run` writes nothing.
    pub fn import_appointments(
        &mut self,
        list: &[(String, NewAppointment, Vec<Override>)],
        now: NaiveDateTime,
        dry_run: bool,
    ) -> Result<Vec<(Agenda, usize, usize)>> {
        let mut targets: Vec<(Agenda, usize, usize)> = Vec::new();
        let tx = self.write()?;
        let mut next_dry_id = -1;
        for (agenda, a, overrides) in list {
            let name = agenda_name(agenda)?;
            let at = match targets.iter().position(|(t, ..)| t.name == name) {
                Some(i) => i,
                None => {
                    let existing = agenda_on(&tx, &name)?;
                    let target = match existing {
                        Some(a) => a,
                        None if dry_run => {
                            next_dry_id -= 1;
                            Agenda {
                                id: next_dry_id,
                                name,
                            }
                        }
                        None => insert_agenda(&tx, name)?,
                    };
                    targets.push((target, 0, 0));
                    targets.len() - 1
                }
            };
            let target_id = targets[at].0.id;
            let mut a = a.clone();
            a.agenda_id = target_id;
            let uid = a.uid.clone().unwrap_or_default();
            let copy_uid = format!("{uid}#{target_id}");
            let here: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM appointment
                    WHERE (uid = ?1 AND agenda_id = ?2) OR uid = ?3)",
                rusqlite::params![uid, target_id, copy_uid],
                |r| r.get(0),
            )?;
            if here {
                targets[at].2 += 1;
                continue;
            }
            let elsewhere: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM appointment WHERE uid = ?1)",
                [&uid],
                |r| r.get(0),
            )?;
            if elsewhere {
                a.uid = Some(copy_uid);
            }
            targets[at].1 += 1;
            if dry_run {
                continue;
            }
            let id = insert_appointment(&tx, &a, now)?;
            write_overrides(&tx, id, &a, overrides)?;
        }
        tx.commit()?;
        Ok(targets)
    }

    /// Replaces an appointment's fields. Its single-occurrence changes are kept while
    /// the series' start and rule stay as they were, and dropped when they change (the
    /// occurrences they changed may no longer exist).
    pub fn update_appointment(
        &mut self,
        id: AppointmentId,
        a: &NewAppointment,
        now: NaiveDateTime,
        base: Base,
    ) -> Result<()> {
        let old = self.appointment(id)?;
        let keep = old.fields.start == a.start && old.fields.recurrence == a.recurrence;
        let overrides = if keep { old.overrides } else { Vec::new() };
        let tx = self.write()?;
        bump_version(&tx, Table::Appointment, id, base)?;
        if !keep {
            tx.execute(
                "DELETE FROM appointment_override WHERE appointment_id = ?1",
                [id],
            )?;
        }
        let uid = a.uid.clone().or(old.fields.uid);
        write_fields(
            &tx,
            "UPDATE appointment SET agenda_id = ?1, title = ?2, start = ?3, \"end\" = ?4,
                all_day = ?5, category = ?6, client_id = ?7, location = ?8, notes = ?9,
                status = ?10, reminder_minutes = ?11, repeat = ?12, repeat_interval = ?13,
                repeat_until = ?14, repeat_count = ?15, last_end = ?16, updated_at = ?17,
                uid = coalesce(?18, uid)
             WHERE id = ?19",
            a,
            &overrides,
            &[&timestamp(now), &uid, &id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Changes one occurrence of a series on its own (moves it, cancels it, marks it
    /// done), if the entry is still at `base`. `ov.original` must be an occurrence the
    /// series has.
    pub fn set_occurrence(&mut self, id: AppointmentId, ov: Override, base: Base) -> Result<()> {
        let a = self.appointment(id)?;
        let is_occurrence = appointment_is_occurrence(&a, ov.original);
        if !is_occurrence {
            return Err(StoreError::NoOccurrence(id, ov.original));
        }
        if ov.end < ov.start {
            return Err(StoreError::InvalidAppointment(
                crate::domain::AppointmentError::EndsBeforeStart {
                    start: ov.start,
                    end: ov.end,
                },
            ));
        }
        let mut overrides: Vec<Override> = a
            .overrides
            .into_iter()
            .filter(|o| o.original != ov.original)
            .collect();
        overrides.push(ov);
        let tx = self.write()?;
        bump_version(&tx, Table::Appointment, id, base)?;
        write_overrides(&tx, id, &a.fields, &overrides)?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes an appointment, the whole series if it repeats.
    pub fn delete_appointment(&mut self, id: AppointmentId) -> Result<()> {
        if self
            .conn
            .execute("DELETE FROM appointment WHERE id = ?1", [id])?
            == 0
        {
            return Err(StoreError::NoAppointment(id));
        }
        Ok(())
    }
}

/// A UID unique beyond this database: the time, the row id and 64 random bits (from
/// the standard library's randomly keyed hasher, so no extra dependency).
fn new_uid(id: AppointmentId, now: NaiveDateTime) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_i64(id);
    format!(
        "{}-{id}-{:016x}@clientela",
        now.format("%Y%m%dT%H%M%S"),
        h.finish()
    )
}

fn insert_appointment(
    tx: &Transaction<'_>,
    a: &NewAppointment,
    now: NaiveDateTime,
) -> Result<AppointmentId> {
    let next: i64 = tx.query_row(
        "SELECT coalesce(max(id), 0) + 1 FROM appointment",
        [],
        |r| r.get(0),
    )?;
    let uid = a.uid.clone().unwrap_or_else(|| new_uid(next, now));
    let created = timestamp(now);
    write_fields(
        tx,
        "INSERT INTO appointment (agenda_id, title, start, \"end\", all_day, category,
            client_id, location, notes, status, reminder_minutes, repeat, repeat_interval,
            repeat_until, repeat_count, last_end, created_at, updated_at, uid, id, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
            ?17, ?17, ?18, ?19, (SELECT n FROM version_counter))",
        a,
        &[],
        &[&created, &uid, &next],
    )
    .map_err(|e| match e {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, Some(msg)))
            if f.code == rusqlite::ErrorCode::ConstraintViolation && msg.contains("uid") =>
        {
            StoreError::DuplicateUid(uid.clone())
        }
        e => e,
    })?;
    Ok(next)
}
