//! The key help, made from the keymap, and the legend of the marks the screens use.
//! It scrolls (↓/↑, PgDn/PgUp, Home/End) when the window is too short for it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::i18n::{Locale, Msg};
use crate::tui::keymap::{Context, help_lines, localize_keys};
use crate::tui::theme;
use crate::tui::widgets::popup::render_box;

/// The marks the screens use and what each means.
const LEGEND: &[(&str, Msg)] = &[
    ("!2", Msg::LegendComplaints),
    ("⚠", Msg::LegendClash),
    ("+1", Msg::LegendMore),
    ("↻", Msg::LegendRepeats),
    ("J S T", Msg::LegendAgendaLetter),
    ("·····", Msg::LegendAllDay),
    ("┆", Msg::LegendGoesOn),
    ("✓ ✗", Msg::LegendDoneCancelled),
    ("[✓] [✗] [?]", Msg::LegendConditions),
    ("●○", Msg::LegendSteps),
    ("↑ ↓ más", Msg::LegendMore2),
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
        lines.push(Line::from(vec![
            Span::styled(format!("{mark:>14}  "), theme::label()),
            Span::raw(locale.t(*msg)),
        ]));
    }
    lines
}

/// Draws the help of `contexts` in a centred box, from line `scroll` (kept in range).
pub(super) fn render(
    contexts: &[Context],
    scroll: usize,
    locale: &Locale,
    area: Rect,
    buf: &mut Buffer,
) {
    let all = help_text(contexts, locale);
    // A column of room inside each side of the frame.
    let width = all
        .iter()
        .map(|l| l.width() + 2)
        .max()
        .unwrap_or(0)
        .clamp(40, area.width.saturating_sub(4) as usize) as u16
        + 2;
    // Room for the lines, the closing hint and the frame.
    let rows = (area.height as usize).saturating_sub(3).max(1);
    let top = scroll.min(all.len().saturating_sub(rows));
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
