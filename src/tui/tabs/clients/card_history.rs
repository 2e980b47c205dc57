//! The card's history: a header, then the entries, the chosen one highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use strum::IntoEnumIterator;
use unicode_width::UnicodeWidthStr;

use super::card::CardView;
use crate::domain::EntryKind;
use crate::i18n::{Locale, Msg};
use crate::tui::theme;
use crate::tui::widgets::fit::ellipsis;

/// The history: a header, then the entries newest first, the one under the cursor
/// highlighted and kept in sight; open complaints in red, returns as such.
pub fn render_history(card: &CardView, l: &Locale, area: Rect, buf: &mut Buffer) {
    let width = area.width as usize;
    let mut header = vec![Span::styled(
        format!("{} ({})", l.t(Msg::CardHistory), card.log.len()),
        theme::section(),
    )];
    if !card.log.is_empty() {
        let hint = if card.entry.is_some() {
            Msg::CardEntryHint
        } else {
            Msg::CardHistoryHint
        };
        header.push(Span::styled(format!("  {}", l.t(hint)), theme::hint()));
    }
    let mut lines = vec![Line::from(header)];
    if card.log.is_empty() {
        lines.push(Line::from(Span::styled(
            l.t(Msg::CardNoHistory),
            theme::hint(),
        )));
    }
    let rows = area.height.saturating_sub(1) as usize;
    let offset = card
        .entry
        .map_or(0, |i| (i + 1).saturating_sub(rows.max(1)));
    // The kind column as wide as its longest name in this language.
    let kind_width = EntryKind::iter()
        .map(|k| l.label(&k).width())
        .chain(std::iter::once(l.t(Msg::KindReturn).width()))
        .max()
        .unwrap_or(12);
    for (i, e) in card.log.iter().enumerate().skip(offset).take(rows) {
        let amount = e.amount_cents.map(|c| l.money(c)).unwrap_or_default();
        // The margin after the amount, the amounts aligned.
        let amount = match e.margin_cents {
            Some(m) => format!("{amount:>10} ({} {})", l.t(Msg::MarginShort), l.money(m)),
            None => amount,
        };
        let valuation = e
            .valuation
            .map(|v| format!("{}→{}", v.expected, v.perceived))
            .unwrap_or_default();
        let detail = match &e.resolution {
            Some(r) => format!("{} → {}", e.note, r.answer),
            None => e.note.clone(),
        };
        let kind = l.entry_kind(e);
        let pad = kind_width.saturating_sub(kind.width());
        let text = format!(
            "{}  {kind}{}  {:>10} {:>4}  {}",
            l.date_time(e.at),
            " ".repeat(pad),
            amount,
            valuation,
            detail
        );
        let mut style = if e.is_open_complaint() {
            theme::error()
        } else {
            Style::default()
        };
        if card.entry == Some(i) {
            style = style.patch(theme::selected());
        }
        // The highlight runs the whole width, not just under the text.
        let text = ellipsis(&text, width);
        let fill = " ".repeat(width.saturating_sub(text.width()));
        lines.push(Line::styled(format!("{text}{fill}"), style));
    }
    Paragraph::new(lines).render(area, buf);
}
