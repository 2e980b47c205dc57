//! Client lists as an Excel workbook (`rust_xlsxwriter`): one sheet, the header in the
//! UI's language, bold and frozen, with an autofilter; every cell typed, so no
//! spreadsheet guesses: postcodes, phones and tax ids are text (a leading zero or `+`
//! stays), days are dates, money a number with two decimals, counts numbers. A text
//! cell is never run as a formula, so nothing needs neutralising.

use std::io::Write;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::client_csv::{Column, ExportRow, Value, Words, value};
use crate::i18n::Locale;

/// Excel's limit on a cell's text; longer notes are cut there rather than refused.
const CELL_TEXT_MAX: usize = 32_767;

/// The cell formats of a sheet.
struct Formats {
    header: Format,
    date: Format,
    stamp: Format,
    money: Format,
    decimal: Format,
    text: Format,
}

impl Formats {
    fn new() -> Self {
        Self {
            header: Format::new().set_bold(),
            date: Format::new().set_num_format("dd/mm/yyyy"),
            stamp: Format::new().set_num_format("dd/mm/yyyy hh:mm:ss"),
            money: Format::new().set_num_format("#,##0.00"),
            decimal: Format::new().set_num_format("0.00"),
            // "@": the cell is text, also when someone types over it.
            text: Format::new().set_num_format("@"),
        }
    }
}

fn excel_date(day: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let year =
        u16::try_from(day.year()).map_err(|_| XlsxError::DateTimeRangeError(day.to_string()))?;
    // Month and day always fit a u8.
    ExcelDateTime::from_ymd(year, day.month() as u8, day.day() as u8)
}

fn excel_stamp(t: NaiveDateTime) -> Result<ExcelDateTime, XlsxError> {
    excel_date(t.date())?.and_hms(t.hour() as u16, t.minute() as u8, f64::from(t.second()))
}

fn write_value(
    sheet: &mut Worksheet,
    (row, col): (u32, u16),
    value: Value,
    f: &Formats,
) -> Result<(), XlsxError> {
    match value {
        Value::Empty => {}
        Value::Text(mut s) => {
            if s.len() > CELL_TEXT_MAX {
                let mut end = CELL_TEXT_MAX;
                while !s.is_char_boundary(end) {
                    end -= 1;
                }
                s.truncate(end);
            }
            sheet.write_string_with_format(row, col, s, &f.text)?;
        }
        Value::Count(n) => {
            // Ids and counts stay far below 2^53, where f64 is exact.
            sheet.write_number(row, col, n as f64)?;
        }
        Value::Money(cents) => {
            sheet.write_number_with_format(row, col, cents as f64 / 100.0, &f.money)?;
        }
        Value::Decimal(v) => {
            sheet.write_number_with_format(row, col, v, &f.decimal)?;
        }
        // A birthday known by day and month is no date a spreadsheet can hold: text.
        Value::Date(day) if !crate::domain::dates::has_year(day) => {
            let text = day.format("%d/%m").to_string();
            sheet.write_string_with_format(row, col, text, &f.text)?;
        }
        Value::Date(day) => {
            sheet.write_date_with_format(row, col, excel_date(day)?, &f.date)?;
        }
        Value::Stamp(t) => {
            sheet.write_datetime_with_format(row, col, excel_stamp(t)?, &f.stamp)?;
        }
    }
    Ok(())
}

/// Writes `rows` with `columns` as an xlsx workbook to `out`: the header named in
/// `locale`'s language, values as a Spanish spreadsheet shows them (`inactivo`, `sí`).
pub fn write_clients_xlsx(
    mut out: impl Write,
    rows: &[ExportRow<'_>],
    columns: &[Column],
    locale: &Locale,
) -> Result<(), XlsxError> {
    let formats = Formats::new();
    let words = Words(Some(locale));
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(locale.t(crate::i18n::Msg::ExportStemList))?;
    for (col, column) in (0u16..).zip(columns) {
        sheet.write_string_with_format(0, col, column.label(locale), &formats.header)?;
    }
    for (r, &row) in (1u32..).zip(rows) {
        for (col, &column) in (0u16..).zip(columns) {
            write_value(sheet, (r, col), value(row, column, words), &formats)?;
        }
    }
    let last_col = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last_row, last_col)?;
    sheet.autofit();
    let bytes = book.save_to_buffer()?;
    out.write_all(&bytes)?;
    Ok(())
}
