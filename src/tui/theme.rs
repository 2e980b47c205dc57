//! Every colour and style of the UI, in one place.

use ratatui::style::{Color, Modifier, Style};

/// Bars of the monthly spend.
pub fn chart_spend() -> Style {
    Style::new().fg(Color::Cyan)
}

/// Bars of the active clients.
pub fn chart_active() -> Style {
    Style::new().fg(Color::Green)
}

/// The active tab.
pub fn tab_active() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD)
}

/// An inactive tab.
pub fn tab_inactive() -> Style {
    Style::new().fg(Color::Gray)
}

/// Table headers.
pub fn header() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// The selected row of a list.
pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

/// Characters a search matched.
pub fn matched() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

/// Grey hints and secondary text.
pub fn hint() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// Labels of fields.
pub fn label() -> Style {
    Style::new().fg(Color::Cyan)
}

/// Section titles inside a pane.
pub fn section() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// Errors: invalid fields, failures, things that need attention now.
pub fn error() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

/// Good news in the status bar.
pub fn ok() -> Style {
    Style::new().fg(Color::Green)
}

/// The status bar's background.
pub fn status_bar() -> Style {
    Style::new().bg(Color::DarkGray).fg(Color::White)
}

/// Keys named in the status bar.
pub fn status_key() -> Style {
    Style::new()
        .bg(Color::DarkGray)
        .fg(Color::Yellow)
        .add_modifier(Modifier::BOLD)
}

/// The text cursor of the focused input.
pub fn cursor() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

/// The cursor of a text input: shown only where the user is typing.
pub fn cursor_when(focused: bool) -> Style {
    if focused { cursor() } else { Style::new() }
}

/// The focused field of a form.
pub fn focused_field() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

/// Borders of popups.
pub fn popup_border() -> Style {
    Style::new().fg(Color::Yellow)
}

/// A scene's gap (expected minus delivered): red from 2, yellow at 1, green when the
/// shop meets or beats what is expected.
pub fn gap(gap: Option<i8>) -> Style {
    match gap {
        Some(g) if g >= 2 => error(),
        Some(1) => Style::new().fg(Color::Yellow),
        Some(_) => ok(),
        None => hint(),
    }
}

/// The step the scene editor shows, in its progress bar.
pub fn step_current() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD)
}

/// Steps complete, in the progress bar.
pub fn step_done() -> Style {
    Style::new().fg(Color::Green)
}
