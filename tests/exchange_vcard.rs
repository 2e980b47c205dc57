//! `export vcard` and `import vcard` through the real binary: 3.0 and 4.0 round trip,
//! the export is read back by an independent parser (the vcard4 crate), 2.1 cards with
//! quoted-printable come in, and bad cards change nothing.

mod common;

use common::sandbox::{Sandbox, assert_one_error_line};

/// What a vCard carries.
const CARRIED: &str = "name,kind,phones,emails,address,city,postcode,birthday,tags,notes";

fn people() -> Sandbox {
    let s = Sandbox::new();
    s.ok(&[
        "client",
        "add",
        "--name",
        "Núñez, Ana \"la del 5º\"",
        "--phone",
        "+34 600 111 222",
        "--phone",
        "91 555 12 12",
        "--email",
        "ana@correo.es",
        "--address",
        "Calle Larios; 5, 2º B",
        "--city",
        "Málaga",
        "--postcode",
        "29005",
        "--birthday",
        "1980-02-29",
        "--tag",
        "vip",
        "--tag",
        "boda, verano",
        "--note",
        "Una nota larga, con comas; puntos y coma \\ barras y acentos áéíóú ñ que pasa de setenta y cinco octetos\nsegunda línea",
    ]);
    s.ok(&[
        "client",
        "add",
        "--name",
        "Flores del Sur S.L.",
        "--kind",
        "company",
        "--email",
        "pedidos@flores.es",
    ]);
    s
}

fn export(s: &Sandbox, version: &str) -> (String, String) {
    let path = s.dir.path().join(format!("v{version}.vcf"));
    let path = path.display().to_string();
    s.ok(&["export", "vcard", "--vcard-version", version, "-o", &path]);
    let text = std::fs::read_to_string(&path).expect("utf-8 file");
    (path, text)
}

#[test]
fn both_versions_round_trip_and_fold_at_75_octets() {
    let s = people();
    let before = s.ok(&["export", "clients", "--columns", CARRIED]);
    for version in ["3", "4"] {
        let (path, text) = export(&s, version);
        assert!(text.contains(&format!("VERSION:{version}.0\r\n")));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert!(text.contains("\r\n "), "the long note is folded");
        let t = Sandbox::new();
        let said = t.ok(&["import", "vcard", &path]);
        assert!(said.contains("created 2, merged 0, skipped 0"), "{said}");
        let after = t.ok(&["export", "clients", "--columns", CARRIED]);
        assert_eq!(after, before, "vCard {version}.0 round trip");
    }
}

#[test]
fn an_independent_parser_reads_the_export() {
    let s = people();
    for version in ["3", "4"] {
        let (_, text) = export(&s, version);
        let cards = vcard4::parse(&text).expect("vcard4 parses our export");
        assert_eq!(cards.len(), 2);
        assert_eq!(
            cards[0].formatted_name[0].value, "Flores del Sur S.L.",
            "by name"
        );
        let ana = &cards[1];
        assert_eq!(ana.formatted_name[0].value, "Núñez, Ana \"la del 5º\"");
        let note = &ana.note[0].value;
        assert!(
            note.contains("puntos y coma \\ barras") && note.contains("\nsegunda línea"),
            "{note:?}"
        );
        assert_eq!(ana.email[0].value, "ana@correo.es");
        assert_eq!(ana.tel.len(), 2);
        let categories = &ana.categories[0].value;
        // vcard4 splits CATEGORIES at every comma, escaped ones too (`boda\, verano`),
        // so only the plain tag is compared here; the round trip checks the other.
        assert_eq!(categories.last().map(String::as_str), Some("vip"));
    }
}

#[test]
fn vcard_2_1_with_quoted_printable_and_bare_types_comes_in() {
    let s = Sandbox::new();
    let card = b"BEGIN:VCARD\r\nVERSION:2.1\r\n\
N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Mu=F1oz;=C1ngela;;;\r\n\
TEL;CELL;VOICE:+34 600 333 444\r\n\
EMAIL;INTERNET:angela@munoz.es\r\n\
ADR;HOME;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;;Plaza Mayor 1;C=C3=A1diz;;11001;Espa=C3=B1a\r\n\
NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Prefiere =\r\nlas ma=C3=B1anas\r\n\
BDAY:1975-07-04\r\n\
END:VCARD\r\n";
    let path = s.dir.path().join("old.vcf");
    std::fs::write(&path, card).expect("write");
    s.ok(&["import", "vcard", &path.display().to_string()]);
    assert_eq!(
        s.ok(&["export", "clients", "--columns", CARRIED]),
        "name,kind,phones,emails,address,city,postcode,birthday,tags,notes\r\n\
         Ángela Muñoz,person,+34 600 333 444,angela@munoz.es,Plaza Mayor 1,Cádiz,11001,1975-07-04,,Prefiere las mañanas\r\n"
    );
}

#[test]
fn a_bad_card_stops_the_import_where_it_is_and_changes_nothing() {
    let s = people();
    let before = s.ok(&["export", "clients"]);
    let good = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luis\r\nEND:VCARD\r\n";
    let cases: [(&str, String, &str, &str); 5] = [
        (
            "open.vcf",
            format!("{good}BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa\r\n"),
            ":5:1:",
            "no END:VCARD",
        ),
        (
            "email.vcf",
            format!(
                "{good}BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Rosa\r\nEMAIL:rosa-at-x\r\nEND:VCARD\r\n"
            ),
            ":8:7:",
            "EMAIL: `rosa-at-x` is not an email address",
        ),
        (
            "date.vcf",
            format!(
                "{good}BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Rosa\r\nBDAY:19800230\r\nEND:VCARD\r\n"
            ),
            ":8:6:",
            "BDAY: `19800230` is not a date",
        ),
        (
            "version.vcf",
            format!("{good}BEGIN:VCARD\r\nVERSION:5.0\r\nFN:Rosa\r\nEND:VCARD\r\n"),
            ":6:9:",
            "vCard version `5.0`",
        ),
        (
            "outside.vcf",
            format!("FN:Rosa\r\n{good}"),
            ":1:4:",
            "outside BEGIN:VCARD",
        ),
    ];
    for (name, text, place, what) in cases {
        let path = s.dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        let err = s.fails(&["import", "vcard", &path.display().to_string()]);
        assert_one_error_line(&err, what);
        assert!(err.contains(&format!("{name}{place}")), "{name}: {err}");
        assert_eq!(
            s.ok(&["export", "clients"]),
            before,
            "{name} changed the database"
        );
    }
    let path = s.dir.path().join("bytes.vcf");
    let mut bytes = good.as_bytes().to_vec();
    bytes.extend(b"BEGIN:VCARD\r\nFN:R\x00sa\r\nEND:VCARD\r\n");
    std::fs::write(&path, bytes).expect("write");
    let err = s.fails(&["import", "vcard", &path.display().to_string()]);
    assert_one_error_line(&err, "U+0000");
    assert!(err.contains("bytes.vcf:6:5:"), "{err}");
    assert_eq!(s.ok(&["export", "clients"]), before);
}

fn import_one(card: &[u8]) -> (Sandbox, String, serde_json::Value) {
    let s = Sandbox::new();
    let path = s.dir.path().join("phone.vcf");
    std::fs::write(&path, card).expect("write");
    let said = s.ok(&["import", "vcard", &path.display().to_string()]);
    let list = s.json(&["client", "list", "--format", "json"]);
    let first = list[0].clone();
    (s, said, first)
}

/// What an iPhone writes: an organisation and title for a person, a yearless birthday
/// (`X-APPLE-OMIT-YEAR`: kept as day and month, stored in the no-year year 0004), an address with its floor, region and country, a name also
/// written for Japanese readers, a preferred address after another.
#[test]
fn a_phones_card_comes_in_whole() {
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n\
N:Güemes Muñoz;Mª Ángeles;;Sra.;\r\n\
FN;LANGUAGE=jp:ギュエメス\r\nFN:Mª Ángeles Güemes Muñoz\r\n\
NICKNAME:Lola\r\nORG:Talleres Giralda;\r\nTITLE:Encargada\r\n\
UID:4F1E2D3C-0000-4000-8000-000000000001\r\n\
TEL;type=CELL;type=VOICE;type=pref:+34 600 111 222\r\n\
item1.ADR;type=WORK:;;Pol. Ind. 4;Sevilla;Sevilla;41001;España\r\n\
item2.ADR;type=HOME;type=pref:;3º B;C/ Mayor 3;Barcelona;Barcelona;08017;España\r\n\
item3.URL;type=pref:https://giralda.example\r\n\
BDAY;X-APPLE-OMIT-YEAR=1604:1604-07-25\r\nEND:VCARD\r\n";
    let (_s, said, c) = import_one(card.as_bytes());
    assert_eq!(c["name"], "Mª Ángeles Güemes Muñoz", "not the jp name");
    assert_eq!(
        (&c["given_name"], &c["surname"], &c["second_surname"]),
        (&"Mª Ángeles".into(), &"Güemes".into(), &"Muñoz".into())
    );
    assert_eq!(c["prefix"], "Sra.");
    assert_eq!(c["nickname"], "Lola");
    assert_eq!(
        (&c["organisation"], &c["job_title"]),
        (&"Talleres Giralda".into(), &"Encargada".into())
    );
    assert_eq!(c["kind"], "person");
    assert_eq!(
        c["address"], "C/ Mayor 3, 3º B",
        "the preferred address, floor kept"
    );
    assert_eq!(
        (&c["city"], &c["region"], &c["postcode"], &c["country"]),
        (
            &"Barcelona".into(),
            &"Barcelona".into(),
            &"08017".into(),
            &"España".into()
        )
    );
    assert_eq!(c["website"], "https://giralda.example");
    assert_eq!(c["uid"], "4F1E2D3C-0000-4000-8000-000000000001");
    assert_eq!(c["birthday"], "--07-25", "day and month kept, never 1604");
    let _ = said;
}

/// A UTF-8 card folded in the middle of `ñ` (some phones fold by bytes) is UTF-8.
#[test]
fn a_fold_inside_a_character_is_still_utf8() {
    let mut card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Mu\xC3".to_vec();
    card.extend_from_slice(b"\r\n \xB1oz\r\nNOTE:Se\xC3\xB1as\r\nEND:VCARD\r\n");
    let (_s, _, c) = import_one(&card);
    assert_eq!(c["name"], "Ana Muñoz");
    assert_eq!(c["notes"], "Señas");
}

/// Re-importing the same phone card (same UID, no email or phone) merges or skips it.
#[test]
fn the_same_uid_again_is_not_a_new_client() {
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:abc-1\r\nFN:Rosa Gil\r\nEND:VCARD\r\n";
    let (s, _, _) = import_one(card.as_bytes());
    let path = s.dir.path().join("phone.vcf").display().to_string();
    let said = s.ok(&["import", "vcard", &path]);
    assert!(said.contains("created 0, merged 0, skipped 1"), "{said}");
    assert!(
        said.contains("same address-book identity (UID) abc-1"),
        "{said}"
    );
}

/// Our export for phones: an identity, both surnames as the family name, typed phones,
/// a company shown as one, a person's organisation and title.
#[test]
fn the_export_speaks_to_address_books() {
    let s = Sandbox::new();
    s.ok(&[
        "client",
        "add",
        "--name",
        "Mª Ángeles Güemes Muñoz",
        "--phone",
        "600 111 222",
        "--phone",
        "954 000 111",
        "--organisation",
        "Talleres Giralda",
        "--job-title",
        "Encargada",
        "--tax-id",
        "00000000T",
        "--region",
        "Sevilla",
        "--country",
        "España",
    ]);
    s.ok(&["client", "add", "--name", "Flores SL", "--kind", "company"]);
    let (_, text) = export(&s, "3");
    assert!(
        text.contains("\r\nN:Güemes Muñoz;Mª Ángeles;;;\r\n"),
        "{text}"
    );
    assert!(text.contains("\r\nTEL;TYPE=CELL:600 111 222\r\n"), "{text}");
    assert!(
        text.contains("\r\nTEL;TYPE=VOICE:954 000 111\r\n"),
        "{text}"
    );
    assert!(
        text.contains("\r\nORG:Talleres Giralda\r\nTITLE:Encargada\r\n"),
        "{text}"
    );
    assert!(
        text.contains("\r\nORG:Flores SL\r\nX-ABShowAs:COMPANY\r\n"),
        "{text}"
    );
    assert!(text.contains("\r\nADR:;;;;Sevilla;;España\r\n"), "{text}");
    assert!(
        text.contains("\r\nX-CLIENTELA-TAX-ID:00000000T\r\n"),
        "{text}"
    );
    assert_eq!(text.matches("\r\nUID:urn:uuid:").count(), 2, "{text}");
    let (_, again) = export(&s, "3");
    assert_eq!(again, text, "the same identity at every export");
}
