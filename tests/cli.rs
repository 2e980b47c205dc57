//! The real binary, run as a script would run it, on temporary databases.

mod common;

use common::sandbox::{Sandbox, assert_one_error_line};

use predicates::prelude::*;
use serde_json::Value;

#[test]
fn add_prints_the_id_alone_and_show_gives_every_field() {
    let s = Sandbox::new();
    assert_eq!(s.ok(&["client", "add", "--name", "Ana Núñez"]), "1\n");
    let out = s.ok(&[
        "client",
        "add",
        "--name",
        "Ferretería Pérez",
        "--phone",
        "+34 600 111 222",
        "--phone",
        "91 555 12 12",
        "--email",
        "info@ferreteria.es",
        "--kind",
        "company",
        "--relation",
        "supplier",
        "--tax-id",
        "B12345678",
        "--city",
        "Sevilla",
        "--tag",
        "empresa",
        "--tag",
        "vip",
        "--note",
        "Paga a 30 días",
        "--referred-by",
        "1",
        "--member-since",
        "14/03/2024",
        "--birthday",
        "1970-01-31",
        "--consent",
        "yes",
        "--source",
        "advert",
        "--influence",
        "regular",
        "--buying",
        "loyal",
        "--preferred-channel",
        "phone",
    ]);
    assert_eq!(out, "2\n");
    let c = s.json(&["client", "show", "2", "--format", "json"]);
    assert_eq!(c["id"], 2);
    assert_eq!(c["name"], "Ferretería Pérez");
    assert_eq!(c["kind"], "company");
    assert_eq!(c["relation"], "supplier");
    assert_eq!(
        c["phones"],
        serde_json::json!(["+34 600 111 222", "91 555 12 12"])
    );
    assert_eq!(c["emails"], serde_json::json!(["info@ferreteria.es"]));
    assert_eq!(c["tags"], serde_json::json!(["empresa", "vip"]));
    assert_eq!(c["referred_by"], 1);
    assert_eq!(c["member_since"], "2024-03-14");
    assert_eq!(c["birthday"], "1970-01-31");
    assert_eq!(c["marketing_consent"], true);
    assert_eq!(c["consent_date"], "2026-11-22");
    assert_eq!(c["buying_behaviour"], "loyal");
    assert_eq!(c["preferred_channel"], "phone");
    assert_eq!(c["notes"], "Paga a 30 días");
    assert_eq!(c["created_at"], "2026-11-22T12:00:00");
    let text = s.ok(&["client", "show", "2"]);
    assert!(
        text.contains("Ferretería Pérez") && text.contains("supplier"),
        "{text}"
    );
}

#[test]
fn list_in_every_format_and_with_a_fuzzy_search() {
    let s = Sandbox::new();
    s.ok(&[
        "client",
        "add",
        "--name",
        "José Muñoz",
        "--phone",
        "+34 611 333 444",
        "--city",
        "Madrid",
    ]);
    s.ok(&[
        "client",
        "add",
        "--name",
        "Ana García",
        "--email",
        "ana@correo.es",
    ]);
    let all = s.json(&["client", "list", "--format", "json"]);
    assert_eq!(all.as_array().map(Vec::len), Some(2));
    let keys: Vec<_> = all[0]
        .as_object()
        .expect("object")
        .keys()
        .cloned()
        .collect();
    for key in [
        "id",
        "name",
        "kind",
        "relation",
        "phones",
        "emails",
        "city",
        "tags",
        "tax_id",
        "created_at",
    ] {
        assert!(keys.iter().any(|k| k == key), "missing key {key}");
    }
    let found = s.json(&[
        "client",
        "list",
        "--search",
        "jose munoz",
        "--format",
        "json",
    ]);
    assert_eq!(found.as_array().map(Vec::len), Some(1));
    assert_eq!(found[0]["name"], "José Muñoz");
    let by_phone = s.json(&["client", "list", "--search", "611333", "--format", "json"]);
    assert_eq!(by_phone[0]["name"], "José Muñoz");
    let csv = s.ok(&["client", "list", "--format", "csv"]);
    assert!(
        csv.starts_with("id,name,kind,relation,phones,emails,"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\n1,José Muñoz,person,client,+34 611 333 444,"),
        "{csv}"
    );
    let table = s.ok(&["client", "list"]);
    assert!(
        table
            .lines()
            .next()
            .is_some_and(|h| h.starts_with("id  Name")),
        "{table}"
    );
    assert_eq!(table.lines().count(), 3);
}

#[test]
fn edit_changes_only_the_given_fields() {
    let s = Sandbox::new();
    s.ok(&[
        "client", "add", "--name", "Ana", "--phone", "600", "--city", "Madrid", "--tag", "vip",
    ]);
    s.ok(&[
        "client", "edit", "1", "--city", "Sevilla", "--phone", "611", "--phone", "622",
    ]);
    let c = s.json(&["client", "show", "1", "--format", "json"]);
    assert_eq!(c["name"], "Ana");
    assert_eq!(c["city"], "Sevilla");
    assert_eq!(c["phones"], serde_json::json!(["611", "622"]));
    assert_eq!(c["tags"], serde_json::json!(["vip"]));
    s.ok(&["client", "edit", "1", "--city", ""]);
    assert_eq!(
        s.json(&["client", "show", "1", "--format", "json"])["city"],
        Value::Null
    );
}

#[test]
fn delete_needs_yes() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana"]);
    assert_one_error_line(&s.fails(&["client", "delete", "1"]), "--yes");
    assert_eq!(
        s.json(&["client", "list", "--format", "json"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    s.ok(&["client", "delete", "1", "--yes"]);
    assert_eq!(
        s.json(&["client", "list", "--format", "json"]),
        serde_json::json!([])
    );
}

#[test]
fn user_mistakes_give_one_clear_line_and_write_nothing() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana"]);
    assert_eq!(
        s.fails(&["client", "show", "42"]),
        "error: no client with id 42\n"
    );
    let mistakes: &[(&[&str], &str)] = &[
        (
            &["client", "edit", "42", "--city", "X"],
            "no client with id 42",
        ),
        (&["client", "delete", "42", "--yes"], "no client with id 42"),
        (&["client", "add", "--phone", "600"], "--name is required"),
        (&["client", "add", "--name", "  "], "name: required"),
        (
            &["client", "add", "--name", "B", "--birthday", "31/02/2026"],
            "31/02/2026",
        ),
        (
            &["client", "add", "--name", "B", "--member-since", "ayer"],
            "--member-since",
        ),
        (
            &["client", "add", "--name", "B", "--email", "b@"],
            "not an email address",
        ),
        (&["client", "add", "--name", "B", "--referred-by", "9"], "9"),
        (
            &["client", "add", "--name", "B", "--kind", "robot"],
            "robot",
        ),
        (&["client", "add", "--name", "B", "--nope"], "--nope"),
        (&["client", "show", "uno"], "uno"),
    ];
    for (args, says) in mistakes {
        assert_one_error_line(&s.fails(args), says);
    }
    assert_eq!(
        s.json(&["client", "list", "--format", "json"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[test]
fn demo_is_deterministic_refuses_non_empty_and_force_replaces() {
    let a = Sandbox::new();
    let b = Sandbox::new();
    a.ok(&["demo", "--clients", "120", "--seed", "5"]);
    b.ok(&["demo", "--clients", "120", "--seed", "5"]);
    let la = a.ok(&["client", "list", "--format", "json"]);
    assert_eq!(la, b.ok(&["client", "list", "--format", "json"]));
    let clients: Value = serde_json::from_str(&la).expect("json");
    let clients = clients.as_array().expect("array");
    assert_eq!(clients.len(), 120);
    assert!(
        clients.iter().any(|c| !c["referred_by"].is_null()),
        "some referrals"
    );
    assert!(clients.iter().any(|c| {
        c["name"]
            .as_str()
            .is_some_and(|n| n.contains(['á', 'é', 'í', 'ó', 'ú', 'ñ']))
    }));
    assert_one_error_line(&a.fails(&["demo"]), "--force");
    a.ok(&["demo", "--clients", "10", "--force"]);
    assert_eq!(
        a.json(&["client", "list", "--format", "json"])
            .as_array()
            .map(Vec::len),
        Some(10)
    );
}

#[test]
fn the_demo_flag_uses_a_database_beside_the_real_one() {
    let s = Sandbox::new();
    let list = s.ok(&["--demo", "client", "list", "--format", "json"]);
    let clients: Value = serde_json::from_str(&list).expect("json");
    assert_eq!(clients.as_array().map(Vec::len), Some(300));
    assert!(s.dir.path().join("clientela-demo.db").exists());
    assert!(
        !s.dir.path().join("clientela.db").exists(),
        "the real database is never touched"
    );
}

#[test]
fn help_and_version_succeed() {
    let s = Sandbox::new();
    s.cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("client"));
    s.cmd()
        .args(["client", "add", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--referred-by"));
    s.cmd().arg("--version").assert().success();
}

/// `demo --force` keeps a copy of what it replaces, and is all or nothing: killed at
/// any moment, the database holds what it held or the whole demo, never part of it.
#[test]
fn demo_force_keeps_a_copy_first_and_is_all_or_nothing() {
    let s = Sandbox::new();
    for name in ["Ana", "Luis", "Marta"] {
        s.ok(&["client", "add", "--name", name]);
    }
    // A temporary demo database left by a run killed hours ago is cleared away.
    let stale = s.dir.path().join(".clientela-demo-KILLED.db");
    std::fs::write(&stale, "left by a killed run").expect("stale");
    let hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7 * 3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .and_then(|f| f.set_modified(hours_ago))
        .expect("age it");
    let said = s.ok(&["demo", "--clients", "20", "--force"]);
    assert!(
        said.contains("what was there (3 clients) is kept in"),
        "{said}"
    );
    let backups = s.dir.path().join("backups");
    let copies: Vec<_> = std::fs::read_dir(&backups)
        .expect("backups/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    let litter: Vec<_> = std::fs::read_dir(s.dir.path())
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(
        litter.is_empty(),
        "the demo's temporary files are gone: {litter:?}"
    );
    let kept = clientela::store::Store::open(&copies[0]).expect("the copy opens");
    assert_eq!(kept.client_count().expect("count"), 3);
    assert_eq!(
        s.json(&["client", "list", "--format", "json"])
            .as_array()
            .map(Vec::len),
        Some(20)
    );

    // Killed early, at several moments.
    let count = || {
        s.json(&["client", "list", "--format", "json"])
            .as_array()
            .map_or(0, Vec::len)
    };
    for wait_ms in [30, 120, 300, 700] {
        let before = count();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_clientela"))
            .env("HOME", s.dir.path())
            .env("CLIENTELA_TODAY", "2026-11-22")
            .args(["--db", &s.db(), "demo", "--clients", "4000", "--force"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(std::time::Duration::from_millis(wait_ms));
        let _ = child.kill();
        let _ = child.wait();
        let after = count();
        assert!(
            after == before || after == 4000,
            "killed after {wait_ms} ms: {after} clients (was {before})"
        );
    }
}

/// A name part given by hand stays, the others come from the rest of the name; an
/// honorific becomes the prefix.
#[test]
fn name_parts_given_by_hand_are_completed_from_the_name() {
    let s = Sandbox::new();
    let parts = |id: &str| {
        let c = s.json(&["client", "show", id, "--format", "json"]);
        format!(
            "{} | {} | {} | {}",
            c["prefix"], c["given_name"], c["surname"], c["second_surname"]
        )
    };
    let id = s.ok(&[
        "client",
        "add",
        "--name",
        "Ana Ruiz Gil",
        "--second-surname",
        "Gil",
    ]);
    assert_eq!(parts(id.trim()), "null | \"Ana\" | \"Ruiz\" | \"Gil\"");
    let id = s.ok(&[
        "client",
        "add",
        "--name",
        "Luz Mar Vela",
        "--given-name",
        "Luz Mar",
    ]);
    assert_eq!(parts(id.trim()), "null | \"Luz Mar\" | \"Vela\" | null");
    let id = s.ok(&["client", "add", "--name", "Dña. Carmen Sevilla Ruiz"]);
    assert_eq!(
        parts(id.trim()),
        "\"Dña.\" | \"Carmen\" | \"Sevilla\" | \"Ruiz\""
    );
    // Cleared, the surname comes back from the name.
    s.ok(&["client", "edit", id.trim(), "--surname", ""]);
    assert_eq!(
        parts(id.trim()),
        "\"Dña.\" | \"Carmen\" | \"Sevilla\" | \"Ruiz\""
    );
    // A new name: the parts still in it stay, the others (and the honorific taken
    // from the old name) follow it.
    s.ok(&[
        "client",
        "edit",
        id.trim(),
        "--name",
        "Carmen Sevilla López",
    ]);
    assert_eq!(
        parts(id.trim()),
        "null | \"Carmen\" | \"Sevilla\" | \"López\""
    );
    s.ok(&["client", "edit", id.trim(), "--surname", "Sevila"]);
    s.ok(&[
        "client",
        "edit",
        id.trim(),
        "--name",
        "Sra. Pilar Sanz Mora",
    ]);
    assert_eq!(
        parts(id.trim()),
        "\"Sra.\" | \"Pilar\" | \"Sanz\" | \"Mora\""
    );
    let id = s.ok(&["client", "add", "--name", "Rosa Sa", "--surname", "Sa"]);
    assert_eq!(
        parts(id.trim()),
        "null | \"Rosa\" | \"Sa\" | null",
        "whole words only"
    );
}
