//! Lossless round trips: the demo database exported in each of clientela's own formats
//! (CSV in both dialects, the workbook, vCard 3 and 4) and imported with default
//! options into an empty database recreates every card and every field, referrals
//! included (by the original id the file carries); only ids and timestamps differ.

mod common;

use std::collections::BTreeMap;

use common::sandbox::Sandbox;
use serde_json::Value;

/// Every card of `s` by name, emails and phones, without what may differ (ids, times,
/// the address-book identity a vCard export gives a card that had none), the referrer
/// named instead of numbered.
fn cards(s: &Sandbox) -> BTreeMap<String, Value> {
    let list = s.json(&["client", "list", "--format", "json"]);
    let list = list.as_array().expect("a list");
    let name_of = |id: &Value| {
        list.iter()
            .find(|c| c["id"] == *id)
            .map(|c| c["name"].clone())
            .unwrap_or(Value::Null)
    };
    list.iter()
        .map(|c| {
            let mut card = c.as_object().expect("an object").clone();
            for gone in ["id", "created_at", "updated_at", "uid"] {
                card.remove(gone);
            }
            card.insert("referred_by".into(), name_of(&c["referred_by"]));
            let key = format!("{} {} {}", c["name"], c["emails"], c["phones"]);
            (key, Value::Object(card))
        })
        .collect()
}

#[test]
fn every_own_format_round_trips_the_demo_database() {
    let s = Sandbox::new();
    s.ok(&["demo", "--clients", "300"]);
    // A tag with the list separator in it, and a company sharing another's email.
    s.ok(&[
        "client",
        "edit",
        "1",
        "--tag",
        "pedido;urgente",
        "--tag",
        "vip",
    ]);
    // Birthdays known by day and month only (a phone's contacts).
    s.ok(&["client", "edit", "2", "--birthday", "25/07"]);
    s.ok(&["client", "edit", "3", "--birthday", "--07-26"]);
    // Name parts set by hand, and a short surname that is inside the given name.
    s.ok(&[
        "client",
        "add",
        "--name",
        "Luis Gómez Ruiz Martín",
        "--surname",
        "Gómez Ruiz",
        "--second-surname",
        "Martín",
    ]);
    s.ok(&[
        "client",
        "add",
        "--name",
        "Rosa Sa",
        "--phone",
        "600 000 001",
    ]);
    let before = cards(&s);
    assert_eq!(before.len(), 302);
    assert_eq!(
        before
            .values()
            .filter(|c| c["birthday"] == "--07-26")
            .count(),
        1
    );
    let referrals = before
        .values()
        .filter(|c| !c["referred_by"].is_null())
        .count();
    assert!(referrals > 10, "the demo has referrals: {referrals}");
    for (format, file, args) in [
        ("rfc4180", "out.csv", vec!["export", "clients"]),
        (
            "excel-es",
            "out-es.csv",
            vec!["export", "clients", "--dialect", "excel-es"],
        ),
        ("xlsx", "out.xlsx", vec!["export", "clients"]),
        ("vcard 4", "out4.vcf", vec!["export", "vcard"]),
        (
            "vcard 3",
            "out3.vcf",
            vec!["export", "vcard", "--vcard-version", "3"],
        ),
    ] {
        let path = s.dir.path().join(file).display().to_string();
        let mut export = args.clone();
        export.extend(["-o", &path]);
        s.ok(&export);
        let t = Sandbox::new();
        let kind = if file.ends_with(".vcf") {
            "vcard"
        } else {
            "clients"
        };
        let said = t.ok(&["import", kind, &path]);
        assert!(
            said.contains("created 302, merged 0, skipped 0"),
            "{format}: {said}"
        );
        let after = cards(&t);
        for (key, card) in &before {
            assert_eq!(after.get(key), Some(card), "{format}: {key}");
        }
        assert_eq!(after.len(), before.len(), "{format}");
    }
}
