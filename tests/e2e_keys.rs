//! The README's key counts, replayed on the real binary in tmux: each sequence is typed
//! as written there, counted, and what it stored is read back with the CLI.
//! Counted from the tab opened with its number key; typed text (names, times, amounts)
//! does not count.

mod common;

use common::tmux::{Tmux, cli_json, cli_ok};
use tempfile::TempDir;

/// Keys sent, counted.
struct Counter<'a> {
    tmux: &'a Tmux,
    keys: usize,
}

impl Counter<'_> {
    fn key(&mut self, key: &str) {
        self.keys += 1;
        self.tmux.keys(&[key]);
    }
}

#[test]
fn find_a_client_and_log_a_purchase_in_four_keys_client_after_client() {
    let dir = TempDir::new().expect("temp dir");
    let db = dir.path().join("shop.db");
    for name in ["Zoe Quintanilla", "Bea Soler", "Ana Ruiz"] {
        cli_ok(dir.path(), &db, &["client", "add", "--name", name]);
    }
    let Some(tmux) = Tmux::start("keys-counter", dir.path()) else {
        return;
    };
    tmux.launch("es_ES.UTF-8", &db, "");
    tmux.wait_for("3 clientes", "the list");
    for (who, amount) in [("quintanilla", "12,50"), ("soler", "7"), ("ruiz", "30")] {
        let mut c = Counter {
            tmux: &tmux,
            keys: 0,
        };
        c.key("/");
        tmux.text(who);
        tmux.wait_for("1 cliente", "one match");
        c.key("Enter");
        tmux.wait_for("Ficha de cliente", "the card");
        c.key("p");
        tmux.wait_for("Importe", "the purchase box");
        tmux.text(amount);
        c.key("Enter");
        tmux.wait_for("Anotado: compra.", "the purchase logged");
        assert_eq!(c.keys, 4, "{who}");
    }
    tmux.keys(&["q", "q"]); // from the card to the list, then out
    tmux.wait_for_shell_again("q");
    for (id, cents) in [(1, 1250), (2, 700), (3, 3000)] {
        let log = cli_json(
            dir.path(),
            &db,
            &["log", "list", &id.to_string(), "--format", "json"],
        );
        assert_eq!(log[0]["amount_cents"], cents, "client {id}: {log}");
    }
}

#[test]
fn book_tomorrow_in_the_secretarys_agenda_in_six_keys() {
    let dir = TempDir::new().expect("temp dir");
    let db = dir.path().join("shop.db");
    let Some(tmux) = Tmux::start("keys-desk", dir.path()) else {
        return;
    };
    tmux.launch("es_ES.UTF-8", &db, "");
    tmux.wait_for("No hay clientes", "the empty list");
    tmux.keys(&["2"]);
    tmux.wait_for("Agenda · Día", "the day view");
    let mut c = Counter {
        tmux: &tmux,
        keys: 0,
    };
    c.key("Right");
    c.key("Tab");
    c.key("n");
    tmux.wait_for("Nueva cita", "the entry form");
    tmux.text("Dentista");
    c.key("Tab");
    tmux.text("10");
    c.key("Tab");
    tmux.text("10:30");
    c.key("C-s");
    tmux.wait_for("Dentista", "the entry in the day view");
    assert_eq!(c.keys, 6);
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");
    let list = cli_json(dir.path(), &db, &["agenda", "list", "--format", "json"]);
    let e = &list[0];
    assert_eq!(
        (&e["title"], &e["agenda"], &e["start"], &e["end"]),
        (
            &serde_json::json!("Dentista"),
            &serde_json::json!("Secretaría"),
            &serde_json::json!("2026-11-23T10:00:00"),
            &serde_json::json!("2026-11-23T10:30:00")
        ),
        "{list}"
    );
}

#[test]
fn export_a_to_do_group_in_three_keys() {
    let dir = TempDir::new().expect("temp dir");
    let db = dir.path().join("shop.db");
    let Some(tmux) = Tmux::start("keys-export", dir.path()) else {
        return;
    };
    tmux.launch("en_US.UTF-8", &db, "--demo");
    tmux.wait_for("300 clients", "the demo list");
    tmux.keys(&["3"]);
    tmux.wait_for("To do", "the dashboard");
    let mut c = Counter {
        tmux: &tmux,
        keys: 0,
    };
    c.key("Tab");
    c.key("E");
    tmux.wait_for("Export", "the export picker");
    c.key("Enter");
    tmux.wait_for("exported to", "the export's path");
    assert_eq!(c.keys, 3);
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");

    // The first group is the hostages with open complaints; the file holds them all.
    let demo = dir.path().join("shop-demo.db");
    let dashboard = cli_json(dir.path(), &demo, &["dashboard", "--format", "json"]);
    let first = &dashboard["todo"][0];
    let count = first["count"].as_u64().expect("a count") as usize;
    assert!(count > 0, "{first}");
    let files: Vec<_> = std::fs::read_dir(dir.path().join("exports"))
        .expect("exports beside the database: no Documents folder here")
        .filter_map(Result::ok)
        .collect();
    assert_eq!(files.len(), 1);
    let mut book = calamine::open_workbook_auto(files[0].path()).expect("a workbook");
    let sheet = calamine::Reader::sheet_names(&book)[0].clone();
    let rows = calamine::Reader::worksheet_range(&mut book, &sheet).expect("its sheet");
    assert_eq!(rows.height(), count + 1, "a header and the group");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(files[0].path())
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "personal data is private");
    }
}
