//! Client lists as CSV in two dialects, with chosen columns.
//!
//! - `rfc4180`: UTF-8, comma, CRLF, quotes only where needed, ISO dates, `.` decimals.
//! - `excel-es`: UTF-8 with a byte-order mark, `;`, CRLF, dd/mm/yyyy dates and `,`
//!   decimals, so a Spanish Excel or LibreOffice opens it in columns with accents intact.
//!
//! In both, cells a spreadsheet would run as a formula are neutralised (see
//! [`neutralise`](super::csv_safe::neutralise)) unless the caller asks for raw cells.
//!
//! rfc4180's header and values are codes, stable for scripts; excel-es names them in the
//! UI's language. Either file imports back (codes and Spanish or English names are all
//! recognised).

use std::io::Write;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime};
use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

use super::csv_safe::{Cells, CsvWriter};
use crate::domain::money::format_cents;
use crate::domain::{CardField, Client, ClientCard, Standing};
use crate::i18n::{Label, Lang, Locale, Msg};

/// A CSV dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, EnumIter, EnumString, IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Dialect {
    /// RFC 4180: comma, ISO dates, exact data.
    #[default]
    Rfc4180,
    /// Spanish Excel and LibreOffice: BOM, semicolon, dd/mm/yyyy, decimal comma.
    ExcelEs,
}

impl Dialect {
    /// The field delimiter.
    pub fn delimiter(self) -> u8 {
        match self {
            Dialect::Rfc4180 => b',',
            Dialect::ExcelEs => b';',
        }
    }

    /// The decimal separator of amounts.
    pub fn decimal(self) -> char {
        match self {
            Dialect::Rfc4180 => '.',
            Dialect::ExcelEs => ',',
        }
    }

    /// A day as this dialect writes it.
    pub fn date(self, day: NaiveDate) -> String {
        match self {
            Dialect::Rfc4180 => day.to_string(),
            Dialect::ExcelEs => day.format("%d/%m/%Y").to_string(),
        }
    }

    fn timestamp(self, t: NaiveDateTime) -> String {
        match self {
            Dialect::Rfc4180 => t.format("%Y-%m-%dT%H:%M:%S").to_string(),
            Dialect::ExcelEs => t.format("%d/%m/%Y %H:%M:%S").to_string(),
        }
    }
}

/// A column of the client export: the row id, the card's fields, its timestamps, then
/// the computed ones — in that order in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Row id.
    Id,
    /// A field of the card (lists are `; `-separated).
    Card(CardField),
    /// When the card was created.
    CreatedAt,
    /// When the card was last changed.
    UpdatedAt,
    /// Computed as of the export's day.
    Computed(Computed),
}

/// A computed column: classification and loyalty as of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, EnumString, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Computed {
    /// Potential, active, inactive.
    Lifecycle,
    /// Frequency class.
    Frequency,
    /// Volume class.
    Volume,
    /// Satisfaction class.
    Satisfaction,
    /// Mean gap of the latest valuations.
    SatisfactionGap,
    /// Purchases in the window.
    Purchases,
    /// Spend in the window.
    Spend,
    /// Last purchase.
    LastPurchase,
    /// Clients this one referred.
    Referrals,
    /// Complaints waiting for an answer.
    OpenComplaints,
    /// Loyalty quadrant.
    Quadrant,
    /// Bonded, yes/no.
    Bonded,
    /// All four conditions of loyalty hold, yes/no.
    Loyal,
    /// What to do about the client.
    SuggestedAction,
}

impl FromStr for Column {
    type Err = ();

    fn from_str(code: &str) -> Result<Self, ()> {
        Column::all().find(|c| c.code() == code).ok_or(())
    }
}

impl Column {
    /// Every column, in file order.
    pub fn all() -> impl Iterator<Item = Column> {
        std::iter::once(Column::Id)
            .chain(CardField::iter().map(Column::Card))
            .chain([Column::CreatedAt, Column::UpdatedAt])
            .chain(Computed::iter().map(Column::Computed))
    }

    /// The column's code: its CSV header.
    pub fn code(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Card(field) => field.code(),
            Column::CreatedAt => "created_at",
            Column::UpdatedAt => "updated_at",
            Column::Computed(c) => c.into(),
        }
    }

    /// The column's name in `l`'s language: the header of an excel-es file, the export
    /// picker's rows.
    pub fn label(self, l: &Locale) -> &'static str {
        let msg = match self {
            Column::Id => Msg::ColId,
            Column::Card(field) => return l.label(&field),
            Column::CreatedAt => Msg::ColCreatedAt,
            Column::UpdatedAt => Msg::ColUpdatedAt,
            Column::Computed(c) => match c {
                Computed::Lifecycle => Msg::ColLifecycle,
                Computed::Frequency => Msg::ColFrequency,
                Computed::Volume => Msg::ColVolume,
                Computed::Satisfaction => Msg::ColSatisfaction,
                Computed::SatisfactionGap => Msg::ColSatisfactionGap,
                Computed::Purchases => Msg::ColPurchases,
                Computed::Spend => Msg::ColSpend,
                Computed::LastPurchase => Msg::ColLastPurchase,
                Computed::Referrals => Msg::ColReferrals,
                Computed::OpenComplaints => Msg::ColOpenComplaints,
                Computed::Quadrant => Msg::ColQuadrantExport,
                Computed::Bonded => Msg::ColBonded,
                Computed::Loyal => Msg::ColLoyal,
                Computed::SuggestedAction => Msg::ColAction,
            },
        };
        l.t(msg)
    }

    /// The column a header names: its code, or its name in Spanish or English, accents
    /// and case ignored (`Teléfonos`, `telefonos`, `Phones`, `phones`).
    pub fn from_header(header: &str) -> Option<Column> {
        let h = crate::domain::text::fold(header.trim());
        if let Ok(c) = Column::from_str(header.trim()) {
            return Some(c);
        }
        let locales = [Lang::Es, Lang::En].map(|lang| Locale::new(lang, "auto"));
        Column::all().find(|c| {
            locales
                .iter()
                .any(|l| crate::domain::text::fold(c.label(l)) == h)
        })
    }

    /// Whether the column is computed as of a day (classification, loyalty).
    pub fn is_computed(self) -> bool {
        matches!(self, Column::Computed(_))
    }

    /// The card's columns: the default of `export clients` and `client list`.
    pub fn card() -> Vec<Column> {
        Column::all().filter(|c| !c.is_computed()).collect()
    }

    /// Parses a comma-separated list of codes (`phone`, `email` and `tag` name the list
    /// columns too); an unknown code is an error naming the known ones.
    pub fn parse_list(list: &str) -> Result<Vec<Column>, super::why::Why> {
        let mut columns = Vec::new();
        for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let column = match code {
                "phone" => Column::Card(CardField::Phones),
                "email" => Column::Card(CardField::Emails),
                "tag" => Column::Card(CardField::Tags),
                other => Column::from_str(other).map_err(|()| {
                    let known: Vec<&str> = Column::all().map(Column::code).collect();
                    super::why::Why::UnknownColumn {
                        column: other.to_string(),
                        known: known.join(", "),
                    }
                })?,
            };
            if !columns.contains(&column) {
                columns.push(column);
            }
        }
        if columns.is_empty() {
            return Err(super::why::Why::NoColumns);
        }
        Ok(columns)
    }
}

/// One client to export, with their standing when computed columns are asked for.
#[derive(Debug, Clone, Copy)]
pub struct ExportRow<'a> {
    /// The card.
    pub client: &'a Client,
    /// Classes and loyalty as of the export's day.
    pub standing: Option<&'a Standing>,
}

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

/// Writes `rows` with `columns` in `dialect`, the header first; `cells` says whether
/// cells that look like formulas are neutralised (they are, unless `--raw`). excel-es
/// names the columns and values in `locale`'s language (`Nombre;…;Ciclo`, `inactivo`);
/// rfc4180 keeps the codes.
pub fn write_clients(
    mut out: impl Write,
    rows: &[ExportRow<'_>],
    (columns, dialect): (&[Column], Dialect),
    cells: Cells,
    locale: &Locale,
) -> csv::Result<()> {
    let words = match dialect {
        Dialect::ExcelEs => Words(Some(locale)),
        Dialect::Rfc4180 => Words(None),
    };
    if dialect == Dialect::ExcelEs {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = CsvWriter::new(out, dialect.delimiter(), cells);
    w.write_record(columns.iter().map(|c| match words.0 {
        Some(l) => c.label(l),
        None => c.code(),
    }))?;
    for &row in rows {
        w.write_record(
            columns
                .iter()
                .map(|&c| value(row, c, words).in_dialect(dialect)),
        )?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_lists_take_codes_and_singular_aliases() {
        assert_eq!(
            Column::parse_list("name, phone,email,lifecycle"),
            Ok(vec![
                Column::Card(CardField::Name),
                Column::Card(CardField::Phones),
                Column::Card(CardField::Emails),
                Column::Computed(Computed::Lifecycle)
            ])
        );
        let err = Column::parse_list("name,fax")
            .expect_err("unknown")
            .to_string();
        assert!(err.contains("`fax`") && err.contains("quadrant"), "{err}");
        assert!(Column::parse_list(" , ").is_err());
        assert!(Column::card().iter().all(|c| !c.is_computed()));
        assert!(Column::Computed(Computed::Quadrant).is_computed());
        assert!(!Column::UpdatedAt.is_computed());
    }
}
