//! The store's one error type: what failed, and on which record.

use std::path::PathBuf;

use chrono::NaiveDateTime;

use crate::domain::{
    AppointmentError, AppointmentId, ClientId, CycleId, EntryError, EntryId, FieldError,
    SceneError, SceneId,
};

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No client has this id.
    #[error("no client with id {0}")]
    NoClient(ClientId),
    /// The record changed since the version the write was based on: someone else
    /// wrote it in between.
    #[error("{what} {id} was changed by someone else since it was read")]
    Changed {
        /// What kind of record ("client", "agenda entry"…).
        what: &'static str,
        /// Its id.
        id: i64,
    },
    /// No log entry has this id.
    #[error("no log entry with id {0}")]
    NoEntry(EntryId),
    /// A correction tried to move an entry to another client.
    #[error("log entry {0} belongs to client {1}; an entry cannot move to another client")]
    EntryOfAnotherClient(EntryId, ClientId),
    /// The entry breaks a rule of the log.
    #[error("invalid log entry: {0}")]
    InvalidEntry(#[from] EntryError),
    /// Only complaints can be resolved.
    #[error("log entry {0} is not a complaint")]
    NotAComplaint(EntryId),
    /// The complaint already has an answer.
    #[error("complaint {0} is already resolved")]
    AlreadyResolved(EntryId),
    /// A resolution needs the answer given.
    #[error("the answer given to the client is empty")]
    EmptyAnswer,
    /// `referred_by` names a client that does not exist, or the client itself.
    #[error("referred_by: no other client with id {0}")]
    BadReferrer(ClientId),
    /// The card breaks a rule of the domain.
    #[error("invalid client card: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    /// No agenda has this name (or id).
    #[error("no agenda named `{0}`")]
    NoAgenda(String),
    /// A name was empty.
    #[error("{0} needs a name")]
    NameNeeded(&'static str),
    /// An agenda of this name exists.
    #[error("an agenda named `{0}` already exists")]
    AgendaExists(String),
    /// No appointment has this id.
    #[error("no agenda entry with id {0}")]
    NoAppointment(AppointmentId),
    /// The series has no occurrence starting then.
    #[error("agenda entry {} has no occurrence starting at {}", .0, .1.format("%Y-%m-%d %H:%M"))]
    NoOccurrence(AppointmentId, NaiveDateTime),
    /// Another appointment has this iCalendar UID.
    #[error("an agenda entry with UID `{0}` already exists")]
    DuplicateUid(String),
    /// The appointment breaks a rule of the agenda.
    #[error("invalid agenda entry: {0}")]
    InvalidAppointment(#[from] AppointmentError),
    /// No service cycle has this id.
    #[error("no service cycle with id {0}")]
    NoCycle(CycleId),
    /// A service cycle of this name exists.
    #[error("a service cycle named `{0}` already exists")]
    CycleExists(String),
    /// No scene has this id.
    #[error("no scene with id {0}")]
    NoScene(SceneId),
    /// The scene breaks a rule of the analysis.
    #[error("invalid scene: {0}")]
    InvalidScene(#[from] SceneError),
    /// The database was written by a newer clientela; it was not modified.
    #[error(
        "{} was written by a newer version of clientela (schema {found}, this program knows up to {known}); \
         it was left untouched: update clientela to open it",
        path.display()
    )]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest schema this binary knows.
        known: i64,
    },
    /// The database or its folder cannot be written.
    #[error(
        "{} is read-only, so the database cannot be changed there (if it exists, lists, exports and backups still work); make it writable, or copy the database to a folder you can write and use --db",
        path.display()
    )]
    ReadOnly {
        /// The folder or file that refuses writes.
        path: PathBuf,
    },
    /// The file could not be created.
    #[error("cannot create the database {}: {source}", path.display())]
    Create {
        /// The database file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is another program's database; it was not touched.
    #[error(
        "{} is not a clientela database (it holds another program's data); it was left untouched: choose another file",
        path.display()
    )]
    Foreign {
        /// The file.
        path: PathBuf,
    },
    /// The file is damaged: SQLite's check found problems.
    #[error(
        "{} is damaged ({report}): clientela writes nothing to it; restore a copy from backups/ with `clientela restore FILE`",
        path.display()
    )]
    Damaged {
        /// The file.
        path: PathBuf,
        /// The first line of what the check found.
        report: String,
    },
    /// The file could not be opened as a database.
    #[error("cannot open {} as a clientela database: {source}", path.display())]
    Open {
        /// The database file.
        path: PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// A migration failed.
    #[error("cannot bring the database schema up to date: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// Any other SQLite error.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}
