//! clap definitions of the `agenda` commands.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::args::{Format, codes};
use crate::domain::{Category, ClientId, Repeat};

/// `agenda` subcommands.
#[derive(Debug, Subcommand)]
pub enum AgendaCommand {
    /// Book an entry and print its id; a clash is refused unless --allow-clash
    Add(AgendaAddArgs),
    /// Occurrences over a stretch of days (series expanded), with their clashes
    List(AgendaListArgs),
    /// Write an iCalendar (.ics) file of one agenda or all
    Export {
        /// Only this agenda [default: every agenda]
        #[arg(long, value_name = "NAME")]
        agenda: Option<String>,
        /// The .ics file to write ("-" for stdout)
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
    },
    /// Read the events of an iCalendar (.ics) file into an agenda: all or none
    Import {
        /// The .ics file
        file: PathBuf,
        /// The agenda they go to (made if it does not exist) [default: the one each event
        /// names, as clientela's export of every agenda writes it]
        #[arg(long, value_name = "NAME")]
        agenda: Option<String>,
        /// Say what would be imported and write nothing
        #[arg(long)]
        dry_run: bool,
        /// Leave out, and list, the events whose repeat rule the agenda cannot hold,
        /// instead of stopping the import
        #[arg(long)]
        skip_unsupported: bool,
    },
    /// A plain-text day sheet to print
    Print {
        /// The day [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Only this agenda [default: every agenda]
        #[arg(long, value_name = "NAME")]
        agenda: Option<String>,
    },
    /// Entries whose reminder is due now and that have not started (for cron)
    Due {
        /// Output format
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// List the agendas, or add one with --add
    Agendas {
        /// Make a new agenda of this name
        #[arg(long, value_name = "NAME")]
        add: Option<String>,
    },
}

/// `agenda add` flags.
#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("span").required(true).args(["end", "all_day"])))]
pub struct AgendaAddArgs {
    /// The agenda, by name
    #[arg(long, value_name = "NAME")]
    pub agenda: String,
    /// What it is
    #[arg(long)]
    pub title: String,
    /// Start: "YYYY-MM-DD HH:MM" (a day alone with --all-day)
    #[arg(long, value_name = "WHEN")]
    pub start: String,
    /// End: HH:MM on the start's day, a length (30m, 1h30, +45), or "YYYY-MM-DD HH:MM"
    #[arg(long, value_name = "WHEN")]
    pub end: Option<String>,
    /// The whole day of --start
    #[arg(long)]
    pub all_day: bool,
    /// What kind of entry
    #[arg(long, value_parser = codes::<Category>(), default_value = "meeting")]
    pub category: Category,
    /// The client it concerns, by id
    #[arg(long, value_name = "ID")]
    pub client: Option<ClientId>,
    /// Where
    #[arg(long)]
    pub location: Option<String>,
    /// Free notes
    #[arg(long)]
    pub notes: Option<String>,
    /// Repeat it
    #[arg(long, value_parser = codes::<Repeat>())]
    pub repeat: Option<Repeat>,
    /// Every how many days/weeks/months/years [default: 1]
    #[arg(long, requires = "repeat", value_name = "N", value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::domain::recurrence::MAX_INTERVAL)))]
    pub every: Option<u32>,
    /// Last day of the series (inclusive)
    #[arg(
        long,
        requires = "repeat",
        conflicts_with = "count",
        value_name = "DATE"
    )]
    pub until: Option<String>,
    /// How many occurrences
    #[arg(long, requires = "repeat", value_name = "N", value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::domain::recurrence::MAX_COUNT)))]
    pub count: Option<u32>,
    /// Remind this many minutes before the start
    #[arg(long, value_name = "MINUTES")]
    pub reminder: Option<u32>,
    /// Book it even if it clashes with another entry of the agenda
    #[arg(long)]
    pub allow_clash: bool,
}

/// `agenda list` flags.
#[derive(Debug, Clone, Args)]
pub struct AgendaListArgs {
    /// Only this agenda (repeat for several) [default: every agenda]
    #[arg(long = "agenda", value_name = "NAME")]
    pub agendas: Vec<String>,
    /// First day [default: today]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day, inclusive [default: six days after --from]
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}
