//! Draws the dashboard: loyalty grid, to-do groups and class counts on the left; key
//! figures, the 24-month chart and the open complaints on the right.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use strum::IntoEnumIterator;
use unicode_width::UnicodeWidthStr;

use super::figures_view;
use super::{DashboardFocus, DashboardTab};
use crate::domain::{Class, DashboardFigures, Quadrant, ToDo};
use crate::i18n::{Locale, Msg, fill};
use crate::tui::tabs::clients::class_name;
use crate::tui::theme;
use crate::tui::widgets::fit::ellipsis;

/// Width of the left column.
const LEFT_WIDTH: u16 = 46;
/// The left column below 100 columns: the quadrant boxes just fit.
const LEFT_NARROW: u16 = 40;
/// Below this many rows the left panes take turns (Tab) instead of being stacked, and
/// the chart gives its rows to the figures and the complaints.
const STACKED_ROWS: u16 = 36;

/// Draws the dashboard.
pub struct DashboardView<'a> {
    /// The state to draw.
    pub dashboard: &'a DashboardTab,
    /// Language and dates.
    pub locale: &'a Locale,
    /// Today, for complaint ages.
    pub today: NaiveDate,
}

impl DashboardView<'_> {
    /// A pane's frame, yellow when it has the keys.
    fn pane(&self, focus: DashboardFocus, title: String) -> Block<'static> {
        let style = if self.dashboard.focus == focus {
            theme::popup_border()
        } else {
            Style::default()
        };
        Block::default()
            .borders(Borders::ALL)
            .border_style(style)
            .title(format!(" {title} "))
    }

    /// The style of row `i` of a pane whose cursor is at `cursor`.
    fn row_style(&self, focus: DashboardFocus, i: usize, cursor: usize) -> Style {
        if self.dashboard.focus == focus && i == cursor {
            theme::selected()
        } else {
            Style::default()
        }
    }

    /// `[x]` when `class` is among the chosen ones.
    fn mark(&self, class: Class) -> &'static str {
        if self.dashboard.chosen.classes().contains(&class) {
            "[x]"
        } else {
            "[ ]"
        }
    }

    fn render_quadrants(&self, f: &DashboardFigures, area: Rect, buf: &mut Buffer) {
        let l = self.locale;
        let title = format!(
            "{} · {}",
            l.t(Msg::ColQuadrant),
            fill(l.t(Msg::DashAsOf), l.date(f.as_of))
        );
        let block = self.pane(DashboardFocus::Quadrants, title);
        let inner = block.inner(area);
        block.render(area, buf);
        let [top, bottom, unknown, loyal] = Layout::vertical([
            Constraint::Length(5),
            Constraint::Length(5),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        let cursor = self.dashboard.quadrant_cursor;
        let grid = [
            (top, [Quadrant::Apostle, Quadrant::Mercenary]),
            (bottom, [Quadrant::Hostage, Quadrant::Terrorist]),
        ];
        for (row, pair) in grid {
            let cells = Layout::horizontal([Constraint::Fill(1); 2]).split(row);
            for (cell, q) in cells.iter().zip(pair) {
                let i = q as usize;
                let style = self.row_style(DashboardFocus::Quadrants, i, cursor);
                let (clients, spend, referred) = f
                    .quadrant(q)
                    .map(|q| (q.clients, q.spend_in_window_cents, q.referrals))
                    .unwrap_or_default();
                let name = format!("{} {}", self.mark(Class::Quadrant(q)), l.quadrant_plural(q));
                let block = Block::default()
                    .borders(Borders::ALL)
                    .title(Span::styled(name, style));
                let lines = vec![
                    Line::styled(l.clients(clients), theme::section()),
                    Line::raw(fill(l.t(Msg::DashSpend), l.money(spend))),
                    Line::raw(fill(l.t(Msg::DashReferred), referred)),
                ];
                Paragraph::new(lines).block(block).render(*cell, buf);
            }
        }
        let q = Quadrant::Unknown;
        let (clients, spend) = f
            .quadrant(q)
            .map(|q| (q.clients, q.spend_in_window_cents))
            .unwrap_or_default();
        let text = format!(
            "{} {}: {} · {}",
            self.mark(Class::Quadrant(q)),
            l.quadrant_plural(q),
            clients,
            fill(l.t(Msg::DashSpend), l.money(spend))
        );
        let style = self.row_style(DashboardFocus::Quadrants, q as usize, cursor);
        Paragraph::new(Line::styled(text, style)).render(unknown, buf);
        let text = format!(
            "{} · {}",
            fill(l.t(Msg::DashLoyal), f.loyal),
            fill(l.t(Msg::DashLoyalNotProfitable), f.loyal_not_profitable)
        );
        Paragraph::new(Line::styled(text, theme::hint())).render(loyal, buf);
    }

    fn render_todo(&self, f: &DashboardFigures, area: Rect, buf: &mut Buffer) {
        let l = self.locale;
        let block = self.pane(DashboardFocus::ToDo, l.t(Msg::DashToDo).into());
        let inner = block.inner(area);
        block.render(area, buf);
        // The count always shows, as wide as the largest; the group's name takes what is
        // left (… if longer).
        let count_width = ToDo::iter()
            .map(|g| f.group(g).map_or(0, |g| g.count).to_string().len() + 1)
            .max()
            .unwrap_or(2);
        let label_width = usize::from(inner.width)
            .saturating_sub(4 + count_width)
            .min(33);
        let mut lines: Vec<Line<'_>> = ToDo::iter()
            .enumerate()
            .map(|(i, g)| {
                let count = f.group(g).map_or(0, |g| g.count);
                let style = self.row_style(DashboardFocus::ToDo, i, self.dashboard.todo_cursor);
                let urgent = g == ToDo::HostageComplaints && count > 0;
                let count_style = if urgent { theme::error() } else { style };
                Line::from(vec![
                    Span::styled(
                        format!(
                            "{} {:<label_width$}",
                            self.mark(Class::ToDo(g)),
                            crate::tui::widgets::fit::ellipsis(l.label(&g), label_width)
                        ),
                        style,
                    ),
                    Span::styled(format!("{count:>count_width$}"), style.patch(count_style)),
                ])
            })
            .collect();
        // Who is first in the group under the cursor.
        let names = self
            .dashboard
            .todo_group()
            .and_then(|g| f.group(g))
            .map(|g| {
                let names: Vec<&str> = g.clients.iter().map(|c| c.name.as_str()).collect();
                names.join(", ")
            })
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| l.t(Msg::DashNone).to_string());
        lines.push(Line::styled(format!("→ {names}"), theme::hint()));
        Paragraph::new(lines).render(inner, buf);
    }

    fn render_classes(&self, area: Rect, buf: &mut Buffer) {
        let (d, l) = (self.dashboard, self.locale);
        let block = self.pane(DashboardFocus::Classes, l.t(Msg::Classification).into());
        let inner = block.inner(area);
        block.render(area, buf);
        let mut lines = Vec::new();
        let mut dimension = usize::MAX;
        let mut cursor_line = 0;
        for (i, class) in Class::all().into_iter().enumerate() {
            if class.dimension() != dimension {
                dimension = class.dimension();
                let title = class_name(l, class);
                let title = title.split(':').next().unwrap_or_default().to_string();
                lines.push(Line::from(Span::styled(title, theme::section())));
            }
            let value = class_name(l, class);
            let value = value
                .split_once(": ")
                .map_or(value.clone(), |(_, v)| v.to_string());
            let count = d.counts.get(&class).copied().unwrap_or(0);
            if i == d.class_cursor {
                cursor_line = lines.len();
            }
            lines.push(Line::styled(
                format!(" {} {value:<24}{count:>9}", self.mark(class)),
                self.row_style(DashboardFocus::Classes, i, d.class_cursor),
            ));
        }
        let offset = (cursor_line + 2).saturating_sub(inner.height as usize);
        Paragraph::new(lines)
            .scroll((offset as u16, 0))
            .render(inner, buf);
    }

    fn render_complaints(&self, area: Rect, buf: &mut Buffer) {
        let (d, l) = (self.dashboard, self.locale);
        // The count always: the short title where the long one would be cut.
        let mut title = fill(l.t(Msg::OpenComplaints), d.complaints.len());
        if title.width() + 4 > area.width as usize {
            title = fill(l.t(Msg::OpenComplaintsShort), d.complaints.len());
        }
        let block = self.pane(DashboardFocus::Complaints, title);
        let inner = block.inner(area);
        block.render(area, buf);
        if d.complaints.is_empty() {
            Paragraph::new(l.t(Msg::NoOpenComplaints))
                .style(theme::hint())
                .wrap(Wrap { trim: true })
                .render(inner, buf);
            return;
        }
        let height = inner.height as usize;
        let offset = (d.complaint_cursor + 1).saturating_sub(height);
        // The age, then the name and the note sharing what is left, each ended with …
        // when cut (the name up to 24 columns, never more than half).
        let rest = (inner.width as usize).saturating_sub(9);
        let name_width = 24.min(rest / 2 + 2);
        let note_width = rest.saturating_sub(name_width);
        let lines: Vec<Line<'_>> = d
            .complaints
            .iter()
            .enumerate()
            .skip(offset)
            .take(height)
            .map(|(i, c)| {
                let days = fill(l.t(Msg::DaysShort), c.entry.age_days(self.today));
                let name = ellipsis(&c.client_name, name_width);
                let note = ellipsis(&c.entry.note, note_width);
                let text = format!("{days:>6}  {name:<name_width$} {note}");
                let style = self
                    .row_style(DashboardFocus::Complaints, i, d.complaint_cursor)
                    .patch(theme::error());
                Line::styled(text, style)
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

/// The left and right columns of the dashboard: the left narrower below 100 columns.
fn columns(area: Rect) -> [Rect; 2] {
    let left_width = if area.width < 100 {
        LEFT_NARROW
    } else {
        LEFT_WIDTH
    };
    Layout::horizontal([Constraint::Length(left_width), Constraint::Fill(1)]).areas(area)
}

impl DashboardView<'_> {
    /// Below [`STACKED_ROWS`]: one left pane at a time (the one with the keys; the
    /// quadrants while the complaints have them), under a line naming the three.
    fn render_compact(self, area: Rect, buf: &mut Buffer) {
        let l = self.locale;
        let [left, right] = columns(area);
        let [names, pane] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(left);
        let shown = match self.dashboard.focus {
            DashboardFocus::Complaints => DashboardFocus::Quadrants,
            other => other,
        };
        let mut spans = Vec::new();
        for (focus, msg) in [
            (DashboardFocus::Quadrants, Msg::ColQuadrant),
            (DashboardFocus::ToDo, Msg::ColToDo),
            (DashboardFocus::Classes, Msg::Classification),
        ] {
            let style = if focus == shown {
                theme::section()
            } else {
                theme::hint()
            };
            if !spans.is_empty() {
                spans.push(Span::styled(" · ", theme::hint()));
            }
            spans.push(Span::styled(l.t(msg), style));
        }
        Paragraph::new(Line::from(spans)).render(names, buf);
        let [figures, complaints] =
            Layout::vertical([Constraint::Length(5), Constraint::Fill(1)]).areas(right);
        match &self.dashboard.figures {
            Some(f) => {
                match shown {
                    DashboardFocus::ToDo => self.render_todo(f, pane, buf),
                    DashboardFocus::Classes => self.render_classes(pane, buf),
                    _ => self.render_quadrants(f, pane, buf),
                }
                figures_view::figures(self.locale, f, figures, buf);
            }
            None => self.render_waiting(&[pane, figures], buf),
        }
        self.render_complaints(complaints, buf);
    }

    /// While the figures are computed, or when they could not be.
    fn render_waiting(&self, areas: &[Rect], buf: &mut Buffer) {
        let (text, style) = match &self.dashboard.failed {
            Some(why) => (why.as_str(), theme::error()),
            None => (self.locale.t(Msg::LoadingDashboard), theme::hint()),
        };
        let waiting = Paragraph::new(text)
            .wrap(ratatui::widgets::Wrap { trim: true })
            .style(style)
            .block(Block::default().borders(Borders::ALL));
        for area in areas {
            waiting.clone().render(*area, buf);
        }
    }
}

impl Widget for DashboardView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.height < STACKED_ROWS {
            return self.render_compact(area, buf);
        }
        let [left, right] = columns(area);
        let [quadrants, todo, classes] = Layout::vertical([
            Constraint::Length(14),
            Constraint::Length(7),
            Constraint::Fill(1),
        ])
        .areas(left);
        let [figures, chart, complaints] = Layout::vertical([
            Constraint::Length(5),
            Constraint::Length(13),
            Constraint::Fill(1),
        ])
        .areas(right);
        match &self.dashboard.figures {
            Some(f) => {
                self.render_quadrants(f, quadrants, buf);
                self.render_todo(f, todo, buf);
                figures_view::figures(self.locale, f, figures, buf);
                figures_view::chart(self.locale, &f.months, chart, buf);
            }
            None => self.render_waiting(&[quadrants, figures], buf),
        }
        self.render_classes(classes, buf);
        self.render_complaints(complaints, buf);
    }
}
