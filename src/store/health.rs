//! Damage to the database file: found by SQLite's `quick_check` (when a small file is
//! opened, when any file is copied — the daily backup, `clientela backup` — and by
//! `clientela check`) or by a query that met a damaged page, and remembered in a file
//! beside the database (`<database>.damaged`), so that every program that opens it,
//! and every write already open, refuses to write into it until a copy is restored or
//! a check finds it whole again. Reading goes on, so what can still be read can be
//! exported.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::{Result, Store, StoreError, create_private_file};

/// A file this small is checked whole each time it is opened: `quick_check` reads every
/// page, about 20 ms a megabyte on the 2-core machine of docs/performance.md (4 s for
/// the 200 MB of 100k clients, 16–19 s for the 730 MB of a million), so larger files are
/// checked when they are copied and by `clientela check`, never while the user waits.
pub const CHECKED_AT_OPEN: i64 = 1 << 20;

/// The file that remembers damage found in `database`.
pub fn damage_marker(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".damaged");
    PathBuf::from(name)
}

/// The damage found in `database` earlier, if any: what the check said.
pub fn damage_found(database: &Path) -> Option<String> {
    let report = std::fs::read_to_string(damage_marker(database)).ok()?;
    Some(report.trim().to_owned())
}

/// Remembers that `database` is damaged (`report`: what the check said).
pub fn remember_damage(database: &Path, report: &str) -> Result<()> {
    let marker = damage_marker(database);
    let io_err = |source| StoreError::Create {
        path: marker.clone(),
        source,
    };
    create_private_file(&marker)?;
    std::fs::write(&marker, format!("{report}\n")).map_err(io_err)
}

/// Forgets damage remembered for `database` (a copy was restored, or a check found it
/// whole).
pub fn forget_damage(database: &Path) -> Result<()> {
    let marker = damage_marker(database);
    if std::fs::symlink_metadata(&marker).is_err() {
        return Ok(());
    }
    match std::fs::remove_file(marker) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(StoreError::Create {
            path: damage_marker(database),
            source: e,
        }),
        _ => Ok(()),
    }
}

/// What `quick_check` found: `None` when the file is whole, else its first findings.
pub(super) fn quick_check(conn: &Connection) -> rusqlite::Result<Option<String>> {
    let mut stmt = conn.prepare("PRAGMA quick_check")?;
    let rows: Vec<String> = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .take(10)
        .collect::<rusqlite::Result<_>>()?;
    if rows.len() == 1 && rows[0] == "ok" {
        return Ok(None);
    }
    // The findings, without the "*** in database main ***" headings.
    let found: Vec<&str> = rows
        .iter()
        .flat_map(|row| row.lines())
        .filter(|line| !line.starts_with("***") && !line.trim().is_empty())
        .take(3)
        .collect();
    Ok(Some(found.join("; ")))
}

impl Store {
    /// Checks every page of the database now (`quick_check`) and remembers the result
    /// beside it: `None` when whole (damage remembered before is forgotten), else what
    /// was found (and writes are refused from now on).
    pub fn check(&self) -> Result<Option<String>> {
        let report = match quick_check(&self.conn) {
            Ok(report) => report,
            Err(e) => Some(damage_in(&e).ok_or(e)?),
        };
        if let Some(path) = &self.path {
            // In a read-only place nothing can be remembered; the report is still said.
            let remembered = match &report {
                Some(report) => remember_damage(path, report),
                None => forget_damage(path),
            };
            if self.read_only.is_none() {
                remembered?;
            }
        }
        if self.read_only.is_none() {
            self.conn
                .pragma_update(None, "query_only", report.is_some())?;
        }
        Ok(report)
    }

    /// The damage remembered for this database, as the error a write gets.
    /// Also refuses writes to a store opened for reading only; and when damage
    /// remembered at open has since been repaired (a `restore` from another terminal),
    /// writes are allowed again.
    pub(super) fn refuse_if_damaged(&self) -> Result<()> {
        if let Some(place) = &self.read_only {
            return Err(StoreError::ReadOnly {
                path: place.clone(),
            });
        }
        let Some(path) = &self.path else {
            return Ok(());
        };
        match damage_found(path) {
            Some(report) => Err(StoreError::Damaged {
                path: path.clone(),
                report,
            }),
            None => {
                let held: bool = self
                    .conn
                    .pragma_query_value(None, "query_only", |row| row.get(0))?;
                if held {
                    self.conn.pragma_update(None, "query_only", false)?;
                }
                Ok(())
            }
        }
    }

    /// The damage remembered for this database, if any.
    pub fn damage(&self) -> Option<String> {
        damage_found(self.path.as_deref()?)
    }

    /// Damage of the file being opened: remembered earlier, or found now when the file
    /// is small enough to check whole (and then remembered).
    pub(super) fn damage_at_open(conn: &Connection, file: &Path) -> Result<Option<String>> {
        if let Some(report) = damage_found(file) {
            return Ok(Some(report));
        }
        let bytes: i64 = conn.query_row(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
            [],
            |row| row.get(0),
        )?;
        if bytes > CHECKED_AT_OPEN {
            return Ok(None);
        }
        let found = match quick_check(conn) {
            Ok(found) => found,
            Err(e) => Some(damage_in(&e).ok_or(e)?),
        };
        if let Some(report) = &found {
            remember_damage(file, report)?;
        }
        Ok(found)
    }
}

/// What SQLite said, when an error means the file is damaged.
pub fn damage_in(e: &rusqlite::Error) -> Option<String> {
    (e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt)).then(|| match e {
        rusqlite::Error::SqliteFailure(_, Some(text)) => text.clone(),
        other => other.to_string(),
    })
}

impl StoreError {
    /// What SQLite said, when this error means that the file `database` is damaged
    /// (damage in another file — a copy being restored — is not the database's).
    pub fn damage_of(&self, database: &Path) -> Option<String> {
        let same = |path: &Path| path == database;
        match self {
            StoreError::Damaged { path, report } if same(path) => Some(report.clone()),
            StoreError::Open { path, source } if same(path) => damage_in(source),
            // A query on the store's own connection: the database.
            StoreError::Sqlite(e) => damage_in(e),
            _ => None,
        }
    }
}
