//! Bytes of an imported file to text: UTF-8 with or without a byte-order mark, UTF-16
//! with one, or Windows-1252 (what a Spanish Excel writes), through `encoding_rs`.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use strum::{EnumIter, EnumString, IntoStaticStr};

/// The encoding of an imported file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, EnumIter, EnumString, IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum TextEncoding {
    /// A byte-order mark decides; without one, UTF-8 when the bytes are valid UTF-8,
    /// else Windows-1252.
    #[default]
    Auto,
    /// UTF-8 (a byte-order mark is skipped).
    #[strum(serialize = "utf-8")]
    Utf8,
    /// UTF-16, little-endian unless a byte-order mark says otherwise.
    #[strum(serialize = "utf-16")]
    Utf16,
    /// Windows-1252 (Latin-1 as Windows writes it).
    #[strum(serialize = "windows-1252")]
    Windows1252,
}

/// Bytes that are not text in the file's encoding, or a control character no contact
/// field holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The text before the bad bytes, decoded: where they are.
    pub prefix: String,
    /// What is wrong.
    pub what: super::why::Why,
}

/// The file as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding used, by its WHATWG name (`UTF-8`, `UTF-16LE`, `windows-1252`).
    pub encoding: &'static str,
}

/// Decodes `bytes`; fails at the first malformed sequence or control character other
/// than tab, CR and LF.
pub fn decode(bytes: &[u8], encoding: TextEncoding) -> Result<Decoded, DecodeError> {
    let sniffed = Encoding::for_bom(bytes);
    let (chosen, bom_len): (&'static Encoding, usize) = match (encoding, sniffed) {
        (TextEncoding::Auto | TextEncoding::Utf8 | TextEncoding::Utf16, Some(found)) => found,
        (TextEncoding::Auto, None) if std::str::from_utf8(bytes).is_err() && !mixed(bytes) => {
            (WINDOWS_1252, 0)
        }
        (TextEncoding::Auto | TextEncoding::Utf8, None) => (UTF_8, 0),
        (TextEncoding::Utf16, None) => (UTF_16LE, 0),
        (TextEncoding::Windows1252, _) => (WINDOWS_1252, 0),
    };
    if encoding == TextEncoding::Utf8 && chosen != UTF_8
        || encoding == TextEncoding::Utf16 && chosen != UTF_16LE && chosen != UTF_16BE
    {
        return Err(DecodeError {
            prefix: String::new(),
            what: super::why::Why::Bom(chosen.name()),
        });
    }
    let body = &bytes[bom_len..];
    let mut decoder = chosen.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .unwrap_or(body.len().saturating_mul(3));
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut text, true);
    if let encoding_rs::DecoderResult::Malformed(bad, _) = result {
        let start = (read + bom_len).saturating_sub(usize::from(bad));
        return Err(DecodeError {
            prefix: text,
            what: super::why::Why::BadBytes {
                encoding: chosen.name(),
                byte: start + 1,
                hex: hex(&bytes[start..(start + usize::from(bad)).min(bytes.len())]),
                mixed: encoding == TextEncoding::Auto,
            },
        });
    }
    if let Some((at, c)) = text
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))
    {
        return Err(DecodeError {
            prefix: text[..at].to_string(),
            what: super::why::Why::Control {
                code: u32::from(c),
                encoding: chosen.name(),
            },
        });
    }
    Ok(Decoded {
        text,
        encoding: chosen.name(),
    })
}

/// Whether bytes that are not all UTF-8 still hold UTF-8 letters (`MartÃ­n` once
/// read as Windows-1252): a UTF-8 file with some broken bytes, to refuse where they are
/// rather than read it all as Windows-1252 and store every accent garbled.
fn mixed(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii())
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The 1-based line and character column just after `prefix`.
pub fn line_and_column(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let last = prefix.rsplit('\n').next().unwrap_or_default();
    (line, last.chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        out.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    #[test]
    fn boms_utf8_and_windows_1252_are_told_apart() {
        let d = decode("\u{feff}Núñez;1".as_bytes(), TextEncoding::Auto).expect("utf-8 bom");
        assert_eq!((d.text.as_str(), d.encoding), ("Núñez;1", "UTF-8"));
        let d = decode("Núñez".as_bytes(), TextEncoding::Auto).expect("utf-8");
        assert_eq!(d.text, "Núñez");
        let d = decode(b"N\xfa\xf1ez \x80", TextEncoding::Auto).expect("1252");
        assert_eq!((d.text.as_str(), d.encoding), ("Núñez €", "windows-1252"));
        let d = decode(&utf16le("Núñez\r\n", true), TextEncoding::Auto).expect("utf-16");
        assert_eq!((d.text.as_str(), d.encoding), ("Núñez\r\n", "UTF-16LE"));
        let d = decode(&utf16le("Ana", false), TextEncoding::Utf16).expect("forced");
        assert_eq!(d.text, "Ana");
        // UTF-8 letters and a broken byte: refused at the byte, not read as 1252.
        let err = decode("Martín,caf\u{e9}".as_bytes(), TextEncoding::Auto).map(|d| d.text);
        assert_eq!(err, Ok("Martín,café".into()));
        let err = decode(b"Mart\xc3\xadn\ncaf\xe9", TextEncoding::Auto).expect_err("mixed");
        assert_eq!(line_and_column(&err.prefix), (2, 4));
        assert!(
            err.what.to_string().contains("not UTF-8 at byte 12 (E9)"),
            "{}",
            err.what
        );
    }

    #[test]
    fn bad_bytes_say_where_they_are() {
        let err = decode(b"name\nAna\nN\xfa\xf1ez", TextEncoding::Utf8).expect_err("bad");
        assert_eq!(err.prefix, "name\nAna\nN");
        assert!(
            err.what.to_string().contains("byte 11 (FA)"),
            "{}",
            err.what
        );
        assert_eq!(line_and_column(&err.prefix), (3, 2));
        let mut lone = utf16le("ab", true);
        lone.extend([0x00, 0xD8, 0x41, 0x00]);
        let err = decode(&lone, TextEncoding::Auto).expect_err("lone surrogate");
        assert_eq!(err.prefix, "ab");
        let err = decode(b"a,b\n1,\x002", TextEncoding::Auto).expect_err("nul");
        assert!(err.what.to_string().contains("U+0000"), "{}", err.what);
        assert_eq!(line_and_column(&err.prefix), (2, 3));
        assert!(decode(&utf16le("a", true), TextEncoding::Utf8).is_err());
    }
}
