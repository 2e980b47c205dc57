//! What every command needs: configuration, locale, clock and the database path.

use std::path::PathBuf;

use color_eyre::eyre::{Result, WrapErr, eyre};

use crate::clock::Clock;
use crate::config::{Config, Paths, demo_database_beside, expand_home};
use crate::domain::dates::{parse_date, parse_datetime};
use crate::exchange::csv_safe::Cells;
use crate::i18n::Locale;

/// What a run was asked for, before anything is resolved: the command line's global
/// options (or a test's).
#[derive(Debug, Clone, Default)]
pub struct SessionArgs {
    /// `--config`.
    pub config: Option<PathBuf>,
    /// `--db` or `CLIENTELA_DB`.
    pub db: Option<PathBuf>,
    /// `--demo`.
    pub demo: bool,
    /// `--today` or `CLIENTELA_TODAY`.
    pub today: Option<String>,
    /// `--raw`: CSV cells exactly as stored, for scripts.
    pub raw: bool,
}

/// The resolved settings of one run of the program.
#[derive(Debug, Clone)]
pub struct Session {
    /// The configuration in force.
    pub config: Config,
    /// Language and date pattern.
    pub locale: Locale,
    /// Where "now" comes from.
    pub clock: Clock,
    /// The database file this run works on.
    pub database: PathBuf,
    /// Whether this is the demo database (filled on first use).
    pub demo: bool,
    /// What CSV outputs do with cells that look like formulas; imports of clientela's
    /// own files undo the same.
    pub cells: Cells,
    /// Where the TUI remembers how it was left (see [`crate::ops::view_state`]); none
    /// without a home folder.
    pub view_state: Option<PathBuf>,
}

impl Session {
    /// The locale to speak in when the session itself could not be made (a mistake on
    /// the command line, a config that does not load): the config's language when the
    /// file (`config`, else the platform's) can be read, else the environment's.
    pub fn fallback_locale(config: Option<&std::path::Path>) -> Locale {
        let path = config
            .map(std::path::Path::to_path_buf)
            .or(Paths::platform().config_file);
        let config = path
            .and_then(|p| Config::load(&p, false).ok())
            .unwrap_or_default();
        Locale::from_config(&config, |k| std::env::var(k).ok())
    }

    /// Resolves config (`--config`, else the platform file, else defaults), the
    /// database (`--db`/`CLIENTELA_DB`, else the config's, else the platform data
    /// directory; `--demo` takes the demo file beside it) and the clock.
    pub fn resolve(args: &SessionArgs) -> Result<Self> {
        let paths = Paths::platform();
        let config = match (&args.config, &paths.config_file) {
            (Some(path), _) => Config::load(path, true)?,
            (None, Some(path)) => Config::load(path, false)?,
            (None, None) => Config::default(),
        };
        let locale = Locale::from_config(&config, |k| std::env::var(k).ok());
        let clock = match &args.today {
            Some(day) if day.trim().len() > 10 => {
                Clock::Fixed(parse_datetime(day).wrap_err("--today")?)
            }
            Some(day) => Clock::noon(parse_date(day).wrap_err("--today")?),
            None => Clock::System(config.agenda.time_zone),
        };
        let database = args
            .db
            .clone()
            .or_else(|| config.database.as_deref().map(expand_home))
            .or(paths.database)
            .ok_or_else(|| eyre!(locale.t(crate::i18n::CliMsg::NoHome)))?;
        let database = if args.demo {
            demo_database_beside(&database)
        } else {
            database
        };
        Ok(Self {
            config,
            locale,
            clock,
            database,
            demo: args.demo,
            cells: if args.raw { Cells::Raw } else { Cells::Safe },
            view_state: paths.view_state,
        })
    }
}
