//! The shape of every field the program stores, in one place: how long text may be,
//! what a phone number and an email address look like, which dates are plausible.
//! Every input path (command line, forms, CSV, vCard, iCalendar, and later ones) ends
//! in the `validate` of the record it builds, and those call these; control
//! characters are removed before (see `text::one_line` and `text::multi_line`).

use chrono::NaiveDate;

/// The longest name (a person's full name or a company's), in characters.
pub const NAME_MAX: usize = 200;
/// The longest one-line field (address, city, tax id, tag, title, place…), in characters.
pub const LINE_MAX: usize = 300;
/// The longest email address (RFC 5321's path limit).
pub const EMAIL_MAX: usize = 254;
/// The longest phone number as written, extension included.
pub const PHONE_MAX: usize = 40;
/// The longest free text (a card's notes, a log entry's note, an answer), in characters.
pub const NOTES_MAX: usize = 20_000;
/// Digits a phone number has at least (short service numbers) and at most (E.164's 15,
/// plus an international prefix written as 00).
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 3..=17;
/// The first plausible date of a birthday, a consent, a membership.
pub const EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("1900-01-01 is a date"),
};

/// What is wrong with a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// Longer than `max` characters (`len` of them).
    TooLong {
        /// The limit.
        max: usize,
        /// How long it is.
        len: usize,
    },
    /// Not a phone number.
    Phone(String),
    /// Not an email address.
    Email(String),
    /// A date that cannot be: in the future, or before 1900.
    Implausible(NaiveDate),
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Invalid::TooLong { max, len } => {
                write!(f, "{len} characters, more than the {max} it may have")
            }
            Invalid::Phone(p) => write!(
                f,
                "`{}` is not a phone number (3 to 17 digits, with spaces and + ( ) - . /, and an optional extension)",
                short(p)
            ),
            Invalid::Email(e) => write!(f, "`{}` is not an email address", short(e)),
            Invalid::Implausible(d) => {
                write!(f, "{d} cannot be: it must be between 1900 and today")
            }
        }
    }
}

/// A value cut for a message.
fn short(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

/// At most `max` characters.
pub fn length(s: &str, max: usize) -> Result<(), Invalid> {
    // Counting stops past the limit: a 10 MB value is not walked to its end.
    match s.chars().take(max + 1).count() {
        n if n > max => Err(Invalid::TooLong {
            max,
            len: s.chars().count(),
        }),
        _ => Ok(()),
    }
}

/// A phone number as people write one: digits with spaces and `+ ( ) - . /`, a `+`
/// only in front, between 3 and 17 digits, and an optional extension after `ext`,
/// `ext.`, `extensión`, `x` or `#` (`+34 (91) 555-12-12 ext. 204`).
pub fn phone(s: &str) -> Result<(), Invalid> {
    let bad = || Invalid::Phone(s.to_owned());
    if s.chars().count() > PHONE_MAX {
        return Err(bad());
    }
    let lower = s.to_lowercase();
    let (number, extension) = ["extensión", "extension", "ext.", "ext", "x", "#"]
        .iter()
        .find_map(|mark| {
            lower
                .find(mark)
                .map(|at| (&lower[..at], &lower[at + mark.len()..]))
        })
        .unwrap_or((lower.as_str(), ""));
    let extension = extension.trim();
    if !extension.chars().all(|c| c.is_ascii_digit()) || (lower != number && extension.is_empty()) {
        return Err(bad());
    }
    let number = number.trim();
    let body = number.strip_prefix('+').unwrap_or(number);
    let allowed = |c: char| c.is_ascii_digit() || " ()-./".contains(c);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if body.chars().all(allowed) && PHONE_DIGITS.contains(&digits) {
        Ok(())
    } else {
        Err(bad())
    }
}

/// An email address's shape: a local part of letters, digits and
/// ``!#$%&'*+-/=?^_`{|}~`` in dot-separated runs, `@`, and a domain of two or more
/// labels of letters, digits and inner hyphens; at most 254 characters. Letters may be
/// accented (internationalised addresses). Whether it exists is not checked.
pub fn email(s: &str) -> Result<(), Invalid> {
    let bad = || Invalid::Email(s.to_owned());
    if s.chars().count() > EMAIL_MAX {
        return Err(bad());
    }
    let (local, domain) = s.split_once('@').ok_or_else(bad)?;
    let local_ok = |c: char| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    let runs_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .split('.')
            .all(|run| !run.is_empty() && run.chars().all(local_ok));
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let top_ok = labels
        .last()
        .is_some_and(|t| t.chars().count() >= 2 && !t.chars().all(|c| c.is_ascii_digit()));
    if runs_ok && labels.len() >= 2 && labels.iter().all(label_ok) && top_ok {
        Ok(())
    } else {
        Err(bad())
    }
}

/// A date of the past: a birthday, a consent, a membership — from 1900 to `today`.
pub fn past_date(date: NaiveDate, today: NaiveDate) -> Result<(), Invalid> {
    if (EARLIEST..=today).contains(&date) {
        Ok(())
    } else {
        Err(Invalid::Implausible(date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_as_written_in_spain_and_abroad_pass_and_garbage_does_not() {
        for ok in [
            "600 111 222",
            "+34 600 111 222",
            "+34 (91) 555-12-12",
            "0034600000402",
            "91.555.12.12",
            "961 23 45 67 ext. 204",
            "+1 (555) 010-9999 x12",
            "112",
        ] {
            assert_eq!(phone(ok), Ok(()), "{ok}");
        }
        for bad in [
            "abc",
            "+",
            "';--",
            "12",
            "600+111",
            "600 111 222 ext",
            "600 111 222 ext abc",
            "=1+1",
            "1234567890123456789",
        ] {
            assert!(phone(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails_need_a_plain_local_part_and_a_dotted_domain() {
        for ok in [
            "ana@correo.es",
            "ana.nunez+tienda@mail.example.com",
            "josé@correos.es",
            "o'brien@x.ie",
        ] {
            assert_eq!(email(ok), Ok(()), "{ok}");
        }
        for bad in [
            "<script>@x.com",
            "ana@",
            "@x.es",
            "ana@x",
            "ana@@x.es",
            "ana x@x.es",
            "ana..b@x.es",
            "ana@-x.es",
            "ana@x.1",
            "ana@c..es",
            "",
            "\"quoted\"@x.es",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lengths_count_characters_and_stop_early() {
        assert_eq!(length("ñññ", 3), Ok(()));
        assert_eq!(length("ññññ", 3), Err(Invalid::TooLong { max: 3, len: 4 }));
    }

    #[test]
    fn past_dates_run_from_1900_to_today() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        assert!(past_date(today, today).is_ok());
        assert!(past_date(EARLIEST, today).is_ok());
        assert!(past_date(today.succ_opt().expect("date"), today).is_err());
        assert!(past_date(NaiveDate::from_ymd_opt(2099, 1, 1).expect("d"), today).is_err());
        assert!(past_date(NaiveDate::from_ymd_opt(1899, 12, 31).expect("d"), today).is_err());
    }
}
