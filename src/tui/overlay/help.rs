//! The key help, made from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::i18n::{Locale, Msg};
use crate::tui::keymap::{Context, help_lines};
use crate::tui::theme;
use crate::tui::widgets::popup::render_box;

/// Draws the bindings of `contexts` in a centred box.
pub(super) fn render(contexts: &[Context], locale: &Locale, area: Rect, buf: &mut Buffer) {
    let mut lines: Vec<Line<'_>> = help_lines(contexts, false)
        .into_iter()
        .map(|(keys, msg)| {
            Line::from(vec![
                Span::styled(format!("{keys:>14}  "), theme::status_key()),
                Span::raw(locale.t(msg)),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        locale.t(Msg::HelpClose),
        theme::hint(),
    )));
    render_box(area, buf, locale.t(Msg::HelpTitle), lines, 48);
}
