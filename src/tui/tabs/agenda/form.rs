//! The agenda entry form: a new entry, a whole entry (or series), or one occurrence of
//! a series. Keeps what was typed when a save is refused, and warns of clashes before
//! saving: a second Ctrl-S saves anyway.

pub use super::entry_field::EntryField;
use crate::domain::dates::{parse_clock, parse_date_in_year, parse_end, parse_optional_date};
use crate::domain::{
    Agenda, AppointmentId, AppointmentStatus, Category, Clash, NewAppointment, Override,
    Recurrence, Repeat, RepeatEnd,
};
use crate::i18n::{Locale, Msg, fill};
use crate::store::Base;
use crate::tui::widgets::TextInput;
use crate::tui::widgets::fields::{Choice, Fields, Input, choice, choices, yes_no};
use chrono::{Duration, NaiveDateTime, NaiveTime};

/// What the form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editing {
    /// A new entry.
    New,
    /// A stored entry, the whole series if it repeats.
    Entry(AppointmentId),
    /// One occurrence of a series, by its original start.
    Occurrence(AppointmentId, NaiveDateTime),
}

/// What a valid form saves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Booking {
    /// A new or changed entry.
    Entry(Option<AppointmentId>, Box<NewAppointment>),
    /// One occurrence changed.
    Occurrence(AppointmentId, Override, Box<NewAppointment>),
}

impl Booking {
    /// The stored entry it changes, if any.
    pub fn appointment(&self) -> Option<AppointmentId> {
        match self {
            Booking::Entry(id, _) => *id,
            Booking::Occurrence(id, _, _) => Some(*id),
        }
    }
}

/// State of the entry form.
#[derive(Debug, Clone)]
pub struct AppointmentForm {
    /// What is being edited.
    pub editing: Editing,
    /// The rows.
    pub fields: Fields<EntryField>,
    /// The agendas offered, in the order of the Agenda choice.
    pub agendas: Vec<Agenda>,
    /// The entry as it was, for what the form does not show (UID, series rule when
    /// only an occurrence is edited).
    pub base: NewAppointment,
    /// Why the last save was refused.
    pub error: Option<String>,
    /// What the last save would clash with; saving again with the same ones saves.
    pub clashes: Vec<Clash>,
    /// The version of the stored entry the form was opened on: saving is refused if
    /// someone else changed it since.
    pub seen: Base,
    /// How long the entry lasts: moving its start moves its end by as much. From the
    /// entry as opened, then from the end the user sets.
    pub length: Option<Duration>,
}

impl AppointmentForm {
    /// A form showing `a`.
    pub fn new(editing: Editing, a: &NewAppointment, agendas: &[Agenda], l: &Locale) -> Self {
        use EntryField as F;
        let text = |s: &str| Input::Text(Box::new(TextInput::new(s)));
        let hm = |t: NaiveDateTime| t.format("%H:%M").to_string();
        let last_day = if a.all_day {
            a.end - Duration::days(1)
        } else {
            a.end
        };
        let agenda = Input::Choice {
            options: agendas
                .iter()
                .map(|_| Choice {
                    code: None,
                    msg: Msg::FieldAgenda,
                })
                .collect(),
            selected: agendas
                .iter()
                .position(|g| g.id == a.agenda_id)
                .unwrap_or(0),
        };
        let r = a.recurrence;
        let repeat = {
            let mut options = vec![Choice {
                code: None,
                msg: Msg::RepeatNone,
            }];
            options.extend(choices::<Repeat>(false));
            choice(options, r.map(|r| r.repeat.code()))
        };
        let (until, count) = match r.map(|r| r.end) {
            Some(RepeatEnd::Until(d)) => (l.date(d), String::new()),
            Some(RepeatEnd::Count(n)) => (String::new(), n.to_string()),
            _ => (String::new(), String::new()),
        };
        // Title, then the times (a new entry's date is the day shown), then the date.
        let mut rows = vec![
            (F::Title, text(&a.title)),
            (
                F::Start,
                text(&if a.all_day {
                    String::new()
                } else {
                    hm(a.start)
                }),
            ),
            (
                F::End,
                text(&if a.all_day {
                    String::new()
                } else {
                    hm(last_day)
                }),
            ),
            (F::Date, text(&l.date(a.start.date()))),
            (F::AllDay, yes_no(a.all_day)),
        ];
        if let Editing::Occurrence(..) = editing {
            rows.push((
                F::Status,
                choice(choices::<AppointmentStatus>(false), Some(a.status.code())),
            ));
        } else {
            rows.insert(0, (F::Agenda, agenda));
            rows.extend([
                (
                    F::Category,
                    choice(choices::<Category>(false), Some(a.category.code())),
                ),
                (
                    F::Client,
                    text(&a.client_id.map(|c| c.to_string()).unwrap_or_default()),
                ),
                (F::Location, text(&a.location)),
                (F::Notes, text(&a.notes)),
                (
                    F::Reminder,
                    text(
                        &a.reminder_minutes
                            .map(|m| m.to_string())
                            .unwrap_or_default(),
                    ),
                ),
                (F::Repeat, repeat),
                (
                    F::Every,
                    text(
                        &r.map(|r| r.interval)
                            .filter(|&n| n > 1)
                            .map(|n| n.to_string())
                            .unwrap_or_default(),
                    ),
                ),
                (F::Until, text(&until)),
                (F::Count, text(&count)),
                (
                    F::Status,
                    choice(choices::<AppointmentStatus>(false), Some(a.status.code())),
                ),
            ]);
        }
        let mut fields = Fields::new(rows);
        let focus = fields.iter().position(|f| f.field == F::Title).unwrap_or(0);
        fields.focus_field(focus);
        for f in fields.iter_mut() {
            if let Input::Text(t) = &mut f.input {
                match f.field {
                    F::Date | F::Until => t.set_placeholder(l.t(Msg::AgendaDateHint)),
                    F::Every => t.set_placeholder(l.t(Msg::EveryHint)),
                    _ => {}
                }
            }
        }
        Self {
            editing,
            fields,
            agendas: agendas.to_vec(),
            base: a.clone(),
            error: None,
            clashes: Vec::new(),
            seen: Base::Latest,
            length: (!a.all_day).then(|| a.end - a.start),
        }
    }

    /// A blank entry for `agenda` at `start`, `minutes` long (the config's
    /// `[agenda] entry_minutes`).
    pub fn blank(agenda: &Agenda, start: NaiveDateTime, minutes: u32) -> NewAppointment {
        let end = start + Duration::minutes(i64::from(minutes));
        NewAppointment::timed(agenda.id, "", start, end)
    }

    /// After the start was typed: the end moves with it, keeping the length, unless
    /// the end holds a length (`30m`), which follows by itself.
    pub fn follow_start(&mut self) {
        use EntryField as F;
        let Some(length) = self.length else {
            return;
        };
        let end_text = self.fields.text_of(F::End);
        if !end_text.trim().is_empty() && parse_clock(&end_text).is_none() {
            return;
        }
        let Some(start) = parse_clock(&self.fields.text_of(F::Start)) else {
            // A start that is no time (yet, or `25:00`): an end worked out from an
            // earlier keystroke would be stale.
            self.fields.set_text(F::End, "");
            return;
        };
        let (end, wrapped) = start.overflowing_add_signed(length);
        if wrapped == 0 {
            self.fields
                .set_text(F::End, &end.format("%H:%M").to_string());
        } else {
            // Past midnight the end cannot follow: it is left for the user to type,
            // not kept from a start half typed (`2` of `23:30` made it 03:00).
            self.fields.set_text(F::End, "");
        }
    }

    /// After the end was typed: a valid end sets the length later start moves keep.
    pub fn note_end(&mut self) {
        use EntryField as F;
        if let Some(start) = parse_clock(&self.fields.text_of(F::Start))
            && let Some(end) = parse_end(&self.fields.text_of(F::End), start)
            && end > start
        {
            self.length = Some(end - start);
        }
    }

    /// The name of the agenda chosen.
    pub fn agenda_name(&self) -> &str {
        match self
            .fields
            .iter()
            .find(|f| f.field == EntryField::Agenda)
            .map(|f| &f.input)
        {
            Some(Input::Choice { selected, .. }) => {
                self.agendas.get(*selected).map_or("", |a| a.name.as_str())
            }
            _ => "",
        }
    }

    /// The start typed (`10`, `10:30`, `10h30`…), the end typed as a time or as a
    /// length after `start` (`30m`, `1h30`, `+45`).
    fn time(
        &self,
        field: EntryField,
        start: Option<NaiveTime>,
        l: &Locale,
    ) -> Result<Option<NaiveTime>, String> {
        let text = self.fields.text_of(field);
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let parsed = match start {
            Some(start) => parse_end(text, start),
            None => parse_clock(text),
        };
        parsed
            .map(Some)
            .ok_or_else(|| format!("{}: {}", l.label(&field), fill(l.t(Msg::ProblemTime), text)))
    }

    fn number(&self, field: EntryField, l: &Locale) -> Result<Option<u32>, String> {
        let text = self.fields.text_of(field);
        match text.trim() {
            "" => Ok(None),
            s => s.parse().map(Some).map_err(|_| {
                let problem = match field {
                    EntryField::Client => Msg::ProblemNumber,
                    _ => Msg::ProblemNotANumber,
                };
                format!("{}: {}", l.label(&field), fill(l.t(problem), s))
            }),
        }
    }

    /// What the form describes, or the first problem with it.
    pub fn to_booking(&self, l: &Locale) -> Result<Booking, String> {
        use EntryField as F;
        let date_text = self.fields.text_of(F::Date);
        // A day without the year (30/11) is in the year of the day the form opened on.
        let day = parse_date_in_year(&date_text, self.base.start.date()).map_err(|_| {
            format!(
                "{}: {}",
                l.label(&F::Date),
                fill(l.t(Msg::ProblemDate), date_text.trim())
            )
        })?;
        let all_day = self.fields.code_of(F::AllDay) == Some("yes");
        let (start, end) = if all_day {
            crate::domain::agenda::whole_days(day, day)
        } else {
            let start = self.time(F::Start, None, l)?.unwrap_or(NaiveTime::MIN);
            let end = self.time(F::End, Some(start), l)?.unwrap_or(start);
            (day.and_time(start), day.and_time(end))
        };
        if end < start {
            return Err(format!(
                "{}: {}",
                l.label(&F::End),
                l.t(Msg::ProblemEndBeforeStart)
            ));
        }
        let status = self
            .fields
            .code_of(F::Status)
            .and_then(|c| c.parse().ok())
            .unwrap_or(AppointmentStatus::Planned);
        if let Editing::Occurrence(id, original) = self.editing {
            // A title typed for this occurrence only is its own; the series' is none.
            let title = self.fields.text_of(F::Title).trim().to_string();
            if title.is_empty() {
                return Err(format!(
                    "{}: {}",
                    l.label(&F::Title),
                    l.t(Msg::ProblemRequired)
                ));
            }
            let ov = Override {
                original,
                start,
                end,
                status,
                title: (title != self.base.title).then_some(title),
            };
            return Ok(Booking::Occurrence(id, ov, Box::new(self.base.clone())));
        }
        let mut a = self.base.clone();
        a.title = self.fields.text_of(F::Title).trim().to_string();
        if a.title.is_empty() {
            return Err(format!(
                "{}: {}",
                l.label(&F::Title),
                l.t(Msg::ProblemRequired)
            ));
        }
        if let Some(Input::Choice { selected, .. }) = self
            .fields
            .iter()
            .find(|f| f.field == F::Agenda)
            .map(|f| &f.input)
            && let Some(agenda) = self.agendas.get(*selected)
        {
            a.agenda_id = agenda.id;
        }
        (a.start, a.end, a.all_day, a.status) = (start, end, all_day, status);
        a.category = self
            .fields
            .code_of(F::Category)
            .and_then(|c| c.parse().ok())
            .unwrap_or(Category::Meeting);
        a.client_id = self.number(F::Client, l)?.map(i64::from);
        a.location = self.fields.text_of(F::Location).trim().to_string();
        a.notes = self.fields.text_of(F::Notes).trim().to_string();
        a.reminder_minutes = self.number(F::Reminder, l)?;
        let until_text = self.fields.text_of(F::Until);
        let until = parse_optional_date(&until_text).map_err(|_| {
            format!(
                "{}: {}",
                l.label(&F::Until),
                fill(l.t(Msg::ProblemDate), until_text.trim())
            )
        })?;
        let repeat: Option<Repeat> = self.fields.code_of(F::Repeat).and_then(|c| c.parse().ok());
        // A count that is not a number is refused, never read as "no end"; so is an
        // interval (empty: every period).
        let (count, interval) = match repeat {
            Some(_) => (self.number(F::Count, l)?, self.number(F::Every, l)?),
            None => (None, None),
        };
        let interval = interval.unwrap_or(1);
        a.recurrence = repeat.map(|repeat| Recurrence {
            repeat,
            interval,
            end: match (until, count) {
                (Some(d), _) => RepeatEnd::Until(d),
                (None, Some(n)) => RepeatEnd::Count(n),
                (None, None) => RepeatEnd::Never,
            },
        });
        a.validate().map_err(|e| crate::i18n::Say::say(&e, l))?;
        let id = match self.editing {
            Editing::Entry(id) => Some(id),
            _ => None,
        };
        Ok(Booking::Entry(id, Box::new(a)))
    }

    /// The day and start typed, to show the entry there once saved (an all-day
    /// entry's midnight).
    pub fn booked_start(&self) -> Option<NaiveDateTime> {
        let day = self.booked_day()?;
        let start = parse_clock(self.fields.text_of(EntryField::Start).trim())
            .unwrap_or(chrono::NaiveTime::MIN);
        Some(day.and_time(start))
    }

    /// The day typed, to show the entry there once saved.
    pub fn booked_day(&self) -> Option<chrono::NaiveDate> {
        parse_date_in_year(
            &self.fields.text_of(EntryField::Date),
            self.base.start.date(),
        )
        .ok()
    }
}
