//! Boxes over the screen, in one stack: questions, one-line prompts, the key help,
//! the pickers and the quick log. The box on top takes the keys; what it decides goes
//! back, as an action, to the tab that opened it.

mod agendas;
mod ask;
mod export_picker;
pub mod help;
mod prompt;
mod quick_log;
mod quick_log_view;
mod scene_picker;
mod tie_picker;

pub use agendas::AgendaChooser;
pub use ask::Ask;
pub use export_picker::ExportPicker;
pub use prompt::{Prompt, Purpose};
pub use quick_log::{QuickField, QuickLog};
pub use scene_picker::ScenePicker;
pub use tie_picker::TiePicker;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::action::Action;
use super::keymap::Context;
use super::tabs::{Tab, show_in};
use crate::i18n::{Locale, Msg};

/// A box over the screen.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// The key help, scrolled down this many lines.
    Help(usize),
    /// A question with its answers ("Delete this?", "this occurrence or the series?").
    Ask(Ask),
    /// One line of text to type (a date, a name, the answer to a complaint).
    Prompt(Box<Prompt>),
    /// The columns and dialect of the list export.
    Columns(Box<ExportPicker>),
    /// The agendas shown.
    Agendas(AgendaChooser),
    /// Logging an entry at the counter.
    QuickLog(Box<QuickLog>),
    /// Step 4's picker of log entries to tie to the scene.
    Ties(Box<TiePicker>),
    /// The scene a history entry is tied to.
    Scenes(ScenePicker),
}

/// What a box did with an action.
#[derive(Debug)]
enum Outcome {
    /// It took it and stays open.
    Kept,
    /// It closes.
    Close,
    /// It closes and its owner gets this action.
    CloseThen(Action),
    /// It stays open and its owner gets this action (the owner closes it once the
    /// store has done the work).
    Then(Action),
    /// Another box goes on top of it.
    Push(Overlay),
}

/// Where an action goes after the boxes had their say.
#[derive(Debug)]
pub enum Routed {
    /// A box took it.
    Taken,
    /// The tab `0` must handle it.
    To(Tab, Action),
    /// No box is open: the tab shown gets it.
    NoOverlay(Action),
}

impl Overlay {
    /// The keymap context of the box.
    pub fn context(&self) -> Context {
        match self {
            Overlay::Help(_) => Context::Help,
            Overlay::Ask(ask) => ask.keys,
            Overlay::Prompt(_) => Context::PopupText,
            Overlay::Columns(_) => Context::Picker,
            Overlay::Agendas(_) => Context::AgendaChooser,
            Overlay::QuickLog(q) if q.on_choice() => Context::PopupChoice,
            Overlay::QuickLog(_) => Context::PopupText,
            Overlay::Ties(p) if p.typing => Context::TieSearch,
            Overlay::Ties(_) => Context::TiePicker,
            Overlay::Scenes(_) => Context::ScenePicker,
        }
    }

    /// Whether the box holds text the user typed that closing would lose (a quick log
    /// entry, an answer to a complaint); short prompts (a date, a name) do not count.
    pub fn unsaved(&self) -> bool {
        match self {
            Overlay::QuickLog(q) => q.unsaved(),
            // What is typed to be kept (an answer, a name); a date to go to is not.
            Overlay::Prompt(p) => {
                p.purpose != Purpose::GoToDate && !p.input.text().trim().is_empty()
            }
            _ => false,
        }
    }

    fn on_action(&mut self, action: Action, locale: &Locale) -> Outcome {
        if action == Action::Deny {
            return match self {
                Overlay::Agendas(_) => Outcome::CloseThen(agendas::closed()),
                // Asks before throwing away what was typed.
                _ if self.unsaved() => Outcome::Push(Overlay::Ask(Ask::discard(
                    locale,
                    Msg::ConfirmDiscard,
                    Action::DiscardBox,
                ))),
                _ => Outcome::Close,
            };
        }
        match self {
            Overlay::Help(scroll) => {
                *scroll = match action {
                    Action::MoveDown => *scroll + 1,
                    Action::MoveUp => scroll.saturating_sub(1),
                    Action::PageDown => *scroll + 10,
                    Action::PageUp => scroll.saturating_sub(10),
                    Action::First => 0,
                    Action::Last => usize::MAX / 2,
                    _ => *scroll,
                };
                Outcome::Kept
            }
            Overlay::Ask(ask) => ask.on_action(action),
            Overlay::Prompt(prompt) => prompt.on_action(action),
            Overlay::Columns(picker) => picker.on_action(action),
            Overlay::Agendas(chooser) => chooser.on_action(action, locale),
            Overlay::QuickLog(quick) => quick.on_action(action, locale),
            Overlay::Ties(picker) => picker.on_action(action, locale),
            Overlay::Scenes(picker) => picker.on_action(action),
        }
    }

    /// The line where the box shows a failure, if it has one.
    fn error_slot(&mut self) -> Option<&mut Option<String>> {
        match self {
            Overlay::Prompt(p) => Some(&mut p.error),
            Overlay::QuickLog(q) => Some(&mut q.error),
            Overlay::Help(_)
            | Overlay::Ask(_)
            | Overlay::Columns(_)
            | Overlay::Agendas(_)
            | Overlay::Ties(_)
            | Overlay::Scenes(_) => None,
        }
    }

    /// Draws the box over `area`; `below` are the keymap contexts under it (for help).
    pub fn render(&self, area: Rect, buf: &mut Buffer, locale: &Locale, below: &[Context]) {
        match self {
            Overlay::Help(scroll) => help::render(below, *scroll, locale, area, buf),
            Overlay::Ask(ask) => ask.render(locale, area, buf),
            Overlay::Prompt(prompt) => prompt.render(locale, area, buf),
            Overlay::Columns(picker) => picker.render(locale, area, buf),
            Overlay::Agendas(chooser) => chooser.render(locale, area, buf),
            Overlay::QuickLog(quick) => quick_log_view::render(quick, locale, area, buf),
            Overlay::Ties(picker) => picker.render(locale, area, buf),
            Overlay::Scenes(picker) => picker.render(locale, area, buf),
        }
    }
}

/// The boxes open, last on top, each with the tab that opened it.
#[derive(Debug, Clone, Default)]
pub struct Overlays {
    stack: Vec<(Tab, Overlay)>,
}

impl Overlays {
    /// The box on top.
    pub fn top(&self) -> Option<&Overlay> {
        self.stack.last().map(|(_, o)| o)
    }

    /// Every box, bottom first.
    pub fn iter(&self) -> impl Iterator<Item = &Overlay> {
        self.stack.iter().map(|(_, o)| o)
    }

    /// Whether a box holds typed text that closing would lose.
    pub fn unsaved(&self) -> bool {
        self.iter().any(Overlay::unsaved)
    }

    /// Whether no box is open.
    pub fn is_empty(&self) -> bool {
        self.stack.is_empty()
    }

    /// Opens `overlay` on top, for `owner`.
    pub fn open(&mut self, owner: Tab, overlay: Overlay) {
        self.stack.push((owner, overlay));
    }

    /// Shows the help, or hides it if it is on top.
    pub fn toggle_help(&mut self, owner: Tab) {
        if matches!(self.top(), Some(Overlay::Help(_))) {
            self.stack.pop();
        } else {
            self.open(owner, Overlay::Help(0));
        }
    }

    /// Keeps the help's scroll within `furthest` (so ↑ after going past the end moves
    /// at once).
    pub fn keep_help_within(&mut self, furthest: usize) {
        if let Some((_, Overlay::Help(scroll))) = self.stack.last_mut() {
            *scroll = (*scroll).min(furthest);
        }
    }

    /// The help's scroll, when the help is on top.
    pub fn help_scroll(&self) -> Option<usize> {
        match self.top() {
            Some(Overlay::Help(scroll)) => Some(*scroll),
            _ => None,
        }
    }

    /// Closes every box `which` picks.
    pub fn close(&mut self, which: impl Fn(&Overlay) -> bool) {
        self.stack.retain(|(_, o)| !which(o));
    }

    /// The first open box of the kind `pick` finds.
    pub fn find_mut<T>(&mut self, pick: impl Fn(&mut Overlay) -> Option<&mut T>) -> Option<&mut T> {
        self.stack.iter_mut().find_map(|(_, o)| pick(o))
    }

    /// Shows `text` in the box on top if it has a line for failures; otherwise hands
    /// the text back.
    pub fn show_error(&mut self, text: String) -> Option<String> {
        show_in(
            self.stack.last_mut().and_then(|(_, o)| o.error_slot()),
            text,
        )
    }

    /// Gives `action` to the box on top, and says where it goes next.
    pub fn on_action(&mut self, action: Action, locale: &Locale) -> Routed {
        let Some((owner, top)) = self.stack.last_mut() else {
            return Routed::NoOverlay(action);
        };
        let owner = *owner;
        match top.on_action(action, locale) {
            Outcome::Kept => Routed::Taken,
            Outcome::Close => {
                self.stack.pop();
                Routed::Taken
            }
            // "Discard?" answered yes: the question and the box under it close.
            Outcome::CloseThen(Action::DiscardBox) => {
                self.stack.pop();
                self.stack.pop();
                Routed::Taken
            }
            Outcome::CloseThen(action) => {
                self.stack.pop();
                Routed::To(owner, action)
            }
            Outcome::Then(action) => Routed::To(owner, action),
            Outcome::Push(overlay) => {
                self.open(owner, overlay);
                Routed::Taken
            }
        }
    }
}
