//! Refusals said to a person: every error type a user can meet, in the UI language.
//! The types' `Display` stays English (scripts match it); [`Say`] is what a person
//! reads, in the TUI and, in Spanish, on the command line.

use std::path::Path;

use super::{ErrorMsg as E, Locale, Msg, fill, fill_all, fill2};
use crate::config::ConfigError;
use crate::domain::client::{FieldError, Problem};
use crate::domain::dates::DateError;
use crate::domain::import_plan::Refused;
use crate::domain::money::AmountError;
use crate::domain::validate::Invalid;
use crate::domain::{AppointmentError, EntryError, FilterError, SceneError};
use crate::store::StoreError;

/// A refusal in the words of a locale.
pub trait Say {
    /// What went wrong, in `l`'s language.
    fn say(&self, l: &Locale) -> String;
}

/// What the command line says of `error`: in Spanish its [`Say`] words, in English
/// its `Display` (the words scripts have always matched).
pub fn tell<T: Say + std::fmt::Display>(error: &T, l: &Locale) -> String {
    match l.lang {
        super::Lang::Es => error.say(l),
        super::Lang::En => error.to_string(),
    }
}

/// A refusal as a clause of a longer line (after `error:`, after a file's place), the
/// way the command line says every error: a sentence's capital and full stop dropped ("No existe el cliente 9." →
/// "no existe el cliente 9"). A first word that is not a plain word (a path, a file
/// name, an acronym) keeps its case, and text of several sentences keeps its stops.
pub fn clause(text: &str) -> String {
    let first = text.split(' ').next().unwrap_or_default();
    let mut chars = first.chars();
    let plain = chars.next().is_some_and(char::is_uppercase)
        && first.chars().count() > 1
        && chars.all(|c| c.is_lowercase() || c == ':' || c == ',');
    let mut out = if plain {
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        text.to_string()
    };
    if out.ends_with('.') && !out.ends_with("..") && !out[..out.len() - 1].contains(". ") {
        out.pop();
    }
    out
}

impl Say for StoreError {
    fn say(&self, l: &Locale) -> String {
        let path = |p: &Path| p.display().to_string();
        match self {
            StoreError::NoClient(id) => fill(l.t(Msg::NoSuchClient), id),
            StoreError::BadReferrer(id) => {
                format!(
                    "{}: {}",
                    l.t(Msg::FieldReferredBy),
                    fill(l.t(Msg::NoSuchClient), id)
                )
            }
            StoreError::Changed { .. } => l.t(Msg::ChangedElsewhere).to_string(),
            StoreError::NoEntry(id) => fill(l.t(Msg::NoSuchEntry), id),
            StoreError::EntryOfAnotherClient(entry, client) => {
                fill2(l.t(E::EntryOfAnotherClient), entry, client)
            }
            StoreError::InvalidEntry(e) => e.say(l),
            StoreError::NotAComplaint(id) => fill(l.t(E::NotAComplaint), id),
            StoreError::AlreadyResolved(_) => l.t(Msg::AlreadyAnswered).to_string(),
            StoreError::EmptyAnswer => l.t(Msg::AnswerNeeded).to_string(),
            StoreError::Invalid(errors) => errors
                .iter()
                .map(|e| e.say(l))
                .collect::<Vec<_>>()
                .join("; "),
            StoreError::NoAgenda(name) => fill(l.t(E::NoAgenda), name),
            StoreError::NameNeeded(_) => l.t(Msg::NameNeeded).to_string(),
            StoreError::AgendaExists(name) => fill(l.t(Msg::AgendaExists), name),
            StoreError::NoAppointment(id) => fill(l.t(Msg::NoSuchAppointment), id),
            StoreError::NoOccurrence(id, at) => fill2(l.t(E::NoOccurrence), id, l.date_time(*at)),
            StoreError::DuplicateUid(uid) => fill(l.t(E::DuplicateUid), uid),
            StoreError::InvalidAppointment(e) => e.say(l),
            StoreError::NoCycle(id) => fill(l.t(E::NoCycle), id),
            StoreError::CycleExists(name) => fill(l.t(super::MomentMsg::CycleExists), name),
            StoreError::NoScene(id) => fill(l.t(Msg::NoSuchScene), id),
            StoreError::InvalidScene(e) => e.say(l),
            StoreError::TooNew {
                path: p,
                found,
                known,
            } => fill_all(l.t(E::TooNew), &[&path(p), found, known]),
            StoreError::ReadOnly { path: p } => fill(l.t(E::ReadOnly), path(p)),
            StoreError::Create { path: p, source } => {
                fill2(l.t(E::CannotCreate), path(p), source.say(l))
            }
            StoreError::Foreign { path: p } => fill(l.t(E::Foreign), path(p)),
            StoreError::Damaged { path: p, report } => fill2(l.t(E::Damaged), path(p), report),
            StoreError::Open { path: p, source } => {
                fill2(l.t(E::CannotOpen), path(p), sqlite_words(source, l))
            }
            StoreError::Migration(e) => fill(l.t(E::Migration), e),
            StoreError::Sqlite(e) => fill(l.t(E::Database), sqlite_words(e, l)),
        }
    }
}

/// What SQLite said, in words for the usual cases (a file that is not a database, one
/// that cannot be opened); its own text otherwise.
fn sqlite_words(e: &rusqlite::Error, l: &Locale) -> String {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::NotADatabase) => l.t(E::NotADatabaseFile).to_string(),
        Some(C::CannotOpen) => l.t(E::CannotOpenFile).to_string(),
        Some(C::PermissionDenied | C::ReadOnly) => l.t(E::IoDenied).to_string(),
        Some(C::DiskFull) => l.t(E::IoFull).to_string(),
        _ => e.to_string(),
    }
}

impl Say for EntryError {
    fn say(&self, l: &Locale) -> String {
        match self {
            EntryError::MissingAmount => l.t(Msg::MissingAmount).to_string(),
            EntryError::AmountNotPurchase => l.t(Msg::AmountNotPurchase).to_string(),
            EntryError::ZeroAmount => l.t(Msg::ZeroAmount).to_string(),
            EntryError::MarginBeyondAmount => l.t(Msg::MarginBeyondAmount).to_string(),
            EntryError::AmountTooLarge(cents) => fill(l.t(E::AmountTooLarge), l.money(*cents)),
            EntryError::ValuationRange(v) => fill(l.t(E::ValuationRange), v),
            EntryError::ValuationNotAllowed => l.t(E::ValuationNotAllowed).to_string(),
            EntryError::BadResolution => l.t(E::BadResolution).to_string(),
            EntryError::TooLong(field, why) => format!("{field}: {}", why.say(l)),
            EntryError::InTheFuture(at) => fill(l.t(E::InTheFuture), l.date_time(*at)),
        }
    }
}

impl Say for AppointmentError {
    fn say(&self, l: &Locale) -> String {
        match self {
            AppointmentError::NoTitle => l.t(E::NoTitle).to_string(),
            AppointmentError::EndsBeforeStart { start, end } => fill2(
                l.t(E::EndsBeforeStart),
                l.date_time(*end),
                l.date_time(*start),
            ),
            AppointmentError::AllDayNotWholeDays => l.t(E::AllDayNotWholeDays).to_string(),
            AppointmentError::Recurrence(why) => why.say(l),
            AppointmentError::OutOfRange(at) => fill(l.t(E::OutOfYears), l.date_time(*at)),
            AppointmentError::ReminderTooEarly(minutes) => fill2(
                l.t(E::ReminderTooEarly),
                crate::domain::agenda::MAX_REMINDER_MINUTES,
                minutes,
            ),
            AppointmentError::TooLong(field, why) => format!("{field}: {}", why.say(l)),
        }
    }
}

impl Say for crate::domain::recurrence::RecurrenceError {
    fn say(&self, l: &Locale) -> String {
        use crate::domain::recurrence::{MAX_COUNT, MAX_INTERVAL, RecurrenceError as R};
        match self {
            R::NoInterval => l.t(E::NoInterval).to_string(),
            R::IntervalTooLarge(n) => fill2(l.t(E::IntervalTooLarge), MAX_INTERVAL, n),
            R::NoOccurrence => l.t(E::NoOccurrences).to_string(),
            R::TooMany(n) => fill2(l.t(E::TooManyOccurrences), MAX_COUNT, n),
            R::EndsBeforeStart { until, first } => fill2(
                l.t(E::SeriesEndsBeforeStart),
                l.date(*until),
                l.date(*first),
            ),
        }
    }
}

impl Say for SceneError {
    fn say(&self, l: &Locale) -> String {
        match self {
            SceneError::NoTitle => l.t(E::SceneNoTitle).to_string(),
            SceneError::BadScore => l.t(E::SceneBadScore).to_string(),
            SceneError::EmptyAction => l.t(E::SceneEmptyAction).to_string(),
            SceneError::TooLong(field, why) => format!("{field}: {}", why.say(l)),
        }
    }
}

impl Say for Invalid {
    fn say(&self, l: &Locale) -> String {
        l.problem(&Problem::Invalid(self.clone()))
    }
}

impl Say for FieldError {
    fn say(&self, l: &Locale) -> String {
        format!("{}: {}", l.label(&self.field), l.problem(&self.problem))
    }
}

impl Say for crate::domain::Problem {
    fn say(&self, l: &Locale) -> String {
        l.problem(self)
    }
}

impl Say for DateError {
    fn say(&self, l: &Locale) -> String {
        match self {
            DateError::Shape(s) => fill(l.t(E::DateShape), s),
            DateError::NoSuchDay(s) => fill(l.t(E::NoSuchDay), s),
            DateError::OutOfRange(s) => fill(l.t(E::DateOutOfYears), s),
        }
    }
}

impl Say for AmountError {
    fn say(&self, l: &Locale) -> String {
        let msg = if self.is_ambiguous() {
            Msg::AmbiguousAmount
        } else {
            Msg::BadAmount
        };
        fill(l.t(msg), &self.0)
    }
}

impl Say for FilterError {
    fn say(&self, l: &Locale) -> String {
        match self {
            FilterError::Malformed(s) => fill(l.t(E::FilterMalformed), s),
            FilterError::UnknownField { field } => fill2(
                l.t(E::FilterField),
                field,
                crate::domain::client_filter::FILTER_FIELDS.join(", "),
            ),
            FilterError::UnknownValue {
                field,
                value,
                known,
            } => fill_all(l.t(E::FilterValue), &[value, field, known]),
        }
    }
}

impl Say for ConfigError {
    fn say(&self, l: &Locale) -> String {
        match self {
            ConfigError::Read { path, source } => {
                fill2(l.t(E::ConfigRead), path.display(), source.say(l))
            }
            ConfigError::Invalid {
                path,
                line,
                key,
                message,
            } => {
                let mut said = fill(l.t(E::ConfigFile), path.display());
                if let Some(line) = line {
                    said.push_str(&fill(l.t(E::ConfigLine), line));
                }
                if let Some(key) = key {
                    said.push_str(&fill(l.t(E::ConfigKey), key));
                }
                format!("{said}: {message}")
            }
        }
    }
}

impl Say for Refused {
    /// `line:column: field: what`, every problem of the card.
    fn say(&self, l: &Locale) -> String {
        let problems: Vec<String> = self
            .errors
            .iter()
            .enumerate()
            .map(|(i, e)| match (i, &self.label) {
                (0, Some(label)) => format!("{label}: {}", l.problem(&e.problem)),
                _ => e.say(l),
            })
            .collect();
        fill_all(
            l.t(E::LineColumn),
            &[&self.line, &self.column, &problems.join("; ")],
        )
    }
}

impl Say for std::io::Error {
    /// The usual kinds in words; the system's own text for the rest.
    fn say(&self, l: &Locale) -> String {
        use std::io::ErrorKind as K;
        let msg = match self.kind() {
            K::NotFound => E::IoNotFound,
            K::PermissionDenied => E::IoDenied,
            K::AlreadyExists => E::IoExists,
            K::StorageFull => E::IoFull,
            K::IsADirectory => E::IoFolder,
            K::ReadOnlyFilesystem => E::IoReadOnly,
            _ => return self.to_string(),
        };
        l.t(msg).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn es() -> Locale {
        Locale::new(Lang::Es, "auto")
    }

    #[test]
    fn the_store_refusals_are_said_in_spanish() {
        let l = es();
        assert_eq!(StoreError::NoClient(42).say(&l), "No existe el cliente 42.");
        assert_eq!(
            StoreError::NoAgenda("Jefa".into()).say(&l),
            "No hay ninguna agenda llamada «Jefa»."
        );
        assert_eq!(
            StoreError::InvalidEntry(EntryError::ValuationRange(7)).say(&l),
            "La calidad esperada y la percibida van de 1 a 5 (se dio 7)."
        );
        assert_eq!(
            StoreError::InvalidEntry(EntryError::AmountTooLarge(1_000_000_001)).say(&l),
            "Un importe o un margen llega como mucho a 10.000.000,00 (se dio 10.000.000,01)."
        );
    }

    #[test]
    fn english_says_the_same_things() {
        let l = Locale::new(Lang::En, "auto");
        assert_eq!(
            FilterError::Malformed("x".into()).say(&l),
            "“x” is not field=value"
        );
        assert_eq!(SceneError::NoTitle.say(&l), "The scene needs a title.");
    }

    #[test]
    fn an_amount_read_two_ways_says_so() {
        let l = es();
        assert!(AmountError("1.234".into()).say(&l).contains("dos maneras"));
        assert!(AmountError("12,505".into()).say(&l).contains("dos maneras"));
        assert!(!AmountError("12,x".into()).say(&l).contains("dos maneras"));
        assert!(!AmountError("1.2345".into()).say(&l).contains("dos maneras"));
        assert!(AmountError("1.234".into()).to_string().contains("two ways"));
    }

    #[test]
    fn a_cause_reads_as_a_clause_after_error() {
        assert_eq!(clause("No existe el cliente 9."), "no existe el cliente 9");
        assert_eq!(
            clause("Teléfonos: «x» no es un teléfono"),
            "teléfonos: «x» no es un teléfono"
        );
        // Paths, file names and acronyms keep their case; several sentences their stops.
        assert_eq!(
            clause("Clientes.db está dañado."),
            "Clientes.db está dañado"
        );
        assert_eq!(
            clause("/Datos/x.db es de solo lectura."),
            "/Datos/x.db es de solo lectura"
        );
        assert_eq!(clause("UID repetido."), "UID repetido");
        assert_eq!(clause("Uno. Dos."), "Uno. Dos.");
        assert_eq!(clause("no client with id 9"), "no client with id 9");
        assert_eq!(clause("espere..."), "espere...");
    }
}
