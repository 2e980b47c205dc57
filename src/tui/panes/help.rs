//! The key help, made from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::i18n::{Locale, Msg};
use crate::tui::keymap::{Context, help_lines};
use crate::tui::theme;
use crate::tui::widgets::popup::render_box;

/// Draws the bindings of `contexts` in a centred box.
pub struct HelpView<'a> {
    /// The contexts whose keys are listed.
    pub contexts: &'a [Context],
    /// Language.
    pub locale: &'a Locale,
}

impl Widget for HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let mut lines: Vec<Line<'_>> = help_lines(self.contexts, false)
            .into_iter()
            .map(|(keys, msg)| {
                Line::from(vec![
                    Span::styled(format!("{keys:>14}  "), theme::status_key()),
                    Span::raw(self.locale.t(msg)),
                ])
            })
            .collect();
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            self.locale.t(Msg::HelpClose),
            theme::hint(),
        )));
        render_box(area, buf, self.locale.t(Msg::HelpTitle), lines, 48);
    }
}
