//! Whole-database copies through SQLite's online backup API: a consistent copy while
//! others write, and a replacement of the live file in one write (other processes that
//! hold it open see the old database or the new one, never half of either).

use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::{BUSY_TIMEOUT, Result, Store, StoreError, create_private_file};

impl Store {
    /// Copies the whole database to a new file at `path`, private to its owner.
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        create_private_file(path)?;
        let mut copy = Connection::open(path).map_err(|e| StoreError::Open {
            path: path.to_path_buf(),
            source: e,
        })?;
        copy_all(&self.conn, &mut copy)
    }

    /// Replaces everything in this database with the database at `source`, in one
    /// write transaction: an interrupted replacement leaves it as it was.
    pub fn replace_with(&mut self, source: &Path) -> Result<()> {
        let from =
            Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
                StoreError::Open {
                    path: source.to_path_buf(),
                    source: e,
                }
            })?;
        copy_all(&from, &mut self.conn)
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
