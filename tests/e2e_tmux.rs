//! End to end: the real binary in tmux on a temporary database, driven by keys, read
//! from the screen, checked afterwards through the CLI.

mod common;

use std::process::Command;

use common::tmux::{BIN, Tmux, cli_json};
use tempfile::TempDir;

#[test]
fn create_a_client_in_the_form_find_it_by_search_and_see_it_persisted() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("create", dir.path()) else {
        return;
    };
    let db = dir.path().join("e2e.db");
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("No clients yet", "the empty list");

    tmux.keys(&["n"]);
    tmux.wait_for("New client", "the form");
    tmux.text("Zoe Núñez Prueba");
    tmux.keys(&["Tab", "Tab", "Tab"]);
    tmux.text("+34 699 123 456");
    tmux.keys(&["Tab"]);
    tmux.text("zoe@correo");
    tmux.keys(&["C-s"]);
    tmux.wait_for("is not an email address", "the inline email error");
    tmux.text(".es");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Client saved.", "the save confirmation");

    tmux.keys(&["/"]);
    tmux.text("zoe nun");
    let screen = tmux.wait_for("1 client", "the search result");
    assert!(
        screen.contains("Zoe Núñez Prueba") && screen.contains("+34 699 123 456"),
        "{screen}"
    );
    tmux.keys(&["Enter"]);
    tmux.wait_for("Client card · Zoe Núñez Prueba", "the card");
    tmux.keys(&["Escape"]);
    tmux.wait_for("Search: zoe nun", "the list, search kept");
    tmux.keys(&["q"]);
    let screen = tmux.wait_for_shell_again("q");
    assert!(!screen.contains("1 Clients"), "the UI is gone:\n{screen}");

    let clients = cli_json(dir.path(), &db, &["client", "list", "--format", "json"]);
    assert_eq!(clients.as_array().map(Vec::len), Some(1), "{clients}");
    assert_eq!(clients[0]["name"], "Zoe Núñez Prueba");
    assert_eq!(clients[0]["phones"], serde_json::json!(["+34 699 123 456"]));
    assert_eq!(clients[0]["emails"], serde_json::json!(["zoe@correo.es"]));
}

#[test]
fn the_demo_opens_on_its_own_database_and_survives_a_resize() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("demo", dir.path()) else {
        return;
    };
    let db = dir.path().join("real.db");
    tmux.launch("es_ES.UTF-8", &db, "--demo");
    tmux.wait_for("300 clientes", "the demo list in Spanish");
    tmux.run(&["resize-window", "-t", "e2e", "-x", "40", "-y", "10"]);
    tmux.wait_for("demasiado", "the too-small message");
    tmux.run(&["resize-window", "-t", "e2e", "-x", "100", "-y", "30"]);
    tmux.wait_for("300 clientes", "the list again");
    tmux.keys(&["C-c"]);
    tmux.wait_for_shell_again("Ctrl-C");
    assert!(dir.path().join("real-demo.db").exists());
    assert!(!db.exists(), "the real database is never touched by --demo");
}

#[test]
fn two_clashing_entries_are_warned_about_then_booked_and_marked() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("agenda", dir.path()) else {
        return;
    };
    let db = dir.path().join("agenda.db");
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("No clients yet", "the empty list");
    tmux.keys(&["2"]);
    tmux.wait_for("Agenda · Day · Sunday 2026-11-22", "the day view");
    // An empty today opens at the hour now (noon on the fixed day) in the first agenda
    // ("Jefe"); four rows up is 10:00.
    tmux.keys(&["k", "k", "k", "k", "n"]);
    tmux.wait_for("New entry", "the entry form");
    tmux.text("Dentist");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Entry saved.", "the first entry saved");
    tmux.keys(&["n"]);
    tmux.wait_for("New entry", "the entry form again");
    tmux.text("Supplier");
    tmux.keys(&["C-s"]);
    tmux.wait_for(
        "Clashes with “Dentist”",
        "the clash warning naming the other entry",
    );
    tmux.keys(&["C-s"]);
    // The first save's "Entry saved." may still be on the status line: wait for the
    // second entry itself, marked, rather than for the message.
    let screen = tmux.wait_until(
        |screen| screen.contains("Supplier") && screen.contains("⚠"),
        "the second entry saved anyway and the clash marked (\"Supplier\", \"⚠\")",
    );
    assert!(
        screen.contains("Entry saved."),
        "the save is confirmed:\n{screen}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");

    let list = cli_json(dir.path(), &db, &["agenda", "list", "--format", "json"]);
    let got: Vec<(String, String, serde_json::Value)> = list
        .as_array()
        .expect("array")
        .iter()
        .map(|o| {
            (
                o["title"].as_str().unwrap_or("").to_string(),
                o["start"].as_str().unwrap_or("").to_string(),
                o["clashes_with"].clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "Dentist".into(),
                "2026-11-22T10:00:00".into(),
                serde_json::json!([2])
            ),
            (
                "Supplier".into(),
                "2026-11-22T10:00:00".into(),
                serde_json::json!([1])
            ),
        ]
    );
}

#[test]
fn at_the_counter_a_purchase_and_a_complaint_then_the_answer() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("counter", dir.path()) else {
        return;
    };
    let db = dir.path().join("tienda.db");
    let add = Command::new(BIN)
        .env_clear()
        .env("HOME", dir.path())
        .args([
            "--db",
            db.to_str().expect("path"),
            "client",
            "add",
            "--name",
            "Zoe Núñez",
        ])
        .output()
        .expect("add");
    assert!(add.status.success());

    tmux.launch("es_ES.UTF-8", &db, "");
    tmux.wait_for("potencial", "the list with its status columns");
    tmux.keys(&["/"]);
    tmux.text("zoe");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Ficha de cliente · Zoe Núñez", "the card");
    tmux.keys(&["p"]);
    tmux.wait_for("compra · Zoe Núñez", "the purchase box");
    tmux.text("12,50");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Anotado: compra", "the purchase logged");
    tmux.wait_for("activo · ocasional", "the card's classification, updated");
    tmux.keys(&["r"]);
    tmux.wait_for("reclamo · Zoe Núñez", "the complaint box");
    tmux.text("Llegó roto");
    tmux.keys(&["Enter"]);
    tmux.wait_for(
        "! reclamo · 0 d · Llegó roto",
        "the open complaint at the top of the card",
    );

    tmux.keys(&["Escape"]);
    tmux.keys(&["3"]);
    tmux.wait_for("Reclamos abiertos: 1", "the dashboard");
    // Tab goes round loyalty, to do, classes and complaints.
    tmux.keys(&["Tab", "Tab", "Tab", "Enter"]);
    tmux.wait_for("Responder al reclamo", "the answer box");
    tmux.text("Se le cambió por uno nuevo");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Reclamo respondido.", "the answer saved");
    tmux.wait_for("Reclamos abiertos: 0", "no complaint left open");
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");

    let log = cli_json(dir.path(), &db, &["log", "list", "1", "--format", "json"]);
    let log = log.as_array().expect("array");
    assert_eq!(log.len(), 2, "{log:?}");
    let purchase = log
        .iter()
        .find(|e| e["kind"] == "purchase")
        .expect("purchase");
    assert_eq!(purchase["amount_cents"], 1250);
    let complaint = log
        .iter()
        .find(|e| e["kind"] == "complaint")
        .expect("complaint");
    assert_eq!(complaint["note"], "Llegó roto");
    assert_eq!(complaint["resolution"], "Se le cambió por uno nuevo");
    let classes = cli_json(
        dir.path(),
        &db,
        &["classify", "--client", "1", "--format", "json"],
    );
    assert_eq!(classes[0]["lifecycle"], "active");
    assert_eq!(classes[0]["frequency"], "occasional");
}

#[test]
fn the_dashboard_sends_a_quadrant_and_a_to_do_group_to_the_client_list() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("dashboard", dir.path()) else {
        return;
    };
    let db = dir.path().join("shop.db");
    tmux.launch("en_GB.UTF-8", &db, "--demo");
    tmux.wait_for("300 clients", "the demo list");
    let figures = cli_json(
        dir.path(),
        &db,
        &["--demo", "dashboard", "--format", "json"],
    );
    let count = |quadrant: &str| {
        figures["quadrants"]
            .as_array()
            .and_then(|q| q.iter().find(|q| q["quadrant"] == quadrant))
            .and_then(|q| q["clients"].as_u64())
            .expect("quadrant")
    };
    let birthdays = figures["todo"]
        .as_array()
        .and_then(|g| g.iter().find(|g| g["group"] == "birthdays"))
        .and_then(|g| g["count"].as_u64())
        .expect("group");

    tmux.keys(&["3"]);
    tmux.wait_for("Loyalty · as of 2026-11-22", "the dashboard");
    tmux.wait_for(
        &format!("{} clients", count("apostle")),
        "the apostles' count",
    );
    tmux.keys(&["j", "Enter"]);
    tmux.wait_for(
        &format!("Loyalty: Mercenary  {} clients", count("mercenary")),
        "the mercenaries in the list",
    );
    tmux.keys(&["Escape", "3", "Tab", "j", "j", "j", "Enter"]);
    tmux.wait_for(
        &format!("To do: Birthdays this week  {birthdays} clients"),
        "this week's birthdays in the list",
    );
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");
}

/// The tab shown when the program was left is shown again on the next run (kept in the
/// user's state folder, per database).
#[test]
fn the_last_tab_is_shown_again_on_the_next_run() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("last-tab", dir.path()) else {
        return;
    };
    let db = dir.path().join("shop.db");
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("No clients yet", "the empty list");
    tmux.keys(&["3"]);
    tmux.wait_for("To do", "the dashboard");
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");
    tmux.run(&["send-keys", "-t", "e2e", "clear", "Enter"]);
    tmux.wait_until(|s| s.matches("READY$").count() == 1, "a clear screen");
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("To do", "the dashboard again");
    let state = std::fs::read_to_string(
        dir.path()
            .join(".local")
            .join("state")
            .join("clientela")
            .join("view.toml"),
    )
    .expect("the state file in the user's state folder");
    assert!(state.contains("last_tab = 3"), "{state}");
}

/// Killed (SIGTERM, as a logout or `kill` sends; SIGINT), the program gives the
/// terminal back as on `q`: normal screen, cursor shown, no mouse reporting; it was left
/// in the alternate screen with the cursor hidden.
#[test]
fn a_terminate_signal_gives_the_terminal_back() {
    for signal in ["-TERM", "-INT"] {
        let dir = TempDir::new().expect("temp dir");
        let Some(tmux) = Tmux::start("signal", dir.path()) else {
            return;
        };
        let db = dir.path().join("signal.db");
        tmux.launch("en_US.UTF-8", &db, "");
        tmux.wait_for("No clients yet", "the list");
        let flag = |name: &str| {
            let out = tmux.run(&["display-message", "-p", "-t", "e2e", name]);
            String::from_utf8_lossy(&out.stdout).trim().to_string()
        };
        assert_eq!(flag("#{alternate_on}"), "1", "the UI is on");
        let killed = Command::new("pkill")
            .args([signal, "-f", &db.display().to_string()])
            .status()
            .expect("pkill");
        assert!(killed.success(), "the program was found");
        tmux.wait_for_shell_again(signal);
        assert_eq!(
            (
                flag("#{alternate_on}"),
                flag("#{cursor_flag}"),
                flag("#{mouse_any_flag}")
            ),
            ("0".into(), "1".into(), "0".into()),
            "{signal}: the terminal is given back"
        );
    }
}
