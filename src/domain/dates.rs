//! Date input as people type it: ISO (`2026-03-14`) or Spanish (`14/03/2026`).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

/// Why a typed date was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the shape YYYY-MM-DD or DD/MM/YYYY.
    #[error("`{0}` is not a date (use YYYY-MM-DD or DD/MM/YYYY)")]
    Shape(String),
    /// The right shape, but no such day (31/02/2026).
    #[error("`{0}` is not a day of the calendar")]
    NoSuchDay(String),
    /// A day outside [`YEARS`].
    #[error("`{0}` is outside the years 1900 to 2200")]
    OutOfRange(String),
}

/// The years a date may fall in: anything outside is a typing mistake, and would sort
/// before or after every real date.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Whether `day` falls in [`YEARS`].
pub fn in_range(day: NaiveDate) -> bool {
    YEARS.contains(&day.year())
}

/// Parses `YYYY-MM-DD`, `DD/MM/YYYY` or `D/M/YYYY` (also with `-` or `.` between
/// day, month and year in the day-first form).
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    let shape = || DateError::Shape(s.to_string());
    let numbers: Vec<&str> = s.split(['-', '/', '.']).collect();
    if numbers.len() != 3
        || numbers
            .iter()
            .any(|n| n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(shape());
    }
    let parse = |n: &str| n.parse::<u32>().map_err(|_| shape());
    let (year, month, day) = if numbers[0].len() == 4 && s.contains('-') {
        (parse(numbers[0])?, parse(numbers[1])?, parse(numbers[2])?)
    } else if numbers[2].len() == 4 && numbers[0].len() <= 2 && numbers[1].len() <= 2 {
        (parse(numbers[2])?, parse(numbers[1])?, parse(numbers[0])?)
    } else {
        return Err(shape());
    };
    let year = i32::try_from(year).map_err(|_| shape())?;
    let day = NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| DateError::NoSuchDay(s.to_string()))?;
    if !in_range(day) {
        return Err(DateError::OutOfRange(s.to_string()));
    }
    Ok(day)
}

/// The year a birthday without a year is kept in (`0004-07-25`): a leap year, so 29
/// February fits, that no real birthday has. Shown as day and month only.
pub const NO_YEAR: i32 = 4;

/// A birthday known by day and month only.
pub fn yearless(month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(NO_YEAR, month, day)
}

/// Whether `day` has a year (a birthday may not).
pub fn has_year(day: NaiveDate) -> bool {
    day.year() != NO_YEAR
}

/// Parses a birthday: a date as [`parse_date`] reads it, or a day and month alone,
/// kept without a year: `25/07`, `25-07`, or as vCard and ISO write it, `--07-25`,
/// `--0725`. An empty input is `None`.
pub fn parse_birthday(input: &str) -> Result<Option<NaiveDate>, DateError> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let no_such = || DateError::NoSuchDay(s.to_string());
    if let Some(rest) = s.strip_prefix("--") {
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        if digits.len() == 4 && rest.len() <= 5 {
            let (m, d) = (digits[..2].parse().ok(), digits[2..].parse().ok());
            return match (m, d) {
                (Some(m), Some(d)) => yearless(m, d).map(Some).ok_or_else(no_such),
                _ => Err(DateError::Shape(s.to_string())),
            };
        }
        return Err(DateError::Shape(s.to_string()));
    }
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    if let [d, m] = parts.as_slice()
        && [d, m]
            .iter()
            .all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    {
        let (d, m) = (d.parse().unwrap_or(0), m.parse().unwrap_or(0));
        return yearless(m, d).map(Some).ok_or_else(no_such);
    }
    parse_date(s).map(Some)
}

/// Parses an optional date: an empty input is `None`.
pub fn parse_optional_date(input: &str) -> Result<Option<NaiveDate>, DateError> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(input).map(Some)
    }
}

/// Parses a date as [`parse_date`] does, and also a day and month without the year
/// (`30/11`, `30-11`, `30.11`): that day in `today`'s year.
pub fn parse_date_in_year(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    let numbers: Vec<&str> = s.split(['-', '/', '.']).collect();
    match numbers.as_slice() {
        [day, month]
            if [day, month]
                .iter()
                .all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())) =>
        {
            let (day, month) = (
                day.parse().map_err(|_| DateError::Shape(s.to_string()))?,
                month.parse().map_err(|_| DateError::Shape(s.to_string()))?,
            );
            NaiveDate::from_ymd_opt(today.year(), month, day)
                .ok_or_else(|| DateError::NoSuchDay(s.to_string()))
        }
        _ => parse_date(s),
    }
}

/// A time of day as people type it: `10:30`, `9:05`, `10.30`, `10h30`, `10h`, `10`,
/// `1030`.
pub fn parse_clock(input: &str) -> Option<NaiveTime> {
    let s = input.trim().to_lowercase();
    let s = s.strip_suffix('h').unwrap_or(&s);
    let (h, m) = match s.split_once([':', '.', 'h']) {
        Some((h, m)) => (h, m),
        None if s.len() == 4 => s.split_at(2),
        None => (s, "0"),
    };
    let digits = |t: &str| !t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || !digits(m) || (m.len() == 1 && m != "0") {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// A length of time as people type it: `30m`, `30 min`, `1h`, `1h30`, `1h30m`, `+45`
/// (minutes), `1:30h`. `None` when it is not one (a time of day is not).
pub fn parse_length(input: &str) -> Option<chrono::Duration> {
    let s: String = input
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let number = |t: &str| -> Option<i64> {
        (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let minutes = if let Some(m) = s.strip_prefix('+') {
        number(m.trim_end_matches("min").trim_end_matches('m'))?
    } else if let Some(m) = s.strip_suffix("min").or_else(|| s.strip_suffix('m')) {
        match m.split_once('h') {
            Some((h, m)) => number(h)? * 60 + number(m)?,
            None => number(m)?,
        }
    } else if let Some((h, m)) = s.strip_suffix('h').and_then(|h| h.split_once(':')) {
        number(h)? * 60 + number(m)?
    } else if let Some((h, m)) = s.split_once('h') {
        number(h)? * 60 + if m.is_empty() { 0 } else { number(m)? }
    } else {
        return None;
    };
    (minutes > 0 && minutes <= 24 * 60).then(|| chrono::Duration::minutes(minutes))
}

/// Parses a date with an optional time as [`parse_datetime`] does, the date also
/// without its year (`30/11 10:00`: that day in `today`'s year).
pub fn parse_datetime_in_year(input: &str, today: NaiveDate) -> Result<NaiveDateTime, DateError> {
    let s = input.trim();
    if let Ok(t) = parse_datetime(s) {
        return Ok(t);
    }
    let (date_part, time_part) = match s.split_once(' ') {
        Some((d, t)) => (d, Some(t.trim())),
        None => (s, None),
    };
    let day = parse_date_in_year(date_part, today)?;
    let time = match time_part {
        None => NaiveTime::MIN,
        Some(t) => parse_clock(t).ok_or_else(|| DateError::Shape(s.to_string()))?,
    };
    Ok(day.and_time(time))
}

/// Parses a date with an optional time: `2026-03-14`, `2026-03-14 09:30`,
/// `2026-03-14T09:30:00`, `14/03/2026 9:30`. A date alone means the start of that day.
pub fn parse_datetime(input: &str) -> Result<NaiveDateTime, DateError> {
    let s = input.trim();
    let (date_part, time_part) = match s.split_once([' ', 'T']) {
        Some((d, t)) => (d, Some(t.trim())),
        None => (s, None),
    };
    let date = parse_date(date_part)?;
    let time = match time_part {
        None => NaiveTime::MIN,
        Some(t) => NaiveTime::parse_from_str(t, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
            .map_err(|_| DateError::Shape(s.to_string()))?,
    };
    Ok(date.and_time(time))
}

/// The end typed after `start`: a time of day, or a length (`30m`, `1h30`, `+45`; a
/// time before the start such as `1h` is read as a length).
pub fn parse_end(text: &str, start: NaiveTime) -> Option<NaiveTime> {
    let t = text.trim().to_lowercase();
    let length_only = t.starts_with('+') || t.ends_with('m') || t.ends_with("min");
    let clock = (!length_only).then(|| parse_clock(&t)).flatten();
    match clock {
        Some(end) if end >= start => Some(end),
        _ => match parse_length(&t) {
            Some(length) => match start.overflowing_add_signed(length) {
                (end, 0) => Some(end),
                _ => None,
            },
            None => clock,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn times_and_lengths_as_people_type_them() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        for (typed, want) in [
            ("10:30", t(10, 30)),
            ("9:05", t(9, 5)),
            ("10.30", t(10, 30)),
            ("10h30", t(10, 30)),
            ("10h", t(10, 0)),
            ("10", t(10, 0)),
            ("1030", t(10, 30)),
            ("25:00", None),
            ("10:3", None),
            ("diez", None),
        ] {
            assert_eq!(parse_clock(typed), want, "{typed}");
        }
        let m = |n| Some(chrono::Duration::minutes(n));
        for (typed, want) in [
            ("30m", m(30)),
            ("30 min", m(30)),
            ("1h", m(60)),
            ("1h30", m(90)),
            ("1h30m", m(90)),
            ("+45", m(45)),
            ("1:30h", m(90)),
            ("10:30", None),
            ("0m", None),
            ("m", None),
        ] {
            assert_eq!(parse_length(typed), want, "{typed}");
        }
        let today = d(2026, 11, 27);
        assert_eq!(parse_date_in_year("30/11", today), Ok(d(2026, 11, 30)));
        assert_eq!(parse_date_in_year("3.2", today), Ok(d(2026, 2, 3)));
        assert_eq!(parse_date_in_year("30/11/2027", today), Ok(d(2027, 11, 30)));
        assert!(parse_date_in_year("31/02", today).is_err());
    }

    #[test]
    fn accepts_iso_and_spanish_forms() {
        assert_eq!(parse_date("2026-03-14"), Ok(d(2026, 3, 14)));
        assert_eq!(parse_date("14/03/2026"), Ok(d(2026, 3, 14)));
        assert_eq!(parse_date("4/3/2026"), Ok(d(2026, 3, 4)));
        assert_eq!(parse_date(" 14.03.2026 "), Ok(d(2026, 3, 14)));
    }

    #[test]
    fn refuses_impossible_days_and_shapes() {
        assert!(matches!(
            parse_date("31/02/2026"),
            Err(DateError::NoSuchDay(_))
        ));
        assert!(matches!(
            parse_date("2026-13-01"),
            Err(DateError::NoSuchDay(_))
        ));
        for bad in [
            "",
            "tomorrow",
            "2026/03",
            "14-03-26",
            "2026-3-x",
            "1/2/3/2026",
        ] {
            assert!(matches!(parse_date(bad), Err(DateError::Shape(_))), "{bad}");
        }
    }

    #[test]
    fn date_times_with_or_without_time() {
        let at = |h, m| d(2026, 3, 14).and_hms_opt(h, m, 0).expect("time");
        assert_eq!(parse_datetime("2026-03-14"), Ok(at(0, 0)));
        assert_eq!(parse_datetime("2026-03-14 09:30"), Ok(at(9, 30)));
        assert_eq!(parse_datetime("2026-03-14T09:30:00"), Ok(at(9, 30)));
        assert_eq!(parse_datetime("14/03/2026 9:30"), Ok(at(9, 30)));
        assert!(parse_datetime("2026-03-14 25:00").is_err());
        assert!(matches!(
            parse_datetime("31/02/2026 10:00"),
            Err(DateError::NoSuchDay(_))
        ));
    }

    #[test]
    fn empty_optional_date_is_none() {
        assert_eq!(parse_optional_date("  "), Ok(None));
        assert_eq!(parse_optional_date("01/01/2000"), Ok(Some(d(2000, 1, 1))));
    }

    #[test]
    fn an_end_is_a_time_or_a_length_after_the_start() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
        assert_eq!(parse_end("10:30", t(10, 0)), Some(t(10, 30)));
        assert_eq!(parse_end("30m", t(10, 0)), Some(t(10, 30)));
        assert_eq!(parse_end("1h30", t(10, 0)), Some(t(11, 30)));
        assert_eq!(parse_end("+45", t(10, 0)), Some(t(10, 45)));
        // A time before the start is a length.
        assert_eq!(parse_end("1h", t(10, 0)), Some(t(11, 0)));
        assert_eq!(parse_end("nada", t(10, 0)), None);
    }
}
