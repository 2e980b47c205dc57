//! Runs effects against the store and sends each result back, as an action, to the tab
//! that asked. The only part of the UI that does I/O; one file per tab.

mod agenda;
mod clients;
mod dashboard;
mod moments;

use crate::i18n::{Locale, Msg, fill};
use crate::session::Session;
use crate::store::{ChangeMark, Store, StoreError, health};

use super::action::{Action, Loaded};
use super::effect::Effect;

/// The store and the settings effects need.
pub struct Runtime {
    store: Store,
    session: Session,
    seen: Option<ChangeMark>,
    /// Whether the remembered view (agendas hidden) was handed out yet.
    view_given: bool,
    daily_backup: Option<std::thread::JoinHandle<color_eyre::Result<()>>>,
}

/// What a store error means to the user, in their language where it is ours to say.
pub fn explain(error: &StoreError, locale: &Locale) -> String {
    match error {
        // The status line has room for the way out, not the file's path.
        StoreError::Damaged { report, .. } => fill(locale.t(Msg::DatabaseDamaged), report),
        other => crate::i18n::Say::say(other, locale),
    }
}

impl Runtime {
    /// A runtime over `store` with the settings of `session`.
    pub fn new(store: Store, session: Session) -> Self {
        let seen = store.change_mark().ok();
        Self {
            store,
            session,
            daily_backup: None,
            seen,
            view_given: false,
        }
    }

    /// Whether another program wrote to the database since the last time this was
    /// asked (or since the runtime started).
    pub fn store_changed(&mut self) -> bool {
        match &mut self.seen {
            Some(mark) => self.store.changed_since(mark).unwrap_or(false),
            None => {
                self.seen = self.store.change_mark().ok();
                false
            }
        }
    }

    /// Starts the daily copy of the database in the background (its own connection),
    /// so opening is not slowed by it; [`Runtime::daily_backup_failed`] reports how it
    /// ended.
    pub fn start_daily_backup(&mut self) {
        let session = self.session.clone();
        self.daily_backup = Some(std::thread::spawn(move || -> color_eyre::Result<()> {
            let store = Store::open(&session.database)?;
            crate::ops::backup::daily_if_due(&store, &session).map(|_| ())
        }));
    }

    /// Once the daily copy has ended: the failure to show, if it failed.
    pub fn daily_backup_failed(&mut self) -> Option<Action> {
        let handle = self.daily_backup.take_if(|h| h.is_finished())?;
        let why = match handle.join() {
            Ok(Ok(())) => return None,
            Ok(Err(e)) => match e.downcast_ref::<StoreError>() {
                // Damage matters more than the backup: said on its own.
                Some(damaged @ StoreError::Damaged { .. }) => {
                    let text = explain(damaged, &self.session.locale);
                    return Some(Action::Loaded(Loaded::Failed(text)));
                }
                Some(known) => explain(known, &self.session.locale),
                None => format!("{e:#}"),
            },
            Err(_) => "panic".to_owned(),
        };
        let text = fill(self.session.locale.t(Msg::DailyBackupFailed), why);
        Some(Action::Loaded(Loaded::Failed(text)))
    }

    /// Runs one effect and returns its outcome as an action; `None` for quitting.
    pub fn run(&mut self, effect: Effect) -> Option<Action> {
        let outcome = match effect {
            Effect::Quit => return None,
            Effect::Clients(e) => self.clients(e).map(Loaded::Clients),
            Effect::Agenda(e) => self.agenda(e).map(Loaded::Agenda),
            Effect::Dashboard(e) => self.dashboard(e).map(Loaded::Dashboard),
            Effect::Moments(e) => self.moments(e).map(Loaded::Moments),
        };
        Some(Action::Loaded(outcome.unwrap_or_else(|why| {
            Loaded::Failed(self.note_damage(why).into_text(&self.session.locale))
        })))
    }

    /// A failure that means the file is damaged is remembered beside it (writes are
    /// refused from now on, here and in every other program) and said as such.
    fn note_damage(&self, why: Failure) -> Failure {
        let Failure::Store(e) = &why else {
            return why;
        };
        let Some(report) = e.damage_of(&self.session.database) else {
            return why;
        };
        if let Err(also) = health::remember_damage(&self.session.database, &report) {
            return Failure::Store(also);
        }
        Failure::Store(StoreError::Damaged {
            path: self.session.database.clone(),
            report,
        })
    }

    /// Runs effects, and the effects their results lead to, until none is left: what
    /// the event loop does between two keys, for tests that drive the app by hand.
    #[cfg(feature = "test-support")]
    pub fn settle(&mut self, app: &mut super::app::App, mut effects: Vec<Effect>) {
        while !effects.is_empty() {
            let mut next = Vec::new();
            for effect in effects {
                if let Some(action) = self.run(effect) {
                    next.extend(app.update(action));
                }
            }
            effects = next;
        }
    }
}

/// Why an effect failed: the store refused, or something else went wrong (a file).
#[derive(Debug)]
enum Failure {
    Store(StoreError),
    Other(color_eyre::Report),
}

impl Failure {
    fn into_text(self, locale: &Locale) -> String {
        match self {
            Failure::Store(e) => explain(&e, locale),
            Failure::Other(e) => e.to_string(),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Failure::Store(e)
    }
}

impl From<color_eyre::Report> for Failure {
    fn from(e: color_eyre::Report) -> Self {
        Failure::Other(e)
    }
}

impl From<csv::Error> for Failure {
    fn from(e: csv::Error) -> Self {
        Failure::Other(e.into())
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Other(e.into())
    }
}

/// The result of one effect.
type Outcome<T> = Result<T, Failure>;
