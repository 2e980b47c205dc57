//! The interaction log: every contact with a client, and the voice of the customer.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::attributes::{Channel, coded_enum};
use super::client::ClientId;
use super::money::MAX_AMOUNT_CENTS;

/// Row id of a log entry.
pub type EntryId = i64;

coded_enum! {
    /// What happened.
    pub enum EntryKind {
        /// The client came to the shop.
        Visit,
        /// A phone call.
        Call,
        /// A purchase, with its amount.
        Purchase,
        /// A complaint (reclamo): open until answered.
        Complaint,
        /// A compliment (cumplido).
        Compliment,
        /// A suggestion.
        Suggestion,
        /// A query (consulta).
        Query,
        /// A satisfaction survey.
        Survey,
        /// An offer sent to the client.
        Offer,
    }
}

impl EntryKind {
    /// The channel such an entry usually comes through.
    pub fn usual_channel(self) -> Channel {
        match self {
            EntryKind::Call => Channel::Phone,
            EntryKind::Offer => Channel::Email,
            _ => Channel::InPerson,
        }
    }

    /// Whether entries of this kind may carry a quality valuation.
    pub fn takes_valuation(self) -> bool {
        matches!(self, EntryKind::Survey | EntryKind::Visit)
    }
}

/// What the client expected and what they perceived they got, each 1–5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Valuation {
    /// Expected quality, 1–5.
    pub expected: u8,
    /// Perceived quality, 1–5.
    pub perceived: u8,
}

impl Valuation {
    /// perceived − expected: the seeds' measure of quality.
    pub fn gap(self) -> i8 {
        self.perceived as i8 - self.expected as i8
    }
}

/// How a complaint was answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    /// When it was answered.
    pub at: NaiveDateTime,
    /// The answer given.
    pub answer: String,
}

/// A log entry as typed: what a [`LogEntry`] holds besides its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    /// Who.
    pub client_id: ClientId,
    /// When.
    pub at: NaiveDateTime,
    /// What.
    pub kind: EntryKind,
    /// Through which channel.
    pub channel: Channel,
    /// Free text.
    pub note: String,
    /// Purchases: the amount in cents.
    pub amount_cents: Option<i64>,
    /// Purchases: the margin in cents, when known.
    pub margin_cents: Option<i64>,
    /// Surveys and visits: the quality valuation.
    pub valuation: Option<Valuation>,
    /// Complaints logged with their answer already given (history, imports).
    pub resolution: Option<Resolution>,
}

/// Why a new entry was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EntryError {
    /// A purchase without an amount.
    #[error("a purchase needs an amount")]
    MissingAmount,
    /// An amount on something that is not a purchase.
    #[error("only purchases have an amount or a margin")]
    AmountNotPurchase,
    /// A purchase of nothing.
    #[error("a purchase needs an amount other than 0 (a return is negative)")]
    ZeroAmount,
    /// A margin greater than the amount (a positive margin cannot exceed what was paid;
    /// a return gives back at most its amount).
    #[error("the margin cannot be greater than the amount")]
    MarginBeyondAmount,
    /// An amount or margin beyond what one entry may carry.
    #[error("an amount or margin goes up to 10000000.00 (got {}.{:02})", .0 / 100, (.0 % 100).abs())]
    AmountTooLarge(i64),
    /// A valuation outside 1–5.
    #[error("expected and perceived quality go from 1 to 5 (got {0})")]
    ValuationRange(u8),
    /// A valuation on a kind that takes none.
    #[error("only surveys and visits carry a quality valuation")]
    ValuationNotAllowed,
    /// A resolution on something that is not a complaint, or one given before it.
    #[error("only complaints are resolved, and not before they are made")]
    BadResolution,
    /// A text longer than it may be.
    #[error("{0}: {1}")]
    TooLong(&'static str, crate::domain::validate::Invalid),
    /// Dated after today: the log says what happened.
    #[error("{} is after today: the log says what happened (plans go in the agenda)", .0.format("%Y-%m-%d %H:%M"))]
    InTheFuture(chrono::NaiveDateTime),
}

impl NewEntry {
    /// An entry of `kind` at `at` through its usual channel, with nothing else.
    pub fn new(client_id: ClientId, kind: EntryKind, at: NaiveDateTime) -> Self {
        Self {
            client_id,
            at,
            kind,
            channel: kind.usual_channel(),
            note: String::new(),
            amount_cents: None,
            margin_cents: None,
            valuation: None,
            resolution: None,
        }
    }

    /// Whether this is a return: a purchase with a negative amount. It is no purchase
    /// for frequency, the last purchase or the lifecycle, and comes off the spend and
    /// the margin of the window.
    pub fn is_return(&self) -> bool {
        self.kind == EntryKind::Purchase && self.amount_cents.is_some_and(|a| a < 0)
    }

    /// Checks the rules of DOMAIN.md for an entry.
    pub fn validate(&self) -> Result<(), EntryError> {
        use crate::domain::validate::{NOTES_MAX, length};
        length(&self.note, NOTES_MAX).map_err(|e| EntryError::TooLong("note", e))?;
        if let Some(r) = &self.resolution {
            length(&r.answer, NOTES_MAX).map_err(|e| EntryError::TooLong("answer", e))?;
        }
        let purchase = self.kind == EntryKind::Purchase;
        match (purchase, self.amount_cents) {
            (true, None) => return Err(EntryError::MissingAmount),
            (false, Some(_)) => return Err(EntryError::AmountNotPurchase),
            _ => {}
        }
        if self.margin_cents.is_some() && !purchase {
            return Err(EntryError::AmountNotPurchase);
        }
        for cents in [self.amount_cents, self.margin_cents].into_iter().flatten() {
            if cents.unsigned_abs() > MAX_AMOUNT_CENTS.unsigned_abs() {
                return Err(EntryError::AmountTooLarge(cents));
            }
        }
        if self.amount_cents == Some(0) {
            return Err(EntryError::ZeroAmount);
        }
        if let (Some(amount), Some(margin)) = (self.amount_cents, self.margin_cents)
            && ((amount > 0 && margin > amount) || (amount < 0 && margin < amount))
        {
            return Err(EntryError::MarginBeyondAmount);
        }
        if let Some(r) = &self.resolution
            && (self.kind != EntryKind::Complaint || r.at < self.at || r.answer.trim().is_empty())
        {
            return Err(EntryError::BadResolution);
        }
        if let Some(v) = self.valuation {
            if !self.kind.takes_valuation() {
                return Err(EntryError::ValuationNotAllowed);
            }
            for score in [v.expected, v.perceived] {
                if !(1..=5).contains(&score) {
                    return Err(EntryError::ValuationRange(score));
                }
            }
        }
        Ok(())
    }
}

/// A stored log entry: its id and what was logged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// Row id.
    pub id: EntryId,
    /// What was logged.
    pub entry: NewEntry,
    /// Bumped by every write of the entry (its answer, for a complaint).
    pub version: crate::domain::Version,
}

impl std::ops::Deref for LogEntry {
    type Target = NewEntry;

    fn deref(&self) -> &NewEntry {
        &self.entry
    }
}

impl LogEntry {
    /// Whether this is a complaint still waiting for an answer.
    pub fn is_open_complaint(&self) -> bool {
        self.kind == EntryKind::Complaint && self.resolution.is_none()
    }

    /// Days a complaint has waited (or waited until answered) as of `today`.
    pub fn age_days(&self, today: NaiveDate) -> i64 {
        let end = self.resolution.as_ref().map_or(today, |r| r.at.date());
        (end - self.at.date()).num_days().max(0)
    }
}

/// An open or answered complaint with the name of its client, for the complaints view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Complaint {
    /// The log entry.
    pub entry: LogEntry,
    /// The client's name.
    pub client_name: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 22)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("date")
    }

    #[test]
    fn purchases_need_an_amount_and_only_they_have_one() {
        let mut e = NewEntry::new(1, EntryKind::Purchase, at());
        assert_eq!(e.validate(), Err(EntryError::MissingAmount));
        e.amount_cents = Some(1250);
        e.margin_cents = Some(-100);
        assert_eq!(e.validate(), Ok(()));
        assert!(!e.is_return());
        e.amount_cents = Some(-1250);
        assert_eq!(e.validate(), Ok(()), "a return");
        assert!(e.is_return());
        let mut visit = NewEntry::new(1, EntryKind::Visit, at());
        visit.amount_cents = Some(100);
        assert_eq!(visit.validate(), Err(EntryError::AmountNotPurchase));
    }

    #[test]
    fn valuations_are_1_to_5_on_surveys_and_visits() {
        let mut survey = NewEntry::new(1, EntryKind::Survey, at());
        survey.valuation = Some(Valuation {
            expected: 4,
            perceived: 5,
        });
        assert_eq!(survey.validate(), Ok(()));
        survey.valuation = Some(Valuation {
            expected: 7,
            perceived: 5,
        });
        assert_eq!(survey.validate(), Err(EntryError::ValuationRange(7)));
        let mut call = NewEntry::new(1, EntryKind::Call, at());
        call.valuation = Some(Valuation {
            expected: 3,
            perceived: 3,
        });
        assert_eq!(call.validate(), Err(EntryError::ValuationNotAllowed));
        assert_eq!(
            Valuation {
                expected: 4,
                perceived: 2
            }
            .gap(),
            -2
        );
    }

    #[test]
    fn usual_channels() {
        assert_eq!(EntryKind::Call.usual_channel(), Channel::Phone);
        assert_eq!(EntryKind::Purchase.usual_channel(), Channel::InPerson);
        assert_eq!(EntryKind::Offer.usual_channel(), Channel::Email);
    }
}
