//! The value of each cell of a client list, typed (text, count, money, date…), for the
//! CSV and the workbook writers alike, and how lists are joined in one cell.

use chrono::{NaiveDate, NaiveDateTime};

use super::client_csv::{Column, Computed, Dialect, ExportRow};
use crate::domain::money::format_cents;
use crate::domain::{CardField, ClientCard, Standing};
use crate::i18n::{Label, Locale, Msg};

/// How the values of a file are written: codes (rfc4180, stable for scripts) or, in
/// excel-es, names in the language of the UI (`inactivo`, `terrorista`, `sí`).
#[derive(Clone, Copy)]
pub struct Words<'a>(pub Option<&'a Locale>);

impl Words<'_> {
    fn code<T: Label>(self, value: &T, code: &'static str) -> String {
        match self.0 {
            Some(l) => l.label(value).to_string(),
            None => code.to_string(),
        }
    }

    fn yes_no(self, v: bool) -> String {
        match (self.0, v) {
            (Some(l), true) => l.t(Msg::Yes).to_string(),
            (Some(l), false) => l.t(Msg::No).to_string(),
            (None, true) => "yes".into(),
            (None, false) => "no".into(),
        }
    }
}

/// One cell's value, typed: a CSV writes it as text in its dialect, a workbook as a
/// cell of its type.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Nothing.
    Empty,
    /// Text as it is (names, phones, postcodes: never a number).
    Text(String),
    /// A whole number (ids, counts).
    Count(i64),
    /// Money in cents.
    Money(i64),
    /// A number with two decimals.
    Decimal(f64),
    /// A day.
    Date(NaiveDate),
    /// A moment.
    Stamp(NaiveDateTime),
}

impl Value {
    fn text(s: impl Into<String>) -> Value {
        let s = s.into();
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s)
        }
    }

    fn date(day: Option<NaiveDate>) -> Value {
        day.map_or(Value::Empty, Value::Date)
    }

    /// The value as text in `d`.
    pub fn in_dialect(self, d: Dialect) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(s) => s,
            Value::Count(n) => n.to_string(),
            Value::Money(cents) => format_cents(cents, d.decimal()),
            Value::Decimal(v) => format!("{v:.2}").replace('.', &d.decimal().to_string()),
            Value::Date(day) if !crate::domain::dates::has_year(day) => match d {
                // A birthday known by day and month: ISO's yearless form, or dd/mm.
                Dialect::Rfc4180 => day.format("--%m-%d").to_string(),
                Dialect::ExcelEs => day.format("%d/%m").to_string(),
            },
            Value::Date(day) => d.date(day),
            Value::Stamp(t) => d.timestamp(t),
        }
    }
}

/// The value of one cell.
pub fn value(row: ExportRow<'_>, column: Column, w: Words<'_>) -> Value {
    match column {
        Column::Id => Value::Count(row.client.id),
        Column::Card(field) => card_value(&row.client.card, field, w),
        Column::CreatedAt => Value::Stamp(row.client.created_at),
        Column::UpdatedAt => Value::Stamp(row.client.updated_at),
        Column::Computed(c) => row
            .standing
            .map_or(Value::Empty, |s| computed_value(s, c, w)),
    }
}

/// A list in one cell, `; ` between items; a `;` or `\\` inside an item is escaped with
/// a backslash, so a tag `a;b` reads back as one tag ([`split_items`]).
pub fn join_items(items: &[String]) -> String {
    items
        .iter()
        .map(|i| i.replace('\\', "\\\\").replace(';', "\\;"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The items of a cell written by [`join_items`].
pub fn split_items(cell: &str) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(next), Some(item)) = (chars.next(), items.last_mut()) {
                    item.push(next);
                }
            }
            ';' => items.push(String::new()),
            c => {
                if let Some(item) = items.last_mut() {
                    item.push(c);
                }
            }
        }
    }
    items
}

/// One field of a card.
fn card_value(k: &ClientCard, field: CardField, w: Words<'_>) -> Value {
    let text = |v: &Option<String>| Value::text(v.clone().unwrap_or_default());
    macro_rules! coded {
        ($v:expr) => {
            Value::text($v.map(|v| w.code(&v, v.code())).unwrap_or_default())
        };
    }
    match field {
        CardField::Name => Value::text(k.name.clone()),
        CardField::GivenName => text(&k.given_name),
        CardField::Surname => text(&k.surname),
        CardField::SecondSurname => text(&k.second_surname),
        CardField::Prefix => text(&k.prefix),
        CardField::Nickname => text(&k.nickname),
        CardField::Organisation => text(&k.organisation),
        CardField::JobTitle => text(&k.job_title),
        CardField::Website => text(&k.website),
        CardField::Region => text(&k.region),
        CardField::Country => text(&k.country),
        CardField::Uid => text(&k.uid),
        CardField::Kind => Value::text(w.code(&k.kind, k.kind.code())),
        CardField::Relation => Value::text(w.code(&k.relation, k.relation.code())),
        CardField::Phones => Value::text(join_items(&k.phones)),
        CardField::Emails => Value::text(join_items(&k.emails)),
        CardField::TaxId => text(&k.tax_id),
        CardField::Address => text(&k.address),
        CardField::City => text(&k.city),
        CardField::Postcode => text(&k.postcode),
        CardField::Birthday => Value::date(k.birthday),
        CardField::PreferredChannel => coded!(k.preferred_channel),
        CardField::MarketingConsent => Value::text(w.yes_no(k.marketing_consent)),
        CardField::ConsentDate => Value::date(k.consent_date),
        CardField::Source => coded!(k.source),
        CardField::ReferredBy => k.referred_by.map_or(Value::Empty, Value::Count),
        CardField::Influence => Value::text(w.code(&k.influence, k.influence.code())),
        CardField::BuyingBehaviour => coded!(k.buying_behaviour),
        CardField::InactivityReason => coded!(k.inactivity_reason),
        CardField::MemberSince => Value::date(k.member_since),
        CardField::Tags => Value::text(join_items(&k.tags)),
        CardField::Notes => Value::text(k.notes.clone()),
    }
}

/// One computed value of a client's standing.
fn computed_value(s: &Standing, column: Computed, w: Words<'_>) -> Value {
    let c = &s.classification;
    let count = |n: u32| Value::Count(i64::from(n));
    match column {
        Computed::Lifecycle => Value::text(w.code(&c.lifecycle, c.lifecycle.code())),
        Computed::Frequency => Value::text(w.code(&c.frequency, c.frequency.code())),
        Computed::Volume => Value::text(w.code(&c.volume, c.volume.code())),
        Computed::Satisfaction => Value::text(w.code(&c.satisfaction, c.satisfaction.code())),
        Computed::SatisfactionGap => c.satisfaction_gap.map_or(Value::Empty, Value::Decimal),
        Computed::Purchases => count(c.purchases_in_window),
        Computed::Spend => Value::Money(c.spend_in_window_cents),
        Computed::LastPurchase => Value::date(c.last_purchase),
        Computed::Referrals => count(c.referrals),
        Computed::OpenComplaints => count(s.facts.open_complaints),
        Computed::Quadrant => Value::text(w.code(&s.loyalty.quadrant, s.loyalty.quadrant.code())),
        Computed::Bonded => Value::text(w.yes_no(s.loyalty.bonded)),
        Computed::Loyal => Value::text(w.yes_no(s.loyalty.loyal())),
        Computed::SuggestedAction => {
            let action = s.loyalty.action();
            Value::text(w.code(&action, action.code()))
        }
    }
}
