//! iCalendar files through the real binary, checked by independent parsers: the
//! `icalendar` crate's parser for the structure, the `rrule` crate for what the series
//! mean.

mod common;

use std::collections::BTreeSet;

use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Europe::Madrid;
use common::agenda::{booked, list};
use common::sandbox::{Sandbox, assert_one_error_line};
use icalendar::parser::{Component, read_calendar, unfold};

fn events<'a>(calendar: &'a [Component<'a>]) -> Vec<&'a Component<'a>> {
    calendar
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect()
}

fn value<'a>(c: &'a Component<'a>, name: &str) -> Option<&'a str> {
    c.properties
        .iter()
        .find(|p| p.name.as_str() == name)
        .map(|p| p.val.as_str())
}

#[test]
fn the_ics_export_is_valid_and_its_rules_mean_what_the_agenda_shows() {
    let s = booked();
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("jefe.ics");
    let path = file.display().to_string();
    s.ok(&["agenda", "export", "--agenda", "Jefe", "-o", &path]);
    let text = std::fs::read_to_string(&file).expect("written");
    assert!(text.lines().all(|l| l.len() <= 76), "folded at 75 octets");
    assert!(text.contains("\r\n"), "CRLF");
    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).expect("an independent parser reads it");
    let top: Vec<&str> = cal.properties.iter().map(|p| p.name.as_str()).collect();
    assert!(
        top.contains(&"VERSION") && top.contains(&"PRODID"),
        "{top:?}"
    );
    let tz = cal
        .components
        .iter()
        .find(|c| c.name.as_str() == "VTIMEZONE")
        .expect("VTIMEZONE");
    assert_eq!(value(tz, "TZID"), Some("Europe/Madrid"));
    let evs = events(&cal.components);
    assert_eq!(evs.len(), 2);
    for e in &evs {
        for key in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "RRULE"] {
            assert!(value(e, key).is_some(), "{key} in {e:?}");
        }
    }
    let meeting = evs
        .iter()
        .find(|e| value(e, "SUMMARY") == Some("Reunión semanal"))
        .expect("meeting");
    let alarm = meeting
        .components
        .iter()
        .find(|c| c.name.as_str() == "VALARM")
        .expect("VALARM");
    assert_eq!(value(alarm, "TRIGGER"), Some("-PT30M"));
    assert_eq!(value(meeting, "LOCATION"), Some("Despacho"));

    // What the RRULE means, expanded by the rrule crate, is what the agenda lists.
    let rrule_starts = |e: &Component<'_>| -> Vec<NaiveDateTime> {
        let lines: Vec<String> = e
            .properties
            .iter()
            .filter(|p| ["DTSTART", "RRULE", "EXDATE"].contains(&p.name.as_str()))
            .map(|p| {
                let params: String = p
                    .params
                    .iter()
                    .map(|q| {
                        format!(
                            ";{}={}",
                            q.key.as_str(),
                            q.val.as_ref().map(|v| v.as_str()).unwrap_or("")
                        )
                    })
                    .collect();
                format!("{}{params}:{}", p.name.as_str(), p.val.as_str())
            })
            .collect();
        let set: rrule::RRuleSet = lines.join("\n").parse().expect("rrule parses it");
        set.all(100).dates.iter().map(|d| d.naive_local()).collect()
    };
    let listed: Vec<NaiveDateTime> = list(&s, "2026-01-01", "2031-12-31")
        .iter()
        .filter(|o| o["entry_id"] == 1)
        .map(|o| {
            o["start"]
                .as_str()
                .and_then(|t| t.parse().ok())
                .expect("start")
        })
        .collect();
    assert_eq!(rrule_starts(meeting), listed);
    let fair = evs
        .iter()
        .find(|e| value(e, "SUMMARY") == Some("Feria"))
        .expect("fair");
    assert_eq!(rrule_starts(fair).len(), 5, "2026 to 2030");
    // Every meeting is at 10:00 Madrid time: 09:00 UTC in March, 08:00 UTC after.
    let utc: Vec<u32> = listed
        .iter()
        .map(|t| {
            Madrid
                .from_local_datetime(t)
                .single()
                .expect("one instant")
                .naive_utc()
                .format("%H")
                .to_string()
                .parse()
                .expect("hour")
        })
        .collect();
    assert_eq!(utc, [9, 8, 8, 8, 8, 8]);
}

#[test]
fn changed_occurrences_travel_through_ics_and_back() {
    let s = booked();
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("all.ics").display().to_string();
    s.ok(&["agenda", "export", "-o", &path]);
    let other = Sandbox::new();
    let out = other.ok(&[
        "agenda",
        "import",
        &path,
        "--agenda",
        "Teléfono",
        "--dry-run",
    ]);
    assert!(
        out.contains("3 entries would be imported into “Teléfono”"),
        "{out}"
    );
    assert!(
        other
            .ok(&["agenda", "agendas"])
            .lines()
            .all(|l| !l.contains("Teléfono")),
        "dry run writes nothing"
    );
    other.ok(&["agenda", "import", &path, "--agenda", "Teléfono"]);
    let theirs = |s: &Sandbox| -> BTreeSet<(String, String, String, bool)> {
        list(s, "2026-01-01", "2031-12-31")
            .iter()
            .map(|o| {
                (
                    o["title"].as_str().unwrap_or("").to_string(),
                    o["start"].as_str().unwrap_or("").to_string(),
                    o["end"].as_str().unwrap_or("").to_string(),
                    o["all_day"] == true,
                )
            })
            .collect()
    };
    assert_eq!(theirs(&s), theirs(&other));
    // Importing again adds nothing: the UIDs are there.
    let again = other.ok(&["agenda", "import", &path, "--agenda", "Teléfono"]);
    assert!(
        again.starts_with("0 entries") && again.contains("3 already there"),
        "{again}"
    );
}

#[test]
fn a_bad_ics_names_the_file_and_line_and_imports_nothing() {
    let s = Sandbox::new();
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("phone.ics");
    let good = "BEGIN:VEVENT\r\nUID:a@phone\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Dentista\r\nDTSTART:20260310T090000Z\r\nDTEND:20260310T100000Z\r\nEND:VEVENT\r\n";
    let bad = "BEGIN:VEVENT\r\nUID:b@phone\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Yoga\r\nDTSTART;TZID=Europe/Madrid:20260310T180000\r\nDTEND;TZID=Europe/Madrid:20260310T190000\r\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\nEND:VEVENT\r\n";
    std::fs::write(
        &file,
        format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{good}{bad}END:VCALENDAR\r\n"),
    )
    .expect("write");
    let path = file.display().to_string();
    let err = s.fails(&["agenda", "import", &path, "--agenda", "Jefe"]);
    assert_one_error_line(
        &err,
        &format!("{path}:17: event “Yoga”: RRULE part `BYDAY=TU,TH` is not supported"),
    );
    assert!(
        list(&s, "2026-03-01", "2026-03-31").is_empty(),
        "nothing imported"
    );
    // A weekly rule that names its own weekday, and a UTC time, are understood.
    std::fs::write(
        &file,
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{good}{}END:VCALENDAR\r\n",
            bad.replace("TU,TH", "TU")
        ),
    )
    .expect("write");
    s.ok(&["agenda", "import", &path, "--agenda", "Jefe"]);
    let got = list(&s, "2026-03-10", "2026-03-17");
    let starts: Vec<&str> = got
        .iter()
        .map(|o| o["start"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        starts,
        [
            "2026-03-10T10:00:00",
            "2026-03-10T18:00:00",
            "2026-03-17T18:00:00"
        ]
    );
    std::fs::write(&file, "hello").expect("write");
    assert_one_error_line(
        &s.fails(&["agenda", "import", &path, "--agenda", "Jefe"]),
        "not an iCalendar file",
    );
    std::fs::write(
        &file,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nno colon here\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .expect("write");
    let err = s.fails(&["agenda", "import", &path, "--agenda", "Jefe"]);
    assert_one_error_line(&err, &format!("{path}:"));
    assert!(err.contains("not valid iCalendar"), "{err}");
    assert_eq!(
        list(&s, "2026-03-10", "2026-03-17").len(),
        3,
        "still as before"
    );
}

/// A file nesting components thousands deep (which overflowed the parser's stack) is
/// refused with one line before it is parsed, even on a dry run.
#[test]
fn a_deeply_nested_ics_is_refused_before_parsing() {
    let s = Sandbox::new();
    let mut ics = String::new();
    for _ in 0..15_000 {
        ics.push_str("BEGIN:VCALENDAR\r\n");
    }
    for _ in 0..15_000 {
        ics.push_str("END:VCALENDAR\r\n");
    }
    let path = s.dir.path().join("deep.ics");
    std::fs::write(&path, ics).expect("write");
    let path = path.display().to_string();
    for dry in [true, false] {
        let mut args = vec!["agenda", "import", path.as_str(), "--agenda", "Jefe"];
        if dry {
            args.push("--dry-run");
        }
        let err = s.fails(&args);
        assert_one_error_line(&err, ":9: components nested deeper than 8 levels");
    }
    assert!(list(&s, "2000-01-01", "2100-01-01").is_empty());
}

/// Text that would retitle or clear the user's terminal is never stored as it came and
/// never printed raw, whatever the path: an .ics summary, a CLI flag, or data already
/// in an older database.
#[test]
fn escape_sequences_never_reach_the_terminal() {
    let s = Sandbox::new();
    let hostile = "Cita \u{1b}]0;HACKED\u{7}\u{1b}[2J";
    let ics = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//ES\r\nBEGIN:VEVENT\r\nUID:evil@x\r\n\
         DTSTAMP:20261101T000000Z\r\nDTSTART:20261123T100000\r\nDTEND:20261123T110000\r\n\
         SUMMARY:{hostile}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    let path = s.dir.path().join("evil.ics");
    std::fs::write(&path, ics).expect("write");
    s.ok(&[
        "agenda",
        "import",
        &path.display().to_string(),
        "--agenda",
        "Jefe",
    ]);
    s.ok(&[
        "client",
        "add",
        "--name",
        hostile,
        "--city",
        "Teruel\u{1b}[2J",
    ]);

    // A row written by an older clientela, escape and all.
    let conn = rusqlite::Connection::open(s.db()).expect("open");
    conn.execute(
        "UPDATE client SET address = ?1 WHERE id = 1",
        ["Calle \u{1b}[31mRoja"],
    )
    .expect("old data");
    drop(conn);

    for args in [
        vec!["agenda", "print", "--date", "2026-11-23"],
        vec!["agenda", "list", "--from", "2026-11-23"],
        vec!["client", "list"],
        vec!["client", "show", "1"],
    ] {
        let out = s.ok(&args);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{args:?}: {out:?}"
        );
    }
    let stored = s.json(&["client", "show", "1", "--format", "json"]);
    assert_eq!(
        stored["name"], "Cita ]0;HACKED[2J",
        "stored without controls"
    );
    assert_eq!(stored["city"], "Teruel[2J");
}

/// A refused calendar file leaves nothing behind: not even the agenda it named (a
/// misspelt name became a new agenda before the file was read).
#[test]
fn a_refused_file_makes_no_agenda() {
    let s = Sandbox::new();
    let path = s.dir.path().join("mala.ics");
    std::fs::write(
        &path,
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:Al revés\nDTSTART:20261201T110000\nDTEND:20261201T100000\nEND:VEVENT\nEND:VCALENDAR\n",
    )
    .expect("write");
    let path = path.display().to_string();
    let before = s.ok(&["agenda", "agendas"]);
    assert_one_error_line(
        &s.fails(&["agenda", "import", &path, "--agenda", "Nadie"]),
        "is before the start",
    );
    assert_eq!(s.ok(&["agenda", "agendas"]), before, "no agenda made");
    assert!(!before.contains("Nadie"));
}

/// An export to a file says how many and where, as every export to a file does; to
/// standard output it writes the file alone.
#[test]
fn an_export_to_a_file_says_where_it_went() {
    let s = Sandbox::new();
    s.ok(&[
        "agenda",
        "add",
        "--agenda",
        "Tienda",
        "--title",
        "Inventario",
        "--start",
        "2026-11-30 10:00",
        "--end",
        "30m",
    ]);
    let file = s.dir.path().join("tienda.ics");
    let file = file.display().to_string();
    let out = s
        .cmd()
        .env("LANG", "es_ES.UTF-8")
        .args(["--db", &s.db(), "agenda", "export", "-o", &file])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("1 cita escrita en {file}\n")
    );
    let out = s
        .cmd()
        .args(["--db", &s.db(), "client", "add", "--name", "Ana"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let json = s.dir.path().join("ana.json").display().to_string();
    let out = s
        .cmd()
        .args(["--db", &s.db(), "client", "export", "1", "-o", &json])
        .output()
        .expect("run");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("Everything held about client 1 written to {json}\n")
    );
    let out = s
        .cmd()
        .args(["--db", &s.db(), "agenda", "export", "-o", "-"])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("BEGIN:VCALENDAR"));
}

/// What a phone's calendar holds: an all-day birthday reminded "on the day at 9:00"
/// (`TRIGGER:PT9H`, after the start) and a "first Monday" series the agenda cannot
/// hold. Nothing is dropped silently; the unsupported event stops the import unless
/// `--skip-unsupported` leaves it out and says so.
const PHONE: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//iOS 17.0//EN\r\n\
BEGIN:VEVENT\r\nUID:cumple-ana@phone\r\nDTSTART;VALUE=DATE:20261205\r\nSUMMARY:Cumple Ana\r\n\
RRULE:FREQ=YEARLY\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT9H\r\nEND:VALARM\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:reunion@phone\r\nDTSTART:20261207T090000Z\r\nDTEND:20261207T100000Z\r\n\
SUMMARY:Reunión de zona\r\nRRULE:FREQ=MONTHLY;BYDAY=1MO\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[test]
fn a_phones_calendar_is_imported_or_refused_saying_what_is_left_out() {
    let s = Sandbox::new();
    let file = s.dir.path().join("phone.ics");
    std::fs::write(&file, PHONE).expect("write");
    let path = file.display().to_string();
    let err = s.fails(&["agenda", "import", &path, "--agenda", "Casa"]);
    assert_one_error_line(&err, "RRULE part `BYDAY=1MO` is not supported");
    let said = s.ok(&[
        "agenda",
        "import",
        &path,
        "--agenda",
        "Casa",
        "--skip-unsupported",
    ]);
    assert!(
        said.contains("the reminder `PT9H` comes after the start"),
        "{said}"
    );
    assert!(
        said.contains("event “Reunión de zona”: RRULE part `BYDAY=1MO`"),
        "{said}"
    );
    assert!(said.contains("1 entry imported into “Casa”"), "{said}");
    assert!(
        said.contains("1 event with a repeat rule the agenda cannot hold was left out"),
        "{said}"
    );
    // Out again as it came in: no category it never had.
    let out = s.dir.path().join("casa.ics");
    s.ok(&[
        "agenda",
        "export",
        "--agenda",
        "Casa",
        "-o",
        &out.display().to_string(),
    ]);
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(!text.contains("CATEGORIES"), "{text}");
}

/// One calendar copied into a second agenda (its UIDs are in the first), imported again
/// without doubling; the export of every agenda names each entry's agenda, and imports
/// back into each.
#[test]
fn a_calendar_goes_into_two_agendas_and_all_agendas_travel_together() {
    let s = Sandbox::new();
    let file = s.dir.path().join("phone.ics");
    std::fs::write(&file, PHONE).expect("write");
    let path = file.display().to_string();
    let import = |agenda: &str| {
        s.ok(&[
            "agenda",
            "import",
            &path,
            "--agenda",
            agenda,
            "--skip-unsupported",
        ])
    };
    assert!(import("Jefe").contains("1 entry imported into “Jefe”"));
    let said = import("Secretaría");
    assert!(
        said.contains("1 entry imported into “Secretaría”"),
        "{said}"
    );
    let said = import("Secretaría");
    assert!(
        said.contains("0 entries imported into “Secretaría” (1 already there"),
        "the agenda named is the one it is in: {said}"
    );
    let all = s.dir.path().join("all.ics");
    let all = all.display().to_string();
    s.ok(&["agenda", "export", "-o", &all]);
    let text = std::fs::read_to_string(&all).expect("written");
    assert!(text.contains("X-CLIENTELA-AGENDA:Jefe\r\n"), "{text}");
    assert!(text.contains("X-CLIENTELA-AGENDA:Secretaría\r\n"), "{text}");
    let t = Sandbox::new();
    let said = t.ok(&["agenda", "import", &all]);
    assert!(
        said.contains("1 entry imported into “Jefe”")
            && said.contains("1 entry imported into “Secretaría”"),
        "{said}"
    );
    // A phone's file names no agenda: say which.
    let u = Sandbox::new();
    let err = u.fails(&["agenda", "import", &path, "--skip-unsupported"]);
    assert_one_error_line(&err, "--agenda NAME");
}
