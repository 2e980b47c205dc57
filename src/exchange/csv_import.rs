//! Client cards from a CSV file, read with the `csv` crate: encoding and delimiter
//! detected, the format recognised by its header, every row checked before anything
//! is stored. The first bad row stops the import with its line and field number.

use chrono::NaiveDate;

use super::csv_safe::Cells;
use super::decode::{TextEncoding, decode};
use super::import_map::{Field, ImportFormat, detect, fields};
use super::imported::{
    ImportError, ImportedCard, ImportedCards, add_note, compose_name, parse_birthday, parse_code,
    parse_yes_no, set_first,
};
use super::why::Why;
use crate::domain::dates::parse_date;
use crate::domain::{
    BuyingBehaviour, CardField, Channel, ClientCard, ClientKind, InactivityReason, Influence,
    Relation, Source,
};

/// How to read the file.
#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// The format, or `Auto` to recognise it by the header.
    pub format: ImportFormat,
    /// `Column=field` pairs on top of the format's own table.
    pub mapping: Vec<(String, Field)>,
    /// The encoding, or `Auto`.
    pub encoding: TextEncoding,
    /// What clientela's own exports did with cells that look like formulas: unless raw,
    /// one leading `'` is taken off (both dialects write it).
    pub cells: Cells,
}

/// A read CSV file.
#[derive(Debug, Clone)]
pub struct CsvCards {
    /// The format used.
    pub format: ImportFormat,
    /// The delimiter found.
    pub delimiter: char,
    /// The encoding found.
    pub encoding: &'static str,
    /// The cards and what was left out.
    pub read: ImportedCards,
}

/// `,`, `;` or tab: whichever the first line has most of outside quotes (`,` on a tie).
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in first.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    counts
        .iter()
        .fold((b',', 0), |best, &c| if c.1 > best.1 { c } else { best })
        .0
}

/// The 1-based field the text up to `prefix` ends in (for bad bytes).
fn field_at(prefix: &str, delimiter: u8) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let start = prefix.rfind('\n').map_or(0, |i| i + 1);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(&prefix.as_bytes()[start..]);
    let mut record = csv::StringRecord::new();
    let fields = match reader.read_record(&mut record) {
        Ok(true) => record.len(),
        _ => 1,
    };
    (line, fields.max(1))
}

/// How a format writes a day.
fn date_parser(format: ImportFormat) -> fn(&str) -> Option<NaiveDate> {
    match format {
        // Outlook writes the US month/day/year, and 0/0/00 for none.
        ImportFormat::Outlook => |v| NaiveDate::parse_from_str(v, "%m/%d/%Y").ok(),
        _ => |v| parse_date(v).ok(),
    }
}

/// Reads every row of `bytes`; fails at the first bad one.
pub fn read_csv(bytes: &[u8], options: &CsvOptions) -> Result<CsvCards, ImportError> {
    let decoded = match decode(bytes, options.encoding) {
        Ok(d) => d,
        Err(e) => {
            let d = delimiter(&e.prefix);
            let (line, column) = field_at(&e.prefix, d);
            return Err(ImportError::at(line, column, e.what));
        }
    };
    let text = decoded.text.as_str();
    let delimiter = delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // The line of a byte offset, counted here: the csv crate's own line numbers
    // fall behind on CRLF files.
    let line_of = |byte: usize| breaks(text.as_bytes(), 0..byte) + 1;
    let csv_error = |e: csv::Error| {
        let line = e.position().map_or(1, |p| line_of(p.byte() as usize));
        ImportError::at(line, 1, e.to_string())
    };
    let mut record = csv::StringRecord::new();
    if !reader.read_record(&mut record).map_err(csv_error)? {
        return Err(ImportError::at(1, 1, Why::EmptyFile));
    }
    // A header is one line of text: a line break or control inside a quoted header
    // cell becomes a space, so messages that name headers stay one line.
    let headers: Vec<String> = record
        .iter()
        .map(|h| {
            h.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect();
    if let Some((line, field)) = unclosed_quote(text, delimiter) {
        return Err(ImportError::at(
            line,
            field,
            match line {
                1 => Why::UnclosedHeaderQuote(field),
                _ => Why::UnclosedQuote(header_name(&headers, field - 1).to_string()),
            },
        ));
    }
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

    let rows = Rows {
        headers: &headers,
        fields: &fields,
        format,
        // clientela's exports mark text that looks like a formula with one '.
        unmark: format == ImportFormat::Clientela && options.cells == Cells::Safe,
        date: date_parser(format),
    };
    let mut read = ImportedCards::default();
    let (mut line, mut counted) = (1, 0);
    while reader.read_record(&mut record).map_err(csv_error)? {
        // On CRLF files the csv crate places a record at the line break before it.
        let mut byte = record.position().map_or(0, |p| p.byte() as usize);
        while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        line += breaks(text.as_bytes(), counted..byte);
        counted = byte.min(text.len());
        if record.len() != headers.len() {
            return Err(ImportError::at(
                line,
                record.len().min(headers.len()) + 1,
                Why::FieldCount {
                    found: record.len(),
                    expected: headers.len(),
                },
            ));
        }
        match rows.card(&record, line, &mut read.warnings)? {
            Some(card) => read.cards.push(card),
            None => read.blank += 1,
        }
    }
    Ok(CsvCards {
        format,
        delimiter: char::from(delimiter),
        encoding: decoded.encoding,
        read,
    })
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

/// Where a quoted field that never closes opens (1-based line and field), read the way
/// RFC 4180 reads quotes: a field that starts with `"` runs to the next lone `"`.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<(usize, usize)> {
    let delimiter = char::from(delimiter);
    let (mut line, mut field) = (1, 1);
    let (mut quoted, mut at_start, mut opened) = (false, true, (1, 1));
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                }
                '"' => quoted = false,
                '\n' => line += 1,
                '\r' if chars.peek() != Some(&'\n') => line += 1,
                _ => {}
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                opened = (line, field);
            }
            '\n' => (line, field, at_start) = (line + 1, 1, true),
            // A lone CR ends a line too (old Mac files), as the csv crate reads it.
            '\r' if chars.peek() != Some(&'\n') => (line, field, at_start) = (line + 1, 1, true),
            '\r' => {}
            c if c == delimiter => (field, at_start) = (field + 1, true),
            _ => at_start = false,
        }
        if c == '"' {
            at_start = false;
        }
    }
    quoted.then_some(opened)
}

/// Line breaks among `bytes[range]`: LF, CR LF, and a lone CR (which the csv crate
/// takes as a line's end too).
fn breaks(bytes: &[u8], range: std::ops::Range<usize>) -> usize {
    let end = range.end.min(bytes.len());
    (range.start.min(end)..end)
        .filter(|&i| bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

fn header_name(headers: &[String], i: usize) -> &str {
    headers.get(i).map_or("?", String::as_str)
}

/// How to turn one row into a card.
struct Rows<'a> {
    headers: &'a [String],
    fields: &'a [Field],
    format: ImportFormat,
    unmark: bool,
    date: fn(&str) -> Option<NaiveDate>,
}

impl Rows<'_> {
    /// Several values in one cell: Google joins them with ` ::: `, the others with `;`.
    fn split<'v>(&self, value: &'v str) -> Vec<&'v str> {
        let sep = if self.format == ImportFormat::Google {
            ":::"
        } else {
            ";"
        };
        value
            .split(sep)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// The card of one row, with where each value was; `None` when it holds nothing to
    /// import.
    fn card(
        &self,
        record: &csv::StringRecord,
        line: usize,
        warnings: &mut Vec<Why>,
    ) -> Result<Option<ImportedCard>, ImportError> {
        let mut card = ClientCard::named("");
        let mut places = ImportedCard::at(line, ClientCard::named(""));
        let (mut name, mut given, mut middle, mut family, mut company) =
            (None, None, None, None, None);
        let (mut tax_id, mut address, mut city, mut postcode) = (None, None, None, None);
        let mut any = false;
        for (i, (raw, field)) in record.iter().zip(self.fields).enumerate() {
            let raw = match self.unmark {
                true => raw.strip_prefix('\'').unwrap_or(raw),
                false => raw,
            };
            let value = raw.trim();
            if value.is_empty() || *field == Field::Ignore {
                continue;
            }
            any = true;
            let header = header_name(self.headers, i);
            let fail =
                |why: Why| ImportError::at(line, i + 1, Why::In(header.to_string(), Box::new(why)));
            if let Some(to) = card_field(*field) {
                match field {
                    Field::Phone | Field::Email | Field::Tags => {
                        for item in self.split(value) {
                            places.note((to, header), item, (line, i + 1));
                        }
                    }
                    _ => places.note((to, header), value, (line, i + 1)),
                }
            }
            let date = |v: &str| (self.date)(v).ok_or_else(|| Why::NotADate(v.to_string()));
            match field {
                Field::Name => set_first(&mut name, value),
                Field::GivenName => set_first(&mut given, value),
                Field::MiddleName => set_first(&mut middle, value),
                Field::FamilyName => set_first(&mut family, value),
                Field::Company => set_first(&mut company, value),
                Field::TaxId => set_first(&mut tax_id, value),
                Field::Address => set_first(&mut address, value),
                Field::City => set_first(&mut city, value),
                Field::Postcode => set_first(&mut postcode, value),
                Field::Phone => card
                    .phones
                    .extend(self.split(value).into_iter().map(String::from)),
                Field::Email => card
                    .emails
                    .extend(self.split(value).into_iter().map(String::from)),
                Field::Tags => card.tags.extend(
                    self.split(value)
                        .into_iter()
                        // Google's system groups: * myContacts, * starred.
                        .filter(|t| !t.starts_with("* "))
                        .map(String::from),
                ),
                Field::Notes => add_note(&mut card.notes, raw),
                Field::Birthday if self.format == ImportFormat::Outlook && value == "0/0/00" => {}
                Field::Birthday => {
                    card.birthday = parse_birthday(value, self.date).map_err(fail)?;
                    if card.birthday.is_none() {
                        warnings.push(Why::NoYear {
                            line,
                            value: value.to_string(),
                        });
                    }
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
                Field::Ignore => {}
            }
        }
        if !any {
            return Ok(None);
        }
        (card.tax_id, card.address, card.city, card.postcode) = (tax_id, address, city, postcode);
        card.name = name.unwrap_or_default();
        if !compose_name(&mut card, &[given, middle, family], company) {
            return Err(ImportError::at(line, 1, Why::NoName));
        }
        places.card = card;
        Ok(Some(places))
    }
}

/// The field of a card an imported column fills.
fn card_field(field: Field) -> Option<CardField> {
    Some(match field {
        Field::Name | Field::GivenName | Field::MiddleName | Field::FamilyName | Field::Company => {
            CardField::Name
        }
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
#[path = "csv_import_tests.rs"]
mod tests;
