//! Two processes on one file: the open TUI sees what another program writes, keeps its
//! cursor and any open form, and never overwrites another writer's change silently.

mod common;

use std::time::Instant;

use common::tmux::{Tmux, cli_json, cli_ok};
use tempfile::TempDir;

#[test]
fn another_programs_writes_show_in_the_open_list_keeping_the_cursor_and_the_form() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("refresh", dir.path()) else {
        return;
    };
    let home = dir.path();
    let db = home.join("shop.db");
    cli_ok(home, &db, &["client", "add", "--name", "Marta Núñez"]);
    cli_ok(home, &db, &["client", "add", "--name", "Zoe Ruiz"]);
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("2 clients", "the list");
    tmux.keys(&["j"]); // on Zoe

    // A client added from the command line shows up, sorted before the cursor's row.
    let start = Instant::now();
    cli_ok(home, &db, &["client", "add", "--name", "Aarón Gil"]);
    tmux.wait_for("Aarón Gil", "the new client in the open list");
    eprintln!("another process's write shown after {:?}", start.elapsed());
    tmux.wait_for("3 clients", "the count");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Client card · Zoe Ruiz", "the cursor stayed on Zoe");

    // The open card follows a change made elsewhere.
    cli_ok(home, &db, &["client", "edit", "2", "--city", "Teruel"]);
    tmux.wait_for("Teruel", "the card reloaded");

    // A form being typed in keeps its text while the list reloads under it.
    tmux.keys(&["Escape", "n"]);
    tmux.wait_for("New client", "the form");
    tmux.text("Borrador");
    cli_ok(home, &db, &["client", "add", "--name", "Beatriz Sanz"]);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let screen = tmux.screen();
    assert!(
        screen.contains("New client") && screen.contains("Borrador"),
        "the form and its text stay:\n{screen}"
    );
    tmux.keys(&["Escape"]);
    tmux.wait_for("Discard", "asked before discarding");
    tmux.keys(&["y"]);
    tmux.wait_for("Beatriz Sanz", "the list reloaded under the form");
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");
    let clients = cli_json(home, &db, &["client", "list", "--format", "json"]);
    assert_eq!(clients.as_array().map(Vec::len), Some(4), "{clients}");
}

#[test]
fn a_concurrent_edit_from_the_command_line_is_never_lost() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("conflict", dir.path()) else {
        return;
    };
    let home = dir.path();
    let db = home.join("shop.db");
    cli_ok(home, &db, &["client", "add", "--name", "Ana Pérez"]);
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("1 client", "the list");
    tmux.keys(&["e"]);
    tmux.wait_for("Edit client", "the form on Ana");
    tmux.text(" Gil");

    // Meanwhile, another program changes her city.
    cli_ok(home, &db, &["client", "edit", "1", "--city", "Teruel"]);
    tmux.keys(&["C-s"]);
    tmux.wait_for("Someone else changed “Ana Pérez”", "the question");
    let name = |db| cli_json(home, db, &["client", "show", "1", "--format", "json"]);
    assert_eq!(
        name(&db)["name"],
        "Ana Pérez",
        "nothing written over theirs"
    );

    // Theirs loaded, ours typed again: both changes end up stored.
    tmux.keys(&["r"]);
    tmux.wait_for("Loaded what the other person saved.", "theirs in the form");
    tmux.text(" Gil");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Client saved.", "saved");
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");
    let stored = name(&db);
    assert_eq!(stored["name"], "Ana Pérez Gil");
    assert_eq!(stored["city"], "Teruel");
}
