//! `loyalty` and `dashboard` through the real binary.

mod common;

use common::sandbox::{Sandbox, assert_one_error_line};
use serde_json::json;

/// Ana: member since 2025, buys and rates the shop well. Bea: one purchase, unhappy.
fn shop() -> Sandbox {
    let s = Sandbox::new();
    s.ok(&[
        "client",
        "add",
        "--name",
        "Ana Núñez",
        "--member-since",
        "2025-01-15",
    ]);
    s.ok(&["client", "add", "--name", "Bea Soler"]);
    let log = |args: &[&str]| {
        let mut all = vec!["log", "add"];
        all.extend_from_slice(args);
        s.ok(&all);
    };
    log(&[
        "1",
        "--kind",
        "purchase",
        "--amount",
        "40",
        "--margin",
        "8",
        "--at",
        "2026-11-01",
    ]);
    log(&[
        "1",
        "--kind",
        "survey",
        "--expected",
        "3",
        "--perceived",
        "4",
        "--at",
        "2026-11-02",
    ]);
    log(&[
        "2",
        "--kind",
        "purchase",
        "--amount",
        "10",
        "--at",
        "2026-10-01",
    ]);
    log(&[
        "2",
        "--kind",
        "visit",
        "--expected",
        "4",
        "--perceived",
        "2",
        "--at",
        "2026-10-01",
    ]);
    log(&[
        "2",
        "--kind",
        "complaint",
        "--note",
        "Pedido roto",
        "--at",
        "2026-11-12",
    ]);
    s
}

#[test]
fn loyalty_json_has_the_documented_keys_and_values() {
    let s = shop();
    let rows = s.json(&["loyalty", "--format", "json"]);
    assert_eq!(
        rows[0],
        json!({
            "client_id": 1,
            "name": "Ana Núñez",
            "quadrant": "apostle",
            "bonded": true,
            "satisfied": true,
            "conditions": {
                "predisposition": true,
                "buys": true,
                "endures": false,
                "profitable": true
            },
            "loyal": false,
            "loyal_not_profitable": false,
            "suggested_action": "ask_for_referrals",
            "member": true,
            "first_purchase": "2026-11-01",
            "last_purchase": "2026-11-01",
            "margin_in_window_cents": 800
        })
    );
    assert_eq!(rows[1]["quadrant"], "terrorist");
    assert_eq!(rows[1]["conditions"]["profitable"], json!(null));
    assert_eq!(rows[1]["suggested_action"], "recover_or_let_go");
    // As of a day before any purchase or valuation, with one client.
    let early = s.json(&[
        "loyalty",
        "--as-of",
        "2026-09-01",
        "--client",
        "1",
        "--format",
        "json",
    ]);
    assert_eq!(early.as_array().map(Vec::len), Some(1));
    assert_eq!(early[0]["quadrant"], "unknown");
    assert_eq!(early[0]["satisfied"], json!(null));
    assert_eq!(early[0]["conditions"]["buys"], false);
}

#[test]
fn loyalty_table_and_csv() {
    let s = shop();
    let table = s.ok(&["loyalty"]);
    assert!(
        table
            .lines()
            .next()
            .is_some_and(|h| h.contains("Suggested action"))
    );
    assert!(
        table.contains("Apostle") && table.contains("✓✓✗✓"),
        "{table}"
    );
    let spanish = s
        .cmd()
        .env("LANG", "es_ES.UTF-8")
        .args(["--db", &s.db(), "loyalty"])
        .output()
        .expect("run");
    let spanish = String::from_utf8(spanish.stdout).expect("utf-8");
    assert!(
        spanish.contains("Apóstol") && spanish.contains("Terrorista"),
        "{spanish}"
    );
    let csv = s.ok(&["loyalty", "--format", "csv"]);
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some(
            "client_id,name,quadrant,bonded,satisfied,predisposition,buys,endures,profitable,\
             loyal,loyal_not_profitable,suggested_action,member,first_purchase,last_purchase,\
             margin_in_window_cents"
        )
    );
    assert_eq!(
        lines.nth(1),
        Some(
            "2,Bea Soler,terrorist,false,false,false,true,false,,false,false,recover_or_let_go,\
             false,2026-10-01,2026-10-01,"
        )
    );
}

#[test]
fn dashboard_json_has_every_figure() {
    let s = shop();
    let d = s.json(&["dashboard", "--format", "json"]);
    assert_eq!(d["as_of"], "2026-11-22");
    assert_eq!(d["clients"], 2);
    assert_eq!(
        d["quadrants"][0],
        json!({"quadrant": "apostle", "clients": 1, "spend_in_window_cents": 4000, "referrals": 0})
    );
    assert_eq!(d["quadrants"].as_array().map(Vec::len), Some(5));
    assert_eq!(
        d["retention"],
        json!({"count": 0, "of": 0, "percent": null})
    );
    assert_eq!(d["open_complaints"], 1);
    assert_eq!(d["open_complaints_median_days"], 10.0);
    let months = d["months"].as_array().expect("months");
    assert_eq!(months.len(), 24);
    assert_eq!(
        months[23],
        json!({"month": "2026-11", "spend_cents": 4000, "active_clients": 2})
    );
    let groups: Vec<&str> = d["todo"]
        .as_array()
        .expect("todo")
        .iter()
        .filter_map(|g| g["group"].as_str())
        .collect();
    assert_eq!(
        groups,
        [
            "hostage_complaints",
            "mercenaries_to_bond",
            "win_back",
            "birthdays"
        ]
    );
}

#[test]
fn dashboard_text_in_both_languages_and_bad_dates() {
    let s = shop();
    let text = s.ok(&["dashboard"]);
    assert!(
        text.starts_with("Dashboard as of 2026-11-22 · 2 clients"),
        "{text}"
    );
    assert!(
        text.contains("Open complaints: 1 · median age 10.0 days"),
        "{text}"
    );
    assert!(text.contains("2026-11  40.00"), "{text}");
    let es = s
        .cmd()
        .env("LANG", "es_ES.UTF-8")
        .args(["--db", &s.db(), "dashboard"])
        .output()
        .expect("run");
    let es = String::from_utf8(es.stdout).expect("utf-8");
    assert!(es.starts_with("Panel a 22/11/2026 · 2 clientes"), "{es}");
    assert!(es.contains("Tareas de hoy"), "{es}");
    let err = s.fails(&["dashboard", "--as-of", "2026-13-01"]);
    assert_one_error_line(&err, "--as-of");
    let err = s.fails(&["loyalty", "--client", "99"]);
    assert_one_error_line(&err, "99");
}
