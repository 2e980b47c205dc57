//! Client cards from a workbook (`.xlsx`, `.xlsm`, `.xls`, `.xlsb`, `.ods`), read with
//! `calamine`: the first sheet or the one named, its first row the header, every
//! other row a card through the same columns as a CSV ([`Columns`]). Cells come typed:
//! a date is a date whatever the sheet's locale shows, a number that is a whole number
//! is read without a decimal part (a postcode kept as a number, `8017`, gets its zero
//! back as in a CSV).

use std::io::Cursor;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use super::import_rows::{Columns, TableOptions};
use super::imported::{ImportError, ImportedCards};
use super::why::Why;

/// The most a workbook may hold once unpacked: an xlsx or ods is a zip, and a small
/// file can unpack to gigabytes.
pub const MAX_UNPACKED: u64 = 256 * 1024 * 1024;

/// A read workbook.
#[derive(Debug, Clone)]
pub struct SheetCards {
    /// The sheet read.
    pub sheet: String,
    /// The format used and the field of every column.
    pub columns: Columns,
    /// The cards and what was left out.
    pub read: ImportedCards,
}

/// Whether `bytes` are a workbook rather than text: a zip (xlsx, ods) or an OLE
/// compound file (xls).
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// Refuses a zip whose entries unpack to more than `most` bytes (as their directory
/// declares them; the reader stops at the declared size).
fn check_unpacked(bytes: &[u8], most: u64) -> Result<(), Why> {
    if !bytes.starts_with(b"PK") {
        return Ok(());
    }
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Why::NotAWorkbook(e.to_string()))?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| Why::NotAWorkbook(e.to_string()))?;
        total = total.saturating_add(entry.size());
    }
    if total > most {
        return Err(Why::WorkbookTooLarge {
            megabytes: total.div_ceil(1024 * 1024),
            most: most / (1024 * 1024),
        });
    }
    Ok(())
}

/// A cell as the text an import reads: dates as ISO days, whole numbers without
/// decimals, errors as the spreadsheet shows them (`#N/A`).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        // ods: `2024-05-09` or `2024-05-09T10:00:00`.
        Data::DateTimeIso(s) => s.split('T').next().unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// Reads the sheet `sheet` (else the first) of the workbook `bytes`; fails at the first
/// bad row, placed by its row in the sheet and its column.
pub fn read_sheet(
    bytes: Vec<u8>,
    options: &TableOptions,
    sheet: Option<&str>,
) -> Result<SheetCards, ImportError> {
    let whole = |why: Why| ImportError::at(1, 1, why);
    check_unpacked(&bytes, MAX_UNPACKED).map_err(whole)?;
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| whole(Why::NotAWorkbook(e.to_string())))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(wanted)))
            .cloned()
            .ok_or_else(|| {
                whole(Why::NoSuchSheet {
                    sheet: wanted.to_string(),
                    known: names.join(", "),
                })
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| whole(Why::EmptyFile))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| whole(Why::NotAWorkbook(e.to_string())))?;
    // Rows and columns as the spreadsheet numbers them, from where the data starts.
    let (top, left) = range.start().unwrap_or((0, 0));
    let first_line = top as usize + 1;
    let mut rows = range.rows();
    let header = rows.next().ok_or_else(|| whole(Why::EmptyFile))?;
    let headers: Vec<String> = header
        .iter()
        .map(|c| {
            cell_text(c)
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect();
    let columns = Columns::new(headers, options).map_err(|mut e| {
        e.line = first_line;
        e.column += left as usize;
        e
    })?;
    let mut read = ImportedCards::default();
    for (i, row) in rows.enumerate() {
        let line = first_line + 1 + i;
        let texts: Vec<String> = row.iter().map(cell_text).collect();
        let card = columns
            .card(texts.iter().map(String::as_str), line, &mut read.warnings)
            .map_err(|mut e| {
                e.column += left as usize;
                e
            })?;
        match card {
            Some(card) => read.cards.push(card),
            None => read.blank += 1,
        }
    }
    Ok(SheetCards {
        sheet: name,
        columns,
        read,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "Nombre").expect("cell");
        sheet.write_string(1, 0, "Ana").expect("cell");
        sheet.write_number(1, 1, 8017.0).expect("cell");
        book.save_to_buffer().expect("xlsx")
    }

    /// A zip is measured by what it unpacks to before anything is unpacked.
    #[test]
    fn a_workbook_that_unpacks_too_far_is_refused_before_reading() {
        let bytes = book();
        assert!(is_workbook(&bytes));
        assert!(!is_workbook(b"Nombre;Apellidos"));
        assert_eq!(check_unpacked(&bytes, MAX_UNPACKED), Ok(()));
        let refused = check_unpacked(&bytes, 1000).expect_err("too big");
        assert!(
            matches!(refused, Why::WorkbookTooLarge { .. }),
            "{refused:?}"
        );
    }

    #[test]
    fn cells_read_as_the_text_a_person_sees() {
        assert_eq!(cell_text(&Data::Float(8017.0)), "8017");
        assert_eq!(cell_text(&Data::Float(12.5)), "12.5");
        assert_eq!(cell_text(&Data::Int(600111222)), "600111222");
        assert_eq!(
            cell_text(&Data::DateTimeIso("2024-05-09T10:00:00".into())),
            "2024-05-09"
        );
        assert_eq!(cell_text(&Data::Bool(true)), "yes");
        assert_eq!(cell_text(&Data::Empty), "");
    }
}
