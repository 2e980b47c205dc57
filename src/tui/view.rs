//! Draws the whole screen from a borrow of the model.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Widget, Wrap};

use super::action::Tab;
use super::app::{App, Popup};
use super::keymap::help_lines;
use super::panes::card::CardViewWidget;
use super::panes::client_list::ClientListView;
use super::panes::form_view::ClientFormView;
use super::panes::help::HelpView;
use super::theme;
use super::widgets::popup::render_box;
use crate::i18n::{Msg, fill};

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

    let titles = [
        Msg::TabClients,
        Msg::TabAgenda,
        Msg::TabDashboard,
        Msg::TabMoments,
    ]
    .iter()
    .enumerate()
    .map(|(i, m)| format!("{} {}", i + 1, l.t(*m)));
    let selected = Tab::ALL.iter().position(|t| *t == app.tab);
    Tabs::new(titles)
        .select(selected)
        .style(theme::tab_inactive())
        .highlight_style(theme::tab_active())
        .divider("│")
        .render(tabs_area, buf);

    match app.tab {
        Tab::Clients => match (&app.form, &app.card) {
            (Some(form), _) => ClientFormView { form, locale: l }.render(body, buf),
            (None, Some(card)) => CardViewWidget { card, locale: l }.render(body, buf),
            (None, None) => ClientListView {
                list: &app.list,
                locale: l,
            }
            .render(body, buf),
        },
        Tab::Agenda => placeholder(l.t(Msg::PlaceholderAgenda), body, buf),
        Tab::Dashboard => placeholder(l.t(Msg::PlaceholderDashboard), body, buf),
        Tab::Moments => placeholder(l.t(Msg::PlaceholderMoments), body, buf),
    }

    render_status(app, status_area, buf);

    for popup in &app.popups {
        match popup {
            Popup::Help => {
                let below: Vec<_> = app.contexts_below_popups();
                HelpView {
                    contexts: &below,
                    locale: l,
                }
                .render(body, buf);
            }
            Popup::ConfirmDelete { name, .. } => {
                let text = fill(l.t(Msg::ConfirmDelete), name);
                render_box(body, buf, l.t(Msg::KeyDelete), vec![Line::raw(text)], 60);
            }
            Popup::ConfirmDiscard => {
                render_box(
                    body,
                    buf,
                    l.t(Msg::KeyCancel),
                    vec![Line::raw(l.t(Msg::ConfirmDiscard))],
                    44,
                );
            }
        }
    }
}

fn placeholder(text: &str, area: Rect, buf: &mut Buffer) {
    let area = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    Paragraph::new(text)
        .style(theme::hint())
        .wrap(Wrap { trim: true })
        .render(area, buf);
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
