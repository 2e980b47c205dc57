//! Step 4's evidence picker: the log entries that may be tied to the scene, a page at a
//! time from the store (entries of the clients already tied first, then complaints,
//! open ones first), filtered by what is typed; Space ties or unties the one under the
//! cursor, and one tied to another scene moves only after asking.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Ask, Outcome, Overlay};
use crate::domain::{SceneId, TieCandidate};
use crate::i18n::{Locale, MomentMsg as M, Msg, fill};
use crate::tui::action::{Action, MomentsAction};
use crate::tui::theme;
use crate::tui::widgets::TextInput;
use crate::tui::widgets::fit::ellipsis;
use crate::tui::widgets::popup::render_box;

/// Rows of entries the box shows at most.
const ROWS: usize = 12;

/// State of the picker.
#[derive(Debug, Clone)]
pub struct TiePicker {
    /// The scene the entries are tied to.
    pub scene: SceneId,
    /// Its title, for the box's title.
    pub title: String,
    /// The filter: a client's name or a note's words.
    pub filter: TextInput,
    /// The entries loaded so far for the filter.
    pub rows: Vec<TieCandidate>,
    /// Row of the cursor.
    pub cursor: usize,
    /// Whether a page is being loaded.
    pub loading: bool,
    /// Whether the last page came back short: nothing more to load.
    pub exhausted: bool,
    /// Whether the keys go to the filter (a letter typed starts it; ↓ or Enter goes
    /// back to the list): there Space is a space, on the list it ties.
    pub typing: bool,
}

impl TiePicker {
    /// A picker for `scene`, loading its first page.
    pub fn new(scene: SceneId, title: &str, l: &Locale) -> Self {
        let mut filter = TextInput::new("");
        filter.set_placeholder(l.t(M::TiesFilterHint));
        filter.set_focused(true);
        Self {
            scene,
            title: title.to_string(),
            filter,
            rows: Vec::new(),
            cursor: 0,
            loading: true,
            exhausted: false,
            typing: false,
        }
    }

    /// The query of the first page for what is typed.
    pub fn first_page(&self) -> Action {
        Action::Moments(MomentsAction::QueryTies {
            text: self.filter.text(),
            offset: 0,
        })
    }

    /// A page arrived: kept if it is for what is typed now and continues the rows.
    pub fn loaded(&mut self, text: &str, offset: usize, rows: Vec<TieCandidate>, page: usize) {
        if text != self.filter.text() || offset != self.rows.len() {
            return;
        }
        self.loading = false;
        self.exhausted = rows.len() < page;
        self.rows.extend(rows);
        self.cursor = self.cursor.min(self.rows.len().saturating_sub(1));
    }

    /// An entry was tied to `scene` (or untied).
    pub fn tied(&mut self, entry: crate::domain::EntryId, scene: Option<SceneId>) {
        if let Some(row) = self.rows.iter_mut().find(|r| r.entry.id == entry) {
            row.scene = scene;
        }
    }

    /// The next page when the cursor nears the end of what is loaded.
    fn more(&mut self) -> Outcome {
        if self.loading || self.exhausted || self.cursor + ROWS / 2 < self.rows.len() {
            return Outcome::Kept;
        }
        self.loading = true;
        Outcome::Then(Action::Moments(MomentsAction::QueryTies {
            text: self.filter.text(),
            offset: self.rows.len(),
        }))
    }

    fn refilter(&mut self) -> Outcome {
        (self.rows, self.cursor, self.loading, self.exhausted) = (Vec::new(), 0, true, false);
        Outcome::Then(self.first_page())
    }

    pub(super) fn on_action(&mut self, action: Action, locale: &Locale) -> Outcome {
        let last = self.rows.len().saturating_sub(1);
        // From the search, ↓ (or any move) goes to the list, on the row it was on.
        if self.typing
            && matches!(
                action,
                Action::MoveDown | Action::MoveUp | Action::PageDown | Action::PageUp
            )
        {
            self.typing = false;
            return Outcome::Kept;
        }
        match action {
            Action::Type(key) => {
                self.typing = true;
                if self.filter.handle(key) {
                    self.refilter()
                } else {
                    Outcome::Kept
                }
            }
            Action::Paste(text) => {
                self.typing = true;
                if self.filter.paste(&text) {
                    self.refilter()
                } else {
                    Outcome::Kept
                }
            }
            // While typing, Space is part of the filter ("ana perez"); Enter goes to the
            // list.
            Action::Toggle if self.typing => {
                let space = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char(' '));
                self.filter.handle(space);
                self.refilter()
            }
            Action::SavePopup if self.typing => {
                self.typing = false;
                Outcome::Kept
            }
            Action::MoveDown => {
                self.cursor = (self.cursor + 1).min(last);
                self.more()
            }
            Action::MoveUp => {
                self.cursor = self.cursor.saturating_sub(1);
                Outcome::Kept
            }
            Action::PageDown => {
                self.cursor = (self.cursor + ROWS).min(last);
                self.more()
            }
            Action::PageUp => {
                self.cursor = self.cursor.saturating_sub(ROWS);
                Outcome::Kept
            }
            Action::Toggle | Action::SavePopup => match self.rows.get(self.cursor) {
                Some(row) if row.scene.is_some_and(|s| s != self.scene) => {
                    let ask = Ask::confirm(
                        locale,
                        Msg::Moments(M::TiesTitle),
                        M::TieMoveQuestion,
                        &row.client_name,
                        Action::Moments(MomentsAction::MoveTie(row.entry.id)),
                    );
                    Outcome::Push(Overlay::Ask(ask))
                }
                Some(row) => Outcome::Then(Action::Moments(MomentsAction::ToggleTie(row.entry.id))),
                None => Outcome::Kept,
            },
            _ => Outcome::Kept,
        }
    }

    pub(super) fn render(&self, l: &Locale, area: Rect, buf: &mut Buffer) {
        let width = area.width.saturating_sub(4).clamp(20, 100);
        let inner = usize::from(width).saturating_sub(2);
        let mut lines = vec![Line::from(vec![
            Span::styled(format!("{} ", l.t(M::TiesFilter)), theme::label()),
            Span::raw(self.filter_text(l)),
        ])];
        let rows = ROWS.min(usize::from(area.height).saturating_sub(6)).max(1);
        let top = (self.cursor + 1).saturating_sub(rows);
        for (i, row) in self.rows.iter().enumerate().skip(top).take(rows) {
            let mark = match row.scene {
                Some(s) if s == self.scene => "[✓]",
                Some(_) => "[→]",
                None => "[ ]",
            };
            let open = row.entry.is_open_complaint();
            let kind = if open {
                l.t(M::TieOpenComplaint).to_string()
            } else {
                l.label(&row.entry.kind).to_string()
            };
            let text = format!(
                "{mark} {} {kind:<10} {} — {}",
                l.date(row.entry.at.date()),
                row.client_name,
                row.entry.note
            );
            let style = if i == self.cursor {
                theme::selected()
            } else if open {
                theme::error()
            } else {
                ratatui::style::Style::default()
            };
            lines.push(Line::styled(ellipsis(&text, inner), style));
        }
        let state = match (self.loading, self.rows.is_empty()) {
            (true, _) => l.t(M::TiesLoading).to_string(),
            (false, true) => l.t(M::TiesNone).to_string(),
            (false, false) => {
                let (one, many) = if self.exhausted {
                    (M::TiesAllOne, M::TiesAll)
                } else {
                    (M::TiesShownOne, M::TiesShown)
                };
                l.plural(
                    self.rows.len() as u64,
                    Msg::Moments(one),
                    Msg::Moments(many),
                )
            }
        };
        lines.push(Line::styled(ellipsis(&state, inner), theme::hint()));
        let keys = if self.typing {
            M::TiesKeysTyping
        } else {
            M::TiesKeys
        };
        lines.push(Line::styled(ellipsis(l.t(keys), inner), theme::hint()));
        let title = fill(l.t(M::TiesFor), &self.title);
        render_box(area, buf, &ellipsis(&title, inner), lines, width);
    }

    fn filter_text(&self, l: &Locale) -> String {
        match self.filter.text() {
            t if t.is_empty() && !self.typing => l.t(M::TiesFilterHint).to_string(),
            t if self.typing => format!("{t}▏"),
            t => t,
        }
    }
}
