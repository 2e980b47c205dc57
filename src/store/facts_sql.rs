//! The facts of classification as one SQL query: the reference implementation.
//!
//! The store gathers the same facts faster by merging simpler ordered queries in Rust
//! ([`super::facts`]); tests check both agree, benchmarks compare their speed.

use chrono::{NaiveDate, NaiveDateTime};

use super::classification::day_after;
use super::{Result, Store, Table, must_exist};
use crate::domain::dashboard::a_year_before;
use crate::domain::{ClassificationRules, ClientFacts, ClientId, Market};

/// Per client, as of `?1` (the day after today, exclusive): first and last purchase,
/// the last purchase before `?5` (the day after the same day a year earlier), purchases,
/// spend and margin since `?2` (the window's first day), the gaps of the latest `?3`
/// valuations, referrals and complaints still open; `?4` limits the rows to one client
/// (NULL: everyone). The market (buyers and spend in the window) is computed over every
/// client either way.
pub const FACTS_SQL: &str = "
WITH p AS (
    SELECT client_id,
           min(at) FILTER (WHERE amount_cents >= 0) AS first_at,
           max(at) FILTER (WHERE amount_cents >= 0) AS last_at,
           max(at) FILTER (WHERE at < ?5 AND amount_cents >= 0) AS last_at_then,
           count(*) FILTER (WHERE at >= ?2 AND amount_cents >= 0) AS n_window,
           coalesce(sum(amount_cents) FILTER (WHERE at >= ?2), 0) AS spend_window,
           sum(margin_cents) FILTER (WHERE at >= ?2) AS margin_window
    FROM log_entry
    WHERE kind = 'purchase' AND at < ?1
    GROUP BY client_id
),
market AS (
    SELECT count(*) FILTER (WHERE n_window > 0) AS buyers, coalesce(sum(spend_window), 0) AS total
    FROM p
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
),
o AS (
    SELECT client_id, count(*) AS open
    FROM log_entry
    WHERE kind = 'complaint' AND at < ?1 AND (resolved_at IS NULL OR resolved_at >= ?1)
      AND (?4 IS NULL OR client_id = ?4)
    GROUP BY client_id
)
SELECT c.id, c.name, p.first_at, p.last_at, p.last_at_then,
       coalesce(p.n_window, 0), coalesce(p.spend_window, 0), p.margin_window,
       coalesce(v.gap_sum, 0), coalesce(v.n, 0), coalesce(r.referrals, 0),
       coalesce(o.open, 0), c.member_since, c.birthday, c.created_at,
       market.buyers, market.total
FROM client c
CROSS JOIN market
LEFT JOIN p ON p.client_id = c.id
LEFT JOIN v ON v.client_id = c.id
LEFT JOIN r ON r.client_id = c.id
LEFT JOIN o ON o.client_id = c.id
WHERE ?4 IS NULL OR c.id = ?4
ORDER BY c.id";

impl Store {
    /// The same facts as [`Store::classification_facts`], computed by SQLite alone in one
    /// query: the reference that tests and benchmarks compare the store's own way with.
    pub fn classification_facts_in_sql(
        &self,
        rules: &ClassificationRules,
        today: NaiveDate,
        client: Option<ClientId>,
    ) -> Result<(Vec<ClientFacts>, Market)> {
        if let Some(id) = client {
            must_exist(&self.conn, Table::Client, id)?;
        }
        let window_start = rules.window_start(today).to_string();
        let then = day_after(a_year_before(today));
        let mut stmt = self.conn.prepare_cached(FACTS_SQL)?;
        let mut market = Market::default();
        let rows = stmt.query_map(
            rusqlite::params![
                day_after(today),
                window_start,
                rules.satisfaction_last,
                client,
                then
            ],
            |row| {
                let day = |i| -> rusqlite::Result<Option<NaiveDate>> {
                    Ok(row.get::<_, Option<NaiveDateTime>>(i)?.map(|t| t.date()))
                };
                let created: NaiveDateTime = row.get(14)?;
                let facts = ClientFacts {
                    client_id: row.get(0)?,
                    name: row.get(1)?,
                    first_purchase: day(2)?,
                    last_purchase: day(3)?,
                    last_purchase_a_year_ago: day(4)?,
                    purchases_in_window: row.get(5)?,
                    spend_in_window_cents: row.get(6)?,
                    margin_in_window_cents: row.get(7)?,
                    gap_sum: row.get(8)?,
                    valuations: row.get(9)?,
                    referrals: row.get(10)?,
                    open_complaints: row.get(11)?,
                    member_since: row.get(12)?,
                    birthday: row.get(13)?,
                    created_on: created.date(),
                };
                let market = Market {
                    buyers_in_window: row.get(15)?,
                    spend_in_window_cents: row.get(16)?,
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
}
