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

pub use super::client_values::{Value, Words, join_items, split_items, value};
use super::csv_safe::{Cells, CsvWriter};

use crate::domain::{CardField, Client, Standing};
use crate::i18n::{Lang, Locale, Msg};

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

    pub(super) fn timestamp(self, t: NaiveDateTime) -> String {
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
