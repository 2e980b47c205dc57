//! End to end: the client list, searched and exported from the TUI under tmux as a
//! workbook, and the file read back; then the same file imported into a new database by
//! the CLI.

mod common;

use calamine::{Reader, open_workbook_auto};
use common::tmux::{Tmux, cli_json, cli_ok};
use tempfile::TempDir;

#[test]
fn the_searched_list_is_exported_as_a_workbook_and_imports_back() {
    let dir = TempDir::new().expect("temp dir");
    let db = dir.path().join("e2e.db");
    for (name, city) in [
        ("Zoe Quintanilla", "Cádiz"),
        ("Zacarías Quiroga", "Soria"),
        ("Ana Ruiz", "Cádiz"),
    ] {
        cli_ok(
            dir.path(),
            &db,
            &[
                "client",
                "add",
                "--name",
                name,
                "--city",
                city,
                "--phone",
                "+34 611 222 333",
            ],
        );
    }
    let Some(tmux) = Tmux::start("export", dir.path()) else {
        return;
    };
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("Zoe Quintanilla", "the list");
    tmux.keys(&["/"]);
    tmux.text("qui");
    tmux.wait_for("2 clients", "the search");
    tmux.keys(&["Enter", "Escape", "E"]);
    tmux.wait_for("Export 2 clients", "the picker");
    tmux.keys(&["Enter"]);
    tmux.wait_for("2 clients exported to", "the export's path");
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");

    let files: Vec<_> = std::fs::read_dir(dir.path().join("exports"))
        .expect("exports beside the database")
        .filter_map(Result::ok)
        .collect();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].path().extension(), Some("xlsx".as_ref()));
    let mut book = open_workbook_auto(files[0].path()).expect("a workbook");
    let sheet = book.sheet_names()[0].clone();
    let rows: Vec<Vec<String>> = book
        .worksheet_range(&sheet)
        .expect("its sheet")
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(
        rows,
        [
            [
                "Name",
                "Phones",
                "Emails",
                "City",
                "Tags",
                "Lifecycle",
                "Quadrant"
            ],
            // By surname: Quintanilla before Quiroga.
            [
                "Zoe Quintanilla",
                "+34 611 222 333",
                "",
                "Cádiz",
                "",
                "potential",
                "Not rated"
            ],
            [
                "Zacarías Quiroga",
                "+34 611 222 333",
                "",
                "Soria",
                "",
                "potential",
                "Not rated"
            ],
        ]
        .map(|r| r.map(String::from).to_vec()),
        "names columns and values in the UI's language, English here"
    );

    let other = dir.path().join("other.db");
    let path = files[0].path().display().to_string();
    cli_ok(
        dir.path(),
        &other,
        &["import", "clients", &path, "--on-duplicate", "add"],
    );
    let list = cli_json(dir.path(), &other, &["client", "list", "--format", "json"]);
    let names: Vec<&str> = list
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["Zoe Quintanilla", "Zacarías Quiroga"],
        "created in the file's order"
    );
}
