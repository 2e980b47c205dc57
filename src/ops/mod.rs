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

/// Opens the session's database with the configured agendas; the demo database is
/// filled on first use.
pub fn open(session: &Session) -> Result<Store> {
    let mut store = Store::open(&session.database)?;
    store.ensure_agendas(&session.config.agenda.names)?;
    if session.demo && store.client_count()? == 0 {
        demo::replace_with_demo(&mut store, session, DemoOptions::default())
            .wrap_err("filling the demo database")?;
    }
    Ok(store)
}
