//! Clients as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426): UTF-8, CRLF, text escaped, lines
//! folded at 75 octets without splitting a character.
//!
//! A card carries the name (`FN`, `N`; `ORG` and, in 4.0, `KIND:org` for companies),
//! phones, emails, the address (`ADR`: street, city, postcode), the birthday, the
//! tags (`CATEGORIES`) and the notes.

use std::io::{self, Write};

use crate::domain::{Client, ClientKind};

/// The longest line, in octets, before the line break.
const FOLD_AT: usize = 75;

/// Escapes a text value: backslash, comma, semicolon and line breaks.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            other => out.push(other),
        }
    }
    out
}

/// Writes one content line, folded: no physical line longer than 75 octets, each
/// continuation starting with a space.
fn line(out: &mut impl Write, content: &str) -> io::Result<()> {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > FOLD_AT {
            out.write_all(b"\r\n ")?;
            width = 1;
        }
        let mut buf = [0; 4];
        out.write_all(c.encode_utf8(&mut buf).as_bytes())?;
        width += len;
    }
    out.write_all(b"\r\n")
}

/// Writes `clients` as vCards of `version` (3 or 4).
pub fn write_vcards(mut out: impl Write, clients: &[&Client], version: u8) -> io::Result<()> {
    let v4 = version >= 4;
    for client in clients {
        let k = &client.card;
        let company = k.kind == ClientKind::Company;
        line(&mut out, "BEGIN:VCARD")?;
        line(&mut out, if v4 { "VERSION:4.0" } else { "VERSION:3.0" })?;
        line(&mut out, "PRODID:-//clientela//clientela//ES")?;
        if v4 && company {
            line(&mut out, "KIND:org")?;
        }
        line(&mut out, &format!("FN:{}", escape(&k.name)))?;
        let n = if company {
            String::new()
        } else {
            escape(&k.name)
        };
        line(&mut out, &format!("N:;{n};;;"))?;
        if company {
            line(&mut out, &format!("ORG:{}", escape(&k.name)))?;
        }
        for phone in &k.phones {
            let prefix = if v4 { "TEL;VALUE=text" } else { "TEL" };
            line(&mut out, &format!("{prefix}:{}", escape(phone)))?;
        }
        for email in &k.emails {
            line(&mut out, &format!("EMAIL:{}", escape(email)))?;
        }
        if k.address.is_some() || k.city.is_some() || k.postcode.is_some() {
            let part = |v: &Option<String>| v.as_deref().map(escape).unwrap_or_default();
            line(
                &mut out,
                &format!(
                    "ADR:;;{};{};;{};",
                    part(&k.address),
                    part(&k.city),
                    part(&k.postcode)
                ),
            )?;
        }
        if let Some(day) = k.birthday {
            let text = if v4 {
                day.format("%Y%m%d")
            } else {
                day.format("%Y-%m-%d")
            };
            line(&mut out, &format!("BDAY:{text}"))?;
        }
        if !k.tags.is_empty() {
            let tags: Vec<String> = k.tags.iter().map(|t| escape(t)).collect();
            line(&mut out, &format!("CATEGORIES:{}", tags.join(",")))?;
        }
        if !k.notes.is_empty() {
            line(&mut out, &format!("NOTE:{}", escape(&k.notes)))?;
        }
        line(&mut out, "END:VCARD")?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = Vec::new();
        let text = format!("NOTE:{}", "ñ".repeat(60));
        line(&mut out, &text).expect("write");
        let written = String::from_utf8(out).expect("whole characters");
        for physical in written.split("\r\n") {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = written.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{text}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a,b;c\\d\r\ne\nf"),
            "a\\,b\\;c\\\\d\\ne\\nf".to_string()
        );
    }
}
