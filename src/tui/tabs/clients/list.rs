//! The client list's state: live search, class filter, cursor.
//! Drawn by [`client_list_view`](super::client_list_view).

use crossterm::event::KeyEvent;
use std::collections::HashMap;

use crate::domain::{ClassFilter, ClassSet, ClientId, ClientSummary, Standing};
use crate::search::{ClientIndex, Matches};
use crate::tui::widgets::TextInput;

/// Rows of the list pane that are not client rows: search line and table header.
pub const CHROME_ROWS: u16 = 2;

/// What the list shows of a client beside the card: classes, quadrant, to-do groups
/// and open complaints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowStatus {
    /// The four classes.
    pub classes: ClassSet,
    /// Complaints waiting for an answer.
    pub open_complaints: u32,
}

impl From<&Standing> for RowStatus {
    fn from(s: &Standing) -> Self {
        RowStatus {
            classes: s.classes(),
            open_complaints: s.facts.open_complaints,
        }
    }
}

/// State of the client list.
#[derive(Debug, Default)]
pub struct ClientList {
    /// Classes and open complaints per client; empty until loaded.
    pub statuses: HashMap<ClientId, RowStatus>,
    /// Only clients in all these classes are shown.
    pub filter: ClassFilter,
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

    /// Runs the search again; `narrowing` when the query only grew. The class filter
    /// applies to whatever the search returns.
    fn refilter(&mut self, narrowing: bool) {
        let query = self.query.text();
        if let Some(index) = self.index.as_mut() {
            let previous = narrowing.then_some(&self.matches);
            self.matches = index.search(&query, previous);
            if !self.filter.is_empty() {
                let (filter, statuses) = (&self.filter, &self.statuses);
                self.matches.positions.retain(|p| {
                    index
                        .get(*p)
                        .and_then(|s| statuses.get(&s.id))
                        .is_some_and(|st| filter.matches(&st.classes))
                });
            }
        }
        self.selected = 0;
        self.offset = 0;
    }

    /// Takes the classes and open complaints of every client.
    pub fn load_statuses(&mut self, statuses: HashMap<ClientId, RowStatus>) {
        self.statuses = statuses;
        if !self.filter.is_empty() {
            self.refilter(false);
        }
    }

    /// Shows only the clients in every class of `filter`.
    pub fn set_filter(&mut self, filter: ClassFilter) {
        self.filter = filter;
        self.refilter(false);
    }

    /// Number of rows shown.
    pub fn len(&self) -> usize {
        self.matches.positions.len()
    }

    /// Whether no row is shown.
    pub fn is_empty(&self) -> bool {
        self.matches.positions.is_empty()
    }

    /// The ids of the clients shown, in the order shown.
    pub fn shown_ids(&self) -> Vec<ClientId> {
        let Some(index) = self.index.as_ref() else {
            return Vec::new();
        };
        self.matches
            .positions
            .iter()
            .filter_map(|p| index.get(*p).map(|s| s.id))
            .collect()
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

    /// Puts the cursor on row `row` (a click), keeping it within `page` visible rows.
    pub fn select_row(&mut self, row: usize, page: usize) {
        self.selected = row.min(self.len().saturating_sub(1));
        self.scroll_into_view(page);
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

    /// Starts typing a new search: the last one's words are gone, the cursor stays on
    /// the same client.
    pub fn start_search(&mut self) {
        if !self.searching && !self.query.text().is_empty() {
            let keep = self.selected_id();
            self.query.clear();
            self.refilter(false);
            if let Some(id) = keep {
                self.select_id(id);
            }
        }
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
