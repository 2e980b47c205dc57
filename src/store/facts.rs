//! The facts of classification and loyalty, gathered fast: a few simple queries, each
//! ordered by client id, merged in Rust. Purchases stream past once, in index order, and
//! feed both the per-client facts and the dashboard's monthly chart; no query needs a
//! temporary index or sort. `facts_sql` (built for tests and benchmarks only) computes the same facts in one SQL
//! query, as a reference.

use std::iter::Peekable;

use chrono::{Datelike, NaiveDate};
use rusqlite::ToSql;
use rusqlite::types::Type;

use super::classification::day_after;
use super::{Result, Store, StoreError};
use crate::domain::dashboard::{PurchaseMonth, a_year_before};
use crate::domain::{ClassificationRules, ClientFacts, ClientId, Market};

/// Every purchase on or before today (`?1` is the day after), client by client, oldest
/// first; `?2` limits it to one client.
const PURCHASES_ALL: &str = "SELECT client_id, at, amount_cents, margin_cents FROM log_entry
    WHERE kind = 'purchase' AND at < ?1 ORDER BY client_id, at";
const PURCHASES_ONE: &str = "SELECT client_id, at, amount_cents, margin_cents FROM log_entry
    WHERE kind = 'purchase' AND client_id = ?2 AND at < ?1 ORDER BY client_id, at";
/// Buyers and their spend in the window [`?2`, `?1`), for one client's volume: a
/// return (a negative amount) makes no buyer and comes off the spend.
const MARKET: &str = "SELECT count(DISTINCT client_id) FILTER (WHERE amount_cents >= 0),
        coalesce(sum(amount_cents), 0)
    FROM log_entry WHERE kind = 'purchase' AND at >= ?2 AND at < ?1";
/// The cards: `?1` one client or NULL for everyone.
const CLIENTS: &str = "SELECT id, name, member_since, birthday, created_at FROM client
    WHERE ?1 IS NULL OR id = ?1 ORDER BY id";
/// Gaps of the latest `?2` valuations before `?1`, per client.
const VALUATIONS: &str = "SELECT client_id, sum(perceived - expected), count(*) FROM (
        SELECT client_id, perceived, expected,
               row_number() OVER (PARTITION BY client_id ORDER BY at DESC, id DESC) AS rn
        FROM log_entry
        WHERE expected IS NOT NULL AND at < ?1 AND (?3 IS NULL OR client_id = ?3)
    ) WHERE rn <= ?2 GROUP BY client_id ORDER BY client_id";
/// Clients each one referred, created before `?1`.
const REFERRALS: &str = "SELECT referred_by, count(*) FROM client
    WHERE referred_by IS NOT NULL AND created_at < ?1 AND (?2 IS NULL OR referred_by = ?2)
    GROUP BY referred_by ORDER BY referred_by";
/// Complaints made before `?1` and not answered by then, client by client.
const OPEN_COMPLAINTS: &str = "SELECT client_id, at FROM log_entry
    WHERE kind = 'complaint' AND at < ?1 AND (resolved_at IS NULL OR resolved_at >= ?1)
      AND (?2 IS NULL OR client_id = ?2)
    ORDER BY client_id";

/// What the store gathers about the clients as of a day.
#[derive(Debug, Default)]
pub(super) struct Gathered {
    /// Each client's facts, in id order.
    pub facts: Vec<ClientFacts>,
    /// The buyers of the window and their spend.
    pub market: Market,
    /// Each client's purchase months since the chart's start (when asked for).
    pub months: Vec<PurchaseMonth>,
    /// Ages in days of the complaints open as of the day.
    pub complaint_ages: Vec<i64>,
}

/// The day of an ISO timestamp (`YYYY-MM-DD…`), without a full parse.
fn day_of(text: &str) -> Option<NaiveDate> {
    let num = |range: std::ops::Range<usize>| text.get(range)?.parse::<u32>().ok();
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// What the purchases say about one client.
#[derive(Debug, Default)]
struct Purchases {
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    last_a_year_ago: Option<NaiveDate>,
    in_window: u32,
    spend: i64,
    margin: Option<i64>,
}

/// The bounds of the purchase scan, as ISO text compared with `at`.
struct Bounds {
    window_start: String,
    year_ago_end: String,
    chart_start: Option<String>,
}

/// A timestamp that is not one, as the error rusqlite gives for a bad column.
fn bad_timestamp(text: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        1,
        Type::Text,
        format!("log_entry.at `{text}` is not a timestamp").into(),
    )
}

/// The value of `id` in `rows` (both in client order), skipping clients before it.
fn take<T>(rows: &mut Peekable<impl Iterator<Item = (ClientId, T)>>, id: ClientId) -> Option<T> {
    while rows.next_if(|(c, _)| *c < id).is_some() {}
    rows.next_if(|(c, _)| *c == id).map(|(_, v)| v)
}

impl Store {
    /// `(client, value)` rows of a query, in client order.
    fn by_client<T>(
        &self,
        sql: &str,
        params: &[&dyn ToSql],
        value: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Peekable<std::vec::IntoIter<(ClientId, T)>>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params, |row| Ok((row.get(0)?, value(row)?)))?;
        Ok(rows
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .peekable())
    }

    /// Streams the purchases once: per-client facts, and (from `chart_start` on) each
    /// client's months for the dashboard's chart.
    fn scan_purchases(
        &self,
        next_day: &str,
        bounds: &Bounds,
        client: Option<ClientId>,
        months: &mut Vec<PurchaseMonth>,
    ) -> Result<Vec<(ClientId, Purchases)>> {
        let mut stmt = self.conn.prepare_cached(match client {
            Some(_) => PURCHASES_ONE,
            None => PURCHASES_ALL,
        })?;
        let mut rows = match client {
            Some(id) => stmt.query(rusqlite::params![next_day, id])?,
            None => stmt.query([next_day])?,
        };
        let mut out: Vec<(ClientId, Purchases)> = Vec::new();
        while let Some(row) = rows.next()? {
            let id: ClientId = row.get(0)?;
            let at = row
                .get_ref(1)?
                .as_str()
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(1, Type::Text, e.into()))?;
            let amount: i64 = row.get(2)?;
            let margin: Option<i64> = row.get(3)?;
            let day = day_of(at).ok_or_else(|| bad_timestamp(at))?;
            if out.last().is_none_or(|(c, _)| *c != id) {
                out.push((id, Purchases::default()));
            }
            let Some((_, p)) = out.last_mut() else {
                continue;
            };
            // A return (negative amount) is no purchase for frequency, the last
            // purchase or the lifecycle; it comes off the spend and the margin.
            let bought = amount >= 0;
            if bought {
                p.first.get_or_insert(day);
                p.last = Some(day);
                if at < bounds.year_ago_end.as_str() {
                    p.last_a_year_ago = Some(day);
                }
            }
            if at >= bounds.window_start.as_str() {
                p.in_window += u32::from(bought);
                p.spend += amount;
                if let Some(m) = margin {
                    *p.margin.get_or_insert(0) += m;
                }
            }
            if let Some(start) = &bounds.chart_start
                && at >= start.as_str()
            {
                let month = day.with_day(1).unwrap_or(day);
                let last = bought.then_some(day);
                match months.last_mut() {
                    Some(m) if m.client_id == id && m.month == month => {
                        m.last = last.or(m.last);
                        m.spend_cents += amount;
                    }
                    _ => months.push(PurchaseMonth {
                        client_id: id,
                        month,
                        last,
                        spend_cents: amount,
                    }),
                }
            }
        }
        Ok(out)
    }

    /// The facts of every client (or of `client`) as of `today`, and the market they
    /// are measured against.
    pub fn classification_facts(
        &self,
        rules: &ClassificationRules,
        today: NaiveDate,
        client: Option<ClientId>,
    ) -> Result<(Vec<ClientFacts>, Market)> {
        let g = self.gather_facts(rules, today, client, None)?;
        Ok((g.facts, g.market))
    }

    /// The facts, the market, the ages of the open complaints and, when `chart_start`
    /// is given, every client's purchase months since then.
    pub(super) fn gather_facts(
        &self,
        rules: &ClassificationRules,
        today: NaiveDate,
        client: Option<ClientId>,
        chart_start: Option<NaiveDate>,
    ) -> Result<Gathered> {
        let next_day = day_after(today);
        let bounds = Bounds {
            window_start: rules.window_start(today).to_string(),
            year_ago_end: day_after(a_year_before(today)),
            chart_start: chart_start.map(|d| d.to_string()),
        };
        let mut months = Vec::new();
        let purchases = self.scan_purchases(&next_day, &bounds, client, &mut months)?;
        let market = match client {
            Some(_) => self.conn.prepare_cached(MARKET)?.query_row(
                [&next_day, &bounds.window_start],
                |r| {
                    Ok(Market {
                        buyers_in_window: r.get(0)?,
                        spend_in_window_cents: r.get(1)?,
                    })
                },
            )?,
            None => {
                // Net spend: a return in the window comes off, whoever made it.
                Market {
                    buyers_in_window: purchases.iter().filter(|(_, p)| p.in_window > 0).count()
                        as u32,
                    spend_in_window_cents: purchases.iter().map(|(_, p)| p.spend).sum(),
                }
            }
        };
        let mut purchases = purchases.into_iter().peekable();
        let mut valuations = self.by_client(
            VALUATIONS,
            &[&next_day, &rules.satisfaction_last, &client],
            |r| Ok((r.get::<_, i64>(1)?, r.get::<_, u32>(2)?)),
        )?;
        let mut referrals =
            self.by_client(REFERRALS, &[&next_day, &client], |r| r.get::<_, u32>(1))?;
        // One row per open complaint: its age, and a count per client.
        let mut complaint_ages = Vec::new();
        let mut counts: Vec<(ClientId, u32)> = Vec::new();
        for (id, at) in self.by_client(OPEN_COMPLAINTS, &[&next_day, &client], |r| {
            r.get::<_, chrono::NaiveDateTime>(1)
        })? {
            complaint_ages.push((today - at.date()).num_days());
            match counts.last_mut() {
                Some((last, n)) if *last == id => *n += 1,
                _ => counts.push((id, 1)),
            }
        }
        let mut complaints = counts.into_iter().peekable();
        let mut stmt = self.conn.prepare_cached(CLIENTS)?;
        let rows = stmt.query_map([client], |row| {
            let created: chrono::NaiveDateTime = row.get(4)?;
            Ok(ClientFacts {
                client_id: row.get(0)?,
                name: row.get(1)?,
                member_since: row.get(2)?,
                birthday: row.get(3)?,
                created_on: created.date(),
                ..Default::default()
            })
        })?;
        let mut facts = Vec::new();
        for row in rows {
            let mut f = row?;
            let id = f.client_id;
            if let Some(p) = take(&mut purchases, id) {
                f.first_purchase = p.first;
                f.last_purchase = p.last;
                f.last_purchase_a_year_ago = p.last_a_year_ago;
                f.purchases_in_window = p.in_window;
                f.spend_in_window_cents = p.spend;
                f.margin_in_window_cents = p.margin;
            }
            if let Some((gap_sum, n)) = take(&mut valuations, id) {
                f.gap_sum = gap_sum;
                f.valuations = n;
            }
            f.referrals = take(&mut referrals, id).unwrap_or(0);
            f.open_complaints = take(&mut complaints, id).unwrap_or(0);
            facts.push(f);
        }
        if let Some(id) = client
            && facts.is_empty()
        {
            return Err(StoreError::NoClient(id));
        }
        Ok(Gathered {
            facts,
            market,
            months,
            complaint_ages,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_come_from_the_timestamp_prefix() {
        assert_eq!(
            day_of("2026-03-14T10:30:00"),
            NaiveDate::from_ymd_opt(2026, 3, 14)
        );
        assert_eq!(day_of("2026-02-30T10:30:00"), None);
        assert_eq!(day_of("hoy"), None);
    }
}
