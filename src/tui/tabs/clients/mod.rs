//! The Clients tab: the list with its live search, a client's card, the client form,
//! and what the counter logs. Owns its state, its update and its view.

mod card;
mod card_history;
mod card_view;
mod editor;
mod exports;
mod form;
mod form_view;
mod history;
mod list;
mod list_view;
mod removed;

pub use card::CardView;
pub use form::ClientForm;
pub use list::{CHROME_ROWS, ClientList, RowStatus};
pub use list_view::class_name;

use std::collections::HashMap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{Cx, Edited, News, Tab, TabPane, ViewCx, show_in};
use chrono::NaiveDate;

use crate::domain::{ClassFilter, Client, ClientId, ClientSummary};
use crate::i18n::Msg;
use crate::tui::action::{Action, ClientsAction, ClientsLoaded};
use crate::tui::effect::{ClientsEffect, Effect};
use crate::tui::keymap::Context;
use crate::tui::overlay::{Ask, Overlay, QuickLog};
use card_view::CardViewWidget;
use editor::{ClientEditor, answers_editor};
use form_view::ClientFormView;
use list_view::ClientListView;

/// Rows of the screen outside a tab: the tab bar and the status bar.
pub const FRAME_ROWS: u16 = 2;

/// Where a closing form goes back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum FormReturn {
    #[default]
    List,
    Card,
}

/// State of the Clients tab.
#[derive(Debug, Default)]
pub struct ClientsTab {
    list: ClientList,
    card: Option<CardView>,
    editor: Option<ClientEditor>,
    form_return: FormReturn,
    edit_when_loaded: bool,
    /// Whether what the tab shows changed while it was hidden.
    stale: bool,
}

/// Rows of clients the list shows in a terminal of `size`.
pub fn list_page(size: (u16, u16)) -> usize {
    size.1.saturating_sub(FRAME_ROWS + CHROME_ROWS).max(1) as usize
}

impl ClientsTab {
    /// The list.
    pub fn list(&self) -> &ClientList {
        &self.list
    }

    /// The list, to change it directly in tests.
    #[cfg(feature = "test-support")]
    pub fn list_mut(&mut self) -> &mut ClientList {
        &mut self.list
    }

    /// The card open over the list, if any.
    pub fn card(&self) -> Option<&CardView> {
        self.card.as_ref()
    }

    /// The form open over the list or card, if any.
    pub fn form(&self) -> Option<&ClientForm> {
        self.editor.as_ref().map(ClientEditor::form)
    }

    /// Every client's classes and open complaints, as far as loaded.
    pub fn statuses(&self) -> &HashMap<ClientId, RowStatus> {
        &self.list.statuses
    }

    /// Takes every client's classes and open complaints.
    pub fn load_statuses(&mut self, statuses: HashMap<ClientId, RowStatus>) {
        self.list.load_statuses(statuses);
    }

    /// Keeps the cursor on screen after a resize.
    pub fn fit(&mut self, size: (u16, u16)) {
        self.list.scroll_into_view(list_page(size));
    }

    /// Shows the clients of the classes in `filter`, the list in front.
    pub fn show_filtered(&mut self, filter: ClassFilter, size: (u16, u16)) {
        self.list.set_filter(filter);
        self.card = None;
        self.editor = None;
        self.fit(size);
    }
    /// What to load after client `id`'s log changed: their card if it is open (its
    /// standing updates the list too), else their status alone, as of `today`.
    pub fn reload_client(&self, id: ClientId, today: NaiveDate) -> Vec<Effect> {
        let card_open = self
            .card
            .as_ref()
            .is_some_and(|c| c.details.client.id == id);
        let effect = if card_open {
            ClientsEffect::LoadCard(id, today)
        } else {
            ClientsEffect::LoadStatus(id, today)
        };
        vec![effect.into()]
    }

    /// Everything the tab shows, loaded again as of `today`: the rows, every status,
    /// and the open card (under the form, if one is open: the form keeps its text).
    fn reload(&mut self, today: NaiveDate) -> Vec<Effect> {
        self.stale = false;
        let mut effects = vec![
            ClientsEffect::LoadRows.into(),
            ClientsEffect::LoadStatuses(today).into(),
        ];
        if let Some(card) = &self.card {
            effects.push(ClientsEffect::LoadCard(card.details.client.id, today).into());
        }
        effects
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

    /// Opens the form on a stored client, or on a blank card (`None`).
    fn open_form(&mut self, client: Option<&Client>, back_to: FormReturn, cx: &Cx<'_>) {
        self.editor = Some(ClientEditor::open(client, cx.locale));
        self.form_return = back_to;
    }

    fn close_form(&mut self) {
        self.editor = None;
        if self.form_return == FormReturn::List {
            self.card = None;
        }
    }

    /// Does what the form's editor asks.
    fn follow(&mut self, edited: Edited, cx: &mut Cx<'_>) -> Vec<Effect> {
        let (effects, close) = edited.apply(Tab::Clients, cx);
        if close {
            self.close_form();
        }
        effects
    }

    /// A save was refused: someone else changed the client (`theirs`) or deleted it.
    fn changed_elsewhere(&mut self, theirs: Option<Box<Client>>, cx: &mut Cx<'_>) -> Vec<Effect> {
        match self.editor.as_mut() {
            Some(editor) => {
                let edited = editor.changed_elsewhere(theirs, cx.locale);
                self.follow(edited, cx)
            }
            None => Vec::new(),
        }
    }

    /// Records a client's new status and tells the dashboard.
    fn set_status(&mut self, id: ClientId, status: RowStatus, cx: &mut Cx<'_>) {
        let before = self.list.statuses.insert(id, status);
        cx.tell(News::StatusChanged {
            before,
            after: status,
        });
    }

    fn on_intent(&mut self, intent: ClientsAction, cx: &mut Cx<'_>) -> Vec<Effect> {
        match intent {
            ClientsAction::StartSearch => {
                // From a card too: a new search over the list.
                self.card = None;
                self.list.start_search();
            }
            ClientsAction::ClearSearch
                if self.list.query.text().is_empty() && !self.list.searching =>
            {
                self.list.set_filter(ClassFilter::default());
            }
            ClientsAction::ClearSearch => {
                // The cursor stays on the client found, and that row is on screen: the
                // keys act on what the user sees.
                self.list.clear_search();
                self.list.scroll_into_view(list_page(cx.size));
            }
            ClientsAction::LeaveSearch => self.list.stop_search(),
            ClientsAction::AcceptSearch => {
                self.list.stop_search();
                return self.on_intent(ClientsAction::OpenCard, cx);
            }
            ClientsAction::SelectRow(row) => {
                self.list.stop_search();
                self.list.select_row(row, list_page(cx.size));
            }
            ClientsAction::OpenCard => {
                if let Some(id) = self.list.selected_id() {
                    return vec![ClientsEffect::LoadCard(id, cx.today()).into()];
                }
            }
            ClientsAction::NewClient => self.open_form(None, FormReturn::List, cx),
            ClientsAction::EditClient => match &self.card {
                Some(card) => {
                    let client = card.details.client.clone();
                    self.open_form(Some(&client), FormReturn::Card, cx);
                }
                None => {
                    if let Some(id) = self.list.selected_id() {
                        self.edit_when_loaded = true;
                        return vec![ClientsEffect::LoadCard(id, cx.today()).into()];
                    }
                }
            },
            ClientsAction::Ask(act) => {
                if let Some((id, name)) = self.current_client() {
                    let on_yes = Action::Clients(ClientsAction::Confirmed(act, id));
                    let ask = Ask::delete(cx.locale, act.question(), &name, on_yes);
                    cx.overlays.open(Tab::Clients, Overlay::Ask(ask));
                }
            }
            ClientsAction::Confirmed(act, id) => return vec![act.effect(id).into()],
            ClientsAction::ExportList => exports::pick_columns(self.list.shown_ids(), cx),
            ClientsAction::Export {
                ids,
                columns,
                format,
            } => return vec![exports::export(ids, columns, format, cx)],
            ClientsAction::Back => self.card = None,
            ClientsAction::StartLog(kind) | ClientsAction::StartLogAny(kind) => {
                if let Some((id, name)) = self.current_client() {
                    let any = matches!(intent, ClientsAction::StartLogAny(_));
                    let quick = Box::new(QuickLog::new(id, name, kind, any));
                    cx.overlays.open(Tab::Clients, Overlay::QuickLog(quick));
                }
            }
            ClientsAction::Log(entry) => return vec![ClientsEffect::Log(entry).into()],
            ClientsAction::EditEntry
            | ClientsAction::AskDeleteEntry
            | ClientsAction::ChooseScene
            | ClientsAction::TieEntry(..)
            | ClientsAction::DeleteEntry(..)
            | ClientsAction::LeaveEntry
            | ClientsAction::CorrectEntry(..) => {
                return history::on_entry(self.card.as_mut(), intent, cx);
            }
            // The form's answers, when the form is gone: nothing to do.
            ClientsAction::DiscardForm
            | ClientsAction::ReloadForm
            | ClientsAction::Overwrite
            | ClientsAction::SaveAsNew => {}
        }
        Vec::new()
    }
}

impl TabPane for ClientsTab {
    type Loaded = ClientsLoaded;

    fn contexts(&self, _now: chrono::NaiveDateTime) -> Vec<Context> {
        match (self.form(), &self.card) {
            (Some(form), _) if form.fields.on_choice() => vec![Context::FormChoice],
            (Some(_), _) => vec![Context::FormText],
            (None, Some(card)) if card.entry.is_some() => {
                vec![Context::CardEntry, Context::Card, Context::TopLevel]
            }
            (None, Some(_)) => vec![Context::Card, Context::TopLevel],
            (None, None) if self.list.searching => vec![Context::Search],
            (None, None) => vec![Context::List, Context::TopLevel],
        }
    }
    fn on_show(&mut self, cx: &mut Cx<'_>) -> Vec<Effect> {
        if self.stale {
            self.reload(cx.today())
        } else {
            Vec::new()
        }
    }

    fn on_refresh(&mut self, cx: &mut Cx<'_>) -> Vec<Effect> {
        if cx.shown {
            self.reload(cx.today())
        } else {
            self.stale = true;
            Vec::new()
        }
    }

    fn on_action(&mut self, action: Action, cx: &mut Cx<'_>) -> Vec<Effect> {
        if let Some(editor) = self.editor.as_mut()
            && (!matches!(action, Action::Clients(_)) || answers_editor(&action))
        {
            let edited = editor.on_action(action, cx.locale, cx.today());
            return self.follow(edited, cx);
        }
        if let Some(card) = self.card.as_mut()
            && let Some(moved) = history::card_move(card, &action, cx)
        {
            return moved;
        }
        let page = list_page(cx.size);
        match action {
            Action::Clients(intent) => return self.on_intent(intent, cx),
            Action::MoveUp => self.list.move_by(-1, page),
            Action::MoveDown => self.list.move_by(1, page),
            Action::PageUp => self.list.move_by(-(page as isize), page),
            Action::PageDown => self.list.move_by(page as isize, page),
            Action::First => self.list.move_by(isize::MIN / 2, page),
            Action::Last => self.list.move_by(isize::MAX / 2, page),
            Action::Type(key) => self.list.type_key(key),
            Action::Paste(text) if self.list.searching => self.list.paste(&text),
            _ => {}
        }
        Vec::new()
    }

    fn on_loaded(&mut self, loaded: ClientsLoaded, cx: &mut Cx<'_>) -> Vec<Effect> {
        let page = list_page(cx.size);
        match loaded {
            ClientsLoaded::Rows(rows) => {
                self.list.load(rows);
                self.list.scroll_into_view(page);
            }
            ClientsLoaded::Card(view) => {
                let view = *view;
                // The card carries the client's standing: the list's status columns
                // and the dashboard's counts follow it.
                if let Some(standing) = &view.standing {
                    self.set_status(standing.facts.client_id, RowStatus::from(standing), cx);
                }
                if std::mem::take(&mut self.edit_when_loaded) {
                    self.open_form(Some(&view.details.client), FormReturn::List, cx);
                }
                let mut view = view;
                if let Some(before) = &self.card {
                    view.keep_place(before);
                }
                self.card = Some(view);
            }
            ClientsLoaded::Statuses(statuses) => {
                // Counted again by the dashboard when it next loads its figures.
                self.list.load_statuses(statuses);
            }
            ClientsLoaded::Status(id, status) => {
                if let Some(status) = status {
                    self.set_status(id, status, cx);
                }
            }
            ClientsLoaded::Saved(client) => {
                let id = client.id;
                self.list.upsert(ClientSummary::from(&*client));
                self.list.scroll_into_view(page);
                let reopen = self.form_return == FormReturn::Card;
                self.close_form();
                cx.say(Msg::Saved);
                cx.tell(News::ClientsChanged);
                // The open card, or else the row's classes, as the store sees them now.
                let effect = if reopen {
                    ClientsEffect::LoadCard(id, cx.today())
                } else {
                    ClientsEffect::LoadStatus(id, cx.today())
                };
                return vec![effect.into()];
            }
            ClientsLoaded::Changed(theirs) => return self.changed_elsewhere(Some(theirs), cx),
            ClientsLoaded::Gone(_) => return self.changed_elsewhere(None, cx),
            ClientsLoaded::Vanished(id) => {
                // Deleted by someone else while shown. A form open on them says so
                // when it is saved (and offers to save it as new).
                let closed = self.editor.is_none();
                let (status, shown) =
                    removed::take_off(&mut self.list, &mut self.card, id, page, closed);
                if shown {
                    cx.fail(cx.locale.t(Msg::GoneElsewhere).to_string());
                }
                cx.tell(News::ClientRemoved(status));
            }
            ClientsLoaded::Deleted(id) | ClientsLoaded::Erased { id, .. } => {
                let (status, _) = removed::take_off(&mut self.list, &mut self.card, id, page, true);
                removed::said(&loaded, cx);
                cx.tell(News::ClientRemoved(status));
            }
            ClientsLoaded::PersonalExported(path) => exports::said_personal(&path, cx),
            ClientsLoaded::ListExported(path, count) => exports::said_list(&path, count, cx),
            ClientsLoaded::EntryChanged { .. }
            | ClientsLoaded::Logged { .. }
            | ClientsLoaded::SceneChoices { .. }
            | ClientsLoaded::EntryTied { .. } => history::said_logged(&loaded, cx),
        }
        Vec::new()
    }

    fn show_error(&mut self, text: String) -> Option<String> {
        show_in(self.editor.as_mut().map(ClientEditor::error_slot), text)
    }

    fn unsaved(&self) -> bool {
        self.editor
            .as_ref()
            .is_some_and(|e| e.form().fields.dirty())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &ViewCx<'_>) {
        let locale = view.locale;
        match (self.form(), &self.card) {
            (Some(form), _) => ClientFormView { form, locale }.render(area, buf),
            (None, Some(card)) => CardViewWidget {
                card,
                locale,
                today: view.today(),
            }
            .render(area, buf),
            (None, None) => ClientListView {
                list: &self.list,
                locale,
            }
            .render(area, buf),
        }
    }
}
