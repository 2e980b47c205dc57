//! Client lists as CSV in two dialects, with chosen columns.
//!
//! - `rfc4180`: UTF-8, comma, CRLF, quotes only where needed, ISO dates, `.` decimals;
//!   the data exactly as stored.
//! - `excel-es`: UTF-8 with a byte-order mark, `;`, CRLF, dd/mm/yyyy dates and `,`
//!   decimals, so a Spanish Excel or LibreOffice opens it in columns with accents intact;
//!   cells a spreadsheet would run as a formula are neutralised (see [`neutralise`]).
//!
//! The header is the columns' codes in both dialects, so either file imports back.

use std::borrow::Cow;
use std::io::Write;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime};
use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

use crate::domain::money::format_cents;
use crate::domain::{Client, Standing};

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

/// A column of the client export: the card's fields, then the computed ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, EnumString, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Column {
    /// Row id.
    Id,
    /// Name.
    Name,
    /// Person or company.
    Kind,
    /// Relation to the shop.
    Relation,
    /// Phones, `; `-separated.
    Phones,
    /// Emails, `; `-separated.
    Emails,
    /// NIF/CIF.
    TaxId,
    /// Street address.
    Address,
    /// City.
    City,
    /// Postcode.
    Postcode,
    /// Birthday.
    Birthday,
    /// Preferred channel.
    PreferredChannel,
    /// Marketing consent, yes/no.
    MarketingConsent,
    /// When consent was given or withdrawn.
    ConsentDate,
    /// Where the client came from.
    Source,
    /// Id of the referrer.
    ReferredBy,
    /// Influence.
    Influence,
    /// Buying behaviour.
    BuyingBehaviour,
    /// Why the client stopped buying.
    InactivityReason,
    /// Loyalty programme join date.
    MemberSince,
    /// Tags, `; `-separated.
    Tags,
    /// Notes.
    Notes,
    /// When the card was created.
    CreatedAt,
    /// When the card was last changed.
    UpdatedAt,
    /// Computed: potential, active, inactive.
    Lifecycle,
    /// Computed: frequency class.
    Frequency,
    /// Computed: volume class.
    Volume,
    /// Computed: satisfaction class.
    Satisfaction,
    /// Computed: mean gap of the latest valuations.
    SatisfactionGap,
    /// Computed: purchases in the window.
    Purchases,
    /// Computed: spend in the window.
    Spend,
    /// Computed: last purchase.
    LastPurchase,
    /// Computed: clients this one referred.
    Referrals,
    /// Computed: complaints waiting for an answer.
    OpenComplaints,
    /// Computed: loyalty quadrant.
    Quadrant,
    /// Computed: bonded, yes/no.
    Bonded,
    /// Computed: all four conditions of loyalty hold, yes/no.
    Loyal,
    /// Computed: what to do about the client.
    SuggestedAction,
}

impl Column {
    /// The column's code: its CSV header.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Whether the column is computed as of a day (classification, loyalty).
    pub fn is_computed(self) -> bool {
        self as usize >= Column::Lifecycle as usize
    }

    /// The card's columns: the default of `export clients` and `client list`.
    pub fn card() -> Vec<Column> {
        Column::iter().filter(|c| !c.is_computed()).collect()
    }

    /// Parses a comma-separated list of codes (`phone`, `email` and `tag` name the list
    /// columns too); an unknown code is an error naming the known ones.
    pub fn parse_list(list: &str) -> Result<Vec<Column>, String> {
        let mut columns = Vec::new();
        for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let column = match code {
                "phone" => Column::Phones,
                "email" => Column::Emails,
                "tag" => Column::Tags,
                other => Column::from_str(other).map_err(|_| {
                    let known: Vec<&str> = Column::iter().map(Column::code).collect();
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
    let k = &row.client.card;
    let date = |v: Option<NaiveDate>| v.map(|v| d.date(v)).unwrap_or_default();
    let code = |v: Option<&'static str>| v.unwrap_or_default().to_string();
    let s = row.standing;
    let class = s.map(|s| &s.classification);
    match column {
        Column::Id => row.client.id.to_string(),
        Column::Name => k.name.clone(),
        Column::Kind => k.kind.code().into(),
        Column::Relation => k.relation.code().into(),
        Column::Phones => k.phones.join("; "),
        Column::Emails => k.emails.join("; "),
        Column::TaxId => k.tax_id.clone().unwrap_or_default(),
        Column::Address => k.address.clone().unwrap_or_default(),
        Column::City => k.city.clone().unwrap_or_default(),
        Column::Postcode => k.postcode.clone().unwrap_or_default(),
        Column::Birthday => date(k.birthday),
        Column::PreferredChannel => code(k.preferred_channel.map(|v| v.code())),
        Column::MarketingConsent => yes_no(k.marketing_consent).into(),
        Column::ConsentDate => date(k.consent_date),
        Column::Source => code(k.source.map(|v| v.code())),
        Column::ReferredBy => k.referred_by.map(|v| v.to_string()).unwrap_or_default(),
        Column::Influence => k.influence.code().into(),
        Column::BuyingBehaviour => code(k.buying_behaviour.map(|v| v.code())),
        Column::InactivityReason => code(k.inactivity_reason.map(|v| v.code())),
        Column::MemberSince => date(k.member_since),
        Column::Tags => k.tags.join("; "),
        Column::Notes => k.notes.clone(),
        Column::CreatedAt => d.timestamp(row.client.created_at),
        Column::UpdatedAt => d.timestamp(row.client.updated_at),
        Column::Lifecycle => code(class.map(|c| c.lifecycle.code())),
        Column::Frequency => code(class.map(|c| c.frequency.code())),
        Column::Volume => code(class.map(|c| c.volume.code())),
        Column::Satisfaction => code(class.map(|c| c.satisfaction.code())),
        Column::SatisfactionGap => class
            .and_then(|c| c.satisfaction_gap)
            .map(|g| format!("{g:.2}").replace('.', &d.decimal().to_string()))
            .unwrap_or_default(),
        Column::Purchases => class
            .map(|c| c.purchases_in_window.to_string())
            .unwrap_or_default(),
        Column::Spend => class
            .map(|c| format_cents(c.spend_in_window_cents, d.decimal()))
            .unwrap_or_default(),
        Column::LastPurchase => date(class.and_then(|c| c.last_purchase)),
        Column::Referrals => class.map(|c| c.referrals.to_string()).unwrap_or_default(),
        Column::OpenComplaints => s
            .map(|s| s.facts.open_complaints.to_string())
            .unwrap_or_default(),
        Column::Quadrant => code(s.map(|s| s.loyalty.quadrant.code())),
        Column::Bonded => code(s.map(|s| yes_no(s.loyalty.bonded))),
        Column::Loyal => code(s.map(|s| yes_no(s.loyalty.loyal()))),
        Column::SuggestedAction => code(s.map(|s| s.loyalty.action().code())),
    }
}

/// Characters that make a spreadsheet read a cell as a formula when they come first.
const FORMULA_START: &[char] = &['=', '+', '-', '@', '\t', '\r', '\n'];

/// A cell as `excel-es` writes it: one that starts like a formula (`=`, `+`, `-`, `@`,
/// tab, CR, LF) gets a leading apostrophe, which spreadsheets take as "this is text"
/// — unless it is made only of digits, spaces and `+ - . , ( ) / ;` (a phone number such
/// as `+34 600 111 222`, several joined with `; `, a negative amount such as `-12,50`): with no letter it cannot
/// name a function, a cell or another program, so it is left exactly as it is. A cell
/// that already starts with an apostrophe gets one more, so import can always drop
/// exactly one.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    let Some(first) = text.chars().next() else {
        return Cow::Borrowed(text);
    };
    let plain_number = text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.,()/;".contains(c));
    if first == '\'' || (FORMULA_START.contains(&first) && !plain_number) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes `rows` with `columns` in `dialect`, the header first.
pub fn write_clients(
    mut out: impl Write,
    rows: &[ExportRow<'_>],
    columns: &[Column],
    dialect: Dialect,
) -> csv::Result<()> {
    if dialect == Dialect::ExcelEs {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .delimiter(dialect.delimiter())
        .has_headers(false)
        .from_writer(out);
    w.write_record(columns.iter().map(|c| c.code()))?;
    for &row in rows {
        w.write_record(columns.iter().map(|&c| {
            let text = cell(row, c, dialect);
            match dialect {
                Dialect::Rfc4180 => text,
                Dialect::ExcelEs => neutralise(&text).into_owned(),
            }
        }))?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_get_an_apostrophe_and_phone_numbers_and_amounts_do_not() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("@SUM(A1:A9)"), "'@SUM(A1:A9)");
        assert_eq!(neutralise("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(neutralise("-2+3+cmd|x"), "'-2+3+cmd|x");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("\nx"), "'\nx");
        assert_eq!(neutralise("'quoted"), "''quoted");
        assert_eq!(neutralise("+34 600 111 222"), "+34 600 111 222");
        assert_eq!(neutralise("+34 (91) 555-12-12"), "+34 (91) 555-12-12");
        assert_eq!(neutralise("-12,50"), "-12,50");
        assert_eq!(neutralise("Núñez"), "Núñez");
        assert_eq!(neutralise("a=b"), "a=b");
        assert_eq!(neutralise("-"), "'-", "no digit: not a number");
        assert_eq!(neutralise(""), "");
    }

    #[test]
    fn column_lists_take_codes_and_singular_aliases() {
        assert_eq!(
            Column::parse_list("name, phone,email,lifecycle"),
            Ok(vec![
                Column::Name,
                Column::Phones,
                Column::Emails,
                Column::Lifecycle
            ])
        );
        let err = Column::parse_list("name,fax").expect_err("unknown");
        assert!(err.contains("`fax`") && err.contains("quadrant"), "{err}");
        assert!(Column::parse_list(" , ").is_err());
        assert!(Column::card().iter().all(|c| !c.is_computed()));
        assert!(Column::Quadrant.is_computed() && !Column::UpdatedAt.is_computed());
    }
}
