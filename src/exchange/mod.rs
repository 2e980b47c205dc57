//! Files in and out: CSV, JSON, iCalendar and the printable day sheet.

pub mod agenda;
pub mod client_csv;
pub mod clients;
pub mod csv_import;
pub mod decode;
pub mod ics;
pub mod ics_import;
pub mod import_map;
pub mod imported;
pub mod log;
pub mod loyalty;
pub mod personal;
pub mod scene_report;
pub mod scenes;
pub mod vcard;
pub mod vcard_import;

use std::io::Write;

use serde::Serialize;

/// Writes `value` (a record or a slice of them) as pretty-printed JSON and a newline.
pub fn write_json<T: Serialize + ?Sized>(mut out: impl Write, value: &T) -> serde_json::Result<()> {
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out).map_err(serde_json::Error::io)
}

/// An RFC 4180 CSV writer (UTF-8, comma, CRLF, quotes only where needed) that writes
/// no header of its own: the caller writes its columns.
pub fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .has_headers(false)
        .from_writer(out)
}

/// Writes `records` as RFC 4180 CSV with a header of their keys.
pub fn write_csv<T: Serialize>(out: impl Write, records: &[T]) -> csv::Result<()> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    for r in records {
        w.serialize(r)?;
    }
    w.flush()?;
    Ok(())
}
