//! How the quick log box is drawn: its fields, the error and the hint.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::quick_log::{QuickField, QuickLog};
use crate::i18n::{Locale, Msg};
use crate::tui::theme;
use crate::tui::widgets::popup::render_box;

/// Draws the quick log `q` over `area`.
pub(super) fn render(q: &QuickLog, l: &Locale, area: Rect, buf: &mut Buffer) {
    let title = match &q.correcting {
        Some(_) => format!("{} · {}", l.t(Msg::EditEntryTitle), q.client_name),
        None => format!("{} · {}", l.label(&q.kind), q.client_name),
    };
    let score = |v: u8| {
        if v == 0 {
            l.t(Msg::None).to_string()
        } else {
            v.to_string()
        }
    };
    let fields = q.fields();
    let mut lines: Vec<Line<'_>> = Vec::new();
    for f in &fields {
        let (label, value) = match f {
            QuickField::Kind => (Msg::ColKind, format!("‹ {} ›", l.label(&q.kind))),
            QuickField::At => (Msg::ColWhen, String::new()),
            QuickField::Amount => (Msg::ColAmount, String::new()),
            QuickField::Margin => (Msg::ColMargin, String::new()),
            QuickField::Note => (Msg::ColNote, String::new()),
            QuickField::Expected => (Msg::Expected, format!("‹ {} ›", score(q.expected))),
            QuickField::Perceived => (Msg::Perceived, format!("‹ {} ›", score(q.perceived))),
        };
        let style = if *f == q.focus {
            theme::focused_field()
        } else {
            theme::label()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:<16}", l.t(label)), style),
            Span::raw(value),
        ]));
    }
    lines.push(Line::default());
    if let Some(e) = &q.error {
        lines.push(Line::from(Span::styled(e.clone(), theme::error())));
    }
    // ←/→ only where there is a choice to make.
    let hint = if fields.iter().any(|f| {
        matches!(
            f,
            QuickField::Kind | QuickField::Expected | QuickField::Perceived
        )
    }) {
        Msg::QuickLogHint
    } else {
        Msg::QuickLogHintText
    };
    let width = 64;
    lines.push(Line::from(Span::styled(
        crate::tui::widgets::fit::whole_parts(l.t(hint), usize::from(width) - 2),
        theme::hint(),
    )));
    let height = lines.len() as u16 + 2;
    render_box(area, buf, &title, lines, width);
    // The text inputs go over their (empty) value cells.
    let rect = crate::tui::widgets::popup::centered(area, width, height);
    for (row, f) in fields.iter().enumerate() {
        let Some(input) = q.input(*f) else {
            continue;
        };
        let cell = Rect {
            x: rect.x + 1 + 16,
            y: rect.y + 1 + row as u16,
            width: rect.width.saturating_sub(18),
            height: 1,
        };
        if cell.y < rect.y + rect.height.saturating_sub(1) {
            input.render(cell.intersection(area), buf);
        }
    }
}
