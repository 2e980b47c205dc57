//! The tabs along the top of the screen. Each is a folder that owns its state, its
//! update and its view, behind the one contract [`TabPane`]; the app holds the four
//! and routes to the one shown.

pub mod agenda;
pub mod clients;
pub mod dashboard;
pub mod moments;

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::action::Action;
use super::app::Status;
use super::effect::Effect;
use super::keymap::Context;
use super::overlay::{Ask, Overlays};
use crate::domain::{ClassFilter, ClientId};
use crate::i18n::{Locale, Msg};
use clients::RowStatus;

/// A tab along the top of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    /// The client list, cards and forms.
    Clients,
    /// Agendas.
    Agenda,
    /// Classification and loyalty.
    Dashboard,
    /// The moments-of-truth editor.
    Moments,
}

impl Tab {
    /// Every tab, in the order of their number keys: the one list of tabs.
    pub const ALL: [Tab; 4] = [Tab::Clients, Tab::Agenda, Tab::Dashboard, Tab::Moments];

    /// Its name on the tab bar.
    pub fn title(self) -> Msg {
        match self {
            Tab::Clients => Msg::TabClients,
            Tab::Agenda => Msg::TabAgenda,
            Tab::Dashboard => Msg::TabDashboard,
            Tab::Moments => Msg::TabMoments,
        }
    }

    /// Its number key, from 1.
    pub fn number(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0) + 1
    }
}

/// What every tab is: the keys it takes, what it does with the user's intents and with
/// the results of its own effects, and how it draws.
pub trait TabPane {
    /// The results of the tab's own effects.
    type Loaded;

    /// The keymap contexts of the tab as it stands, most specific first.
    fn contexts(&self, now: chrono::NaiveDateTime) -> Vec<Context>;

    /// The tab is brought to the front: what it needs loaded.
    fn on_show(&mut self, cx: &mut Cx<'_>) -> Vec<Effect>;

    /// An intent of the user's, or the answer of a box the tab opened.
    fn on_action(&mut self, action: Action, cx: &mut Cx<'_>) -> Vec<Effect>;

    /// The result of one of the tab's own effects.
    fn on_loaded(&mut self, loaded: Self::Loaded, cx: &mut Cx<'_>) -> Vec<Effect>;

    /// What the tab shows is out of date (another program wrote to the database, or
    /// the day changed): reload it if the tab is shown, else when it next is, keeping
    /// the cursor and any open form.
    fn on_refresh(&mut self, cx: &mut Cx<'_>) -> Vec<Effect>;

    /// Shows a failure where the user is looking (the tab's open form); hands the
    /// text back if the tab has no such place.
    fn show_error(&mut self, text: String) -> Option<String>;

    /// Whether the tab holds typed changes that quitting would lose (an open form).
    fn unsaved(&self) -> bool {
        false
    }

    /// Draws the tab over `area`.
    fn render(&self, area: Rect, buf: &mut Buffer, view: &ViewCx<'_>);
}

/// What a tab may read and change outside its own state while it handles an action.
pub struct Cx<'a> {
    /// Language and dates.
    pub locale: &'a Locale,
    /// What the UI takes from the configuration.
    pub settings: &'a super::app::UiSettings,
    /// The time of the last clock tick.
    pub now: NaiveDateTime,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// Whether the tab is the one shown.
    pub shown: bool,
    /// The boxes over the screen.
    pub overlays: &'a mut Overlays,
    pub(super) status: &'a mut Option<Status>,
    pub(super) news: &'a mut Vec<News>,
}

impl Cx<'_> {
    /// Today, from the clock.
    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }

    /// Says how an operation went, on the status line.
    pub fn say(&mut self, msg: impl Into<Msg>) {
        let text = self.locale.t(msg).to_string();
        self.say_text(text);
    }

    /// Says `text` on the status line.
    pub fn say_text(&mut self, text: String) {
        *self.status = Some(Status {
            text,
            is_error: false,
        });
    }

    /// Reports a failure where the user is looking: the box on top if it has a line
    /// for it, else the status line.
    pub fn fail(&mut self, text: String) {
        if let Some(text) = self.overlays.show_error(text) {
            *self.status = Some(Status::failure(self.locale, &text));
        }
    }

    /// Tells the other tabs something (see [`News`]).
    pub fn tell(&mut self, news: News) {
        self.news.push(news);
    }
}

/// Shows `text` in `slot` (the error line of what the user is looking at) if there is
/// one; otherwise hands the text back for the next place to show it.
pub fn show_in(slot: Option<&mut Option<String>>, text: String) -> Option<String> {
    match slot {
        Some(slot) => {
            *slot = Some(text);
            None
        }
        None => Some(text),
    }
}

/// What a form's editor asks of its tab after an action.
#[derive(Debug)]
pub enum Edited {
    /// Run these effects; the form stays.
    Stay(Vec<Effect>),
    /// Close the form.
    Close,
    /// Ask the user this (the answers come back to the form).
    Ask(Ask),
    /// Say this on the status line; the form stays.
    Say(Msg),
    /// Say this on the status line as a key that did nothing; the form stays.
    Refuse(Msg),
}

impl Edited {
    /// Opens the question, if any, for `owner`; returns the effects to run and
    /// whether the form closes.
    pub fn apply(self, owner: Tab, cx: &mut Cx<'_>) -> (Vec<Effect>, bool) {
        match self {
            Edited::Stay(effects) => (effects, false),
            Edited::Close => (Vec::new(), true),
            Edited::Say(msg) => {
                cx.say(msg);
                (Vec::new(), false)
            }
            Edited::Refuse(msg) => {
                cx.fail(cx.locale.t(msg).to_string());
                (Vec::new(), false)
            }
            Edited::Ask(ask) => {
                cx.overlays.open(owner, super::overlay::Overlay::Ask(ask));
                (Vec::new(), false)
            }
        }
    }
}

/// What a tab draws with besides its own state.
pub struct ViewCx<'a> {
    /// Language and dates.
    pub locale: &'a Locale,
    /// The time of the last clock tick.
    pub now: NaiveDateTime,
    /// What the UI takes from the configuration.
    pub settings: &'a super::app::UiSettings,
}

impl ViewCx<'_> {
    /// Today, from the clock.
    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }
}

/// What one tab tells the others through the app; the app hands each to the tabs
/// concerned in one place ([`App`](super::app::App)'s `spread`).
#[derive(Debug, Clone, PartialEq)]
pub enum News {
    /// Cards changed (saved): the figures are out of date.
    ClientsChanged,
    /// A client's log changed (an entry, an answer): their status, the complaints and
    /// the figures are out of date.
    LogChanged(ClientId),
    /// A client is gone; this was their status.
    ClientRemoved(Option<RowStatus>),
    /// One client's status changed from `before` to `after`.
    StatusChanged {
        /// What it was.
        before: Option<RowStatus>,
        /// What it is.
        after: RowStatus,
    },
    /// Every client's status, freshly computed.
    Statuses(HashMap<ClientId, RowStatus>),
    /// Show the client list filtered by these classes.
    ShowClients(ClassFilter),
    /// Show the client list filtered by these classes and offer to export it.
    ExportClients(ClassFilter),
    /// Open this client's card on the Clients tab.
    OpenClient(ClientId),
}
