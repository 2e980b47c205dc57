//! The daily copy: taken in the background once the terminal UI has opened, once a day,
//! and a failure to take it is said on screen.

mod common;

use std::time::{Duration, Instant};

use common::tmux::{Tmux, cli_ok};
use tempfile::TempDir;

fn wait_for_file(path: &std::path::Path) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !path.exists() {
        assert!(Instant::now() < deadline, "no {}", path.display());
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_first_opening_of_the_day_takes_one_copy() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("daily", dir.path()) else {
        return;
    };
    let home = dir.path();
    let db = home.join("shop.db");
    cli_ok(home, &db, &["client", "add", "--name", "Marta Ruiz"]);
    let backups = home.join("backups");
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("1 client", "the list");
    wait_for_file(&backups.join("shop-daily-20261122-120000.db"));
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");

    // Opened again the same day: no second copy.
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("1 client", "the list");
    std::thread::sleep(Duration::from_millis(1500));
    tmux.keys(&["q"]);
    tmux.wait_until(
        |screen| screen.matches("READY$").count() >= 3,
        "the shell after the second run",
    );
    let copies: Vec<_> = std::fs::read_dir(&backups)
        .expect("backups/")
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    assert_eq!(copies.len(), 1, "one copy a day: {copies:?}");
}

#[test]
fn a_daily_copy_that_fails_is_said_on_screen() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("daily-fails", dir.path()) else {
        return;
    };
    let home = dir.path();
    let db = home.join("shop.db");
    cli_ok(home, &db, &["client", "add", "--name", "Marta Ruiz"]);
    std::fs::write(home.join("backups"), "a file where the folder goes").expect("write");
    tmux.launch("es_ES.UTF-8", &db, "");
    tmux.wait_for(
        "No se pudo hacer la copia de seguridad del día",
        "the failure",
    );
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");
}

/// A damaged file opens for reading, and says at once that it is damaged and how to
/// recover; a save is refused with the same words, and the form keeps what was typed.
#[test]
fn a_damaged_file_says_so_and_refuses_to_save() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("damaged", dir.path()) else {
        return;
    };
    let home = dir.path();
    let db = home.join("shop.db");
    cli_ok(home, &db, &["demo", "--clients", "40"]);
    let mut bytes = std::fs::read(&db).expect("db");
    for b in &mut bytes[2 * 4096..2 * 4096 + 64] {
        *b ^= 0xff;
    }
    std::fs::write(&db, bytes).expect("damage");
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("40 clients", "the list, read as far as it can be");
    tmux.wait_for("File damaged", "the damage, said at once");
    tmux.keys(&["n"]);
    tmux.wait_for("New client", "the form");
    tmux.text("Nueva Clienta");
    // The whole name typed first: the status line may already show the damage.
    tmux.wait_for("Nueva Clienta", "the name typed");
    tmux.keys(&["C-s"]);
    tmux.wait_for(
        "File damaged: nothing is saved. Recover: clientela restore COPY",
        "the save refused, how to recover",
    );
    let screen = tmux.screen();
    assert!(
        screen.contains("Nueva Clienta"),
        "the form keeps the text:\n{screen}"
    );
    tmux.keys(&["C-c"]);
}

/// `backup -o -` on a terminal refuses to pour the database's bytes onto the screen.
#[test]
fn a_backup_to_standard_output_refuses_a_terminal() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("backup-tty", dir.path()) else {
        return;
    };
    let home = dir.path();
    let db = home.join("shop.db");
    cli_ok(home, &db, &["client", "add", "--name", "Marta Ruiz"]);
    tmux.launch("en_US.UTF-8", &db, "backup -o -");
    tmux.wait_for(
        "refusing to write the database to the terminal",
        "the refusal",
    );
    assert!(!tmux.screen().contains("SQLite format 3"));
}
