//! Draws the whole screen from a borrow of the model.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Widget, Wrap};

use super::app::App;
use super::keymap::help_lines;
use super::tabs::{Tab, TabPane};
use super::theme;
use crate::i18n::Msg;

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

    let titles = Tab::ALL
        .iter()
        .map(|t| format!("{} {}", t.number(), l.t(t.title())));
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

fn render_status(app: &App, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, theme::status_bar());
    let mut spans = Vec::new();
    for (keys, msg) in help_lines(&app.contexts(), true) {
        spans.push(Span::styled(format!(" {keys}"), theme::status_key()));
        spans.push(Span::styled(
            format!(" {} ", app.locale.t(msg)),
            theme::status_bar(),
        ));
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
