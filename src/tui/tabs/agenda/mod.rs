//! The Agenda tab: the agendas side by side (day, week, upcoming), the entry form, and
//! reminders on the status line. Owns its state, its update and its view.

mod calendar;
mod day_view;
mod editor;
mod entry_field;
mod form;
mod form_view;
mod occurrence;
mod view;
mod week_view;

pub use calendar::{AgendaView, Calendar, SLOT_MINUTES, SLOTS, monday, slot_start};
pub use form::{AppointmentForm, Booking, Editing, EntryField};

use chrono::{NaiveDate, NaiveDateTime};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{Cx, Edited, News, Tab, TabPane, ViewCx, show_in};
use crate::domain::dates::parse_date_in_year;
use crate::domain::{Appointment, AppointmentId, AppointmentStatus, Listed};
use crate::i18n::{Msg, fill};
use crate::tui::action::{Action, AgendaAction, AgendaLoaded};
use crate::tui::effect::{AgendaEffect, Effect};
use crate::tui::keymap::Context;
use crate::tui::overlay::{AgendaChooser, Overlay, Prompt, Purpose};
use editor::{EntryEditor, answers_conflict};
use form_view::EntryFormView;
use view::AgendaPaneView;

/// State of the Agenda tab.
#[derive(Debug, Clone, Default)]
pub struct AgendaTab {
    cal: Calendar,
    editor: Option<EntryEditor>,
}

impl AgendaTab {
    /// A tab on `today` at 09:00.
    pub fn new(today: chrono::NaiveDate) -> Self {
        Self {
            cal: Calendar::new(today),
            editor: None,
        }
    }

    /// The calendar: view, day, cursor, what is loaded.
    pub fn calendar(&self) -> &Calendar {
        &self.cal
    }

    /// The entry form, if open.
    pub fn form(&self) -> Option<&AppointmentForm> {
        self.editor.as_ref().map(EntryEditor::form)
    }

    /// Loads what the view needs, if it is shown and not loaded.
    fn load_if_needed(&self, cx: &Cx<'_>) -> Vec<Effect> {
        if cx.shown && !self.cal.covers(cx.today()) {
            let (from, to) = self.cal.needed(cx.today());
            vec![AgendaEffect::Load { from, to }.into()]
        } else {
            Vec::new()
        }
    }

    fn reload(&mut self, cx: &Cx<'_>) -> Vec<Effect> {
        self.cal.loaded = None;
        let (from, to) = self.cal.needed(cx.today());
        vec![
            AgendaEffect::Load { from, to }.into(),
            AgendaEffect::LoadReminders(cx.now).into(),
        ]
    }

    fn selected_occurrence(&self, now: NaiveDateTime) -> Option<(Listed, Appointment)> {
        let item = self.cal.selected(now)?;
        let a = self.cal.schedule.appointment_of(item).clone();
        Some((item.clone(), a))
    }

    fn open_entry_form(&mut self, editing: Editing, cx: &Cx<'_>) {
        if let Some((_, a)) = self.selected_occurrence(cx.now) {
            self.editor = Some(EntryEditor::stored(
                editing,
                &a,
                &self.cal.agendas,
                cx.locale,
            ));
        }
    }

    /// The day turned: a calendar that showed `yesterday` (today, until midnight)
    /// moves on to the new today.
    pub fn follow_day(&mut self, yesterday: NaiveDate, today: NaiveDate) {
        if self.cal.day == yesterday {
            self.cal.day = today;
            self.cal.row = 0;
        }
    }

    /// Shows the reminders that fell due by now, once each.
    pub fn remind(&mut self, cx: &mut Cx<'_>) {
        let due = self.cal.due_reminders(cx.now);
        if !due.is_empty() {
            cx.say_text(fill(cx.locale.t(Msg::ReminderDue), due.join(" · ")));
        }
    }

    /// Asks what to edit or delete: the occurrence or the series, or (for one entry)
    /// whether to delete it; editing one entry opens the form at once.
    fn edit_or_delete(&mut self, delete: bool, cx: &mut Cx<'_>) {
        let Some((item, appt)) = self.selected_occurrence(cx.now) else {
            return;
        };
        match occurrence::ask(&item, &appt, delete, cx.locale) {
            Some(ask) => cx.overlays.open(Tab::Agenda, Overlay::Ask(ask)),
            None => self.open_entry_form(Editing::Entry(appt.id), cx),
        }
    }

    /// The answer to "this occurrence or the whole series?" about occurrence
    /// `original` of entry `id`.
    fn series(
        &mut self,
        (id, original): (AppointmentId, NaiveDateTime),
        delete: bool,
        this: bool,
        cx: &Cx<'_>,
    ) -> Vec<Effect> {
        match (delete, this) {
            (true, true) => {
                let cancelled = AppointmentStatus::Cancelled;
                return self
                    .selected_occurrence(cx.now)
                    .map(|(item, appt)| occurrence::mark(&item, appt, cancelled))
                    .into_iter()
                    .collect();
            }
            (true, false) => return vec![AgendaEffect::Delete(id).into()],
            (false, true) => self.open_entry_form(Editing::Occurrence(id, original), cx),
            (false, false) => self.open_entry_form(Editing::Entry(id), cx),
        }
        Vec::new()
    }

    fn on_intent(&mut self, intent: AgendaAction, cx: &mut Cx<'_>) -> Vec<Effect> {
        let cal = &mut self.cal;
        match intent {
            AgendaAction::PrevDay => cal.move_days(-1, cx.now),
            AgendaAction::NextDay => cal.move_days(1, cx.now),
            AgendaAction::Today => cal.show_day(cx.today(), cx.now),
            AgendaAction::CycleView => cal.cycle_view(),
            AgendaAction::GoToDate => {
                let prompt = Box::new(Prompt::new(Purpose::GoToDate, Vec::new(), cx.locale));
                cx.overlays.open(Tab::Agenda, Overlay::Prompt(prompt));
            }
            AgendaAction::GoTo(text) => match parse_date_in_year(&text, cx.today()) {
                Ok(day) => {
                    cx.overlays.close(|o| is_prompt(o, Purpose::GoToDate));
                    cal.show_day(day, cx.now);
                    if cal.view == AgendaView::Upcoming {
                        cal.view = AgendaView::Day;
                    }
                }
                Err(_) => cx.fail(fill(cx.locale.t(Msg::ProblemDate), text.trim())),
            },
            AgendaAction::ChooseAgendas => {
                let chooser = AgendaChooser::new(&cal.agendas, |id| !cal.hidden.contains(&id));
                cx.overlays.open(Tab::Agenda, Overlay::Agendas(chooser));
            }
            AgendaAction::SetShown(id, shown) => {
                if shown {
                    cal.hidden.remove(&id);
                } else {
                    cal.hidden.insert(id);
                }
                // Remembered for the next run, by name.
                let names = cal
                    .agendas
                    .iter()
                    .filter(|a| cal.hidden.contains(&a.id))
                    .map(|a| a.name.clone())
                    .collect();
                return vec![AgendaEffect::RememberHidden(names).into()];
            }
            AgendaAction::ChooserClosed => cal.column = 0,
            AgendaAction::NewAgenda => {}
            AgendaAction::AddAgenda(name) => match name.trim() {
                "" => cx.fail(cx.locale.t(Msg::NameNeeded).to_string()),
                name => return vec![AgendaEffect::AddAgenda(name.to_string()).into()],
            },
            AgendaAction::NewAppointment => {
                let start = cal.new_start();
                if let Some(agenda) = cal.column_agenda().or(cal.agendas.first()).cloned() {
                    let minutes = cx.settings.entry_minutes;
                    let blank = AppointmentForm::blank(&agenda, start, minutes);
                    self.editor = Some(EntryEditor::new_entry(&blank, &cal.agendas, cx.locale));
                }
            }
            AgendaAction::EditAppointment => self.edit_or_delete(false, cx),
            AgendaAction::DeleteAppointment => self.edit_or_delete(true, cx),
            AgendaAction::Series {
                id,
                original,
                delete,
                this,
            } => return self.series((id, original), delete, this, cx),
            AgendaAction::Delete(id) => return vec![AgendaEffect::Delete(id).into()],
            AgendaAction::MarkDone => {
                let done = AppointmentStatus::Done;
                return self
                    .selected_occurrence(cx.now)
                    .map(|(item, appt)| occurrence::mark(&item, appt, done))
                    .into_iter()
                    .collect();
            }
            // Answers about a conflict or a discard go to the open form; without one,
            // nothing.
            AgendaAction::ReloadForm
            | AgendaAction::Overwrite
            | AgendaAction::SaveAsNew
            | AgendaAction::DiscardForm => {
                return Vec::new();
            }
            AgendaAction::OpenClient => {
                if let Some((_, appt)) = self.selected_occurrence(cx.now)
                    && let Some(client) = appt.fields.client_id
                {
                    cx.tell(News::OpenClient(client));
                }
                return Vec::new();
            }
        }
        self.settle(cx)
    }

    /// After a move: the cursor stays within the day, and what the view needs loads.
    fn settle(&mut self, cx: &Cx<'_>) -> Vec<Effect> {
        if self.cal.view == AgendaView::Day {
            self.cal.slot = self.cal.slot.min(SLOTS - 1);
        }
        self.load_if_needed(cx)
    }
}

impl AgendaTab {
    /// The keys of the open entry form.
    fn on_editor(&mut self, action: Action, cx: &mut Cx<'_>) -> Vec<Effect> {
        let Some(editor) = self.editor.as_mut() else {
            return Vec::new();
        };
        let edited = editor.on_action(action, &self.cal.agendas, cx.locale);
        self.follow(edited, cx)
    }

    /// Does what the editor asks.
    fn follow(&mut self, edited: Edited, cx: &mut Cx<'_>) -> Vec<Effect> {
        let (effects, close) = edited.apply(Tab::Agenda, cx);
        if close {
            self.editor = None;
        }
        effects
    }

    /// A save was refused: someone else changed the entry (`theirs`) or deleted it.
    /// An open form asks what to do; otherwise (a mark from the calendar, or one
    /// occurrence of a series deleted meanwhile) the calendar shows the entry as it
    /// is now.
    fn changed_elsewhere(
        &mut self,
        theirs: Option<Box<Appointment>>,
        cx: &mut Cx<'_>,
    ) -> Vec<Effect> {
        let msg = if theirs.is_some() {
            Msg::ChangedElsewhere
        } else {
            Msg::GoneElsewhere
        };
        if let Some(editor) = self.editor.as_mut() {
            match editor.changed_elsewhere(theirs, &self.cal.agendas, cx.locale) {
                Edited::Close => self.editor = None,
                edited => return self.follow(edited, cx),
            }
        }
        cx.fail(cx.locale.t(msg).to_string());
        self.reload(cx)
    }
}

/// Whether `o` is a prompt for `purpose`.
fn is_prompt(o: &Overlay, purpose: Purpose) -> bool {
    matches!(o, Overlay::Prompt(p) if p.purpose == purpose)
}

impl TabPane for AgendaTab {
    type Loaded = AgendaLoaded;

    fn contexts(&self, now: chrono::NaiveDateTime) -> Vec<Context> {
        match self.form() {
            Some(form) if form.fields.on_choice() => vec![Context::FormChoice],
            Some(_) => vec![Context::FormText],
            // An entry's keys only with an entry under the cursor.
            None if self.cal.selected(now).is_some() => {
                vec![Context::AgendaEntry, Context::Agenda, Context::TopLevel]
            }
            None => vec![Context::Agenda, Context::TopLevel],
        }
    }

    fn on_show(&mut self, cx: &mut Cx<'_>) -> Vec<Effect> {
        self.load_if_needed(cx)
    }

    fn on_refresh(&mut self, cx: &mut Cx<'_>) -> Vec<Effect> {
        self.cal.loaded = None;
        self.load_if_needed(cx)
    }

    fn on_action(&mut self, action: Action, cx: &mut Cx<'_>) -> Vec<Effect> {
        if self.editor.is_some()
            && (!matches!(action, Action::Agenda(_)) || answers_conflict(&action))
        {
            return self.on_editor(action, cx);
        }
        let cal = &mut self.cal;
        match action {
            Action::Agenda(intent) => return self.on_intent(intent, cx),
            Action::MoveUp => cal.move_row(-1, cx.now),
            Action::MoveDown => cal.move_row(1, cx.now),
            Action::PageUp => cal.move_days(-7, cx.now),
            Action::PageDown => cal.move_days(7, cx.now),
            Action::SwitchPane => cal.column = (cal.column + 1) % cal.shown().len().max(1),
            _ => return Vec::new(),
        }
        self.settle(cx)
    }

    fn on_loaded(&mut self, loaded: AgendaLoaded, cx: &mut Cx<'_>) -> Vec<Effect> {
        match loaded {
            AgendaLoaded::Week {
                agendas,
                schedule,
                from,
                to,
                hidden,
            } => {
                if let Some(names) = hidden {
                    self.cal.hidden = agendas
                        .iter()
                        .filter(|a| names.contains(&a.name))
                        .map(|a| a.id)
                        .collect();
                }
                self.cal.agendas = agendas;
                self.cal.schedule = *schedule;
                self.cal.loaded = Some((from, to));
                // The first time the day is on screen, the cursor is on its next entry.
                if !self.cal.placed {
                    self.cal.place(cx.now);
                }
                return self.load_if_needed(cx);
            }
            AgendaLoaded::Reminders(schedule) => {
                self.cal.reminders = *schedule;
                self.remind(cx);
            }
            AgendaLoaded::Clashes(clashes) => {
                if let Some(editor) = &mut self.editor {
                    editor.clashes(clashes, cx.locale);
                }
            }
            AgendaLoaded::Changed(theirs) => return self.changed_elsewhere(theirs, cx),
            AgendaLoaded::Done(msg) => {
                // The day booked is shown with the cursor on the entry saved.
                if let Some(editor) = &self.editor
                    && let Some(start) = editor.booked_start()
                {
                    // Placed once the reload below brings the entry.
                    self.cal.aim = editor.booked_agenda().map(|a| (start, a));
                    (self.cal.day, self.cal.row, self.cal.placed) = (start.date(), 0, false);
                }
                // An entry booked in a hidden agenda shows it again: what was saved is
                // in sight (and the agendas shown are remembered so).
                let unhidden = self
                    .editor
                    .as_ref()
                    .and_then(EntryEditor::booked_agenda)
                    .is_some_and(|id| self.cal.hidden.remove(&id));
                self.editor = None;
                cx.say(msg);
                let mut effects = self.reload(cx);
                if unhidden {
                    let names = self
                        .cal
                        .agendas
                        .iter()
                        .filter(|a| self.cal.hidden.contains(&a.id))
                        .map(|a| a.name.clone())
                        .collect();
                    effects.push(AgendaEffect::RememberHidden(names).into());
                }
                return effects;
            }
            AgendaLoaded::AgendaAdded(agenda) => {
                cx.overlays.close(|o| is_prompt(o, Purpose::NewAgenda));
                if let Some(chooser) = cx.overlays.find_mut(|o| match o {
                    Overlay::Agendas(c) => Some(c),
                    _ => None,
                }) {
                    chooser.add(&agenda);
                }
                self.cal.agendas.push(agenda);
            }
            AgendaLoaded::Remembered => {}
        }
        Vec::new()
    }

    fn show_error(&mut self, text: String) -> Option<String> {
        show_in(self.editor.as_mut().map(EntryEditor::error_slot), text)
    }

    fn unsaved(&self) -> bool {
        self.editor.as_ref().is_some_and(EntryEditor::dirty)
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &ViewCx<'_>) {
        match self.form() {
            Some(form) => EntryFormView {
                form,
                locale: view.locale,
            }
            .render(area, buf),
            None => AgendaPaneView {
                cal: &self.cal,
                locale: view.locale,
                now: view.now,
                colours: &view.settings.agenda_colours,
            }
            .render(area, buf),
        }
    }
}
