//! The mouse: a click on a tab shows it, on a client row selects it, a double click
//! opens the card, the wheel moves as ↑/↓ do; nothing when the config turned it off.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use super::action::{Action, ClientsAction};
use super::app::App;
use super::effect::Effect;
use super::tabs::Tab;

/// Two clicks on the same cell closer than this are a double click.
const DOUBLE_CLICK: std::time::Duration = std::time::Duration::from_millis(500);

/// A mouse event at `at`: a click on a tab shows it; on a client row it selects
/// the row, a double click opens the card; the wheel moves as ↑/↓ do. Nothing when
/// the config turned the mouse off.
pub fn on_mouse(app: &mut App, m: MouseEvent, at: std::time::Instant) -> Vec<Effect> {
    if !app.settings.mouse {
        return Vec::new();
    }
    match m.kind {
        MouseEventKind::ScrollDown => app.update(Action::MoveDown),
        MouseEventKind::ScrollUp => app.update(Action::MoveUp),
        MouseEventKind::Down(MouseButton::Left) => {
            let double = app.last_click.is_some_and(|(when, x, y)| {
                (x, y) == (m.column, m.row) && at.duration_since(when) < DOUBLE_CLICK
            });
            app.last_click = Some((at, m.column, m.row));
            if !app.overlays.is_empty() {
                return Vec::new();
            }
            if m.row == 0 {
                return match super::view::tab_at(m.column, &app.locale) {
                    Some(tab) => app.update(Action::SwitchTab(tab)),
                    None => Vec::new(),
                };
            }
            let first_row = 1 + crate::tui::tabs::clients::CHROME_ROWS;
            if app.tab == Tab::Clients
                && app.clients.card().is_none()
                && app.clients.form().is_none()
                && m.row >= first_row
            {
                let row = app.clients.list().offset + usize::from(m.row - first_row);
                if row < app.clients.list().len() {
                    let mut effects = app.update(Action::Clients(ClientsAction::SelectRow(row)));
                    if double {
                        effects.extend(app.update(Action::Clients(ClientsAction::OpenCard)));
                    }
                    return effects;
                }
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}
