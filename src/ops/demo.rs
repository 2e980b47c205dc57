//! The demo database, written whole in one step.

use color_eyre::eyre::{Result, WrapErr};

use super::backup::{folder_of, remove_stale_temps};
use crate::demo::{self, DemoOptions, Filled};
use crate::session::Session;
use crate::store::Store;

/// The demo's temporary database is named so; one left by a killed run is removed by a
/// later demo.
const DEMO_PREFIX: &str = ".clientela-demo-";

/// Replaces everything in `store` with demo data. The data is built in a private
/// temporary file beside the database and copied in by one write, so an interrupted run
/// leaves the database as it was (never half a demo, never empty).
pub fn replace_with_demo(
    store: &mut Store,
    session: &Session,
    options: DemoOptions,
) -> Result<Filled> {
    let dir = folder_of(&session.database);
    remove_stale_temps(dir, DEMO_PREFIX);
    let temp = tempfile::Builder::new()
        .prefix(DEMO_PREFIX)
        .suffix(".db")
        .tempfile_in(dir)
        .wrap_err_with(|| format!("making the demo beside {}", session.database.display()))?;
    let filled = {
        let mut demo = Store::open(temp.path())?;
        demo.ensure_agendas(&session.config.agenda.names)?;
        demo::fill(&mut demo, options, session.clock.now()).wrap_err("filling the demo")?
    };
    store.replace_with(temp.path())?;
    Ok(filled)
}
