//! The agenda's day: the agendas shown side by side, half an hour a row, from the day's
//! first entry, with the entries out of sight counted at the edges.

use chrono::{Duration, NaiveDateTime};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::calendar::{SLOT_MINUTES, SLOTS, slot_of, slot_start};
use super::view::AgendaPaneView;
use crate::domain::Listed;
use crate::i18n::Msg;
use crate::tui::theme;
use crate::tui::widgets::fit::{ellipsis, fit};

/// Draws the day with the pane's colours and marks.
pub(super) struct DayView<'a, 'p>(pub(super) &'a AgendaPaneView<'p>);

impl<'p> std::ops::Deref for DayView<'_, 'p> {
    type Target = AgendaPaneView<'p>;
    fn deref(&self) -> &AgendaPaneView<'p> {
        self.0
    }
}

impl DayView<'_, '_> {
    /// Draws the day into `area`.
    pub(super) fn render(&self, area: Rect, buf: &mut Buffer) {
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
                .map(|l| format!("{}{}", AgendaPaneView::mark(l), p.schedule.title_of(l)))
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
        let slot_of = |t: NaiveDateTime| slot_of(p.day, t);
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
                                AgendaPaneView::mark(first)
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
}
