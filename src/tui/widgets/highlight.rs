//! Search matches shown in the match style.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::theme;

/// `text` with the characters at `indices` (char positions) in the match style.
pub fn highlighted(text: &str, indices: &[usize], base: Style) -> Line<'static> {
    if indices.is_empty() {
        return Line::from(Span::styled(text.to_string(), base));
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    for (i, c) in text.chars().enumerate() {
        let is_match = indices.binary_search(&i).is_ok();
        if is_match != run_matched && !run.is_empty() {
            let style = if run_matched {
                base.patch(theme::matched())
            } else {
                base
            };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = is_match;
        run.push(c);
    }
    let style = if run_matched {
        base.patch(theme::matched())
    } else {
        base
    };
    spans.push(Span::styled(run, style));
    Line::from(spans)
}
