//! Garbage is refused at the edge, by every way in, with where it is (file:line:column
//! or the flag) and nothing written: the findings of issue 16, item 12.

mod common;

use common::sandbox::{Sandbox, assert_one_error_line};

fn file(s: &Sandbox, name: &str, bytes: &[u8]) -> String {
    let path = s.dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    path.display().to_string()
}

fn count(s: &Sandbox) -> usize {
    s.json(&["client", "list", "--format", "json"])
        .as_array()
        .map_or(0, Vec::len)
}

#[test]
fn bad_import_files_are_refused_where_they_are_wrong() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ya Estaba"]);
    let big_note = format!("name,notes\nAna,{}\n", "x".repeat(10 << 20));
    let big_name = format!("name\n{}\n", "N".repeat(5 << 20));
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "invalid-utf8.csv",
            b"name,city\nMart\xc3\xadn,Le\xf3n\n".to_vec(),
            ":2:2:",
            "bytes that are not UTF-8",
        ),
        (
            "open-quote.csv",
            b"name,notes\nAna,\"sin cerrar".to_vec(),
            ":2:2:",
            "notes: the quote opened here is never closed",
        ),
        (
            "big-note.csv",
            big_note.into_bytes(),
            ":2:2:",
            "notes: 10485760 characters, more than the 20000 it may have",
        ),
        (
            "big-name.csv",
            big_name.into_bytes(),
            ":2:1:",
            "name: 5242880 characters, more than the 200 it may have",
        ),
        (
            "two-names.csv",
            b"name,city,name\nAna,Soria,Luisa\n".to_vec(),
            ":1:3:",
            "`name` is repeated",
        ),
        (
            "phone.csv",
            b"name,phones\nAna,600 111 222\nLuis,';--\n".to_vec(),
            ":3:2:",
            "phones: `--` is not a phone number",
        ),
        (
            "plus.csv",
            b"name,phones\nAna,+\n".to_vec(),
            ":2:2:",
            "`+` is not a phone number",
        ),
        (
            "email.csv",
            b"name,phone,email\nAna,600111222,<script>@x.com\n".to_vec(),
            ":2:3:",
            "email: `<script>@x.com` is not an email address",
        ),
        (
            "birthday.csv",
            b"name,birthday\nAna,2099-03-01\n".to_vec(),
            ":2:2:",
            "birthday: 2099-03-01 cannot be",
        ),
    ];
    for (name, bytes, place, what) in cases {
        let err = s.fails(&["import", "clients", &file(&s, name, &bytes)]);
        assert_one_error_line(&err, what);
        assert!(err.contains(&format!("{name}{place}")), "{name}: {err}");
        assert!(err.len() < 500, "{name}: the value is not echoed whole");
        assert_eq!(count(&s), 1, "{name} wrote something");
    }

    // vCard: an empty file, a bad email at its property.
    let err = s.fails(&["import", "vcard", &file(&s, "empty.vcf", b"")]);
    assert_one_error_line(&err, "empty.vcf:1:1: no vCard in the file");
    let vcf = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nTEL:abc\r\nEND:VCARD\r\n";
    let err = s.fails(&["import", "vcard", &file(&s, "tel.vcf", vcf)]);
    assert_one_error_line(&err, "tel.vcf:4:5: TEL: `abc` is not a phone number");
    assert_eq!(count(&s), 1);

    // A repeated header of a field with several values adds them.
    let two = file(
        &s,
        "two-phones.csv",
        b"name,phones,phones\nAna,600 111 222,91 555 12 12\n",
    );
    s.ok(&["import", "clients", &two]);
    let ana = s.json(&["client", "show", "2", "--format", "json"]);
    assert_eq!(
        ana["phones"],
        serde_json::json!(["600 111 222", "91 555 12 12"])
    );
}

#[test]
fn bad_flags_are_refused_with_the_field() {
    let s = Sandbox::new();
    for (args, what) in [
        (
            vec!["--phone", "abc"],
            "--phone: `abc` is not a phone number",
        ),
        (vec!["--phone", "+"], "`+` is not a phone number"),
        (
            vec!["--email", "<script>@x.com"],
            "--email: `<script>@x.com` is not an email",
        ),
        (
            vec!["--birthday", "2099-01-01"],
            "birthday: 2099-01-01 cannot be",
        ),
        (
            vec!["--city", &"c".repeat(301)],
            "city: 301 characters, more than the 300",
        ),
    ] {
        let mut all = vec!["client", "add", "--name", "Ana"];
        all.extend(args);
        assert_one_error_line(&s.fails(&all), what);
    }
    let long_name = "n".repeat(201);
    assert_one_error_line(
        &s.fails(&["client", "add", "--name", &long_name]),
        "name: 201 characters, more than the 200",
    );
    assert_eq!(count(&s), 0);
    s.ok(&[
        "client",
        "add",
        "--name",
        "Ana",
        "--phone",
        "+34 (91) 555-12-12 ext. 204",
    ]);
    let note = "n".repeat(20_001);
    assert_one_error_line(
        &s.fails(&["log", "add", "1", "--kind", "visit", "--note", &note]),
        "note: 20001 characters, more than the 20000",
    );
    let title = "t".repeat(301);
    assert_one_error_line(
        &s.fails(&[
            "agenda",
            "add",
            "--agenda",
            "Jefe",
            "--title",
            &title,
            "--start",
            "2026-11-25 10:00",
            "--end",
            "11:00",
        ]),
        "title: 301 characters, more than the 300",
    );
}
