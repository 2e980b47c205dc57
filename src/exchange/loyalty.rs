//! Loyalty rows as JSON and CSV with stable keys.

use super::csv_safe::CsvWriter;
use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::{Conditions, Quadrant, Standing, SuggestedAction};

/// One client's loyalty. In JSON the conditions are an object; in CSV, four columns.
#[derive(Debug, Clone, Serialize)]
pub struct LoyaltyRecord {
    /// Client id.
    pub client_id: i64,
    /// Name.
    pub name: String,
    /// Quadrant code.
    pub quadrant: Quadrant,
    /// Programme member, or frequent/habitual for `bond_months`.
    pub bonded: bool,
    /// Satisfied or delighted; `null` without valuations.
    pub satisfied: Option<bool>,
    /// The four conditions: true, false or null (unknown).
    pub conditions: Conditions,
    /// All four hold.
    pub loyal: bool,
    /// Three hold and the margin is zero or less.
    pub loyal_not_profitable: bool,
    /// Code of what to do.
    pub suggested_action: SuggestedAction,
    /// Programme member as of the day.
    pub member: bool,
    /// First purchase.
    pub first_purchase: Option<NaiveDate>,
    /// Last purchase.
    pub last_purchase: Option<NaiveDate>,
    /// Margin in the window, cents; `null` when none recorded.
    pub margin_in_window_cents: Option<i64>,
}

impl From<&Standing> for LoyaltyRecord {
    fn from(s: &Standing) -> Self {
        let l = &s.loyalty;
        LoyaltyRecord {
            client_id: s.facts.client_id,
            name: s.facts.name.clone(),
            quadrant: l.quadrant,
            bonded: l.bonded,
            satisfied: l.satisfied,
            conditions: l.conditions,
            loyal: l.loyal(),
            loyal_not_profitable: l.conditions.loyal_but_not_profitable(),
            suggested_action: l.action(),
            member: l.member,
            first_purchase: s.facts.first_purchase,
            last_purchase: s.facts.last_purchase,
            margin_in_window_cents: s.facts.margin_in_window_cents,
        }
    }
}

/// The CSV columns of [`write_loyalty_csv`].
pub const LOYALTY_COLUMNS: [&str; 16] = [
    "client_id",
    "name",
    "quadrant",
    "bonded",
    "satisfied",
    "predisposition",
    "buys",
    "endures",
    "profitable",
    "loyal",
    "loyal_not_profitable",
    "suggested_action",
    "member",
    "first_purchase",
    "last_purchase",
    "margin_in_window_cents",
];

/// Writes loyalty rows as CSV: booleans `true`/`false`, unknown empty.
pub fn write_loyalty_csv(w: &mut CsvWriter<impl Write>, rows: &[LoyaltyRecord]) -> csv::Result<()> {
    w.write_record(LOYALTY_COLUMNS)?;
    let opt = |v: Option<bool>| v.map(|b| b.to_string()).unwrap_or_default();
    let day = |v: Option<NaiveDate>| v.map(|d| d.to_string()).unwrap_or_default();
    for r in rows {
        let c = &r.conditions;
        w.write_record([
            r.client_id.to_string(),
            r.name.clone(),
            r.quadrant.code().into(),
            r.bonded.to_string(),
            opt(r.satisfied),
            opt(c.predisposition),
            c.buys.to_string(),
            c.endures.to_string(),
            opt(c.profitable),
            r.loyal.to_string(),
            r.loyal_not_profitable.to_string(),
            r.suggested_action.code().into(),
            r.member.to_string(),
            day(r.first_purchase),
            day(r.last_purchase),
            r.margin_in_window_cents
                .map(|m| m.to_string())
                .unwrap_or_default(),
        ])?;
    }
    w.flush()?;
    Ok(())
}
