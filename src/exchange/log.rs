//! Log entries, complaints and classifications as JSON and CSV rows with stable keys.

use super::csv_safe::CsvWriter;
use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::{Classification, Complaint, LogEntry};

fn ts(t: chrono::NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// One log entry, flat.
#[derive(Debug, Serialize)]
pub struct EntryRecord {
    /// Entry id.
    pub id: i64,
    /// Client id.
    pub client_id: i64,
    /// `YYYY-MM-DDTHH:MM:SS`.
    pub at: String,
    /// Kind code.
    pub kind: &'static str,
    /// Channel code.
    pub channel: &'static str,
    /// Free text.
    pub note: String,
    /// Purchases: amount in cents.
    pub amount_cents: Option<i64>,
    /// Purchases: margin in cents.
    pub margin_cents: Option<i64>,
    /// Valuation: expected, 1–5.
    pub expected: Option<u8>,
    /// Valuation: perceived, 1–5.
    pub perceived: Option<u8>,
    /// Complaints: `open` or `resolved`; `null` for other kinds.
    pub status: Option<&'static str>,
    /// Complaints: when answered.
    pub resolved_at: Option<String>,
    /// Complaints: the answer given.
    pub resolution: Option<String>,
}

impl From<&LogEntry> for EntryRecord {
    fn from(e: &LogEntry) -> Self {
        let complaint = e.kind == crate::domain::EntryKind::Complaint;
        Self {
            id: e.id,
            client_id: e.client_id,
            at: ts(e.at),
            kind: e.kind.code(),
            channel: e.channel.code(),
            note: e.note.clone(),
            amount_cents: e.amount_cents,
            margin_cents: e.margin_cents,
            expected: e.valuation.map(|v| v.expected),
            perceived: e.valuation.map(|v| v.perceived),
            status: complaint.then_some(if e.resolution.is_some() {
                "resolved"
            } else {
                "open"
            }),
            resolved_at: e.resolution.as_ref().map(|r| ts(r.at)),
            resolution: e.resolution.as_ref().map(|r| r.answer.clone()),
        }
    }
}

/// One complaint with its client and age, flat.
#[derive(Debug, Serialize)]
pub struct ComplaintRecord {
    /// Entry id.
    pub id: i64,
    /// Client id.
    pub client_id: i64,
    /// The client's name.
    pub client_name: String,
    /// When it was made, `YYYY-MM-DDTHH:MM:SS`.
    pub at: String,
    /// Days open (or until answered).
    pub age_days: i64,
    /// Channel code.
    pub channel: &'static str,
    /// What the client said.
    pub note: String,
    /// `open` or `resolved`.
    pub status: &'static str,
    /// When answered.
    pub resolved_at: Option<String>,
    /// The answer given.
    pub resolution: Option<String>,
}

impl ComplaintRecord {
    /// The record of `complaint` as of `today`.
    pub fn new(complaint: &Complaint, today: NaiveDate) -> Self {
        let e = &complaint.entry;
        Self {
            id: e.id,
            client_id: e.client_id,
            client_name: complaint.client_name.clone(),
            at: ts(e.at),
            age_days: e.age_days(today),
            channel: e.channel.code(),
            note: e.note.clone(),
            status: if e.resolution.is_some() {
                "resolved"
            } else {
                "open"
            },
            resolved_at: e.resolution.as_ref().map(|r| ts(r.at)),
            resolution: e.resolution.as_ref().map(|r| r.answer.clone()),
        }
    }
}

/// The CSV header of classifications, written even when there are no rows.
pub const CLASSIFICATION_COLUMNS: &[&str] = &[
    "client_id",
    "name",
    "lifecycle",
    "frequency",
    "volume",
    "satisfaction",
    "satisfaction_gap",
    "purchases_in_window",
    "spend_in_window_cents",
    "last_purchase",
    "referrals",
];

/// Writes classifications as CSV (columns of [`CLASSIFICATION_COLUMNS`]).
pub fn write_classification_csv(
    w: &mut CsvWriter<impl Write>,
    rows: &[Classification],
) -> csv::Result<()> {
    w.write_record(CLASSIFICATION_COLUMNS)?;
    for c in rows {
        w.write_record([
            c.client_id.to_string(),
            c.name.clone(),
            c.lifecycle.code().into(),
            c.frequency.code().into(),
            c.volume.code().into(),
            c.satisfaction.code().into(),
            c.satisfaction_gap
                .map(|g| format!("{g:.2}"))
                .unwrap_or_default(),
            c.purchases_in_window.to_string(),
            c.spend_in_window_cents.to_string(),
            c.last_purchase.map(|d| d.to_string()).unwrap_or_default(),
            c.referrals.to_string(),
        ])?;
    }
    w.flush()?;
    Ok(())
}
