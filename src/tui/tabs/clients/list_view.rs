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
use crate::tui::widgets::fit::ellipsis;
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

/// A column of the client list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Complaints,
    Name,
    Phone,
    City,
    Tags,
    Lifecycle,
    Frequency,
    Volume,
    Satisfaction,
}

impl Col {
    fn title(self) -> Msg {
        match self {
            Col::Complaints => Msg::ColComplaints,
            Col::Name => Msg::ColName,
            Col::Phone => Msg::ColPhone,
            Col::City => Msg::ColCity,
            Col::Tags => Msg::ColTags,
            Col::Lifecycle => Msg::ColLifecycle,
            Col::Frequency => Msg::ColFrequency,
            Col::Volume => Msg::ColVolume,
            Col::Satisfaction => Msg::ColSatisfaction,
        }
    }
}

/// The name keeps at least this many columns.
const NAME_MIN: u16 = 20;
/// The name grows to this before the city and tags do.
const NAME_WANTED: u16 = 34;

/// The columns shown in `width`, in screen order, with their widths: the complaints mark
/// and the name (at least 20) always; the others by priority (lifecycle, phone,
/// satisfaction, frequency, volume, city, tags) while they fit whole; then the room left
/// goes to the name (up to 34), the city and tags (up to 24 and 40), and the name again.
fn column_widths(width: u16) -> Vec<(Col, u16)> {
    // (column, least width, most width before the last share)
    let by_priority = [
        (Col::Lifecycle, 9, 9),
        (Col::Phone, 16, 16),
        (Col::Satisfaction, 12, 12),
        (Col::Frequency, 11, 11),
        (Col::Volume, 9, 9),
        (Col::City, 10, 24),
        (Col::Tags, 10, 40),
    ];
    let spacing = 1;
    let mut used = 2 + spacing + NAME_MIN;
    let mut chosen: Vec<(Col, u16, u16)> =
        vec![(Col::Complaints, 2, 2), (Col::Name, NAME_MIN, NAME_WANTED)];
    for (c, least, most) in by_priority {
        if used + spacing + least <= width {
            used += spacing + least;
            chosen.push((c, least, most));
        }
    }
    let mut left = width.saturating_sub(used);
    for wanted in [Col::Name, Col::City, Col::Tags] {
        if let Some(entry) = chosen.iter_mut().find(|(c, _, _)| *c == wanted) {
            let more = (entry.2 - entry.1).min(left);
            entry.1 += more;
            left -= more;
        }
    }
    if let Some(name) = chosen.iter_mut().find(|(c, _, _)| *c == Col::Name) {
        name.1 += left;
    }
    let order = [
        Col::Complaints,
        Col::Name,
        Col::Phone,
        Col::City,
        Col::Tags,
        Col::Lifecycle,
        Col::Frequency,
        Col::Volume,
        Col::Satisfaction,
    ];
    order
        .iter()
        .filter_map(|o| {
            chosen
                .iter()
                .find(|(c, _, _)| c == o)
                .map(|(c, w, _)| (*c, *w))
        })
        .collect()
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
        let widths = column_widths(table_area.width);
        let width_of = |c: Col| {
            widths
                .iter()
                .find(|(k, _)| *k == c)
                .map(|(_, w)| *w as usize)
        };
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
                let first = |v: &[String]| v.first().cloned().unwrap_or_default();
                // Long text ends in … rather than being cut without a sign.
                let fit = |c: Col, text: &str| ellipsis(text, width_of(c).unwrap_or(0));
                let base = if row == list.selected {
                    theme::selected()
                } else {
                    Style::default()
                };
                let cells: Vec<Cell<'_>> = widths
                    .iter()
                    .map(|(c, _)| match c {
                        Col::Complaints => match status.map_or(0, |s| s.open_complaints) {
                            0 => Cell::from(""),
                            n => Cell::from(Span::styled(format!("!{n}"), theme::error())),
                        },
                        Col::Name => Cell::from(highlighted(
                            &fit(Col::Name, &s.name),
                            &h.name,
                            Style::default(),
                        )),
                        Col::Phone => Cell::from(highlighted(
                            &fit(Col::Phone, &first(&s.phones)),
                            &h.phone,
                            Style::default(),
                        )),
                        Col::City => Cell::from(fit(Col::City, s.city.as_deref().unwrap_or(""))),
                        Col::Tags => Cell::from(fit(Col::Tags, &s.tags.join(", "))),
                        Col::Lifecycle => class(&|c| l.label(&c.lifecycle)),
                        Col::Frequency => class(&|c| l.label(&c.frequency)),
                        Col::Volume => class(&|c| l.label(&c.volume)),
                        Col::Satisfaction => class(&|c| l.label(&c.satisfaction)),
                    })
                    .collect();
                Some(Row::new(cells).style(base))
            });
        let header = Row::new(
            widths
                .iter()
                .map(|(c, w)| ellipsis(l.t(c.title()), *w as usize)),
        )
        .style(theme::header());
        Table::new(rows, widths.iter().map(|(_, w)| Constraint::Length(*w)))
            .header(header)
            .column_spacing(1)
            .render(table_area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_keeps_twenty_columns_and_the_others_drop_out_whole() {
        for width in [58u16, 60, 78, 80, 98, 100, 118, 198] {
            let w = column_widths(width);
            let total: u16 = w.iter().map(|(_, w)| w).sum::<u16>() + w.len() as u16 - 1;
            assert!(total <= width, "{width}: {w:?}");
            let name = w.iter().find(|(c, _)| *c == Col::Name).map(|(_, w)| *w);
            assert!(name >= Some(NAME_MIN), "{width}: {w:?}");
        }
        let narrow: Vec<Col> = column_widths(78).into_iter().map(|(c, _)| c).collect();
        assert_eq!(
            narrow,
            [
                Col::Complaints,
                Col::Name,
                Col::Phone,
                Col::Lifecycle,
                Col::Frequency,
                Col::Satisfaction
            ]
        );
        let wide = column_widths(198);
        assert_eq!(wide.len(), 9);
        let tags = wide.iter().find(|(c, _)| *c == Col::Tags).map(|(_, w)| *w);
        assert_eq!(
            tags,
            Some(40),
            "at 200 the tags get their room before the name grows on"
        );
    }
}
