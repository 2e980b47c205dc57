//! Draws the Agenda tab's calendar: its frame, title and hint, the upcoming list, the
//! line about the entry under the cursor, and the colours and marks the day
//! ([`super::day_view`]) and the week ([`super::week_view`]) draw with.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::calendar::{AgendaView, Calendar};
use super::day_view::DayView;
use super::week_view::WeekView;
use crate::domain::{AppointmentStatus, Listed};
use crate::i18n::{Locale, Msg, fill};
use crate::tui::theme;
use crate::tui::widgets::fit::{ellipsis, ellipsis_line, fit, whole_parts};

/// Draws the calendar.
pub struct AgendaPaneView<'a> {
    /// The state to draw.
    pub cal: &'a Calendar,
    /// Language and dates.
    pub locale: &'a Locale,
    /// The last clock tick.
    pub now: NaiveDateTime,
    /// The colours the config gives agendas, by name.
    pub colours: &'a BTreeMap<String, Color>,
}

/// The colours of agendas the config does not name, in turn.
const PALETTE: [Color; 6] = [
    Color::LightBlue,
    Color::LightGreen,
    Color::LightMagenta,
    Color::Yellow,
    Color::LightCyan,
    Color::LightRed,
];

impl AgendaPaneView<'_> {
    /// A clash in red, a done or cancelled entry in grey, else its agenda's colour.
    pub(super) fn style_of(&self, item: &Listed) -> Style {
        if !item.clashes_with.is_empty() {
            theme::error()
        } else if item.occurrence.status != AppointmentStatus::Planned {
            theme::hint()
        } else {
            let agenda = self.cal.schedule.appointment_of(item).fields.agenda_id;
            Style::new().fg(self.colour_of(agenda))
        }
    }

    /// The colour of an agenda: the config's for its name, else the palette's by its
    /// place among the agendas.
    pub(super) fn colour_of(&self, id: crate::domain::AgendaId) -> Color {
        let agendas = &self.cal.agendas;
        let place = agendas.iter().position(|a| a.id == id).unwrap_or(0);
        agendas
            .get(place)
            .and_then(|a| self.colours.get(&a.name))
            .copied()
            .unwrap_or(PALETTE[place % PALETTE.len()])
    }

    pub(super) fn mark(item: &Listed) -> &'static str {
        match (item.clashes_with.is_empty(), item.occurrence.status) {
            (false, _) => "⚠ ",
            (true, AppointmentStatus::Done) => "✓ ",
            (true, AppointmentStatus::Cancelled) => "✗ ",
            (true, AppointmentStatus::Planned) => "",
        }
    }

    fn title(&self) -> String {
        let l = self.locale;
        let p = self.cal;
        let view = l.t(match p.view {
            AgendaView::Day => Msg::ViewDay,
            AgendaView::Week => Msg::ViewWeek,
            AgendaView::Upcoming => Msg::ViewUpcoming,
        });
        let when = match p.view {
            AgendaView::Upcoming => l.date(self.now.date()),
            _ => format!("{} {}", l.weekday(p.day), l.date(p.day)),
        };
        format!(" {} · {view} · {when} ", l.t(Msg::TabAgenda))
    }

    /// The agenda an item is in: its name, and its first letter to mark it in a cell.
    pub(super) fn agenda_of(&self, item: &Listed) -> &str {
        let a = &self.cal.schedule.appointment_of(item).fields;
        self.cal
            .agendas
            .iter()
            .find(|g| g.id == a.agenda_id)
            .map_or("", |g| g.name.as_str())
    }

    fn upcoming(&self, area: Rect, buf: &mut Buffer) {
        let p = self.cal;
        let l = self.locale;
        let items = p.upcoming(self.now);
        if items.is_empty() {
            Paragraph::new(l.t(Msg::UpcomingNone))
                .style(theme::hint())
                .render(area, buf);
            return;
        }
        let rows = area.height as usize;
        let top = p.row.saturating_sub(rows.saturating_sub(1));
        for (r, item) in items.iter().enumerate().skip(top).take(rows) {
            let a = &p.schedule.appointment_of(item).fields;
            let agenda = p
                .agendas
                .iter()
                .find(|g| g.id == a.agenda_id)
                .map_or("", |g| g.name.as_str());
            let o = &item.occurrence;
            let text = format!(
                "{:<10} {} {:<13} {:<12} {}{}",
                fit(l.weekday(o.start.date()), 10),
                l.date(o.start.date()),
                l.span(o.start, o.end, a.all_day),
                ellipsis(agenda, 12),
                Self::mark(item),
                p.schedule.title_of(item)
            );
            let style = if r == p.row {
                self.style_of(item).patch(theme::selected())
            } else {
                self.style_of(item)
            };
            buf.set_stringn(
                area.x,
                area.y + (r - top) as u16,
                ellipsis(&text, area.width as usize),
                area.width as usize,
                style,
            );
        }
    }

    /// The line about the entry under the cursor.
    fn details(&self) -> Option<Line<'static>> {
        let p = self.cal;
        let l = self.locale;
        let item = p.selected(self.now)?;
        let a = &p.schedule.appointment_of(item).fields;
        let o = &item.occurrence;
        let mut parts = vec![
            format!(
                "{} {}",
                l.span(o.start, o.end, a.all_day),
                p.schedule.title_of(item)
            ),
            // Whose entry it is.
            self.agenda_of(item).to_string(),
            l.label(&a.category).to_string(),
            l.label(&o.status).to_string(),
        ];
        if o.recurring {
            parts.push(format!(
                "{} {}",
                l.t(Msg::Recurring),
                a.recurrence.map(|r| l.label(&r.repeat)).unwrap_or("")
            ));
        }
        if let Some(c) = a.client_id {
            match p.schedule.clients.get(&c) {
                Some(name) => parts.push(name.clone()),
                None => parts.push(format!("{} {c}", l.t(Msg::SheetClient))),
            }
        }
        if !a.location.is_empty() {
            parts.push(a.location.clone());
        }
        let mut spans = vec![Span::styled(
            format!("▸ {}", parts.join(" · ")),
            theme::section(),
        )];
        if !item.clashes_with.is_empty() {
            let names: Vec<String> = item
                .clashes_with
                .iter()
                .filter_map(|id| p.schedule.appointments.iter().find(|x| x.id == *id))
                .map(|x| format!("«{}»", x.fields.title))
                .collect();
            spans.push(Span::styled(
                format!("  {}", fill(l.t(Msg::ClashesWith), names.join(", "))),
                theme::error(),
            ));
        }
        Some(Line::from(spans))
    }
}

impl Widget for AgendaPaneView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let block = Block::default().borders(Borders::ALL).title(self.title());
        let inner = block.inner(area);
        block.render(area, buf);
        let [main, details, hint] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        match self.cal.view {
            AgendaView::Day => DayView(&self).render(main, buf),
            AgendaView::Week => WeekView(&self).render(main, buf),
            AgendaView::Upcoming => self.upcoming(main, buf),
        }
        if let Some(line) = self.details() {
            ellipsis_line(line, details.width as usize).render(details, buf);
        }
        let text = whole_parts(self.locale.t(Msg::AgendaHint), hint.width as usize);
        Paragraph::new(text).style(theme::hint()).render(hint, buf);
    }
}
