//! Agendas and their appointments (DOMAIN.md "Agenda"): named agendas side by side,
//! each appointment timed or all-day, once or repeating, with single occurrences that
//! can be moved, cancelled or marked done without touching the rest of the series.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use super::attributes::coded_enum;
use super::client::ClientId;
use super::dates::in_range;
use super::recurrence::Recurrence;

/// Row id of an agenda.
pub type AgendaId = i64;

/// Row id of an appointment (one entry of an agenda, repeating or not).
pub type AppointmentId = i64;

/// A named agenda: the boss's, the secretary's, the shop's…
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    /// Its row id.
    pub id: AgendaId,
    /// Its name, unique regardless of case.
    pub name: String,
}

coded_enum! {
    /// What kind of appointment it is.
    pub enum Category {
        /// A meeting.
        Meeting,
        /// An activity (a fair, a course).
        Activity,
        /// Organising the shop or the office.
        Organisation,
        /// A phone call to make.
        Call,
        /// A visit, to or from a client.
        Visit,
        /// Family.
        Family,
        /// Leisure.
        Leisure,
    }
}

coded_enum! {
    /// Where an appointment (or one occurrence of a series) stands.
    pub enum AppointmentStatus {
        /// Still to happen.
        Planned,
        /// Happened, and marked so.
        Done,
        /// Called off; a cancelled occurrence is an exception of its series.
        Cancelled,
    }
}

/// An appointment as typed: everything but its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAppointment {
    /// The agenda it belongs to.
    pub agenda_id: AgendaId,
    /// What it is.
    pub title: String,
    /// When it starts, local wall-clock time; midnight for an all-day appointment.
    pub start: NaiveDateTime,
    /// When it ends (exclusive); for an all-day appointment, midnight after its last day.
    pub end: NaiveDateTime,
    /// Whether it takes whole days rather than hours.
    pub all_day: bool,
    /// What kind of appointment.
    pub category: Category,
    /// The client it concerns, if any.
    pub client_id: Option<ClientId>,
    /// Where.
    pub location: String,
    /// Free notes.
    pub notes: String,
    /// Planned, done or cancelled (for a series: of the whole series).
    pub status: AppointmentStatus,
    /// Minutes before the start to remind, if at all.
    pub reminder_minutes: Option<u32>,
    /// How it repeats, if it does.
    pub recurrence: Option<Recurrence>,
    /// The iCalendar UID: kept from an import, made up otherwise.
    pub uid: Option<String>,
}

/// A stored appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    /// Its row id.
    pub id: AppointmentId,
    /// Its fields.
    #[serde(flatten)]
    pub fields: NewAppointment,
    /// Occurrences of the series that were moved, cancelled or marked done, by their
    /// original start.
    pub overrides: Vec<Override>,
    /// Bumped by every write of the entry or one of its occurrences.
    #[serde(skip)]
    pub version: crate::domain::Version,
}

/// One occurrence of a series changed on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Override {
    /// The start the series gives it: its key.
    pub original: NaiveDateTime,
    /// Its start now.
    pub start: NaiveDateTime,
    /// Its end now.
    pub end: NaiveDateTime,
    /// Its own status.
    pub status: AppointmentStatus,
    /// Its own title, when it has one (else the series').
    pub title: Option<String>,
}

/// Why an appointment was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AppointmentError {
    /// No title.
    #[error("an appointment needs a title")]
    NoTitle,
    /// Ends before it starts.
    #[error("the end ({}) is before the start ({})", end.format("%Y-%m-%d %H:%M"), start.format("%Y-%m-%d %H:%M"))]
    EndsBeforeStart {
        /// The start typed.
        start: NaiveDateTime,
        /// The end typed.
        end: NaiveDateTime,
    },
    /// An all-day appointment that does not span whole days.
    #[error("an all-day appointment goes from midnight to midnight")]
    AllDayNotWholeDays,
    /// A recurrence that makes no sense.
    #[error("{0}")]
    Recurrence(#[from] crate::domain::recurrence::RecurrenceError),
    /// A day outside the years the agenda holds (1900 to 2200), for the entry or the
    /// last occurrence of its series.
    #[error("{} is outside the years 1900 to 2200", .0.format("%Y-%m-%d %H:%M"))]
    OutOfRange(NaiveDateTime),
    /// A reminder further ahead than a week.
    #[error("a reminder goes at most {MAX_REMINDER_MINUTES} minutes (a week) ahead, not {0}")]
    ReminderTooEarly(u32),
    /// A text longer than it may be.
    #[error("{0}: {1}")]
    TooLong(&'static str, crate::domain::validate::Invalid),
}

/// How far ahead a reminder may go: a week.
pub const MAX_REMINDER_MINUTES: u32 = 7 * 24 * 60;

impl NewAppointment {
    /// A planned one-off timed appointment with nothing else.
    pub fn timed(
        agenda_id: AgendaId,
        title: &str,
        start: NaiveDateTime,
        end: NaiveDateTime,
    ) -> Self {
        Self {
            agenda_id,
            title: title.to_string(),
            start,
            end,
            all_day: false,
            category: Category::Meeting,
            client_id: None,
            location: String::new(),
            notes: String::new(),
            status: AppointmentStatus::Planned,
            reminder_minutes: None,
            recurrence: None,
            uid: None,
        }
    }

    /// A planned one-off appointment taking the whole of `first..=last`.
    pub fn all_day(agenda_id: AgendaId, title: &str, first: NaiveDate, last: NaiveDate) -> Self {
        let (start, end) = whole_days(first, last);
        Self {
            all_day: true,
            ..Self::timed(agenda_id, title, start, end)
        }
    }

    /// Checks the rules every stored appointment keeps.
    pub fn validate(&self) -> Result<(), AppointmentError> {
        use crate::domain::validate::{LINE_MAX, NOTES_MAX, length};
        if self.title.trim().is_empty() {
            return Err(AppointmentError::NoTitle);
        }
        for (what, text, max) in [
            ("title", &self.title, LINE_MAX),
            ("place", &self.location, LINE_MAX),
            ("notes", &self.notes, NOTES_MAX),
        ] {
            length(text, max).map_err(|e| AppointmentError::TooLong(what, e))?;
        }
        if self.end < self.start {
            return Err(AppointmentError::EndsBeforeStart {
                start: self.start,
                end: self.end,
            });
        }
        if self.all_day
            && (self.start.time() != NaiveTime::MIN
                || self.end.time() != NaiveTime::MIN
                || self.end <= self.start)
        {
            return Err(AppointmentError::AllDayNotWholeDays);
        }
        for t in [self.start, self.end] {
            if !in_range(t.date()) {
                return Err(AppointmentError::OutOfRange(t));
            }
        }
        if let Some(m) = self.reminder_minutes.filter(|m| *m > MAX_REMINDER_MINUTES) {
            return Err(AppointmentError::ReminderTooEarly(m));
        }
        if let Some(r) = &self.recurrence {
            r.validate(self.start.date())
                .map_err(AppointmentError::Recurrence)?;
            // Bounded counts make this quick; a series with no end has no last day.
            if let Some(last) = self.last_end()
                && !in_range(last.date())
            {
                return Err(AppointmentError::OutOfRange(last));
            }
        }
        Ok(())
    }

    /// How long each occurrence lasts, in wall-clock time.
    pub fn length(&self) -> Duration {
        self.end - self.start
    }

    /// The end of the last occurrence, or `None` for a series without an end.
    pub fn last_end(&self) -> Option<NaiveDateTime> {
        match &self.recurrence {
            None => Some(self.end),
            Some(r) => r.last_start(self.start).map(|last| last + self.length()),
        }
    }
}

/// Midnight at the start of `first` and midnight after `last`.
pub fn whole_days(first: NaiveDate, last: NaiveDate) -> (NaiveDateTime, NaiveDateTime) {
    let end = last.succ_opt().unwrap_or(last);
    (first.and_time(NaiveTime::MIN), end.and_time(NaiveTime::MIN))
}

/// One occurrence of an appointment as it falls in the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    /// Its appointment.
    pub appointment_id: AppointmentId,
    /// The start the series gives it (equal to `start` unless it was moved).
    pub original: NaiveDateTime,
    /// When it starts.
    pub start: NaiveDateTime,
    /// When it ends (exclusive).
    pub end: NaiveDateTime,
    /// Its status: the occurrence's own, else the appointment's.
    pub status: AppointmentStatus,
    /// Whether it is one of a series.
    pub recurring: bool,
    /// Its own title, when it has one (else the appointment's).
    pub title: Option<String>,
}

impl Appointment {
    /// The title occurrence `o` shows: its own, else the appointment's.
    pub fn title_of<'a>(&'a self, o: &'a Occurrence) -> &'a str {
        o.title.as_deref().unwrap_or(&self.fields.title)
    }

    /// How many occurrences the entry has (1 when it does not repeat), cancelled ones
    /// included, or `None` for a series without an end.
    pub fn occurrence_count(&self) -> Option<usize> {
        match &self.fields.recurrence {
            None => Some(1),
            Some(r) => r.count(self.fields.start),
        }
    }

    /// The occurrences that overlap `from..to` (an all-day or empty one counts when it
    /// starts inside), in order of their original start, cancelled ones included.
    pub fn occurrences(&self, from: NaiveDateTime, to: NaiveDateTime) -> Vec<Occurrence> {
        let f = &self.fields;
        let length = f.length();
        // A moved occurrence may now fall in the window though its original does not:
        // widen the walk by the furthest any occurrence was moved.
        let slack = self
            .overrides
            .iter()
            .map(|o| (o.start - o.original).abs())
            .max()
            .unwrap_or_default();
        let starts: Vec<NaiveDateTime> = match &f.recurrence {
            None => vec![f.start],
            Some(r) => r.starts_between(f.start, from - length - slack, to + slack),
        };
        starts
            .into_iter()
            .map(|original| {
                let moved = self.overrides.iter().find(|o| o.original == original);
                Occurrence {
                    appointment_id: self.id,
                    original,
                    start: moved.map_or(original, |o| o.start),
                    end: moved.map_or(original + length, |o| o.end),
                    status: moved.map_or(f.status, |o| o.status),
                    recurring: f.recurrence.is_some(),
                    title: moved.and_then(|o| o.title.clone()),
                }
            })
            .filter(|o| overlaps(o.start, o.end, from, to))
            .collect()
    }
}

/// Whether `[start, end)` meets `[from, to)`; an empty span counts when it lies inside.
pub fn overlaps(
    start: NaiveDateTime,
    end: NaiveDateTime,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> bool {
    start < to && (end > from || (start == end && start >= from))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::recurrence::{Repeat, RepeatEnd};

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .expect("valid test time")
    }

    fn weekly(count: u32) -> Appointment {
        let mut fields =
            NewAppointment::timed(1, "Stand-up", at(2026, 3, 2, 9, 0), at(2026, 3, 2, 9, 30));
        fields.recurrence = Some(Recurrence::new(Repeat::Weekly, RepeatEnd::Count(count)));
        Appointment {
            version: 1,
            id: 7,
            fields,
            overrides: Vec::new(),
        }
    }

    #[test]
    fn validation_names_the_problem() {
        let mut a = NewAppointment::timed(1, " ", at(2026, 1, 1, 10, 0), at(2026, 1, 1, 11, 0));
        assert_eq!(a.validate(), Err(AppointmentError::NoTitle));
        a.title = "x".into();
        a.end = at(2026, 1, 1, 9, 0);
        assert!(matches!(
            a.validate(),
            Err(AppointmentError::EndsBeforeStart { .. })
        ));
        let mut day = NewAppointment::all_day(
            1,
            "Fair",
            at(2026, 1, 1, 0, 0).date(),
            at(2026, 1, 2, 0, 0).date(),
        );
        assert_eq!(day.validate(), Ok(()));
        assert_eq!(day.end, at(2026, 1, 3, 0, 0));
        day.start = at(2026, 1, 1, 8, 0);
        assert_eq!(day.validate(), Err(AppointmentError::AllDayNotWholeDays));
    }

    #[test]
    fn a_moved_occurrence_shows_where_it_went_and_the_rest_stay() {
        let mut a = weekly(4);
        a.overrides.push(Override {
            title: None,
            original: at(2026, 3, 9, 9, 0),
            start: at(2026, 3, 10, 12, 0),
            end: at(2026, 3, 10, 12, 30),
            status: AppointmentStatus::Planned,
        });
        a.overrides.push(Override {
            title: None,
            original: at(2026, 3, 16, 9, 0),
            start: at(2026, 3, 16, 9, 0),
            end: at(2026, 3, 16, 9, 30),
            status: AppointmentStatus::Cancelled,
        });
        let all = a.occurrences(at(2026, 1, 1, 0, 0), at(2027, 1, 1, 0, 0));
        let starts: Vec<_> = all.iter().map(|o| (o.start, o.status)).collect();
        assert_eq!(
            starts,
            vec![
                (at(2026, 3, 2, 9, 0), AppointmentStatus::Planned),
                (at(2026, 3, 10, 12, 0), AppointmentStatus::Planned),
                (at(2026, 3, 16, 9, 0), AppointmentStatus::Cancelled),
                (at(2026, 3, 23, 9, 0), AppointmentStatus::Planned),
            ]
        );
        // The Tuesday the second one moved to holds it; its Monday does not.
        let tuesday = a.occurrences(at(2026, 3, 10, 0, 0), at(2026, 3, 11, 0, 0));
        assert_eq!(tuesday.len(), 1);
        assert_eq!(tuesday[0].original, at(2026, 3, 9, 9, 0));
        assert!(
            a.occurrences(at(2026, 3, 9, 0, 0), at(2026, 3, 10, 0, 0))
                .is_empty()
        );
    }

    #[test]
    fn windows_take_what_overlaps_them_and_not_what_touches_them() {
        let a = weekly(1);
        assert_eq!(
            a.occurrences(at(2026, 3, 2, 9, 29), at(2026, 3, 2, 9, 31))
                .len(),
            1
        );
        assert!(
            a.occurrences(at(2026, 3, 2, 9, 30), at(2026, 3, 2, 10, 0))
                .is_empty()
        );
        assert!(
            a.occurrences(at(2026, 3, 2, 8, 0), at(2026, 3, 2, 9, 0))
                .is_empty()
        );
        assert_eq!(a.fields.last_end(), Some(at(2026, 3, 2, 9, 30)));
        assert_eq!(weekly(3).fields.last_end(), Some(at(2026, 3, 16, 9, 30)));
    }
}
