//! Files in and out: CSV, JSON, iCalendar and the printable day sheet.

pub mod agenda;
pub mod client_csv;
mod client_values;
pub mod client_xlsx;
pub mod clients;
pub mod csv_import;
pub mod csv_safe;
pub mod decode;
pub mod ics;
pub mod ics_import;
mod ics_values;
pub mod import_map;
pub mod import_rows;
pub mod imported;
pub mod log;
pub mod loyalty;
pub mod personal;
pub mod scene_report;
pub mod scenes;
pub mod sheet_import;
pub mod vcard;
pub mod vcard_import;
mod vcard_lines;
pub mod why;

use std::io::Write;

use serde::Serialize;

/// Writes `value` (a record or a slice of them) as pretty-printed JSON and a newline.
pub fn write_json<T: Serialize + ?Sized>(mut out: impl Write, value: &T) -> serde_json::Result<()> {
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out).map_err(serde_json::Error::io)
}

/// A writer for what people read in a terminal: control characters that a terminal
/// would obey (an escape sequence retitling or clearing it, a bell) are written as
/// visible symbols (`␛`, `␇`; a C1 control as `�`); line breaks and tabs pass.
pub struct Printable<W: Write> {
    inner: W,
    /// A 0xC2 byte held back: it starts a C1 control or an ordinary character.
    held: bool,
}

impl<W: Write> Printable<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        Self { inner, held: false }
    }
}

impl<W: Write> Write for Printable<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len());
        for &b in buf {
            if std::mem::take(&mut self.held) {
                if (0x80..=0x9f).contains(&b) {
                    out.extend_from_slice("�".as_bytes());
                } else {
                    out.extend_from_slice(&[0xc2, b]);
                }
                continue;
            }
            match b {
                b'\n' | b'\t' => out.push(b),
                0x00..=0x1f => {
                    let picture = char::from_u32(0x2400 + u32::from(b)).unwrap_or('�');
                    let mut utf8 = [0; 4];
                    out.extend_from_slice(picture.encode_utf8(&mut utf8).as_bytes());
                }
                0x7f => out.extend_from_slice("␡".as_bytes()),
                0xc2 => self.held = true,
                _ => out.push(b),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if std::mem::take(&mut self.held) {
            self.inner.write_all(&[0xc2])?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terminal_is_shown_control_characters_never_given_them() {
        let mut out = Vec::new();
        {
            let mut p = Printable::new(&mut out);
            p.write_all("Cita \u{1b}]0;HACKED\u{7}\u{1b}[2J ñ\u{9b}1m\n".as_bytes())
                .expect("write");
            p.flush().expect("flush");
        }
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "Cita ␛]0;HACKED␇␛[2J ñ�1m\n"
        );
    }
}
