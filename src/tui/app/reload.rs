//! What to load again when the data changes, so every pane shows the same truth.

use super::App;
use crate::domain::ClientId;
use crate::tui::action::Tab;
use crate::tui::effect::Effect;

impl App {
    /// What to load again after a client's log changed: their card if it is open
    /// (else their classes), the open complaints, and the dashboard if it is shown.
    pub(super) fn reload_after_log(&mut self, client_id: ClientId) -> Vec<Effect> {
        let card_open = self
            .card
            .as_ref()
            .is_some_and(|c| c.details.client.id == client_id);
        // An open card is reloaded with its classification, which also updates the
        // list's status; classifying the client twice would be wasted work.
        let client = if card_open {
            Effect::LoadClient(client_id)
        } else {
            Effect::LoadStatus(client_id)
        };
        let mut effects = vec![client, Effect::LoadComplaints];
        effects.extend(self.data_changed());
        effects
    }

    /// The data changed: the dashboard's figures are out of date. Recomputes them at
    /// once if the dashboard is shown, otherwise when it next is.
    pub(super) fn data_changed(&mut self) -> Vec<Effect> {
        self.dashboard.stale = true;
        self.refresh_dashboard_if_shown()
    }

    pub(super) fn refresh_dashboard_if_shown(&mut self) -> Vec<Effect> {
        if self.tab == Tab::Dashboard && self.dashboard.stale {
            self.dashboard.stale = false;
            vec![Effect::LoadDashboard]
        } else {
            Vec::new()
        }
    }
}
