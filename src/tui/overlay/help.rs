//! The key help, made from the keymap, and the legend of the marks the screens use.
//! It scrolls (↓/↑, PgDn/PgUp, Home/End) when the window is too short for it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::i18n::{Locale, Msg};
use crate::tui::keymap::{Context, help_lines, localize_keys};
use crate::tui::theme;
use crate::tui::widgets::fit::ellipsis;
use crate::tui::widgets::popup::{render_box, wrap};

/// A mark as the screens draw it: the same in every language, or in words.
enum Mark {
    Drawn(&'static str),
    Said(Msg),
}

/// The marks the screens use and what each means.
const LEGEND: &[(Mark, Msg)] = &[
    (Mark::Drawn("!2"), Msg::LegendComplaints),
    (Mark::Drawn("⚠"), Msg::LegendClash),
    (Mark::Drawn("+1"), Msg::LegendMore),
    (Mark::Drawn("↻"), Msg::LegendRepeats),
    (Mark::Drawn("J S T"), Msg::LegendAgendaLetter),
    (Mark::Drawn("·····"), Msg::LegendAllDay),
    (Mark::Drawn("┆"), Msg::LegendGoesOn),
    (Mark::Drawn("✓ ✗"), Msg::LegendDoneCancelled),
    (Mark::Drawn("[✓] [✗] [?]"), Msg::LegendConditions),
    (Mark::Drawn("●○"), Msg::LegendSteps),
    (Mark::Said(Msg::LegendMoreMark), Msg::LegendMore2),
];

/// Every line of the help: the keys of `contexts`, then the legend.
pub fn help_text(contexts: &[Context], locale: &Locale) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = help_lines(contexts, false)
        .into_iter()
        .map(|(keys, msg)| {
            Line::from(vec![
                Span::styled(
                    format!("{:>14}  ", localize_keys(&keys, locale.lang)),
                    theme::status_key(),
                ),
                Span::raw(locale.t(msg)),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        locale.t(Msg::LegendTitle),
        theme::section(),
    )));
    for (mark, msg) in LEGEND {
        let mark = match mark {
            Mark::Drawn(text) => text,
            Mark::Said(m) => locale.t(*m),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{mark:>14}  "), theme::label()),
            Span::raw(locale.t(*msg)),
        ]));
    }
    lines
}

/// Lines of help a box over `area` shows at once: room for the lines, the closing hint
/// and the frame.
fn rows(area: Rect) -> usize {
    (area.height as usize).saturating_sub(3).max(1)
}

/// The furthest the help of `lines` lines scrolls in a box over `area`.
fn last_top(lines: usize, area: Rect) -> usize {
    lines.saturating_sub(rows(area))
}

/// The help of `contexts` laid out for a box over `area`: its lines, a long one broken
/// under its text's column (so scrolling counts the rows the box really shows), and
/// the box's width.
fn laid_out(contexts: &[Context], locale: &Locale, area: Rect) -> (Vec<Line<'static>>, u16) {
    let all = help_text(contexts, locale);
    // A column of room inside each side of the frame.
    let width = all
        .iter()
        .map(|l| l.width() + 2)
        .max()
        .unwrap_or(0)
        .max(40)
        .min(area.width.saturating_sub(4) as usize) as u16
        + 2;
    let inner = usize::from(width).saturating_sub(4);
    let mut lines = Vec::new();
    for line in all {
        if line.width() <= inner || line.spans.len() != 2 {
            lines.push(line);
            continue;
        }
        let (key, text) = (line.spans[0].clone(), line.spans[1].clone());
        let indent = key.width();
        let pieces = wrap(&text.content, inner.saturating_sub(indent).max(8));
        for (i, piece) in pieces.into_iter().enumerate() {
            let lead = if i == 0 {
                key.clone()
            } else {
                Span::raw(" ".repeat(indent))
            };
            lines.push(Line::from(vec![lead, Span::styled(piece, text.style)]));
        }
    }
    (lines, width)
}

/// Where the help of `contexts` over `area` can go from line `scroll`: (up, down).
pub fn can_scroll(
    contexts: &[Context],
    scroll: usize,
    locale: &Locale,
    area: Rect,
) -> (bool, bool) {
    let last = furthest(contexts, locale, area);
    (scroll.min(last) > 0, scroll < last)
}

/// The furthest line the help of `contexts` scrolls to in a box over `area`.
pub fn furthest(contexts: &[Context], locale: &Locale, area: Rect) -> usize {
    last_top(laid_out(contexts, locale, area).0.len(), area)
}

/// Draws the help of `contexts` in a centred box, from line `scroll` (kept in range).
pub(super) fn render(
    contexts: &[Context],
    scroll: usize,
    locale: &Locale,
    area: Rect,
    buf: &mut Buffer,
) {
    let (all, width) = laid_out(contexts, locale, area);
    let top = scroll.min(last_top(all.len(), area));
    let rows = rows(area);
    let more_below = top + rows < all.len();
    let mut lines: Vec<Line<'_>> = all.into_iter().skip(top).take(rows).collect();
    let hint = match (top > 0, more_below) {
        (_, true) => format!(
            "{} · {}",
            locale.t(Msg::HelpMoreBelow),
            locale.t(Msg::HelpClose)
        ),
        (true, false) => format!(
            "{} · {}",
            locale.t(Msg::HelpMoreAbove),
            locale.t(Msg::HelpClose)
        ),
        (false, false) => locale.t(Msg::HelpClose).to_string(),
    };
    let hint = ellipsis(&hint, usize::from(width).saturating_sub(4));
    lines.push(Line::from(Span::styled(hint, theme::hint())));
    let lines = lines
        .into_iter()
        .map(|mut l| {
            l.spans.insert(0, Span::raw(" "));
            l
        })
        .collect();
    render_box(area, buf, locale.t(Msg::HelpTitle), lines, width);
}
