//! The Agenda tab's calendar: which view, which day and time, which agendas are shown,
//! the occurrences loaded. Drawn by [`view`](super::view).

use std::collections::HashSet;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};

use crate::domain::{Agenda, AgendaId, AppointmentId, Listed, Schedule};

/// Minutes per row of the day view.
pub const SLOT_MINUTES: u32 = 30;
/// Rows of a day.
pub const SLOTS: usize = (24 * 60 / SLOT_MINUTES) as usize;
/// Days the upcoming list looks ahead.
pub const UPCOMING_DAYS: i64 = 60;

/// How the tab shows the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AgendaView {
    /// One day, the shown agendas side by side in half-hour rows.
    #[default]
    Day,
    /// Seven days, Monday first.
    Week,
    /// What comes next, from today.
    Upcoming,
}

/// The calendar of the Agenda tab: which view, day and time, which agendas are shown,
/// the occurrences loaded and the reminders.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    /// The view shown.
    pub view: AgendaView,
    /// The day under the cursor.
    pub day: NaiveDate,
    /// The day view's cursor row (half hours from midnight).
    pub slot: usize,
    /// The day view's cursor column (among the shown agendas).
    pub column: usize,
    /// The week view's row in the day's list, or the upcoming list's row.
    pub row: usize,
    /// Every agenda.
    pub agendas: Vec<Agenda>,
    /// Agendas the user hid.
    pub hidden: HashSet<AgendaId>,
    /// The occurrences loaded and the stretch they cover.
    pub schedule: Schedule,
    /// The stretch loaded, if any.
    pub loaded: Option<(NaiveDateTime, NaiveDateTime)>,
    /// Occurrences whose reminders may fall due soon.
    pub reminders: Schedule,
    /// Reminders already shown, by entry and original start.
    pub reminded: HashSet<(AppointmentId, NaiveDateTime)>,
    /// Whether the day view's cursor was put on the day's entries since they loaded.
    pub placed: bool,
    /// Where the cursor goes once the day is placed: the start and agenda of an entry
    /// just saved.
    pub aim: Option<(NaiveDateTime, AgendaId)>,
}

/// Monday of the week of `day`.
pub fn monday(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The half-hour row of `day` that `t` falls in (0 before the day starts).
pub fn slot_of(day: NaiveDate, t: NaiveDateTime) -> usize {
    ((t - day.and_time(NaiveTime::MIN)).num_minutes().max(0) as usize) / SLOT_MINUTES as usize
}

/// The start of half-hour row `slot` of `day`.
pub fn slot_start(day: NaiveDate, slot: usize) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN) + Duration::minutes(i64::from(SLOT_MINUTES) * slot as i64)
}

impl Calendar {
    /// A tab on `today` at 09:00.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            day: today,
            slot: 18,
            ..Self::default()
        }
    }

    /// Puts the day view's cursor on the day's next entry in its column (today: the
    /// first that has not ended by `now`; another day: its first); with none, on the
    /// hour now (today) or where it was. The column stays: the agenda the user is on
    /// (the first when the tab opens) is the one keys act on, whatever the day holds.
    pub fn place(&mut self, now: NaiveDateTime) {
        self.placed = true;
        if let Some((start, agenda)) = self.aim.take().filter(|(s, _)| s.date() == self.day) {
            let column = self.shown().iter().position(|a| a.id == agenda);
            self.slot = slot_of(self.day, start).min(SLOTS - 1);
            self.column = column.unwrap_or(self.column);
            self.select_row_at(start);
            return;
        }
        let column = self.column_agenda().map(|a| a.id);
        let today = self.day == now.date();
        let mut timed: Vec<&Listed> = self
            .items_on(self.day, column)
            .into_iter()
            .filter(|l| !self.schedule.appointment_of(l).fields.all_day)
            .filter(|l| l.occurrence.start.date() == self.day)
            .collect();
        timed.sort_by_key(|l| l.occurrence.start);
        let next = timed
            .iter()
            .find(|l| !today || l.occurrence.end > now)
            .or(timed.first());
        let slot_of = |t: NaiveDateTime| slot_of(self.day, t);
        match next {
            Some(l) => {
                let start = l.occurrence.start;
                self.slot = slot_of(start).min(SLOTS - 1);
                self.select_row_at(start);
            }
            None if today => self.slot = slot_of(now).min(SLOTS - 1),
            None => {}
        }
    }

    /// The agendas shown, in order.
    pub fn shown(&self) -> Vec<&Agenda> {
        self.agendas
            .iter()
            .filter(|a| !self.hidden.contains(&a.id))
            .collect()
    }

    /// The stretch the current view needs loaded.
    pub fn needed(&self, today: NaiveDate) -> (NaiveDateTime, NaiveDateTime) {
        let midnight = |d: NaiveDate| d.and_time(NaiveTime::MIN);
        match self.view {
            AgendaView::Day | AgendaView::Week => {
                let m = monday(self.day);
                (midnight(m), midnight(m + Duration::days(7)))
            }
            AgendaView::Upcoming => (
                midnight(today),
                midnight(today + Duration::days(UPCOMING_DAYS)),
            ),
        }
    }

    /// Whether the loaded stretch covers what the view needs.
    pub fn covers(&self, today: NaiveDate) -> bool {
        self.loaded.is_some_and(|(from, to)| {
            let (a, b) = self.needed(today);
            from <= a && b <= to
        })
    }

    /// The occurrences of the shown agendas (or of `agenda` only) on `day`.
    pub fn items_on(&self, day: NaiveDate, agenda: Option<AgendaId>) -> Vec<&Listed> {
        let (from, to) = crate::domain::agenda::whole_days(day, day);
        let shown: HashSet<AgendaId> = self.shown().iter().map(|a| a.id).collect();
        self.schedule
            .items
            .iter()
            .filter(|l| {
                let a = self.schedule.appointment_of(l).fields.agenda_id;
                agenda.map_or(shown.contains(&a), |only| only == a)
                    && crate::domain::agenda::overlaps(
                        l.occurrence.start,
                        l.occurrence.end,
                        from,
                        to,
                    )
            })
            .collect()
    }

    /// The upcoming occurrences of the shown agendas from `now`.
    pub fn upcoming(&self, now: NaiveDateTime) -> Vec<&Listed> {
        let shown: HashSet<AgendaId> = self.shown().iter().map(|a| a.id).collect();
        self.schedule
            .items
            .iter()
            .filter(|l| {
                shown.contains(&self.schedule.appointment_of(l).fields.agenda_id)
                    && l.occurrence.end > now
            })
            .collect()
    }

    /// The agenda of the day view's cursor column.
    pub fn column_agenda(&self) -> Option<&Agenda> {
        let shown = self.shown();
        shown
            .get(self.column.min(shown.len().saturating_sub(1)))
            .copied()
    }

    /// The occurrence under the cursor.
    pub fn selected(&self, now: NaiveDateTime) -> Option<&Listed> {
        match self.view {
            AgendaView::Day => {
                let agenda = self.column_agenda()?.id;
                let from = slot_start(self.day, self.slot);
                let to = from + Duration::minutes(i64::from(SLOT_MINUTES));
                let items = self.items_on(self.day, Some(agenda));
                items
                    .iter()
                    .find(|l| {
                        !self.schedule.appointment_of(l).fields.all_day
                            && crate::domain::agenda::overlaps(
                                l.occurrence.start,
                                l.occurrence.end,
                                from,
                                to,
                            )
                    })
                    .or_else(|| {
                        // The first row of the day also picks an all-day entry.
                        items.iter().find(|l| {
                            self.schedule.appointment_of(l).fields.all_day && self.slot == 0
                        })
                    })
                    .copied()
            }
            AgendaView::Week => self.items_on(self.day, None).get(self.row).copied(),
            AgendaView::Upcoming => self.upcoming(now).get(self.row).copied(),
        }
    }

    /// Moves the cursor up or down a row.
    pub fn move_row(&mut self, delta: isize, now: NaiveDateTime) {
        let clamp = |v: usize, n: usize| {
            (v as isize + delta).clamp(0, n.saturating_sub(1) as isize) as usize
        };
        match self.view {
            AgendaView::Day => self.slot = clamp(self.slot, SLOTS),
            AgendaView::Week => self.row = clamp(self.row, self.items_on(self.day, None).len()),
            AgendaView::Upcoming => self.row = clamp(self.row, self.upcoming(now).len()),
        }
    }

    /// Moves to another day (by `days`), keeping the time.
    pub fn move_days(&mut self, days: i64, now: NaiveDateTime) {
        let day = self.day + Duration::days(days);
        self.show_day(day, now);
    }

    /// Shows `day`, its cursor on its next entry once its entries are loaded (at once
    /// when they are).
    pub fn show_day(&mut self, day: NaiveDate, now: NaiveDateTime) {
        self.day = day;
        self.row = 0;
        self.placed = false;
        let start = day.and_time(NaiveTime::MIN);
        if self
            .loaded
            .is_some_and(|(from, to)| from <= start && start < to)
        {
            self.place(now);
        }
    }

    /// The week's and the upcoming list's row on the entry of the day that starts at
    /// `at` (or the first after it).
    fn select_row_at(&mut self, at: NaiveDateTime) {
        let items = self.items_on(self.day, None);
        self.row = items
            .iter()
            .position(|l| l.occurrence.start >= at)
            .unwrap_or(0);
    }

    /// The next view: day → week → upcoming → day.
    pub fn cycle_view(&mut self) {
        self.view = match self.view {
            AgendaView::Day => AgendaView::Week,
            AgendaView::Week => AgendaView::Upcoming,
            AgendaView::Upcoming => AgendaView::Day,
        };
        // The week keeps the day view's entry (the one at or after its cursor).
        match self.view {
            AgendaView::Week => self.select_row_at(slot_start(self.day, self.slot)),
            _ => self.row = 0,
        }
    }

    /// The reminders that fell due by `now` and were not shown yet ("10:00 Dentist"),
    /// now counted as shown.
    pub fn due_reminders(&mut self, now: NaiveDateTime) -> Vec<String> {
        let (reminders, reminded) = (&self.reminders, &mut self.reminded);
        reminders
            .due(now)
            .into_iter()
            .filter(|l| reminded.insert((l.occurrence.appointment_id, l.occurrence.original)))
            .map(|l| {
                let title = reminders.title_of(l);
                format!("{} {title}", l.occurrence.start.format("%H:%M"))
            })
            .collect()
    }

    /// Where a new entry starts: the cursor's row in the day view, 09:00 otherwise.
    pub fn new_start(&self) -> NaiveDateTime {
        match self.view {
            AgendaView::Day => slot_start(self.day, self.slot),
            _ => slot_start(self.day, 18),
        }
    }
}
