//! Writing a file the user asked for: never half-written, never readable by others.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use crate::store::create_private_dirs;
use color_eyre::eyre::{Result, WrapErr};

/// Refuses `path` when it is `database` or one of its journal files.
pub fn refuse_database(path: &Path, database: &Path) -> Result<(), super::Refusal> {
    if is_database(path, database) {
        return Err(super::Refusal::IsTheDatabase {
            path: path.to_path_buf(),
            database: database.to_path_buf(),
        });
    }
    Ok(())
}

/// Writes a command's output to `path` with `write`, never onto `database` (the open
/// database, its journal or WAL), however the path is spelled. `-` is standard output;
/// an existing FIFO or device is written in place; anything else goes through
/// [`write_file`]: a temporary file renamed into place.
pub fn write_output(
    path: &Path,
    database: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    if path.as_os_str() == "-" {
        return write(&mut std::io::stdout().lock());
    }
    refuse_database(path, database)?;
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            let shown = || path.display().to_string();
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .wrap_err_with(shown)?;
            let mut out = BufWriter::new(file);
            write(&mut out)?;
            out.flush().wrap_err_with(shown)?;
            Ok(())
        }
        _ => write_file(path, write),
    }
}

/// Whether `path` names `database` or one of the files SQLite and clientela keep beside
/// it (journal, WAL, the damage mark): the same file by device and inode when it exists
/// (hard links, symlinks, `./`), the same name in the same folder when it does not
/// exist yet.
pub fn is_database(path: &Path, database: &Path) -> bool {
    let mut names = vec![database.to_path_buf()];
    for suffix in ["-wal", "-shm", "-journal", ".damaged"] {
        let mut name = database.as_os_str().to_owned();
        name.push(suffix);
        names.push(PathBuf::from(name));
    }
    names.iter().any(|db| same_file(path, db))
}

fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
        use std::os::unix::fs::MetadataExt;
        return (x.dev(), x.ino()) == (y.dev(), y.ino());
    }
    // Not both there: compare where they would be, folders resolved.
    let resolved = |p: &Path| -> Option<PathBuf> {
        if let Ok(p) = p.canonicalize() {
            return Some(p);
        }
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some(dir.canonicalize().ok()?.join(p.file_name()?))
    };
    matches!((resolved(a), resolved(b)), (Some(x), Some(y)) if x == y)
}

/// Writes `path` with `write`: the bytes go to a new file beside it, private to its
/// owner (mode 0600 on Unix), which then takes the name in one step. A failed or
/// interrupted write leaves whatever was at `path` as it was.
pub fn write_file(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let path = &through_links(path);
    let shown = || path.display().to_string();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let temp = tempfile::NamedTempFile::new_in(dir).wrap_err_with(shown)?;
    let mut out = BufWriter::new(temp);
    write(&mut out)?;
    let temp = out
        .into_inner()
        .map_err(|e| e.into_error())
        .wrap_err_with(shown)?;
    temp.as_file().sync_all().wrap_err_with(shown)?;
    temp.persist(path)
        .map_err(|e| e.error)
        .wrap_err_with(shown)?;
    Ok(())
}

/// Where `path` leads: the file its symbolic links name, one after another (a link to
/// a USB stick gets the copy on the stick, not a file that replaces the link).
pub fn through_links(path: &Path) -> PathBuf {
    let mut path = path.to_path_buf();
    for _ in 0..40 {
        let Ok(target) = std::fs::read_link(&path) else {
            break;
        };
        path = match path.parent() {
            Some(dir) if target.is_relative() => dir.join(target),
            _ => target,
        };
    }
    path
}

/// A new file name in `dir` for an export made at `now`: `stem-YYYYMMDD-HHMMSS.ext`,
/// with `-2`, `-3`… when files of the same second are there — always after the last of
/// them, so names sort in the order the files were made (rotation keeps the newest).
pub fn new_export_path(dir: &Path, stem: &str, ext: &str, now: NaiveDateTime) -> PathBuf {
    let base = format!("{stem}-{}", now.format("%Y%m%d-%H%M%S"));
    let dot_ext = format!(".{ext}");
    let last = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let rest = name.strip_prefix(&base)?.strip_suffix(&dot_ext)?;
            match rest {
                "" => Some(1),
                _ => rest.strip_prefix('-')?.parse::<u32>().ok(),
            }
        })
        .max();
    match last {
        None => dir.join(format!("{base}{dot_ext}")),
        Some(n) => dir.join(format!("{base}-{}{dot_ext}", n + 1)),
    }
}

/// Where the TUI writes its exports, created if needed, as an absolute path: the
/// config's `export_dir`; else a `clientela` folder in the user's Documents folder when
/// there is one (`documents`, from `directories`); else `exports/` beside the database.
/// Only the folders made here are private (0700): the user's own are left as they are.
pub fn export_folder(
    export_dir: Option<&Path>,
    documents: Option<PathBuf>,
    database: &Path,
) -> Result<PathBuf> {
    let dir = match (export_dir, documents) {
        (Some(dir), _) => dir.to_path_buf(),
        (None, Some(docs)) if docs.is_dir() => docs.join("clientela"),
        _ => database.parent().unwrap_or(Path::new(".")).join("exports"),
    };
    create_private_dirs(&dir).wrap_err_with(|| dir.display().to_string())?;
    Ok(std::path::absolute(&dir).unwrap_or(dir))
}

/// `path` as said to the user: the home folder written `~`, so the file's name fits on
/// the status line.
pub fn shown_path(path: &Path) -> String {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    match home.as_deref().and_then(|h| path.strip_prefix(h).ok()) {
        Some(rest) => format!("~/{}", rest.display()),
        None => path.display().to_string(),
    }
}

/// `path` as said in `most` columns: whole when it fits, else its folder shortened from
/// the left (`…/exports/clientes-20261127-130143.csv`): the file's name is never cut.
pub fn shown_path_in(path: &Path, most: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let full = shown_path(path);
    if full.width() <= most {
        return full;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match path.parent().and_then(Path::file_name) {
        Some(dir) => {
            let short = format!("…/{}/{name}", dir.to_string_lossy());
            if short.width() <= most { short } else { name }
        }
        None => name,
    }
}

/// The user's Documents folder, if the platform names one (none on a headless Linux
/// without `user-dirs.dirs`).
pub fn documents_folder() -> Option<PathBuf> {
    directories::UserDirs::new().and_then(|u| u.document_dir().map(Path::to_path_buf))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_litter() {
        let dir = tempfile::TempDir::new().expect("dir");
        let path = dir.path().join("out.csv");
        std::fs::write(&path, "old").expect("old file");
        let failed = write_file(&path, |w| {
            w.write_all(b"half")?;
            color_eyre::eyre::bail!("disk full")
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "old");
        let names: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
        assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
        write_file(&path, |w| Ok(w.write_all(b"new")?)).expect("write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    /// The export folder: the config's, else Documents/clientela, else exports/ beside
    /// the database; the folders made are private, the user's own are not touched.
    #[cfg(unix)]
    #[test]
    fn the_export_folder_is_chosen_made_private_and_the_users_own_left_alone() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        let dir = tempfile::TempDir::new().expect("dir");
        let db = dir.path().join("data").join("shop.db");
        // No Documents folder (a server): beside the database.
        let beside = export_folder(None, None, &db).expect("made");
        assert_eq!(beside, dir.path().join("data").join("exports"));
        assert_eq!(mode(&beside), 0o700);
        // A Documents folder named but missing: not created, beside the database.
        let missing = dir.path().join("Documentos");
        assert_eq!(
            export_folder(None, Some(missing.clone()), &db).expect("made"),
            beside
        );
        assert!(!missing.exists());
        // The user's Documents folder, open to others: a private clientela folder in it,
        // the Documents folder itself left as it was.
        std::fs::create_dir(&missing).expect("documents");
        std::fs::set_permissions(&missing, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let docs = export_folder(None, Some(missing.clone()), &db).expect("made");
        assert_eq!(docs, missing.join("clientela"));
        assert_eq!((mode(&docs), mode(&missing)), (0o700, 0o755));
        // The config's folder wins.
        let chosen = dir.path().join("mine");
        assert_eq!(
            export_folder(Some(&chosen), Some(missing), &db).expect("made"),
            chosen
        );
    }

    #[test]
    fn exports_of_the_same_second_get_their_own_names() {
        let dir = tempfile::TempDir::new().expect("dir");
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 27)
            .and_then(|d| d.and_hms_opt(9, 5, 1))
            .expect("time");
        let first = new_export_path(dir.path(), "clientes", "csv", now);
        assert!(first.ends_with("clientes-20261127-090501.csv"));
        std::fs::write(&first, "").expect("write");
        let second = new_export_path(dir.path(), "clientes", "csv", now);
        assert!(second.ends_with("clientes-20261127-090501-2.csv"));
    }
}
