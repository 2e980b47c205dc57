//! What CSV and vCard imports produce: cards with the line they came from, or the
//! first thing wrong with its place in the file.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use strum::IntoEnumIterator;

use super::decode::{DecodeError, line_and_column};
pub use super::why::Why;
use crate::domain::ClientCard;
pub use crate::domain::import_plan::ImportedCard;

/// The first thing wrong in an imported file: nothing is imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ImportError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column: the field number in a CSV, the character in a vCard.
    pub column: usize,
    /// What is wrong.
    pub why: Why,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.why)
    }
}

impl crate::i18n::Say for ImportError {
    /// "line 3, column 2: what", in words.
    fn say(&self, l: &crate::i18n::Locale) -> String {
        crate::i18n::fill_all(
            l.t(crate::i18n::ErrorMsg::LineColumn),
            &[&self.line, &self.column, &self.why.say(l)],
        )
    }
}

impl ImportError {
    /// An error at `line`, `column`.
    pub fn at(line: usize, column: usize, why: impl Into<Why>) -> Self {
        Self {
            line,
            column,
            why: why.into(),
        }
    }

    /// Bad bytes, placed by character (vCard) — CSV places them by field itself.
    pub fn from_decode(e: DecodeError) -> Self {
        let (line, column) = line_and_column(&e.prefix);
        Self::at(line, column, e.what)
    }
}

/// Cards read from a file, and what was left out on the way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportedCards {
    /// The cards, in file order.
    pub cards: Vec<ImportedCard>,
    /// Values that were dropped without stopping the import (a birthday with no year).
    pub warnings: Vec<Why>,
    /// Rows or cards with nothing to import.
    pub blank: usize,
}

/// The codes of `T`, comma-separated, for messages.
fn known<T: IntoEnumIterator + Into<&'static str>>() -> String {
    T::iter().map(Into::into).collect::<Vec<&str>>().join(", ")
}

/// Parses a value of `T`: its code, or its name in Spanish or English, accents and case
/// ignored (`company`, `empresa`, `Empresa`); else says which codes there are.
pub fn parse_code<T>(value: &str) -> Result<T, Why>
where
    T: FromStr + IntoEnumIterator + Into<&'static str> + crate::i18n::Label,
{
    if let Ok(v) = T::from_str(value.trim()) {
        return Ok(v);
    }
    let wanted = crate::domain::text::fold(value.trim());
    let locales = [crate::i18n::Lang::Es, crate::i18n::Lang::En]
        .map(|lang| crate::i18n::Locale::new(lang, "auto"));
    T::iter()
        .find(|v| {
            locales
                .iter()
                .any(|l| crate::domain::text::fold(l.label(v)) == wanted)
        })
        .ok_or_else(|| Why::NotOneOf {
            value: value.to_string(),
            known: known::<T>(),
        })
}

/// `yes`/`no` (also `sí`, `true`, `1`…).
pub fn parse_yes_no(value: &str) -> Result<bool, Why> {
    match crate::domain::text::fold(value.trim()).as_str() {
        "yes" | "y" | "si" | "s" | "true" | "1" | "x" => Ok(true),
        "no" | "n" | "false" | "0" => Ok(false),
        _ => Err(Why::NotYesNo(value.to_string())),
    }
}

/// A birthday as found in contact exports: a date as the format writes it (`parse`),
/// or day and month alone (`--02-29`, `--0229`, `29/02`), kept without a year.
pub fn parse_birthday(
    value: &str,
    parse: impl Fn(&str) -> Option<NaiveDate>,
) -> Result<Option<NaiveDate>, Why> {
    let v = value.trim();
    if let Some(day) = parse(v) {
        return Ok(Some(day));
    }
    crate::domain::dates::parse_birthday(v).map_err(|_| Why::NotADate(value.to_string()))
}

/// Adds `value` to a text field: the first value wins for one-line fields.
pub fn set_first(slot: &mut Option<String>, value: &str) {
    if slot.is_none() && !value.trim().is_empty() {
        *slot = Some(value.trim().to_string());
    }
}

/// Appends `value` to the notes on a line of its own.
pub fn add_note(notes: &mut String, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    if !notes.is_empty() {
        notes.push('\n');
    }
    notes.push_str(value);
}

/// A person's name as a file gives it in parts (vCard `N`, Google's and Outlook's
/// columns, a list's `Nombre`/`Apellidos`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameIn {
    /// Honorific (`Sra.`).
    pub prefix: Option<String>,
    /// Given name.
    pub given: Option<String>,
    /// Middle or additional names (part of the given name in Spain).
    pub middle: Option<String>,
    /// Family name: the first surname, or both in one value.
    pub family: Option<String>,
    /// The second surname, when given apart.
    pub second: Option<String>,
    /// Suffix (`Jr.`), kept at the end of the name.
    pub suffix: Option<String>,
}

/// Trimmed, `None` when empty.
fn some(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
}

/// Names `card` from what a file gave: the parts kept as the card's given name and
/// surnames (both surnames in one value are split in two), the organisation as a
/// person's (or, with no personal name, as the name of a company: also when the only
/// name is the organisation's, as Google's legacy layout writes companies). With no
/// name field the name is the parts joined, else the organisation, else the first
/// email or phone; `false` when there is nothing to name the card by.
pub fn compose_name(card: &mut ClientCard, name: NameIn, company: Option<String>) -> bool {
    let given = [some(&name.given), some(&name.middle)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let given = Some(given).filter(|g| !g.is_empty());
    let (mut surname, mut second) = (some(&name.family), some(&name.second));
    if second.is_none()
        && let Some(both) = surname.clone()
    {
        (surname, second) = crate::domain::person_name::split_surnames(&both);
    }
    let company = some(&company);
    let personal = given.is_some() || surname.is_some();
    if card.name.trim().is_empty() {
        let joined = [
            given.clone(),
            surname.clone(),
            second.clone(),
            some(&name.suffix),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        if !joined.is_empty() {
            card.name = joined;
        } else if let Some(company) = &company {
            card.name = company.clone();
            card.kind = crate::domain::ClientKind::Company;
        } else if let Some(first) = card.emails.first().or(card.phones.first()) {
            card.name = first.clone();
        } else {
            return false;
        }
    } else if !personal
        && company
            .as_deref()
            .is_some_and(|c| c.eq_ignore_ascii_case(card.name.trim()))
    {
        card.kind = crate::domain::ClientKind::Company;
    }
    if card.kind == crate::domain::ClientKind::Person {
        if card.organisation.is_none() {
            card.organisation = company.filter(|c| !c.eq_ignore_ascii_case(card.name.trim()));
        }
        // Parts the file gave apart (clientela's own `X-CLIENTELA-SURNAME`…) win.
        let unset =
            card.given_name.is_none() && card.surname.is_none() && card.second_surname.is_none();
        if personal && unset {
            (card.given_name, card.surname, card.second_surname) = (given, surname, second);
        }
        if card.prefix.is_none() {
            card.prefix = some(&name.prefix);
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ClientKind;

    #[test]
    fn a_name_comes_from_parts_then_company_then_email() {
        let ana = NameIn {
            given: Some("Ana".into()),
            family: Some("Núñez Gil".into()),
            ..NameIn::default()
        };
        let mut card = ClientCard::named("");
        assert!(compose_name(&mut card, ana, Some("Flores SL".into())));
        assert_eq!(card.name, "Ana Núñez Gil");
        assert_eq!(
            (card.surname.as_deref(), card.second_surname.as_deref()),
            (Some("Núñez"), Some("Gil")),
            "both surnames in one value, split"
        );
        assert_eq!(
            (card.kind, card.organisation.as_deref()),
            (ClientKind::Person, Some("Flores SL")),
            "a person's organisation is kept"
        );
        let mut card = ClientCard::named("");
        assert!(compose_name(
            &mut card,
            NameIn::default(),
            Some("Flores SL".into())
        ));
        assert_eq!(
            (card.name.as_str(), card.kind, card.organisation),
            ("Flores SL", ClientKind::Company, None)
        );
        // Google's legacy layout: a company is a Name equal to its organisation.
        let mut card = ClientCard::named("Flores SL");
        assert!(compose_name(
            &mut card,
            NameIn::default(),
            Some("Flores SL".into())
        ));
        assert_eq!(card.kind, ClientKind::Company);
        let mut card = ClientCard::named("");
        card.emails = vec!["a@x.es".into()];
        assert!(compose_name(&mut card, NameIn::default(), None));
        assert_eq!(card.name, "a@x.es");
        assert!(!compose_name(
            &mut ClientCard::named(""),
            NameIn::default(),
            None
        ));
    }

    #[test]
    fn birthdays_without_a_year_keep_day_and_month() {
        let iso = |s: &str| NaiveDate::from_str(s).ok();
        let yearless = crate::domain::dates::yearless;
        assert_eq!(parse_birthday("--02-29", iso), Ok(yearless(2, 29)));
        assert_eq!(parse_birthday("--0725", iso), Ok(yearless(7, 25)));
        assert_eq!(parse_birthday("25/07", iso), Ok(yearless(7, 25)));
        assert_eq!(
            parse_birthday("1980-02-29", iso),
            Ok(NaiveDate::from_ymd_opt(1980, 2, 29))
        );
        assert!(parse_birthday("1980-02-30", iso).is_err());
        assert_eq!(parse_yes_no("Sí"), Ok(true));
        assert!(parse_yes_no("maybe").is_err());
    }
}
