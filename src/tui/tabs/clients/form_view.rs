//! Draws the client form: labels, inputs, inline problems, hints.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::form::ClientForm;
use crate::i18n::{Locale, Msg};
use crate::tui::theme;
use crate::tui::widgets::fields::Input;
use crate::tui::widgets::fields::choice_text;

/// Width of the label column.
const LABEL_WIDTH: u16 = 27;

/// Draws the form.
pub struct ClientFormView<'a> {
    /// The state to draw.
    pub form: &'a ClientForm,
    /// Language and dates.
    pub locale: &'a Locale,
}

impl Widget for ClientFormView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let form = self.form;
        let l = self.locale;
        let title = l.t(if form.editing.is_some() {
            Msg::FormEdit
        } else {
            Msg::FormNew
        });
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(" {title} "));
        let inner = block.inner(area);
        block.render(area, buf);
        let [rows_area, message_area, hint_area] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(inner);

        // Each field takes one row, plus one for its error if it has one.
        let mut lines: Vec<(Option<usize>, Line<'static>)> = Vec::new();
        for (i, f) in form.fields.iter().enumerate() {
            lines.push((Some(i), Line::default()));
            // A problem wraps under its field (it was cut at the window's edge).
            let indent = LABEL_WIDTH as usize + 2;
            let room = (rows_area.width as usize)
                .saturating_sub(indent + 2)
                .max(10);
            for e in form.errors.iter().filter(|e| e.field == f.field) {
                let text = format!("⚠ {}", l.problem(&e.problem));
                for part in crate::tui::widgets::popup::wrap(&text, room) {
                    let text = format!("{:indent$}{part}", "");
                    lines.push((None, Line::from(Span::styled(text, theme::error()))));
                }
            }
        }
        let height = rows_area.height as usize;
        let focus_row = lines
            .iter()
            .position(|(i, _)| *i == Some(form.fields.focus))
            .unwrap_or(0);
        let offset = (focus_row + 2)
            .saturating_sub(height)
            .min(lines.len().saturating_sub(height));
        for (row, (field, line)) in lines.iter().enumerate().skip(offset).take(height) {
            let y = rows_area.y + (row - offset) as u16;
            let row_area = Rect {
                y,
                height: 1,
                ..rows_area
            };
            let Some(i) = *field else {
                line.clone().render(row_area, buf);
                continue;
            };
            let f = &form.fields[i];
            let focused = i == form.fields.focus;
            let [label_area, input_area] =
                Layout::horizontal([Constraint::Length(LABEL_WIDTH), Constraint::Fill(1)])
                    .areas(row_area);
            let marker = if focused { "▸ " } else { "  " };
            let style = if focused {
                theme::focused_field()
            } else {
                theme::label()
            };
            let invalid = form.errors.iter().any(|e| e.field == f.field);
            let style = if invalid { theme::error() } else { style };
            Span::styled(format!("{marker}{}", l.label(&f.field)), style).render(label_area, buf);
            match &f.input {
                Input::Text(t) => {
                    let padded = Rect {
                        x: input_area.x + 2,
                        width: input_area.width.saturating_sub(2),
                        ..input_area
                    };
                    t.render(padded, buf);
                }
                Input::Area(t) => t.render(Default::default(), input_area, buf),
                Input::Choice { options, selected } => {
                    let (text, style) = choice_text(options, *selected, focused, 2, l);
                    Span::styled(text, style).render(input_area, buf);
                }
            }
        }
        let message = match (&form.store_error, form.errors.is_empty()) {
            (Some(e), _) => Some(e.clone()),
            (None, false) => Some(l.t(Msg::FormHasErrors).to_string()),
            (None, true) => None,
        };
        if let Some(m) = message {
            Paragraph::new(m)
                .style(theme::error())
                .render(message_area, buf);
        }
        let text =
            crate::tui::widgets::fit::whole_parts(l.t(Msg::FormHint), hint_area.width as usize);
        Paragraph::new(text)
            .style(theme::hint())
            .render(hint_area, buf);
    }
}
