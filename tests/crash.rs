//! Crash safety: the real binary killed with SIGKILL at spread-out moments of an import,
//! an erase, a `demo --force` and a `restore`; afterwards the file passes SQLite's
//! `integrity_check`, opens, and holds either everything from before or everything
//! from after — never part of it.
//!
//! `cargo test --test crash` runs 6 kills per operation; `CRASH_TRIALS=100 cargo test
//! --release --test crash` runs more (the moments spread over each operation's length).

#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::sandbox::Sandbox;

const BIN: &str = env!("CARGO_BIN_EXE_clientela");

fn trials() -> u64 {
    std::env::var("CRASH_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6)
}

/// What the file holds: clients, log entries, and client 1's log entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Counts {
    clients: i64,
    entries: i64,
    first_client_entries: i64,
}

/// Opens the file as another program would after the crash (recovering the WAL),
/// checks it whole, and counts.
fn inspect(db: &Path) -> Counts {
    let conn = rusqlite::Connection::open(db).expect("opens after the kill");
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(check, "ok", "{} is damaged after the kill", db.display());
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).expect(sql);
    Counts {
        clients: count("SELECT count(*) FROM client"),
        entries: count("SELECT count(*) FROM log_entry"),
        first_client_entries: count("SELECT count(*) FROM log_entry WHERE client_id = 1"),
    }
}

/// The binary on `db` with `args`, in the sandbox's environment.
fn command(s: &Sandbox, db: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command
        .env_clear()
        .env("HOME", s.dir.path())
        .env("CLIENTELA_TODAY", "2026-11-22")
        .arg("--db")
        .arg(db)
        .args(args)
        .stdout(Stdio::null());
    command
}

/// Runs `args` on a copy of `template` and kills it after `wait`; returns the copy.
fn killed(s: &Sandbox, template: &Path, args: &[&str], wait: Duration, n: u64) -> PathBuf {
    let db = s.dir.path().join(format!("trial-{n}.db"));
    std::fs::copy(template, &db).expect("copy the template");
    let mut child = command(s, &db, args)
        .stderr(Stdio::null())
        .spawn()
        .expect("start");
    std::thread::sleep(wait);
    let _ = child.kill();
    let _ = child.wait();
    db
}

/// How long `args` takes to finish on a copy of `template`.
fn duration(s: &Sandbox, template: &Path, args: &[&str]) -> Duration {
    let db = s.dir.path().join("timing.db");
    std::fs::copy(template, &db).expect("copy");
    let start = Instant::now();
    let status = command(s, &db, args).status().expect("run");
    assert!(status.success(), "{args:?}");
    start.elapsed()
}

/// Kills `args` at moments spread from its start to a little past its end, and checks
/// that every file is whole and holds `before` or `after`.
fn all_or_nothing(s: &Sandbox, template: &Path, args: &[&str], after: impl Fn(Counts) -> bool) {
    let before = inspect(template);
    let full = duration(s, template, args);
    let (mut as_before, mut as_after) = (0, 0);
    for n in 0..trials() {
        // Spread over 0–115 % of the run, in an order that is not monotonic.
        let last = trials().saturating_sub(1).max(1);
        let share = (n * 37 % trials().max(1)) as f64 / last as f64 * 1.15;
        let db = killed(s, template, args, full.mul_f64(share), n);
        let counts = inspect(&db);
        if counts == before {
            as_before += 1;
        } else {
            assert!(
                after(counts),
                "{args:?} killed at {share:.2}: part of it: {counts:?}"
            );
            as_after += 1;
        }
        let _ = std::fs::remove_file(&db);
    }
    eprintln!(
        "{args:?}: {as_before} kills left it as before, {as_after} as after ({full:?} a run)"
    );
}

/// A database of 400 clients with their log (client 1 with entries), as the template.
fn template(s: &Sandbox) -> PathBuf {
    s.ok(&["demo", "--clients", "400", "--entries", "6000"]);
    let path = PathBuf::from(s.db());
    let counts = inspect(&path);
    assert!(counts.first_client_entries > 0, "{counts:?}");
    path
}

#[test]
fn kill_9_during_import_erase_demo_and_restore_is_all_or_nothing() {
    let s = Sandbox::new();
    let template = template(&s);
    let before = inspect(&template);

    // Import 3,000 new cards.
    let mut csv = String::from("name,phones,emails\n");
    for i in 0..3000 {
        csv.push_str(&format!("Nuevo Cliente {i},6{i:08},nuevo{i}@correo.es\n"));
    }
    let file = s.dir.path().join("new.csv");
    std::fs::write(&file, csv).expect("csv");
    let file = file.display().to_string();
    all_or_nothing(&s, &template, &["import", "clients", &file], |c| {
        c.clients == before.clients + 3000 && c.entries == before.entries
    });

    // Erase client 1 and their log.
    all_or_nothing(&s, &template, &["client", "erase", "1", "--yes"], |c| {
        c.clients == before.clients - 1
            && c.first_client_entries == 0
            && c.entries == before.entries - before.first_client_entries
    });

    // Replace everything with a demo of another size.
    all_or_nothing(
        &s,
        &template,
        &["demo", "--clients", "900", "--seed", "7", "--force"],
        |c| c.clients == 900,
    );

    // Restore a copy of a smaller database.
    let small = Sandbox::new();
    small.ok(&["demo", "--clients", "50"]);
    let copy = s.dir.path().join("small-copy.db");
    small.ok(&["backup", "-o", &copy.display().to_string()]);
    let copy = copy.display().to_string();
    all_or_nothing(&s, &template, &["restore", &copy], |c| c.clients == 50);
}
