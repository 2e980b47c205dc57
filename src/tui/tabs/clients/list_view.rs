//! Draws the client list: search line, class filter, table with status columns.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Widget};

use super::list::ClientList;
use crate::domain::Class;
use crate::i18n::{Label, Locale, Msg};
use crate::tui::theme;
use crate::tui::widgets::highlight::highlighted;

/// Draws the list.
pub struct ClientListView<'a> {
    /// The state to draw.
    pub list: &'a ClientList,
    /// Language and dates.
    pub locale: &'a Locale,
}

/// "Ciclo: inactivo", "Volumen: alto"…
pub fn class_name(locale: &Locale, class: Class) -> String {
    let (dimension, value) = match class {
        Class::Lifecycle(c) => (Msg::ColLifecycle, c.msg()),
        Class::Frequency(c) => (Msg::ColFrequency, c.msg()),
        Class::Volume(c) => (Msg::ColVolume, c.msg()),
        Class::Satisfaction(c) => (Msg::ColSatisfaction, c.msg()),
        Class::Quadrant(q) => (Msg::ColQuadrant, q.msg()),
        Class::ToDo(g) => (Msg::ColToDo, g.msg()),
    };
    format!("{}: {}", locale.t(dimension), locale.t(value))
}

impl ClientListView<'_> {
    fn render_top_line(&self, area: Rect, buf: &mut Buffer) {
        let (list, l) = (self.list, self.locale);
        let mut right = list
            .filter
            .classes()
            .iter()
            .map(|c| class_name(l, *c))
            .collect::<Vec<_>>()
            .join(" · ");
        if !right.is_empty() {
            right.push_str("  ");
        }
        right.push_str(&l.clients(list.len() as u64));
        let [query_area, right_area] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(right.chars().count() as u16 + 1),
        ])
        .areas(area);
        if list.searching || !list.query.text().is_empty() {
            let prompt = l.t(Msg::SearchPrompt);
            let width = prompt.chars().count() as u16;
            let [p, q] = Layout::horizontal([Constraint::Length(width), Constraint::Fill(1)])
                .areas(query_area);
            Span::styled(prompt, theme::label()).render(p, buf);
            list.query.render(q, buf);
        }
        let style = if list.filter.is_empty() {
            theme::hint()
        } else {
            theme::label()
        };
        Line::from(Span::styled(right, style))
            .right_aligned()
            .render(right_area, buf);
    }
}

impl Widget for ClientListView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let [top, table_area] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        self.render_top_line(top, buf);
        let (list, l) = (self.list, self.locale);
        let Some(index) = list.index.as_ref() else {
            Paragraph::new(l.t(Msg::Loading))
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
            Paragraph::new(l.t(msg))
                .style(theme::hint())
                .render(table_area, buf);
            return;
        }
        let query = list.query.text();
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
                    index.highlights(&query, *pos)
                };
                let status = list.statuses.get(&s.id);
                let class = |f: &dyn Fn(&crate::domain::ClassSet) -> &'static str| {
                    Cell::from(status.map(|st| f(&st.classes)).unwrap_or(""))
                };
                let complaints = match status.map_or(0, |s| s.open_complaints) {
                    0 => Cell::from(""),
                    n => Cell::from(Span::styled(format!("!{n}"), theme::error())),
                };
                let first = |v: &[String]| v.first().cloned().unwrap_or_default();
                let base = if row == list.selected {
                    theme::selected()
                } else {
                    Style::default()
                };
                Some(
                    Row::new(vec![
                        complaints,
                        Cell::from(highlighted(&s.name, &h.name, Style::default())),
                        Cell::from(highlighted(&first(&s.phones), &h.phone, Style::default())),
                        Cell::from(s.city.clone().unwrap_or_default()),
                        Cell::from(s.tags.join(", ")),
                        class(&|c| l.label(&c.lifecycle)),
                        class(&|c| l.label(&c.frequency)),
                        class(&|c| l.label(&c.volume)),
                        class(&|c| l.label(&c.satisfaction)),
                    ])
                    .style(base),
                )
            });
        let header = Row::new(
            [
                Msg::ColComplaints,
                Msg::ColName,
                Msg::ColPhone,
                Msg::ColCity,
                Msg::ColTags,
                Msg::ColLifecycle,
                Msg::ColFrequency,
                Msg::ColVolume,
                Msg::ColSatisfaction,
            ]
            .map(|m| l.t(m)),
        )
        .style(theme::header());
        Table::new(
            rows,
            [
                Constraint::Length(2),
                Constraint::Fill(3),
                Constraint::Length(16),
                Constraint::Fill(1),
                Constraint::Fill(1),
                Constraint::Length(9),
                Constraint::Length(11),
                Constraint::Length(9),
                Constraint::Length(12),
            ],
        )
        .header(header)
        .column_spacing(1)
        .render(table_area, buf);
    }
}
