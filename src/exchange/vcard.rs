//! Clients as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426): UTF-8, CRLF, text escaped, lines
//! folded at 75 octets without splitting a character.
//!
//! A card carries its identity (`UID`: the one it was imported with, else one derived
//! from the client), the name (`FN`; `N` with both surnames as the family name;
//! `NICKNAME`; `ORG`, `X-ABShowAs:COMPANY` and, in 4.0, `KIND:org` for companies; a
//! person's `ORG` and `TITLE`), phones typed cell or voice, emails, `URL`, the address
//! (`ADR`: street, city, region, postcode, country), the birthday, the tags
//! (`CATEGORIES`), the notes, and what vCard has no property for as `X-CLIENTELA-*`
//! (tax id, relation, consent, source, referral, influence…), read back on import.

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

/// A stable identity for a card that has none from an address book: a UUID-shaped
/// value hashed from the client's id and creation time (FNV-1a), the same at every
/// export of the database, different for every client.
fn derived_uid(client: &Client) -> String {
    let seed = format!("clientela:{}:{}", client.id, client.created_at);
    let fnv = |basis: u64| {
        seed.bytes().fold(basis, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let (a, b) = (fnv(0xcbf2_9ce4_8422_2325), fnv(0x8422_2325_cbf2_9ce4));
    format!(
        "urn:uuid:{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        (b >> 48) & 0xfff,
        b & 0xffff_ffff_ffff
    )
}

/// `cell` for a Spanish mobile number (6 or 7 and nine digits, with or without +34),
/// else `voice`: what phones sort their numbers by.
fn tel_type(phone: &str) -> &'static str {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let national = digits
        .strip_prefix("0034")
        .or_else(|| digits.strip_prefix("34").filter(|r| r.len() == 9))
        .unwrap_or(&digits);
    match national.as_bytes() {
        [b'6' | b'7', rest @ ..] if rest.len() == 8 => "cell",
        _ => "voice",
    }
}

/// Writes `clients` as vCards of `version` (3 or 4).
pub fn write_vcards(mut out: impl Write, clients: &[&Client], version: u8) -> io::Result<()> {
    let v4 = version >= 4;
    for client in clients {
        let k = &client.card;
        let company = k.kind == ClientKind::Company;
        let opt = |v: &Option<String>| v.as_deref().map(escape).unwrap_or_default();
        line(&mut out, "BEGIN:VCARD")?;
        line(&mut out, if v4 { "VERSION:4.0" } else { "VERSION:3.0" })?;
        line(&mut out, "PRODID:-//clientela//clientela//ES")?;
        let uid = k.uid.clone().unwrap_or_else(|| derived_uid(client));
        line(&mut out, &format!("UID:{}", escape(&uid)))?;
        if v4 && company {
            line(&mut out, "KIND:org")?;
        }
        line(&mut out, &format!("FN:{}", escape(&k.name)))?;
        // N: family;given;additional;prefix;suffix. Both surnames are the family
        // name, so a phone sorts a Spanish client by surname.
        let n = if company {
            ";;;;".to_string()
        } else {
            let family = [k.surname.as_deref(), k.second_surname.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let given = match (&k.given_name, k.surname.is_none()) {
                (Some(g), _) => escape(g),
                (None, true) => escape(&k.name),
                (None, false) => String::new(),
            };
            format!("{};{given};;{};", escape(&family), opt(&k.prefix))
        };
        line(&mut out, &format!("N:{n}"))?;
        if let Some(nickname) = &k.nickname {
            line(&mut out, &format!("NICKNAME:{}", escape(nickname)))?;
        }
        if company {
            line(&mut out, &format!("ORG:{}", escape(&k.name)))?;
            // Apple's address book shows a card as a company only with this.
            line(&mut out, "X-ABShowAs:COMPANY")?;
        } else if let Some(org) = &k.organisation {
            line(&mut out, &format!("ORG:{}", escape(org)))?;
        }
        if let Some(title) = &k.job_title {
            line(&mut out, &format!("TITLE:{}", escape(title)))?;
        }
        for phone in &k.phones {
            let kind = tel_type(phone);
            let prefix = if v4 {
                format!("TEL;VALUE=text;TYPE={kind}")
            } else {
                format!("TEL;TYPE={}", kind.to_ascii_uppercase())
            };
            line(&mut out, &format!("{prefix}:{}", escape(phone)))?;
        }
        for email in &k.emails {
            line(&mut out, &format!("EMAIL:{}", escape(email)))?;
        }
        if let Some(site) = &k.website {
            line(&mut out, &format!("URL:{}", escape(site)))?;
        }
        if [&k.address, &k.city, &k.postcode, &k.region, &k.country]
            .iter()
            .any(|v| v.is_some())
        {
            // ADR: PO box;extended;street;locality;region;postcode;country.
            line(
                &mut out,
                &format!(
                    "ADR:;;{};{};{};{};{}",
                    opt(&k.address),
                    opt(&k.city),
                    opt(&k.region),
                    opt(&k.postcode),
                    opt(&k.country)
                ),
            )?;
        }
        if let Some(day) = k.birthday {
            let known = crate::domain::dates::has_year(day);
            let text = match (v4, known) {
                (true, true) => day.format("BDAY:%Y%m%d").to_string(),
                (false, true) => day.format("BDAY:%Y-%m-%d").to_string(),
                // A birthday without a year: 4.0's own form; in 3.0 as iOS writes it.
                (true, false) => day.format("BDAY:--%m%d").to_string(),
                (false, false) => day
                    .format("BDAY;X-APPLE-OMIT-YEAR=1604:1604-%m-%d")
                    .to_string(),
            };
            line(&mut out, &text)?;
        }
        if !k.tags.is_empty() {
            let tags: Vec<String> = k.tags.iter().map(|t| escape(t)).collect();
            line(&mut out, &format!("CATEGORIES:{}", tags.join(",")))?;
        }
        if !k.notes.is_empty() {
            line(&mut out, &format!("NOTE:{}", escape(&k.notes)))?;
        }
        for (name, value) in clientela_properties(client) {
            line(&mut out, &format!("X-CLIENTELA-{name}:{}", escape(&value)))?;
        }
        line(&mut out, "END:VCARD")?;
    }
    out.flush()
}

/// What a vCard has no property for, as `X-CLIENTELA-*` properties (codes, ISO days),
/// so a card read back by clientela loses nothing; other address books ignore them.
pub fn clientela_properties(client: &Client) -> Vec<(&'static str, String)> {
    let k = &client.card;
    let mut out: Vec<(&'static str, String)> = vec![("ID", client.id.to_string())];
    let mut add = |name: &'static str, value: Option<String>| {
        if let Some(v) = value {
            out.push((name, v));
        }
    };
    add("KIND", Some(k.kind.code().to_string()));
    add("RELATION", Some(k.relation.code().to_string()));
    add("TAX-ID", k.tax_id.clone());
    add("GIVEN-NAME", k.given_name.clone());
    add("SURNAME", k.surname.clone());
    add("SECOND-SURNAME", k.second_surname.clone());
    add(
        "PREFERRED-CHANNEL",
        k.preferred_channel.map(|v| v.code().into()),
    );
    let consent = if k.marketing_consent { "yes" } else { "no" };
    add("CONSENT", Some(consent.into()));
    add("CONSENT-DATE", k.consent_date.map(|d| d.to_string()));
    add("SOURCE", k.source.map(|v| v.code().into()));
    add("REFERRED-BY", k.referred_by.map(|v| v.to_string()));
    add("INFLUENCE", Some(k.influence.code().to_string()));
    add("BUYING", k.buying_behaviour.map(|v| v.code().into()));
    add(
        "INACTIVITY-REASON",
        k.inactivity_reason.map(|v| v.code().into()),
    );
    add("MEMBER-SINCE", k.member_since.map(|d| d.to_string()));
    out
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
