//! clap definitions of every command and flag.

use std::path::PathBuf;

use crate::session::SessionArgs;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use super::agenda_args::AgendaCommand;
pub use super::exchange_args::{ExportCommand, ImportCommand};
pub use super::scenes::ScenesCommand;
use crate::domain::{Channel, ClientId, EntryId, SceneId};

pub use super::card_args::CardArgs;
pub(super) use super::codes::{KindArg, codes, plain_codes};

/// clientela: client cards, interaction log, classification, loyalty, agenda and
/// moments of truth for a small shop, in one SQLite file.
#[derive(Debug, Parser)]
#[command(name = "clientela", version, about, long_about = None)]
pub struct Cli {
    /// Database file [default: clientela.db in the platform data directory]
    #[arg(
        long,
        global = true,
        env = "CLIENTELA_DB",
        value_name = "PATH",
        display_order = 100
    )]
    pub db: Option<PathBuf>,
    /// Configuration file [default: clientela/config.toml in the platform config directory]
    #[arg(long, global = true, value_name = "PATH", display_order = 100)]
    pub config: Option<PathBuf>,
    /// Use the demo database beside the real one (created and filled on first use)
    #[arg(long, global = true, display_order = 100)]
    pub demo: bool,
    /// Pretend today is this date (YYYY-MM-DD; "YYYY-MM-DD HH:MM" fixes the time too, else
    /// noon); for tests and reproducible output
    #[arg(
        long,
        global = true,
        hide = true,
        env = "CLIENTELA_TODAY",
        value_name = "DATE"
    )]
    pub today: Option<String>,
    /// CSV written and read with cells exactly as stored, for scripts. Unsafe to open
    /// in a spreadsheet: text that looks like a formula is not neutralised
    #[arg(long, global = true, display_order = 100)]
    pub raw: bool,
    /// What to do; without a command the terminal UI opens
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The global options that make the session.
    pub fn session_args(&self) -> SessionArgs {
        SessionArgs {
            config: self.config.clone(),
            db: self.db.clone(),
            demo: self.demo,
            today: self.today.clone(),
            raw: self.raw,
        }
    }
}

/// A scriptable operation.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Client cards: add, list, show, edit, delete
    #[command(subcommand)]
    Client(Box<ClientCommand>),
    /// The interaction log: add entries, list a client's log
    #[command(subcommand)]
    Log(Box<LogCommand>),
    /// Complaints: list them, record the answer given
    #[command(subcommand)]
    Complaint(ComplaintCommand),
    /// Classify clients (lifecycle, frequency, volume, satisfaction) as of a day
    Classify(ClassifyArgs),
    /// Loyalty of clients (quadrant, four conditions, suggested action) as of a day
    Loyalty(ClassifyArgs),
    /// The shop's dashboard: quadrants, retention, conversion, complaints, 24 months, to do
    Dashboard(DashboardArgs),
    /// Agendas: book entries, list them with clashes, day sheets, reminders, iCalendar
    #[command(subcommand)]
    Agenda(Box<AgendaCommand>),
    /// Moments of truth: service cycles, their scenes, Markdown reports
    #[command(subcommand)]
    Scenes(Box<ScenesCommand>),
    /// Client lists out: an Excel workbook, CSV (rfc4180 or excel-es), vCard for phones
    #[command(subcommand)]
    Export(Box<ExportCommand>),
    /// Client lists in: a workbook (xlsx, xls, ods) or CSV (a list of your own, Google,
    /// Outlook, clientela's), or vCard
    #[command(subcommand)]
    Import(Box<ImportCommand>),
    /// Fill the database with realistic demo data
    Demo(DemoArgs),
    /// Copy the database (consistent while others write) to backups/ beside it or FILE
    Backup(BackupArgs),
    /// Replace the database with a copy of it, after checking the copy; the database as
    /// it was is kept in backups/ first
    Restore(RestoreArgs),
    /// Check every page of the database now (SQLite's quick_check); a damaged file is
    /// remembered and refuses writes until a copy is restored or a check finds it whole
    Check,
    /// Rewrite the database file so nothing deleted is left in its bytes (what `client
    /// erase` does; run it when erase said the file was not yet overwritten)
    Compact,
}

/// `log` subcommands.
#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// Log a visit, call, purchase, complaint… and print its id
    Add(LogAddArgs),
    /// A client's log, newest first
    List {
        /// Client id
        client_id: ClientId,
        /// Output format
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Correct an entry: only the flags given change (an empty --note, --margin or
    /// --expected clears it)
    Edit(LogEditArgs),
    /// Delete an entry for good (a purchase typed by mistake)
    Delete {
        /// The entry's id (`log list` shows it)
        entry_id: EntryId,
        /// Delete without asking
        #[arg(long)]
        yes: bool,
    },
}

/// `log edit` flags.
#[derive(Debug, Clone, Args)]
pub struct LogEditArgs {
    /// The entry's id (`log list` shows it)
    pub entry_id: EntryId,
    /// What happened (return: a purchase given back, its amount stored negative)
    #[arg(long, value_parser = super::codes::Kinds)]
    pub kind: Option<KindArg>,
    /// What changes.
    #[command(flatten)]
    pub flags: EntryFlags,
    /// Remove the quality valuation
    #[arg(long, conflicts_with_all = ["expected", "perceived"])]
    pub no_valuation: bool,
}

/// `log add` flags.
#[derive(Debug, Clone, Args)]
pub struct LogAddArgs {
    /// Client id
    pub client_id: ClientId,
    /// What happened (return: a purchase given back, its amount stored negative)
    #[arg(long, value_parser = super::codes::Kinds)]
    pub kind: KindArg,
    /// What the entry holds.
    #[command(flatten)]
    pub flags: EntryFlags,
    /// Tie the entry to this scene (moments of truth) as evidence
    #[arg(long, value_name = "SCENE_ID")]
    pub scene: Option<SceneId>,
}

/// The flags of an entry that `log add` and `log edit` share.
#[derive(Debug, Clone, Args)]
pub struct EntryFlags {
    /// Channel [log add: phone for calls, email for offers, in_person otherwise]
    #[arg(long, value_parser = codes::<Channel>())]
    pub channel: Option<Channel>,
    /// When ("YYYY-MM-DD[ HH:MM]" or "DD/MM/YYYY[ HH:MM]") [log add: now]
    #[arg(long, value_name = "WHEN")]
    pub at: Option<String>,
    /// Purchases: the amount (12,50 or 12.50; negative for a return: -12,50)
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// Purchases: the margin (12,50 or 12.50; may be negative; "" clears it in log edit)
    #[arg(long, allow_hyphen_values = true)]
    pub margin: Option<String>,
    /// Surveys and visits: expected quality, 1-5
    #[arg(long, requires = "perceived", value_parser = clap::value_parser!(u8).range(1..=5))]
    pub expected: Option<u8>,
    /// Surveys and visits: perceived quality, 1-5
    #[arg(long, requires = "expected", value_parser = clap::value_parser!(u8).range(1..=5))]
    pub perceived: Option<u8>,
    /// Free text ("" clears it in log edit)
    #[arg(long)]
    pub note: Option<String>,
}

/// `complaint` subcommands.
#[derive(Debug, Subcommand)]
pub enum ComplaintCommand {
    /// Complaints, the longest-waiting first
    List {
        /// Only those still waiting for an answer
        #[arg(long)]
        open: bool,
        /// Output format
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Record the answer given to a complaint
    Resolve {
        /// The complaint's log entry id
        entry_id: EntryId,
        /// The answer given to the client
        #[arg(long)]
        answer: String,
    },
}

/// `classify` flags.
#[derive(Debug, Clone, Args)]
pub struct ClassifyArgs {
    /// As of this day (anything dated after it does not count) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Only this client
    #[arg(long, value_name = "ID")]
    pub client: Option<ClientId>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// `dashboard` flags.
#[derive(Debug, Clone, Args)]
pub struct DashboardArgs {
    /// Figures as of this day [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

/// Output formats of list commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// Aligned columns for people
    #[default]
    Table,
    /// RFC 4180 CSV
    Csv,
    /// One JSON array of objects (snake_case keys)
    Json,
}

/// Output formats of `client show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ShowFormat {
    /// Text for people
    #[default]
    Text,
    /// One JSON object
    Json,
}

/// `client` subcommands.
#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// Add a client and print its id
    Add(CardArgs),
    /// List clients, optionally filtered by a search
    List {
        /// Search: every word must start a word of the name, an email, the tax id or a
        /// phone (accents and case ignored); digits alone are also found inside phones
        #[arg(long, short)]
        search: Option<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Show one client's card
    Show {
        /// Client id
        id: ClientId,
        /// Output format
        #[arg(long, value_enum, default_value_t)]
        format: ShowFormat,
    },
    /// Change a client's card: only the given fields change; a list flag (--phone,
    /// --email, --tag) replaces the whole list, and an empty value clears a field
    Edit {
        /// Client id
        id: ClientId,
        /// New values
        #[command(flatten)]
        card: CardArgs,
    },
    /// Delete a client and their history
    Delete {
        /// Client id
        id: ClientId,
        /// Confirm the deletion
        #[arg(long)]
        yes: bool,
    },
    /// Everything held about one client, as JSON (the right of access): card, log,
    /// agenda entries, ties to scenes
    Export {
        /// Client id
        id: ClientId,
        /// Write to this file instead of standard output
        #[arg(long, short, value_name = "FILE.json")]
        output: Option<PathBuf>,
    },
    /// Remove a client for good (the right to erasure): card, log and ties to scenes
    /// deleted, agenda entries and referrals unlinked, nothing left readable in the file
    Erase {
        /// Client id
        id: ClientId,
        /// Confirm the erasure
        #[arg(long)]
        yes: bool,
    },
}

/// `backup` flags.
#[derive(Debug, Clone, Args)]
pub struct BackupArgs {
    /// Write the copy here instead of backups/<name>-YYYYMMDD-HHMMSS.db
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `restore` arguments.
#[derive(Debug, Clone, Args)]
pub struct RestoreArgs {
    /// The copy to restore (made by `clientela backup`, or one of backups/)
    pub file: PathBuf,
}

/// `demo` flags.
#[derive(Debug, Clone, Args)]
pub struct DemoArgs {
    /// How many clients
    #[arg(long, default_value_t = 300)]
    pub clients: usize,
    /// Seed: the same seed gives the same data
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// How many log entries in all [default: ten per client]
    #[arg(long)]
    pub entries: Option<usize>,
    /// Replace a database that is not empty with the demo (its clients, log, agenda and
    /// scenes); a copy of it is kept in backups/ beside it first
    #[arg(long)]
    pub force: bool,
}

#[cfg(test)]
#[path = "args_tests.rs"]
mod tests;
