//! A damaged database file: found by SQLite's quick_check (when a small file opens,
//! when any file is copied, by `clientela check`) or by a query that meets a damaged
//! page; remembered beside the file; every write refused, with one line saying how to
//! recover; `restore` brings a copy back over it.

mod common;

use std::path::Path;

use common::sandbox::Sandbox;

/// Flips 64 bytes at `offset` of page `page` (1-based, 4096-byte pages).
fn flip(db: &Path, page: usize, offset: usize) {
    let mut bytes = std::fs::read(db).expect("db");
    let start = (page - 1) * 4096 + offset;
    for b in &mut bytes[start..start + 64] {
        *b ^= 0xff;
    }
    std::fs::write(db, bytes).expect("write");
}

fn root_page(db: &str, table: &str) -> usize {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.query_row(
        "SELECT rootpage FROM sqlite_master WHERE name = ?1",
        [table],
        |r| r.get::<_, i64>(0),
    )
    .map(|p| usize::try_from(p).expect("page"))
    .expect("root page")
}

fn one_line(err: &str, expected: &str) {
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(expected), "{err}");
}

fn clients(s: &Sandbox) -> usize {
    s.json(&["client", "list", "--format", "json"])
        .as_array()
        .map_or(0, Vec::len)
}

#[test]
fn a_small_damaged_file_refuses_writes_until_a_copy_is_restored() {
    let s = Sandbox::new();
    s.ok(&["demo", "--clients", "100"]);
    s.ok(&["backup"]);
    flip(Path::new(&s.db()), 3, 0);

    let err = s.fails(&["client", "add", "--name", "Nueva"]);
    one_line(&err, "is damaged (Tree 3 page 3: ");
    assert!(err.contains("clientela restore FILE"), "{err}");
    let marker = format!("{}.damaged", s.db());
    assert!(Path::new(&marker).exists(), "remembered beside the file");
    for write in [
        vec!["log", "add", "1", "--kind", "visit"],
        vec!["agenda", "agendas", "--add", "Almacén"],
        vec!["compact"],
    ] {
        one_line(&s.fails(&write), "is damaged");
    }
    one_line(&s.fails(&["check"]), "is damaged (Tree 3 page 3: ");

    let copy = s.dir.path().join("backups/clientela-20261122-120000.db");
    let said = s.ok(&["restore", &copy.display().to_string()]);
    let kept = s
        .dir
        .path()
        .join("backups/clientela-damaged-20261122-120000.db");
    assert!(said.contains(&kept.display().to_string()), "{said}");
    assert!(
        kept.exists(),
        "the damaged file is kept, for what it still holds"
    );
    assert!(!Path::new(&marker).exists(), "restored: forgotten");
    s.ok(&["client", "add", "--name", "Nueva"]);
    assert_eq!(clients(&s), 101);
    assert!(s.ok(&["check"]).contains("is whole"));
}

/// Too damaged to open at all (the schema's page): `restore` still brings a copy back.
#[test]
fn a_file_too_damaged_to_open_is_restored_over() {
    let s = Sandbox::new();
    s.ok(&["demo", "--clients", "50"]);
    let copy = s.dir.path().join("copy.db");
    s.ok(&["backup", "-o", &copy.display().to_string()]);
    flip(Path::new(&s.db()), 1, 100);
    one_line(&s.fails(&["client", "list"]), "is damaged");
    s.ok(&["restore", &copy.display().to_string()]);
    assert_eq!(clients(&s), 50);
}

/// A file over the size checked at open is checked when it is copied (the daily
/// backup, `clientela backup`) and whenever a query meets a damaged page.
#[test]
fn a_large_damaged_file_is_found_by_its_backup_or_by_a_query() {
    let s = Sandbox::new();
    s.ok(&["demo", "--clients", "700"]);
    let size = std::fs::metadata(s.db()).expect("db").len();
    assert!(size > 1 << 20, "over the size checked at open: {size}");
    let log = root_page(&s.db(), "log_entry");
    flip(Path::new(&s.db()), log, 0);

    // Opening does not read every page, and adding a card does not touch the log.
    s.ok(&["client", "add", "--name", "Nueva"]);
    let err = s.fails(&["backup"]);
    one_line(&err, "is damaged");
    let backups = s.dir.path().join("backups");
    let left: Vec<_> = std::fs::read_dir(&backups)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.file_name())).collect())
        .unwrap_or_default();
    assert!(
        left.is_empty(),
        "no copy of a damaged file kept as a backup: {left:?}"
    );
    one_line(&s.fails(&["client", "add", "--name", "Otra"]), "is damaged");

    // Met by a query: the log of the first client.
    let s = Sandbox::new();
    s.ok(&["demo", "--clients", "700"]);
    let log = root_page(&s.db(), "log_entry");
    flip(Path::new(&s.db()), log, 0);
    one_line(&s.fails(&["log", "list", "1"]), "is damaged");
    one_line(&s.fails(&["client", "add", "--name", "Otra"]), "is damaged");
}

/// A damaged or cut copy given to `restore` is refused, and the database — whole — is
/// not marked damaged because of it.
#[test]
fn a_bad_copy_is_refused_without_marking_the_database() {
    let s = Sandbox::new();
    s.ok(&["demo", "--clients", "100"]);
    s.ok(&["backup"]);
    let good = s.dir.path().join("backups/clientela-20261122-120000.db");
    let bytes = std::fs::read(&good).expect("copy");
    let cut = s.dir.path().join("cut.db");
    std::fs::write(&cut, &bytes[..200_000.min(bytes.len() - 1)]).expect("cut");
    let flipped = s.dir.path().join("flipped.db");
    std::fs::write(&flipped, &bytes).expect("copy");
    flip(&flipped, 3, 0);
    let empty = s.dir.path().join("empty.db");
    std::fs::write(&empty, b"").expect("empty");
    for (copy, said) in [
        (&cut, "cut.db"),
        (&flipped, "flipped.db is damaged"),
        (&empty, "empty.db is empty: it is not a copy of a database"),
        (&s.dir.path().join("backups"), "is a folder, not a copy"),
    ] {
        one_line(&s.fails(&["restore", &copy.display().to_string()]), said);
        assert!(
            !Path::new(&format!("{}.damaged", s.db())).exists(),
            "{copy:?} marked the database damaged"
        );
        s.ok(&["client", "add", "--name", "Sigue"]);
    }
}

/// A database cut short (a disk error, a bad copy over it) is restored over in one go,
/// whether it is small (found damaged as it opens) or large (found by the copy taken
/// before the restore); the cut file is kept.
#[test]
fn a_cut_database_is_restored_over_in_one_go() {
    for size in ["100", "700"] {
        let s = Sandbox::new();
        s.ok(&["demo", "--clients", size]);
        let copy = s.dir.path().join("copy.db");
        s.ok(&["backup", "-o", &copy.display().to_string()]);
        let bytes = std::fs::read(&copy).expect("copy");
        for cut in [bytes.len() / 3, 8192, 5000] {
            std::fs::write(s.db(), &bytes[..cut]).expect("cut");
            let said = s.ok(&["restore", &copy.display().to_string()]);
            assert!(
                said.contains("clientela-damaged-") || said.contains("before-restore"),
                "{said}"
            );
            assert_eq!(clients(&s).to_string(), size, "cut at {cut}");
            s.ok(&["client", "add", "--name", "Sigue"]);
        }
    }
}

/// A store opened on a damaged file refuses writes; once another program restores a
/// copy, the same open store writes again (an open terminal UI need not restart).
#[test]
fn an_open_store_writes_again_after_another_program_restores() {
    let s = Sandbox::new();
    s.ok(&["demo", "--clients", "60"]);
    s.ok(&["backup"]);
    flip(Path::new(&s.db()), 3, 0);
    let mut open = clientela::store::Store::open(Path::new(&s.db())).expect("opens to read");
    let ana = clientela::domain::ClientCard::named("Ana");
    let now = common::at(2026, 11, 22);
    assert!(matches!(
        open.add_client(&ana, now),
        Err(clientela::store::StoreError::Damaged { .. })
    ));
    let copy = s.dir.path().join("backups/clientela-20261122-120000.db");
    s.ok(&["restore", &copy.display().to_string()]);
    open.add_client(&ana, now).expect("writes again");
}
