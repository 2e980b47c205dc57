//! `agenda` through the real binary: booking with clashes, lists, day sheets and due
//! reminders.

mod common;

use common::agenda::{add, booked, list};
use common::sandbox::{Sandbox, assert_one_error_line};
use serde_json::Value;

#[test]
fn a_clash_is_refused_naming_the_other_entry_and_back_to_back_is_not() {
    let s = booked();
    let err = s.fails(&[
        "agenda",
        "add",
        "--agenda",
        "jefe",
        "--title",
        "Visita",
        "--start",
        "2026-04-13 10:30",
        "--end",
        "11:30",
    ]);
    assert_one_error_line(&err, "Reunión semanal");
    assert!(
        err.contains("no. 1") && err.contains("2026-04-13 10:00–11:00"),
        "{err}"
    );
    assert!(err.contains("--allow-clash"), "{err}");
    // Back to back with the meeting: fine. In another agenda: fine. (Both come before
    // the visit is forced in, which then clashes with the meeting and with "Después".)
    add(
        &s,
        &[
            "--agenda",
            "Jefe",
            "--title",
            "Después",
            "--start",
            "2026-04-13 11:00",
            "--end",
            "12:00",
        ],
    );
    add(
        &s,
        &[
            "--agenda",
            "Tienda",
            "--title",
            "Otra agenda",
            "--start",
            "2026-04-13 10:30",
            "--end",
            "11:30",
        ],
    );
    let id = add(
        &s,
        &[
            "--agenda",
            "Jefe",
            "--title",
            "Visita",
            "--start",
            "2026-04-13 10:30",
            "--end",
            "11:30",
            "--allow-clash",
        ],
    );
    let day = list(&s, "2026-04-13", "2026-04-13");
    let clashes: Vec<(String, Value)> = day
        .iter()
        .map(|o| {
            (
                o["title"].as_str().unwrap_or("").to_string(),
                o["clashes_with"].clone(),
            )
        })
        .collect();
    assert_eq!(
        clashes,
        vec![
            (
                "Reunión semanal".into(),
                serde_json::json!([id.parse::<i64>().expect("id")])
            ),
            ("Visita".into(), serde_json::json!([1, 4])),
            ("Otra agenda".into(), serde_json::json!([])),
            (
                "Después".into(),
                serde_json::json!([id.parse::<i64>().expect("id")])
            ),
        ]
    );
}

#[test]
fn list_expands_series_with_every_documented_key() {
    let s = booked();
    let all = list(&s, "2026-03-23", "2026-05-10");
    let meetings: Vec<&str> = all
        .iter()
        .filter(|o| o["entry_id"] == 1)
        .map(|o| o["start"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        meetings,
        [
            "2026-03-23T10:00:00",
            "2026-03-30T10:00:00",
            "2026-04-06T10:00:00",
            "2026-04-13T10:00:00",
            "2026-04-20T10:00:00",
            "2026-04-27T10:00:00"
        ]
    );
    let call = all.iter().find(|o| o["entry_id"] == 2).expect("the call");
    for key in [
        "entry_id",
        "agenda",
        "title",
        "start",
        "end",
        "all_day",
        "category",
        "client_id",
        "status",
        "clashes_with",
    ] {
        assert!(call.get(key).is_some(), "{key}");
    }
    assert_eq!(call["agenda"], "Secretaría");
    assert_eq!(call["client_id"], 1);
    assert_eq!(call["category"], "call");
    let fair = all.iter().find(|o| o["entry_id"] == 3).expect("the fair");
    assert_eq!(fair["all_day"], true);
    assert_eq!(fair["end"], "2026-04-03T00:00:00");
    // Only one agenda.
    let v = s.json(&[
        "agenda",
        "list",
        "--agenda",
        "Secretaría",
        "--from",
        "2026-03-01",
        "--to",
        "2026-12-31",
        "--format",
        "json",
    ]);
    assert_eq!(v.as_array().map(Vec::len), Some(1));
    assert_one_error_line(
        &s.fails(&["agenda", "list", "--agenda", "Nadie"]),
        "Jefe, Secretaría, Tienda",
    );
}

#[test]
fn the_day_sheet_names_everything_in_both_languages() {
    let s = booked();
    let en = s.ok(&["agenda", "print", "--date", "2026-03-30"]);
    assert!(en.contains("Agenda “Jefe” · Monday 2026-03-30"), "{en}");
    assert!(en.contains("[ ] 10:00–11:00   Reunión semanal"), "{en}");
    assert!(en.contains("Meeting · Location: Despacho"), "{en}");
    assert!(en.contains("Client: Ana Núñez"), "{en}");
    assert!(
        en.contains("Agenda “Tienda”") && en.contains("Nothing booked."),
        "{en}"
    );
    let es = s
        .cmd()
        .args([
            "--db",
            &s.db(),
            "agenda",
            "print",
            "--date",
            "2026-04-02",
            "--agenda",
            "Jefe",
        ])
        .env("LANG", "es_ES.UTF-8")
        .output()
        .expect("run");
    let es = String::from_utf8(es.stdout).expect("utf-8");
    assert!(es.starts_with("Agenda «Jefe» · jueves 02/04/2026"), "{es}");
    assert!(
        es.contains("Todo el día   Feria") && es.contains("Actividad"),
        "{es}"
    );
}

#[test]
fn due_lists_what_is_to_be_reminded_now() {
    let s = booked();
    let due = |now: &str| -> Vec<Value> {
        let out = s
            .cmd()
            .env("CLIENTELA_TODAY", now)
            .args(["--db", &s.db(), "agenda", "due", "--format", "json"])
            .output()
            .expect("run");
        serde_json::from_slice::<Value>(&out.stdout)
            .expect("json")
            .as_array()
            .expect("array")
            .clone()
    };
    assert!(due("2026-04-06 09:29").is_empty());
    let now = due("2026-04-06 09:30");
    assert_eq!(now.len(), 1);
    assert_eq!(now[0]["start"], "2026-04-06T10:00:00");
    assert_eq!(due("2026-04-06 09:59").len(), 1);
    assert!(due("2026-04-06 10:00").is_empty());
}

/// Days outside 1900–2200, series that would end past them, and counts, steps and
/// reminders beyond any use are refused at the edge with one line; nothing is written.
#[test]
fn dates_and_numbers_out_of_the_calendar_are_refused() {
    let s = Sandbox::new();
    let add = |extra: &[&str]| {
        let mut args = vec!["agenda", "add", "--agenda", "Jefe", "--title", "Cita"];
        args.extend_from_slice(extra);
        s.fails(&args)
    };
    let cases: [(&[&str], &str); 7] = [
        (
            &["--start", "9999-12-31 10:00", "--end", "11:00"],
            "outside the years 1900 to 2200",
        ),
        (
            &["--start", "9999-12-31", "--all-day"],
            "outside the years 1900 to 2200",
        ),
        (
            &["--start", "1066-10-14 10:00", "--end", "11:00"],
            "outside the years 1900 to 2200",
        ),
        (
            &[
                "--start",
                "2026-11-23 10:00",
                "--end",
                "11:00",
                "--repeat",
                "yearly",
                "--count",
                "8000",
            ],
            "outside the years 1900 to 2200",
        ),
        (
            &[
                "--start",
                "2026-11-23 10:00",
                "--end",
                "11:00",
                "--repeat",
                "daily",
                "--count",
                "4294967295",
            ],
            "--count <N>: must be between 1 and 10000",
        ),
        (
            &[
                "--start",
                "2026-11-23 10:00",
                "--end",
                "11:00",
                "--repeat",
                "weekly",
                "--every",
                "4294967295",
            ],
            "--every <N>: must be between 1 and 1000",
        ),
        (
            &[
                "--start",
                "2026-11-23 10:00",
                "--end",
                "11:00",
                "--reminder",
                "4294967295",
            ],
            "at most 10080 minutes",
        ),
    ];
    for (extra, says) in cases {
        assert_one_error_line(&add(extra), says);
    }
    let all = s.json(&[
        "agenda",
        "list",
        "--from",
        "1900-01-01",
        "--to",
        "2200-12-31",
        "--format",
        "json",
    ]);
    assert_eq!(all, serde_json::json!([]), "nothing written");
}

/// `--end` takes a length as the form's end does (`30m`, `1h30`, `+45`).
#[test]
fn the_end_may_be_a_length() {
    let s = Sandbox::new();
    s.ok(&[
        "agenda",
        "add",
        "--agenda",
        "Jefe",
        "--title",
        "Dentista",
        "--start",
        "2026-12-01 10:00",
        "--end",
        "1h30",
    ]);
    let listed = s.json(&[
        "agenda",
        "list",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-01",
        "--format",
        "json",
    ]);
    assert_eq!(listed[0]["end"], "2026-12-01T11:30:00");
}

/// A date without its year is in this year, as the TUI's `g` takes it.
#[test]
fn a_start_without_the_year_is_this_year() {
    let s = Sandbox::new();
    s.ok(&[
        "agenda",
        "add",
        "--agenda",
        "Tienda",
        "--title",
        "Inventario",
        "--start",
        "30/11 10:00",
        "--end",
        "30m",
    ]);
    let listed = s.ok(&[
        "agenda",
        "list",
        "--from",
        "2026-11-30",
        "--to",
        "2026-11-30",
    ]);
    assert!(
        listed.contains("10:00–10:30") && listed.contains("Inventario"),
        "{listed}"
    );
}
