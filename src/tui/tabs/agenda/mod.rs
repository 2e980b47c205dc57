//! The Agenda tab: the agendas side by side (day, week, upcoming), the entry form, and
//! reminders on the status line. Owns its state, its update and its view.

mod calendar;
mod form;
mod form_view;
mod view;

pub use calendar::{AgendaView, Calendar, SLOT_MINUTES, SLOTS, monday, slot_start};
pub use form::{AppointmentForm, Booking, Editing, EntryField};

use chrono::{NaiveDate, NaiveDateTime};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{Cx, News, Tab, TabPane, ViewCx};
use crate::domain::dates::parse_date;
use crate::domain::{Appointment, AppointmentId, AppointmentStatus, Listed, Override};
use crate::i18n::{Msg, fill};
use crate::store::Base;
use crate::tui::action::{Action, AgendaAction, AgendaLoaded};
use crate::tui::effect::{AgendaEffect, Effect};
use crate::tui::keymap::Context;
use crate::tui::overlay::{AgendaChooser, Ask, Overlay, Prompt, Purpose};
use form_view::EntryFormView;
use view::AgendaPaneView;

/// State of the Agenda tab.
#[derive(Debug, Clone, Default)]
pub struct AgendaTab {
    cal: Calendar,
    form: Option<AppointmentForm>,
    /// The entry as someone else saved it while the form was open, until the user
    /// chooses between theirs and the form's.
    theirs: Option<Box<Appointment>>,
}

fn run(effect: AgendaEffect) -> Effect {
    Effect::Agenda(effect)
}

impl AgendaTab {
    /// A tab on `today` at 09:00.
    pub fn new(today: chrono::NaiveDate) -> Self {
        Self {
            cal: Calendar::new(today),
            form: None,
            theirs: None,
        }
    }

    /// The calendar: view, day, cursor, what is loaded.
    pub fn calendar(&self) -> &Calendar {
        &self.cal
    }

    /// The entry form, if open.
    pub fn form(&self) -> Option<&AppointmentForm> {
        self.form.as_ref()
    }

    /// Loads what the view needs, if it is shown and not loaded.
    fn load_if_needed(&self, cx: &Cx<'_>) -> Vec<Effect> {
        if cx.shown && !self.cal.covers(cx.today()) {
            let (from, to) = self.cal.needed(cx.today());
            vec![run(AgendaEffect::Load { from, to })]
        } else {
            Vec::new()
        }
    }

    fn reload(&mut self, cx: &Cx<'_>) -> Vec<Effect> {
        self.cal.loaded = None;
        let (from, to) = self.cal.needed(cx.today());
        vec![
            run(AgendaEffect::Load { from, to }),
            run(AgendaEffect::LoadReminders(cx.now)),
        ]
    }

    fn selected_occurrence(&self, now: NaiveDateTime) -> Option<(Listed, Appointment)> {
        let item = self.cal.selected(now)?;
        let a = self.cal.schedule.appointment_of(item).clone();
        Some((item.clone(), a))
    }

    fn open_entry_form(&mut self, editing: Editing, cx: &Cx<'_>) {
        if let Some((_, a)) = self.selected_occurrence(cx.now) {
            self.open_form_on(editing, &a, cx);
        }
    }

    /// Opens the form on stored entry `a`: the whole entry, or one occurrence of it.
    fn open_form_on(&mut self, editing: Editing, a: &Appointment, cx: &Cx<'_>) {
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
        }
        let mut form = AppointmentForm::new(editing, &fields, &self.cal.agendas, cx.locale);
        form.seen = Base::Seen(a.version);
        self.form = Some(form);
    }

    /// The day turned: a calendar that showed `yesterday` (today, until midnight)
    /// moves on to the new today.
    pub fn follow_day(&mut self, yesterday: NaiveDate, today: NaiveDate) {
        if self.cal.day == yesterday {
            self.cal.day = today;
            self.cal.row = 0;
        }
    }

    /// Shows the reminders that fell due by `now`, once each.
    pub fn remind(&mut self, cx: &mut Cx<'_>) {
        let cal = &mut self.cal;
        let due: Vec<String> = cal
            .reminders
            .due(cx.now)
            .into_iter()
            .filter(|l| {
                cal.reminded
                    .insert((l.occurrence.appointment_id, l.occurrence.original))
            })
            .map(|l| {
                let a = &cal.reminders.appointment_of(l).fields;
                format!("{} {}", l.occurrence.start.format("%H:%M"), a.title)
            })
            .collect();
        if !due.is_empty() {
            cx.say_text(fill(cx.locale.t(Msg::ReminderDue), due.join(" · ")));
        }
    }

    /// The entry under the cursor marked done (this occurrence only, for a series).
    fn mark_done(&self, cx: &Cx<'_>) -> Vec<Effect> {
        let Some((item, appt)) = self.selected_occurrence(cx.now) else {
            return Vec::new();
        };
        let o = &item.occurrence;
        let booking = if o.recurring {
            let ov = Override {
                original: o.original,
                start: o.start,
                end: o.end,
                status: AppointmentStatus::Done,
            };
            Booking::Occurrence(appt.id, ov, Box::new(appt.fields))
        } else {
            let mut fields = appt.fields;
            fields.status = AppointmentStatus::Done;
            Booking::Entry(Some(appt.id), Box::new(fields))
        };
        vec![run(AgendaEffect::Save {
            booking,
            allow_clash: true,
            base: Base::Seen(appt.version),
        })]
    }

    /// Asks what to edit or delete: the occurrence or the series, or (for one entry)
    /// whether to delete it; editing one entry opens the form at once.
    fn edit_or_delete(&mut self, delete: bool, cx: &mut Cx<'_>) {
        let Some((item, appt)) = self.selected_occurrence(cx.now) else {
            return;
        };
        let (id, title) = (appt.id, appt.fields.title.clone());
        let ask = if item.occurrence.recurring {
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
            let question = fill(cx.locale.t(Msg::SeriesQuestion), &title);
            Ask::choose(
                what,
                question,
                Context::Series,
                vec![answer(true), answer(false)],
            )
        } else if delete {
            let on_yes = Action::Agenda(AgendaAction::Delete(id));
            Ask::delete(cx.locale, Msg::ConfirmDeleteAppointment, &title, on_yes)
        } else {
            return self.open_entry_form(Editing::Entry(id), cx);
        };
        cx.overlays.open(Tab::Agenda, Overlay::Ask(ask));
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
                let Some((item, appt)) = self.selected_occurrence(cx.now) else {
                    return Vec::new();
                };
                let o = &item.occurrence;
                let ov = Override {
                    original,
                    start: o.start,
                    end: o.end,
                    status: AppointmentStatus::Cancelled,
                };
                let base = Base::Seen(appt.version);
                let booking = Booking::Occurrence(id, ov, Box::new(appt.fields));
                return vec![run(AgendaEffect::Save {
                    booking,
                    allow_clash: true,
                    base,
                })];
            }
            (true, false) => return vec![run(AgendaEffect::Delete(id))],
            (false, true) => self.open_entry_form(Editing::Occurrence(id, original), cx),
            (false, false) => self.open_entry_form(Editing::Entry(id), cx),
        }
        Vec::new()
    }

    fn on_intent(&mut self, intent: AgendaAction, cx: &mut Cx<'_>) -> Vec<Effect> {
        let cal = &mut self.cal;
        match intent {
            AgendaAction::PrevDay => cal.move_days(-1),
            AgendaAction::NextDay => cal.move_days(1),
            AgendaAction::Today => {
                cal.day = cx.today();
                cal.row = 0;
            }
            AgendaAction::CycleView => cal.cycle_view(),
            AgendaAction::GoToDate => {
                let prompt = Box::new(Prompt::new(Purpose::GoToDate, Vec::new(), cx.locale));
                cx.overlays.open(Tab::Agenda, Overlay::Prompt(prompt));
            }
            AgendaAction::GoTo(text) => match parse_date(&text) {
                Ok(day) => {
                    cx.overlays.close(|o| is_prompt(o, Purpose::GoToDate));
                    cal.day = day;
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
            }
            AgendaAction::ChooserClosed => cal.column = 0,
            AgendaAction::NewAgenda => {}
            AgendaAction::AddAgenda(name) => {
                let name = name.trim();
                if !name.is_empty() {
                    return vec![run(AgendaEffect::AddAgenda(name.to_string()))];
                }
            }
            AgendaAction::NewAppointment => {
                let start = cal.new_start();
                if let Some(agenda) = cal.column_agenda().or(cal.agendas.first()).cloned() {
                    let blank = AppointmentForm::blank(&agenda, start);
                    self.form = Some(AppointmentForm::new(
                        Editing::New,
                        &blank,
                        &cal.agendas,
                        cx.locale,
                    ));
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
            AgendaAction::Delete(id) => return vec![run(AgendaEffect::Delete(id))],
            AgendaAction::MarkDone => return self.mark_done(cx),
            AgendaAction::ReloadForm => {
                if let (Some(theirs), Some(form)) = (self.theirs.take(), &self.form) {
                    let editing = form.editing;
                    self.open_form_on(editing, &theirs, cx);
                    cx.say(Msg::ReloadedTheirs);
                }
                return Vec::new();
            }
            AgendaAction::Overwrite => {
                if let (Some(theirs), Some(form)) = (self.theirs.take(), self.form.as_mut()) {
                    form.seen = Base::Seen(theirs.version);
                    return self.on_form(Action::SaveForm, cx);
                }
                return Vec::new();
            }
            AgendaAction::SaveAsNew => {
                if let Some(form) = self.form.as_mut() {
                    (form.editing, form.seen) = (Editing::New, Base::Latest);
                    return self.on_form(Action::SaveForm, cx);
                }
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

    fn on_form(&mut self, action: Action, cx: &mut Cx<'_>) -> Vec<Effect> {
        let Some(form) = self.form.as_mut() else {
            return Vec::new();
        };
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
            Action::Type(key) => form.fields.type_key(key),
            Action::Paste(text) => form.fields.paste(&text),
            Action::SaveForm => {
                return match form.to_booking(cx.locale) {
                    Ok(booking) => {
                        form.error = None;
                        let allow_clash = !form.clashes.is_empty();
                        vec![run(AgendaEffect::Save {
                            booking,
                            allow_clash,
                            base: form.seen,
                        })]
                    }
                    Err(why) => {
                        form.error = Some(why);
                        form.clashes.clear();
                        Vec::new()
                    }
                };
            }
            Action::CancelForm | Action::Deny => self.form = None,
            _ => {}
        }
        Vec::new()
    }
}

impl AgendaTab {
    /// A save was refused: someone else changed the entry (`theirs`) or deleted it.
    /// An open form asks what to do; a mark made from the calendar is reloaded.
    fn changed_elsewhere(
        &mut self,
        theirs: Option<Box<Appointment>>,
        cx: &mut Cx<'_>,
    ) -> Vec<Effect> {
        let editing = self.form.as_ref().map(|f| f.editing);
        let title = self
            .form
            .as_ref()
            .map(|f| f.fields.text_of(EntryField::Title));
        let title = title.unwrap_or_default();
        let on = |a| Action::Agenda(a);
        let ask = match (theirs, editing) {
            (Some(theirs), Some(_)) => {
                self.theirs = Some(theirs);
                Ask::conflict(
                    cx.locale,
                    &title,
                    on(AgendaAction::ReloadForm),
                    on(AgendaAction::Overwrite),
                )
            }
            (None, Some(Editing::Entry(_))) => {
                Ask::gone(cx.locale, &title, on(AgendaAction::SaveAsNew))
            }
            (theirs, _) => {
                // One occurrence of a deleted series, or a mark from the calendar: the
                // calendar shows the entry as it is now.
                self.form = None;
                let msg = if theirs.is_some() {
                    Msg::ChangedElsewhere
                } else {
                    Msg::GoneElsewhere
                };
                cx.fail(cx.locale.t(msg).to_string());
                return self.reload(cx);
            }
        };
        cx.overlays.open(Tab::Agenda, Overlay::Ask(ask));
        Vec::new()
    }
}

/// Whether `o` is a prompt for `purpose`.
fn is_prompt(o: &Overlay, purpose: Purpose) -> bool {
    matches!(o, Overlay::Prompt(p) if p.purpose == purpose)
}

impl TabPane for AgendaTab {
    type Loaded = AgendaLoaded;

    fn contexts(&self) -> Vec<Context> {
        match &self.form {
            Some(form) if form.fields.on_choice() => vec![Context::FormChoice],
            Some(_) => vec![Context::FormText],
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
        let answer = matches!(
            action,
            Action::Agenda(
                AgendaAction::ReloadForm | AgendaAction::Overwrite | AgendaAction::SaveAsNew
            )
        );
        if self.form.is_some() && !answer {
            return self.on_form(action, cx);
        }
        let cal = &mut self.cal;
        match action {
            Action::Agenda(intent) => return self.on_intent(intent, cx),
            Action::MoveUp => cal.move_row(-1, cx.now),
            Action::MoveDown => cal.move_row(1, cx.now),
            Action::PageUp => cal.move_days(-7),
            Action::PageDown => cal.move_days(7),
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
            } => {
                self.cal.agendas = agendas;
                self.cal.schedule = *schedule;
                self.cal.loaded = Some((from, to));
                return self.load_if_needed(cx);
            }
            AgendaLoaded::Reminders(schedule) => {
                self.cal.reminders = *schedule;
                self.remind(cx);
            }
            AgendaLoaded::Clashes(clashes) => {
                if let Some(form) = &mut self.form {
                    form.error = Some(fill(
                        cx.locale.t(Msg::ClashWarning),
                        cx.locale.clashes(&clashes),
                    ));
                    form.clashes = clashes;
                }
            }
            AgendaLoaded::Changed(theirs) => return self.changed_elsewhere(theirs, cx),
            AgendaLoaded::Done(msg) => {
                if let Some(day) = self.form.as_ref().and_then(|f| f.booked_day()) {
                    self.cal.day = day;
                }
                self.form = None;
                cx.say(msg);
                return self.reload(cx);
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
        }
        Vec::new()
    }

    fn show_error(&mut self, text: String) -> Option<String> {
        match &mut self.form {
            Some(form) => {
                form.error = Some(text);
                None
            }
            None => Some(text),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &ViewCx<'_>) {
        match &self.form {
            Some(form) => EntryFormView {
                form,
                locale: view.locale,
            }
            .render(area, buf),
            None => AgendaPaneView {
                cal: &self.cal,
                locale: view.locale,
                now: view.now,
            }
            .render(area, buf),
        }
    }
}
