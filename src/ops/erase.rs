//! The right to erasure, for both front ends: the client erased for good, and what
//! still holds them said plainly (the file not yet overwritten, backups).

use std::path::PathBuf;

use color_eyre::eyre::Result;

use super::backup::backups_dir;
use crate::domain::ClientId;
use crate::session::Session;
use crate::store::{Erased, Store, copy_holds_client};

/// What erasing a client did, and what still holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erasure {
    /// What the store removed, and whether the file was overwritten.
    pub erased: Erased,
    /// The copies in `backups/` taken before the erasure that still hold the client.
    pub backups: Vec<PathBuf>,
}

/// Erases client `id` for good and finds the backups that still hold them.
pub fn client(store: &mut Store, session: &Session, id: ClientId) -> Result<Erasure> {
    let name = store.client(id)?.card.name;
    let erased = store.erase_client(id)?;
    let dir = backups_dir(&session.database);
    let mut backups: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "db"))
                .filter(|p| copy_holds_client(p, id, &name))
                .collect()
        })
        .unwrap_or_default();
    backups.sort();
    Ok(Erasure { erased, backups })
}
