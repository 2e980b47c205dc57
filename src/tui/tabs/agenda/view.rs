//! Draws the Agenda tab's calendar: the day with its agendas side by side, the week,
//! the upcoming list.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDateTime};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::calendar::{AgendaView, Calendar, SLOT_MINUTES, SLOTS, monday, slot_start};
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
    fn style_of(&self, item: &Listed) -> Style {
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
    fn colour_of(&self, id: crate::domain::AgendaId) -> Color {
        let agendas = &self.cal.agendas;
        let place = agendas.iter().position(|a| a.id == id).unwrap_or(0);
        agendas
            .get(place)
            .and_then(|a| self.colours.get(&a.name))
            .copied()
            .unwrap_or(PALETTE[place % PALETTE.len()])
    }

    fn mark(item: &Listed) -> &'static str {
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

    fn day(&self, area: Rect, buf: &mut Buffer) {
        let p = self.cal;
        let l = self.locale;
        let shown = p.shown();
        if shown.is_empty() {
            Paragraph::new(l.t(Msg::NoAgendaShown))
                .style(theme::hint())
                .render(area, buf);
            return;
        }
        let gutter = 7u16;
        let width = (area.width.saturating_sub(gutter) / shown.len() as u16).max(1);
        let column_x = |i: usize| area.x + gutter + width * i as u16;
        // Header: agenda names; then the all-day row.
        for (i, agenda) in shown.iter().enumerate() {
            let style = theme::header().fg(self.colour_of(agenda.id));
            let style = if i == p.column {
                style.patch(theme::selected())
            } else {
                style
            };
            buf.set_stringn(
                column_x(i),
                area.y,
                ellipsis(&format!("│ {}", agenda.name), width as usize),
                width as usize,
                style,
            );
            let all_day: Vec<String> = p
                .items_on(p.day, Some(agenda.id))
                .iter()
                .filter(|l| p.schedule.appointment_of(l).fields.all_day)
                .map(|l| format!("{}{}", Self::mark(l), p.schedule.title_of(l)))
                .collect();
            if !all_day.is_empty() {
                buf.set_stringn(
                    column_x(i),
                    area.y + 1,
                    ellipsis(&format!("│ {}", all_day.join(", ")), width as usize),
                    width as usize,
                    theme::section(),
                );
            }
        }
        buf.set_stringn(
            area.x,
            area.y + 1,
            fit(l.t(Msg::AllDayShort), gutter as usize - 1),
            gutter as usize - 1,
            theme::hint(),
        );
        let rows = area.height.saturating_sub(2) as usize;
        // Each column's timed entries of the day, read once for every row.
        let timed: Vec<Vec<&Listed>> = shown
            .iter()
            .map(|agenda| {
                p.items_on(p.day, Some(agenda.id))
                    .into_iter()
                    .filter(|l| !p.schedule.appointment_of(l).fields.all_day)
                    .collect()
            })
            .collect();
        let slot_of = |t: NaiveDateTime| {
            ((t - p.day.and_time(chrono::NaiveTime::MIN))
                .num_minutes()
                .max(0) as usize)
                / SLOT_MINUTES as usize
        };
        // From the day's first entry (or the cursor, if earlier), the cursor kept in
        // sight.
        let first = timed
            .iter()
            .flatten()
            .map(|l| slot_of(l.occurrence.start))
            .min()
            .unwrap_or(p.slot);
        let mut top = first.min(p.slot);
        if p.slot >= top + rows {
            top = p.slot + 1 - rows.max(1);
        }
        let top = top.min(SLOTS.saturating_sub(rows));
        // Entries out of sight above and below are counted at the edge.
        let end_slot = top + rows;
        let above = timed
            .iter()
            .flatten()
            .filter(|l| {
                slot_of(l.occurrence.start) < top && l.occurrence.end <= slot_start(p.day, top)
            })
            .count();
        let below = timed
            .iter()
            .flatten()
            .filter(|l| slot_of(l.occurrence.start) >= end_slot)
            .count();
        for (r, slot) in (top..SLOTS).take(rows).enumerate() {
            let y = area.y + 2 + r as u16;
            let from = slot_start(p.day, slot);
            let to = from + Duration::minutes(i64::from(SLOT_MINUTES));
            buf.set_string(area.x, y, from.format("%H:%M").to_string(), theme::label());
            for (i, day_items) in timed.iter().enumerate() {
                let here: Vec<&Listed> = day_items
                    .iter()
                    .copied()
                    .filter(|l| {
                        crate::domain::agenda::overlaps(
                            l.occurrence.start,
                            l.occurrence.end,
                            from,
                            to,
                        )
                    })
                    .collect();
                // Show the entry that starts in this row, else the one going on.
                let shown_first = here
                    .iter()
                    .find(|l| l.occurrence.start >= from)
                    .or(here.first());
                let (text, style) = match shown_first {
                    None => ("│".to_string(), theme::hint()),
                    Some(first) => {
                        let starts_here = first.occurrence.start >= from || slot == top;
                        let title = p.schedule.title_of(first);
                        let more = if here.len() > 1 {
                            format!(" +{}", here.len() - 1)
                        } else {
                            String::new()
                        };
                        let text = if starts_here {
                            format!(
                                "│ {}{}{title}{more}",
                                first.occurrence.start.format("%H:%M "),
                                Self::mark(first)
                            )
                        } else {
                            format!("│ ┆{more}")
                        };
                        (text, self.style_of(first))
                    }
                };
                let cursor = i == p.column && slot == p.slot;
                let style = if cursor {
                    style.patch(theme::selected())
                } else {
                    style
                };
                let cell = ellipsis(&text, width as usize);
                let padded = format!(
                    "{cell}{}",
                    " ".repeat((width as usize).saturating_sub(cell.width()))
                );
                buf.set_stringn(column_x(i), y, padded, width as usize, style);
            }
        }
        // In the time gutter, after the hour: the count is of every agenda shown.
        let mark = |y: u16, text: String, buf: &mut Buffer| {
            buf.set_stringn(area.x + 5, y, text, 2, theme::popup_border());
        };
        let count = |n: usize| {
            if n > 9 {
                "+".to_string()
            } else {
                n.to_string()
            }
        };
        if above > 0 && rows > 0 {
            mark(area.y + 2, format!("↑{}", count(above)), buf);
        }
        if below > 0 && rows > 0 {
            mark(area.y + 1 + rows as u16, format!("↓{}", count(below)), buf);
        }
    }

    /// The agenda an item is in: its name, and its first letter to mark it in a cell.
    fn agenda_of(&self, item: &Listed) -> &str {
        let a = &self.cal.schedule.appointment_of(item).fields;
        self.cal
            .agendas
            .iter()
            .find(|g| g.id == a.agenda_id)
            .map_or("", |g| g.name.as_str())
    }

    /// The week as a list, day under day, for windows too narrow for seven columns
    /// that each show a start and eight letters of a title.
    fn week_list(&self, area: Rect, buf: &mut Buffer) {
        let p = self.cal;
        let l = self.locale;
        let start = monday(p.day);
        let mut lines: Vec<(String, Style)> = Vec::new();
        let (mut cursor_line, mut heading_line) = (0, 0);
        for d in 0..7 {
            let day = start + Duration::days(d);
            let selected_day = day == p.day;
            if selected_day {
                heading_line = lines.len();
                cursor_line = lines.len();
            }
            let head = format!("{} {}", l.weekday(day), l.short_date(day));
            let style = if selected_day {
                theme::header().patch(theme::selected())
            } else {
                theme::header()
            };
            lines.push((head, style));
            for (r, item) in p.items_on(day, None).iter().enumerate() {
                let a = &p.schedule.appointment_of(item).fields;
                let time = if a.all_day {
                    "·····".to_string()
                } else {
                    item.occurrence.start.format("%H:%M").to_string()
                };
                let text = format!(
                    "  {time} {}{} · {}",
                    Self::mark(item),
                    p.schedule.title_of(item),
                    self.agenda_of(item)
                );
                let mut style = self.style_of(item);
                if selected_day && r == p.row {
                    style = style.patch(theme::selected());
                    cursor_line = lines.len();
                }
                lines.push((text, style));
            }
        }
        let rows = area.height as usize;
        // The chosen day's heading stays in sight with its cursor when they both fit.
        let mut top = (cursor_line + 2).saturating_sub(rows);
        if cursor_line - heading_line < rows.saturating_sub(1) {
            top = top.min(heading_line);
        }
        for (i, (text, style)) in lines.into_iter().skip(top).take(rows).enumerate() {
            let text = crate::tui::widgets::fit::ellipsis(&text, area.width as usize);
            buf.set_stringn(area.x, area.y + i as u16, text, area.width as usize, style);
        }
    }

    fn week(&self, area: Rect, buf: &mut Buffer) {
        let p = self.cal;
        let l = self.locale;
        let start = monday(p.day);
        let width = (area.width / 7).max(1);
        // A start, a mark and eight letters of the title, or the week as a list.
        if width < 17 {
            return self.week_list(area, buf);
        }
        for d in 0..7 {
            let day = start + Duration::days(d);
            let x = area.x + width * d as u16;
            let selected_day = day == p.day;
            let head = format!("{} {}", fit(l.weekday(day), 3), l.short_date(day));
            let style = if selected_day {
                theme::header().patch(theme::selected())
            } else {
                theme::header()
            };
            buf.set_stringn(
                x,
                area.y,
                fit(&head, width as usize - 1),
                width as usize - 1,
                style,
            );
            for (r, item) in p
                .items_on(day, None)
                .iter()
                .enumerate()
                .take(area.height.saturating_sub(1) as usize)
            {
                let a = &p.schedule.appointment_of(item).fields;
                let time = if a.all_day {
                    "·····".to_string()
                } else {
                    item.occurrence.start.format("%H:%M").to_string()
                };
                // The agenda's first letter when several are shown and the title keeps
                // eight letters beside it.
                let letter = if p.shown().len() > 1 && width >= 19 {
                    let name = self.agenda_of(item);
                    format!("{} ", name.chars().next().unwrap_or(' '))
                } else {
                    String::new()
                };
                let text = ellipsis(
                    &format!(
                        "{letter}{time} {}{}",
                        Self::mark(item),
                        p.schedule.title_of(item)
                    ),
                    width as usize - 1,
                );
                let style = self.style_of(item);
                let style = if selected_day && r == p.row {
                    style.patch(theme::selected())
                } else {
                    style
                };
                buf.set_stringn(x, area.y + 1 + r as u16, text, width as usize - 1, style);
            }
        }
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
            parts.push(format!("{} {c}", l.t(Msg::SheetClient)));
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
            AgendaView::Day => self.day(main, buf),
            AgendaView::Week => self.week(main, buf),
            AgendaView::Upcoming => self.upcoming(main, buf),
        }
        if let Some(line) = self.details() {
            ellipsis_line(line, details.width as usize).render(details, buf);
        }
        let text = whole_parts(self.locale.t(Msg::AgendaHint), hint.width as usize);
        Paragraph::new(text).style(theme::hint()).render(hint, buf);
    }
}
