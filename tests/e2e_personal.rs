//! End to end: a client's data exported and then erased from the card in the real
//! binary under tmux, checked in the exported file and through the CLI.

mod common;

use std::process::Command;

use common::tmux::{BIN, Tmux};
use tempfile::TempDir;

fn cli(home: &std::path::Path, db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .env_clear()
        .env("HOME", home)
        .env("CLIENTELA_TODAY", "2026-11-22")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run cli")
}

#[test]
fn from_the_card_a_client_is_exported_then_erased_for_good() {
    let dir = TempDir::new().expect("temp dir");
    let db = dir.path().join("e2e.db");
    let added = cli(
        dir.path(),
        &db,
        &[
            "client",
            "add",
            "--name",
            "Zoe Quintanilla",
            "--phone",
            "611222333",
        ],
    );
    assert!(added.status.success());
    let note = [
        "log",
        "add",
        "1",
        "--kind",
        "complaint",
        "--note",
        "Quintanilla: pedido roto",
    ];
    assert!(cli(dir.path(), &db, &note).status.success());
    let Some(tmux) = Tmux::start("personal", dir.path()) else {
        return;
    };
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("Zoe Quintanilla", "the list");
    tmux.keys(&["Enter"]);
    tmux.wait_for("pedido roto", "the card with its log");

    tmux.keys(&["x"]);
    tmux.wait_for(
        "Export everything held about Zoe Quintanilla",
        "the question",
    );
    tmux.keys(&["y"]);
    tmux.wait_for("Data exported to", "the export's path");
    let exports: Vec<_> = std::fs::read_dir(dir.path().join("exports"))
        .expect("exports beside the database")
        .filter_map(Result::ok)
        .collect();
    assert_eq!(exports.len(), 1);
    let record: serde_json::Value =
        serde_json::from_slice(&std::fs::read(exports[0].path()).expect("read")).expect("json");
    assert_eq!(record["client"]["name"], "Zoe Quintanilla");
    assert_eq!(record["log"][0]["note"], "Quintanilla: pedido roto");

    // The day's backup, taken in the background when the program opened, holds her.
    let daily = dir.path().join("backups/e2e-daily-20261122-120000.db");
    tmux.wait_until(|_| daily.exists(), "the daily backup");
    tmux.keys(&["X"]);
    tmux.wait_for("Erase Zoe Quintanilla for good", "the question");
    tmux.keys(&["y"]);
    tmux.wait_for(
        "Client erased for good. Backups that still hold them: 1 (in backups/).",
        "the erasure",
    );
    tmux.wait_for("No clients yet", "the list without her");
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");

    let shown = cli(dir.path(), &db, &["client", "show", "1"]);
    assert!(!shown.status.success());
    let bytes = std::fs::read(&db).expect("db");
    assert!(
        !bytes.windows(10).any(|w| w == b"Quintanill"),
        "nothing of her left in the file"
    );
}
