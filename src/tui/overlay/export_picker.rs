//! The column picker of the list export: which columns, which file (workbook or CSV), for the clients
//! the list shows (search, class and quadrant filters applied).

use super::Outcome;
use crate::domain::{CardField, ClientId};
use crate::exchange::client_csv::{Column, Computed, Dialect};
use crate::i18n::{Locale, Msg, fill};
use crate::ops::export::ListFormat;
use crate::tui::action::{Action, ClientsAction};
use crate::tui::theme;
use crate::tui::widgets::popup::render_box;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The columns checked when the picker opens: who, how to reach them, and where they
/// stand.
const FIRST_CHOICE: &[Column] = &[
    Column::Card(CardField::Name),
    Column::Card(CardField::Phones),
    Column::Card(CardField::Emails),
    Column::Card(CardField::City),
    Column::Card(CardField::Tags),
    Column::Computed(Computed::Lifecycle),
    Column::Computed(Computed::Quadrant),
];

/// State of the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportPicker {
    /// The clients to export, in the list's order.
    pub ids: Vec<ClientId>,
    /// Every column, checked or not, in file order.
    pub columns: Vec<(Column, bool)>,
    /// Row of the cursor.
    pub cursor: usize,
    /// The file (a workbook first: the users open it in a Spanish spreadsheet).
    pub format: ListFormat,
    /// Why Enter was refused.
    pub error: Option<Msg>,
}

impl ExportPicker {
    /// A picker for `ids`, with the usual columns checked.
    pub fn new(ids: Vec<ClientId>) -> Self {
        Self {
            ids,
            columns: Column::all()
                .map(|c| (c, FIRST_CHOICE.contains(&c)))
                .collect(),
            cursor: 0,
            format: ListFormat::Xlsx,
            error: None,
        }
    }

    /// Moves the cursor by `delta`, staying on the list.
    pub fn move_by(&mut self, delta: isize) {
        let last = self.columns.len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(delta).min(last);
    }

    /// Checks or unchecks the column under the cursor.
    pub fn toggle(&mut self) {
        if let Some((_, on)) = self.columns.get_mut(self.cursor) {
            *on = !*on;
        }
        self.error = None;
    }

    /// The next (or previous) format: workbook, CSV for a spreadsheet, CSV for scripts.
    pub fn cycle_format(&mut self, forward: bool) {
        self.format = self.format.cycle(forward);
    }

    /// The checked columns, in file order.
    pub fn chosen(&self) -> Vec<Column> {
        self.columns
            .iter()
            .filter(|(_, on)| *on)
            .map(|(c, _)| *c)
            .collect()
    }

    pub(super) fn on_action(&mut self, action: Action) -> Outcome {
        match action {
            Action::MoveUp => self.move_by(-1),
            Action::MoveDown => self.move_by(1),
            Action::Toggle => self.toggle(),
            Action::NextChoice => self.cycle_format(true),
            Action::PrevChoice => self.cycle_format(false),
            Action::SavePopup => {
                let columns = self.chosen();
                if columns.is_empty() {
                    self.error = Some(Msg::NoColumns);
                } else {
                    return Outcome::Then(Action::Clients(ClientsAction::Export {
                        ids: self.ids.clone(),
                        columns,
                        format: self.format,
                    }));
                }
            }
            _ => {}
        }
        Outcome::Kept
    }

    /// Draws the picker as a box over `area`: the count and format, then as many
    /// columns as fit, the cursor's always among them.
    pub(super) fn render(&self, locale: &Locale, area: Rect, buf: &mut Buffer) {
        let (name, about) = match self.format {
            ListFormat::Xlsx => ("Excel (.xlsx)", Msg::FormatXlsx),
            ListFormat::Csv(Dialect::ExcelEs) => ("CSV excel-es", Msg::DialectExcelEs),
            ListFormat::Csv(Dialect::Rfc4180) => ("CSV rfc4180", Msg::DialectRfc4180),
        };
        // Under the format, what it is for (or what is wrong).
        let about = match self.error {
            Some(m) => Line::styled(locale.t(m), theme::error()),
            None => Line::styled(locale.t(about), theme::hint()),
        };
        let mut lines = vec![Line::raw(fill(locale.t(Msg::ExportDialect), name)), about];
        let room = usize::from(area.height.saturating_sub(6)).max(1);
        let first = self.cursor.saturating_sub(room.saturating_sub(1));
        for (i, (column, on)) in self.columns.iter().enumerate().skip(first).take(room) {
            let mark = if *on { "[x] " } else { "[ ] " };
            let style = if i == self.cursor {
                theme::selected()
            } else {
                ratatui::style::Style::new()
            };
            lines.push(Line::from(vec![
                Span::styled(mark, style),
                Span::styled(column.label(locale), style),
            ]));
        }
        let title = fill(
            locale.t(Msg::ExportListTitle),
            locale.clients(self.ids.len() as u64),
        );
        render_box(area, buf, &title, lines, 46);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_stays_on_the_list_and_toggles_what_it_is_on() {
        let mut p = ExportPicker::new(vec![3, 1]);
        assert_eq!(p.chosen().first(), Some(&Column::Card(CardField::Name)));
        assert!(!p.chosen().contains(&Column::Id));
        p.move_by(-5);
        p.toggle();
        assert_eq!(p.chosen().first(), Some(&Column::Id), "file order kept");
        p.move_by(500);
        assert_eq!(p.cursor, p.columns.len() - 1);
        assert_eq!(p.format, ListFormat::Xlsx, "a workbook first");
        p.cycle_format(true);
        assert_eq!(p.format, ListFormat::Csv(Dialect::ExcelEs));
        p.cycle_format(true);
        assert_eq!(p.format, ListFormat::Csv(Dialect::Rfc4180));
        p.cycle_format(true);
        assert_eq!(p.format, ListFormat::Xlsx);
        p.cycle_format(false);
        assert_eq!(p.format, ListFormat::Csv(Dialect::Rfc4180), "back round")
    }
}
