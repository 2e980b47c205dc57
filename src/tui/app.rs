//! The top of the UI's model: the tab shown, the four tabs, the boxes over them, the
//! status line and the clock. `update` is a router: global actions here, then the box
//! on top, then the tab shown; results go to the tab that asked for them.

use chrono::{NaiveDate, NaiveDateTime};
use crossterm::event::{KeyEvent, MouseEvent};

use super::action::{Action, ClientsAction, Loaded, Tick};
use super::effect::{AgendaEffect, ClientsEffect, DashboardEffect, Effect};
use super::keymap::{Context, lookup};
use super::overlay::{Ask, Overlay, Overlays, Routed, help};
use super::refresh::Debounce;
pub use super::settings::UiSettings;
use super::tabs::agenda::AgendaTab;
use super::tabs::clients::{ClientsTab, list_page};
use super::tabs::dashboard::DashboardTab;
use super::tabs::moments::MomentsTab;
use super::tabs::{Cx, News, Tab, TabPane, ViewCx};
use crate::i18n::{Locale, Msg, fill};
use ratatui::layout::Rect;

/// The line at the bottom right: the outcome of the last operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// What to say.
    pub text: String,
    /// Whether it is bad news.
    pub is_error: bool,
}

impl Status {
    /// "Error: `text`".
    pub fn failure(locale: &Locale, text: &str) -> Self {
        Self {
            text: fill(locale.t(Msg::Failed), text),
            is_error: true,
        }
    }
}

/// The whole state of the UI.
#[derive(Debug)]
pub struct App {
    pub(super) locale: Locale,
    pub(super) now: NaiveDateTime,
    pub(super) tab: Tab,
    pub(super) clients: ClientsTab,
    pub(super) agenda: AgendaTab,
    pub(super) dashboard: DashboardTab,
    pub(super) moments: MomentsTab,
    pub(super) overlays: Overlays,
    pub(super) status: Option<Status>,
    pub(super) size: (u16, u16),
    pub(super) settings: UiSettings,
    /// The last left click (when, column, row), to tell a double click.
    pub(super) last_click: Option<(std::time::Instant, u16, u16)>,
    changes: Debounce,
    running: bool,
}

/// Runs `$body` with the app's tab `$field` (the tab `$tab`) as `$pane` and a context
/// for it as `$cx`, then hands what the tab told the others to them.
macro_rules! in_tab {
    ($app:expr, $tab:expr, $field:ident, |$pane:ident, $cx:ident| $body:expr) => {{
        let mut news = Vec::new();
        let mut $cx = Cx {
            locale: &$app.locale,
            settings: &$app.settings,
            now: $app.now,
            size: $app.size,
            shown: $app.tab == $tab,
            overlays: &mut $app.overlays,
            status: &mut $app.status,
            news: &mut news,
        };
        let $pane = &mut $app.$field;
        let mut effects: Vec<Effect> = $body;
        effects.extend($app.spread(news));
        effects
    }};
}

/// Runs `$body` on whichever tab `$tab` is, as `$pane` with a context `$cx`.
macro_rules! on_tab {
    ($app:expr, $tab:expr, |$pane:ident, $cx:ident| $body:expr) => {
        match $tab {
            Tab::Clients => in_tab!($app, Tab::Clients, clients, |$pane, $cx| $body),
            Tab::Agenda => in_tab!($app, Tab::Agenda, agenda, |$pane, $cx| $body),
            Tab::Dashboard => in_tab!($app, Tab::Dashboard, dashboard, |$pane, $cx| $body),
            Tab::Moments => in_tab!($app, Tab::Moments, moments, |$pane, $cx| $body),
        }
    };
}

impl App {
    /// A new UI of `size` at `now`, and the effects that load its first screen.
    pub fn new(locale: Locale, now: NaiveDateTime, size: (u16, u16)) -> (Self, Vec<Effect>) {
        let app = Self {
            locale,
            now,
            tab: Tab::Clients,
            clients: ClientsTab::default(),
            agenda: AgendaTab::new(now.date()),
            dashboard: DashboardTab::default(),
            moments: MomentsTab::default(),
            overlays: Overlays::default(),
            status: None,
            size,
            settings: UiSettings::default(),
            last_click: None,
            changes: Debounce::default(),
            running: true,
        };
        let effects = vec![
            Effect::Clients(ClientsEffect::LoadRows),
            Effect::Dashboard(DashboardEffect::Load(now.date())),
            Effect::Dashboard(DashboardEffect::LoadComplaints),
            Effect::Agenda(AgendaEffect::LoadReminders(now)),
        ];
        (app, effects)
    }

    /// Takes the settings of the configuration.
    pub fn set_settings(&mut self, settings: UiSettings) {
        self.settings = settings;
    }

    /// The tab shown.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// The Clients tab.
    pub fn clients(&self) -> &ClientsTab {
        &self.clients
    }

    /// The Clients tab, to change it directly in tests.
    #[cfg(feature = "test-support")]
    pub fn clients_mut(&mut self) -> &mut ClientsTab {
        &mut self.clients
    }

    /// The Agenda tab.
    pub fn agenda(&self) -> &AgendaTab {
        &self.agenda
    }

    /// The dashboard.
    pub fn dashboard(&self) -> &DashboardTab {
        &self.dashboard
    }

    /// The Moments-of-truth tab.
    pub fn moments(&self) -> &MomentsTab {
        &self.moments
    }

    /// The boxes over the screen.
    pub fn overlays(&self) -> &Overlays {
        &self.overlays
    }

    /// The box on top, if any.
    pub fn top_overlay(&self) -> Option<&Overlay> {
        self.overlays.top()
    }

    /// The outcome of the last operation.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The time of the last clock tick.
    pub fn now(&self) -> NaiveDateTime {
        self.now
    }

    /// Today, from the clock.
    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }

    /// Terminal size (columns, rows).
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// False once the user quit.
    pub fn is_running(&self) -> bool {
        self.running
    }

    /// Rows of clients the list shows at the current size.
    pub fn list_page(&self) -> usize {
        list_page(self.size)
    }

    /// What a tab draws with.
    pub(super) fn view_cx(&self) -> ViewCx<'_> {
        ViewCx {
            locale: &self.locale,
            now: self.now,
            settings: &self.settings,
        }
    }

    /// The keymap contexts of the tab shown, under any box (what the help describes).
    pub fn contexts_below_overlays(&self) -> Vec<Context> {
        let own = match self.tab {
            Tab::Clients => self.clients.contexts(self.now),
            Tab::Agenda => self.agenda.contexts(self.now),
            Tab::Dashboard => self.dashboard.contexts(self.now),
            Tab::Moments => self.moments.contexts(self.now),
        };
        std::iter::once(Context::Global).chain(own).collect()
    }

    /// The keymap contexts in force, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match self.overlays.top() {
            Some(top) => vec![Context::Global, top.context()],
            None => self.contexts_below_overlays(),
        }
    }

    /// A mouse event at `at` (see [`super::mouse`]).
    pub fn on_mouse(&mut self, m: MouseEvent, at: std::time::Instant) -> Vec<Effect> {
        super::mouse::on_mouse(self, m, at)
    }

    /// A key press: a bound action, or text for the focused input.
    pub fn on_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let contexts = self.contexts();
        self.status = None;
        match lookup(&contexts, &key) {
            Some(action) => self.update(action),
            None if contexts.iter().any(|c| c.takes_text()) => self.update(Action::Type(key)),
            None if contexts.iter().any(|c| c.picks_by_initial())
                && matches!(key.code, crossterm::event::KeyCode::Char(_))
                && !key
                    .modifiers
                    .contains(crossterm::event::KeyModifiers::CONTROL) =>
            {
                self.update(Action::Type(key))
            }
            None => Vec::new(),
        }
    }

    /// Applies one action to the state and says what the runtime must do.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        match action {
            // Ctrl-C asks first when typed text would be lost.
            Action::ForceQuit if self.unsaved() && !self.asking_to_quit() => {
                let ask = Ask::discard(&self.locale, Msg::ConfirmQuitUnsaved, Action::Quit);
                self.overlays.open(self.tab, Overlay::Ask(ask));
                Vec::new()
            }
            Action::Quit | Action::ForceQuit => {
                self.running = false;
                vec![Effect::Quit]
            }
            Action::ToggleHelp => {
                self.overlays.toggle_help(self.tab);
                Vec::new()
            }
            Action::SwitchTab(tab) => {
                self.tab = tab;
                on_tab!(self, tab, |pane, cx| pane.on_show(&mut cx))
            }
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.clients.fit(self.size);
                self.keep_help_within();
                Vec::new()
            }
            Action::Tick(tick) => self.tick(tick),
            Action::Loaded(loaded) => self.loaded(loaded),
            action => match self.overlays.on_action(action, &self.locale) {
                Routed::Taken => {
                    self.keep_help_within();
                    Vec::new()
                }
                Routed::To(owner, action) => self.route(owner, action),
                Routed::NoOverlay(action) => self.route(self.tab, action),
            },
        }
    }

    /// The screen between the tab bar and the status bar, where tabs and boxes draw.
    pub fn body(&self) -> Rect {
        let (w, h) = self.size;
        Rect::new(0, 1, w, h.saturating_sub(2))
    }

    /// Keeps the help's scroll within what the screen shows of it.
    fn keep_help_within(&mut self) {
        if self.overlays.help_scroll().is_none() {
            return;
        }
        let furthest = help::furthest(&self.contexts_below_overlays(), &self.locale, self.body());
        self.overlays.keep_help_within(furthest);
    }

    /// Whether any form or box holds typed text that quitting would lose.
    fn unsaved(&self) -> bool {
        self.overlays.unsaved()
            || self.clients.unsaved()
            || self.agenda.unsaved()
            || self.dashboard.unsaved()
            || self.moments.unsaved()
    }

    /// Whether the "quit and lose what you typed?" question is already open (a second
    /// Ctrl-C then quits).
    fn asking_to_quit(&self) -> bool {
        matches!(self.overlays.top(), Some(Overlay::Ask(a)) if a.on_yes() == Some(&Action::Quit))
    }

    fn route(&mut self, tab: Tab, action: Action) -> Vec<Effect> {
        // "Quit and lose what you typed?" answered yes.
        if action == Action::Quit {
            return self.update(Action::Quit);
        }
        on_tab!(self, tab, |pane, cx| pane.on_action(action, &mut cx))
    }

    fn loaded(&mut self, loaded: Loaded) -> Vec<Effect> {
        match loaded {
            Loaded::Clients(l) => in_tab!(self, Tab::Clients, clients, |pane, cx| {
                pane.on_loaded(l, &mut cx)
            }),
            Loaded::Agenda(l) => in_tab!(self, Tab::Agenda, agenda, |pane, cx| {
                pane.on_loaded(l, &mut cx)
            }),
            Loaded::Dashboard(l) => in_tab!(self, Tab::Dashboard, dashboard, |pane, cx| {
                pane.on_loaded(l, &mut cx)
            }),
            Loaded::Moments(l) => in_tab!(self, Tab::Moments, moments, |pane, cx| {
                pane.on_loaded(l, &mut cx)
            }),
            Loaded::Failed(text) => {
                self.report(text);
                Vec::new()
            }
        }
    }

    /// The one way a failure reaches the user: the box on top if it has a line for
    /// it, else the form of the tab shown, else the status line.
    fn report(&mut self, text: String) {
        let Some(text) = self.overlays.show_error(text) else {
            return;
        };
        let left = match self.tab {
            Tab::Clients => self.clients.show_error(text),
            Tab::Agenda => self.agenda.show_error(text),
            Tab::Dashboard => self.dashboard.show_error(text),
            Tab::Moments => self.moments.show_error(text),
        };
        if let Some(text) = left {
            self.status = Some(Status::failure(&self.locale, &text));
        }
    }

    /// The clock ticked: reminders may fall due; after midnight everything shown moves
    /// to the new day; writes of other programs are reloaded once they pause.
    fn tick(&mut self, tick: Tick) -> Vec<Effect> {
        let yesterday = self.today();
        self.now = tick.now;
        let mut effects = in_tab!(self, Tab::Agenda, agenda, |pane, cx| {
            pane.remind(&mut cx);
            Vec::new()
        });
        let new_day = self.today() != yesterday;
        if new_day {
            self.agenda.follow_day(yesterday, self.today());
        }
        if self.changes.tick(tick.store_changed) | new_day {
            self.changes.clear();
            effects.extend(self.refresh());
        }
        effects
    }

    /// Everything shown is loaded again (the tabs not shown when they next are), as of
    /// the clock's day; the selection and any open form stay.
    fn refresh(&mut self) -> Vec<Effect> {
        let mut effects = vec![Effect::Agenda(AgendaEffect::LoadReminders(self.now))];
        for tab in Tab::ALL {
            effects.extend(on_tab!(self, tab, |pane, cx| pane.on_refresh(&mut cx)));
        }
        effects
    }

    /// Hands what one tab told the others to the tabs concerned.
    fn spread(&mut self, news: Vec<News>) -> Vec<Effect> {
        let mut effects = Vec::new();
        let (dashboard_shown, today) = (self.tab == Tab::Dashboard, self.today());
        for item in news {
            match item {
                News::ClientsChanged => {
                    effects.extend(self.dashboard.data_changed(dashboard_shown, today))
                }
                News::LogChanged(id) => {
                    effects.extend(self.clients.reload_client(id, today));
                    effects.push(Effect::Dashboard(DashboardEffect::LoadComplaints));
                    effects.extend(self.dashboard.data_changed(dashboard_shown, today));
                }
                News::ClientRemoved(status) => {
                    self.dashboard.recount(status.as_ref(), None);
                    effects.extend(self.dashboard.data_changed(dashboard_shown, today));
                    effects.push(Effect::Dashboard(DashboardEffect::LoadComplaints));
                }
                News::StatusChanged { before, after } => {
                    self.dashboard.recount(before.as_ref(), Some(&after));
                }
                News::Statuses(statuses) => self.clients.load_statuses(statuses),
                News::ShowClients(filter) => {
                    self.clients.show_filtered(filter, self.size);
                    self.tab = Tab::Clients;
                }
                News::ExportClients(filter) => {
                    self.clients.show_filtered(filter, self.size);
                    self.tab = Tab::Clients;
                    let export = Action::Clients(ClientsAction::ExportList);
                    effects.extend(in_tab!(self, Tab::Clients, clients, |pane, cx| pane
                        .on_action(export, &mut cx)));
                }
                News::OpenClient(id) => {
                    self.tab = Tab::Clients;
                    effects.push(Effect::Clients(ClientsEffect::LoadCard(id, today)));
                }
            }
        }
        effects
    }
}
