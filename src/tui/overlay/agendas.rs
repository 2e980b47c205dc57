//! Choosing the agendas the Agenda tab shows side by side, and adding one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{Outcome, Overlay, Prompt, Purpose};
use crate::domain::{Agenda, AgendaId};
use crate::i18n::{Locale, Msg};
use crate::tui::action::{Action, AgendaAction};
use crate::tui::theme;
use crate::tui::widgets::popup::render_box;

/// State of the chooser: every agenda, whether it is shown, the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaChooser {
    /// Every agenda with whether it is shown, in order.
    pub items: Vec<(AgendaId, String, bool)>,
    /// The row under the cursor.
    pub cursor: usize,
}

/// What closing the chooser tells the Agenda tab.
pub(super) fn closed() -> Action {
    Action::Agenda(AgendaAction::ChooserClosed)
}

impl AgendaChooser {
    /// A chooser over `agendas`; `shown` says which are shown.
    pub fn new(agendas: &[Agenda], shown: impl Fn(AgendaId) -> bool) -> Self {
        Self {
            items: agendas
                .iter()
                .map(|a| (a.id, a.name.clone(), shown(a.id)))
                .collect(),
            cursor: 0,
        }
    }

    /// A new agenda, shown, with the cursor on it.
    pub fn add(&mut self, agenda: &Agenda) {
        self.items.push((agenda.id, agenda.name.clone(), true));
        self.cursor = self.items.len() - 1;
    }

    pub(super) fn on_action(&mut self, action: Action, locale: &Locale) -> Outcome {
        let n = self.items.len();
        match action {
            Action::MoveUp => self.cursor = self.cursor.saturating_sub(1),
            Action::MoveDown => self.cursor = (self.cursor + 1).min(n.saturating_sub(1)),
            Action::Toggle => {
                if let Some((id, _, shown)) = self.items.get_mut(self.cursor) {
                    *shown = !*shown;
                    return Outcome::Then(Action::Agenda(AgendaAction::SetShown(*id, *shown)));
                }
            }
            Action::Agenda(AgendaAction::NewAgenda) => {
                return Outcome::Push(Overlay::Prompt(Box::new(Prompt::new(
                    Purpose::NewAgenda,
                    Vec::new(),
                    locale,
                ))));
            }
            _ => {}
        }
        Outcome::Kept
    }

    pub(super) fn render(&self, locale: &Locale, area: Rect, buf: &mut Buffer) {
        let mut lines: Vec<Line<'_>> = self
            .items
            .iter()
            .enumerate()
            .map(|(i, (_, name, shown))| {
                let mark = if *shown { "[x]" } else { "[ ]" };
                let style = if i == self.cursor {
                    theme::selected()
                } else {
                    Style::default()
                };
                Line::styled(format!("{mark} {name}"), style)
            })
            .collect();
        let hint = crate::tui::widgets::fit::whole_parts(locale.t(Msg::AgendasHint), 48);
        lines.push(Line::styled(hint, theme::hint()));
        render_box(area, buf, locale.t(Msg::AgendasTitle), lines, 50);
    }
}
