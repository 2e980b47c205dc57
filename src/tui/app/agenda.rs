//! What the Agenda tab does with the keys and with what the store sends back.

use chrono::NaiveDateTime;

use super::{App, Status};
use crate::domain::{AppointmentStatus, Listed, Override};
use crate::i18n::{Msg, fill};
use crate::tui::action::{Action, AgendaAction, Tab};
use crate::tui::effect::Effect;
use crate::tui::keymap::Context;
use crate::tui::panes::agenda::{AgendaPopup, AgendaView, SLOTS};
use crate::tui::panes::appointment_form::{AppointmentForm, Booking, Editing};
use crate::tui::widgets::TextInput;

impl App {
    /// The keymap contexts of the Agenda tab.
    pub(super) fn agenda_contexts(&self) -> Vec<Context> {
        match (&self.agenda.popup, &self.agenda.form) {
            (
                Some(
                    AgendaPopup::Agendas {
                        adding: Some(_), ..
                    }
                    | AgendaPopup::GoTo(_),
                ),
                _,
            ) => {
                vec![Context::PopupText]
            }
            (Some(AgendaPopup::Agendas { .. }), _) => vec![Context::AgendaChooser],
            (Some(AgendaPopup::Series { .. }), _) => vec![Context::Series],
            (Some(AgendaPopup::ConfirmDelete { .. }), _) => vec![Context::Confirm],
            (None, Some(form)) if form.fields.on_choice() => vec![Context::FormChoice],
            (None, Some(_)) => vec![Context::FormText],
            (None, None) => vec![Context::Agenda, Context::TopLevel],
        }
    }

    /// Loads what the Agenda view needs, if it is not loaded.
    pub(super) fn load_agenda_if_needed(&self) -> Vec<Effect> {
        if self.tab == Tab::Agenda && !self.agenda.covers(self.today) {
            let (from, to) = self.agenda.needed(self.today);
            vec![Effect::LoadAgenda { from, to }]
        } else {
            Vec::new()
        }
    }

    fn reload_agenda(&mut self) -> Vec<Effect> {
        self.agenda.loaded = None;
        let (from, to) = self.agenda.needed(self.today);
        vec![Effect::LoadAgenda { from, to }, Effect::LoadReminders]
    }

    pub(super) fn selected_occurrence(&self) -> Option<(Listed, crate::domain::Appointment)> {
        let item = self.agenda.selected(self.now)?;
        let a = self.agenda.schedule.appointment_of(item).clone();
        Some((item.clone(), a))
    }

    pub(super) fn open_entry_form(&mut self, editing: Editing) {
        let Some((item, a)) = self.selected_occurrence() else {
            return;
        };
        let mut fields = a.fields.clone();
        if let Editing::Occurrence(..) = editing {
            (fields.start, fields.end, fields.status) = (
                item.occurrence.start,
                item.occurrence.end,
                item.occurrence.status,
            );
        }
        let agendas = self.agenda.agendas.clone();
        self.agenda.form = Some(AppointmentForm::new(
            editing,
            &fields,
            &agendas,
            &self.locale,
        ));
    }

    /// Shows the reminders that fell due by `now`, once each.
    fn remind(&mut self, now: NaiveDateTime) {
        let due: Vec<String> = self
            .agenda
            .reminders
            .due(now)
            .into_iter()
            .filter(|l| {
                self.agenda
                    .reminded
                    .insert((l.occurrence.appointment_id, l.occurrence.original))
            })
            .map(|l| {
                let a = &self.agenda.reminders.appointment_of(l).fields;
                format!("{} {}", l.occurrence.start.format("%H:%M"), a.title)
            })
            .collect();
        if !due.is_empty() {
            self.status = Some(Status {
                text: fill(self.locale.t(Msg::ReminderDue), due.join(" · ")),
                is_error: false,
            });
        }
    }

    /// Handles agenda results (on any tab) and the Agenda tab's keys; `None` leaves
    /// the action to the rest of `update`.
    pub(super) fn update_agenda(&mut self, action: &Action) -> Option<Vec<Effect>> {
        match action {
            Action::Agenda(AgendaAction::AgendaLoaded {
                agendas,
                schedule,
                from,
                to,
            }) => {
                self.agenda.agendas = agendas.clone();
                self.agenda.schedule = (**schedule).clone();
                self.agenda.loaded = Some((*from, *to));
                return Some(self.load_agenda_if_needed());
            }
            Action::Agenda(AgendaAction::RemindersLoaded(schedule)) => {
                self.agenda.reminders = (**schedule).clone();
                self.remind(self.now);
                return Some(Vec::new());
            }
            Action::Agenda(AgendaAction::Tick(now)) => {
                self.now = *now;
                self.remind(*now);
                return Some(Vec::new());
            }
            Action::Agenda(AgendaAction::AppointmentClashes(clashes)) => {
                if let Some(form) = &mut self.agenda.form {
                    form.error = Some(fill(
                        self.locale.t(Msg::ClashWarning),
                        self.locale.clashes(clashes),
                    ));
                    form.clashes = clashes.clone();
                }
                return Some(Vec::new());
            }
            Action::Agenda(AgendaAction::AppointmentChanged(msg)) => {
                if let Some(day) = self.agenda.form.as_ref().and_then(|f| f.booked_day()) {
                    self.agenda.day = day;
                }
                self.agenda.form = None;
                self.say(*msg);
                return Some(self.reload_agenda());
            }
            Action::Agenda(AgendaAction::AppointmentFailed(text)) => {
                match &mut self.agenda.form {
                    Some(form) => form.error = Some(text.clone()),
                    None => self.fail(text.clone()),
                }
                return Some(Vec::new());
            }
            Action::Agenda(AgendaAction::AgendaAdded(agenda)) => {
                self.agenda.agendas.push(agenda.clone());
                if let Some(AgendaPopup::Agendas { adding, cursor }) = &mut self.agenda.popup {
                    *adding = None;
                    *cursor = self.agenda.agendas.len() - 1;
                }
                return Some(Vec::new());
            }
            _ => {}
        }
        if !self.for_tab(Tab::Agenda, action) {
            return None;
        }
        if self.agenda.popup.is_some() {
            return Some(self.update_agenda_popup(action));
        }
        if self.agenda.form.is_some() {
            return Some(self.update_entry_form(action));
        }
        let a = &mut self.agenda;
        let mut effects = Vec::new();
        match action {
            Action::MoveUp => a.move_row(-1, self.now),
            Action::MoveDown => a.move_row(1, self.now),
            Action::Agenda(AgendaAction::PrevDay) => a.move_days(-1),
            Action::Agenda(AgendaAction::NextDay) => a.move_days(1),
            Action::PageUp => a.move_days(-7),
            Action::PageDown => a.move_days(7),
            Action::SwitchPane => a.column = (a.column + 1) % a.shown().len().max(1),
            Action::Agenda(AgendaAction::Today) => {
                a.day = self.today;
                a.row = 0;
            }
            Action::Agenda(AgendaAction::CycleView) => a.cycle_view(),
            Action::Agenda(AgendaAction::GoToDate) => {
                a.popup = Some(AgendaPopup::GoTo(Box::new(TextInput::new(""))))
            }
            Action::Agenda(AgendaAction::ChooseAgendas) => {
                a.popup = Some(AgendaPopup::Agendas {
                    cursor: 0,
                    adding: None,
                })
            }
            Action::Agenda(AgendaAction::NewAppointment) => {
                let start = a.new_start();
                if let Some(agenda) = a.column_agenda().or(a.agendas.first()).cloned() {
                    let blank = AppointmentForm::blank(&agenda, start);
                    let agendas = a.agendas.clone();
                    a.form = Some(AppointmentForm::new(
                        Editing::New,
                        &blank,
                        &agendas,
                        &self.locale,
                    ));
                }
            }
            Action::Agenda(AgendaAction::EditAppointment)
            | Action::Agenda(AgendaAction::DeleteAppointment) => {
                let delete = *action == Action::Agenda(AgendaAction::DeleteAppointment);
                if let Some((item, appt)) = self.selected_occurrence() {
                    let (id, title) = (appt.id, appt.fields.title.clone());
                    self.agenda.popup = Some(if item.occurrence.recurring {
                        AgendaPopup::Series {
                            id,
                            original: item.occurrence.original,
                            title,
                            delete,
                        }
                    } else if delete {
                        AgendaPopup::ConfirmDelete { id, title }
                    } else {
                        self.open_entry_form(Editing::Entry(id));
                        return Some(Vec::new());
                    });
                }
            }
            Action::Agenda(AgendaAction::MarkDone) => {
                if let Some((item, appt)) = self.selected_occurrence() {
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
                    effects.push(Effect::SaveBooking {
                        booking,
                        allow_clash: true,
                    });
                }
            }
            Action::OpenCard => {
                if let Some((_, appt)) = self.selected_occurrence()
                    && let Some(client) = appt.fields.client_id
                {
                    self.tab = Tab::Clients;
                    return Some(vec![Effect::LoadClient(client)]);
                }
            }
            _ => return None,
        }
        if self.agenda.view == AgendaView::Day {
            self.agenda.slot = self.agenda.slot.min(SLOTS - 1);
        }
        effects.extend(self.load_agenda_if_needed());
        Some(effects)
    }

    fn update_entry_form(&mut self, action: &Action) -> Vec<Effect> {
        let Some(form) = self.agenda.form.as_mut() else {
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
            Action::Type(key) => form.fields.type_key(*key),
            Action::Paste(text) => form.fields.paste(text),
            Action::SaveForm => {
                return match form.to_booking(&self.locale) {
                    Ok(booking) => {
                        form.error = None;
                        let allow_clash = !form.clashes.is_empty();
                        vec![Effect::SaveBooking {
                            booking,
                            allow_clash,
                        }]
                    }
                    Err(why) => {
                        form.error = Some(why);
                        form.clashes.clear();
                        Vec::new()
                    }
                };
            }
            Action::CancelForm | Action::Deny => self.agenda.form = None,
            _ => {}
        }
        Vec::new()
    }
}
