//! Money as people type it at a Spanish counter: `12,50`, `12.50`, `12`.
//! Kept as integer cents everywhere.

/// Why an amount was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an amount (use 12,50 or 12.50)")]
pub struct AmountError(pub String);

/// The largest amount one entry may carry: 10,000,000.00. Far above any sale of a
/// small shop, and low enough that no sum of a lifetime of entries overflows.
pub const MAX_AMOUNT_CENTS: i64 = 1_000_000_000;

/// Parses an amount into cents: digits, at most one decimal separator (`,` or `.`)
/// followed by one or two digits. A leading `-` is allowed only when `signed`.
pub fn parse_cents(input: &str, signed: bool) -> Result<i64, AmountError> {
    let s = input.trim().trim_end_matches('€').trim();
    let err = || AmountError(input.trim().to_string());
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) if signed => (true, rest),
        Some(_) => return Err(err()),
        None => (false, s),
    };
    let (units, decimals) = match digits.split_once([',', '.']) {
        Some((u, d)) => (u, d),
        None => (digits, ""),
    };
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if units.is_empty() || !all_digits(units) || !all_digits(decimals) || decimals.len() > 2 {
        return Err(err());
    }
    if digits.contains([',', '.']) && decimals.is_empty() {
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

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "12,5,0", "1.234,50", "12,", ",50", "12,505", "abc", "", "-3", "1e3", "12 50",
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
