//! Files in and out: CSV, JSON, iCalendar and the printable day sheet.

pub mod agenda;
pub mod client_csv;
pub mod clients;
pub mod csv_import;
pub mod csv_safe;
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
