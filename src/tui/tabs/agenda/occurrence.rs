//! What the keys do to the occurrence under the calendar's cursor: mark it, or ask
//! whether an edit or a delete is for it alone or for its whole series.

use crate::domain::{Appointment, AppointmentStatus, Listed, Override};
use crate::i18n::{Locale, Msg, fill, fill2};
use crate::store::Base;
use crate::tui::action::{Action, AgendaAction};
use crate::tui::effect::{AgendaEffect, Effect};
use crate::tui::keymap::Context;
use crate::tui::overlay::Ask;

use super::form::Booking;

/// Gives occurrence `item` of `appt` the `status` (done, cancelled): on its own for a
/// series, the entry itself otherwise. Based on the entry as the calendar shows it, so
/// a change made elsewhere since is not overwritten.
pub fn mark(item: &Listed, appt: Appointment, status: AppointmentStatus) -> Effect {
    let o = &item.occurrence;
    let base = Base::Seen(appt.version);
    let booking = if o.recurring {
        let ov = Override {
            original: o.original,
            start: o.start,
            end: o.end,
            status,
            title: o.title.clone(),
        };
        Booking::Occurrence(appt.id, ov, Box::new(appt.fields))
    } else {
        let mut fields = appt.fields;
        fields.status = status;
        Booking::Entry(Some(appt.id), Box::new(fields))
    };
    Effect::Agenda(AgendaEffect::Save {
        booking,
        allow_clash: true,
        base,
    })
}

/// The question before editing or deleting `item` of `appt`: this occurrence or the
/// whole series, or (one entry) whether to delete it. `None`: editing one entry needs
/// no question.
pub fn ask(item: &Listed, appt: &Appointment, delete: bool, l: &Locale) -> Option<Ask> {
    let (id, title) = (appt.id, appt.title_of(&item.occurrence));
    if item.occurrence.recurring {
        let original = item.occurrence.original;
        let answer = |this| {
            Action::Agenda(AgendaAction::Series {
                id,
                original,
                delete,
                this,
            })
        };
        let what = if delete {
            Msg::SeriesDelete
        } else {
            Msg::SeriesEdit
        };
        let question = if delete {
            // Say how much a "whole series" answer throws away.
            let how_many = match appt.occurrence_count() {
                Some(n) => l.plural(n as u64, Msg::OccurrencesOne, Msg::OccurrencesOf),
                None => l.t(Msg::OccurrencesEndless).to_string(),
            };
            fill2(l.t(Msg::SeriesDeleteQuestion), title, how_many)
        } else {
            fill(l.t(Msg::SeriesQuestion), title)
        };
        Some(Ask::choose(
            what,
            question,
            Context::Series,
            vec![answer(true), answer(false)],
        ))
    } else if delete {
        let on_yes = Action::Agenda(AgendaAction::Delete(id));
        Some(Ask::delete(l, Msg::ConfirmDeleteAppointment, title, on_yes))
    } else {
        None
    }
}
