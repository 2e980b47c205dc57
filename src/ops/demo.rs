//! The demo database, written whole in one step, and the backup taken before it
//! replaces a database that holds data.

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Result, WrapErr};

use super::files::new_export_path;
use crate::demo::{self, DemoOptions, Filled};
use crate::session::Session;
use crate::store::{Store, create_private_dirs};

/// Replaces everything in `store` with demo data. The data is built in a private
/// temporary file beside the database and copied in by one write, so an interrupted run
/// leaves the database as it was (never half a demo, never empty).
pub fn replace_with_demo(
    store: &mut Store,
    session: &Session,
    options: DemoOptions,
) -> Result<Filled> {
    let dir = folder_of(&session.database);
    let temp = tempfile::Builder::new()
        .prefix(".clientela-demo-")
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

/// Copies the whole database to `backups/` beside it, named for `why` and the time,
/// before something replaces what it holds; returns the copy's path.
pub fn backup_before(store: &Store, session: &Session, why: &str) -> Result<PathBuf> {
    let dir = folder_of(&session.database).join("backups");
    create_private_dirs(&dir).wrap_err_with(|| dir.display().to_string())?;
    let stem = session
        .database
        .file_stem()
        .map_or_else(|| "clientela".into(), |s| s.to_string_lossy().into_owned());
    let path = new_export_path(
        &dir,
        &format!("{stem}-before-{why}"),
        "db",
        session.clock.now(),
    );
    store
        .backup_to(&path)
        .wrap_err_with(|| format!("backing up to {}", path.display()))?;
    Ok(path)
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}
