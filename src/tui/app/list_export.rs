//! Exporting the list as shown: the column picker and what it asks the runtime for.

use super::{App, Popup, Status};
use crate::i18n::{Msg, fill};
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::panes::export_picker::ExportPicker;

impl App {
    /// The list export's actions outside the picker; `None` for any other action.
    pub(super) fn update_list_export(&mut self, action: &Action) -> Option<Vec<Effect>> {
        match action {
            Action::ExportList => {
                let ids = self.list.shown_ids();
                if ids.is_empty() {
                    self.say(Msg::NothingToExport);
                } else {
                    self.popups
                        .push(Popup::ExportList(Box::new(ExportPicker::new(ids))));
                }
            }
            Action::ListExported(path, count) => {
                let text = fill(self.locale.t(Msg::ListExported), count);
                self.status = Some(Status {
                    text: fill(&text, path.display()),
                    is_error: false,
                });
            }
            _ => return None,
        }
        Some(Vec::new())
    }
}

/// What the picker does with the keys; hands back what it does not take.
pub(super) fn update_picker(p: &mut ExportPicker, action: Action) -> Result<Vec<Effect>, Action> {
    match action {
        Action::MoveUp => p.move_by(-1),
        Action::MoveDown => p.move_by(1),
        Action::ToggleClass => p.toggle(),
        Action::NextChoice => p.cycle_dialect(),
        Action::SavePopup => {
            let columns = p.chosen();
            if columns.is_empty() {
                p.error = Some(Msg::NoColumns);
            } else {
                return Ok(vec![Effect::ExportList {
                    ids: p.ids.clone(),
                    columns,
                    dialect: p.dialect,
                }]);
            }
        }
        other => return Err(other),
    }
    Ok(Vec::new())
}
