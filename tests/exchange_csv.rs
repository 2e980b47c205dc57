//! `export clients` and `import clients` through the real binary: both dialects round
//! trip, formulas are neutralised in both unless `--raw`, known exports are recognised in
//! every encoding, and every malformed file is refused with file:line:column and
//! leaves the database as it was.

mod common;

use std::path::PathBuf;

use common::sandbox::{Sandbox, assert_one_error_line};

/// The card columns that survive a round trip (ids and timestamps are the new file's).
const CARD: &str = "name,kind,relation,phones,emails,tax_id,address,city,postcode,birthday,\
    preferred_channel,marketing_consent,consent_date,source,influence,buying_behaviour,\
    inactivity_reason,member_since,tags,notes";

/// A database with the cards that break naive CSV: quotes, separators, accents,
/// line breaks, formula-looking text, an apostrophe.
fn tricky() -> Sandbox {
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
        "--city",
        "Málaga",
        "--address",
        "Calle Larios; 5",
        "--postcode",
        "29005",
        "--birthday",
        "1980-02-29",
        "--tag",
        "vip",
        "--tag",
        "boda",
        "--note",
        "=HYPERLINK(\"http://x\")\nsegunda línea",
        "--consent",
        "yes",
        "--consent-date",
        "2026-01-15",
        "--source",
        "referral",
        "--influence",
        "high_positive",
        "--member-since",
        "2025-03-01",
    ]);
    s.ok(&[
        "client",
        "add",
        "--name",
        "@Empresa S.L.",
        "--kind",
        "company",
        "--tax-id",
        "B12345678",
        "--phone=-600 000 000",
        "--note",
        "'ya con apóstrofo",
        "--relation",
        "supplier",
        "--preferred-channel",
        "email",
    ]);
    s.ok(&["client", "add", "--name", "José", "--tag=-vip"]);
    s
}

fn write(s: &Sandbox, name: &str, bytes: &[u8]) -> String {
    let path: PathBuf = s.dir.path().join(name);
    std::fs::write(&path, bytes).expect("write file");
    path.display().to_string()
}

fn read(s: &Sandbox, name: &str) -> Vec<u8> {
    std::fs::read(s.dir.path().join(name)).expect("read file")
}

fn export(s: &Sandbox, dialect: &str) -> String {
    let path = match dialect {
        "xlsx" => s.dir.path().join("out.xlsx"),
        _ => s.dir.path().join(format!("out-{dialect}.csv")),
    };
    let path = path.display().to_string();
    let said = match dialect {
        "xlsx" => s.ok(&["export", "clients", "-o", &path]),
        _ => s.ok(&["export", "clients", "--dialect", dialect, "-o", &path]),
    };
    assert!(said.contains("clients written to"), "{said}");
    path
}

#[test]
fn both_dialects_and_the_workbook_round_trip_to_the_same_cards() {
    let s = tricky();
    let before = s.ok(&["export", "clients", "--columns", CARD]);
    for dialect in ["rfc4180", "excel-es", "xlsx"] {
        let file = export(&s, dialect);
        let t = Sandbox::new();
        let said = t.ok(&["import", "clients", &file]);
        assert!(said.contains("clientela format"), "{said}");
        assert!(said.contains("created 3, merged 0, skipped 0"), "{said}");
        let after = t.ok(&["export", "clients", "--columns", CARD]);
        assert_eq!(after, before, "{dialect} round trip");
    }
}

#[test]
fn rfc4180_is_neutralised_too_and_excel_es_is_what_a_spanish_spreadsheet_opens() {
    let s = tricky();
    export(&s, "rfc4180");
    let rfc = String::from_utf8(read(&s, "out-rfc4180.csv")).expect("utf-8");
    assert!(rfc.starts_with("id,name,kind,"), "no BOM, commas");
    assert!(rfc.contains("\"'=HYPERLINK(\"\"http://x\"\")\nsegunda línea\""));
    assert!(rfc.contains(",1980-02-29,"));
    assert!(rfc.contains(",'@Empresa S.L.,company,"));
    assert!(
        rfc.contains(",+34 600 111 222; 91 555 12 12,"),
        "phones untouched"
    );
    assert!(rfc.contains("\r\n") && !rfc.replace("\r\n", "").contains("\r"));

    // --raw keeps the bytes exact, for scripts; it reads back only with --raw.
    let raw = s.ok(&["--raw", "export", "clients", "--dialect", "rfc4180"]);
    assert!(raw.contains("\"=HYPERLINK(\"\"http://x\"\")\nsegunda línea\""));
    assert!(raw.contains(",@Empresa S.L.,company,"));
    let file = write(&s, "raw.csv", raw.as_bytes());
    let t = Sandbox::new();
    t.ok(&["--raw", "import", "clients", &file]);
    let before = s.ok(&["export", "clients", "--columns", CARD]);
    assert_eq!(t.ok(&["export", "clients", "--columns", CARD]), before);
    export(&s, "excel-es");
    let bytes = read(&s, "out-excel-es.csv");
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 byte-order mark");
    let es = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    let header = es.lines().next().expect("header");
    assert!(
        header.starts_with("No.;Name;Kind;Relation;Phones;"),
        "in the UI's language (English here): {header}"
    );
    assert!(es.contains(";29/02/1980;"), "dd/mm/yyyy");
    assert!(es.contains(";\"'=HYPERLINK(\"\"http://x\"\")\nsegunda línea\""));
    assert!(
        es.contains(";'@Empresa S.L.;company;"),
        "@ neutralised, a company"
    );
    assert!(
        es.contains(";\"+34 600 111 222; 91 555 12 12\";"),
        "phones untouched"
    );
    assert!(
        es.contains(";-600 000 000;"),
        "a number-shaped cell untouched"
    );
    assert!(es.contains(";''ya con apóstrofo"), "an apostrophe doubled");
    assert!(es.contains(";'-vip;"), "a leading minus before letters");
}

#[test]
fn computed_columns_use_the_dialects_decimal_and_date() {
    let s = Sandbox::new();
    let id = s.ok(&[
        "client", "add", "--name", "Ana", "--city", "Toledo", "--tag", "vip",
    ]);
    let id = id.trim();
    s.ok(&[
        "log",
        "add",
        id,
        "--kind",
        "purchase",
        "--amount",
        "1234,50",
        "--at",
        "2026-11-02",
    ]);
    s.ok(&["client", "add", "--name", "Luis", "--city", "Madrid"]);
    let columns = "name,city,lifecycle,purchases,spend,last_purchase,quadrant";
    let rfc = s.ok(&["export", "clients", "--columns", columns]);
    assert_eq!(
        rfc,
        "name,city,lifecycle,purchases,spend,last_purchase,quadrant\r\n\
         Ana,Toledo,active,1,1234.50,2026-11-02,unknown\r\n\
         Luis,Madrid,potential,0,0.00,,unknown\r\n"
    );
    let es = s.ok(&[
        "export",
        "clients",
        "--columns",
        columns,
        "--dialect",
        "excel-es",
        "--filter",
        "lifecycle=active,tag=VIP,city=toledo",
    ]);
    assert_eq!(
        es,
        "\u{feff}Name;City;Lifecycle;Purchases;Spend;Last purchase;Quadrant\r\n\
         Ana;Toledo;active;1;1234,50;02/11/2026;Not rated\r\n",
        "excel-es in the UI's language (English here)"
    );
    let only_luis = s.ok(&[
        "export",
        "clients",
        "--columns",
        "name",
        "--filter",
        "city=Madrid|Ávila",
    ]);
    assert_eq!(only_luis, "name\r\nLuis\r\n");
    assert_one_error_line(
        &s.fails(&["export", "clients", "--filter", "town=Madrid"]),
        "unknown filter field `town`",
    );
    assert_one_error_line(
        &s.fails(&["export", "clients", "--columns", "name,fax"]),
        "unknown column `fax`",
    );
}

const GOOGLE: &str = "First Name,Middle Name,Last Name,Nickname,Organization Name,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Street,Address 1 - City,Address 1 - Postal Code\r\n\
Ana,,Núñez,,,1980-02-29,Prefiere tardes,* myContacts ::: vip,* Home,ana@correo.es ::: ana@trabajo.es,Mobile,+34 600 111 222,Work,91 555 12 12,Calle Larios 5,Málaga,29005\r\n\
,,,,Flores del Sur SL,,,* myContacts,,pedidos@flores.es,,,,,,,\r\n";

const GOOGLE_LEGACY: &str = "Name,Given Name,Additional Name,Family Name,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name\r\n\
Luis Gil,Luis,,Gil,--05-17,,* myContacts ::: proveedores,* Other,luis@gil.es,Mobile,600 222 333 ::: 600 222 444,\r\n";

const OUTLOOK: &str = "First Name,Middle Name,Last Name,Title,Company,E-mail Address,E-mail 2 Address,Mobile Phone,Home Phone,Business Street,Business City,Business Postal Code,Birthday,Notes,Categories\r\n\
Marta,,Ríos,,,marta@rios.es,,+34 655 123 456,,,,,7/4/1975,\"Cliente desde 2010\",VIP;Bodas\r\n\
Pedro,,Sanz,,,,,,91 444 55 66,,,,0/0/00,,\r\n";

fn names_and_phones(s: &Sandbox) -> String {
    s.ok(&[
        "export",
        "clients",
        "--columns",
        "name,kind,phones,emails,city,postcode,birthday,tags,notes",
    ])
}

#[test]
fn google_current_and_legacy_and_outlook_are_recognised() {
    let s = Sandbox::new();
    let said = s.ok(&[
        "import",
        "clients",
        &write(&s, "google.csv", GOOGLE.as_bytes()),
    ]);
    assert!(
        said.contains("google format") && said.contains("created 2"),
        "{said}"
    );
    let said = s.ok(&[
        "import",
        "clients",
        &write(&s, "legacy.csv", GOOGLE_LEGACY.as_bytes()),
    ]);
    assert!(said.contains("created"), "{said}");
    let said = s.ok(&[
        "import",
        "clients",
        &write(&s, "outlook.csv", OUTLOOK.as_bytes()),
    ]);
    assert!(
        said.contains("outlook format") && said.contains("created 2"),
        "{said}"
    );
    // A yearless birthday starts with `-`: neutralised as a formula would be.
    assert_eq!(
        names_and_phones(&s),
        "name,kind,phones,emails,city,postcode,birthday,tags,notes\r\n\
         Flores del Sur SL,company,,pedidos@flores.es,,,,,\r\n\
         Luis Gil,person,600 222 333; 600 222 444,luis@gil.es,,,'--05-17,proveedores,\r\n\
         Ana Núñez,person,+34 600 111 222; 91 555 12 12,ana@correo.es; ana@trabajo.es,Málaga,29005,1980-02-29,vip,Prefiere tardes\r\n\
         Marta Ríos,person,+34 655 123 456,marta@rios.es,,,1975-07-04,Bodas; VIP,Cliente desde 2010\r\n\
         Pedro Sanz,person,91 444 55 66,,,,,,\r\n"
    );
}

fn utf16le(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    out
}

#[test]
fn every_encoding_and_delimiter_gives_the_same_cards() {
    let text = "name;city;notes\r\nÁngela Muñoz;Cádiz;cliente €\r\n";
    let windows_1252: Vec<u8> =
        b"name;city;notes\r\n\xC1ngela Mu\xF1oz;C\xE1diz;cliente \x80\r\n".to_vec();
    let files: [(&str, Vec<u8>); 4] = [
        ("utf8.csv", text.as_bytes().to_vec()),
        (
            "bom.csv",
            [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        ),
        ("utf16.csv", utf16le(&text.replace(';', ","))),
        ("cp1252.csv", windows_1252),
    ];
    for (name, bytes) in files {
        let s = Sandbox::new();
        s.ok(&["import", "clients", &write(&s, name, &bytes)]);
        assert_eq!(
            s.ok(&["export", "clients", "--columns", "name,city,notes"]),
            "name,city,notes\r\nÁngela Muñoz,Cádiz,cliente €\r\n",
            "{name}"
        );
    }
}

#[test]
fn any_csv_imports_with_a_mapping() {
    let s = Sandbox::new();
    let file = write(
        &s,
        "lista.csv",
        "Titular;Fijo;Zona;Socio desde\r\nRosa Vidal;600 999 888;Soria;15/03/2024\r\n".as_bytes(),
    );
    let err = s.fails(&["import", "clients", &file]);
    assert_one_error_line(&err, "--map");
    assert!(err.contains("lista.csv:1:1:"), "{err}");
    s.ok(&[
        "import",
        "clients",
        &file,
        "--map",
        "Titular=name,Fijo=phone,Zona=city,Socio desde=member_since",
    ]);
    assert_eq!(
        s.ok(&[
            "export",
            "clients",
            "--columns",
            "name,phones,city,member_since"
        ]),
        "name,phones,city,member_since\r\nRosa Vidal,600 999 888,Soria,2024-03-15\r\n"
    );
}

#[test]
fn duplicates_follow_on_duplicate_and_dry_run_writes_nothing() {
    let s = Sandbox::new();
    s.ok(&[
        "client",
        "add",
        "--name",
        "Ana Núñez",
        "--phone",
        "600 111 222",
        "--city",
        "Málaga",
    ]);
    let file = write(
        &s,
        "again.csv",
        "name,phones,emails,postcode,tags\r\n\
         Ana N.,+34 600 111 222,ana@correo.es,29005,vip\r\n\
         Luis,,luis@gil.es,,\r\n\
         Luis Gil,91 555 12 12,LUIS@gil.es,,\r\n"
            .as_bytes(),
    );
    let before = s.ok(&["client", "list", "--format", "json"]);
    let dry = s.ok(&[
        "import",
        "clients",
        &file,
        "--dry-run",
        "--on-duplicate",
        "merge",
    ]);
    assert!(
        dry.contains("line 2: Ana N. merged into client 1 Ana Núñez (same phone 600111222)"),
        "{dry}"
    );
    assert!(
        dry.contains("line 4: Luis Gil merged into the card on line 3 (same email luis@gil.es)"),
        "{dry}"
    );
    assert!(
        dry.contains("would create 1, merge 2, skip 0 (dry run: nothing written)"),
        "{dry}"
    );
    assert_eq!(
        s.ok(&["client", "list", "--format", "json"]),
        before,
        "dry run wrote nothing"
    );

    let skip = s.ok(&["import", "clients", &file]);
    assert!(skip.contains("created 1, merged 0, skipped 2"), "{skip}");
    assert_eq!(
        s.ok(&[
            "export",
            "clients",
            "--columns",
            "name,phones,emails,postcode,tags"
        ]),
        "name,phones,emails,postcode,tags\r\nLuis,,luis@gil.es,,\r\nAna Núñez,600 111 222,,,\r\n"
    );
    let merge = s.ok(&["import", "clients", &file, "--on-duplicate", "merge"]);
    assert!(merge.contains("created 0, merged 3, skipped 0"), "{merge}");
    assert_eq!(
        s.ok(&[
            "export",
            "clients",
            "--columns",
            "name,phones,emails,postcode,tags"
        ]),
        "name,phones,emails,postcode,tags\r\n\
         Luis,91 555 12 12,luis@gil.es,,\r\n\
         Ana Núñez,600 111 222,ana@correo.es,29005,vip\r\n"
    );
    let add = s.ok(&["import", "clients", &file, "--on-duplicate", "add"]);
    assert!(add.contains("created 3, merged 0, skipped 0"), "{add}");
    assert_eq!(
        s.json(&["client", "list", "--format", "json"])
            .as_array()
            .map(Vec::len),
        Some(5)
    );
}

#[test]
fn every_malformed_file_is_refused_where_it_is_wrong_and_changes_nothing() {
    let s = tricky();
    let before = s.ok(&["export", "clients"]);
    let cases: [(&str, &[u8], &str, &str); 6] = [
        (
            "columns.csv",
            b"name,city\r\nAna,Toledo\r\nLuis,Soria,extra\r\n",
            ":3:3:",
            "3 fields where the header has 2",
        ),
        (
            "date.csv",
            b"name,birthday\r\nAna,1980-02-29\r\nLuis,31/02/1980\r\n",
            ":3:2:",
            "birthday: `31/02/1980` is not a date",
        ),
        (
            "quote.csv",
            b"name,notes\r\nAna,ok\r\nLuis,\"sin cerrar\r\nnunca\r\n",
            ":3:2:",
            "never closed",
        ),
        (
            "email.csv",
            b"name,emails\r\nAna,ana(at)correo.es\r\n",
            ":2:2:",
            "is not an email address",
        ),
        (
            "nul.csv",
            b"name,notes\r\nAna,a\x00b\r\n",
            ":2:2:",
            "control character U+0000",
        ),
        (
            "code.csv",
            b"name,kind\r\nAna,persona\r\n",
            ":2:2:",
            "`persona` is not one of person, company",
        ),
    ];
    for (name, bytes, place, what) in cases {
        let err = s.fails(&["import", "clients", &write(&s, name, bytes)]);
        assert_one_error_line(&err, what);
        assert!(err.contains(&format!("{name}{place}")), "{name}: {err}");
        assert_eq!(
            s.ok(&["export", "clients"]),
            before,
            "{name} changed the database"
        );
    }
    let file = write(&s, "bytes.csv", b"name,notes\r\nAna,caf\xE9\r\n");
    let err = s.fails(&["import", "clients", &file, "--encoding", "utf-8"]);
    assert_one_error_line(&err, "bytes that are not UTF-8");
    assert!(err.contains("bytes.csv:2:2:"), "{err}");
    assert_eq!(s.ok(&["export", "clients"]), before);
}

/// Every CSV the program writes neutralises text that looks like a formula: the client
/// list, classification, loyalty, complaints, the agenda and the log.
#[test]
fn every_csv_output_neutralises_formulas() {
    let s = Sandbox::new();
    s.ok(&[
        "client",
        "add",
        "--name",
        "=HYPERLINK(\"http://x\")",
        "--phone",
        "+34 600 111 222",
    ]);
    s.ok(&[
        "log",
        "add",
        "1",
        "--kind",
        "complaint",
        "--note",
        "@SUM(1+1)",
    ]);
    s.ok(&["log", "add", "1", "--kind", "visit", "--note", "+1+1"]);
    s.ok(&[
        "agenda",
        "add",
        "--agenda",
        "Jefe",
        "--title=-1+1",
        "--start",
        "2026-11-23 10:00",
        "--end",
        "11:00",
    ]);
    let outputs = [
        ("client list", s.ok(&["client", "list", "--format", "csv"])),
        ("classify", s.ok(&["classify", "--format", "csv"])),
        ("loyalty", s.ok(&["loyalty", "--format", "csv"])),
        (
            "complaint list",
            s.ok(&["complaint", "list", "--format", "csv"]),
        ),
        ("log list", s.ok(&["log", "list", "1", "--format", "csv"])),
        (
            "agenda list",
            s.ok(&["agenda", "list", "--from", "2026-11-23", "--format", "csv"]),
        ),
    ];
    for (what, csv) in outputs {
        for line in csv.lines().skip(1) {
            for cell in line.split(',') {
                let cell = cell.trim_matches('"');
                assert!(
                    !cell.starts_with(['=', '@']) && cell != "+1+1" && cell != "-1+1",
                    "{what}: a formula left as is in {line:?}"
                );
            }
        }
    }
    let list = s.ok(&["client", "list", "--format", "csv"]);
    assert!(list.contains("+34 600 111 222"), "phones untouched: {list}");
}

/// With the UI in Spanish, excel-es names its columns and values in Spanish
/// (`Nombre;…;Ciclo;Cuadrante`, `empresa`, `inactivo`, `sí`); in English, in English;
/// rfc4180 keeps the codes. The Spanish file imports back to the same cards.
#[test]
fn excel_es_speaks_the_uis_language_and_imports_back() {
    let s = Sandbox::new();
    s.ok(&[
        "client",
        "add",
        "--name",
        "Ferretería Pérez",
        "--kind",
        "company",
        "--relation",
        "supplier",
        "--preferred-channel",
        "phone",
        "--consent",
        "yes",
        "--influence",
        "high_positive",
    ]);
    s.ok(&["client", "add", "--name", "Ana Ruiz"]);
    let columns =
        "id,name,kind,relation,preferred_channel,marketing_consent,influence,lifecycle,quadrant";
    let export = |lang: &str, dialect: &str, file: &str| {
        let path = s.dir.path().join(file);
        let out = s
            .cmd()
            .env("LANG", lang)
            .args([
                "--db",
                &s.db(),
                "export",
                "clients",
                "--dialect",
                dialect,
                "--columns",
                columns,
                "-o",
            ])
            .arg(&path)
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::read_to_string(&path).expect("read")
    };
    let es = export("es_ES.UTF-8", "excel-es", "es.csv");
    let mut lines = es.lines();
    assert_eq!(
        lines.next(),
        Some(
            "\u{feff}Nº;Nombre;Tipo;Relación;Canal preferido;Acepta publicidad;Influencia;Ciclo;Cuadrante"
        )
    );
    let ferreteria = lines.find(|l| l.starts_with("1;")).unwrap_or_default();
    assert_eq!(
        ferreteria,
        "1;Ferretería Pérez;persona jurídica;proveedor;teléfono;sí;alta, percepción positiva;potencial;Sin valorar"
    );
    let en = export("en_US.UTF-8", "excel-es", "en.csv");
    assert!(
        en.starts_with("\u{feff}No.;Name;Kind;Relation;Preferred channel;Marketing consent;Influence;Lifecycle;Quadrant"),
        "{en}"
    );
    let codes = export("es_ES.UTF-8", "rfc4180", "codes.csv");
    assert!(
        codes.starts_with("id,name,kind,relation,preferred_channel,marketing_consent,influence,lifecycle,quadrant\r\n")
            && codes.contains("\r\n1,Ferretería Pérez,company,supplier,phone,yes,high_positive,potential,unknown\r\n"),
        "{codes}"
    );
    // The Spanish file, into a new database: the same cards.
    let other = Sandbox::new();
    let path = s.dir.path().join("es.csv");
    other.ok(&["import", "clients", &path.display().to_string()]);
    // In the file's order: the company first (Ana sorts by her surname, Ruiz).
    let back = other.json(&["client", "show", "1", "--format", "json"]);
    assert_eq!(
        (
            &back["name"],
            &back["kind"],
            &back["relation"],
            &back["preferred_channel"],
            &back["marketing_consent"],
            &back["influence"]
        ),
        (
            &serde_json::json!("Ferretería Pérez"),
            &serde_json::json!("company"),
            &serde_json::json!("supplier"),
            &serde_json::json!("phone"),
            &serde_json::json!(true),
            &serde_json::json!("high_positive")
        ),
        "{back}"
    );
}
