//! Reading agendas: appointments with their changed occurrences, the occurrences of a
//! stretch of days with their clashes, and the clash check before saving.

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use rusqlite::{OptionalExtension, Row};

use super::clients::{code, timestamp};
use super::{Result, Store, StoreError};
use crate::domain::schedule::{clash_window, clashes_of};
use crate::domain::{
    AgendaId, Appointment, AppointmentId, Clash, NewAppointment, Override, Recurrence, RepeatEnd,
    Schedule,
};

pub(super) const APPOINTMENT_COLUMNS: &str = "a.id, a.agenda_id, a.uid, a.title, a.start, a.\"end\", \
    a.all_day, a.category, a.client_id, a.location, a.notes, a.status, a.reminder_minutes, \
    a.repeat, a.repeat_interval, a.repeat_until, a.repeat_count, a.version";

pub(super) fn appointment_from_row(row: &Row<'_>) -> rusqlite::Result<Appointment> {
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
        version: row.get(17)?,
    })
}

fn override_from_row(row: &Row<'_>) -> rusqlite::Result<Override> {
    Ok(Override {
        original: row.get(0)?,
        start: row.get(1)?,
        end: row.get(2)?,
        status: code(row, 3)?,
        title: row.get(4)?,
    })
}

/// Whether `original` is the start of an occurrence of `a`.
pub(super) fn appointment_is_occurrence(a: &Appointment, original: NaiveDateTime) -> bool {
    a.fields.recurrence.is_some_and(|r| {
        r.starts_between(
            a.fields.start,
            original,
            original + chrono::Duration::seconds(1),
        )
        .first()
            == Some(&original)
    })
}

impl Store {
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

    pub(super) fn overrides(&self, id: AppointmentId) -> Result<Vec<Override>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT original, start, \"end\", status, title FROM appointment_override
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
        let mut schedule = Schedule::build(list, from, to, zone);
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name FROM client WHERE id = ?1")?;
        for id in schedule
            .appointments
            .iter()
            .filter_map(|a| a.fields.client_id)
        {
            if let Some(name) = stmt.query_row([id], |row| row.get(0)).optional()? {
                schedule.clients.insert(id, name);
            }
        }
        Ok(schedule)
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
            version: 0,
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
