//! A client card's state: the client, their log and standing, and where the user is
//! in it (the details' scroll, the history's cursor). Drawn by `card_view`.

use ratatui::layout::Rect;

use crate::domain::{ClientDetails, LogEntry, Standing};

/// State of the card pane: the client shown, their log and classification, and where
/// the user is in it.
#[derive(Debug, Clone, PartialEq)]
pub struct CardView {
    /// The client and the people around them.
    pub details: ClientDetails,
    /// Their log, newest first.
    pub log: Vec<LogEntry>,
    /// Their classes, loyalty and to-do groups as of today.
    pub standing: Option<Standing>,
    /// First line of the details shown: they scroll (PgUp/PgDn, Home/End).
    pub scroll: usize,
    /// The history entry under the cursor (↓/↑, j/k), if any: `e` and `d` act on it.
    pub entry: Option<usize>,
}

impl CardView {
    /// A card shown from the top, no history entry chosen.
    pub fn new(details: ClientDetails, log: Vec<LogEntry>, standing: Option<Standing>) -> Self {
        Self {
            details,
            log,
            standing,
            scroll: 0,
            entry: None,
        }
    }

    /// The history entry under the cursor.
    pub fn selected_entry(&self) -> Option<&LogEntry> {
        self.log.get(self.entry?)
    }

    /// Moves the history cursor by `delta` entries: down from none goes to the newest,
    /// up from the newest leaves the history.
    pub fn move_entry(&mut self, delta: isize) {
        let last = self.log.len().checked_sub(1);
        self.entry = match (self.entry, last) {
            (_, None) => None,
            (None, Some(_)) if delta > 0 => Some(0),
            (None, _) => None,
            (Some(0), _) if delta < 0 => None,
            (Some(i), Some(last)) => Some(i.saturating_add_signed(delta).min(last)),
        };
    }

    /// After a reload of the same client: the same place in it (the same entry, found
    /// by id, or the nearest row if it is gone).
    pub fn keep_place(&mut self, before: &CardView) {
        if before.details.client.id != self.details.client.id {
            return;
        }
        self.scroll = before.scroll;
        self.entry = before.selected_entry().and_then(|old| {
            self.log
                .iter()
                .position(|e| e.id == old.id)
                .or_else(|| {
                    before
                        .entry
                        .map(|i| i.min(self.log.len().saturating_sub(1)))
                })
                .filter(|_| !self.log.is_empty())
        });
    }
}

/// How a card of `area` splits: rows for the details (`details` lines of them) and for
/// the history (`entries`). The history keeps at least 7 rows (a header and 6 entries)
/// or 45% of the card, whichever is more, and no more than it needs; the details take
/// no more than they need either, and the history has what is left.
pub fn card_rows(area: Rect, entries: usize, details: usize) -> (u16, u16) {
    let inner = area.height.saturating_sub(2);
    let wanted = entries.max(1) as u16 + 1;
    let history = wanted.min((inner * 45 / 100).max(7)).min(inner);
    let details = (details.min(usize::from(u16::MAX)) as u16).min(inner - history);
    (details, inner - details)
}
