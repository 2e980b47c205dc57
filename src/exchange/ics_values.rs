//! The values of an iCalendar file as the import reads them: properties and their
//! parameters, text, durations, weekdays, and the limits checked before parsing.

use chrono::{Datelike, NaiveDate};
use icalendar::parser::{Component, Property};

pub(super) fn prop<'a>(c: &'a Component<'a>, name: &str) -> Option<&'a Property<'a>> {
    c.properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case(name))
}

pub(super) fn param<'a>(p: &'a Property<'a>, key: &str) -> Option<&'a str> {
    p.params
        .iter()
        .find(|q| q.key.as_str().eq_ignore_ascii_case(key))
        .and_then(|q| q.val.as_ref().map(|v| v.as_str()))
}

pub(super) fn text(c: &Component<'_>, name: &str) -> String {
    prop(c, name)
        .map(|p| p.val.clone().unescape_text().as_str().to_string())
        .unwrap_or_default()
}

/// A duration such as `PT1H30M`, `-PT15M`, `P1D`, `P1W` in minutes.
pub(super) fn minutes(value: &str) -> Option<i64> {
    let (sign, rest) = match value.strip_prefix('-') {
        Some(r) => (-1, r),
        None => (1, value.strip_prefix('+').unwrap_or(value)),
    };
    let rest = rest.strip_prefix('P')?;
    let mut total = 0i64;
    let mut number = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' => {}
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                total += n * match unit {
                    'W' => 7 * 24 * 60,
                    'D' => 24 * 60,
                    'H' => 60,
                    'M' => 1,
                    'S' => 0,
                    _ => return None,
                };
            }
        }
    }
    number.is_empty().then_some(sign * total)
}

pub(super) fn weekday_code(day: NaiveDate) -> String {
    day.weekday().to_string()[..2].to_uppercase()
}

/// The largest .ics file read: years of a busy shop's agendas fit many times over.
pub(super) const MAX_ICS_BYTES: usize = 50_000_000;

/// How deep components may nest: a calendar holds events, which hold alarms; time
/// zones hold their standard and daylight parts.
pub(super) const MAX_ICS_DEPTH: usize = 8;

/// The line where `BEGIN:` components first nest deeper than [`MAX_ICS_DEPTH`], if they do.
pub(super) fn too_deep(content: &str) -> Option<usize> {
    let mut depth = 0usize;
    let starts = |line: &[u8], word: &[u8]| {
        line.len() >= word.len() && line[..word.len()].eq_ignore_ascii_case(word)
    };
    for (i, line) in content.lines().enumerate() {
        let line = line.trim_start().as_bytes();
        if starts(line, b"BEGIN:") {
            depth += 1;
            if depth > MAX_ICS_DEPTH {
                return Some(i + 1);
            }
        } else if starts(line, b"END:") {
            depth = depth.saturating_sub(1);
        }
    }
    None
}

/// Why a file could not be imported: where and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {why}")]
pub struct IcsError {
    /// The file.
    pub file: String,
    /// 1-based line of the original file (0 when unknown).
    pub line: usize,
    /// What was wrong.
    pub why: super::why::Why,
}

impl crate::i18n::Say for IcsError {
    /// `file, línea 3: what`.
    fn say(&self, l: &crate::i18n::Locale) -> String {
        let at = crate::i18n::fill2(
            l.t(crate::i18n::ErrorMsg::AtLine),
            self.line,
            self.why.say(l),
        );
        l.in_file(&self.file, &at)
    }
}
