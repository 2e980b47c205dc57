//! Draws the agenda entry form: labels, inputs, the clash warning or the problem, hints.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::form::{AppointmentForm, Editing, EntryField};
use crate::i18n::{Locale, Msg};
use crate::tui::theme;
use crate::tui::widgets::fields::{Input, choice_text};

/// Draws the entry form.
pub struct EntryFormView<'a> {
    /// The form.
    pub form: &'a AppointmentForm,
    /// Language.
    pub locale: &'a Locale,
}

impl Widget for EntryFormView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let l = self.locale;
        let form = self.form;
        let title = l.t(match form.editing {
            Editing::New => Msg::FormNewAppointment,
            Editing::Entry(_) => Msg::FormEditAppointment,
            Editing::Occurrence(..) => Msg::FormEditOccurrence,
        });
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(" {title} "));
        let inner = block.inner(area);
        block.render(area, buf);
        let [rows, message, hint] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(inner);
        for (i, f) in form.fields.iter().enumerate().take(rows.height as usize) {
            let y = rows.y + i as u16;
            let focused = i == form.fields.focus;
            let style = if focused {
                theme::focused_field()
            } else {
                theme::label()
            };
            let marker = if focused { "▸ " } else { "  " };
            buf.set_stringn(
                rows.x,
                y,
                format!("{marker}{}", l.label(&f.field)),
                28,
                style,
            );
            let input = Rect {
                x: rows.x + 30,
                y,
                width: rows.width.saturating_sub(30),
                height: 1,
            };
            match &f.input {
                Input::Text(t) => t.render(input, buf),
                Input::Area(t) => t.render(Default::default(), input, buf),
                Input::Choice { options, selected } => {
                    let (text, style) = if f.field == EntryField::Agenda {
                        let name = form.agenda_name().to_string();
                        if focused {
                            (format!("‹ {name} ›"), theme::cursor())
                        } else {
                            (name, Style::default())
                        }
                    } else {
                        choice_text(options, *selected, focused, 0, l)
                    };
                    buf.set_stringn(input.x, y, text, input.width as usize, style);
                }
            }
        }
        if let Some(e) = &form.error {
            let style = if form.clashes.is_empty() {
                theme::error()
            } else {
                theme::error().patch(theme::section())
            };
            let lines = crate::tui::widgets::fit::clipped(
                e,
                message.width as usize,
                message.height as usize,
            );
            Paragraph::new(lines.join("\n"))
                .style(style)
                .render(message, buf);
        }
        let text = crate::tui::widgets::fit::whole_parts(l.t(Msg::FormHint), hint.width as usize);
        Paragraph::new(text).style(theme::hint()).render(hint, buf);
    }
}
