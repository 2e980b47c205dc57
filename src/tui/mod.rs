//! The terminal UI: one loop, a pure `update`, effects run here against the store.

pub mod action;
pub mod app;
pub mod effect;
mod key_names;
pub mod keymap;
mod loaded;
mod mouse;
pub mod overlay;
pub mod refresh;
#[cfg(feature = "test-support")]
pub mod runtime;
#[cfg(not(feature = "test-support"))]
mod runtime;
mod settings;
pub mod tabs;
pub mod theme;
pub mod view;
pub mod widgets;

pub use runtime::explain;

use std::io::stdout;
use std::time::{Duration, Instant};

use color_eyre::eyre::{Result, WrapErr};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind,
};
use crossterm::execute;

use self::action::{Action, Tick};
use self::app::{App, UiSettings};
use self::effect::Effect;
use self::runtime::Runtime;
use crate::session::Session;

/// Restores the terminal however the loop ends (return, error or unwinding panic).
struct RestoreGuard;

impl Drop for RestoreGuard {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
        ratatui::restore();
    }
}

/// Runs the terminal UI until the user quits.
pub fn run(session: &Session) -> Result<()> {
    // Open the database before taking the terminal, so its errors print plainly.
    let store = crate::ops::open(session)?;
    let mut runtime = Runtime::new(store, session.clone());
    let mut terminal =
        ratatui::try_init().wrap_err(session.locale.t(crate::i18n::CliMsg::NoTerminal))?;
    let _restore = RestoreGuard;
    // Asked to end (kill, a logout): the loop ends at its next tick, so the terminal is
    // given back as on `q`; asked twice, the program ends at once. A hang-up keeps its
    // default (the terminal is gone: nothing to give back, and a loop reading a closed
    // terminal would never see a flag).
    let ended = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        let _ = signal_hook::flag::register_conditional_shutdown(
            signal,
            1,
            std::sync::Arc::clone(&ended),
        );
        let _ = signal_hook::flag::register(signal, std::sync::Arc::clone(&ended));
    }
    let _ = execute!(stdout(), EnableBracketedPaste);
    if session.config.mouse {
        // Clicks and the wheel; the terminal's own select-and-copy then needs Shift.
        let _ = execute!(stdout(), EnableMouseCapture);
    }
    let size = terminal.size()?;
    let (mut app, mut pending) = App::new(
        session.locale.clone(),
        session.clock.now(),
        (size.width, size.height),
    );
    app.set_settings(UiSettings::from_config(&session.config));
    // The tab shown when the TUI was last left on this database.
    let remembered = session
        .view_state
        .as_ref()
        .map(|file| crate::ops::view_state::load(file, &session.database));
    if let Some(tab) = remembered
        .as_ref()
        .and_then(|v| v.last_tab)
        .and_then(|n| tabs::Tab::ALL.get(n.wrapping_sub(1)).copied())
    {
        pending.extend(app.update(Action::SwitchTab(tab)));
    }
    // However the loop ends, the tab shown is remembered for the next run.
    let remember_tab = |app: &App| {
        if let Some(file) = &session.view_state {
            let mut view = crate::ops::view_state::load(file, &session.database);
            view.last_tab = Some(app.tab().number());
            let _ = crate::ops::view_state::save(file, &session.database, &view);
        }
    };
    let tick = Duration::from_millis(refresh::TICK_MS);
    let mut next_tick = Instant::now() + tick;
    let mut first_screen = true;
    loop {
        terminal.draw(|frame| view::draw(&app, frame))?;
        if std::mem::take(&mut first_screen) {
            runtime.start_daily_backup();
        }
        if !pending.is_empty() {
            let mut next = Vec::new();
            for effect in pending.drain(..) {
                if effect == Effect::Quit {
                    remember_tab(&app);
                    return Ok(());
                }
                if let Some(action) = runtime.run(effect) {
                    next.extend(app.update(action));
                }
            }
            pending = next;
            continue;
        }
        if !app.is_running() || ended.load(std::sync::atomic::Ordering::Relaxed) {
            remember_tab(&app);
            return Ok(());
        }
        // The clock ticks on time whether or not keys arrive in between.
        let now = Instant::now();
        if now >= next_tick || !event::poll(next_tick - now)? {
            next_tick = Instant::now() + tick;
            let store_changed = runtime.store_changed();
            pending = app.update(Action::Tick(Tick {
                now: session.clock.now(),
                store_changed,
            }));
            if let Some(failed) = runtime.daily_backup_failed() {
                pending.extend(app.update(failed));
            }
            continue;
        }
        pending = match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => app.on_key(key),
            Event::Paste(text) => app.update(Action::Paste(text)),
            Event::Mouse(m) => app.on_mouse(m, Instant::now()),
            Event::Resize(w, h) => app.update(Action::Resize(w, h)),
            _ => Vec::new(),
        };
    }
}
