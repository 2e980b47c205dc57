//! What the operations refuse to do to files, said in English (`Display`, for scripts)
//! and in the UI's language ([`Say`]).

use std::path::PathBuf;

use crate::i18n::{Locale, Say, fill, fill2};

/// A file operation refused before anything was written.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// The output would overwrite the database or one of its journal files.
    #[error(
        "refusing to write {}: it is the database {} (or one of its journal files); choose another file",
        path.display(),
        database.display()
    )]
    IsTheDatabase {
        /// The output named.
        path: PathBuf,
        /// The database.
        database: PathBuf,
    },
    /// A binary copy of the database sent to the terminal.
    #[error(
        "refusing to write the database to the terminal: send it to a file (`-o FILE`) or a program (`-o - | gzip > copy.gz`)"
    )]
    ToTerminal,
    /// `backups` beside the database is a file.
    #[error("{} is a file, not a folder: clientela keeps its backups there; move the file away", .0.display())]
    BackupsIsAFile(PathBuf),
    /// A restore from the database itself.
    #[error("{} is the database itself; name a copy of it (backups are in {})", from.display(), backups.display())]
    RestoreFromItself {
        /// The file named.
        from: PathBuf,
        /// Where the copies are.
        backups: PathBuf,
    },
    /// A restore from a file that is not there.
    #[error("{} does not exist: name a copy of the database (backups are in backups/ beside it)", .0.display())]
    RestoreFromMissing(PathBuf),
    /// A restore from a folder.
    #[error("{} is a folder, not a copy of a database", .0.display())]
    RestoreFromFolder(PathBuf),
    /// A restore from an empty file.
    #[error("{} is empty: it is not a copy of a database", .0.display())]
    RestoreFromEmpty(PathBuf),
    /// A database named in a folder that does not exist (a path mistyped).
    #[error("no database {}: the folder {} does not exist (check --db, CLIENTELA_DB or the configuration's database)", database.display(), folder.display())]
    NoFolder {
        /// The database named.
        database: PathBuf,
        /// Its folder, missing.
        folder: PathBuf,
    },
}

impl Say for Refusal {
    fn say(&self, l: &Locale) -> String {
        use crate::i18n::ErrorMsg as E;
        match self {
            Refusal::IsTheDatabase { path, database } => {
                fill2(l.t(E::IsTheDatabase), path.display(), database.display())
            }
            Refusal::ToTerminal => l.t(E::ToTerminal).to_string(),
            Refusal::BackupsIsAFile(path) => fill(l.t(E::BackupsIsAFile), path.display()),
            Refusal::RestoreFromItself { from, backups } => {
                fill2(l.t(E::RestoreFromItself), from.display(), backups.display())
            }
            Refusal::RestoreFromMissing(path) => fill(l.t(E::RestoreFromMissing), path.display()),
            Refusal::RestoreFromFolder(path) => fill(l.t(E::RestoreFromFolder), path.display()),
            Refusal::RestoreFromEmpty(path) => fill(l.t(E::RestoreFromEmpty), path.display()),
            Refusal::NoFolder { database, folder } => {
                fill2(l.t(E::NoFolder), database.display(), folder.display())
            }
        }
    }
}
