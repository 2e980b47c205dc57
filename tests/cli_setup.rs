//! Where the database and the config come from, their errors, and the language: the
//! real binary on temporary directories.

mod common;

use common::sandbox::{Sandbox, assert_one_error_line};

use predicates::prelude::*;

#[test]
fn global_options_go_before_or_after_the_subcommand_and_env_names_the_db() {
    let s = Sandbox::new();
    let db = s.db();
    s.cmd()
        .args(["--db", &db, "client", "add", "--name", "Ana"])
        .assert()
        .success()
        .stdout("1\n");
    s.cmd()
        .args(["client", "add", "--name", "Bea", "--db", &db])
        .assert()
        .success()
        .stdout("2\n");
    s.cmd()
        .env("CLIENTELA_DB", &db)
        .args(["client", "list", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Ana").and(predicate::str::contains("Bea")));
}

#[test]
fn the_default_database_lives_in_the_data_directory() {
    let s = Sandbox::new();
    s.cmd()
        .args(["client", "add", "--name", "Ana"])
        .assert()
        .success();
    let path = s
        .dir
        .path()
        .join("data")
        .join("clientela")
        .join("clientela.db");
    assert!(path.exists(), "{}", path.display());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn config_errors_name_the_file_the_line_and_the_key() {
    let s = Sandbox::new();
    let path = s.dir.path().join("c.toml");
    let config = path.to_str().expect("path");
    std::fs::write(
        &path,
        "language = \"es\"\n[classification]\nactive_days = \"mucho\"\n",
    )
    .expect("write");
    let err = s.fails_without_db(&["--config", config, "client", "list"]);
    assert_one_error_line(&err, "line 3, key `classification.active_days`");
    assert!(err.contains("c.toml"), "{err}");

    std::fs::write(&path, "langauge = \"es\"\n").expect("write");
    let err = s.fails_without_db(&["--config", config, "client", "list"]);
    assert_one_error_line(&err, "line 1, key `langauge`");

    // The platform file is read when present.
    let platform = s.dir.path().join("config").join("clientela");
    std::fs::create_dir_all(&platform).expect("dir");
    std::fs::write(platform.join("config.toml"), "[loyalty]\nbond_monthz = 3\n").expect("write");
    assert_one_error_line(
        &s.fails_without_db(&["client", "list"]),
        "loyalty.bond_monthz",
    );

    let missing = s.dir.path().join("missing.toml");
    let err = s.fails_without_db(&[
        "--config",
        missing.to_str().expect("path"),
        "client",
        "list",
    ]);
    assert_one_error_line(&err, "missing.toml");
}

#[test]
fn the_language_of_human_output_follows_config_and_lang() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana", "--birthday", "1980-03-14"]);
    let es = s
        .cmd()
        .env("LANG", "es_ES.UTF-8")
        .args(["--db", &s.db(), "client", "show", "1"])
        .output()
        .expect("run");
    let es = String::from_utf8(es.stdout).expect("utf-8");
    assert!(
        es.contains("Cumpleaños") && es.contains("14/03/1980"),
        "{es}"
    );
    let en = s.ok(&["client", "show", "1"]);
    assert!(en.contains("Birthday") && en.contains("1980-03-14"), "{en}");
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let s = Sandbox::new();
    let db = s.dir.path().join("clientela.db");
    {
        let conn = rusqlite::Connection::open(&db).expect("create");
        // A newer clientela stamps its files as ours.
        conn.execute_batch(
            "PRAGMA user_version = 999; PRAGMA application_id = 1129074260; CREATE TABLE x (y);",
        )
        .expect("setup");
    }
    let before = std::fs::read(&db).expect("read");
    assert_one_error_line(&s.fails(&["client", "list"]), "newer version of clientela");
    assert_eq!(std::fs::read(&db).expect("read"), before);
}

#[test]
fn the_config_can_name_the_database_and_db_overrides_it() {
    let s = Sandbox::new();
    let from_config = s.dir.path().join("tienda.db");
    let config = s.dir.path().join("c.toml");
    std::fs::write(
        &config,
        format!("database = {:?}\n", from_config.display().to_string()),
    )
    .expect("write");
    let config = config.to_str().expect("path");
    s.cmd()
        .args(["--config", config, "client", "add", "--name", "Ana"])
        .assert()
        .success();
    assert!(from_config.exists());
    s.cmd()
        .args([
            "--config",
            config,
            "--db",
            &s.db(),
            "client",
            "add",
            "--name",
            "Bea",
        ])
        .assert()
        .success();
    let listed = s
        .cmd()
        .args(["--config", config, "client", "list", "--format", "csv"])
        .output()
        .expect("run");
    let listed = String::from_utf8(listed.stdout).expect("utf-8");
    assert!(
        listed.contains("Ana") && !listed.contains("Bea"),
        "{listed}"
    );
}

/// Without `--today`, "now" is the shop's wall clock (the config's time zone, Madrid by
/// default), whatever zone the machine is set to.
#[test]
fn the_clock_reads_the_shops_time_zone_not_the_machines() {
    use chrono::Utc;
    use clientela::clock::wall_clock;
    let madrid = chrono_tz::Europe::Madrid;
    for machine in ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"] {
        let s = Sandbox::new();
        s.ok(&["client", "add", "--name", "Ana"]);
        let before = wall_clock(Utc::now(), madrid);
        let out = s
            .cmd()
            .env_remove("CLIENTELA_TODAY")
            .env("TZ", machine)
            .args(["--db", &s.db(), "log", "add", "1", "--kind", "visit"])
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let after = wall_clock(Utc::now(), madrid);
        let log = s.json(&["log", "list", "1", "--format", "json"]);
        let at = log[0]["at"].as_str().expect("a time");
        let at = chrono::NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M:%S").expect(at);
        assert!(
            before <= at && at <= after,
            "TZ={machine}: stamped {at}, Madrid's clock said {before}..{after}"
        );
    }
}

/// Every failure is one clear line: empty names are said as such (not a raw CHECK
/// error, not "no agenda named ``"), a megabyte value from the config is not echoed
/// whole, and a database error does not repeat itself.
#[test]
fn failures_are_one_clear_line() {
    let s = Sandbox::new();
    assert_one_error_line(
        &s.fails(&["scenes", "new-cycle", ""]),
        "a service cycle needs a name",
    );
    assert_one_error_line(
        &s.fails(&["agenda", "agendas", "--add", "  "]),
        "an agenda needs a name",
    );

    let config = s.dir.path().join("big.toml");
    let value = "x".repeat(5_000_000);
    std::fs::write(&config, format!("language = \"{value}\"\n")).expect("config");
    let err = s.fails(&["--config", &config.display().to_string(), "client", "list"]);
    assert_one_error_line(&err, "expected one of `auto`, `es`, `en`");
    assert!(err.len() < 500, "{} bytes", err.len());

    let text = s.dir.path().join("notes.db");
    std::fs::write(
        &text,
        "a text file, not a database, long enough for a header....",
    )
    .expect("file");
    let err = s
        .cmd()
        .args(["--db", &text.display().to_string(), "client", "list"])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&err.stderr).into_owned();
    assert_one_error_line(&err, "file is not a database");
    assert_eq!(err.matches("file is not a database").count(), 1, "{err}");
}

/// A database named in a folder that does not exist is refused (no folders made); one
/// named in a folder that does is made, and the making is said once the work is done,
/// so a mistyped path does not pass for a shop without clients.
#[test]
fn a_mistyped_database_path_is_noticed() {
    let s = Sandbox::new();
    let missing = s.dir.path().join("no-such-folder").join("tienda.db");
    let missing = missing.display().to_string();
    let err = s.fails_without_db(&["--db", &missing, "client", "list"]);
    assert_one_error_line(&err, "the folder");
    assert!(err.contains("does not exist"), "{err}");
    assert!(
        !s.dir.path().join("no-such-folder").exists(),
        "no folder made"
    );
    let out = s
        .cmd()
        .env("LANG", "es_ES.UTF-8")
        .args(["--db", &missing, "client", "list"])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no existe la carpeta"), "{err}");

    let typo = s.dir.path().join("tienda2.db").display().to_string();
    let first = s
        .cmd()
        .args(["--db", &typo, "client", "list"])
        .output()
        .expect("run");
    assert!(first.status.success());
    let said = String::from_utf8_lossy(&first.stderr);
    assert_eq!(said.trim(), format!("new database: {typo}"));
    let again = s
        .cmd()
        .args(["--db", &typo, "client", "list"])
        .output()
        .expect("run");
    assert!(again.stderr.is_empty(), "said once");
}
