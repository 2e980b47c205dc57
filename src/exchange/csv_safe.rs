//! One rule for every CSV the program writes: no cell a spreadsheet would run as a
//! formula. Cells are neutralised unless the caller asks for raw bytes (`--raw`, for
//! scripts; unsafe to open in a spreadsheet).

use std::borrow::Cow;
use std::io::Write;

use serde::Serialize;

/// A cell as the program writes it: one that a spreadsheet would read as a formula
/// (it starts with `=`, `@`, tab, CR or LF, or with `+`/`-` and is not a plain signed
/// number such as `-12,50` or phone numbers such as `+34 (91) 555-12-12; 91 555 12 12`)
/// gets a leading apostrophe, which spreadsheets take as "this is text". `+1+1` and
/// `-1+1` are formulas, so they are neutralised. A cell that already starts with an
/// apostrophe gets one more, so import can always drop exactly one.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    let Some(first) = text.chars().next() else {
        return Cow::Borrowed(text);
    };
    let formula = match first {
        '\'' | '=' | '@' | '\t' | '\r' | '\n' => true,
        '+' | '-' => !text.split("; ").all(|item| number(item) || phone(item)),
        _ => false,
    };
    if formula {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A signed number with `,` or `.` between its groups of digits: `-12,50`, `+3`.
fn number(item: &str) -> bool {
    let digits = item.strip_prefix(['+', '-']).unwrap_or(item);
    !digits.is_empty()
        && digits
            .split([',', '.'])
            .all(|group| !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit()))
}

/// A phone number as people write one: an optional leading sign, then digits with
/// spaces, brackets, `-`, `.` or `/`, and a space or a bracket somewhere (which no
/// formula of digits has): `+34 600 111 222`, `+34 (91) 555-12-12`.
fn phone(item: &str) -> bool {
    let body = item.strip_prefix(['+', '-']).unwrap_or(item);
    body.bytes().any(|b| b.is_ascii_digit())
        && body
            .bytes()
            .all(|b| b.is_ascii_digit() || b" ()-./".contains(&b))
        && (body.contains(' ') || body.contains('('))
        && !body.starts_with(['-', '.', '/'])
}

/// What happens to cells that look like formulas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cells {
    /// Neutralised: safe to open in a spreadsheet (the default).
    #[default]
    Safe,
    /// Written as they are, for scripts (`--raw`).
    Raw,
}

impl Cells {
    /// `text` as this rule writes it.
    pub fn cell<'a>(self, text: &'a str) -> Cow<'a, str> {
        match self {
            Cells::Safe => neutralise(text),
            Cells::Raw => Cow::Borrowed(text),
        }
    }
}

/// An RFC 4180 writer (UTF-8, comma, CRLF, quotes only where needed) whose cells follow
/// one [`Cells`] rule; it writes no header of its own.
pub struct CsvWriter<W: Write> {
    w: csv::Writer<W>,
    cells: Cells,
}

impl<W: Write> CsvWriter<W> {
    /// A writer to `out` with `delimiter`.
    pub fn new(out: W, delimiter: u8, cells: Cells) -> Self {
        let w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .delimiter(delimiter)
            .has_headers(false)
            .from_writer(out);
        Self { w, cells }
    }

    /// Writes one record.
    pub fn write_record<I, T>(&mut self, fields: I) -> csv::Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        let cells = self.cells;
        self.w.write_record(
            fields
                .into_iter()
                .map(|f| cells.cell(f.as_ref()).into_owned()),
        )
    }

    /// Writes `record` (a struct) by its serde keys; `header` first writes the keys.
    pub fn serialize<T: Serialize>(&mut self, record: &T, header: bool) -> csv::Result<()> {
        let mut one = csv::WriterBuilder::new()
            .has_headers(header)
            .from_writer(Vec::new());
        one.serialize(record)?;
        let bytes = one.into_inner().map_err(|e| e.into_error())?;
        let mut back = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(bytes.as_slice());
        for row in back.records() {
            self.write_record(row?.iter())?;
        }
        Ok(())
    }

    /// Flushes what is buffered.
    pub fn flush(&mut self) -> csv::Result<()> {
        self.w.flush()?;
        Ok(())
    }
}

/// Writes `records` as RFC 4180 CSV with a header of their serde keys.
pub fn write_records<T: Serialize>(
    out: impl Write,
    records: &[T],
    cells: Cells,
) -> csv::Result<()> {
    let mut w = CsvWriter::new(out, b',', cells);
    for (i, r) in records.iter().enumerate() {
        w.serialize(r, i == 0)?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_get_an_apostrophe_and_phone_numbers_and_amounts_do_not() {
        for formula in [
            "=HYPERLINK(\"x\")",
            "@SUM(A1:A9)",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|x",
            "\tx",
            "\nx",
            "+1+1",
            "-1+1",
            "-1-1",
            "+1*2",
            "-",
            "+",
        ] {
            assert_eq!(neutralise(formula), format!("'{formula}"), "{formula:?}");
        }
        for text in [
            "+34 600 111 222",
            "+34 (91) 555-12-12",
            "+34 600 111 222; 91 555 12 12",
            "-600 000 000",
            "-12,50",
            "-1.234,56",
            "0034600000402",
            "Núñez",
            "a=b",
            "",
        ] {
            assert_eq!(neutralise(text), text, "{text:?}");
        }
        assert_eq!(neutralise("'quoted"), "''quoted");
    }

    #[test]
    fn serialized_records_are_neutralised_too_unless_raw() {
        #[derive(Serialize)]
        struct Row {
            name: &'static str,
            phone: &'static str,
        }
        let rows = [Row {
            name: "=cmd|x",
            phone: "+34 600 111 222",
        }];
        let mut safe = Vec::new();
        write_records(&mut safe, &rows, Cells::Safe).expect("csv");
        assert_eq!(
            String::from_utf8(safe).expect("utf-8"),
            "name,phone\r\n'=cmd|x,+34 600 111 222\r\n"
        );
        let mut raw = Vec::new();
        write_records(&mut raw, &rows, Cells::Raw).expect("csv");
        assert!(String::from_utf8(raw).expect("utf-8").contains("\n=cmd|x,"));
    }
}
