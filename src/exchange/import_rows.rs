//! One row of an imported table (a CSV's record, a workbook's row) → a card: the
//! header read once into the field of every column ([`Columns`]), then each row's
//! cells turned into a card with where each value was. Shared by the CSV and the
//! workbook readers.

use chrono::NaiveDate;

use super::import_map::{Field, ImportFormat, detect, fields};
use super::imported::{
    ImportError, ImportedCard, NameIn, add_note, compose_name, parse_birthday, parse_code,
    parse_yes_no, set_first,
};
use super::why::Why;
use crate::domain::dates::parse_date;
use crate::domain::{
    BuyingBehaviour, CardField, Channel, ClientCard, ClientKind, InactivityReason, Influence,
    Relation, Source,
};

/// Which format and which columns, as the user said.
#[derive(Debug, Clone, Default)]
pub struct TableOptions {
    /// The format, or `Auto` to recognise it by the header.
    pub format: ImportFormat,
    /// `Column=field` pairs on top of the format's own table.
    pub mapping: Vec<(String, Field)>,
}

/// The header of a table, read: its format and the field of every column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    /// The format used.
    pub format: ImportFormat,
    /// The header's cells, one line each.
    pub headers: Vec<String>,
    /// The field each column fills (`Ignore` for none).
    pub fields: Vec<Field>,
}

impl Columns {
    /// Reads `headers` (already one line each) as `options` say: fails when no column
    /// gives a name, a mapped column is not there, or a one-value field has two columns.
    pub fn new(headers: Vec<String>, options: &TableOptions) -> Result<Self, ImportError> {
        let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
        let format = match options.format {
            ImportFormat::Auto => detect(&header_refs),
            given => given,
        };
        let fields = fields(&header_refs, format, &options.mapping)
            .map_err(|message| ImportError::at(1, 1, message))?;
        if let Some(column) = repeated_single_header(&headers, &fields) {
            return Err(ImportError::at(
                1,
                column,
                Why::RepeatedColumn {
                    header: header_name(&headers, column - 1).to_string(),
                    field: <&str>::from(fields[column - 1]).replace('_', " "),
                },
            ));
        }
        Ok(Self {
            format,
            headers,
            fields,
        })
    }

    /// The headers that fill a field, with it, in file order.
    pub fn used(&self) -> impl Iterator<Item = (&str, Field)> {
        self.headers
            .iter()
            .zip(&self.fields)
            .filter(|(h, f)| **f != Field::Ignore && !h.is_empty())
            .map(|(h, f)| (h.as_str(), *f))
    }

    /// The headers that fill nothing (a column with no header is not named).
    pub fn ignored(&self) -> impl Iterator<Item = &str> {
        self.headers
            .iter()
            .zip(&self.fields)
            .filter(|(h, f)| **f == Field::Ignore && !h.is_empty())
            .map(|(h, _)| h.as_str())
    }

    /// Several values in one cell: Google joins them with ` ::: `, the others with `;`;
    /// clientela's own files escape a `;` inside a value (`a\;b`), see
    /// [`super::client_csv::join_items`].
    fn split(&self, value: &str) -> Vec<String> {
        let items: Vec<String> = match self.format {
            ImportFormat::Google => value.split(":::").map(String::from).collect(),
            ImportFormat::Clientela => super::client_csv::split_items(value),
            _ => value.split(';').map(String::from).collect(),
        };
        items
            .into_iter()
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// The card of one row's `cells` (file line or sheet row `line`), with where each
    /// value was; `None` when the row holds nothing to import.
    pub fn card<'r>(
        &self,
        cells: impl IntoIterator<Item = &'r str>,
        line: usize,
        warnings: &mut Vec<Why>,
    ) -> Result<Option<ImportedCard>, ImportError> {
        let mut card = ClientCard::named("");
        let mut places = ImportedCard::at(line, ClientCard::named(""));
        let (mut name, mut company) = (None, None);
        let mut parts = NameIn::default();
        let (mut tax_id, mut address, mut city, mut postcode) = (None, None, None, None);
        let mut any = false;
        let read_date = date_parser(self.format);
        for (i, (raw, field)) in cells.into_iter().zip(&self.fields).enumerate() {
            let value = raw.trim();
            if value.is_empty() || *field == Field::Ignore {
                continue;
            }
            any = true;
            let header = header_name(&self.headers, i);
            let fail =
                |why: Why| ImportError::at(line, i + 1, Why::In(header.to_string(), Box::new(why)));
            if let Some(to) = card_field(*field) {
                match field {
                    Field::Phone | Field::Email | Field::Tags => {
                        for item in self.split(value) {
                            places.note((to, header), &item, (line, i + 1));
                        }
                    }
                    _ => places.note((to, header), value, (line, i + 1)),
                }
            }
            let date = |v: &str| read_date(v).ok_or_else(|| Why::NotADate(v.to_string()));
            match field {
                Field::Name => set_first(&mut name, value),
                Field::GivenName => set_first(&mut parts.given, value),
                Field::MiddleName => set_first(&mut parts.middle, value),
                Field::FamilyName => set_first(&mut parts.family, value),
                Field::SecondSurname => set_first(&mut parts.second, value),
                Field::Prefix => set_first(&mut parts.prefix, value),
                Field::Company => set_first(&mut company, value),
                Field::JobTitle => set_first(&mut card.job_title, value),
                Field::Nickname => set_first(&mut card.nickname, value),
                Field::Website => set_first(&mut card.website, value),
                Field::Region => set_first(&mut card.region, value),
                Field::Country => set_first(&mut card.country, value),
                Field::Uid => set_first(&mut card.uid, value),
                Field::TaxId => set_first(&mut tax_id, value),
                Field::Address => {
                    // A card holds one address: a second one (home and work) is said.
                    if address.as_deref().is_some_and(|a: &str| a != value) {
                        warnings.push(Why::SecondAddress {
                            line,
                            header: header.to_string(),
                            value: value.to_string(),
                        });
                    }
                    set_first(&mut address, value)
                }
                Field::City => set_first(&mut city, value),
                Field::Postcode => set_first(&mut postcode, &spanish_postcode(value)),
                Field::Phone => card.phones.extend(self.split(value)),
                Field::Email => card.emails.extend(self.split(value)),
                Field::Tags => card.tags.extend(
                    self.split(value)
                        .into_iter()
                        // Google's system groups: * myContacts, * starred.
                        .filter(|t| !t.starts_with("* ")),
                ),
                Field::Notes => add_note(&mut card.notes, raw),
                // Outlook (in any language) writes 0/0/00 for no birthday.
                Field::Birthday if value == "0/0/00" => {}
                Field::Birthday => {
                    card.birthday = parse_birthday(value, read_date).map_err(fail)?
                }
                Field::ConsentDate => card.consent_date = Some(date(value).map_err(fail)?),
                Field::MemberSince => card.member_since = Some(date(value).map_err(fail)?),
                Field::MarketingConsent => {
                    card.marketing_consent = parse_yes_no(value).map_err(fail)?
                }
                Field::Kind => card.kind = parse_code::<ClientKind>(value).map_err(fail)?,
                Field::Relation => card.relation = parse_code::<Relation>(value).map_err(fail)?,
                Field::Influence => {
                    card.influence = parse_code::<Influence>(value).map_err(fail)?
                }
                Field::PreferredChannel => {
                    card.preferred_channel = Some(parse_code::<Channel>(value).map_err(fail)?)
                }
                Field::Source => card.source = Some(parse_code::<Source>(value).map_err(fail)?),
                Field::BuyingBehaviour => {
                    card.buying_behaviour =
                        Some(parse_code::<BuyingBehaviour>(value).map_err(fail)?)
                }
                Field::InactivityReason => {
                    card.inactivity_reason =
                        Some(parse_code::<InactivityReason>(value).map_err(fail)?)
                }
                Field::SourceId => {
                    places.origin_id = Some(
                        value
                            .parse()
                            .map_err(|_| fail(Why::NotAnId(value.into())))?,
                    )
                }
                Field::ReferredBy => {
                    places.origin_referrer = Some(
                        value
                            .parse()
                            .map_err(|_| fail(Why::NotAnId(value.into())))?,
                    )
                }
                Field::Ignore => {}
            }
        }
        if !any {
            return Ok(None);
        }
        (card.tax_id, card.address, card.city, card.postcode) = (tax_id, address, city, postcode);
        card.name = name.unwrap_or_default();
        // A row that gives a surname is a person's.
        let surname_given = parts.family.is_some() || parts.second.is_some();
        if !compose_name(&mut card, parts, company) {
            return Err(ImportError::at(line, 1, Why::NoName));
        }
        // A list that does not say what a row is: a company by its legal form or its
        // tax id (`Ferretería Ruiz SL`, `B12345678`).
        if !self.fields.contains(&Field::Kind) && !surname_given && card.looks_like_company() {
            card.kind = ClientKind::Company;
            card.organisation = None;
        }
        places.card = card;
        Ok(Some(places))
    }
}

/// A Spanish postcode a spreadsheet turned into a number (`8017`) given back its
/// leading zero; anything else as it is.
fn spanish_postcode(value: &str) -> String {
    if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
        format!("0{value}")
    } else {
        value.to_string()
    }
}

/// A day as a spreadsheet or a person writes it: what [`parse_date`] reads, or
/// `dd/mm/yy` (what LibreOffice saves back), the two-digit year read as Excel reads
/// it: 00–29 in this century, 30–99 in the last.
pub fn parse_sheet_date(value: &str) -> Option<NaiveDate> {
    if let Ok(day) = parse_date(value) {
        return Some(day);
    }
    let parts: Vec<&str> = value.trim().split(['/', '-', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let short = |s: &str, most: usize| {
        (1..=most).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !(short(d, 2) && short(m, 2) && y.len() == 2 && short(y, 2)) {
        return None;
    }
    let yy: i32 = y.parse().ok()?;
    let year = if yy < 30 { 2000 + yy } else { 1900 + yy };
    parse_date(&format!("{d}/{m}/{year}")).ok()
}

/// How a format writes a day.
fn date_parser(format: ImportFormat) -> fn(&str) -> Option<NaiveDate> {
    match format {
        // Outlook writes the US month/day/year, and 0/0/00 for none.
        ImportFormat::Outlook => |v| NaiveDate::parse_from_str(v, "%m/%d/%Y").ok(),
        _ => parse_sheet_date,
    }
}

/// The 1-based column of a header repeated for a field that holds one value (a second
/// `name`); repeated headers of fields that hold several (phones, emails, tags, notes)
/// add their values.
fn repeated_single_header(headers: &[String], fields: &[Field]) -> Option<usize> {
    let several = |f: &Field| {
        matches!(
            f,
            Field::Ignore | Field::Phone | Field::Email | Field::Tags | Field::Notes
        )
    };
    (0..headers.len()).find_map(|i| {
        let earlier = headers[..i]
            .iter()
            .any(|h| h.eq_ignore_ascii_case(&headers[i]));
        (earlier && !several(&fields[i])).then_some(i + 1)
    })
}

/// The header of the 0-based column `i`, `?` past the header's end.
pub fn header_name(headers: &[String], i: usize) -> &str {
    headers.get(i).map_or("?", String::as_str)
}

/// The field of a card an imported column fills.
fn card_field(field: Field) -> Option<CardField> {
    Some(match field {
        Field::Name
        | Field::GivenName
        | Field::MiddleName
        | Field::FamilyName
        | Field::SecondSurname
        | Field::Prefix
        | Field::Company => CardField::Name,
        Field::JobTitle => CardField::JobTitle,
        Field::Nickname => CardField::Nickname,
        Field::Website => CardField::Website,
        Field::Region => CardField::Region,
        Field::Country => CardField::Country,
        Field::Uid => CardField::Uid,
        Field::ReferredBy => CardField::ReferredBy,
        Field::SourceId => return None,
        Field::TaxId => CardField::TaxId,
        Field::Address => CardField::Address,
        Field::City => CardField::City,
        Field::Postcode => CardField::Postcode,
        Field::Phone => CardField::Phones,
        Field::Email => CardField::Emails,
        Field::Tags => CardField::Tags,
        Field::Notes => CardField::Notes,
        Field::Birthday => CardField::Birthday,
        Field::ConsentDate => CardField::ConsentDate,
        Field::MemberSince => CardField::MemberSince,
        Field::MarketingConsent => CardField::MarketingConsent,
        Field::Kind => CardField::Kind,
        Field::Relation => CardField::Relation,
        Field::Influence => CardField::Influence,
        Field::PreferredChannel => CardField::PreferredChannel,
        Field::Source => CardField::Source,
        Field::BuyingBehaviour => CardField::BuyingBehaviour,
        Field::InactivityReason => CardField::InactivityReason,
        Field::Ignore => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_digit_years_are_read_as_excel_reads_them() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_sheet_date("09/05/24"), day(2024, 5, 9));
        assert_eq!(parse_sheet_date("9/5/29"), day(2029, 5, 9));
        assert_eq!(parse_sheet_date("09/05/30"), day(1930, 5, 9));
        assert_eq!(parse_sheet_date("1-2-74"), day(1974, 2, 1));
        assert_eq!(parse_sheet_date("2024-05-09"), day(2024, 5, 9));
        assert_eq!(parse_sheet_date("31/02/24"), None);
        assert_eq!(parse_sheet_date("09/05/2"), None);
        assert_eq!(parse_sheet_date("pronto"), None);
    }

    #[test]
    fn a_postcode_that_lost_its_zero_gets_it_back() {
        assert_eq!(spanish_postcode("8017"), "08017");
        assert_eq!(spanish_postcode("28001"), "28001");
        assert_eq!(spanish_postcode("SW1A"), "SW1A");
        assert_eq!(spanish_postcode("801"), "801");
    }
}
