//! The right of access (`client export`) and the right to erasure (`client erase`)
//! through the real binary: everything held comes out, and after erasure nothing of
//! the client is left in the database file or its journal.

mod common;

use common::disk::SmallDisk;

use clientela::domain::SceneDraft;
use clientela::store::Store;
use common::sandbox::{Sandbox, assert_one_error_line};

const NAME: &str = "Zacarías Quiñonero Ybarra";
const PHONE: &str = "+34 611 987 654";
const EMAIL: &str = "zacarias.quinonero@correo.es";
const NOTE: &str = "Quiñonero esperó veinte minutos";

/// The database file and its WAL, as one byte string.
fn file_bytes(s: &Sandbox) -> Vec<u8> {
    let db = s.db();
    let mut bytes = std::fs::read(&db).expect("database file");
    if let Ok(wal) = std::fs::read(format!("{db}-wal")) {
        bytes.extend(wal);
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// A client with a card, a log (one complaint tied to a scene), an agenda entry and a
/// client they referred; returns (client id, scene id).
fn shop() -> (Sandbox, String, i64) {
    let s = Sandbox::new();
    let id = s
        .ok(&[
            "client", "add", "--name", NAME, "--phone", PHONE, "--email", EMAIL, "--tag", "vip",
            "--city", "Soria",
        ])
        .trim()
        .to_string();
    s.ok(&["client", "add", "--name", "Bea Otra", "--referred-by", &id]);
    s.ok(&["client", "add", "--name", "Carlos Tercero"]);
    let scene = {
        let mut store = Store::open(std::path::Path::new(&s.db())).expect("store");
        let cycle = store.add_cycle("Visita").expect("cycle");
        let mut draft = SceneDraft::new(cycle);
        draft.title = "Esperar turno".into();
        store
            .add_scene(&draft, common::at(2026, 11, 1))
            .expect("scene")
    };
    s.ok(&[
        "log",
        "add",
        &id,
        "--kind",
        "purchase",
        "--amount",
        "12,50",
        "--at",
        "2026-11-02",
    ]);
    s.ok(&[
        "log",
        "add",
        &id,
        "--kind",
        "complaint",
        "--note",
        NOTE,
        "--scene",
        &scene.to_string(),
    ]);
    s.ok(&[
        "agenda",
        "add",
        "--agenda",
        "Jefe",
        "--title",
        "Entrega a domicilio",
        "--start",
        "2026-11-25 10:00",
        "--end",
        "11:00",
        "--client",
        &id,
    ]);
    (s, id, scene)
}

#[test]
fn export_holds_everything_about_the_client_and_nothing_of_others() {
    let (s, id, scene) = shop();
    let path = s.dir.path().join("zacarias.json");
    // A file already there, readable by all, is replaced and made private.
    std::fs::write(&path, "old").expect("old file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    }
    s.ok(&["client", "export", &id, "-o", &path.display().to_string()]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).expect("file").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "private to its owner");
    }
    let record: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    assert_eq!(record["client"]["name"], NAME);
    assert_eq!(record["client"]["phones"][0], PHONE);
    assert_eq!(record["client"]["emails"][0], EMAIL);
    assert_eq!(record["client"]["tags"][0], "vip");
    assert_eq!(record["log"].as_array().map(Vec::len), Some(2));
    assert_eq!(record["log"][0]["note"], NOTE, "newest first");
    assert_eq!(record["log"][1]["amount_cents"], 1250);
    assert_eq!(record["agenda_entries"][0]["title"], "Entrega a domicilio");
    assert_eq!(record["agenda_entries"][0]["client_id"], 1);
    assert_eq!(record["scene_ties"][0]["scene_id"], scene);
    assert_eq!(record["scene_ties"][0]["scene_title"], "Esperar turno");
    assert_eq!(record["scene_ties"][0]["cycle"], "Visita");
    assert_eq!(record["referred_clients"], serde_json::json!([2]));
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        !text.contains("Bea Otra"),
        "other clients appear by id only"
    );
    assert_eq!(
        s.ok(&["client", "export", &id]),
        text,
        "stdout is the same document"
    );
}

#[test]
fn erase_leaves_nothing_of_the_client_in_the_file() {
    let (s, id, scene) = shop();
    let before = file_bytes(&s);
    for trace in [NAME, PHONE, EMAIL, NOTE] {
        assert!(contains(&before, trace), "{trace} is in the file before");
    }
    let err = s.fails(&["client", "erase", &id]);
    assert_one_error_line(&err, "without --yes");
    assert!(
        s.ok(&["client", "show", &id]).contains(NAME),
        "nothing erased without --yes"
    );

    let said = s.ok(&["client", "erase", &id, "--yes"]);
    assert_eq!(
        said.trim(),
        format!(
            "client {id} erased. Log entries deleted: 2; agenda entries unlinked: 1; referrals unlinked: 1"
        )
    );
    let after = file_bytes(&s);
    for trace in [NAME, PHONE, EMAIL, NOTE, "Quiñonero", "zacarias"] {
        assert!(!contains(&after, trace), "{trace} is still in the file");
    }
    assert!(contains(&after, "Bea Otra"), "other clients stay");

    assert_one_error_line(&s.fails(&["client", "show", &id]), "no client with id");
    let bea = s.json(&["client", "show", "2", "--format", "json"]);
    assert_eq!(bea["referred_by"], serde_json::Value::Null);
    let entries = s.json(&[
        "agenda",
        "list",
        "--from",
        "2026-11-25",
        "--to",
        "2026-11-25",
        "--format",
        "json",
    ]);
    assert_eq!(
        entries[0]["title"], "Entrega a domicilio",
        "the shop's entry stays"
    );
    assert_eq!(entries[0]["client_id"], serde_json::Value::Null);
    let shown = s.json(&["scenes", "show", &scene.to_string(), "--format", "json"]);
    assert_eq!(shown["evidence"], serde_json::json!([]));
    assert_one_error_line(
        &s.fails(&["client", "erase", "99", "--yes"]),
        "no client with id 99",
    );
}

/// Another program in the middle of reading the database keeps the old pages in the
/// file: erase waits the busy timeout, then says the client is erased but the file not
/// yet overwritten, and how that finishes.
#[test]
fn erase_with_a_reader_open_says_the_file_is_not_yet_overwritten() {
    let (s, id, _) = shop();
    let reader = rusqlite::Connection::open(s.db()).expect("reader");
    reader.execute_batch("BEGIN").expect("begin");
    let n: i64 = reader
        .query_row("SELECT count(*) FROM client", [], |r| r.get(0))
        .expect("read");
    assert_eq!(n, 3);

    let out = s
        .cmd()
        .args(["--db", &s.db(), "client", "erase", &id, "--yes"])
        .output()
        .expect("run");
    let said = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "not reported as done: {said}");
    assert!(said.starts_with(&format!("client {id} erased.")), "{said}");
    assert_one_error_line(
        &err,
        &format!(
            "client {id} was erased, but the file still holds its old data: another program is reading the database"
        ),
    );
    assert!(err.contains("clientela compact"), "{err}");
    assert_one_error_line(&s.fails(&["client", "show", &id]), "no client with id");
    assert!(
        contains(&file_bytes(&s), NAME),
        "what the reader still reads"
    );

    // The reader lets go: the last program to close the database writes it back.
    reader.execute_batch("COMMIT").expect("commit");
    drop(reader);
    let after = file_bytes(&s);
    for trace in [NAME, PHONE, EMAIL, NOTE] {
        assert!(!contains(&after, trace), "{trace} is still in the file");
    }
    assert!(contains(&after, "Bea Otra"), "other clients stay");
    let said = s.ok(&["compact"]);
    assert!(said.contains("nothing deleted is left in it"), "{said}");
}

/// Backups taken before the erasure still hold the client: erase says which.
#[test]
fn erase_names_the_backups_that_still_hold_the_client() {
    let (s, id, _) = shop();
    s.ok(&["backup"]);
    let said = s.ok(&["client", "erase", &id, "--yes"]);
    let copy = s.dir.path().join("backups/clientela-20261122-120000.db");
    assert!(
        said.contains("Backups taken before that still hold this client: 1.")
            && said.contains(&format!("  {}\n", copy.display())),
        "{said}"
    );
    s.ok(&["backup"]);
    let said = s.ok(&["client", "erase", "2", "--yes"]);
    assert!(
        said.contains("Backups taken before that still hold this client: 2."),
        "{said}"
    );
}

/// A full disk: the client is erased (the deletion fits) but the file cannot be
/// rewritten; erase says exactly that, and `compact` finishes once there is room.
#[test]
fn erase_on_a_full_disk_says_what_was_done() {
    let Some(disk) = SmallDisk::mount("8M") else {
        return;
    };
    let s = Sandbox::new();
    let db = disk.dir.path().join("shop.db").display().to_string();
    let run = |args: &[&str]| {
        s.cmd()
            .args(["--db", &db])
            .args(args)
            .output()
            .expect("run")
    };
    assert!(run(&["demo", "--clients", "400"]).status.success());
    let out = run(&["client", "add", "--name", NAME, "--phone", PHONE]);
    assert!(out.status.success());
    let id = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let filler = disk.fill_but(96 * 1024);

    let out = run(&["client", "erase", &id, "--yes"]);
    let said = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{said}");
    assert!(said.starts_with(&format!("client {id} erased.")), "{said}");
    assert_one_error_line(
        &err,
        &format!(
            "client {id} was erased, but the file could not be rewritten to overwrite its old data (database or disk is full); make room and run `clientela compact`"
        ),
    );
    let shown = run(&["client", "show", &id]);
    assert!(!shown.status.success(), "the client is gone");

    std::fs::remove_file(filler).expect("make room");
    let out = run(&["compact"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut bytes = std::fs::read(&db).expect("db");
    bytes.extend(std::fs::read(format!("{db}-wal")).unwrap_or_default());
    for trace in [NAME, PHONE] {
        assert!(!contains(&bytes, trace), "{trace} is still in the file");
    }
}
