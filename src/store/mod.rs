//! The only code that speaks SQL: one SQLite file, migrated on open.

mod agenda;
mod agenda_read;
mod classification;
mod client_sql;
mod clients;
mod copy;
pub use copy::copy_holds_client;
mod error;
mod facts;
pub mod health;
// The one-query reference of the facts, for tests and benchmarks only.
#[cfg(any(test, feature = "test-support"))]
mod facts_sql;
#[cfg(any(test, feature = "test-support"))]
pub use facts_sql::FACTS_SQL;
mod log;
mod migrations;
mod privacy;
mod scene_place;
mod scene_ties;
mod scenes;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

use crate::domain::Version;

pub use clients::ClientOrder;

pub use error::StoreError;
pub use migrations::MIGRATIONS;
pub use privacy::{Erased, Overwritten};

/// Result of a store operation.
pub type Result<T> = std::result::Result<T, StoreError>;

/// What marks a SQLite file as clientela's (`PRAGMA application_id`): "CLNT".
pub const APPLICATION_ID: i64 = 0x434C_4E54;

/// How long a write or a checkpoint waits for other programs' locks before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open clientela database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// Set when the database could only be opened for reading (its folder or file is
    /// read-only): what refuses writes.
    read_only: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to
    /// date. A new file is private to its owner (mode 0600 on Unix). A database written
    /// by a newer clientela is refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Self> {
        let opened = create_private_file(path).and_then(|()| {
            let conn = Connection::open(path).map_err(|e| StoreError::Open {
                path: path.to_path_buf(),
                source: e,
            })?;
            Self::prepare(conn, Some(path.to_path_buf()))
        });
        opened.or_else(|e| match read_only_place(path, &e) {
            // A read-only place cannot change under us: the file is read as it is
            // (lists, exports and backups still work), and writes say why not.
            Some(StoreError::ReadOnly { path: place }) => Self::open_immutable(path, place.clone())
                .map_err(|_| StoreError::ReadOnly { path: place }),
            Some(other) => Err(other),
            None => Err(e),
        })
    }

    /// Opens a database that sits in a read-only place for reading only, as an
    /// immutable file; refused when its WAL holds changes not yet in the file (they
    /// could not be read without writing).
    fn open_immutable(path: &Path, place: PathBuf) -> Result<Self> {
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        if std::fs::metadata(PathBuf::from(wal)).is_ok_and(|m| m.len() > 0) || !path.is_file() {
            return Err(StoreError::ReadOnly { path: place });
        }
        let escaped = path
            .display()
            .to_string()
            .replace('%', "%25")
            .replace('?', "%3f")
            .replace('#', "%23");
        let flags =
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(format!("file:{escaped}?immutable=1"), flags)
            .map_err(|e| StoreError::Open {
                path: path.to_path_buf(),
                source: e,
            })?;
        let read = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, i64>(0));
        let app = read("PRAGMA application_id")?;
        let found = read("PRAGMA user_version")?;
        if app != APPLICATION_ID || found != migrations::known_version() {
            return Err(StoreError::ReadOnly { path: place });
        }
        conn.pragma_update(None, "query_only", true)?;
        Ok(Self {
            conn,
            path: Some(path.to_path_buf()),
            read_only: Some(place),
        })
    }

    /// A private database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        Self::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(mut conn: Connection, path: Option<PathBuf>) -> Result<Self> {
        let shown = || path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        let open_err = |e: rusqlite::Error| match health::damage_in(&e) {
            Some(report) => StoreError::Damaged {
                path: shown(),
                report,
            },
            None => StoreError::Open {
                path: shown(),
                source: e,
            },
        };
        // Everything is read, nothing written (not even the WAL switch), until the
        // file is known to be ours.
        let read = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, i64>(0));
        let app = read("PRAGMA application_id").map_err(open_err)?;
        let found = read("PRAGMA user_version").map_err(open_err)?;
        let tables = read("SELECT count(*) FROM sqlite_master").map_err(open_err)?;
        let clients =
            read("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'client'")
                .map_err(open_err)?;
        // Ours: stamped as ours, or new and empty, or made by a clientela from before
        // files were stamped (our schema history: a version and our first table).
        let ours = app == APPLICATION_ID
            || (app == 0 && tables == 0)
            || (app == 0 && found >= 1 && clients == 1);
        if !ours {
            return Err(StoreError::Foreign { path: shown() });
        }
        let known = migrations::known_version();
        if found > known {
            return Err(StoreError::TooNew {
                path: shown(),
                found,
                known,
            });
        }
        if let Some(file) = &path
            && let Some(report) = Self::damage_at_open(&conn, file)?
        {
            // Read on, write nothing: not the WAL switch, not a migration.
            if found < known {
                return Err(StoreError::Damaged {
                    path: file.clone(),
                    report,
                });
            }
            conn.pragma_update(None, "foreign_keys", "ON")?;
            conn.busy_timeout(BUSY_TIMEOUT)?;
            conn.pragma_update(None, "query_only", true)?;
            return Ok(Self {
                conn,
                path,
                read_only: None,
            });
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        MIGRATIONS.to_latest(&mut conn)?;
        migrations::fill_sort_keys(&mut conn)?;
        if app != APPLICATION_ID {
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        Ok(Self {
            conn,
            path,
            read_only: None,
        })
    }

    /// Whether the database could only be opened for reading (a read-only folder).
    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// The file behind this store, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Where the database stands now, to ask later with [`Store::changed_since`]
    /// whether another connection (another terminal, the command line, a cron job)
    /// wrote to it.
    pub fn change_mark(&self) -> Result<ChangeMark> {
        // SQLite counts the commits of other connections; a server backend can answer
        // from its own notifications behind the same two calls.
        let version = self
            .conn
            .pragma_query_value(None, "data_version", |row| row.get(0))?;
        Ok(ChangeMark(version))
    }

    /// Whether another connection committed a write since `mark`; moves `mark` to now.
    /// This connection's own writes do not count: whoever made them knows.
    pub fn changed_since(&self, mark: &mut ChangeMark) -> Result<bool> {
        let now = self.change_mark()?;
        let changed = now != *mark;
        *mark = now;
        Ok(changed)
    }

    /// Begins a write: an immediate transaction (it waits for other writers, up to the
    /// busy timeout) that moves the version counter on, so every record it writes gets
    /// a version no reader has seen before.
    pub(super) fn write(&mut self) -> Result<rusqlite::Transaction<'_>> {
        self.refuse_if_damaged()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute("UPDATE version_counter SET n = n + 1", [])?;
        Ok(tx)
    }

    /// The schema version the database is at.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

/// When opening failed because the database or its folder cannot be written (a
/// read-only mount, a folder without write permission), the error that says so.
fn read_only_place(path: &Path, error: &StoreError) -> Option<StoreError> {
    let sqlite_refused = |e: &rusqlite::Error| {
        matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen)
        )
    };
    let suspect = match error {
        StoreError::Create { source, .. } => matches!(
            source.kind(),
            std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied
        ),
        StoreError::Open { source, .. } | StoreError::Sqlite(source) => sqlite_refused(source),
        _ => false,
    };
    if !suspect {
        return None;
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // The folder is asked the only sure way: by making a file in it (removed at once).
    let folder_refuses = tempfile::Builder::new()
        .prefix(".clientela-probe-")
        .tempfile_in(dir)
        .is_err_and(|e| {
            matches!(
                e.kind(),
                std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied
            )
        });
    let file_refuses = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
    match (folder_refuses, file_refuses) {
        (true, _) => Some(StoreError::ReadOnly {
            path: dir.to_path_buf(),
        }),
        (false, true) => Some(StoreError::ReadOnly {
            path: path.to_path_buf(),
        }),
        _ => None,
    }
}

/// Where a database stood when asked (see [`Store::change_mark`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeMark(i64);

/// Creates `path` (and its directory) if missing, readable and writable by its owner
/// only, so SQLite — which gives its WAL and shm files the same mode — never makes
/// the client file world-readable.
pub(super) fn create_private_file(path: &Path) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    // A link to a file not there yet: the file is made where the link points, private
    // too (SQLite would otherwise create it with the usual, readable, mode).
    if let Ok(target) = std::fs::read_link(path) {
        let target = match path.parent() {
            Some(dir) => dir.join(target),
            None => target,
        };
        return create_private_file(&target);
    }
    let io_err = |source| StoreError::Create {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_private_dirs(dir).map_err(io_err)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(io_err(e)),
    }
}

/// Creates `dir` and any missing folder above it, readable by their owner only (mode
/// 0700 on Unix): they hold personal data. Folders already there keep their mode.
pub fn create_private_dirs(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Which state of a record a write is based on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// Whatever is stored now (a command that reads and writes in one go).
    Latest,
    /// The version the user saw: the write is refused with [`StoreError::Changed`] if
    /// the record has moved on since (someone else wrote it).
    Seen(Version),
}

impl Base {
    fn seen(self) -> Option<Version> {
        match self {
            Base::Latest => None,
            Base::Seen(v) => Some(v),
        }
    }
}

/// Moves row `id` of `table` to the version of the transaction that writes it (see
/// [`Store::write`]); refused when `base` names a version the row is no longer at, and
/// when the row is gone.
pub(super) fn bump_version(conn: &Connection, table: Table, id: i64, base: Base) -> Result<()> {
    let table_name = match table {
        Table::Client => "client",
        Table::Appointment => "appointment",
        Table::Scene => "scene",
        Table::Entry => "log_entry",
        Table::Agenda | Table::Cycle => return Ok(()),
    };
    let sql = format!(
        "UPDATE {table_name} SET version = (SELECT n FROM version_counter)
         WHERE id = ?1 AND (?2 IS NULL OR version = ?2)"
    );
    if conn
        .prepare_cached(&sql)?
        .execute(rusqlite::params![id, base.seen()])?
        == 1
    {
        return Ok(());
    }
    must_exist(conn, table, id)?;
    Err(StoreError::Changed {
        what: table.noun(),
        id,
    })
}

/// A table other records refer to by id.
#[derive(Debug, Clone, Copy)]
pub(super) enum Table {
    /// `client`
    Client,
    /// `appointment`
    Appointment,
    /// `agenda`
    Agenda,
    /// `service_cycle`
    Cycle,
    /// `scene`
    Scene,
    /// `log_entry`
    Entry,
}

impl Table {
    /// How an error names a record of the table.
    fn noun(self) -> &'static str {
        match self {
            Table::Client => "client",
            Table::Appointment => "agenda entry",
            Table::Agenda => "agenda",
            Table::Cycle => "service cycle",
            Table::Scene => "scene",
            Table::Entry => "log entry",
        }
    }
}

/// Whether `table` has a row with this id.
pub(super) fn row_exists(conn: &Connection, table: Table, id: i64) -> Result<bool> {
    let sql = match table {
        Table::Client => "SELECT EXISTS (SELECT 1 FROM client WHERE id = ?1)",
        Table::Appointment => "SELECT EXISTS (SELECT 1 FROM appointment WHERE id = ?1)",
        Table::Agenda => "SELECT EXISTS (SELECT 1 FROM agenda WHERE id = ?1)",
        Table::Cycle => "SELECT EXISTS (SELECT 1 FROM service_cycle WHERE id = ?1)",
        Table::Scene => "SELECT EXISTS (SELECT 1 FROM scene WHERE id = ?1)",
        Table::Entry => "SELECT EXISTS (SELECT 1 FROM log_entry WHERE id = ?1)",
    };
    Ok(conn.prepare_cached(sql)?.query_row([id], |r| r.get(0))?)
}

/// Ok when `table` has row `id`; otherwise the error that names the missing record.
pub(super) fn must_exist(conn: &Connection, table: Table, id: i64) -> Result<()> {
    if row_exists(conn, table, id)? {
        return Ok(());
    }
    Err(match table {
        Table::Client => StoreError::NoClient(id),
        Table::Appointment => StoreError::NoAppointment(id),
        Table::Agenda => StoreError::NoAgenda(id.to_string()),
        Table::Cycle => StoreError::NoCycle(id),
        Table::Scene => StoreError::NoScene(id),
        Table::Entry => StoreError::NoEntry(id),
    })
}
