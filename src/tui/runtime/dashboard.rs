//! The dashboard's effects: every client's standing with the shop's figures, the open
//! complaints, and answering one.

use super::{Outcome, Runtime};
use crate::store::StoreError;
use crate::tui::action::DashboardLoaded;
use crate::tui::effect::DashboardEffect;
use crate::tui::tabs::clients::RowStatus;

impl Runtime {
    pub(super) fn dashboard(&mut self, effect: DashboardEffect) -> Outcome<DashboardLoaded> {
        let now = self.session.clock.now();
        Ok(match effect {
            DashboardEffect::Load(today) => {
                let c = &self.session.config;
                let (standings, figures) =
                    self.store.dashboard(&c.classification, &c.loyalty, today)?;
                let statuses = standings
                    .iter()
                    .map(|s| (s.facts.client_id, RowStatus::from(s)))
                    .collect();
                DashboardLoaded::Figures(statuses, Box::new(figures))
            }
            DashboardEffect::LoadComplaints => {
                DashboardLoaded::Complaints(self.store.complaints(true)?)
            }
            DashboardEffect::Resolve { id, answer, base } => {
                match self.store.resolve_complaint(id, &answer, now, base) {
                    Err(StoreError::Changed { .. }) => return Ok(DashboardLoaded::Changed(id)),
                    other => other?,
                }
                let client_id = self.store.entry(id)?.client_id;
                DashboardLoaded::Resolved { id, client_id }
            }
        })
    }
}
