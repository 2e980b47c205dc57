//! Classification, loyalty and the dashboard from the gathered facts.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::{ClientOrder, Result, Store};
use crate::domain::dashboard::{chart_start, monthly};
use crate::domain::{
    Classification, ClassificationRules, Client, ClientId, DashboardFigures, LoyaltyRules, Standing,
};

/// The day after `day`, as the exclusive upper bound of timestamps on `day`.
pub(super) fn day_after(day: NaiveDate) -> String {
    day.checked_add_days(Days::new(1))
        .unwrap_or(day)
        .to_string()
}

impl Store {
    /// Every client's classification (or `client`'s) as of `today`.
    pub fn classify(
        &self,
        rules: &ClassificationRules,
        today: NaiveDate,
        client: Option<ClientId>,
    ) -> Result<Vec<Classification>> {
        let (facts, market) = self.classification_facts(rules, today, client)?;
        Ok(facts
            .iter()
            .map(|f| rules.classify(f, market, today))
            .collect())
    }

    /// Every client's standing (or `client`'s) as of `today`: classes, loyalty, to-do.
    pub fn standings(
        &self,
        classification: &ClassificationRules,
        loyalty: &LoyaltyRules,
        today: NaiveDate,
        client: Option<ClientId>,
    ) -> Result<Vec<Standing>> {
        let (facts, market) = self.classification_facts(classification, today, client)?;
        Ok(facts
            .into_iter()
            .map(|f| Standing::assess(classification, loyalty, f, market, today))
            .collect())
    }

    /// Every client's full card, by name as Spanish readers sort, each with their
    /// standing as of `today` when `with_standings` (exports with computed columns).
    pub fn clients_for_export(
        &self,
        classification: &ClassificationRules,
        loyalty: &LoyaltyRules,
        today: NaiveDate,
        with_standings: bool,
    ) -> Result<Vec<(Client, Option<Standing>)>> {
        let mut standings: HashMap<ClientId, Standing> = if with_standings {
            self.standings(classification, loyalty, today, None)?
                .into_iter()
                .map(|s| (s.facts.client_id, s))
                .collect()
        } else {
            HashMap::new()
        };
        let mut clients = self.clients(ClientOrder::Id)?;
        clients.sort_by_cached_key(|c| (c.card.sort_key(), c.id));
        Ok(clients
            .into_iter()
            .map(|c| {
                let standing = standings.remove(&c.id);
                (c, standing)
            })
            .collect())
    }

    /// Every client's standing and the dashboard's figures as of `today`, from one
    /// pass over the purchases.
    pub fn dashboard(
        &self,
        classification: &ClassificationRules,
        loyalty: &LoyaltyRules,
        today: NaiveDate,
    ) -> Result<(Vec<Standing>, DashboardFigures)> {
        let start = chart_start(classification, today);
        let g = self.gather_facts(classification, today, None, Some(start))?;
        let standings: Vec<Standing> = g
            .facts
            .into_iter()
            .map(|f| Standing::assess(classification, loyalty, f, g.market, today))
            .collect();
        let months = monthly(classification, &g.months, today);
        let figures =
            DashboardFigures::compute(classification, &standings, months, g.complaint_ages, today);
        Ok((standings, figures))
    }
}
