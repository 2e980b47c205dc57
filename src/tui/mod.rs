//! The terminal UI: one loop, a pure `update`, effects run here against the store.

pub mod action;
pub mod app;
pub mod effect;
pub mod keymap;
pub mod panes;
pub mod theme;
pub mod view;
pub mod widgets;

use std::io::stdout;
use std::time::Duration;

use color_eyre::eyre::{Result, WrapErr};
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEventKind};
use crossterm::execute;

use self::action::Action;
use self::app::App;
use self::effect::Effect;
use crate::clock::Clock;
use crate::i18n::{Locale, Msg, fill};
use crate::session::Session;
use crate::store::{Store, StoreError};

/// Restores the terminal however the loop ends (return, error or unwinding panic).
struct RestoreGuard;

impl Drop for RestoreGuard {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}

/// Runs the terminal UI until the user quits.
pub fn run(session: &Session) -> Result<()> {
    // Open the database before taking the terminal, so its errors print plainly.
    let mut store = session.open_store()?;
    let mut terminal = ratatui::try_init().wrap_err(
        "cannot start the terminal UI (is this a terminal?); the subcommands work without one",
    )?;
    let _restore = RestoreGuard;
    let _ = execute!(stdout(), EnableBracketedPaste);
    let size = terminal.size()?;
    let (mut app, mut pending) = App::new(session.locale.clone(), (size.width, size.height));
    loop {
        terminal.draw(|frame| view::draw(&app, frame))?;
        if !pending.is_empty() {
            let mut next = Vec::new();
            for effect in pending.drain(..) {
                if effect == Effect::Quit {
                    return Ok(());
                }
                if let Some(action) = run_effect(&mut store, effect, session.clock, &session.locale)
                {
                    next.extend(app.update(action));
                }
            }
            pending = next;
            continue;
        }
        if !app.running {
            return Ok(());
        }
        if !event::poll(Duration::from_millis(500))? {
            continue;
        }
        pending = match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => app.on_key(key),
            Event::Paste(text) => app.update(Action::Paste(text)),
            Event::Resize(w, h) => app.update(Action::Resize(w, h)),
            _ => Vec::new(),
        };
    }
}

/// What a store error means to the user, in their language where it is ours to say.
fn explain(error: &StoreError, locale: &Locale) -> String {
    match error {
        StoreError::NoClient(id) => fill(locale.t(Msg::NoSuchClient), id),
        StoreError::BadReferrer(id) => {
            format!(
                "{}: {}",
                locale.t(Msg::FieldReferredBy),
                fill(locale.t(Msg::NoSuchClient), id)
            )
        }
        StoreError::Invalid(errors) => errors
            .iter()
            .map(|e| format!("{}: {}", locale.label(&e.field), locale.problem(&e.problem)))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

/// Runs one effect and returns its outcome as an action.
fn run_effect(store: &mut Store, effect: Effect, clock: Clock, locale: &Locale) -> Option<Action> {
    let failed = |e: StoreError| Action::Failed(explain(&e, locale));
    Some(match effect {
        Effect::Quit => return None,
        Effect::LoadClients => store
            .client_summaries()
            .map_or_else(failed, Action::ClientsLoaded),
        Effect::LoadClient(id) => store
            .client_details(id)
            .map_or_else(failed, Action::CardLoaded),
        Effect::DeleteClient(id) => store
            .delete_client(id)
            .map_or_else(failed, |()| Action::ClientDeleted(id)),
        Effect::SaveClient { id, card } => {
            let saved = match id {
                Some(id) => store.update_client(id, &card, clock.now()).map(|()| id),
                None => store.add_client(&card, clock.now()),
            };
            saved.and_then(|id| store.client(id)).map_or_else(
                |e| Action::SaveFailed(explain(&e, locale)),
                Action::ClientSaved,
            )
        }
    })
}
