//! Client cards from vCard 2.1, 3.0 and 4.0 files.
//!
//! Folded lines are joined and vCard 2.1's quoted-printable soft line breaks undone
//! first (keeping each property's first line number for messages), 2.1's bare
//! parameters (`TEL;CELL:`) are given their `TYPE=`; the `ical` crate then splits each
//! line into name, parameters and value, and `quoted_printable` and `encoding_rs`
//! decode 2.1 values. The first bad card stops the import.

use std::io::BufReader;

use super::decode::{TextEncoding, decode};
use super::imported::{ImportError, ImportedCards, NameIn, add_note, compose_name, parse_birthday};
use super::vcard_lines::{
    mend_split_folds, name_bare_parameters, preference, split_unescaped, unescape, unfold,
    vcard_date,
};
use super::why::Why;
use crate::domain::import_plan::ImportedCard;
use crate::domain::{CardField, ClientCard, ClientKind};

/// A card being read.
struct Building {
    line: usize,
    card: ClientCard,
    /// Where each value was.
    places: ImportedCard,
    n: Vec<String>,
    org: Option<String>,
    kind_org: bool,
    /// How much the `FN` and `ADR` taken so far are preferred ([`preference`]).
    fn_rank: u8,
    adr_rank: u8,
}

/// Reads every card of `bytes`; fails at the first bad one.
pub fn read_vcards(bytes: &[u8]) -> Result<ImportedCards, ImportError> {
    let mended = match std::str::from_utf8(bytes) {
        Ok(_) => None,
        Err(_) => mend_split_folds(bytes).filter(|m| std::str::from_utf8(m).is_ok()),
    };
    let text = decode(mended.as_deref().unwrap_or(bytes), TextEncoding::Auto)
        .map_err(ImportError::from_decode)?
        .text;
    let lines = unfold(&text);
    let prepared: String = lines
        .iter()
        .map(|l| name_bare_parameters(&l.text) + "\n")
        .collect();
    let parser = ical::PropertyParser::from_reader(BufReader::new(prepared.as_bytes()));
    let mut read = ImportedCards::default();
    let mut current: Option<Building> = None;
    for (property, logical) in parser.zip(&lines) {
        let line = logical.line;
        let column = logical
            .text
            .find(':')
            .map_or(1, |i| logical.text[..i].chars().count() + 2);
        let fail = |why: Why| ImportError::at(line, column, why);
        let property = property.map_err(|e| ImportError::at(line, 1, e.to_string()))?;
        let name = property
            .name
            .rsplit('.')
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        // Every value of a parameter, joined: iOS repeats `type=` (`type=HOME;type=pref`).
        let param = |key: &str| {
            let values: Vec<String> = property
                .params
                .iter()
                .flatten()
                .filter(|(k, _)| k.eq_ignore_ascii_case(key))
                .flat_map(|(_, v)| v.iter().cloned())
                .collect();
            (!values.is_empty()).then(|| values.join(","))
        };
        let raw = property.value.clone().unwrap_or_default();
        let value = match param("ENCODING").map(|e| e.to_ascii_uppercase()).as_deref() {
            Some("QUOTED-PRINTABLE") => {
                let bytes = quoted_printable::decode(
                    raw.as_bytes(),
                    quoted_printable::ParseMode::Robust,
                )
                .map_err(|e| fail(format!("{name}: bad quoted-printable value: {e}").into()))?;
                let charset = param("CHARSET").unwrap_or_else(|| "UTF-8".into());
                let encoding = encoding_rs::Encoding::for_label(charset.as_bytes())
                    .ok_or_else(|| fail(format!("{name}: unknown charset `{charset}`").into()))?;
                encoding
                    .decode_without_bom_handling_and_without_replacement(&bytes)
                    .ok_or_else(|| fail(format!("{name}: bytes that are not {charset}").into()))?
                    .into_owned()
            }
            Some("B" | "BASE64") => continue,
            _ => raw,
        };
        match (name.as_str(), current.as_mut()) {
            ("BEGIN", None) if value.eq_ignore_ascii_case("VCARD") => {
                current = Some(Building {
                    line,
                    card: ClientCard::named(""),
                    places: ImportedCard::at(line, ClientCard::named("")),
                    n: Vec::new(),
                    org: None,
                    kind_org: false,
                    fn_rank: 0,
                    adr_rank: 0,
                })
            }
            ("BEGIN", Some(open)) => {
                return Err(fail(
                    format!(
                        "BEGIN inside the card that starts on line {}: END:VCARD missing",
                        open.line
                    )
                    .into(),
                ));
            }
            ("END", Some(_)) => {
                if let Some(done) = current.take() {
                    finish(done, &mut read)?;
                }
            }
            (_, None) => {
                return Err(fail(
                    format!("{name} outside BEGIN:VCARD … END:VCARD").into(),
                ));
            }
            ("VERSION", Some(_)) if !matches!(value.trim(), "2.1" | "3.0" | "4.0") => {
                return Err(fail(
                    format!("vCard version `{value}` (2.1, 3.0 or 4.0 are read)").into(),
                ));
            }
            (_, Some(b)) => {
                let rank = preference(&param);
                // iOS writes a birthday with no year as year 1604 and says so: the day
                // and month are kept, the year is not.
                let value = match (name.as_str(), param("X-APPLE-OMIT-YEAR")) {
                    ("BDAY", Some(_)) => {
                        vcard_date(&value).map_or(value, |d| d.format("--%m-%d").to_string())
                    }
                    _ => value,
                };
                property_into(b, (&name, rank), &value, (line, column))
                    .map_err(|why| fail(Why::In(name.clone(), Box::new(why))))?
            }
        }
    }
    if let Some(open) = current {
        return Err(ImportError::at(open.line, 1, Why::NoEnd));
    }
    if read.cards.is_empty() && read.blank == 0 {
        return Err(ImportError::at(1, 1, Why::NoVcard));
    }
    Ok(read)
}

/// Puts one property's value, found at `at`, into the card.
fn property_into(
    b: &mut Building,
    (name, rank): (&str, u8),
    value: &str,
    at: (usize, usize),
) -> Result<(), Why> {
    let card = &mut b.card;
    let places = &mut b.places;
    let text = || unescape(value).trim().to_string();
    let some_text = || Some(text()).filter(|t| !t.is_empty());
    match name {
        "FN" if rank > b.fn_rank => {
            b.fn_rank = rank;
            card.name = text();
            places.note((CardField::Name, name), &card.name, at);
        }
        "NICKNAME" if card.nickname.is_none() => {
            card.nickname = split_unescaped(value, ',')
                .into_iter()
                .map(|n| n.trim().to_string())
                .find(|n| !n.is_empty());
            places.note((CardField::Nickname, name), value, at);
        }
        "TITLE" if card.job_title.is_none() => {
            card.job_title = some_text();
            places.note((CardField::JobTitle, name), value, at);
        }
        "URL" if card.website.is_none() => {
            card.website = some_text();
            places.note((CardField::Website, name), value, at);
        }
        "UID" if card.uid.is_none() => {
            card.uid = some_text();
            places.note((CardField::Uid, name), value, at);
        }
        x if x.starts_with("X-CLIENTELA-") => clientela_property(b, &x[12..], value, at)?,
        "N" => {
            b.n = split_unescaped(value, ';');
            places.note((CardField::Name, name), value, at);
        }
        "ORG" => {
            b.org = split_unescaped(value, ';').into_iter().next();
            places.note((CardField::Name, name), value, at);
        }
        "KIND" => b.kind_org = value.trim().eq_ignore_ascii_case("org"),
        "TEL" => {
            let phone = text();
            let phone = phone.strip_prefix("tel:").unwrap_or(&phone).to_string();
            if !phone.is_empty() {
                places.note((CardField::Phones, name), &phone, at);
                card.phones.push(phone);
            }
        }
        "EMAIL" => {
            let email = text();
            places.note((CardField::Emails, name), &email, at);
            card.emails.push(email);
        }
        "ADR" if rank > b.adr_rank => {
            b.adr_rank = rank;
            // PO box;extended;street;locality;region;postcode;country.
            let parts = split_unescaped(value, ';');
            let part = |i: usize| {
                parts
                    .get(i)
                    .map(|p| p.trim().replace('\n', ", "))
                    .filter(|p| !p.is_empty())
            };
            // The extended part (`3º B`) and a PO box go after the street.
            let street = [part(2), part(1), part(0)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            card.address = Some(street).filter(|s| !s.is_empty());
            card.city = part(3);
            card.region = part(4);
            card.postcode = part(5);
            card.country = part(6);
            for field in [
                CardField::Address,
                CardField::City,
                CardField::Region,
                CardField::Postcode,
                CardField::Country,
            ] {
                places.note((field, name), value, at);
            }
        }
        "BDAY" => {
            card.birthday = parse_birthday(value, vcard_date)?;
            places.note((CardField::Birthday, name), value, at);
        }
        "NOTE" => {
            add_note(&mut card.notes, &unescape(value).replace("\r\n", "\n"));
            places.note((CardField::Notes, name), value, at);
        }
        "CATEGORIES" => {
            for tag in split_unescaped(value, ',') {
                let tag = tag.trim();
                if !tag.is_empty() {
                    places.note((CardField::Tags, name), tag, at);
                    card.tags.push(tag.to_string());
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// One of clientela's own properties (`X-CLIENTELA-TAX-ID`…): what vCard has no
/// property for, read back as written by [`super::vcard::clientela_properties`].
fn clientela_property(
    b: &mut Building,
    name: &str,
    value: &str,
    at: (usize, usize),
) -> Result<(), Why> {
    use super::imported::{parse_code, parse_yes_no};
    let card = &mut b.card;
    let text = unescape(value).trim().to_string();
    let some = Some(text.clone()).filter(|t| !t.is_empty());
    let day = |t: &str| vcard_date(t).ok_or_else(|| Why::NotADate(t.to_string()));
    let field = match name {
        "ID" => {
            b.places.origin_id = text.parse().ok();
            return Ok(());
        }
        "REFERRED-BY" => {
            b.places.origin_referrer = text.parse().ok();
            return Ok(());
        }
        "KIND" => {
            card.kind = parse_code(&text)?;
            b.kind_org = card.kind == ClientKind::Company;
            CardField::Kind
        }
        "RELATION" => {
            card.relation = parse_code(&text)?;
            CardField::Relation
        }
        "TAX-ID" => {
            card.tax_id = some;
            CardField::TaxId
        }
        "GIVEN-NAME" => {
            card.given_name = some;
            CardField::GivenName
        }
        "SURNAME" => {
            card.surname = some;
            CardField::Surname
        }
        "SECOND-SURNAME" => {
            card.second_surname = some;
            CardField::SecondSurname
        }
        "PREFERRED-CHANNEL" => {
            card.preferred_channel = Some(parse_code(&text)?);
            CardField::PreferredChannel
        }
        "CONSENT" => {
            card.marketing_consent = parse_yes_no(&text)?;
            CardField::MarketingConsent
        }
        "CONSENT-DATE" => {
            card.consent_date = Some(day(&text)?);
            CardField::ConsentDate
        }
        "SOURCE" => {
            card.source = Some(parse_code(&text)?);
            CardField::Source
        }
        "INFLUENCE" => {
            card.influence = parse_code(&text)?;
            CardField::Influence
        }
        "BUYING" => {
            card.buying_behaviour = Some(parse_code(&text)?);
            CardField::BuyingBehaviour
        }
        "INACTIVITY-REASON" => {
            card.inactivity_reason = Some(parse_code(&text)?);
            CardField::InactivityReason
        }
        "MEMBER-SINCE" => {
            card.member_since = Some(day(&text)?);
            CardField::MemberSince
        }
        _ => return Ok(()),
    };
    b.places.note((field, "X-CLIENTELA"), value, at);
    Ok(())
}

/// The finished card, named from `N`, the organisation, an email or a phone if it has
/// no `FN`.
fn finish(mut b: Building, read: &mut ImportedCards) -> Result<(), ImportError> {
    if b.kind_org {
        b.card.kind = ClientKind::Company;
    }
    let org = b.org.map(|o| o.trim().to_string());
    if org.is_some() && org.as_deref() == Some(b.card.name.as_str()) {
        b.card.kind = ClientKind::Company;
    }
    // N is family;given;additional;prefix;suffix.
    let pick = |i: usize| b.n.get(i).cloned();
    let parts = NameIn {
        family: pick(0),
        given: pick(1),
        middle: pick(2),
        prefix: pick(3),
        suffix: pick(4),
        second: None,
    };
    let empty = b.card == ClientCard::named("") && b.n.iter().all(|p| p.trim().is_empty());
    if empty && org.is_none() {
        read.blank += 1;
        return Ok(());
    }
    if !compose_name(&mut b.card, parts, org) {
        return Err(ImportError::at(b.line, 1, Why::CardNoName));
    }
    b.places.card = b.card;
    read.cards.push(b.places);
    Ok(())
}

#[cfg(test)]
#[path = "vcard_import_tests.rs"]
mod tests;
