//! A stretch of the calendar as the views and the CLI list it: every occurrence of the
//! appointments that meet it, in order, each with what it clashes with; the clash
//! check before saving; and the reminders that are due.

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};
use chrono_tz::Tz;
use serde::Serialize;

use super::agenda::{Appointment, AppointmentId, AppointmentStatus, NewAppointment, Occurrence};
use super::clash::{Slot, clashes, clashes_between};
use super::client::ClientId;

/// How far ahead a series without an end is checked for clashes: two years.
pub const OPEN_SERIES_HORIZON: Duration = Duration::days(731);

/// One occurrence in a schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The occurrence.
    pub occurrence: Occurrence,
    /// Index of its appointment in [`Schedule::appointments`].
    pub appointment: usize,
    /// The appointments it clashes with, by id, without repeats.
    pub clashes_with: Vec<AppointmentId>,
}

/// The occurrences of some appointments over `from..to`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schedule {
    /// The appointments that meet the stretch.
    pub appointments: Vec<Appointment>,
    /// Their occurrences in it, by start, then agenda, then title.
    pub items: Vec<Listed>,
    /// The names of the clients they are for, when the store filled them in.
    pub clients: HashMap<ClientId, String>,
}

fn slot(zone: Tz, a: &Appointment, o: &Occurrence) -> Slot {
    Slot::new(
        zone,
        a.fields.agenda_id,
        a.id,
        o.original,
        o.start,
        o.end,
        a.fields.all_day,
        o.status,
    )
}

impl Schedule {
    /// Expands `appointments` over `from..to` and finds the clashes among them.
    pub fn build(
        appointments: Vec<Appointment>,
        from: NaiveDateTime,
        to: NaiveDateTime,
        zone: Tz,
    ) -> Self {
        let mut items: Vec<Listed> = appointments
            .iter()
            .enumerate()
            .flat_map(|(i, a)| {
                a.occurrences(from, to)
                    .into_iter()
                    .map(move |occurrence| Listed {
                        occurrence,
                        appointment: i,
                        clashes_with: Vec::new(),
                    })
            })
            .collect();
        let slots: Vec<Slot> = items
            .iter()
            .map(|l| slot(zone, &appointments[l.appointment], &l.occurrence))
            .collect();
        for (item, found) in items.iter_mut().zip(clashes(&slots)) {
            let mut ids: Vec<AppointmentId> =
                found.iter().map(|&j| slots[j].appointment_id).collect();
            ids.sort_unstable();
            ids.dedup();
            item.clashes_with = ids;
        }
        items.sort_by_key(|l| {
            let a = &appointments[l.appointment];
            let o = &l.occurrence;
            (
                o.start.date(),
                !a.fields.all_day,
                o.start,
                a.fields.agenda_id,
                a.title_of(o).to_string(),
            )
        });
        Self {
            appointments,
            items,
            clients: HashMap::new(),
        }
    }

    /// The appointment of an item.
    pub fn appointment_of(&self, item: &Listed) -> &Appointment {
        &self.appointments[item.appointment]
    }

    /// The title an item shows: its occurrence's own, else its appointment's.
    pub fn title_of<'a>(&'a self, item: &'a Listed) -> &'a str {
        self.appointment_of(item).title_of(&item.occurrence)
    }

    /// The planned occurrences whose reminder time has come at `now` and that have not
    /// started yet.
    pub fn due(&self, now: NaiveDateTime) -> Vec<&Listed> {
        self.items
            .iter()
            .filter(|l| {
                let a = self.appointment_of(l);
                let o = &l.occurrence;
                a.fields.reminder_minutes.is_some_and(|m| {
                    o.status == AppointmentStatus::Planned
                        && o.start - Duration::minutes(i64::from(m)) <= now
                        && now < o.start
                })
            })
            .collect()
    }
}

/// The stretch over which an appointment is checked for clashes: from its start to
/// the end of its last occurrence, or [`OPEN_SERIES_HORIZON`] for an open series.
pub fn clash_window(a: &NewAppointment) -> (NaiveDateTime, NaiveDateTime) {
    let end = a
        .last_end()
        .unwrap_or_else(|| a.start + OPEN_SERIES_HORIZON + a.length());
    (a.start, end)
}

/// An occurrence an appointment being saved would clash with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clash {
    /// The other appointment.
    pub appointment_id: AppointmentId,
    /// Its title.
    pub title: String,
    /// When the clashing occurrence starts.
    pub start: NaiveDateTime,
    /// When it ends.
    pub end: NaiveDateTime,
}

/// The occurrences of `others` that `candidate` clashes with over `from..to`, by start.
pub fn clashes_of(
    candidate: &Appointment,
    others: &[Appointment],
    (from, to): (NaiveDateTime, NaiveDateTime),
    zone: Tz,
) -> Vec<Clash> {
    let mine: Vec<Slot> = candidate
        .occurrences(from, to)
        .iter()
        .map(|o| slot(zone, candidate, o))
        .collect();
    let mut occurrences: Vec<(&Appointment, Occurrence)> = Vec::new();
    for other in others.iter().filter(|o| o.id != candidate.id) {
        for o in other.occurrences(from, to) {
            occurrences.push((other, o));
        }
    }
    let theirs: Vec<Slot> = occurrences.iter().map(|(a, o)| slot(zone, a, o)).collect();
    clashes_between(&mine, &theirs)
        .into_iter()
        .map(|i| {
            let (a, o) = &occurrences[i];
            Clash {
                appointment_id: a.id,
                title: a.title_of(o).to_string(),
                start: o.start,
                end: o.end,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::Override;
    use crate::domain::recurrence::{Recurrence, Repeat, RepeatEnd};
    use chrono::NaiveDate;
    use chrono_tz::Europe::Madrid;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .expect("valid test time")
    }

    fn appointment(
        id: AppointmentId,
        title: &str,
        start: NaiveDateTime,
        minutes: i64,
    ) -> Appointment {
        Appointment {
            version: 1,
            id,
            fields: NewAppointment::timed(1, title, start, start + Duration::minutes(minutes)),
            overrides: Vec::new(),
        }
    }

    fn weekly_standup() -> Appointment {
        let mut a = appointment(1, "Stand-up", at(2026, 3, 2, 10, 0), 60);
        a.fields.recurrence = Some(Recurrence::new(Repeat::Weekly, RepeatEnd::Count(10)));
        a
    }

    #[test]
    fn a_recurring_occurrence_clashes_and_names_the_other_entry() {
        let visit = appointment(2, "Visit Ana", at(2026, 3, 16, 10, 30), 30);
        let after = appointment(3, "Call Luis", at(2026, 3, 16, 11, 0), 30);
        let s = Schedule::build(
            vec![weekly_standup(), visit.clone(), after],
            at(2026, 3, 16, 0, 0),
            at(2026, 3, 17, 0, 0),
            Madrid,
        );
        let by_title: Vec<(&str, Vec<AppointmentId>)> = s
            .items
            .iter()
            .map(|l| {
                (
                    s.appointment_of(l).fields.title.as_str(),
                    l.clashes_with.clone(),
                )
            })
            .collect();
        assert_eq!(
            by_title,
            vec![
                ("Stand-up", vec![2]),
                ("Visit Ana", vec![1]),
                ("Call Luis", vec![])
            ]
        );
        let found = clashes_of(
            &visit,
            &[weekly_standup()],
            clash_window(&visit.fields),
            Madrid,
        );
        assert_eq!(
            found,
            vec![Clash {
                appointment_id: 1,
                title: "Stand-up".into(),
                start: at(2026, 3, 16, 10, 0),
                end: at(2026, 3, 16, 11, 0),
            }]
        );
    }

    #[test]
    fn moving_or_cancelling_one_occurrence_clears_its_clash() {
        let visit = appointment(2, "Visit Ana", at(2026, 3, 16, 10, 30), 30);
        for status in [AppointmentStatus::Planned, AppointmentStatus::Cancelled] {
            let mut standup = weekly_standup();
            standup.overrides.push(Override {
                title: None,
                original: at(2026, 3, 16, 10, 0),
                start: at(
                    2026,
                    3,
                    16,
                    if status == AppointmentStatus::Planned {
                        9
                    } else {
                        10
                    },
                    0,
                ),
                end: at(
                    2026,
                    3,
                    16,
                    if status == AppointmentStatus::Planned {
                        10
                    } else {
                        11
                    },
                    0,
                ),
                status,
            });
            assert!(clashes_of(&visit, &[standup], clash_window(&visit.fields), Madrid).is_empty());
        }
    }

    #[test]
    fn a_new_series_is_checked_over_its_whole_span() {
        let mut daily = appointment(9, "Opening", at(2026, 3, 1, 10, 0), 15);
        daily.fields.recurrence = Some(Recurrence::new(Repeat::Daily, RepeatEnd::Never));
        let far = appointment(2, "Supplier", at(2027, 6, 1, 10, 10), 30);
        let beyond = appointment(3, "Fair", at(2029, 6, 1, 10, 0), 30);
        let window = clash_window(&daily.fields);
        assert_eq!(window.1, at(2028, 3, 1, 10, 15));
        let found = clashes_of(&daily, &[far, beyond], window, Madrid);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "Supplier");
    }

    #[test]
    fn reminders_fall_due_from_their_time_until_the_start() {
        let mut a = appointment(1, "Dentist", at(2026, 5, 4, 10, 0), 30);
        a.fields.reminder_minutes = Some(15);
        let s = Schedule::build(vec![a], at(2026, 5, 4, 0, 0), at(2026, 5, 5, 0, 0), Madrid);
        assert!(s.due(at(2026, 5, 4, 9, 44)).is_empty());
        assert_eq!(s.due(at(2026, 5, 4, 9, 45)).len(), 1);
        assert_eq!(s.due(at(2026, 5, 4, 9, 59)).len(), 1);
        assert!(s.due(at(2026, 5, 4, 10, 0)).is_empty());
    }
}
