//! The facts behind classification, gathered with one aggregate query.

use chrono::{Days, NaiveDate, NaiveDateTime};

use super::{Result, Store, StoreError};
use crate::domain::{Classification, ClassificationRules, ClientFacts, ClientId, Market};

/// Per client, as of `?1` (the day after today, exclusive): last purchase, purchases and
/// spend since `?2` (the window's first day), the gaps of the latest `?3` valuations and
/// the referrals; `?4` limits the rows to one client (NULL: everyone). The market (buyers
/// and spend in the window) is computed over every client either way.
pub const FACTS_SQL: &str = "
WITH p AS (
    SELECT client_id,
           max(at) AS last_at,
           count(*) FILTER (WHERE at >= ?2) AS n_window,
           coalesce(sum(amount_cents) FILTER (WHERE at >= ?2), 0) AS spend_window
    FROM log_entry
    WHERE kind = 'purchase' AND at < ?1
    GROUP BY client_id
),
market AS (
    SELECT count(*) AS buyers, coalesce(sum(spend_window), 0) AS total FROM p WHERE n_window > 0
),
v AS (
    SELECT client_id, sum(perceived - expected) AS gap_sum, count(*) AS n
    FROM (
        SELECT client_id, perceived, expected,
               row_number() OVER (PARTITION BY client_id ORDER BY at DESC, id DESC) AS rn
        FROM log_entry
        WHERE expected IS NOT NULL AND at < ?1 AND (?4 IS NULL OR client_id = ?4)
    )
    WHERE rn <= ?3
    GROUP BY client_id
),
r AS (
    SELECT referred_by AS client_id, count(*) AS referrals
    FROM client
    WHERE referred_by IS NOT NULL AND created_at < ?1 AND (?4 IS NULL OR referred_by = ?4)
    GROUP BY referred_by
)
SELECT c.id, c.name, p.last_at, coalesce(p.n_window, 0), coalesce(p.spend_window, 0),
       coalesce(v.gap_sum, 0), coalesce(v.n, 0), coalesce(r.referrals, 0),
       market.buyers, market.total
FROM client c
CROSS JOIN market
LEFT JOIN p ON p.client_id = c.id
LEFT JOIN v ON v.client_id = c.id
LEFT JOIN r ON r.client_id = c.id
WHERE ?4 IS NULL OR c.id = ?4
ORDER BY c.id";

impl Store {
    /// The facts of every client (or of `client`) as of `today`, and the market they
    /// are measured against.
    pub fn classification_facts(
        &self,
        rules: &ClassificationRules,
        today: NaiveDate,
        client: Option<ClientId>,
    ) -> Result<(Vec<ClientFacts>, Market)> {
        if let Some(id) = client {
            let exists: bool = self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM client WHERE id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            if !exists {
                return Err(StoreError::NoClient(id));
            }
        }
        let next_day = today
            .checked_add_days(Days::new(1))
            .unwrap_or(today)
            .to_string();
        let window_start = rules.window_start(today).to_string();
        let mut stmt = self.conn.prepare_cached(FACTS_SQL)?;
        let mut market = Market::default();
        let rows = stmt.query_map(
            rusqlite::params![next_day, window_start, rules.satisfaction_last, client],
            |row| {
                let last_at: Option<NaiveDateTime> = row.get(2)?;
                let facts = ClientFacts {
                    client_id: row.get(0)?,
                    name: row.get(1)?,
                    last_purchase: last_at.map(|t| t.date()),
                    purchases_in_window: row.get(3)?,
                    spend_in_window_cents: row.get(4)?,
                    gap_sum: row.get(5)?,
                    valuations: row.get(6)?,
                    referrals: row.get(7)?,
                };
                let market = Market {
                    buyers_in_window: row.get(8)?,
                    spend_in_window_cents: row.get(9)?,
                };
                Ok((facts, market))
            },
        )?;
        let mut facts = Vec::new();
        for row in rows {
            let (f, m) = row?;
            market = m;
            facts.push(f);
        }
        Ok((facts, market))
    }

    /// Every client's classification (or `client`'s) as of `today`.
    pub fn classify(
        &self,
        rules: &ClassificationRules,
        today: NaiveDate,
        client: Option<ClientId>,
    ) -> Result<Vec<Classification>> {
        let (facts, market) = self.classification_facts(rules, today, client)?;
        Ok(facts
            .into_iter()
            .map(|f| rules.classify(f, market, today))
            .collect())
    }
}
