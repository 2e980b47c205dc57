//! Imports of clients, written once: every card read and validated, duplicates
//! planned against the clients already there, then all of it written in one
//! transaction, or nothing.

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Result, eyre};

use crate::domain::import_plan::{ImportPlan, OnDuplicate, plan};
use crate::exchange::imported::ImportedCards;
use crate::ops::backup::{self, Automatic};
use crate::session::Session;
use crate::store::Store;

/// What an import did (or would do, on a dry run).
#[derive(Debug)]
pub struct Imported {
    /// The plan: what happens to each card.
    pub plan: ImportPlan,
    /// What the reader noticed and let through.
    pub warnings: Vec<crate::exchange::why::Why>,
    /// Whether anything was written.
    pub written: bool,
    /// The copy of the database taken before cards were merged into existing clients.
    pub backup: Option<PathBuf>,
}

/// Plans `read` (from the file `source`) against the clients in `store`
/// (`on_duplicate` says what a card that matches one does) and, unless `dry_run`,
/// writes the plan at the session's time, after a copy of the database in `backups/`
/// when cards merge into existing clients (a merge cannot be undone by deleting what
/// was added). A card that cannot be planned stops the import with
/// `source:line:1: what` and writes nothing.
pub fn clients(
    store: &mut Store,
    session: &Session,
    (source, read): (&Path, ImportedCards),
    on_duplicate: OnDuplicate,
    dry_run: bool,
) -> Result<Imported> {
    let existing = store.clients(crate::store::ClientOrder::Id)?;
    let today = session.clock.now().date();
    let plan = plan(&existing, read.cards, on_duplicate, today).map_err(|refused| {
        let l = &session.locale;
        eyre!(l.in_file(source.display(), &crate::i18n::tell(&refused, l)))
    })?;
    let mut copy = None;
    if !dry_run {
        if !plan.merge.is_empty() {
            copy = Some(backup::automatic(store, session, Automatic::BeforeImport)?);
        }
        store.import_clients(&plan, session.clock.now())?;
    }
    Ok(Imported {
        plan,
        warnings: read.warnings,
        written: !dry_run,
        backup: copy,
    })
}
