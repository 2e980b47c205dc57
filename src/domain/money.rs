//! Money as people type it at a Spanish counter: `12,50`, `12.50`, `12`.
//! Kept as integer cents everywhere.

/// Why an amount was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", if self.is_ambiguous() {
    format!("`{}` can be read two ways: write thousands without a mark (1234) or two decimals (12.50)", self.0)
} else {
    format!("`{}` is not an amount (use 12,50 or 12.50)", self.0)
})]
pub struct AmountError(pub String);

impl AmountError {
    /// Whether the refused text is a number with one mark before three digits (`1.234`,
    /// `12,505`): thousands to one reader, a mistyped decimal to another.
    pub fn is_ambiguous(&self) -> bool {
        let s = self.0.trim().trim_start_matches('-');
        match s.rfind([',', '.']) {
            Some(i) => {
                let (head, tail) = (&s[..i], &s[i + 1..]);
                s.matches([',', '.']).count() == 1
                    && tail.len() == 3
                    && !head.is_empty()
                    && head.len() <= 3
                    && (head.bytes().chain(tail.bytes())).all(|b| b.is_ascii_digit())
            }
            None => false,
        }
    }
}

/// The largest amount one entry may carry: 10,000,000.00. Far above any sale of a
/// small shop, and low enough that no sum of a lifetime of entries overflows.
pub const MAX_AMOUNT_CENTS: i64 = 1_000_000_000;

/// Parses an amount into cents: digits, at most one decimal separator (`,` or `.`)
/// followed by one or two digits. A leading `-` is allowed only when `signed`.
/// Thousands may be grouped with the other separator (`1.234,50`, `1,234.50`) or, with
/// no decimals, with two or more groups (`1.234.567`); a lone `1.234` or `12,505` is
/// refused rather than guessed (a mistyped `12,50` must not become 12 505).
pub fn parse_cents(input: &str, signed: bool) -> Result<i64, AmountError> {
    let s = input.trim().trim_end_matches('€').trim();
    let err = || AmountError(input.trim().to_string());
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) if signed => (true, rest),
        Some(_) => return Err(err()),
        None => (false, s),
    };
    let is_sep = |c: char| c == ',' || c == '.';
    // The decimal part: after the last separator, if it is that separator's only use
    // and one or two digits follow.
    let (grouped, decimals, decimal_mark) = match digits.rfind(is_sep) {
        Some(i) => {
            let mark = digits[i..].chars().next().unwrap_or('.');
            let after = &digits[i + 1..];
            if digits.matches(mark).count() == 1 && (1..=2).contains(&after.len()) {
                (&digits[..i], after, Some(mark))
            } else {
                (digits, "", None)
            }
        }
        None => (digits, "", None),
    };
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let units = ungroup(grouped, decimal_mark).ok_or_else(err)?;
    if !all_digits(&units) || (!decimals.is_empty() && !all_digits(decimals)) {
        return Err(err());
    }
    let units: i64 = units.parse().map_err(|_| err())?;
    let cents: i64 = match decimals.len() {
        0 => 0,
        1 => decimals.parse::<i64>().map_err(|_| err())? * 10,
        _ => decimals.parse().map_err(|_| err())?,
    };
    let total = units
        .checked_mul(100)
        .and_then(|u| u.checked_add(cents))
        .ok_or_else(err)?;
    Ok(if negative { -total } else { total })
}

/// The digits of `grouped` without its thousands separators: plain digits, or groups
/// of three after the first one to three digits, all with one separator that is not
/// the decimal mark, at least two groups unless a decimal part follows.
fn ungroup(grouped: &str, decimal_mark: Option<char>) -> Option<String> {
    let Some(mark) = grouped.chars().find(|c| *c == ',' || *c == '.') else {
        return Some(grouped.to_string());
    };
    if Some(mark) == decimal_mark {
        return None;
    }
    let groups: Vec<&str> = grouped.split(mark).collect();
    let shaped = (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    let enough = decimal_mark.is_some() || groups.len() >= 3;
    (shaped && enough).then(|| groups.concat())
}

/// Cents as an amount with two decimals and the given decimal separator.
pub fn format_cents(cents: i64, separator: char) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}{separator}{:02}", abs / 100, abs % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comma_and_point_are_both_decimal_separators() {
        assert_eq!(parse_cents("12,50", false), Ok(1250));
        assert_eq!(parse_cents("12.50", false), Ok(1250));
        assert_eq!(parse_cents("12,5", false), Ok(1250));
        assert_eq!(parse_cents("12", false), Ok(1200));
        assert_eq!(parse_cents(" 0,07 € ", false), Ok(7));
        assert_eq!(parse_cents("-3,10", true), Ok(-310));
    }

    /// Thousands grouped as each language writes them, as the program shows amounts.
    #[test]
    fn thousands_separators_are_taken_when_unambiguous() {
        assert_eq!(parse_cents("1.234,50", false), Ok(123_450));
        assert_eq!(parse_cents("1,234.50", false), Ok(123_450));
        assert_eq!(parse_cents("25.712,77 €", false), Ok(2_571_277));
        assert_eq!(parse_cents("1.234.567", false), Ok(123_456_700));
        assert_eq!(parse_cents("-1.234,5", true), Ok(-123_450));
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "12,5,0",
            "12,",
            ",50",
            "12,505",
            "1.234",
            "1,234",
            "1.23,45",
            "1.234.56,7",
            "1,234,50",
            "abc",
            "",
            "-3",
            "1e3",
            "12 50",
            "1..234",
            ".5",
        ] {
            assert!(parse_cents(bad, false).is_err(), "{bad}");
        }
        assert!(parse_cents("-", true).is_err());
    }

    #[test]
    fn formats_with_two_decimals() {
        assert_eq!(format_cents(1250, ','), "12,50");
        assert_eq!(format_cents(7, '.'), "0.07");
        assert_eq!(format_cents(-310, ','), "-3,10");
    }
}
