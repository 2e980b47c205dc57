//! clap definitions of `export` and `import`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::args::plain_codes;
use crate::domain::import_plan::OnDuplicate;
use crate::exchange::client_csv::Dialect;
use crate::exchange::decode::TextEncoding;
use crate::exchange::import_map::ImportFormat;

/// The file `export clients` writes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter, strum::EnumString, strum::IntoStaticStr,
)]
#[strum(serialize_all = "kebab-case")]
pub enum ListFile {
    /// Comma- or semicolon-separated text.
    Csv,
    /// An Excel workbook.
    Xlsx,
}

/// `export` subcommands.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Clients as an Excel workbook (typed cells) or as CSV for scripts and mail merges
    Clients {
        /// Write to this file instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// xlsx: an Excel workbook, header in the UI's language, text postcodes and
        /// phones, real dates; csv: text for scripts [default: xlsx when the output file
        /// ends in .xlsx, else csv]
        #[arg(long, value_parser = plain_codes::<ListFile>())]
        format: Option<ListFile>,
        /// CSV's dialect: rfc4180: comma, ISO dates, exact data; excel-es: BOM, semicolon,
        /// dd/mm/yyyy, decimal comma, formulas neutralised
        #[arg(long, value_parser = plain_codes::<Dialect>(), default_value = "rfc4180")]
        dialect: Dialect,
        /// Comma-separated column codes [default: every field of the card]; computed
        /// columns: lifecycle, frequency, volume, satisfaction, satisfaction_gap,
        /// purchases, spend, last_purchase, referrals, open_complaints, quadrant,
        /// bonded, loyal, suggested_action
        #[arg(long, value_name = "LIST")]
        columns: Option<String>,
        /// Only clients matching every term, e.g. lifecycle=inactive,volume=high,tag=vip,city=Madrid
        #[command(flatten)]
        select: Select,
    },
    /// Clients as vCard, for phones and address books
    Vcard {
        /// Write to this file instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// vCard version
        #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u8).range(3..=4))]
        vcard_version: u8,
        /// Which clients
        #[command(flatten)]
        select: Select,
    },
}

/// Which clients an export takes.
#[derive(Debug, Clone, Args)]
pub struct Select {
    /// Only clients matching every term (field=value, `|` between alternatives):
    /// lifecycle, frequency, volume, satisfaction, quadrant, kind, relation, source,
    /// influence, preferred_channel, consent, tag, city
    #[arg(long, value_name = "EXPR")]
    pub filter: Option<String>,
    /// Classes and loyalty as of this day [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

/// `import` subcommands.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Clients from a workbook (xlsx, xls, ods) or a CSV file: a list of your own, Google
    /// Contacts, Outlook, clientela's own export; Spanish and English headers are
    /// recognised, --map names the rest. All or nothing: the first bad row stops it and
    /// nothing is written
    Clients {
        /// The workbook or CSV file
        file: PathBuf,
        /// The workbook's sheet to read [default: the first]
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Where the file comes from [default: recognised by its header]
        #[arg(long, value_parser = plain_codes::<ImportFormat>(), default_value = "auto", hide_default_value = true)]
        format: ImportFormat,
        /// Which column fills which field: "Column=field,...", e.g. "Cliente=name,Móvil=phone"
        #[arg(long, value_name = "MAP")]
        map: Option<String>,
        /// A CSV file's encoding [default: from its byte-order mark, else UTF-8 if valid,
        /// else Windows-1252]
        #[arg(long, value_parser = plain_codes::<TextEncoding>(), default_value = "auto", hide_default_value = true)]
        encoding: TextEncoding,
        /// What would happen
        #[command(flatten)]
        common: ImportArgs,
    },
    /// Clients from a vCard file (2.1, 3.0, 4.0). All or nothing
    Vcard {
        /// The .vcf file
        file: PathBuf,
        /// What would happen
        #[command(flatten)]
        common: ImportArgs,
    },
}

/// Flags shared by the imports.
#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// Report what would be created, merged and skipped, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// A card that is a client already there (or an earlier card of the file) by email,
    /// phone, vCard UID, or name at the same address or postcode: skip it, merge it into
    /// that client, or add it anyway
    #[arg(long, value_parser = plain_codes::<OnDuplicate>(), default_value = "skip")]
    pub on_duplicate: OnDuplicate,
}
