//! Use cases shared by the command line and the terminal UI: opening the session's
//! database, exporting and importing clients, writing files. Each is written once,
//! above the store and the file formats, and called by both front ends.

pub mod backup;
pub mod demo;
pub mod erase;
pub mod export;
pub mod files;
pub mod import;
mod refusal;
pub mod view_state;

pub use refusal::Refusal;

use color_eyre::eyre::{Result, WrapErr};

use crate::demo::DemoOptions;
use crate::session::Session;
use crate::store::Store;

/// The database the session names (not the platform's own place, not the demo), when
/// it is not there yet: opening it will make it.
pub fn unborn(session: &Session) -> Option<&std::path::Path> {
    let path = &session.database;
    let named = crate::config::Paths::platform().database.as_ref() != Some(path);
    let there = std::fs::symlink_metadata(path).is_ok();
    (named && !session.demo && !there).then_some(path.as_path())
}

/// Opens the session's database with the configured agendas; the demo database is
/// filled on first use.
///
/// A database named (`--db`, `CLIENTELA_DB`, the configuration) that is not there yet
/// is made only in a folder that exists (a mistyped path made folders and an empty
/// database that looked like a shop without clients; [`unborn`] lets the caller say
/// it made one). The platform's own place is made, folders and all, on first use.
pub fn open(session: &Session) -> Result<Store> {
    let path = &session.database;
    if unborn(session).is_some()
        && let Some(folder) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !folder.is_dir()
    {
        return Err(Refusal::NoFolder {
            database: path.clone(),
            folder: folder.to_path_buf(),
        }
        .into());
    }
    let mut store = Store::open(path)?;
    store.ensure_agendas(&session.config.agenda.names)?;
    if session.demo && store.client_count()? == 0 {
        demo::replace_with_demo(&mut store, session, DemoOptions::default())
            .wrap_err("filling the demo database")?;
    }
    Ok(store)
}
