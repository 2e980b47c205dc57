//! The rows of the agenda entry form and what each is called.

use crate::i18n::{Label, Msg};

/// A row of the entry form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryField {
    /// Which agenda.
    Agenda,
    /// What.
    Title,
    /// Which day.
    Date,
    /// From (HH:MM).
    Start,
    /// To (HH:MM).
    End,
    /// Whole day.
    AllDay,
    /// Category.
    Category,
    /// Client number.
    Client,
    /// Where.
    Location,
    /// Notes.
    Notes,
    /// Minutes before to remind.
    Reminder,
    /// Repetition.
    Repeat,
    /// Every how many periods (2: every other week).
    Every,
    /// Last day of the series.
    Until,
    /// Number of occurrences.
    Count,
    /// Planned, done, cancelled.
    Status,
}

impl Label for EntryField {
    fn msg(&self) -> Msg {
        match self {
            EntryField::Agenda => Msg::FieldAgenda,
            EntryField::Title => Msg::FieldTitle,
            EntryField::Date => Msg::FieldDate,
            EntryField::Start => Msg::FieldStart,
            EntryField::End => Msg::FieldEnd,
            EntryField::AllDay => Msg::FieldAllDay,
            EntryField::Category => Msg::FieldCategory,
            EntryField::Client => Msg::FieldClient,
            EntryField::Location => Msg::FieldLocation,
            EntryField::Notes => Msg::FieldNotes,
            EntryField::Reminder => Msg::FieldReminder,
            EntryField::Repeat => Msg::FieldRepeat,
            EntryField::Every => Msg::FieldEvery,
            EntryField::Until => Msg::FieldUntil,
            EntryField::Count => Msg::FieldCount,
            EntryField::Status => Msg::FieldStatus,
        }
    }
}
