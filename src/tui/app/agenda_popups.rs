//! What the Agenda tab's boxes do with the keys: the agendas chooser, go to a date,
//! "this occurrence or the whole series?", "delete this entry?".

use super::App;
use crate::domain::dates::parse_date;
use crate::domain::{AppointmentStatus, Override};
use crate::i18n::{Msg, fill};
use crate::tui::action::{Action, AgendaAction};
use crate::tui::effect::Effect;
use crate::tui::panes::agenda::{AgendaPopup, AgendaView};
use crate::tui::panes::appointment_form::{Booking, Editing};
use crate::tui::widgets::TextInput;

impl App {
    pub(super) fn update_agenda_popup(&mut self, action: &Action) -> Vec<Effect> {
        let Some(popup) = self.agenda.popup.as_mut() else {
            return Vec::new();
        };
        match (popup, action) {
            (
                AgendaPopup::Agendas {
                    adding: Some(input),
                    ..
                },
                action,
            ) => match action {
                Action::Type(key) => {
                    input.handle(*key);
                }
                Action::Paste(text) => {
                    input.paste(text);
                }
                Action::SavePopup => {
                    let name = input.text().trim().to_string();
                    if !name.is_empty() {
                        return vec![Effect::AddAgenda(name)];
                    }
                }
                Action::Deny => {
                    if let Some(AgendaPopup::Agendas { adding, .. }) = &mut self.agenda.popup {
                        *adding = None;
                    }
                }
                _ => {}
            },
            (AgendaPopup::Agendas { cursor, adding }, action) => {
                let n = self.agenda.agendas.len();
                match action {
                    Action::MoveUp => *cursor = cursor.saturating_sub(1),
                    Action::MoveDown => *cursor = (*cursor + 1).min(n.saturating_sub(1)),
                    Action::Agenda(AgendaAction::ToggleAgenda) => {
                        if let Some(id) = self.agenda.agendas.get(*cursor).map(|a| a.id)
                            && !self.agenda.hidden.remove(&id)
                        {
                            self.agenda.hidden.insert(id);
                        }
                    }
                    Action::Agenda(AgendaAction::NewAgenda) => {
                        let mut input = TextInput::new("");
                        input.set_focused(true);
                        *adding = Some(Box::new(input));
                    }
                    Action::Deny => {
                        self.agenda.popup = None;
                        self.agenda.column = 0;
                    }
                    _ => {}
                }
            }
            (AgendaPopup::GoTo(input), action) => match action {
                Action::Type(key) => {
                    input.set_focused(true);
                    input.handle(*key);
                }
                Action::Paste(text) => {
                    input.paste(text);
                }
                Action::SavePopup => match parse_date(&input.text()) {
                    Ok(day) => {
                        self.agenda.popup = None;
                        self.agenda.day = day;
                        if self.agenda.view == AgendaView::Upcoming {
                            self.agenda.view = AgendaView::Day;
                        }
                        return self.load_agenda_if_needed();
                    }
                    Err(_) => {
                        let text = input.text();
                        self.fail(fill(self.locale.t(Msg::ProblemDate), text.trim()));
                    }
                },
                Action::Deny => self.agenda.popup = None,
                _ => {}
            },
            (
                AgendaPopup::Series {
                    id,
                    original,
                    delete,
                    ..
                },
                action,
            ) => {
                let (id, original, delete) = (*id, *original, *delete);
                match action {
                    Action::Agenda(AgendaAction::ThisOccurrence)
                    | Action::Agenda(AgendaAction::WholeSeries) => {
                        self.agenda.popup = None;
                        let this = *action == Action::Agenda(AgendaAction::ThisOccurrence);
                        match (delete, this) {
                            (true, true) => {
                                if let Some((item, appt)) = self.selected_occurrence() {
                                    let o = &item.occurrence;
                                    let ov = Override {
                                        original,
                                        start: o.start,
                                        end: o.end,
                                        status: AppointmentStatus::Cancelled,
                                    };
                                    let booking =
                                        Booking::Occurrence(appt.id, ov, Box::new(appt.fields));
                                    return vec![Effect::SaveBooking {
                                        booking,
                                        allow_clash: true,
                                    }];
                                }
                            }
                            (true, false) => return vec![Effect::DeleteAppointment(id)],
                            (false, true) => {
                                self.open_entry_form(Editing::Occurrence(id, original))
                            }
                            (false, false) => self.open_entry_form(Editing::Entry(id)),
                        }
                    }
                    Action::Deny => self.agenda.popup = None,
                    _ => {}
                }
            }
            (AgendaPopup::ConfirmDelete { id, .. }, action) => {
                let id = *id;
                match action {
                    Action::Confirm => {
                        self.agenda.popup = None;
                        return vec![Effect::DeleteAppointment(id)];
                    }
                    Action::Deny => self.agenda.popup = None,
                    _ => {}
                }
            }
        }
        Vec::new()
    }
}
