//! What the boxes over the screen and the dashboard do with the keys.

use super::App;
use super::list_export::update_picker;
use crate::domain::{ClientId, EntryId};
use crate::i18n::Msg;
use crate::tui::action::{Action, Tab};
use crate::tui::effect::Effect;
use crate::tui::keymap::Context;
use crate::tui::panes::dashboard::DashboardFocus;
use crate::tui::panes::export_picker::ExportPicker;
use crate::tui::panes::quick_log::QuickLog;
use crate::tui::widgets::TextInput;

/// A box over the screen that takes the keys until it closes.
#[derive(Debug, Clone)]
pub enum Popup {
    /// The key help.
    Help,
    /// "Delete this client?", "Erase them for good?", "Export their data?"
    ConfirmDelete {
        /// Who.
        id: ClientId,
        /// Their name, to say it.
        name: String,
        /// What is asked.
        act: ClientAct,
    },
    /// "Discard your changes?"
    ConfirmDiscard,
    /// Exporting the list: which columns, which dialect.
    ExportList(Box<ExportPicker>),
    /// Logging an entry at the counter.
    QuickLog(Box<QuickLog>),
    /// Answering a complaint.
    Resolve {
        /// The complaint.
        id: EntryId,
        /// Its client's name.
        client_name: String,
        /// What the complaint said.
        complaint: String,
        /// The answer being typed.
        answer: Box<TextInput>,
        /// Why the last save was refused.
        error: Option<String>,
    },
}

/// What a question about one client leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAct {
    /// Delete the client and their history.
    Delete,
    /// Erase them for good, leaving nothing readable (the right to erasure).
    Erase,
    /// Write everything held about them to a file (the right of access).
    Export,
}

impl ClientAct {
    /// The question asked.
    pub fn question(self) -> Msg {
        match self {
            ClientAct::Delete => Msg::ConfirmDelete,
            ClientAct::Erase => Msg::ConfirmErase,
            ClientAct::Export => Msg::ConfirmExport,
        }
    }

    /// What the runtime does on yes.
    pub(super) fn effect(self, id: ClientId) -> Effect {
        match self {
            ClientAct::Delete => Effect::DeleteClient(id),
            ClientAct::Erase => Effect::EraseClient(id),
            ClientAct::Export => Effect::ExportClient(id),
        }
    }
}

impl App {
    /// The keymap contexts in force, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match self.popups.last() {
            Some(Popup::Help) => vec![Context::Global, Context::Help],
            Some(Popup::QuickLog(q)) if q.on_choice() => {
                vec![Context::Global, Context::PopupChoice]
            }
            Some(Popup::QuickLog(_) | Popup::Resolve { .. }) => {
                vec![Context::Global, Context::PopupText]
            }
            Some(Popup::ExportList(_)) => vec![Context::Global, Context::Picker],
            Some(Popup::ConfirmDelete { .. } | Popup::ConfirmDiscard) => {
                vec![Context::Global, Context::Confirm]
            }
            None => self.contexts_below_popups(),
        }
    }

    /// Gives `action` to the popup on top, if it takes it; otherwise hands it back.
    pub(super) fn update_popup(&mut self, action: Action) -> Result<Vec<Effect>, Action> {
        let Some(top) = self.popups.last_mut() else {
            return Err(action);
        };
        match (top, action) {
            (_, a @ (Action::Quit | Action::ForceQuit | Action::Resize(..))) => Err(a),
            (Popup::Help, Action::ToggleHelp) => {
                self.popups.pop();
                Ok(Vec::new())
            }
            (Popup::ConfirmDelete { id, act, .. }, Action::Confirm) => {
                let effect = act.effect(*id);
                self.popups.pop();
                Ok(vec![effect])
            }
            (Popup::ConfirmDiscard, Action::Confirm) => {
                self.popups.pop();
                self.close_form();
                Ok(Vec::new())
            }
            (Popup::ExportList(_), a @ Action::ListExported(..)) => {
                self.popups.pop();
                Err(a)
            }
            (_, Action::Deny) => {
                self.popups.pop();
                Ok(Vec::new())
            }
            (Popup::QuickLog(q), action) => {
                match action {
                    Action::NextField => q.move_focus(1),
                    Action::PrevField => q.move_focus(-1),
                    Action::NextChoice => q.cycle(1),
                    Action::PrevChoice => q.cycle(-1),
                    Action::Type(key) => q.type_key(key),
                    Action::Paste(text) => q.paste(&text),
                    Action::SavePopup => match q.to_entry(chrono::NaiveDateTime::MIN, &self.locale)
                    {
                        Ok(entry) => return Ok(vec![Effect::LogNow(Box::new(entry))]),
                        Err(why) => q.error = Some(why),
                    },
                    Action::EntryFailed(why) => q.error = Some(why),
                    Action::EntryAdded { .. } => {
                        self.popups.pop();
                        return Err(action);
                    }
                    other => return Err(other),
                }
                Ok(Vec::new())
            }
            (
                Popup::Resolve {
                    id, answer, error, ..
                },
                action,
            ) => {
                match action {
                    Action::Type(key) => {
                        answer.handle(key);
                    }
                    Action::Paste(text) => {
                        answer.paste(&text);
                    }
                    Action::SavePopup => {
                        let text = answer.text();
                        if text.trim().is_empty() {
                            *error = Some(self.locale.t(Msg::AnswerNeeded).to_string());
                        } else {
                            return Ok(vec![Effect::ResolveComplaint {
                                id: *id,
                                answer: text,
                            }]);
                        }
                    }
                    Action::ComplaintResolved { .. } => {
                        self.popups.pop();
                        return Err(action);
                    }
                    Action::Failed(why) => *error = Some(why),
                    other => return Err(other),
                }
                Ok(Vec::new())
            }
            (Popup::ExportList(p), action) => update_picker(p, action),
            (_, action) => Err(action),
        }
    }

    /// The dashboard's own keys; `None` for actions it leaves to the rest.
    pub(super) fn update_dashboard(&mut self, action: &Action) -> Option<Vec<Effect>> {
        let d = &mut self.dashboard;
        match action {
            Action::MoveDown => d.move_by(1),
            Action::MoveUp => d.move_by(-1),
            Action::SwitchPane => d.switch_focus(),
            Action::ToggleClass => d.toggle(),
            Action::ClearClasses => d.chosen = Default::default(),
            Action::Activate => match d.focus {
                DashboardFocus::Quadrants | DashboardFocus::ToDo | DashboardFocus::Classes => {
                    let filter = d.filter_to_apply();
                    self.list.set_filter(filter);
                    self.card = None;
                    self.form = None;
                    self.tab = Tab::Clients;
                    let page = self.list_page();
                    self.list.scroll_into_view(page);
                }
                DashboardFocus::Complaints => {
                    if let Some(c) = d.selected_complaint() {
                        let mut answer = TextInput::new("");
                        answer.set_focused(true);
                        self.popups.push(Popup::Resolve {
                            id: c.entry.id,
                            client_name: c.client_name.clone(),
                            complaint: c.entry.note.clone(),
                            answer: Box::new(answer),
                            error: None,
                        });
                    }
                }
            },
            _ => return None,
        }
        Some(Vec::new())
    }
}
