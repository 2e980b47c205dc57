//! The configuration file (TOML) and the platform paths of config and data.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::{ClassificationRules, LoyaltyRules};

/// The language setting as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum LanguageSetting {
    /// From the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`: `es*` is Spanish).
    #[default]
    Auto,
    /// Spanish.
    Es,
    /// English.
    En,
}

/// Thresholds of DOMAIN.md "Classification": the domain's rules, read from `[classification]`.
pub type ClassificationConfig = ClassificationRules;

/// Thresholds of DOMAIN.md "Loyalty": the domain's rules, read from `[loyalty]`.
pub type LoyaltyConfig = LoyaltyRules;

/// The copies of the database kept in `backups/` beside it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BackupConfig {
    /// How many automatic copies to keep (the daily one and those taken before
    /// something replaces data); older ones are removed. Copies made with
    /// `clientela backup` are never removed.
    pub keep: usize,
}

impl Default for BackupConfig {
    fn default() -> Self {
        Self { keep: 7 }
    }
}

/// The agendas the program starts with.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AgendaConfig {
    /// Agenda names, in the order they are shown side by side.
    pub names: Vec<String>,
    /// The shop's time zone (IANA name): the clock's "now" and "today", and which
    /// instants the agenda's wall-clock times mean, for clashes around the changes of
    /// time and for iCalendar files.
    #[serde(deserialize_with = "time_zone")]
    pub time_zone: chrono_tz::Tz,
    /// How long a new entry lasts, in minutes, until its end is typed.
    #[serde(deserialize_with = "entry_minutes")]
    pub entry_minutes: u32,
    /// The colour of each named agenda on screen (others take one of a palette in
    /// turn); `NO_COLOR` leaves every screen without colour, and their letters tell
    /// them apart.
    #[serde(deserialize_with = "colours")]
    pub colours: std::collections::BTreeMap<String, ratatui::style::Color>,
}

impl Default for AgendaConfig {
    fn default() -> Self {
        Self {
            names: vec!["Jefe".into(), "Secretaría".into(), "Tienda".into()],
            time_zone: chrono_tz::Europe::Madrid,
            entry_minutes: 60,
            colours: std::collections::BTreeMap::new(),
        }
    }
}

fn entry_minutes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let minutes = u32::deserialize(d)?;
    if (5..=1440).contains(&minutes) {
        Ok(minutes)
    } else {
        Err(serde::de::Error::custom(format!(
            "entry_minutes is {minutes}; it goes from 5 to 1440 (a day)"
        )))
    }
}

fn colours<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<std::collections::BTreeMap<String, ratatui::style::Color>, D::Error> {
    let named = std::collections::BTreeMap::<String, String>::deserialize(d)?;
    named
        .into_iter()
        .map(|(agenda, colour)| match colour.trim().parse() {
            Ok(c) => Ok((agenda, c)),
            Err(_) => Err(serde::de::Error::custom(format!(
                "`{colour}` (agenda `{agenda}`) is not a colour: use a name (blue, lightgreen, magenta, yellow…) or #rrggbb"
            ))),
        })
        .collect()
}

fn time_zone<'de, D: serde::Deserializer<'de>>(d: D) -> Result<chrono_tz::Tz, D::Error> {
    let name = String::deserialize(d)?;
    name.parse().map_err(|_| {
        serde::de::Error::custom(format!(
            "unknown time zone `{name}` (use an IANA name such as \"Europe/Madrid\" or \"Atlantic/Canary\")"
        ))
    })
}

/// The whole configuration. A missing file means every default.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// UI language.
    pub language: LanguageSetting,
    /// Database file; `None` means the platform data directory.
    pub database: Option<PathBuf>,
    /// Whether the TUI takes the mouse (clicks, the wheel); off leaves select-and-copy
    /// to the terminal.
    pub mouse: bool,
    /// Where the TUI writes exports; `None` means a `clientela` folder in the user's
    /// Documents folder (or, without one, `exports/` beside the database).
    pub export_dir: Option<PathBuf>,
    /// `auto` (dd/mm/yyyy in Spanish, yyyy-mm-dd in English) or a strftime pattern.
    pub date_format: String,
    /// Classification thresholds.
    pub classification: ClassificationConfig,
    /// Loyalty thresholds.
    pub loyalty: LoyaltyConfig,
    /// Agenda names.
    pub agenda: AgendaConfig,
    /// Automatic copies of the database.
    pub backup: BackupConfig,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            language: LanguageSetting::Auto,
            database: None,
            export_dir: None,
            mouse: true,
            date_format: "auto".into(),
            classification: ClassificationConfig::default(),
            loyalty: LoyaltyConfig::default(),
            agenda: AgendaConfig::default(),
            backup: BackupConfig::default(),
        }
    }
}

/// Why the configuration could not be used; says the file, the line and the key.
#[derive(Debug)]
pub enum ConfigError {
    /// The file exists but could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file could not be understood.
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem, when known.
        line: Option<usize>,
        /// Dotted key at fault, when known.
        key: Option<String>,
        /// What was wrong.
        message: String,
    },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Read { path, source } => {
                write!(f, "cannot read config file {}: {source}", path.display())
            }
            Self::Invalid {
                path,
                line,
                key,
                message,
            } => {
                write!(f, "config file {}", path.display())?;
                if let Some(line) = line {
                    write!(f, ", line {line}")?;
                }
                if let Some(key) = key {
                    write!(f, ", key `{key}`")?;
                }
                write!(f, ": {message}")
            }
        }
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads the file at `path`. When `required` is false a missing file means defaults
    /// (the platform path); an explicit `--config` must exist.
    pub fn load(path: &Path, required: bool) -> Result<Self, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => Ok(Self::default()),
            Err(source) => Err(ConfigError::Read {
                path: path.to_path_buf(),
                source,
            }),
        }
    }

    /// Parses configuration text; `path` only names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let start = e.span().map(|s| s.start);
            let message = e.message().trim().replace('\n', " ");
            let (line, key) = match start {
                Some(start) => locate(text, start, &message),
                None => (None, None),
            };
            ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                key,
                message,
            }
        })?;
        config.check(text, path)?;
        Ok(config)
    }

    /// Rules serde cannot express: values in range, a usable date pattern.
    fn check(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let invalid = |key: &str, message: String| {
            let leaf = key.rsplit('.').next().unwrap_or(key);
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with(leaf) && l.contains('='))
                .map(|i| i + 1);
            ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                key: Some(key.into()),
                message,
            }
        };
        if self.date_format != "auto" && !valid_strftime(&self.date_format) {
            return Err(invalid(
                "date_format",
                format!(
                    "`{}` is not a strftime pattern (e.g. \"%d/%m/%Y\")",
                    self.date_format
                ),
            ));
        }
        let c = &self.classification;
        if c.habitual_min == 0 || c.habitual_min > c.frequent_min {
            return Err(invalid(
                "classification.habitual_min",
                "must be at least 1 and not above frequent_min".into(),
            ));
        }
        if !(c.volume_low_ratio >= 0.0 && c.volume_low_ratio <= c.volume_high_ratio) {
            return Err(invalid(
                "classification.volume_low_ratio",
                "must be between 0 and volume_high_ratio".into(),
            ));
        }
        if c.dissatisfied_gap > c.delighted_gap {
            return Err(invalid(
                "classification.dissatisfied_gap",
                "must not be above delighted_gap".into(),
            ));
        }
        if c.satisfaction_last == 0 || c.window_days == 0 {
            return Err(invalid(
                "classification.satisfaction_last",
                "window_days and satisfaction_last must be at least 1".into(),
            ));
        }
        if self.agenda.names.iter().any(|n| n.trim().is_empty()) {
            return Err(invalid("agenda.names", "an agenda name is empty".into()));
        }
        Ok(())
    }
}

fn valid_strftime(pattern: &str) -> bool {
    use chrono::format::{Item, StrftimeItems};
    !pattern.is_empty() && StrftimeItems::new(pattern).all(|item| !matches!(item, Item::Error))
}

/// Finds the 1-based line of byte `offset` and the dotted key written there (or named
/// by an "unknown field" message), using the nearest `[table]` header above it.
fn locate(text: &str, offset: usize, message: &str) -> (Option<usize>, Option<String>) {
    let offset = offset.min(text.len());
    let line_no = text[..offset].matches('\n').count();
    let lines: Vec<&str> = text.lines().collect();
    let here = lines.get(line_no).copied().unwrap_or("");
    let section = lines[..line_no.min(lines.len())]
        .iter()
        .rev()
        .map(|l| l.trim())
        .find(|l| l.starts_with('[') && l.ends_with(']'))
        .map(|l| l.trim_matches(['[', ']']).trim().to_string());
    let named = message
        .split_once("unknown field `")
        .and_then(|(_, rest)| rest.split_once('`'))
        .map(|(k, _)| k.to_string());
    let written = here
        .split_once('=')
        .map(|(k, _)| k.trim().trim_matches('"').to_string())
        .filter(|k| !k.is_empty());
    let key = named.or(written).map(|k| match &section {
        Some(s) if !here.trim_start().starts_with('[') => format!("{s}.{k}"),
        _ => k,
    });
    (Some(line_no + 1), key)
}

/// Where config and data live on this platform.
#[derive(Debug, Clone)]
pub struct Paths {
    /// `…/clientela/config.toml` in the platform config directory.
    pub config_file: Option<PathBuf>,
    /// `…/clientela/clientela.db` in the platform data directory.
    pub database: Option<PathBuf>,
    /// `…/clientela/view.toml` in the platform state directory (the data directory
    /// where the platform has none): how the TUI was left.
    pub view_state: Option<PathBuf>,
}

impl Paths {
    /// The platform directories, from `directories`.
    pub fn platform() -> Self {
        let dirs = directories::ProjectDirs::from("", "", "clientela");
        Self {
            config_file: dirs.as_ref().map(|d| d.config_dir().join("config.toml")),
            database: dirs.as_ref().map(|d| d.data_dir().join("clientela.db")),
            view_state: dirs.as_ref().map(|d| {
                d.state_dir()
                    .unwrap_or_else(|| d.data_local_dir())
                    .join("view.toml")
            }),
        }
    }
}

/// `path` with a leading `~/` replaced by the home directory, as people write paths
/// in config files.
pub fn expand_home(path: &Path) -> PathBuf {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    match (path.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path.to_path_buf(),
    }
}

/// The demo database that lives beside `database` (`clientela.db` →
/// `clientela-demo.db`), so `--demo` never touches the real one.
pub fn demo_database_beside(database: &Path) -> PathBuf {
    let stem = database
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "clientela".into());
    database.with_file_name(format!("{stem}-demo.db"))
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
