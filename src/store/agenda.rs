//! Agendas and appointments.

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use rusqlite::{OptionalExtension, Row, Transaction, TransactionBehavior, params};

use super::clients::{code, timestamp};
use super::log::client_exists;
use super::{Result, Store, StoreError};
use crate::domain::schedule::{clash_window, clashes_of};
use crate::domain::{
    Agenda, AgendaId, Appointment, AppointmentId, Clash, NewAppointment, Override, Recurrence,
    RepeatEnd, Schedule,
};

/// `last_end` of a series without an end: after every real date.
const OPEN_END: &str = "9999-12-31T00:00:00";

const APPOINTMENT_COLUMNS: &str = "a.id, a.agenda_id, a.uid, a.title, a.start, a.\"end\", \
    a.all_day, a.category, a.client_id, a.location, a.notes, a.status, a.reminder_minutes, \
    a.repeat, a.repeat_interval, a.repeat_until, a.repeat_count";

fn appointment_from_row(row: &Row<'_>) -> rusqlite::Result<Appointment> {
    let repeat: Option<String> = row.get(13)?;
    let until: Option<NaiveDate> = row.get(15)?;
    let count: Option<u32> = row.get(16)?;
    let recurrence = match repeat {
        None => None,
        Some(_) => Some(Recurrence {
            repeat: code(row, 13)?,
            interval: row.get(14)?,
            end: match (until, count) {
                (Some(d), _) => RepeatEnd::Until(d),
                (None, Some(n)) => RepeatEnd::Count(n),
                (None, None) => RepeatEnd::Never,
            },
        }),
    };
    Ok(Appointment {
        id: row.get(0)?,
        fields: NewAppointment {
            agenda_id: row.get(1)?,
            uid: row.get(2)?,
            title: row.get(3)?,
            start: row.get(4)?,
            end: row.get(5)?,
            all_day: row.get(6)?,
            category: code(row, 7)?,
            client_id: row.get(8)?,
            location: row.get(9)?,
            notes: row.get(10)?,
            status: code(row, 11)?,
            reminder_minutes: row.get(12)?,
            recurrence,
        },
        overrides: Vec::new(),
    })
}

fn override_from_row(row: &Row<'_>) -> rusqlite::Result<Override> {
    Ok(Override {
        original: row.get(0)?,
        start: row.get(1)?,
        end: row.get(2)?,
        status: code(row, 3)?,
    })
}

fn agenda_exists(tx: &Transaction<'_>, id: AgendaId) -> Result<()> {
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM agenda WHERE id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(StoreError::NoAgenda(id.to_string()))
    }
}

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

/// Binds an appointment's fields as ?1..?15, in the column order of the statements.
fn write_fields(
    tx: &Transaction<'_>,
    sql: &str,
    a: &NewAppointment,
    overrides: &[Override],
    extra: &[&dyn rusqlite::ToSql],
) -> Result<usize> {
    a.validate()?;
    agenda_exists(tx, a.agenda_id)?;
    if let Some(client) = a.client_id {
        client_exists(tx, client)?;
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
    values.extend_from_slice(&[
        &a.agenda_id,
        &a.title,
        &start,
        &end,
        &a.all_day,
        &category,
        &a.client_id,
        &a.location,
        &a.notes,
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
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
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
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::NoAgenda(String::new()));
        }
        if self.agenda_named(name)?.is_some() {
            return Err(StoreError::AgendaExists(name.to_string()));
        }
        self.conn
            .execute("INSERT INTO agenda (name) VALUES (?1)", [name])?;
        Ok(Agenda {
            id: self.conn.last_insert_rowid(),
            name: name.to_string(),
        })
    }

    /// The agenda of this name, in any case.
    pub fn agenda_named(&self, name: &str) -> Result<Option<Agenda>> {
        Ok(self
            .conn
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

    /// Stores a new appointment; `now` stamps it. Makes up its UID if it has none.
    pub fn add_appointment(
        &mut self,
        a: &NewAppointment,
        now: NaiveDateTime,
    ) -> Result<AppointmentId> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
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
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let ids = list
            .iter()
            .map(|a| insert_appointment(&tx, a, now))
            .collect::<Result<Vec<_>>>()?;
        tx.commit()?;
        Ok(ids)
    }

    /// Imports appointments with their changed occurrences in one transaction: all or
    /// none. One whose UID is already stored is left as it is and counted as skipped.
    /// With `dry_run` nothing is written. Returns (added, skipped).
    pub fn import_appointments(
        &mut self,
        list: &[(NewAppointment, Vec<Override>)],
        now: NaiveDateTime,
        dry_run: bool,
    ) -> Result<(usize, usize)> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (mut added, mut skipped) = (0, 0);
        for (a, overrides) in list {
            let known: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM appointment WHERE uid = ?1)",
                [a.uid.as_deref().unwrap_or("")],
                |r| r.get(0),
            )?;
            if known {
                skipped += 1;
                continue;
            }
            added += 1;
            if dry_run {
                continue;
            }
            let id = insert_appointment(&tx, a, now)?;
            for o in overrides {
                tx.execute(
                    "INSERT OR REPLACE INTO appointment_override (appointment_id, original, start, \"end\", status)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id, timestamp(o.original), timestamp(o.start), timestamp(o.end), o.status.code()],
                )?;
            }
            if !overrides.is_empty() {
                tx.execute(
                    "UPDATE appointment SET last_end = ?2 WHERE id = ?1",
                    params![id, last_end(a, overrides)],
                )?;
            }
        }
        tx.commit()?;
        Ok((added, skipped))
    }

    /// Replaces an appointment's fields. Its single-occurrence changes are kept while
    /// the series' start and rule stay as they were, and dropped when they change (the
    /// occurrences they changed may no longer exist).
    pub fn update_appointment(
        &mut self,
        id: AppointmentId,
        a: &NewAppointment,
        now: NaiveDateTime,
    ) -> Result<()> {
        let old = self.appointment(id)?;
        let keep = old.fields.start == a.start && old.fields.recurrence == a.recurrence;
        let overrides = if keep { old.overrides } else { Vec::new() };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
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
    /// done). `ov.original` must be an occurrence the series has.
    pub fn set_occurrence(&mut self, id: AppointmentId, ov: Override) -> Result<()> {
        let a = self.appointment(id)?;
        let is_occurrence = match &a.fields.recurrence {
            None => false,
            Some(r) => {
                r.starts_between(
                    a.fields.start,
                    ov.original,
                    ov.original + chrono::Duration::seconds(1),
                )
                .first()
                    == Some(&ov.original)
            }
        };
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
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT OR REPLACE INTO appointment_override (appointment_id, original, start, \"end\", status)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, timestamp(ov.original), timestamp(ov.start), timestamp(ov.end), ov.status.code()],
        )?;
        tx.execute(
            "UPDATE appointment SET last_end = ?2 WHERE id = ?1",
            params![id, last_end(&a.fields, &overrides)],
        )?;
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

    /// One appointment with its single-occurrence changes.
    pub fn appointment(&self, id: AppointmentId) -> Result<Appointment> {
        let sql = format!("SELECT {APPOINTMENT_COLUMNS} FROM appointment a WHERE a.id = ?1");
        let mut a = self
            .conn
            .query_row(&sql, [id], appointment_from_row)
            .optional()?
            .ok_or(StoreError::NoAppointment(id))?;
        a.overrides = self.overrides(id)?;
        Ok(a)
    }

    fn overrides(&self, id: AppointmentId) -> Result<Vec<Override>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT original, start, \"end\", status FROM appointment_override
             WHERE appointment_id = ?1 ORDER BY original",
        )?;
        let rows = stmt.query_map([id], override_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The appointments of `agendas` (every agenda when empty) with an occurrence that
    /// may meet `from..to`.
    pub fn appointments_between(
        &self,
        agendas: &[AgendaId],
        from: NaiveDateTime,
        to: NaiveDateTime,
    ) -> Result<Vec<Appointment>> {
        self.query_appointments(
            agendas,
            "a.last_end >= ?1 AND a.start < ?2",
            &[&timestamp(from), &timestamp(to)],
        )
    }

    /// Every appointment of `agendas` (every agenda when empty), by start.
    pub fn appointments(&self, agendas: &[AgendaId]) -> Result<Vec<Appointment>> {
        self.query_appointments(agendas, "1", &[])
    }

    fn query_appointments(
        &self,
        agendas: &[AgendaId],
        condition: &str,
        values: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<Appointment>> {
        let ids = agendas
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let only = if agendas.is_empty() {
            String::new()
        } else {
            format!("AND a.agenda_id IN ({ids})")
        };
        let sql = format!(
            "SELECT {APPOINTMENT_COLUMNS} FROM appointment a
             WHERE {condition} {only} ORDER BY a.start, a.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut list = stmt
            .query_map(values, appointment_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for a in list.iter_mut().filter(|a| a.fields.recurrence.is_some()) {
            a.overrides = self.overrides(a.id)?;
        }
        Ok(list)
    }

    /// Every occurrence of `agendas` (all when empty) over `from..to`, with clashes.
    pub fn schedule(
        &self,
        agendas: &[AgendaId],
        from: NaiveDateTime,
        to: NaiveDateTime,
        zone: Tz,
    ) -> Result<Schedule> {
        let list = self.appointments_between(agendas, from, to)?;
        Ok(Schedule::build(list, from, to, zone))
    }

    /// What `a` would clash with in its agenda if saved (as appointment `id` when it
    /// is being edited), over its whole span (two years ahead for an open series).
    pub fn clashes(
        &self,
        id: Option<AppointmentId>,
        a: &NewAppointment,
        zone: Tz,
    ) -> Result<Vec<Clash>> {
        let overrides = match id {
            Some(id) => self.appointment(id)?.overrides,
            None => Vec::new(),
        };
        let candidate = Appointment {
            id: id.unwrap_or(0),
            fields: a.clone(),
            overrides,
        };
        self.clashes_of(&candidate, clash_window(a), zone)
    }

    /// What `candidate` (with its overrides as they would be) clashes with over `window`.
    pub fn clashes_of(
        &self,
        candidate: &Appointment,
        window: (NaiveDateTime, NaiveDateTime),
        zone: Tz,
    ) -> Result<Vec<Clash>> {
        let others =
            self.appointments_between(&[candidate.fields.agenda_id], window.0, window.1)?;
        Ok(clashes_of(candidate, &others, window, zone))
    }

    /// The longest reminder of any appointment, in minutes.
    pub fn longest_reminder(&self) -> Result<u32> {
        Ok(self.conn.query_row(
            "SELECT coalesce(max(reminder_minutes), 0) FROM appointment",
            [],
            |r| r.get(0),
        )?)
    }

    /// Every appointment of one client, by start.
    pub fn client_appointments(&self, client: crate::domain::ClientId) -> Result<Vec<Appointment>> {
        self.query_appointments(&[], "a.client_id = ?1", &[&client])
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
            repeat_until, repeat_count, last_end, created_at, updated_at, uid, id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
            ?17, ?17, ?18, ?19)",
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
