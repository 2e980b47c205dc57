//! Draws the whole screen from a borrow of the model.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Widget, Wrap};

use super::app::App;
use super::keymap::{Context, help_lines, localize_keys};
use super::overlay::help;
use super::tabs::{Tab, TabPane};
use super::theme;
use crate::i18n::{KeyMsg, Locale, Msg};
use unicode_width::UnicodeWidthStr;

/// Smallest usable terminal.
pub const MIN_SIZE: (u16, u16) = (60, 15);

/// Draws `app` into a frame.
pub fn draw(app: &App, frame: &mut Frame<'_>) {
    let area = frame.area();
    render(app, area, frame.buffer_mut());
}

/// Draws `app` into `buf` over `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let l = &app.locale;
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        Paragraph::new(l.t(Msg::TooSmall))
            .wrap(Wrap { trim: true })
            .style(theme::error())
            .render(area, buf);
        return;
    }
    let [tabs_area, body, status_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);

    let titles = Tab::ALL.iter().map(|t| tab_title(*t, l));
    let selected = Tab::ALL.iter().position(|t| *t == app.tab);
    Tabs::new(titles)
        .select(selected)
        .style(theme::tab_inactive())
        .highlight_style(theme::tab_active())
        .divider("│")
        .render(tabs_area, buf);

    let view = app.view_cx();
    match app.tab {
        Tab::Clients => app.clients.render(body, buf, &view),
        Tab::Agenda => app.agenda.render(body, buf, &view),
        Tab::Dashboard => app.dashboard.render(body, buf, &view),
        Tab::Moments => app.moments.render(body, buf, &view),
    }

    render_status(app, status_area, buf);

    let below = app.contexts_below_overlays();
    for overlay in app.overlays.iter() {
        overlay.render(body, buf, l, &below);
    }
}

/// A tab's title in the tab bar: "1 Clientes".
fn tab_title(tab: Tab, l: &Locale) -> String {
    format!("{} {}", tab.number(), l.t(tab.title()))
}

/// The tab whose title is at column `x` of the tab bar (each title has a space on each
/// side and a `│` after it, as ratatui's `Tabs` draws them).
pub fn tab_at(x: u16, l: &Locale) -> Option<Tab> {
    let mut left = 0usize;
    for tab in Tab::ALL {
        let right = left + tab_title(tab, l).width() + 2;
        if (left..right).contains(&(x as usize)) {
            return Some(tab);
        }
        left = right + 1;
    }
    None
}

/// The key hints of the status bar, whole ones only: help first and quit last, always;
/// between them the keys of what is on screen in their order of importance, as many as
/// fit and never one after a more important one that did not (so both languages drop
/// from the same end).
/// `moot` are keys that would do nothing now (PgDn on the help's last page).
pub fn status_hints(
    contexts: &[Context],
    moot: &[Msg],
    locale: &Locale,
    width: usize,
) -> Vec<(String, String)> {
    let own: Vec<Context> = contexts
        .iter()
        .copied()
        .filter(|c| *c != Context::TopLevel)
        .collect();
    let mut hints: Vec<(String, Msg)> = Vec::new();
    if contexts.contains(&Context::TopLevel) {
        hints.extend(
            help_lines(&[Context::TopLevel], true)
                .into_iter()
                .filter(|(_, m)| *m == Msg::Keys(KeyMsg::KeyHelp)),
        );
    }
    hints.extend(help_lines(&own, true));
    if contexts.contains(&Context::TopLevel) {
        hints.extend(
            help_lines(&[Context::TopLevel], true)
                .into_iter()
                .filter(|(_, m)| *m != Msg::Keys(KeyMsg::KeyHelp)),
        );
    }
    let (mut seen, mut seen_keys) = (Vec::new(), Vec::new());
    let mut shown: Vec<(Msg, String, String)> = Vec::new();
    for (keys, msg) in hints {
        // A key shown once is not shown again with another meaning from a context
        // below (with a history entry chosen, e and d are the entry's, not the card's).
        if seen.contains(&msg) || seen_keys.contains(&keys) || moot.contains(&msg) {
            continue;
        }
        seen.push(msg);
        seen_keys.push(keys.clone());
        let keys = localize_keys(&keys, locale.lang);
        shown.push((msg, format!(" {keys}"), format!(" {} ", locale.t(msg))));
    }
    let w = |(_, keys, text): &(Msg, String, String)| keys.width() + text.width();
    let quit = shown
        .iter()
        .position(|(m, _, _)| *m == Msg::Keys(KeyMsg::KeyQuit))
        .map(|i| shown.remove(i));
    let mut used = quit.as_ref().map_or(0, w);
    let mut out = Vec::new();
    for hint in shown {
        if used + w(&hint) > width {
            break;
        }
        used += w(&hint);
        out.push(hint);
    }
    out.extend(quit.filter(|q| w(q) <= width));
    out.into_iter()
        .map(|(_, keys, text)| (keys, text))
        .collect()
}

fn render_status(app: &App, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, theme::status_bar());
    // Room left of the message, when there is one.
    let said = app
        .status
        .as_ref()
        .map_or(0, |s| s.text.width() + 2)
        .min(area.width as usize);
    let mut moot = Vec::new();
    if let Some(scroll) = app.overlays.help_scroll() {
        let below = app.contexts_below_overlays();
        let (up, down) = help::can_scroll(&below, scroll, &app.locale, app.body());
        if !up {
            moot.push(Msg::Keys(KeyMsg::KeyPageUp));
        }
        if !down {
            moot.push(Msg::Keys(KeyMsg::KeyPageDown));
        }
    }
    // The scene editor's first and last steps have no step before or after.
    if app.tab == Tab::Moments
        && let Some(e) = app.moments().editor()
    {
        use crate::domain::SceneStep;
        use crate::i18n::MomentMsg;
        match e.step {
            SceneStep::Identify => moot.push(Msg::Moments(MomentMsg::KeyPrevStep)),
            SceneStep::Plan => moot.push(Msg::Moments(MomentMsg::KeyNextStep)),
            _ => {}
        }
    }
    let mut spans = Vec::new();
    let width = area.width as usize - said;
    for (keys, text) in status_hints(&app.contexts(), &moot, &app.locale, width) {
        spans.push(Span::styled(keys, theme::status_key()));
        spans.push(Span::styled(text, theme::status_bar()));
    }
    Line::from(spans).render(area, buf);
    if let Some(status) = &app.status {
        let style = if status.is_error {
            theme::error()
        } else {
            theme::ok()
        };
        let text = format!(" {} ", status.text);
        let width = (text.chars().count() as u16).min(area.width);
        let right = Rect {
            x: area.x + area.width - width,
            width,
            ..area
        };
        buf.set_style(right, theme::status_bar());
        Span::styled(
            text,
            style.patch(theme::status_bar().fg(style.fg.unwrap_or_default())),
        )
        .render(right, buf);
    }
}
