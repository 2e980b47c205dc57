//! What is wrong in an imported file, or what was left out of it: `Display` in English
//! (what scripts match), [`Say`] in the UI's language.

use std::fmt;

use crate::i18n::{ErrorMsg as E, Locale, Say, fill, fill_all, fill2};

/// Why a file (or a value in it) could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// No header line.
    EmptyFile,
    /// A workbook the reader cannot open (what it said).
    NotAWorkbook(String),
    /// `--sheet` names a sheet the workbook lacks.
    NoSuchSheet {
        /// The sheet asked for.
        sheet: String,
        /// The workbook's sheets, comma-separated.
        known: String,
    },
    /// A workbook that unpacks to more than the program reads.
    WorkbookTooLarge {
        /// What it unpacks to, in MiB.
        megabytes: u64,
        /// The most read, in MiB.
        most: u64,
    },
    /// A quote opened and never closed, in the header's field `field` (1-based).
    UnclosedHeaderQuote(usize),
    /// A quote opened and never closed in the column `header`.
    UnclosedQuote(String),
    /// A column for a field a card has once, given twice.
    RepeatedColumn {
        /// The header as the file writes it.
        header: String,
        /// The field it gives.
        field: String,
    },
    /// A row with more or fewer fields than the header.
    FieldCount {
        /// Fields in the row.
        found: usize,
        /// Fields in the header.
        expected: usize,
    },
    /// `--map` names a column the header lacks.
    MapColumn {
        /// The column named.
        column: String,
        /// The header's columns, comma-separated.
        headers: String,
    },
    /// No column gives the name.
    NoNameColumn(String),
    /// A CSV row with nothing to name a card by.
    NoName,
    /// A vCard with nothing to name it by.
    CardNoName,
    /// A vCard without its `END:VCARD`.
    NoEnd,
    /// A file with no vCard.
    NoVcard,
    /// A value in a column (or vCard property) that is wrong.
    In(String, Box<Why>),
    /// Not a date.
    NotADate(String),
    /// Not a client id (a number).
    NotAnId(String),
    /// Not yes or no.
    NotYesNo(String),
    /// Not one of the codes.
    NotOneOf {
        /// What was found.
        value: String,
        /// The codes, comma-separated.
        known: String,
    },
    /// A byte-order mark that contradicts the encoding asked for.
    Bom(&'static str),
    /// Bytes that are not of the encoding.
    BadBytes {
        /// The encoding.
        encoding: &'static str,
        /// 1-based byte.
        byte: usize,
        /// The bytes, in hex.
        hex: String,
        /// The file mixes UTF-8 with other bytes.
        mixed: bool,
    },
    /// A control character.
    Control {
        /// Its code point.
        code: u32,
        /// The encoding.
        encoding: &'static str,
    },
    /// In an iCalendar event of this title.
    Event(String, Box<Why>),
    /// A property that is not a date or time.
    NotDateTime {
        /// The property.
        property: String,
        /// Its value.
        value: String,
    },
    /// A time zone the program does not know.
    UnknownZone(String),
    /// A part of a rule the program does not read.
    Unsupported(String),
    /// An event the agenda refuses.
    Rule(crate::domain::AppointmentError),
    /// A file larger than an agenda file may be.
    TooBig {
        /// Its size.
        megabytes: usize,
        /// The limit.
        most: usize,
    },
    /// Not an iCalendar file.
    NotIcs,
    /// The parser stopped at this line.
    InvalidNear(String),
    /// Two events with one UID.
    UidTwice(String),
    /// A second address in one row, which a card cannot hold.
    SecondAddress {
        /// Its line.
        line: usize,
        /// The column it is in.
        header: String,
        /// The address.
        value: String,
    },
    /// A reminder after the event's start (`TRIGGER:PT9H`), which the agenda cannot hold.
    AlarmAfterStart(String),
    /// `--columns` names a column the export does not have.
    UnknownColumn {
        /// What was typed.
        column: String,
        /// The codes, comma-separated.
        known: String,
    },
    /// `--columns` names none.
    NoColumns,
    /// `--map` names a field cards do not have.
    UnknownField {
        /// What was typed.
        field: String,
        /// The fields, comma-separated.
        known: String,
    },
    /// A `--map` part that is not `Column=field`.
    NotAPair(String),
    /// Anything else, as the reader below worded it.
    Other(String),
}

impl From<String> for Why {
    fn from(text: String) -> Self {
        Why::Other(text)
    }
}

impl From<&str> for Why {
    fn from(text: &str) -> Self {
        Why::Other(text.to_string())
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::EmptyFile => write!(f, "the file is empty: no header"),
            Why::UnclosedHeaderQuote(n) => {
                write!(f, "header field {n}: the quote opened here is never closed")
            }
            Why::UnclosedQuote(h) => write!(f, "{h}: the quote opened here is never closed"),
            Why::RepeatedColumn { header, field } => write!(
                f,
                "`{header}` is repeated: a card has one {field}; rename or remove one of the columns"
            ),
            Why::FieldCount { found, expected } => {
                write!(f, "{found} fields where the header has {expected}")
            }
            Why::NotAWorkbook(what) => write!(f, "not a workbook that can be read: {what}"),
            Why::NoSuchSheet { sheet, known } => {
                write!(f, "no sheet `{sheet}` (the workbook has: {known})")
            }
            Why::WorkbookTooLarge { megabytes, most } => write!(
                f,
                "the workbook unpacks to {megabytes} MiB; at most {most} MiB are read"
            ),
            Why::MapColumn { column, headers } => write!(
                f,
                "--map names column `{column}`, which the header does not have (it has: {headers})"
            ),
            Why::NoNameColumn(headers) => write!(
                f,
                "no column gives the name: say which with --map \"Column=name,...\" (the header has: {headers})"
            ),
            Why::NoName => write!(
                f,
                "no name, organisation, email or phone: a card needs a name"
            ),
            Why::CardNoName => write!(f, "a card with no name, organisation, email or phone"),
            Why::NoEnd => write!(f, "this card has no END:VCARD"),
            Why::NoVcard => write!(f, "no vCard in the file (a card starts with BEGIN:VCARD)"),
            Why::In(header, why) => write!(f, "{header}: {why}"),
            Why::NotADate(v) => write!(f, "`{v}` is not a date"),
            Why::NotAnId(v) => write!(f, "`{v}` is not a client id"),
            Why::NotYesNo(v) => write!(f, "`{v}` is not yes or no"),
            Why::NotOneOf { value, known } => write!(f, "`{value}` is not one of {known}"),
            Why::Bom(name) => write!(f, "the file starts with a {name} byte-order mark"),
            Why::BadBytes {
                encoding,
                byte,
                hex,
                mixed,
            } => {
                write!(f, "bytes that are not {encoding} at byte {byte} ({hex})")?;
                if *mixed {
                    write!(
                        f,
                        "; the file mixes UTF-8 with other bytes: save it again as UTF-8 (a CSV file may also name its encoding with --encoding)"
                    )?;
                }
                Ok(())
            }
            Why::Control { code, encoding } => {
                write!(f, "control character U+{code:04X}: not text in {encoding}")
            }
            Why::Event(title, why) => write!(f, "event “{title}”: {why}"),
            Why::NotDateTime { property, value } => {
                write!(f, "{property} `{value}` is not a date or time")
            }
            Why::UnknownZone(tz) => write!(f, "unknown time zone `{tz}`"),
            Why::Unsupported(part) => write!(f, "RRULE part `{part}` is not supported"),
            Why::Rule(e) => write!(f, "{e}"),
            Why::TooBig { megabytes, most } => write!(
                f,
                "the file is {megabytes} MB; an agenda file goes up to {most} MB"
            ),
            Why::NotIcs => write!(f, "not an iCalendar file (no BEGIN:VCALENDAR)"),
            Why::InvalidNear(text) => write!(f, "not valid iCalendar near `{text}`"),
            Why::UidTwice(uid) => write!(f, "UID `{uid}` appears twice"),
            Why::SecondAddress {
                line,
                header,
                value,
            } => write!(
                f,
                "line {line}: {header} `{value}` is a second address; a card keeps the first"
            ),
            Why::AlarmAfterStart(t) => write!(
                f,
                "the reminder `{t}` comes after the start; an agenda reminds before: left out"
            ),
            Why::UnknownColumn { column, known } => {
                write!(f, "unknown column `{column}` (known: {known})")
            }
            Why::NoColumns => write!(f, "no columns given"),
            Why::UnknownField { field, known } => {
                write!(f, "unknown field `{field}` (known: {known})")
            }
            Why::NotAPair(pair) => write!(f, "`{pair}` is not Column=field"),
            Why::Other(text) => write!(f, "{text}"),
        }
    }
}

impl Say for Why {
    fn say(&self, l: &Locale) -> String {
        match self {
            Why::EmptyFile => l.t(E::EmptyFile).to_string(),
            Why::UnclosedHeaderQuote(n) => fill(l.t(E::UnclosedHeaderQuote), n),
            Why::UnclosedQuote(h) => fill(l.t(E::UnclosedQuote), h),
            Why::RepeatedColumn { header, field } => fill2(l.t(E::RepeatedColumn), header, field),
            Why::FieldCount { found, expected } => fill2(l.t(E::FieldCount), found, expected),
            Why::NotAWorkbook(what) => fill(l.t(E::NotAWorkbook), what),
            Why::NoSuchSheet { sheet, known } => fill2(l.t(E::NoSuchSheet), sheet, known),
            Why::WorkbookTooLarge { megabytes, most } => {
                fill2(l.t(E::WorkbookTooLarge), megabytes, most)
            }
            Why::MapColumn { column, headers } => fill2(l.t(E::MapColumn), column, headers),
            Why::NoNameColumn(headers) => fill(l.t(E::NoNameColumn), headers),
            Why::NoName | Why::CardNoName => l.t(E::CardNoName).to_string(),
            Why::NoEnd => l.t(E::NoEnd).to_string(),
            Why::NoVcard => l.t(E::NoVcard).to_string(),
            Why::In(header, why) => format!("{header}: {}", why.say(l)),
            Why::NotADate(v) => fill(l.t(E::NotADate), v),
            Why::NotAnId(v) => fill(l.t(E::NotAnId), v),
            Why::NotYesNo(v) => fill(l.t(E::NotYesNo), v),
            Why::NotOneOf { value, known } => fill2(l.t(E::NotOneOf), value, known),
            Why::Bom(name) => fill(l.t(E::Bom), name),
            Why::BadBytes {
                encoding,
                byte,
                hex,
                mixed,
            } => {
                let mut said = fill_all(l.t(E::BadBytes), &[encoding, byte, hex]);
                if *mixed {
                    said.push_str(l.t(E::MixedBytes));
                }
                said
            }
            Why::Control { code, encoding } => {
                fill2(l.t(E::Control), format!("{code:04X}"), encoding)
            }
            Why::Event(title, why) => fill2(l.t(E::InEvent), title, why.say(l)),
            Why::NotDateTime { property, value } => fill2(l.t(E::NotDateTime), property, value),
            Why::UnknownZone(tz) => fill(l.t(E::UnknownZone), tz),
            Why::Unsupported(part) => fill(l.t(E::RulePart), part),
            Why::Rule(e) => crate::i18n::clause(&e.say(l)),
            Why::TooBig { megabytes, most } => fill2(l.t(E::TooBig), megabytes, most),
            Why::NotIcs => l.t(E::NotIcs).to_string(),
            Why::InvalidNear(text) => fill(l.t(E::InvalidNear), text),
            Why::UidTwice(uid) => fill(l.t(E::UidTwice), uid),
            Why::AlarmAfterStart(t) => fill(l.t(E::AlarmAfterStart), t),
            Why::SecondAddress {
                line,
                header,
                value,
            } => fill_all(l.t(E::SecondAddress), &[line, header, value]),
            Why::UnknownColumn { column, known } => fill2(l.t(E::UnknownColumn), column, known),
            Why::NoColumns => l.t(E::NoColumns).to_string(),
            Why::UnknownField { field, known } => fill2(l.t(E::UnknownField), field, known),
            Why::NotAPair(pair) => fill(l.t(E::NotAPair), pair),
            Why::Other(text) => text.clone(),
        }
    }
}
