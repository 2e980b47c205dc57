//! What list commands print: JSON or CSV records for scripts, aligned tables for people.

use std::io::{self, Write};

use chrono::NaiveDate;
use color_eyre::eyre::{Result, WrapErr};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::{Format, Session};
use crate::domain::dates::parse_date;
use crate::exchange::csv_safe::{Cells, CsvWriter};
use crate::exchange::{Printable, write_json};

/// Standard output for a command that goes on after its reader stops reading
/// (`import clients big.csv | head -1` still imports): a closed pipe ends the output,
/// not the command. Any other write error (a full disk) is still an error.
#[derive(Debug, Default)]
pub struct Report {
    closed: bool,
}

impl Write for Report {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match io::stdout().write(buf) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match io::stdout().flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

/// The day of `--as-of`, or today.
pub fn as_of(session: &Session, day: Option<&str>) -> Result<NaiveDate> {
    match day {
        Some(day) => Ok(parse_date(day).wrap_err("--as-of")?),
        None => Ok(session.clock.today()),
    }
}

/// A table for people: the header and one row of cells per record.
pub type TextTable = (Vec<&'static str>, Vec<Vec<String>>);

/// Prints `records` to stdout as `format` asks: JSON or CSV with their serde keys, or
/// the table `table` builds (only called for the table format).
pub fn emit<T: Serialize>(
    (format, cells): (Format, Cells),
    records: &[T],
    table: impl FnOnce() -> TextTable,
) -> Result<()> {
    let csv = |w: &mut Csv| {
        for (i, record) in records.iter().enumerate() {
            w.serialize(record, i == 0)?;
        }
        Ok(())
    };
    emit_with_csv((format, cells), records, csv, table)
}

/// The CSV writer of a list command: standard output, cells neutralised unless `--raw`.
pub type Csv = CsvWriter<io::StdoutLock<'static>>;

/// [`emit`], with CSV written by `csv` (records whose CSV columns are not their serde
/// keys: nested objects, a header even without rows).
pub fn emit_with_csv<T: Serialize>(
    (format, cells): (Format, Cells),
    records: &[T],
    csv: impl FnOnce(&mut Csv) -> csv::Result<()>,
    table: impl FnOnce() -> TextTable,
) -> Result<()> {
    let out = io::stdout().lock();
    match format {
        Format::Json => write_json(out, records)?,
        Format::Csv => {
            let mut w = CsvWriter::new(out, b',', cells);
            csv(&mut w)?;
            w.flush()?;
        }
        Format::Table => {
            let (header, rows) = table();
            write_table(out, &header, &rows)?;
        }
    }
    Ok(())
}

/// Writes `rows` under `header` in columns separated by two spaces; the last column
/// is not padded.
pub fn write_table(out: impl Write, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let mut out = Printable::new(out);
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let cells: Vec<&str> = cells.collect();
        let last = cells.len().saturating_sub(1);
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            text.push_str(cell);
            if i < last {
                text.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(&mut out, &mut header.iter().copied())?;
    for row in rows {
        line(&mut out, &mut row.iter().map(String::as_str))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_by_display_width() {
        let mut out = Vec::new();
        let rows = vec![
            vec!["1".into(), "Íñigo".into(), "x".into()],
            vec!["22".into(), "Al".into(), "y".into()],
        ];
        write_table(&mut out, &["id", "name", "c"], &rows).expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        assert_eq!(text, "id  name   c\n1   Íñigo  x\n22  Al     y\n");
    }
}
