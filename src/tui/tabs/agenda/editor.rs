//! Editing one agenda entry, or one occurrence of a series: the form's keys, saving it
//! (warning of clashes first), and what to do when someone else changed or deleted
//! the entry while the form was open.

use super::form::{AppointmentForm, Editing, EntryField};
use crate::domain::{Agenda, Appointment, Clash, NewAppointment};
use crate::i18n::{Locale, Msg, fill};
use crate::store::Base;
use crate::tui::action::{Action, AgendaAction};
use crate::tui::effect::{AgendaEffect, Effect};
use crate::tui::overlay::Ask;
use crate::tui::tabs::Edited;

/// The entry form and what it knows of the stored entry.
#[derive(Debug, Clone)]
pub struct EntryEditor {
    form: AppointmentForm,
    /// The entry as someone else saved it while the form was open, until the user
    /// chooses between theirs and the form's.
    theirs: Option<Box<Appointment>>,
}

impl EntryEditor {
    /// A form for a new entry, `blank`.
    pub fn new_entry(blank: &NewAppointment, agendas: &[Agenda], l: &Locale) -> Self {
        Self {
            form: AppointmentForm::new(Editing::New, blank, agendas, l),
            theirs: None,
        }
    }

    /// A form on stored entry `a`: the whole entry, or one occurrence of it.
    pub fn stored(editing: Editing, a: &Appointment, agendas: &[Agenda], l: &Locale) -> Self {
        let mut fields = a.fields.clone();
        if let Editing::Occurrence(_, original) = editing {
            let changed = a.overrides.iter().find(|o| o.original == original);
            (fields.start, fields.end, fields.status) = match changed {
                Some(o) => (o.start, o.end, o.status),
                None => (
                    original,
                    original + (a.fields.end - a.fields.start),
                    a.fields.status,
                ),
            };
            if let Some(own) = changed.and_then(|o| o.title.clone()) {
                fields.title = own;
            }
        }
        let mut form = AppointmentForm::new(editing, &fields, agendas, l);
        // The series' title: an occurrence's title is its own only when it differs.
        form.base.title.clone_from(&a.fields.title);
        form.seen = Base::Seen(a.version);
        Self { form, theirs: None }
    }

    /// The form.
    pub fn form(&self) -> &AppointmentForm {
        &self.form
    }

    /// Where the form says why the last save was refused.
    pub fn error_slot(&mut self) -> &mut Option<String> {
        &mut self.form.error
    }

    /// The save was held back: it clashes with these; saving again saves anyway.
    pub fn clashes(&mut self, clashes: Vec<Clash>, l: &Locale) {
        self.form.error = Some(fill(l.t(Msg::ClashWarning), l.clashes(&clashes)));
        self.form.clashes = clashes;
    }

    /// Whether the form holds typed changes.
    pub fn dirty(&self) -> bool {
        self.form.fields.dirty()
    }

    /// A key, or an answer about a conflict.
    pub fn on_action(&mut self, action: Action, agendas: &[Agenda], l: &Locale) -> Edited {
        let form = &mut self.form;
        // A change after a clash warning means the warning no longer holds.
        if matches!(
            action,
            Action::Type(_) | Action::Paste(_) | Action::NextChoice | Action::PrevChoice
        ) {
            form.clashes.clear();
        }
        match action {
            Action::NextField => form.fields.next_field(),
            Action::PrevField => form.fields.prev_field(),
            Action::NextChoice => form.fields.cycle_choice(1),
            Action::PrevChoice => form.fields.cycle_choice(-1),
            Action::Type(_) | Action::Paste(_) => {
                match action {
                    Action::Type(key) if !form.fields.type_key(key, l) => {
                        return Edited::Refuse(Msg::NoChoiceBegins);
                    }
                    Action::Paste(text) => form.fields.paste(&text),
                    _ => {}
                }
                // The end follows a moved start; a typed end sets the length kept.
                match form.fields.focused().map(|f| f.field) {
                    Some(EntryField::Start) => form.follow_start(),
                    Some(EntryField::End) => form.note_end(),
                    _ => {}
                }
            }
            Action::SaveForm => return Edited::Stay(self.save(l)),
            Action::CancelForm | Action::Deny if form.fields.dirty() => {
                let on_yes = Action::Agenda(AgendaAction::DiscardForm);
                return Edited::Ask(Ask::discard(l, Msg::ConfirmDiscard, on_yes));
            }
            Action::CancelForm | Action::Deny | Action::Agenda(AgendaAction::DiscardForm) => {
                return Edited::Close;
            }
            Action::Agenda(AgendaAction::ReloadForm) => {
                if let Some(theirs) = self.theirs.take() {
                    *self = Self::stored(form.editing, &theirs, agendas, l);
                    return Edited::Say(Msg::ReloadedTheirs);
                }
            }
            Action::Agenda(AgendaAction::Overwrite) => {
                if let Some(theirs) = self.theirs.take() {
                    // The user's changes over theirs: what they did not touch stays as
                    // the other person left it.
                    let stored = Self::stored(form.editing, &theirs, agendas, l);
                    form.fields = form.fields.changes_over(stored.form.fields);
                    form.seen = Base::Seen(theirs.version);
                    return Edited::Stay(self.save(l));
                }
            }
            Action::Agenda(AgendaAction::SaveAsNew) => {
                (form.editing, form.seen) = (Editing::New, Base::Latest);
                return Edited::Stay(self.save(l));
            }
            _ => {}
        }
        Edited::Stay(Vec::new())
    }

    fn save(&mut self, l: &Locale) -> Vec<Effect> {
        let form = &mut self.form;
        match form.to_booking(l) {
            Ok(booking) => {
                form.error = None;
                vec![Effect::Agenda(AgendaEffect::Save {
                    booking,
                    allow_clash: !form.clashes.is_empty(),
                    base: form.seen,
                })]
            }
            Err(why) => {
                form.error = Some(why);
                form.clashes.clear();
                Vec::new()
            }
        }
    }

    /// The save was refused: someone else changed the entry (`theirs`) or deleted it.
    /// Asks what to do, or closes when there is nothing to offer (one occurrence of
    /// a series deleted meanwhile).
    pub fn changed_elsewhere(
        &mut self,
        theirs: Option<Box<Appointment>>,
        agendas: &[Agenda],
        l: &Locale,
    ) -> Edited {
        let title = self.form.fields.text_of(EntryField::Title);
        let on = Action::Agenda;
        match (theirs, self.form.editing) {
            (Some(theirs), editing) => {
                let stored = Self::stored(editing, &theirs, agendas, l);
                let changed: Vec<String> = self
                    .form
                    .fields
                    .differing(&stored.form.fields)
                    .iter()
                    .map(|f| l.label(f).to_string())
                    .collect();
                let ask = Ask::conflict(
                    l,
                    &theirs.fields.title,
                    &changed,
                    on(AgendaAction::ReloadForm),
                    on(AgendaAction::Overwrite),
                );
                self.theirs = Some(theirs);
                Edited::Ask(ask)
            }
            (None, Editing::Entry(_)) => {
                Edited::Ask(Ask::gone(l, &title, on(AgendaAction::SaveAsNew)))
            }
            (None, _) => Edited::Close,
        }
    }

    /// The day and start typed (the day alone for an all-day entry: its midnight).
    pub fn booked_start(&self) -> Option<chrono::NaiveDateTime> {
        self.form.booked_start()
    }

    /// The agenda the form books in (for a new or whole entry).
    pub fn booked_agenda(&self) -> Option<crate::domain::AgendaId> {
        let name = self.form.agenda_name();
        self.form
            .agendas
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.id)
    }
}

/// Whether `action` answers a question the form asked (about a conflict, or whether to
/// discard): the form takes it even though it came through a box.
pub fn answers_conflict(action: &Action) -> bool {
    matches!(
        action,
        Action::Agenda(
            AgendaAction::ReloadForm
                | AgendaAction::Overwrite
                | AgendaAction::SaveAsNew
                | AgendaAction::DiscardForm
        )
    )
}
