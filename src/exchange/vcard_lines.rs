//! The lines of a vCard file before its properties are read: folds and
//! quoted-printable soft breaks joined (a fold inside a character mended), 2.1's bare
//! parameters named, values split and unescaped, dates read, and which of several
//! properties is preferred.

use chrono::NaiveDate;

/// One property as written: its first line and the text after the unfolding.
pub(super) struct Logical {
    pub(super) line: usize,
    pub(super) text: String,
}

pub(super) fn is_quoted_printable(text: &str) -> bool {
    let head = text
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    head.contains("QUOTED-PRINTABLE")
}

/// Joins folded lines and quoted-printable soft breaks.
pub(super) fn unfold(text: &str) -> Vec<Logical> {
    let mut lines: Vec<Logical> = Vec::new();
    let mut soft_break = false;
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match lines.last_mut() {
            Some(last) if soft_break => last.text.push_str(raw),
            Some(last) if raw.starts_with([' ', '\t']) => last.text.push_str(&raw[1..]),
            _ if raw.trim().is_empty() => continue,
            _ => lines.push(Logical {
                line: i + 1,
                text: raw.to_string(),
            }),
        }
        soft_break = false;
        if let Some(last) = lines.last_mut()
            && is_quoted_printable(&last.text)
            && last.text.ends_with('=')
        {
            last.text.pop();
            soft_break = true;
        }
    }
    lines
}

/// `TEL;CELL;VOICE:` (2.1) → `TEL;TYPE=CELL;TYPE=VOICE:`, so every parameter has a name.
pub(super) fn name_bare_parameters(text: &str) -> String {
    let Some((head, value)) = text.split_once(':') else {
        return text.to_string();
    };
    if head.contains('"') || !head.contains(';') {
        return text.to_string();
    }
    let mut parts = head.split(';');
    let mut out = parts.next().unwrap_or_default().to_string();
    for p in parts {
        out.push(';');
        if !p.contains('=') {
            out.push_str("TYPE=");
        }
        out.push_str(p);
    }
    format!("{out}:{value}")
}

/// Splits at `sep` not escaped with a backslash, and unescapes each part.
pub(super) fn split_unescaped(value: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => parts.last_mut().map(|p| p.push('\n')),
                Some(other) => parts.last_mut().map(|p| p.push(other)),
                None => None,
            },
            c if c == sep => {
                parts.push(String::new());
                None
            }
            c => parts.last_mut().map(|p| p.push(c)),
        };
    }
    parts
}

pub(super) fn unescape(value: &str) -> String {
    split_unescaped(value, '\u{0}').concat()
}

pub(super) fn vcard_date(value: &str) -> Option<NaiveDate> {
    let day = value.split('T').next().unwrap_or(value);
    NaiveDate::parse_from_str(day, "%Y%m%d")
        .or_else(|_| NaiveDate::parse_from_str(day, "%Y-%m-%d"))
        .ok()
}

/// How much a property is the one to take when a card has several: `PREF=1` or
/// `TYPE=pref` most, then one in no language or in Spanish, then one in another
/// language (a name written for Japanese readers).
pub(super) fn preference(param: &dyn Fn(&str) -> Option<String>) -> u8 {
    let types = param("TYPE").unwrap_or_default().to_ascii_lowercase();
    if param("PREF").is_some_and(|p| p.trim() == "1") || types.split(',').any(|t| t == "pref") {
        return 3;
    }
    match param("LANGUAGE").map(|l| l.to_ascii_lowercase()) {
        None => 2,
        Some(l) if l.starts_with("es") => 2,
        Some(_) => 1,
    }
}

/// A UTF-8 file folded in the middle of a character (the bytes of `ñ` on both sides of
/// a line break and its space) made whole: the character's first bytes moved after the
/// fold, so the text decodes as UTF-8 and every line keeps its number. `None` when
/// there is nothing to mend.
pub(super) fn mend_split_folds(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes.to_vec();
    let mut changed = false;
    let mut i = 0;
    while i + 1 < out.len() {
        if out[i] == b'\n' && matches!(out[i + 1], b' ' | b'\t') {
            let end = if i > 0 && out[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            // The bytes of an unfinished character at the line's end.
            let mut start = end;
            while start > 0 && end - start < 4 && (out[start - 1] & 0xC0) == 0x80 {
                start -= 1;
            }
            if start > 0 && out[start - 1] >= 0xC0 {
                start -= 1;
                let lead = out[start];
                let need = if lead >= 0xF0 {
                    4
                } else if lead >= 0xE0 {
                    3
                } else {
                    2
                };
                if end - start < need {
                    let partial: Vec<u8> = out.drain(start..end).collect();
                    let at = i + 2 - partial.len();
                    for (k, b) in partial.into_iter().enumerate() {
                        out.insert(at + k, b);
                    }
                    changed = true;
                }
            }
        }
        i += 1;
    }
    changed.then_some(out)
}
