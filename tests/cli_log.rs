//! `log`, `complaint` and `classify` through the real binary.

mod common;

use common::sandbox::{Sandbox, assert_one_error_line};
use serde_json::{Value, json};

fn shop() -> Sandbox {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana Núñez"]);
    s.ok(&["client", "add", "--name", "Bea Soler", "--referred-by", "1"]);
    s
}

#[test]
fn log_add_prints_the_id_and_log_list_is_newest_first() {
    let s = shop();
    assert_eq!(
        s.ok(&[
            "log",
            "add",
            "1",
            "--kind",
            "purchase",
            "--amount",
            "12,50",
            "--margin",
            "3.10",
            "--at",
            "2026-11-01 10:30"
        ]),
        "1\n"
    );
    assert_eq!(
        s.ok(&[
            "log",
            "add",
            "1",
            "--kind",
            "survey",
            "--expected",
            "3",
            "--perceived",
            "5",
            "--at",
            "2026-11-02"
        ]),
        "2\n"
    );
    assert_eq!(
        s.ok(&[
            "log",
            "add",
            "1",
            "--kind",
            "call",
            "--note",
            "Pregunta por su pedido"
        ]),
        "3\n"
    );
    let log = s.json(&["log", "list", "1", "--format", "json"]);
    let ids: Vec<_> = log
        .as_array()
        .expect("array")
        .iter()
        .map(|e| e["id"].clone())
        .collect();
    assert_eq!(ids, [json!(3), json!(2), json!(1)]);
    assert_eq!(log[0]["channel"], "phone", "a call defaults to the phone");
    assert_eq!(
        log[0]["at"], "2026-11-22T12:00:00",
        "now, from the injected clock"
    );
    assert_eq!(log[2]["amount_cents"], 1250);
    assert_eq!(log[2]["margin_cents"], 310);
    assert_eq!(log[1]["expected"], 3);
    assert_eq!(log[1]["perceived"], 5);
    let table = s.ok(&["log", "list", "1"]);
    assert!(
        table.contains("12.50") && table.contains("Pregunta por su pedido"),
        "{table}"
    );
    assert_eq!(s.json(&["log", "list", "2", "--format", "json"]), json!([]));
}

#[test]
fn bad_log_input_is_refused_with_one_line_and_writes_nothing() {
    let s = shop();
    let mistakes: &[(&[&str], &str)] = &[
        (
            &["log", "add", "42", "--kind", "visit"],
            "no client with id 42",
        ),
        (
            &[
                "log", "add", "1", "--kind", "purchase", "--amount", "12,5,0",
            ],
            "12,5,0",
        ),
        (
            &["log", "add", "1", "--kind", "purchase"],
            "needs an amount",
        ),
        (
            &["log", "add", "1", "--kind", "visit", "--amount", "3"],
            "only purchases",
        ),
        (
            &[
                "log",
                "add",
                "1",
                "--kind",
                "survey",
                "--expected",
                "7",
                "--perceived",
                "3",
            ],
            "7",
        ),
        (
            &["log", "add", "1", "--kind", "survey", "--expected", "3"],
            "--perceived",
        ),
        (
            &[
                "log",
                "add",
                "1",
                "--kind",
                "call",
                "--expected",
                "3",
                "--perceived",
                "3",
            ],
            "only surveys and visits",
        ),
        (
            &["log", "add", "1", "--kind", "visit", "--at", "31/02/2026"],
            "31/02/2026",
        ),
        (&["log", "add", "1", "--kind", "chat"], "chat"),
        (&["log", "list", "42"], "no client with id 42"),
    ];
    for (args, says) in mistakes {
        assert_one_error_line(&s.fails(args), says);
    }
    assert_eq!(s.json(&["log", "list", "1", "--format", "json"]), json!([]));
}

#[test]
fn complaints_are_listed_by_age_and_resolved_with_the_answer() {
    let s = shop();
    s.ok(&[
        "log",
        "add",
        "2",
        "--kind",
        "complaint",
        "--note",
        "Tardó mucho",
        "--at",
        "2026-11-20",
    ]);
    s.ok(&[
        "log",
        "add",
        "1",
        "--kind",
        "complaint",
        "--note",
        "Llegó roto",
        "--at",
        "2026-11-10",
    ]);
    s.ok(&["log", "add", "1", "--kind", "visit"]);
    let open = s.json(&["complaint", "list", "--open", "--format", "json"]);
    assert_eq!(open[0]["client_name"], "Ana Núñez");
    assert_eq!(open[0]["age_days"], 12);
    assert_eq!(open[0]["status"], "open");
    assert_eq!(open[1]["note"], "Tardó mucho");
    s.ok(&[
        "complaint",
        "resolve",
        "2",
        "--answer",
        "Se le cambió el producto",
    ]);
    let open = s.json(&["complaint", "list", "--open", "--format", "json"]);
    assert_eq!(open.as_array().map(Vec::len), Some(1));
    let all = s.json(&["complaint", "list", "--format", "json"]);
    let resolved = all
        .as_array()
        .expect("array")
        .iter()
        .find(|c| c["id"] == 2)
        .expect("resolved one");
    assert_eq!(resolved["resolution"], "Se le cambió el producto");
    assert_eq!(resolved["resolved_at"], "2026-11-22T12:00:00");
    assert_one_error_line(
        &s.fails(&["complaint", "resolve", "2", "--answer", "otra"]),
        "already resolved",
    );
    assert_one_error_line(
        &s.fails(&["complaint", "resolve", "3", "--answer", "x"]),
        "not a complaint",
    );
    assert_one_error_line(
        &s.fails(&["complaint", "resolve", "99", "--answer", "x"]),
        "no log entry with id 99",
    );
    assert_one_error_line(
        &s.fails(&["complaint", "resolve", "1", "--answer", " "]),
        "empty",
    );
}

#[test]
fn classify_gives_every_dimension_as_of_any_day() {
    let s = shop();
    s.ok(&[
        "log",
        "add",
        "1",
        "--kind",
        "purchase",
        "--amount",
        "300",
        "--at",
        "2026-11-01",
    ]);
    s.ok(&[
        "log",
        "add",
        "2",
        "--kind",
        "purchase",
        "--amount",
        "100",
        "--at",
        "2026-03-01",
    ]);
    s.ok(&[
        "log",
        "add",
        "2",
        "--kind",
        "visit",
        "--expected",
        "4",
        "--perceived",
        "2",
        "--at",
        "2026-03-01",
    ]);
    let rows = s.json(&["classify", "--format", "json"]);
    let ana = &rows[0];
    let mut keys: Vec<&str> = ana
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    let mut expected = [
        "client_id",
        "name",
        "lifecycle",
        "frequency",
        "volume",
        "satisfaction",
        "satisfaction_gap",
        "purchases_in_window",
        "spend_in_window_cents",
        "last_purchase",
        "referrals",
    ];
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(ana["lifecycle"], "active");
    assert_eq!(ana["frequency"], "occasional");
    assert_eq!(ana["volume"], "high", "300 against a mean of 200");
    assert_eq!(ana["satisfaction"], "unknown");
    assert_eq!(ana["satisfaction_gap"], Value::Null);
    assert_eq!(ana["referrals"], 1);
    let bea = &rows[1];
    assert_eq!(bea["lifecycle"], "inactive", "266 days since March");
    assert_eq!(bea["volume"], "low");
    assert_eq!(bea["satisfaction"], "dissatisfied");
    assert_eq!(bea["satisfaction_gap"], -2.0);
    assert_eq!(bea["last_purchase"], "2026-03-01");

    let before = s.json(&[
        "classify",
        "--as-of",
        "2026-10-01",
        "--client",
        "1",
        "--format",
        "json",
    ]);
    assert_eq!(before.as_array().map(Vec::len), Some(1));
    assert_eq!(
        before[0]["lifecycle"], "potential",
        "the November purchase does not count yet"
    );
    let csv = s.ok(&["classify", "--format", "csv"]);
    assert!(
        csv.starts_with("client_id,name,lifecycle,frequency,volume,satisfaction,"),
        "{csv}"
    );
    assert!(s.ok(&["classify"]).contains("Ana Núñez"));
    assert_one_error_line(
        &s.fails(&["classify", "--as-of", "31/02/2026"]),
        "31/02/2026",
    );
    assert_one_error_line(
        &s.fails(&["classify", "--client", "42"]),
        "no client with id 42",
    );
}

/// One entry carries at most 10,000,000.00, so no total can overflow afterwards.
#[test]
fn an_amount_beyond_the_bound_is_refused_and_nothing_is_written() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana"]);
    for amount in ["92233720368547758.07", "10000000.01"] {
        let err = s.fails(&["log", "add", "1", "--kind", "purchase", "--amount", amount]);
        assert_one_error_line(&err, "goes up to 10000000.00");
    }
    let err = s.fails(&[
        "log",
        "add",
        "1",
        "--kind",
        "purchase",
        "--amount",
        "10",
        "--margin",
        "99999999.99",
    ]);
    assert_one_error_line(&err, "goes up to 10000000.00");
    assert_eq!(s.json(&["log", "list", "1", "--format", "json"]), json!([]));
    s.ok(&[
        "log",
        "add",
        "1",
        "--kind",
        "purchase",
        "--amount",
        "10000000.00",
    ]);
    let card = s.json(&["client", "show", "1", "--format", "json"]);
    assert_eq!(card["name"], "Ana", "the card still opens");
}

/// A wrong entry is corrected or deleted; a return is a purchase with a negative
/// amount, listed as a return and not counted as a purchase.
#[test]
fn log_edit_corrects_an_entry_and_log_delete_asks_for_yes() {
    let s = shop();
    let add = |args: &[&str]| s.ok(&[&["log", "add", "1"][..], args].concat());
    // A purchase of 0 is refused; 2,50 is typed where 25,00 was meant.
    assert_one_error_line(
        &s.fails(&["log", "add", "1", "--kind", "purchase", "--amount", "0"]),
        "other than 0",
    );
    add(&[
        "--kind",
        "purchase",
        "--amount",
        "2,50",
        "--at",
        "2026-11-01 10:30",
    ]);
    add(&[
        "--kind",
        "purchase",
        "--amount",
        "40",
        "--at",
        "2026-11-02 10:30",
    ]);
    add(&[
        "--kind",
        "visit",
        "--note",
        "mira",
        "--at",
        "2026-11-03 10:30",
    ]);
    // The 2,50 typed by mistake becomes 25,00 with its margin; only that changes; a
    // margin beyond the amount is refused.
    assert_one_error_line(
        &s.fails(&["log", "edit", "1", "--amount", "25,00", "--margin", "30"]),
        "margin cannot be greater",
    );
    assert_eq!(
        s.ok(&["log", "edit", "1", "--amount", "25,00", "--margin", "7,5"]),
        "Log entry 1 corrected.\n"
    );
    let one = |id: i64| {
        let list = s.json(&["log", "list", "1", "--format", "json"]);
        list.as_array()
            .expect("array")
            .iter()
            .find(|e| e["id"] == id)
            .cloned()
            .expect("listed")
    };
    let e = one(1);
    assert_eq!(
        (&e["amount_cents"], &e["margin_cents"], &e["at"], &e["kind"]),
        (
            &json!(2500),
            &json!(750),
            &json!("2026-11-01T10:30:00"),
            &json!("purchase")
        )
    );
    // Empty clears; a bad value is refused naming the flag and changes nothing.
    s.ok(&["log", "edit", "1", "--margin", ""]);
    assert_eq!(one(1)["margin_cents"], json!(null));
    assert_one_error_line(
        &s.fails(&["log", "edit", "1", "--amount", "doce"]),
        "--amount",
    );
    assert_one_error_line(
        &s.fails(&["log", "edit", "3", "--amount", "5"]),
        "only purchases",
    );
    assert_one_error_line(&s.fails(&["log", "edit", "9", "--note", "x"]), "9");
    assert_one_error_line(&s.fails(&["log", "edit", "1"]), "nothing to change");
    // A purchase that becomes a visit loses its amount and margin (as in the TUI).
    s.ok(&["log", "edit", "2", "--kind", "visit"]);
    assert_eq!(
        (&one(2)["kind"], &one(2)["amount_cents"], &one(2)["channel"]),
        (&json!("visit"), &json!(null), &json!("in_person"))
    );
    s.ok(&["log", "edit", "2", "--kind", "purchase", "--amount", "40"]);
    assert_eq!(one(1)["amount_cents"], json!(2500));
    // A return: listed as such, not a purchase for frequency.
    add(&[
        "--kind",
        "purchase",
        "--amount",
        "-15,00",
        "--at",
        "2026-11-04 12:00",
    ]);
    let table = s.ok(&["log", "list", "1"]);
    assert!(
        table.contains("return") && table.contains("-15.00"),
        "{table}"
    );
    let c = s.json(&[
        "classify",
        "--client",
        "1",
        "--as-of",
        "2026-11-22",
        "--format",
        "json",
    ]);
    assert_eq!(c[0]["purchases_in_window"], json!(2), "{c}");
    assert_eq!(
        c[0]["spend_in_window_cents"],
        json!(2500 + 4000 - 1500),
        "{c}"
    );
    // Delete asks for --yes, naming what it would delete.
    let refused = s.fails(&["log", "delete", "2"]);
    assert_one_error_line(&refused, "without --yes");
    assert!(
        refused.contains("purchase") && refused.contains("40.00"),
        "{refused}"
    );
    assert_eq!(
        s.ok(&["log", "delete", "2", "--yes"]),
        "Log entry 2 deleted.\n"
    );
    let ids: Vec<i64> = s
        .json(&["log", "list", "1", "--format", "json"])
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|e| e["id"].as_i64())
        .collect();
    assert_eq!(ids, [4, 3, 1]);
    assert_one_error_line(&s.fails(&["log", "delete", "2", "--yes"]), "2");
}

/// `--kind return` is a purchase given back: its amount (and margin) stored negative
/// whatever sign was typed, in `log add` and `log edit`.
#[test]
fn a_return_is_a_purchase_with_its_amount_given_back() {
    let s = shop();
    let id = s.ok(&[
        "log", "add", "1", "--kind", "return", "--amount", "12,50", "--margin", "3",
    ]);
    let id = id.trim();
    s.ok(&["log", "add", "1", "--kind", "purchase", "--amount", "8"]);
    let list = s.json(&["log", "list", "1", "--format", "json"]);
    let entry = |id: &str| {
        list.as_array()
            .expect("array")
            .iter()
            .find(|e| e["id"] == id.parse::<i64>().unwrap_or(0))
            .cloned()
            .expect("listed")
    };
    let r = entry(id);
    assert_eq!(
        (&r["kind"], &r["amount_cents"], &r["margin_cents"]),
        (&json!("purchase"), &json!(-1250), &json!(-300))
    );
    // The purchase of 8 turned into a return of 8.
    let other = if id == "1" { "2" } else { "1" };
    s.ok(&["log", "edit", other, "--kind", "return"]);
    let list = s.json(&["log", "list", "1", "--format", "json"]);
    let edited = list
        .as_array()
        .expect("array")
        .iter()
        .find(|e| e["id"] == other.parse::<i64>().unwrap_or(0))
        .cloned()
        .expect("listed");
    assert_eq!(edited["amount_cents"], json!(-800));
    assert_one_error_line(
        &s.fails(&["log", "add", "1", "--kind", "return"]),
        "needs an amount",
    );
}

/// An entry dated after today (2062 typed for 2026) is refused, in `log add` and in a
/// correction; today itself is fine.
#[test]
fn an_entry_after_today_is_refused() {
    let s = shop();
    assert_one_error_line(
        &s.fails(&["log", "add", "1", "--kind", "visit", "--at", "2062-11-01"]),
        "2062-11-01 00:00 is after today",
    );
    s.ok(&[
        "log",
        "add",
        "1",
        "--kind",
        "visit",
        "--at",
        "2026-11-22 18:00",
    ]);
    assert_one_error_line(
        &s.fails(&["log", "edit", "1", "--at", "23/11/2026"]),
        "is after today",
    );
}
