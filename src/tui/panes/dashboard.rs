//! The dashboard tab: clients per class in each dimension (choose classes to filter
//! the client list) and the open complaints by age (answer them from here).

use std::collections::HashMap;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::client_list::RowStatus;
use super::client_list_view::class_name;
use crate::domain::{Class, ClassFilter, ClientId, Complaint};
use crate::i18n::{Locale, Msg, fill};
use crate::tui::theme;

/// Which half of the dashboard has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DashboardFocus {
    /// The class counts.
    #[default]
    Classes,
    /// The open complaints.
    Complaints,
}

/// State of the dashboard.
#[derive(Debug, Clone, Default)]
pub struct Dashboard {
    /// Which half has the keys.
    pub focus: DashboardFocus,
    /// Row of the cursor among [`Class::all`].
    pub class_cursor: usize,
    /// Classes chosen with Space, applied to the list with Enter.
    pub chosen: ClassFilter,
    /// Clients per class.
    pub counts: HashMap<Class, usize>,
    /// Open complaints, oldest first.
    pub complaints: Vec<Complaint>,
    /// Row of the cursor among the complaints.
    pub complaint_cursor: usize,
}

impl Dashboard {
    /// Counts the clients of each class.
    pub fn count(&mut self, statuses: &HashMap<ClientId, RowStatus>) {
        let all = Class::all();
        self.counts = all.iter().map(|c| (*c, 0)).collect();
        for status in statuses.values() {
            for class in &all {
                if status.classes.has(*class) {
                    *self.counts.entry(*class).or_default() += 1;
                }
            }
        }
    }

    /// Moves the cursor of the focused half by `delta`.
    pub fn move_by(&mut self, delta: isize) {
        let (cursor, len) = match self.focus {
            DashboardFocus::Classes => (&mut self.class_cursor, Class::all().len()),
            DashboardFocus::Complaints => (&mut self.complaint_cursor, self.complaints.len()),
        };
        *cursor = cursor
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
    }

    /// Switches between the two halves.
    pub fn switch_focus(&mut self) {
        self.focus = match self.focus {
            DashboardFocus::Classes => DashboardFocus::Complaints,
            DashboardFocus::Complaints => DashboardFocus::Classes,
        };
    }

    /// The class under the cursor.
    pub fn class_under_cursor(&self) -> Option<Class> {
        Class::all().get(self.class_cursor).copied()
    }

    /// Adds or removes the class under the cursor from the chosen ones.
    pub fn toggle(&mut self) {
        if let Some(class) = self.class_under_cursor() {
            self.chosen.toggle(class);
        }
    }

    /// The filter Enter applies: the chosen classes, or the one under the cursor.
    pub fn filter_to_apply(&self) -> ClassFilter {
        if !self.chosen.is_empty() {
            return self.chosen.clone();
        }
        let mut f = ClassFilter::default();
        if let Some(class) = self.class_under_cursor() {
            f.toggle(class);
        }
        f
    }

    /// The complaint under the cursor.
    pub fn selected_complaint(&self) -> Option<&Complaint> {
        self.complaints.get(self.complaint_cursor)
    }

    /// Takes the open complaints, keeping the cursor in range.
    pub fn load_complaints(&mut self, complaints: Vec<Complaint>) {
        self.complaints = complaints;
        self.complaint_cursor = self
            .complaint_cursor
            .min(self.complaints.len().saturating_sub(1));
    }
}

/// Draws the dashboard.
pub struct DashboardView<'a> {
    /// The state to draw.
    pub dashboard: &'a Dashboard,
    /// Language and dates.
    pub locale: &'a Locale,
    /// Today, for complaint ages.
    pub today: chrono::NaiveDate,
}

impl Widget for DashboardView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (d, l) = (self.dashboard, self.locale);
        let [left, right] =
            Layout::horizontal([Constraint::Length(44), Constraint::Fill(1)]).areas(area);
        let focused = |f: DashboardFocus| {
            if d.focus == f {
                theme::popup_border()
            } else {
                Style::default()
            }
        };

        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(focused(DashboardFocus::Classes))
            .title(format!(" {} ", l.t(Msg::Classification)));
        let inner = block.inner(left);
        block.render(left, buf);
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
            let chosen = if d.chosen.classes().contains(&class) {
                "[x]"
            } else {
                "[ ]"
            };
            let value = class_name(l, class);
            let value = value
                .split_once(": ")
                .map_or(value.clone(), |(_, v)| v.to_string());
            let count = d.counts.get(&class).copied().unwrap_or(0);
            let style = if i == d.class_cursor && d.focus == DashboardFocus::Classes {
                theme::selected()
            } else {
                Style::default()
            };
            if i == d.class_cursor {
                cursor_line = lines.len();
            }
            lines.push(Line::styled(
                format!(" {chosen} {value:<24}{count:>9}"),
                style,
            ));
        }
        let height = inner.height as usize;
        let offset = (cursor_line + 2).saturating_sub(height);
        Paragraph::new(lines)
            .scroll((offset as u16, 0))
            .render(inner, buf);

        let title = fill(l.t(Msg::OpenComplaints), d.complaints.len());
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(focused(DashboardFocus::Complaints))
            .title(format!(" {title} "));
        let inner = block.inner(right);
        block.render(right, buf);
        if d.complaints.is_empty() {
            Paragraph::new(l.t(Msg::NoOpenComplaints))
                .style(theme::hint())
                .render(inner, buf);
            return;
        }
        let height = inner.height as usize;
        let offset = (d.complaint_cursor + 1).saturating_sub(height);
        let lines: Vec<Line<'_>> = d
            .complaints
            .iter()
            .enumerate()
            .skip(offset)
            .take(height)
            .map(|(i, c)| {
                let days = fill(l.t(Msg::DaysShort), c.entry.age_days(self.today));
                let text = format!("{days:>6}  {:<24} {}", c.client_name, c.entry.note);
                let style = if i == d.complaint_cursor && d.focus == DashboardFocus::Complaints {
                    theme::selected().patch(theme::error())
                } else {
                    theme::error()
                };
                Line::styled(text, style)
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
