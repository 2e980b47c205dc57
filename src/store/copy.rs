//! Whole-database copies through SQLite's online backup API: a consistent copy while
//! others write, and a replacement of the live file in one write (other processes that
//! hold it open see the old database or the new one, never half of either).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::{BUSY_TIMEOUT, Result, Store, StoreError, create_private_file};
use crate::domain::ClientId;

impl Store {
    /// Copies the whole database to a new file at `path`, private to its owner: one
    /// self-contained file (rollback journal, not WAL), nothing beside it.
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        create_private_file(path)?;
        let mut copy = Connection::open(path).map_err(|e| StoreError::Open {
            path: path.to_path_buf(),
            source: e,
        })?;
        copy_all(&self.conn, &mut copy)?;
        let mode: String = copy.query_row("PRAGMA journal_mode = DELETE", [], |row| row.get(0))?;
        debug_assert_eq!(mode, "delete");
        copy.close().map_err(|(_, e)| e)?;
        Ok(())
    }

    /// Replaces everything in this database with the database at `source` (a copy of
    /// ours, perhaps of an older schema, which is then brought up to date), in one write
    /// transaction: an interrupted replacement leaves it as it was.
    pub fn replace_with(&mut self, source: &Path) -> Result<()> {
        let from = open_read_only(source)?;
        // The one write allowed into a damaged file: replacing all of it.
        self.conn.pragma_update(None, "query_only", false)?;
        copy_all(&from, &mut self.conn)?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        super::MIGRATIONS.to_latest(&mut self.conn)?;
        self.conn
            .pragma_update(None, "application_id", super::APPLICATION_ID)?;
        if let Some(path) = &self.path {
            super::health::forget_damage(path)?;
        }
        Ok(())
    }

    /// Empties a damaged database file in place (the same file, truncated; its WAL and
    /// shared-memory files removed) so that a copy can be written into it when the
    /// damage keeps SQLite from writing over it page by page. Only for `restore`, after
    /// the damaged file has been kept aside.
    pub fn empty_damaged(&mut self) -> Result<()> {
        let Some(path) = self.path.clone() else {
            return Ok(());
        };
        let io_err = |source| StoreError::Create {
            path: path.clone(),
            source,
        };
        // Close the file before emptying it.
        drop(std::mem::replace(
            &mut self.conn,
            Connection::open_in_memory()?,
        ));
        std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(&path)
            .map_err(io_err)?;
        for suffix in ["-wal", "-shm"] {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            match std::fs::remove_file(PathBuf::from(name)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io_err(e)),
                _ => {}
            }
        }
        self.conn = Connection::open(&path).map_err(|e| StoreError::Open {
            path: path.clone(),
            source: e,
        })?;
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(())
    }

    /// Opens the file at `path` as it is, with no check and nothing written: only to
    /// restore a copy over a database too damaged to open.
    pub fn open_damaged(path: &Path) -> Result<Self> {
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(|e| {
                StoreError::Open {
                    path: path.to_path_buf(),
                    source: e,
                }
            })?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(Self {
            conn,
            path: Some(path.to_path_buf()),
            read_only: None,
        })
    }

    /// Checks that the file at `path` is a sound copy of a clientela database this
    /// program can open: ours, not from a newer version, and whole (`quick_check`).
    pub fn check_copy(path: &Path) -> Result<()> {
        let conn = open_read_only(path)?;
        let open_err = |e| StoreError::Open {
            path: path.to_path_buf(),
            source: e,
        };
        let read = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, i64>(0));
        let app = read("PRAGMA application_id").map_err(open_err)?;
        let found = read("PRAGMA user_version").map_err(open_err)?;
        let clients =
            read("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'client'")
                .map_err(open_err)?;
        if !(app == super::APPLICATION_ID || (app == 0 && found >= 1 && clients == 1)) {
            return Err(StoreError::Foreign {
                path: path.to_path_buf(),
            });
        }
        let known = super::migrations::known_version();
        if found > known {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found,
                known,
            });
        }
        let found = match super::health::quick_check(&conn) {
            Ok(found) => found,
            Err(e) => Some(super::health::damage_in(&e).ok_or_else(|| open_err(e))?),
        };
        match found {
            Some(report) => Err(StoreError::Damaged {
                path: path.to_path_buf(),
                report,
            }),
            None => Ok(()),
        }
    }
}

/// Whether the copy at `path` holds the client `id` named `name` (a copy that cannot
/// be read is taken not to).
pub fn copy_holds_client(path: &Path, id: ClientId, name: &str) -> bool {
    open_read_only(path)
        .map(|conn| {
            conn.query_row(
                "SELECT count(*) FROM client WHERE id = ?1 AND name = ?2",
                rusqlite::params![id, name],
                |row| row.get::<_, i64>(0),
            )
            .is_ok_and(|n| n > 0)
        })
        .unwrap_or(false)
}

/// Opens a copy to read it, writing nothing. Read-write where the file and its folder
/// allow (so that, as the last connection, it tidies away the `-wal` and `-shm` files
/// that reading a WAL database makes), with writes refused (`query_only`); read-only
/// otherwise (a copy on read-only media).
fn open_read_only(path: &Path) -> Result<Connection> {
    let open_err = |e| StoreError::Open {
        path: path.to_path_buf(),
        source: e,
    };
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    match Connection::open_with_flags(path, flags) {
        Ok(conn) => {
            conn.pragma_update(None, "query_only", true)
                .map_err(open_err)?;
            Ok(conn)
        }
        Err(_) => {
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(open_err)
        }
    }
}

/// Copies every page of `from` into `to` in one step (one moment of `from`, one write
/// of `to`), waiting up to the busy timeout for other connections' locks.
fn copy_all(from: &Connection, to: &mut Connection) -> Result<()> {
    let backup = Backup::new(from, to)?;
    let deadline = Instant::now() + BUSY_TIMEOUT;
    loop {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _ if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            _ => {
                return Err(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                    Some("another program kept the database busy".into()),
                )
                .into());
            }
        }
    }
}
