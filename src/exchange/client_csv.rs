//! Client lists as CSV in two dialects, with chosen columns.
//!
//! - `rfc4180`: UTF-8, comma, CRLF, quotes only where needed, ISO dates, `.` decimals.
//! - `excel-es`: UTF-8 with a byte-order mark, `;`, CRLF, dd/mm/yyyy dates and `,`
//!   decimals, so a Spanish Excel or LibreOffice opens it in columns with accents intact.
//!
//! In both, cells a spreadsheet would run as a formula are neutralised (see
//! [`neutralise`](super::csv_safe::neutralise)) unless the caller asks for raw cells.
//!
//! The header is the columns' codes in both dialects, so either file imports back.

use std::io::Write;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime};
use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

use super::csv_safe::{Cells, CsvWriter};
use crate::domain::money::format_cents;
use crate::domain::{CardField, Client, ClientCard, Standing};

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
    pub fn parse_list(list: &str) -> Result<Vec<Column>, String> {
        let mut columns = Vec::new();
        for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let column = match code {
                "phone" => Column::Card(CardField::Phones),
                "email" => Column::Card(CardField::Emails),
                "tag" => Column::Card(CardField::Tags),
                other => Column::from_str(other).map_err(|()| {
                    let known: Vec<&str> = Column::all().map(Column::code).collect();
                    format!("unknown column `{other}` (known: {})", known.join(", "))
                })?,
            };
            if !columns.contains(&column) {
                columns.push(column);
            }
        }
        if columns.is_empty() {
            return Err("no columns given".into());
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

fn yes_no(v: bool) -> &'static str {
    if v { "yes" } else { "no" }
}

/// The text of one cell, before neutralisation.
fn cell(row: ExportRow<'_>, column: Column, d: Dialect) -> String {
    match column {
        Column::Id => row.client.id.to_string(),
        Column::Card(field) => card_cell(&row.client.card, field, d),
        Column::CreatedAt => d.timestamp(row.client.created_at),
        Column::UpdatedAt => d.timestamp(row.client.updated_at),
        Column::Computed(c) => row
            .standing
            .map(|s| computed_cell(s, c, d))
            .unwrap_or_default(),
    }
}

fn date_cell(day: Option<NaiveDate>, d: Dialect) -> String {
    day.map(|v| d.date(v)).unwrap_or_default()
}

fn code_cell(code: Option<&'static str>) -> String {
    code.unwrap_or_default().to_string()
}

/// One field of a card as text.
fn card_cell(k: &ClientCard, field: CardField, d: Dialect) -> String {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    match field {
        CardField::Name => k.name.clone(),
        CardField::Kind => k.kind.code().into(),
        CardField::Relation => k.relation.code().into(),
        CardField::Phones => k.phones.join("; "),
        CardField::Emails => k.emails.join("; "),
        CardField::TaxId => text(&k.tax_id),
        CardField::Address => text(&k.address),
        CardField::City => text(&k.city),
        CardField::Postcode => text(&k.postcode),
        CardField::Birthday => date_cell(k.birthday, d),
        CardField::PreferredChannel => code_cell(k.preferred_channel.map(|v| v.code())),
        CardField::MarketingConsent => yes_no(k.marketing_consent).into(),
        CardField::ConsentDate => date_cell(k.consent_date, d),
        CardField::Source => code_cell(k.source.map(|v| v.code())),
        CardField::ReferredBy => k.referred_by.map(|v| v.to_string()).unwrap_or_default(),
        CardField::Influence => k.influence.code().into(),
        CardField::BuyingBehaviour => code_cell(k.buying_behaviour.map(|v| v.code())),
        CardField::InactivityReason => code_cell(k.inactivity_reason.map(|v| v.code())),
        CardField::MemberSince => date_cell(k.member_since, d),
        CardField::Tags => k.tags.join("; "),
        CardField::Notes => k.notes.clone(),
    }
}

/// One computed value of a client's standing as text.
fn computed_cell(s: &Standing, column: Computed, d: Dialect) -> String {
    let c = &s.classification;
    match column {
        Computed::Lifecycle => c.lifecycle.code().into(),
        Computed::Frequency => c.frequency.code().into(),
        Computed::Volume => c.volume.code().into(),
        Computed::Satisfaction => c.satisfaction.code().into(),
        Computed::SatisfactionGap => c
            .satisfaction_gap
            .map(|g| format!("{g:.2}").replace('.', &d.decimal().to_string()))
            .unwrap_or_default(),
        Computed::Purchases => c.purchases_in_window.to_string(),
        Computed::Spend => format_cents(c.spend_in_window_cents, d.decimal()),
        Computed::LastPurchase => date_cell(c.last_purchase, d),
        Computed::Referrals => c.referrals.to_string(),
        Computed::OpenComplaints => s.facts.open_complaints.to_string(),
        Computed::Quadrant => s.loyalty.quadrant.code().into(),
        Computed::Bonded => yes_no(s.loyalty.bonded).into(),
        Computed::Loyal => yes_no(s.loyalty.loyal()).into(),
        Computed::SuggestedAction => s.loyalty.action().code().into(),
    }
}

/// Writes `rows` with `columns` in `dialect`, the header first; `cells` says whether
/// cells that look like formulas are neutralised (they are, unless `--raw`).
pub fn write_clients(
    mut out: impl Write,
    rows: &[ExportRow<'_>],
    (columns, dialect): (&[Column], Dialect),
    cells: Cells,
) -> csv::Result<()> {
    if dialect == Dialect::ExcelEs {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = CsvWriter::new(out, dialect.delimiter(), cells);
    w.write_record(columns.iter().map(|c| c.code()))?;
    for &row in rows {
        w.write_record(columns.iter().map(|&c| cell(row, c, dialect)))?;
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
        let err = Column::parse_list("name,fax").expect_err("unknown");
        assert!(err.contains("`fax`") && err.contains("quadrant"), "{err}");
        assert!(Column::parse_list(" , ").is_err());
        assert!(Column::card().iter().all(|c| !c.is_computed()));
        assert!(Column::Computed(Computed::Quadrant).is_computed());
        assert!(!Column::UpdatedAt.is_computed());
    }
}
