//! Copies of the database: made on request (`clientela backup`), once a day when the
//! terminal UI opens, and before anything replaces data (`demo --force`, `restore`, an
//! import that merges cards). Every copy is taken through SQLite's online backup API
//! (consistent while others write), written under a temporary name, checked with
//! `quick_check` and only then given its name; automatic copies are rotated, keeping
//! the newest `[backup] keep` of each kind.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use chrono::NaiveDateTime;
use color_eyre::eyre::{Result, WrapErr, bail};

use super::Refusal;
use super::files::{is_database, new_export_path, through_links, write_file, write_output};
use crate::i18n::{ErrorMsg, fill2};
use crate::session::Session;
use crate::store::{Store, StoreError, create_private_dirs};

/// Why an automatic copy was taken; it names the copy and its rotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Automatic {
    /// The first opening of the terminal UI on a day.
    Daily,
    /// Before `demo --force` replaces everything.
    BeforeDemo,
    /// Before `restore` replaces everything.
    BeforeRestore,
    /// Before an import merges cards into existing clients.
    BeforeImport,
}

impl Automatic {
    /// The part of the file name after the database's stem.
    fn tag(self) -> &'static str {
        match self {
            Self::Daily => "daily",
            Self::BeforeDemo => "before-demo",
            Self::BeforeRestore => "before-restore",
            Self::BeforeImport => "before-import",
        }
    }

    /// The copies rotated together: the daily ones, and those taken before a change.
    fn family(self) -> &'static str {
        match self {
            Self::Daily => "daily",
            _ => "before",
        }
    }
}

/// Temporary copies are named so; one left by a killed run is removed later.
const TEMP_PREFIX: &str = ".clientela-backup-";

/// A temporary copy older than this belongs to a run that did not finish.
const STALE_TEMP: Duration = Duration::from_secs(6 * 3600);

/// `backups/` beside the database.
pub fn backups_dir(database: &Path) -> PathBuf {
    folder_of(database).join("backups")
}

/// `backups/` beside the database, made (private) if it is not there.
fn backups_folder(database: &Path) -> Result<PathBuf> {
    let dir = backups_dir(database);
    if dir.exists() && !dir.is_dir() {
        bail!(Refusal::BackupsIsAFile(dir));
    }
    create_private_dirs(&dir).wrap_err_with(|| dir.display().to_string())?;
    Ok(dir)
}

/// Copies the database to `path` (a new file or one replaced whole), never onto the
/// database itself. The copy is checked before it takes the name. `-` is standard output
/// and a FIFO or device is written in place, from a checked private temporary copy.
pub fn copy_to(store: &Store, database: &Path, path: &Path) -> Result<()> {
    super::files::refuse_database(path, database)?;
    if path.as_os_str() == "-" && std::io::stdout().is_terminal() {
        bail!(Refusal::ToTerminal);
    }
    let path = &through_links(path);
    let shown = || format!("backing up to {}", path.display());
    let in_place = path.as_os_str() == "-"
        || std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
    let dir = if in_place {
        std::env::temp_dir()
    } else {
        let dir = folder_of(path).to_path_buf();
        create_private_dirs(&dir).wrap_err_with(|| dir.display().to_string())?;
        dir
    };
    let temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(".db")
        .tempfile_in(&dir)
        .wrap_err_with(shown)?;
    store.backup_to(temp.path()).wrap_err_with(shown)?;
    if let Err(e) = Store::check_copy(temp.path()) {
        // A copy is page for page the database: damage in it is damage in the
        // database, unless the copy itself was written wrong. The database is checked
        // too, and its damage remembered (writes are refused from now on).
        if matches!(e, StoreError::Damaged { .. })
            && let Some(report) = store.check()?
        {
            return Err(StoreError::Damaged {
                path: database.to_path_buf(),
                report,
            }
            .into());
        }
        return Err(e).wrap_err_with(shown);
    }
    if in_place {
        let mut copy = temp.reopen().wrap_err_with(shown)?;
        return write_output(path, database, |out| {
            std::io::copy(&mut copy, out).wrap_err_with(shown)?;
            Ok(())
        });
    }
    temp.as_file().sync_all().wrap_err_with(shown)?;
    temp.persist(path)
        .map_err(|e| e.error)
        .wrap_err_with(shown)?;
    Ok(())
}

/// `clientela backup` without `-o`: a copy in `backups/` named for the time, which
/// rotation never removes.
pub fn manual(store: &Store, session: &Session) -> Result<PathBuf> {
    let dir = backups_folder(&session.database)?;
    manual_in(store, session, &dir)
}

/// A copy in the folder `dir`, named for the database and the time.
pub fn manual_in(store: &Store, session: &Session, dir: &Path) -> Result<PathBuf> {
    let path = new_export_path(dir, &stem(&session.database), "db", session.clock.now());
    copy_to(store, &session.database, &path)?;
    Ok(path)
}

/// Takes an automatic copy in `backups/` and then removes the oldest of its kind beyond
/// `[backup] keep`; returns the copy's path.
pub fn automatic(store: &Store, session: &Session, why: Automatic) -> Result<PathBuf> {
    let dir = backups_folder(&session.database)?;
    let stem = stem(&session.database);
    let path = new_export_path(
        &dir,
        &format!("{stem}-{}", why.tag()),
        "db",
        session.clock.now(),
    );
    copy_to(store, &session.database, &path)?;
    rotate(&dir, &stem, why.family(), session.config.backup.keep.max(1))?;
    Ok(path)
}

/// Replaces everything in the database with the copy at `from`, after checking that it
/// is a sound copy of ours and keeping the database as it was in `backups/`; returns
/// where that copy went. The copy is written into the open database through SQLite
/// (never renamed over it), so other programs that hold it open see the restored data.
pub fn restore(store: &mut Store, session: &Session, from: &Path) -> Result<PathBuf> {
    if is_database(from, &session.database) {
        bail!(Refusal::RestoreFromItself {
            from: from.to_path_buf(),
            backups: backups_dir(&session.database),
        });
    }
    if !from.exists() {
        bail!(Refusal::RestoreFromMissing(from.to_path_buf()));
    }
    if from.is_dir() {
        bail!(Refusal::RestoreFromFolder(from.to_path_buf()));
    }
    if std::fs::metadata(from).is_ok_and(|m| m.len() == 0) {
        bail!(Refusal::RestoreFromEmpty(from.to_path_buf()));
    }
    Store::check_copy(from)?;
    let kept = match store.damage() {
        Some(_) => keep_damaged(session),
        None => match automatic(store, session, Automatic::BeforeRestore) {
            // Copying it found it damaged (and remembered so): kept as it is instead.
            Err(_) if store.damage().is_some() => keep_damaged(session),
            other => other,
        },
    }
    .wrap_err(session.locale.t(ErrorMsg::NotKeptAside))?;
    let damaged = store.damage().is_some();
    let restored = match store.replace_with(from) {
        // Too damaged to be written over page by page: emptied (it is kept aside) and
        // filled.
        Err(_) if damaged => store
            .empty_damaged()
            .and_then(|()| store.replace_with(from)),
        other => other,
    };
    restored.wrap_err_with(|| {
        fill2(
            session.locale.t(ErrorMsg::Restoring),
            from.display(),
            kept.display(),
        )
    })?;
    Ok(kept)
}

/// Keeps a damaged database as it is, byte for byte (its WAL too, if it has one), in
/// `backups/` (`<name>-damaged-….db`, never rotated): what it still holds may be
/// recovered from it (`sqlite3 FILE .recover`). SQLite is not asked to read it.
fn keep_damaged(session: &Session) -> Result<PathBuf> {
    let dir = backups_folder(&session.database)?;
    let stem = stem(&session.database);
    let path = new_export_path(&dir, &format!("{stem}-damaged"), "db", session.clock.now());
    let shown = || format!("keeping the damaged database in {}", path.display());
    let with_wal = |p: &Path| {
        let mut name = p.as_os_str().to_owned();
        name.push("-wal");
        PathBuf::from(name)
    };
    for (from, to) in [
        (session.database.clone(), path.clone()),
        (with_wal(&session.database), with_wal(&path)),
    ] {
        if from == session.database || from.metadata().is_ok_and(|m| m.len() > 0) {
            write_file(&to, |out| {
                let mut file = std::fs::File::open(&from)?;
                std::io::copy(&mut file, out)?;
                Ok(())
            })
            .wrap_err_with(shown)?;
        }
    }
    Ok(path)
}

/// The daily copy, if none was taken today (by the session's clock) and the database
/// holds clients; the demo database is not copied.
pub fn daily_if_due(store: &Store, session: &Session) -> Result<Option<PathBuf>> {
    if let Some(report) = store.damage() {
        return Err(StoreError::Damaged {
            path: session.database.clone(),
            report,
        }
        .into());
    }
    if session.demo || store.is_read_only() || store.client_count()? == 0 {
        return Ok(None);
    }
    let today = session.clock.now().date().format("%Y%m%d").to_string();
    let dir = backups_dir(&session.database);
    let stem = stem(&session.database);
    let done = automatic_copies(&dir, &stem, "daily")?
        .iter()
        .any(|((stamp, _), _)| stamp.date().format("%Y%m%d").to_string() == today);
    if done {
        return Ok(None);
    }
    automatic(store, session, Automatic::Daily).map(Some)
}

/// The automatic copies of `family` in `dir`, oldest first, with the time in their name
/// (and the number of copies of the same second before them).
pub fn automatic_copies(
    dir: &Path,
    stem: &str,
    family: &str,
) -> Result<Vec<((NaiveDateTime, u32), PathBuf)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).wrap_err_with(|| dir.display().to_string()),
    };
    let prefix = format!("{stem}-{family}-");
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.wrap_err_with(|| dir.display().to_string())?;
        let name = entry.file_name();
        let Some(rest) = name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|n| n.strip_suffix(".db"))
        else {
            continue;
        };
        if let Some(stamp) = stamp_in(rest) {
            found.push((stamp, entry.path()));
        }
    }
    found.sort();
    Ok(found)
}

/// The time in the end of a copy's name, `…YYYYMMDD-HHMMSS` (1) or
/// `…YYYYMMDD-HHMMSS-N` (N: the Nth copy of that second).
fn stamp_in(rest: &str) -> Option<(NaiveDateTime, u32)> {
    let parse = |s: &str| NaiveDateTime::parse_from_str(s, "%Y%m%d-%H%M%S").ok();
    let len = "YYYYMMDD-HHMMSS".len();
    let tail = |s: &str| s.get(s.len().checked_sub(len)?..).and_then(parse);
    tail(rest).map(|at| (at, 1)).or_else(|| {
        let (head, n) = rest.rsplit_once('-')?;
        Some((tail(head)?, n.parse::<u32>().ok()?))
    })
}

/// Removes the oldest automatic copies of `family` beyond `keep`, and temporary copies
/// left by runs that were killed.
fn rotate(dir: &Path, stem: &str, family: &str, keep: usize) -> Result<()> {
    let copies = automatic_copies(dir, stem, family)?;
    let extra = copies.len().saturating_sub(keep);
    for (_, path) in copies.into_iter().take(extra) {
        std::fs::remove_file(&path)
            .wrap_err_with(|| format!("removing the old copy {}", path.display()))?;
    }
    remove_stale_temps(dir, TEMP_PREFIX);
    Ok(())
}

/// Removes files named `prefix…` in `dir` (and their `-wal`, `-shm`) older than a few
/// hours: temporary copies left by a run that was killed.
pub(super) fn remove_stale_temps(dir: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .is_some_and(|age| age > STALE_TEMP);
        let ours = entry.file_name().to_string_lossy().starts_with(prefix);
        if ours && stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn stem(database: &Path) -> String {
    database
        .file_stem()
        .map_or_else(|| "clientela".into(), |s| s.to_string_lossy().into_owned())
}

pub(super) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_is_read_from_the_end_of_a_name() {
        let at = |s| NaiveDateTime::parse_from_str(s, "%Y%m%d-%H%M%S").ok();
        assert_eq!(
            stamp_in("20261127-083000"),
            at("20261127-083000").map(|t| (t, 1))
        );
        assert_eq!(
            stamp_in("import-20261127-083000-12"),
            at("20261127-083000").map(|t| (t, 12))
        );
        assert_eq!(stamp_in("x"), None);
        assert_eq!(stamp_in("20261127-0830"), None);
    }
}
