//! The client list: a table with live fuzzy search.

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Widget};

use super::highlighted;
use crate::domain::{ClientId, ClientSummary};
use crate::i18n::{Locale, Msg, fill};
use crate::search::{ClientIndex, Matches, new_matcher};
use crate::tui::theme;
use crate::tui::widgets::TextInput;

/// Rows of the list pane that are not client rows: search line and table header.
pub const CHROME_ROWS: u16 = 2;

/// State of the client list.
#[derive(Debug, Default)]
pub struct ClientList {
    /// Every client, searchable; `None` until loaded.
    pub index: Option<ClientIndex>,
    /// The rows shown, best match first.
    pub matches: Matches,
    /// The search text.
    pub query: TextInput,
    /// Whether keys go to the search line.
    pub searching: bool,
    /// Row of the cursor within `matches`.
    pub selected: usize,
    /// First row shown.
    pub offset: usize,
}

impl ClientList {
    /// Takes the loaded clients and shows them under the current search.
    pub fn load(&mut self, rows: Vec<ClientSummary>) {
        let keep = self.selected_id();
        self.index = Some(ClientIndex::new(rows));
        self.refilter(false);
        if let Some(id) = keep {
            self.select_id(id);
        }
    }

    /// Runs the search again; `narrowing` when the query only grew.
    fn refilter(&mut self, narrowing: bool) {
        let query = self.query.text();
        if let Some(index) = self.index.as_mut() {
            let previous = narrowing.then_some(&self.matches);
            self.matches = index.search(&query, previous);
        }
        self.selected = 0;
        self.offset = 0;
    }

    /// Number of rows shown.
    pub fn len(&self) -> usize {
        self.matches.positions.len()
    }

    /// Whether no row is shown.
    pub fn is_empty(&self) -> bool {
        self.matches.positions.is_empty()
    }

    /// The client under the cursor.
    pub fn selected_summary(&self) -> Option<&ClientSummary> {
        let index = self.index.as_ref()?;
        let pos = *self.matches.positions.get(self.selected)?;
        index.get(pos)
    }

    /// The id of the client under the cursor.
    pub fn selected_id(&self) -> Option<ClientId> {
        self.selected_summary().map(|s| s.id)
    }

    /// Puts the cursor on client `id` if it is shown.
    pub fn select_id(&mut self, id: ClientId) {
        let Some(index) = self.index.as_ref() else {
            return;
        };
        if let Some(row) = self
            .matches
            .positions
            .iter()
            .position(|p| index.get(*p).is_some_and(|s| s.id == id))
        {
            self.selected = row;
        }
    }

    /// Moves the cursor by `delta` rows, keeping it within `page` visible rows.
    pub fn move_by(&mut self, delta: isize, page: usize) {
        let last = self.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.scroll_into_view(page);
    }

    /// Adjusts the first shown row so the cursor is visible in `page` rows.
    pub fn scroll_into_view(&mut self, page: usize) {
        let page = page.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
    }

    /// Starts typing a search.
    pub fn start_search(&mut self) {
        self.searching = true;
        self.query.set_focused(true);
    }

    /// Stops typing, keeping the filter.
    pub fn stop_search(&mut self) {
        self.searching = false;
        self.query.set_focused(false);
    }

    /// Empties the search and shows everyone, keeping the cursor on the same client.
    pub fn clear_search(&mut self) {
        let keep = self.selected_id();
        self.stop_search();
        self.query.clear();
        self.refilter(false);
        if let Some(id) = keep {
            self.select_id(id);
        }
    }

    /// A key typed into the search line.
    pub fn type_key(&mut self, key: KeyEvent) {
        let before = self.query.text();
        if self.query.handle(key) {
            let grew = self.query.text().starts_with(&before);
            self.refilter(grew);
        }
    }

    /// Text pasted into the search line.
    pub fn paste(&mut self, text: &str) {
        if self.query.paste(text) {
            self.refilter(true);
        }
    }

    /// Adds or replaces a client after a save, and puts the cursor on it.
    pub fn upsert(&mut self, summary: ClientSummary) {
        let id = summary.id;
        if let Some(index) = self.index.as_mut() {
            index.upsert(summary);
        }
        let selected = self.selected;
        self.refilter(false);
        self.selected = selected.min(self.len().saturating_sub(1));
        self.select_id(id);
    }

    /// Drops a deleted client, leaving the cursor where it was.
    pub fn remove(&mut self, id: ClientId) {
        if let Some(index) = self.index.as_mut() {
            index.remove(id);
        }
        let selected = self.selected;
        let offset = self.offset;
        self.refilter(false);
        self.selected = selected.min(self.len().saturating_sub(1));
        self.offset = offset.min(self.selected);
    }
}

/// Draws the list.
pub struct ClientListView<'a> {
    /// The state to draw.
    pub list: &'a ClientList,
    /// Language and dates.
    pub locale: &'a Locale,
}

impl Widget for ClientListView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let [search_row, table_area] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        let list = self.list;
        let t = |m| self.locale.t(m);
        let count = match list.len() {
            1 => t(Msg::CountOne).to_string(),
            n => fill(t(Msg::CountOf), n),
        };
        let [query_area, count_area] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(count.chars().count() as u16 + 1),
        ])
        .areas(search_row);
        if list.searching || !list.query.text().is_empty() {
            let prompt = t(Msg::SearchPrompt);
            let width = prompt.chars().count() as u16;
            let [p, q] = Layout::horizontal([Constraint::Length(width), Constraint::Fill(1)])
                .areas(query_area);
            Span::styled(prompt, theme::label()).render(p, buf);
            list.query.render(q, buf);
        }
        Line::from(Span::styled(count, theme::hint()))
            .right_aligned()
            .render(count_area, buf);

        let Some(index) = list.index.as_ref() else {
            Paragraph::new(t(Msg::Loading))
                .style(theme::hint())
                .render(table_area, buf);
            return;
        };
        if list.is_empty() {
            let msg = if index.is_empty() {
                Msg::NoClients
            } else {
                Msg::NoMatches
            };
            Paragraph::new(t(msg))
                .style(theme::hint())
                .render(table_area, buf);
            return;
        }
        let query = list.query.text();
        let mut matcher = new_matcher();
        let rows_shown = table_area.height.saturating_sub(1) as usize;
        let rows = list
            .matches
            .positions
            .iter()
            .enumerate()
            .skip(list.offset)
            .take(rows_shown)
            .filter_map(|(row, pos)| {
                let s = index.get(*pos)?;
                let h = if query.trim().is_empty() {
                    Default::default()
                } else {
                    index.highlights(&query, *pos, &mut matcher)
                };
                let base = if row == list.selected {
                    theme::selected()
                } else {
                    Default::default()
                };
                let first = |v: &[String]| v.first().cloned().unwrap_or_default();
                Some(
                    Row::new(vec![
                        Cell::from(highlighted(&s.name, &h.name, Default::default())),
                        Cell::from(highlighted(&first(&s.phones), &h.phone, Default::default())),
                        Cell::from(highlighted(&first(&s.emails), &h.email, Default::default())),
                        Cell::from(s.city.clone().unwrap_or_default()),
                        Cell::from(s.tags.join(", ")),
                    ])
                    .style(base),
                )
            });
        let header = Row::new(
            [
                Msg::ColName,
                Msg::ColPhone,
                Msg::ColEmail,
                Msg::ColCity,
                Msg::ColTags,
            ]
            .map(t),
        )
        .style(theme::header());
        Table::new(
            rows,
            [
                Constraint::Fill(3),
                Constraint::Length(16),
                Constraint::Fill(3),
                Constraint::Fill(2),
                Constraint::Fill(2),
            ],
        )
        .header(header)
        .column_spacing(1)
        .render(table_area, buf);
    }
}
