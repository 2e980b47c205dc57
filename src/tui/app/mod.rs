//! The model of the UI and its pure `update`: keys and results in, effects out.

use crossterm::event::KeyEvent;

mod agenda;
mod agenda_popups;
mod list_export;
mod moments;
mod popups;
pub use popups::{ClientAct, Popup};
mod reload;

use chrono::{NaiveDate, NaiveDateTime};

use super::action::{Action, Tab};
use super::effect::Effect;
use super::keymap::{Context, lookup};
use super::panes::agenda::AgendaPane;
use super::panes::card::CardView;
use super::panes::client_list::{CHROME_ROWS, ClientList, RowStatus};
use super::panes::dashboard::Dashboard;
use super::panes::form::ClientForm;
use super::panes::moments::MomentsPane;
use super::panes::quick_log::QuickLog;
use crate::domain::{ClientCard, ClientId, ClientSummary};
use crate::i18n::{Locale, Msg, fill};

/// Rows of the screen outside the pane: the tab bar and the status bar.
pub const FRAME_ROWS: u16 = 2;

/// The line at the bottom right: the outcome of the last operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// What to say.
    pub text: String,
    /// Whether it is bad news.
    pub is_error: bool,
}

/// Where a closing form goes back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormReturn {
    List,
    Card,
}

/// The whole state of the UI.
#[derive(Debug)]
pub struct App {
    /// Language and dates.
    pub locale: Locale,
    /// Today, for ages and dates shown.
    pub today: NaiveDate,
    /// The tab shown.
    pub tab: Tab,
    /// The client list.
    pub list: ClientList,
    /// The card open over the list, if any.
    pub card: Option<CardView>,
    /// The form open over the list or card, if any.
    pub form: Option<ClientForm>,
    /// The dashboard tab.
    pub dashboard: Dashboard,
    /// The agenda tab.
    pub agenda: AgendaPane,
    /// The moments-of-truth tab.
    pub moments: MomentsPane,
    /// The time of the last clock tick (reminders, upcoming entries).
    pub now: NaiveDateTime,
    /// Boxes over everything, last on top.
    pub popups: Vec<Popup>,
    /// The outcome of the last operation.
    pub status: Option<Status>,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// False once the user quit.
    pub running: bool,
    form_return: FormReturn,
    edit_when_loaded: bool,
}

impl App {
    /// A new UI of `size`, and the effects that load its first screen.
    pub fn new(locale: Locale, today: NaiveDate, size: (u16, u16)) -> (Self, Vec<Effect>) {
        let app = Self {
            locale,
            today,
            dashboard: Dashboard::default(),
            agenda: AgendaPane::new(today),
            moments: MomentsPane::default(),
            now: today.and_time(chrono::NaiveTime::MIN),
            tab: Tab::Clients,
            list: ClientList::default(),
            card: None,
            form: None,
            popups: Vec::new(),
            status: None,
            size,
            running: true,
            form_return: FormReturn::List,
            edit_when_loaded: false,
        };
        (
            app,
            vec![
                Effect::LoadClients,
                Effect::LoadDashboard,
                Effect::LoadComplaints,
                Effect::LoadReminders,
            ],
        )
    }

    /// The contexts of the pane under any popup (what the help describes).
    pub fn contexts_below_popups(&self) -> Vec<Context> {
        let own = if self.tab == Tab::Agenda {
            self.agenda_contexts()
        } else if self.tab == Tab::Moments {
            self.moments_contexts()
        } else if self.tab == Tab::Dashboard {
            vec![Context::Dashboard, Context::TopLevel]
        } else {
            match (&self.form, &self.card) {
                (Some(form), _) if form.fields.on_choice() => vec![Context::FormChoice],
                (Some(_), _) => vec![Context::FormText],
                (None, Some(_)) => vec![Context::Card, Context::TopLevel],
                (None, None) if self.list.searching => vec![Context::Search],
                (None, None) => vec![Context::List, Context::TopLevel],
            }
        };
        std::iter::once(Context::Global).chain(own).collect()
    }

    /// A key press: a bound action, or text for the focused input.
    pub fn on_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let contexts = self.contexts();
        self.status = None;
        match lookup(&contexts, &key) {
            Some(action) => self.update(action),
            None if contexts.iter().any(|c| c.takes_text()) => self.update(Action::Type(key)),
            None => Vec::new(),
        }
    }

    /// Rows of clients the list shows at the current size.
    pub fn list_page(&self) -> usize {
        self.size.1.saturating_sub(FRAME_ROWS + CHROME_ROWS).max(1) as usize
    }

    /// Whether `action` is for the keys of `tab`: it is shown, and the action is not
    /// one every tab leaves to the top level (quit, help, tabs, resize).
    fn for_tab(&self, tab: Tab, action: &Action) -> bool {
        self.tab == tab
            && !matches!(
                action,
                Action::Quit
                    | Action::ForceQuit
                    | Action::ToggleHelp
                    | Action::SwitchTab(_)
                    | Action::Resize(..)
            )
    }

    fn say(&mut self, msg: impl Into<Msg>) {
        self.status = Some(Status {
            text: self.locale.t(msg).to_string(),
            is_error: false,
        });
    }

    fn fail(&mut self, text: String) {
        self.status = Some(Status {
            text: fill(self.locale.t(Msg::Failed), text),
            is_error: true,
        });
    }

    /// The client the keys act on: the open card's, else the list's cursor.
    fn current_client(&self) -> Option<(ClientId, String)> {
        match &self.card {
            Some(card) => Some((
                card.details.client.id,
                card.details.client.card.name.clone(),
            )),
            None => self.list.selected_summary().map(|s| (s.id, s.name.clone())),
        }
    }

    fn open_form(&mut self, id: Option<ClientId>, card: &ClientCard, back_to: FormReturn) {
        self.form = Some(ClientForm::new(id, card, &self.locale));
        self.form_return = back_to;
    }

    fn close_form(&mut self) {
        self.form = None;
        if self.form_return == FormReturn::List {
            self.card = None;
        }
    }

    /// Applies one action to the state and says what the runtime must do.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let action = match self.update_popup(action) {
            Ok(effects) => return effects,
            Err(action) => action,
        };
        if let Some(effects) = self.update_agenda(&action) {
            return effects;
        }
        if let Some(effects) = self.update_moments(&action) {
            return effects;
        }
        if let Some(effects) = self.update_list_export(&action) {
            return effects;
        }
        if self.tab == Tab::Dashboard
            && let Some(effects) = self.update_dashboard(&action)
        {
            return effects;
        }
        let page = self.list_page();
        match action {
            Action::Quit | Action::ForceQuit => {
                self.running = false;
                return vec![Effect::Quit];
            }
            Action::ToggleHelp => {
                if matches!(self.popups.last(), Some(Popup::Help)) {
                    self.popups.pop();
                } else {
                    self.popups.push(Popup::Help);
                }
            }
            Action::SwitchTab(tab) => {
                self.tab = tab;
                let mut effects = self.refresh_dashboard_if_shown();
                effects.extend(self.load_agenda_if_needed());
                effects.extend(self.load_moments_if_needed());
                return effects;
            }
            Action::MoveUp => self.list.move_by(-1, page),
            Action::MoveDown => self.list.move_by(1, page),
            Action::PageUp => self.list.move_by(-(page as isize), page),
            Action::PageDown => self.list.move_by(page as isize, page),
            Action::First => self.list.move_by(isize::MIN / 2, page),
            Action::Last => self.list.move_by(isize::MAX / 2, page),
            Action::StartSearch => self.list.start_search(),
            Action::ClearSearch if self.list.query.text().is_empty() && !self.list.searching => {
                self.list.set_filter(Default::default());
            }
            Action::ClearSearch => self.list.clear_search(),
            Action::AcceptSearch => {
                self.list.stop_search();
                return self.update(Action::OpenCard);
            }
            Action::OpenCard => {
                if let Some(id) = self.list.selected_id() {
                    return vec![Effect::LoadClient(id)];
                }
            }
            Action::NewClient => self.open_form(None, &ClientCard::named(""), FormReturn::List),
            Action::EditClient => match &self.card {
                Some(card) => {
                    let (id, c) = (card.details.client.id, card.details.client.card.clone());
                    self.open_form(Some(id), &c, FormReturn::Card);
                }
                None => {
                    if let Some(id) = self.list.selected_id() {
                        self.edit_when_loaded = true;
                        return vec![Effect::LoadClient(id)];
                    }
                }
            },
            Action::DeleteClient | Action::EraseClient | Action::ExportClient => {
                let act = match action {
                    Action::EraseClient => ClientAct::Erase,
                    Action::ExportClient => ClientAct::Export,
                    _ => ClientAct::Delete,
                };
                if let Some((id, name)) = self.current_client() {
                    self.popups.push(Popup::ConfirmDelete { id, name, act });
                }
            }
            Action::Back => self.card = None,
            Action::NextField => self.form.iter_mut().for_each(|f| f.fields.next_field()),
            Action::PrevField => self.form.iter_mut().for_each(|f| f.fields.prev_field()),
            Action::NextChoice => self.form.iter_mut().for_each(|f| f.fields.cycle_choice(1)),
            Action::PrevChoice => self.form.iter_mut().for_each(|f| f.fields.cycle_choice(-1)),
            Action::SaveForm => return self.save_form(),
            Action::CancelForm => match &self.form {
                Some(form) if form.fields.dirty => self.popups.push(Popup::ConfirmDiscard),
                _ => self.close_form(),
            },
            Action::Confirm | Action::Deny | Action::ExportList | Action::ListExported(..) => {}
            Action::Type(key) => match &mut self.form {
                Some(form) => form.fields.type_key(key),
                None => self.list.type_key(key),
            },
            Action::Paste(text) => match &mut self.form {
                Some(form) => form.fields.paste(&text),
                None if self.list.searching => self.list.paste(&text),
                None => {}
            },
            Action::Resize(w, h) => {
                self.size = (w, h);
                let page = self.list_page();
                self.list.scroll_into_view(page);
            }
            Action::ClientsLoaded(rows) => {
                self.list.load(rows);
                self.list.scroll_into_view(page);
            }
            Action::CardLoaded(view) => {
                let view = *view;
                // The card carries the client's standing: the list's status columns
                // and the dashboard counts follow it.
                if let Some(standing) = &view.standing {
                    let status = RowStatus::from(standing);
                    self.list.statuses.insert(standing.facts.client_id, status);
                    self.dashboard.count(&self.list.statuses);
                }
                if std::mem::take(&mut self.edit_when_loaded) {
                    let (id, c) = (view.details.client.id, view.details.client.card.clone());
                    self.open_form(Some(id), &c, FormReturn::List);
                }
                self.card = Some(view);
            }
            Action::ClientSaved(client) => {
                let id = client.id;
                self.list.upsert(ClientSummary::from(&*client));
                self.list.scroll_into_view(page);
                let reopen = self.form_return == FormReturn::Card;
                self.close_form();
                self.say(Msg::Saved);
                let mut effects = self.data_changed();
                if reopen {
                    effects.push(Effect::LoadClient(id));
                }
                return effects;
            }
            Action::SaveFailed(text) => match &mut self.form {
                Some(form) => form.store_error = Some(text),
                None => self.fail(text),
            },
            Action::ClientExported(path) => {
                self.status = Some(Status {
                    text: fill(self.locale.t(Msg::ClientExported), path.display()),
                    is_error: false,
                });
            }
            Action::ClientDeleted(id) | Action::ClientErased(id) => {
                let msg = if matches!(action, Action::ClientErased(_)) {
                    Msg::ClientErased
                } else {
                    Msg::Deleted
                };
                self.list.remove(id);
                self.list.statuses.remove(&id);
                self.dashboard.count(&self.list.statuses);
                self.list.scroll_into_view(page);
                if self
                    .card
                    .as_ref()
                    .is_some_and(|c| c.details.client.id == id)
                {
                    self.card = None;
                }
                self.say(msg);
                let mut effects = self.data_changed();
                effects.push(Effect::LoadComplaints);
                return effects;
            }
            Action::Failed(text) => self.fail(text),
            Action::StartLog(kind) | Action::StartLogAny(kind) => {
                if let Some((id, name)) = self.current_client() {
                    let any = matches!(action, Action::StartLogAny(_));
                    self.popups.push(Popup::QuickLog(Box::new(QuickLog::new(
                        id, name, kind, any,
                    ))));
                }
            }
            Action::DashboardLoaded(statuses, figures) => {
                self.list.load_statuses(statuses);
                self.dashboard.count(&self.list.statuses);
                self.dashboard.load_figures(*figures);
            }
            Action::StatusLoaded(id, status) => {
                self.list.statuses.insert(id, status);
                self.dashboard.count(&self.list.statuses);
            }
            Action::EntryAdded { client_id, kind } => {
                self.status = Some(Status {
                    text: fill(self.locale.t(Msg::Logged), self.locale.label(&kind)),
                    is_error: false,
                });
                return self.reload_after_log(client_id);
            }
            Action::ComplaintsLoaded(complaints) => self.dashboard.load_complaints(complaints),
            Action::ComplaintResolved { client_id, .. } => {
                self.say(Msg::Resolved);
                return self.reload_after_log(client_id);
            }
            // Only meaningful inside a popup or the dashboard, handled above.
            Action::SavePopup
            | Action::EntryFailed(_)
            | Action::SwitchPane
            | Action::ToggleClass
            | Action::Activate
            | Action::ClearClasses
            | Action::Agenda(_)
            | Action::Moments(_) => {}
        }
        Vec::new()
    }

    fn save_form(&mut self) -> Vec<Effect> {
        let Some(form) = self.form.as_mut() else {
            return Vec::new();
        };
        form.store_error = None;
        match form.to_card() {
            Ok(card) => {
                form.errors.clear();
                vec![Effect::SaveClient {
                    id: form.editing,
                    card: Box::new(card),
                }]
            }
            Err(errors) => {
                form.show_errors(errors);
                Vec::new()
            }
        }
    }
}
