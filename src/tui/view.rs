//! Draws the whole screen from a borrow of the model.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Widget, Wrap};

use super::action::Tab;
use super::app::{App, Popup};
use super::keymap::help_lines;
use super::panes::agenda_view::AgendaPaneView;
use super::panes::card::CardViewWidget;
use super::panes::client_list_view::ClientListView;
use super::panes::dashboard_view::DashboardView;
use super::panes::export_picker::render_picker;
use super::panes::form_view::ClientFormView;
use super::panes::help::HelpView;
use super::panes::moments_view::MomentsView;
use super::panes::quick_log::QuickLogView;
use super::theme;
use super::widgets::TextInput;
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
            (None, Some(card)) => CardViewWidget {
                card,
                locale: l,
                today: app.today,
            }
            .render(body, buf),
            (None, None) => ClientListView {
                list: &app.list,
                locale: l,
            }
            .render(body, buf),
        },
        Tab::Agenda => AgendaPaneView {
            pane: &app.agenda,
            locale: l,
            now: app.now,
        }
        .render(body, buf),
        Tab::Dashboard => DashboardView {
            dashboard: &app.dashboard,
            locale: l,
            today: app.today,
        }
        .render(body, buf),
        Tab::Moments => MomentsView {
            pane: &app.moments,
            locale: l,
            today: app.today,
        }
        .render(body, buf),
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
            Popup::ConfirmDelete { name, act, .. } => {
                let text = fill(l.t(act.question()), name);
                render_box(body, buf, l.t(Msg::KeyDelete), vec![Line::raw(text)], 60);
            }
            Popup::QuickLog(quick) => QuickLogView { quick, locale: l }.render(body, buf),
            Popup::Resolve {
                client_name,
                complaint,
                answer,
                error,
                ..
            } => {
                render_resolve(
                    l,
                    body,
                    buf,
                    client_name,
                    complaint,
                    answer,
                    error.as_deref(),
                );
            }
            Popup::ExportList(picker) => render_picker(picker, l, body, buf),
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

/// The box that asks for the answer given to a complaint.
fn render_resolve(
    l: &crate::i18n::Locale,
    area: Rect,
    buf: &mut Buffer,
    client_name: &str,
    complaint: &str,
    answer: &TextInput,
    error: Option<&str>,
) {
    let mut lines = vec![
        Line::from(Span::styled(client_name.to_string(), theme::section())),
        Line::from(Span::styled(complaint.to_string(), theme::error())),
        Line::default(),
        Line::default(),
        Line::default(),
    ];
    if let Some(e) = error {
        lines.push(Line::from(Span::styled(e.to_string(), theme::error())));
    }
    lines.push(Line::from(Span::styled(
        l.t(Msg::ResolveHint),
        theme::hint(),
    )));
    let (width, height) = (72, lines.len() as u16 + 2);
    render_box(area, buf, l.t(Msg::ResolveTitle), lines, width);
    let rect = super::widgets::popup::centered(area, width, height);
    let input = Rect {
        x: rect.x + 1,
        y: rect.y + 4,
        width: rect.width.saturating_sub(2),
        height: 1,
    };
    if input.y < rect.bottom().saturating_sub(1) {
        answer.render(input.intersection(area), buf);
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
