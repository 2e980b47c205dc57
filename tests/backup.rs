//! Copies of the database: `backup`, `restore`, the daily copy and the copies taken
//! before something replaces data, rotated to the newest `[backup] keep`.

mod common;

use std::path::{Path, PathBuf};

use clientela::config::Config;
use clientela::i18n::{Lang, Locale};
use clientela::ops::backup::{self, Automatic};
use clientela::session::Session;
use clientela::store::Store;
use common::sandbox::Sandbox;

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    found.sort();
    found
}

fn names_in(dir: &Path) -> Vec<String> {
    files_in(dir)
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect()
}

fn clients_in(path: &Path) -> i64 {
    Store::open(path)
        .expect("the copy opens")
        .client_count()
        .expect("count")
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("file").permissions().mode() & 0o777
}

#[test]
fn backup_copies_the_database_to_backups_or_to_a_file() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana"]);
    let said = s.ok(&["backup"]);
    let backups = s.dir.path().join("backups");
    let copy = backups.join("clientela-20261122-120000.db");
    assert_eq!(said, format!("copied to {}\n", copy.display()));
    assert_eq!(clients_in(&copy), 1);
    #[cfg(unix)]
    assert_eq!(mode(&copy), 0o600, "personal data stays private");

    // A second copy in the same second gets a name of its own.
    s.ok(&["backup"]);
    assert_eq!(
        names_in(&backups),
        [
            "clientela-20261122-120000-2.db",
            "clientela-20261122-120000.db"
        ]
    );

    // -o FILE, replacing what was there; -o DIR puts a named copy in it.
    let file = s.dir.path().join("copy.db");
    std::fs::write(&file, "old").expect("write");
    s.ok(&["backup", "-o", &file.display().to_string()]);
    assert_eq!(clients_in(&file), 1);
    let elsewhere = s.dir.path().join("usb");
    std::fs::create_dir(&elsewhere).expect("dir");
    s.ok(&["backup", "-o", &elsewhere.display().to_string()]);
    assert_eq!(names_in(&elsewhere), ["clientela-20261122-120000.db"]);

    // -o - is standard output: the database's bytes.
    let out = s
        .cmd()
        .args(["--db", &s.db(), "backup", "-o", "-"])
        .output();
    let out = out.expect("run");
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"SQLite format 3\0"));
    let piped = s.dir.path().join("piped.db");
    std::fs::write(&piped, &out.stdout).expect("write");
    assert_eq!(clients_in(&piped), 1);

    // Never onto the database, however it is spelled; nothing is left behind.
    let before = std::fs::read(s.db()).expect("db");
    let said = s.fails(&[
        "backup",
        "-o",
        &format!("{}/./clientela.db", s.dir.path().display()),
    ]);
    assert!(said.contains("it is the database"), "{said}");
    assert_eq!(std::fs::read(s.db()).expect("db"), before);
    assert!(
        names_in(s.dir.path()).iter().all(|n| !n.starts_with('.')),
        "no temporary copy left: {:?}",
        names_in(s.dir.path())
    );
}

#[test]
fn restore_checks_the_copy_and_keeps_the_database_aside() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana"]);
    let copy = s.dir.path().join("copy.db");
    s.ok(&["backup", "-o", &copy.display().to_string()]);
    s.ok(&["client", "add", "--name", "Luis"]);

    let said = s.ok(&["restore", &copy.display().to_string()]);
    assert!(said.contains("(1 client)"), "{said}");
    let names = s.json(&["client", "list", "--format", "json"]);
    let names: Vec<&str> = names
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(names, ["Ana"]);
    let kept = s
        .dir
        .path()
        .join("backups/clientela-before-restore-20261122-120000.db");
    assert!(said.contains(&kept.display().to_string()), "{said}");
    assert_eq!(clients_in(&kept), 2, "the database as it was is kept");

    // Refused, with the database left as it is: not ours, damaged, itself, missing.
    let text = s.dir.path().join("notes.txt");
    std::fs::write(
        &text,
        "not a database at all, just some words\n".repeat(200),
    )
    .expect("w");
    let foreign = s.dir.path().join("other.db");
    rusqlite::Connection::open(&foreign)
        .and_then(|c| c.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);"))
        .expect("foreign db");
    let damaged = damaged_copy(&s);
    let listed = || s.ok(&["client", "list", "--format", "json"]);
    let before = listed();
    for (file, expected) in [
        (&text, "cannot open"),
        (&foreign, "not a clientela database"),
        (&damaged, "is damaged"),
        (&PathBuf::from(s.db()), "is the database itself"),
        (&s.dir.path().join("missing.db"), "does not exist"),
    ] {
        let said = s.fails(&["restore", &file.display().to_string()]);
        assert!(said.contains(expected), "{file:?}: {said}");
        assert_eq!(said.lines().count(), 1, "{said}");
        assert!(listed() == before, "{file:?} changed the database");
    }
}

/// A copy of the sandbox's database with one page of its client table overwritten.
fn damaged_copy(s: &Sandbox) -> PathBuf {
    let path = s.dir.path().join("damaged.db");
    s.ok(&["demo", "--clients", "300", "--force"]);
    s.ok(&["backup", "-o", &path.display().to_string()]);
    let page: i64 = rusqlite::Connection::open(&path)
        .and_then(|c| {
            c.query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = 'client'",
                [],
                |r| r.get(0),
            )
        })
        .expect("root page");
    let mut bytes = std::fs::read(&path).expect("copy");
    let size = 4096;
    let start = usize::try_from(page - 1).expect("page") * size;
    bytes[start..start + size].fill(0x5a);
    std::fs::write(&path, bytes).expect("write");
    s.ok(&[
        "restore",
        &s.dir.path().join("copy.db").display().to_string(),
    ]);
    path
}

#[test]
fn an_import_that_merges_keeps_a_copy_first() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana", "--phone", "600 111 222"]);
    let file = s.dir.path().join("in.csv");
    std::fs::write(&file, "name,phones,emails\nAna,600 111 222,ana@correo.es\n").expect("w");
    let file = file.display().to_string();
    let backups = s.dir.path().join("backups");

    s.ok(&[
        "import",
        "clients",
        &file,
        "--dry-run",
        "--on-duplicate",
        "merge",
    ]);
    s.ok(&["import", "clients", &file]);
    assert!(names_in(&backups).is_empty(), "nothing merged, no copy");

    let said = s.ok(&["import", "clients", &file, "--on-duplicate", "merge"]);
    let kept = backups.join("clientela-before-import-20261122-120000.db");
    assert!(said.contains(&kept.display().to_string()), "{said}");
    let copy = Store::open(&kept).expect("copy");
    let ana = copy.client_summaries().expect("clients");
    assert!(
        ana[0].emails.is_empty(),
        "the copy is from before the merge"
    );
}

fn session_at(database: &Path, day: u32, hour: u32, keep: usize) -> Session {
    let mut config = Config::default();
    config.backup.keep = keep;
    Session {
        config,
        locale: Locale::new(Lang::En, "%d/%m/%Y"),
        clock: clientela::clock::Clock::Fixed(common::at(2026, 11, day).with_hour(hour)),
        database: database.to_path_buf(),
        demo: false,
        cells: clientela::exchange::csv_safe::Cells::Safe,
        view_state: None,
    }
}

trait WithHour {
    fn with_hour(self, hour: u32) -> chrono::NaiveDateTime;
}

impl WithHour for chrono::NaiveDateTime {
    fn with_hour(self, hour: u32) -> chrono::NaiveDateTime {
        self.date().and_hms_opt(hour, 0, 0).expect("time")
    }
}

/// One daily copy per day, whatever the hour; the newest `keep` of each kind are kept,
/// and a copy made with `backup` is never removed.
#[test]
fn daily_copies_are_taken_once_a_day_and_rotated() {
    let dir = tempfile::TempDir::new().expect("dir");
    let database = dir.path().join("shop.db");
    let mut store = Store::open(&database).expect("open");
    let backups = dir.path().join("backups");

    // An empty database is not copied.
    let empty = session_at(&database, 20, 9, 2);
    assert_eq!(backup::daily_if_due(&store, &empty).expect("daily"), None);
    store
        .add_client(
            &clientela::domain::client::ClientCard::named("Ana"),
            common::at(2026, 11, 20),
        )
        .expect("add");

    let manual = backup::manual(&store, &empty).expect("manual");
    for (day, hour) in [(20, 9), (20, 18), (21, 0), (21, 23), (22, 8), (22, 9)] {
        let session = session_at(&database, day, hour, 2);
        backup::daily_if_due(&store, &session).expect("daily");
        backup::automatic(&store, &session, Automatic::BeforeImport).expect("before");
    }
    assert_eq!(
        names_in(&backups),
        [
            "shop-20261120-090000.db",
            "shop-before-import-20261122-080000.db",
            "shop-before-import-20261122-090000.db",
            "shop-daily-20261121-000000.db",
            "shop-daily-20261122-080000.db",
        ]
    );
    assert!(manual.exists());
    for copy in files_in(&backups) {
        assert_eq!(clients_in(&copy), 1, "{copy:?}");
    }
}

/// Copies taken in the same second get names that sort after the earlier ones, so
/// rotation removes the oldest, never the copy just taken.
#[test]
fn copies_of_the_same_second_rotate_oldest_first() {
    let dir = tempfile::TempDir::new().expect("dir");
    let database = dir.path().join("shop.db");
    let mut store = Store::open(&database).expect("open");
    store
        .add_client(
            &clientela::domain::client::ClientCard::named("Ana"),
            common::at(2026, 11, 20),
        )
        .expect("add");
    let session = session_at(&database, 22, 9, 2);
    let mut taken = Vec::new();
    for _ in 0..5 {
        let path = backup::automatic(&store, &session, Automatic::BeforeImport).expect("copy");
        assert!(path.exists(), "the copy just taken is kept: {path:?}");
        taken.push(path);
    }
    assert_eq!(
        names_in(&dir.path().join("backups")),
        [
            "shop-before-import-20261122-090000-4.db",
            "shop-before-import-20261122-090000-5.db",
        ]
    );
}

/// A file where the backups folder goes is named as such.
#[test]
fn a_file_in_the_place_of_the_backups_folder_is_said() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana"]);
    let place = s.dir.path().join("backups");
    std::fs::write(&place, "not a folder").expect("write");
    let err = s.fails(&["backup"]);
    common::sandbox::assert_one_error_line(
        &err,
        &format!(
            "{} is a file, not a folder: clientela keeps its backups there",
            place.display()
        ),
    );
}
