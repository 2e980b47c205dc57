//! Client cards from a CSV file, read with the `csv` crate: encoding and delimiter
//! detected, the format recognised by its header, every row checked before anything
//! is stored. The first bad row stops the import with its line and field number.

use super::csv_safe::Cells;
use super::decode::{TextEncoding, decode};
use super::import_map::ImportFormat;
use super::import_rows::{Columns, TableOptions, header_name};
use super::imported::{ImportError, ImportedCards};
use super::why::Why;

/// How to read the file.
#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// Which format and which columns.
    pub table: TableOptions,
    /// The encoding, or `Auto`.
    pub encoding: TextEncoding,
    /// What clientela's own exports did with cells that look like formulas: unless raw,
    /// one leading `'` is taken off (both dialects write it).
    pub cells: Cells,
}

/// A read CSV file.
#[derive(Debug, Clone)]
pub struct CsvCards {
    /// The format used and the field of every column.
    pub columns: Columns,
    /// The delimiter found.
    pub delimiter: char,
    /// The encoding found.
    pub encoding: &'static str,
    /// The cards and what was left out.
    pub read: ImportedCards,
}

/// `,`, `;` or tab: whichever the first line has most of outside quotes (`,` on a tie).
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in first.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    counts
        .iter()
        .fold((b',', 0), |best, &c| if c.1 > best.1 { c } else { best })
        .0
}

/// The 1-based field the text up to `prefix` ends in (for bad bytes).
fn field_at(prefix: &str, delimiter: u8) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let start = prefix.rfind('\n').map_or(0, |i| i + 1);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(&prefix.as_bytes()[start..]);
    let mut record = csv::StringRecord::new();
    let fields = match reader.read_record(&mut record) {
        Ok(true) => record.len(),
        _ => 1,
    };
    (line, fields.max(1))
}

/// Reads every row of `bytes`; fails at the first bad one.
pub fn read_csv(bytes: &[u8], options: &CsvOptions) -> Result<CsvCards, ImportError> {
    let decoded = match decode(bytes, options.encoding) {
        Ok(d) => d,
        Err(e) => {
            let d = delimiter(&e.prefix);
            let (line, column) = field_at(&e.prefix, d);
            return Err(ImportError::at(line, column, e.what));
        }
    };
    let text = decoded.text.as_str();
    let delimiter = delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // The line of a byte offset, counted here: the csv crate's own line numbers
    // fall behind on CRLF files.
    let line_of = |byte: usize| breaks(text.as_bytes(), 0..byte) + 1;
    let csv_error = |e: csv::Error| {
        let line = e.position().map_or(1, |p| line_of(p.byte() as usize));
        ImportError::at(line, 1, e.to_string())
    };
    let mut record = csv::StringRecord::new();
    if !reader.read_record(&mut record).map_err(csv_error)? {
        return Err(ImportError::at(1, 1, Why::EmptyFile));
    }
    // A header is one line of text: a line break or control inside a quoted header
    // cell becomes a space, so messages that name headers stay one line.
    let headers: Vec<String> = record
        .iter()
        .map(|h| {
            h.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect();
    if let Some((line, field)) = unclosed_quote(text, delimiter) {
        return Err(ImportError::at(
            line,
            field,
            match line {
                1 => Why::UnclosedHeaderQuote(field),
                _ => Why::UnclosedQuote(header_name(&headers, field - 1).to_string()),
            },
        ));
    }
    let columns = Columns::new(headers, &options.table)?;
    let unmark = columns.format == ImportFormat::Clientela && options.cells == Cells::Safe;
    let mut read = ImportedCards::default();
    let (mut line, mut counted) = (1, 0);
    while reader.read_record(&mut record).map_err(csv_error)? {
        // On CRLF files the csv crate places a record at the line break before it.
        let mut byte = record.position().map_or(0, |p| p.byte() as usize);
        while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        line += breaks(text.as_bytes(), counted..byte);
        counted = byte.min(text.len());
        let width = columns.headers.len();
        if record.len() != width {
            return Err(ImportError::at(
                line,
                record.len().min(width) + 1,
                Why::FieldCount {
                    found: record.len(),
                    expected: width,
                },
            ));
        }
        // clientela's exports mark text that looks like a formula with one '.
        let cells = record.iter().map(|raw| match unmark {
            true => raw.strip_prefix('\'').unwrap_or(raw),
            false => raw,
        });
        match columns.card(cells, line, &mut read.warnings)? {
            Some(card) => read.cards.push(card),
            None => read.blank += 1,
        }
    }
    Ok(CsvCards {
        columns,
        delimiter: char::from(delimiter),
        encoding: decoded.encoding,
        read,
    })
}

/// Where a quoted field that never closes opens (1-based line and field), read the way
/// RFC 4180 reads quotes: a field that starts with `"` runs to the next lone `"`.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<(usize, usize)> {
    let delimiter = char::from(delimiter);
    let (mut line, mut field) = (1, 1);
    let (mut quoted, mut at_start, mut opened) = (false, true, (1, 1));
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                }
                '"' => quoted = false,
                '\n' => line += 1,
                '\r' if chars.peek() != Some(&'\n') => line += 1,
                _ => {}
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                opened = (line, field);
            }
            '\n' => (line, field, at_start) = (line + 1, 1, true),
            // A lone CR ends a line too (old Mac files), as the csv crate reads it.
            '\r' if chars.peek() != Some(&'\n') => (line, field, at_start) = (line + 1, 1, true),
            '\r' => {}
            c if c == delimiter => (field, at_start) = (field + 1, true),
            _ => at_start = false,
        }
        if c == '"' {
            at_start = false;
        }
    }
    quoted.then_some(opened)
}

/// Line breaks among `bytes[range]`: LF, CR LF, and a lone CR (which the csv crate
/// takes as a line's end too).
fn breaks(bytes: &[u8], range: std::ops::Range<usize>) -> usize {
    let end = range.end.min(bytes.len());
    (range.start.min(end)..end)
        .filter(|&i| bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

#[cfg(test)]
#[path = "csv_import_tests.rs"]
mod tests;
