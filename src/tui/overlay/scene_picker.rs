//! The scene a log entry from the card's history is tied to as evidence: every cycle's
//! scenes in order, the one it is tied to marked; Enter ties it to the scene under the
//! cursor (on its own scene: unties it), Esc leaves it as it is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::Outcome;
use crate::domain::{EntryId, SceneId, ServiceCycle};
use crate::i18n::{Locale, MomentMsg as M};
use crate::tui::action::{Action, ClientsAction};
use crate::tui::theme;
use crate::tui::widgets::fit::ellipsis;
use crate::tui::widgets::popup::render_box;

/// State of the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenePicker {
    /// The entry to tie.
    pub entry: EntryId,
    /// Every scene: its id and how it reads ("Cycle · 2. Title").
    pub scenes: Vec<(SceneId, String)>,
    /// The scene it is tied to now.
    pub current: Option<SceneId>,
    /// Row of the cursor.
    pub cursor: usize,
}

impl ScenePicker {
    /// A picker for `entry` over `cycles`, the cursor on its scene.
    pub fn new(entry: EntryId, cycles: &[ServiceCycle], current: Option<SceneId>) -> Self {
        let scenes: Vec<(SceneId, String)> = cycles
            .iter()
            .flat_map(|c| {
                c.scenes
                    .iter()
                    .map(move |s| (s.id, format!("{} · {}. {}", c.name, s.position, s.title)))
            })
            .collect();
        let cursor = scenes
            .iter()
            .position(|(id, _)| Some(*id) == current)
            .unwrap_or(0);
        Self {
            entry,
            scenes,
            current,
            cursor,
        }
    }

    pub(super) fn on_action(&mut self, action: Action) -> Outcome {
        let last = self.scenes.len().saturating_sub(1);
        match action {
            Action::MoveDown => self.cursor = (self.cursor + 1).min(last),
            Action::MoveUp => self.cursor = self.cursor.saturating_sub(1),
            Action::SavePopup => {
                let Some((id, _)) = self.scenes.get(self.cursor) else {
                    return Outcome::Close;
                };
                let to = (Some(*id) != self.current).then_some(*id);
                return Outcome::CloseThen(Action::Clients(ClientsAction::TieEntry(
                    self.entry, to,
                )));
            }
            _ => {}
        }
        Outcome::Kept
    }

    pub(super) fn render(&self, l: &Locale, area: Rect, buf: &mut Buffer) {
        let width = area.width.saturating_sub(4).clamp(20, 70);
        let inner = usize::from(width).saturating_sub(2);
        let rows = usize::from(area.height).saturating_sub(5).max(1);
        let top = (self.cursor + 1).saturating_sub(rows);
        let mut lines: Vec<Line<'_>> = Vec::new();
        if self.scenes.is_empty() {
            lines.push(Line::styled(l.t(M::NoScenesToTie), theme::hint()));
        }
        for (i, (id, text)) in self.scenes.iter().enumerate().skip(top).take(rows) {
            let mark = if Some(*id) == self.current {
                "[✓]"
            } else {
                "[ ]"
            };
            let style = if i == self.cursor {
                theme::selected()
            } else {
                ratatui::style::Style::default()
            };
            lines.push(Line::styled(
                ellipsis(&format!("{mark} {text}"), inner),
                style,
            ));
        }
        lines.push(Line::styled(
            ellipsis(l.t(M::SceneTieKeys), inner),
            theme::hint(),
        ));
        render_box(area, buf, l.t(M::TieToScene), lines, width);
    }
}
