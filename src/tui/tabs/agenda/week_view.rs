//! The agenda's week: seven columns with each entry's start and title, or, too narrow
//! for that, the week as a list day under day.

use chrono::Duration;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::calendar::monday;
use super::view::AgendaPaneView;
use crate::tui::theme;
use crate::tui::widgets::fit::{ellipsis, fit};

/// Draws the week with the pane's colours and marks.
pub(super) struct WeekView<'a, 'p>(pub(super) &'a AgendaPaneView<'p>);

impl<'p> std::ops::Deref for WeekView<'_, 'p> {
    type Target = AgendaPaneView<'p>;
    fn deref(&self) -> &AgendaPaneView<'p> {
        self.0
    }
}

impl WeekView<'_, '_> {
    /// The week as a list, day under day, for windows too narrow for seven columns
    /// that each show a start and eight letters of a title.
    fn list(&self, area: Rect, buf: &mut Buffer) {
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
                    AgendaPaneView::mark(item),
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

    /// Draws the week into `area`: seven columns, or a list when they would be too
    /// narrow.
    pub(super) fn render(&self, area: Rect, buf: &mut Buffer) {
        let p = self.cal;
        let l = self.locale;
        let start = monday(p.day);
        let width = (area.width / 7).max(1);
        // A start, a mark and eight letters of the title, or the week as a list.
        if width < 17 {
            return self.list(area, buf);
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
                        AgendaPaneView::mark(item),
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
}
