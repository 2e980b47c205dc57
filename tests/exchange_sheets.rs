//! The shop's own spreadsheets: workbooks (xlsx, xls, ods) and the CSV files a
//! spreadsheet writes, imported without `--map`; the xlsx export read back by
//! independent readers (calamine always, openpyxl where Python has it) with typed cells.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, open_workbook_auto};
use common::sandbox::{Sandbox, assert_one_error_line};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sheets")
        .join(name)
        .display()
        .to_string()
}

fn write(s: &Sandbox, name: &str, bytes: &[u8]) -> String {
    let path: PathBuf = s.dir.path().join(name);
    std::fs::write(&path, bytes).expect("write file");
    path.display().to_string()
}

/// The card of `name` in `s`'s client list as JSON.
fn card(s: &Sandbox, name: &str) -> serde_json::Value {
    s.json(&["client", "list", "--format", "json"])
        .as_array()
        .expect("a list")
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no card named {name}"))
        .clone()
}

/// A Spanish shop's list as Excel (xlsx and the old xls) and LibreOffice (ods) keep
/// it: Spanish headers recognised, a postcode kept as a number given its zero back, an
/// address with `3º B` whole, the columns no field takes named.
#[test]
fn a_spanish_list_imports_from_every_workbook_format() {
    for file in ["lista_es.xlsx", "lista_es.xls", "lista_es.ods"] {
        let s = Sandbox::new();
        let said = s.ok(&["import", "clients", &fixture(file)]);
        assert!(said.contains("sheet 'Clientes'"), "{file}: {said}");
        assert!(
            said.contains("ignored: Fecha alta, Saldo pendiente (€)"),
            "{file}: {said}"
        );
        assert!(
            said.contains("created 3, merged 0, skipped 0"),
            "{file}: {said}"
        );
        let ana = card(&s, "Mª Ángeles Güemes Muñoz");
        assert_eq!(ana["postcode"], "08017", "{file}");
        assert_eq!(ana["address"], "C/ Mayor 3, 3º B", "{file}");
        assert_eq!(
            ana["phones"][0], "600111222",
            "{file}: a whole number, no .0"
        );
        assert_eq!(ana["tax_id"], "00000000T", "{file}");
        assert_eq!(ana["city"], "Barcelona", "{file}");
        assert_eq!(ana["region"], "Barcelona", "{file}: Provincia");
        assert_eq!(
            (&ana["given_name"], &ana["surname"], &ana["second_surname"]),
            (&"Mª Ángeles".into(), &"Güemes".into(), &"Muñoz".into()),
            "{file}: Apellidos split in two"
        );
        assert_eq!(ana["notes"], "Prefiere la tarde", "{file}");
        let jose = card(&s, "José Luis de la Fuente García");
        assert_eq!(jose["phones"][0], "+34 611 222 333", "{file}");
        let shop = card(&s, "Ferretería Ruiz SL");
        assert_eq!(shop["postcode"], "04001", "{file}");
        assert_eq!(shop["kind"], "company", "{file}: by its legal form and CIF");
        assert_eq!(shop["given_name"], serde_json::Value::Null, "{file}");
    }
}

#[test]
fn the_sheet_is_chosen_by_name_and_a_wrong_one_names_those_there() {
    let s = Sandbox::new();
    let book = fixture("lista_es.xlsx");
    let said = s.ok(&["import", "clients", &book, "--sheet", "proveedores"]);
    assert!(said.contains("sheet 'Proveedores'"), "{said}");
    assert_eq!(card(&s, "Distribuciones Sur")["phones"][0], "954 000 000");
    let err = s.fails(&["import", "clients", &book, "--sheet", "Nada"]);
    assert_one_error_line(
        &err,
        "no sheet `Nada` (the workbook has: Clientes, Proveedores)",
    );
    let csv = write(&s, "a.csv", b"name\nAna\n");
    let err = s.fails(&["import", "clients", &csv, "--sheet", "Hoja1"]);
    assert_one_error_line(&err, "--sheet: the file is a CSV, not a workbook");
}

/// A bad cell in a workbook is placed by the sheet's row and column, and nothing is
/// written.
#[test]
fn a_bad_cell_names_its_row_and_column_and_writes_nothing() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (row, cells) in [
        ["Nombre", "Fecha de nacimiento"],
        ["Ana Ruiz", "1980-02-29"],
        ["Luis Gil", "pronto"],
    ]
    .iter()
    .enumerate()
    {
        for (col, text) in cells.iter().enumerate() {
            sheet
                .write_string(row as u32, col as u16, *text)
                .expect("cell");
        }
    }
    let s = Sandbox::new();
    let file = write(&s, "malo.xlsx", &book.save_to_buffer().expect("xlsx"));
    let err = s.fails(&["import", "clients", &file]);
    assert_one_error_line(
        &err,
        "malo.xlsx:3:2: Fecha de nacimiento: `pronto` is not a date",
    );
    assert_eq!(
        s.ok(&["client", "list", "--format", "csv"]).lines().count(),
        1
    );
    let junk = write(&s, "junk.xlsx", b"PK\x03\x04 not really a zip");
    let err = s.fails(&["import", "clients", &junk]);
    assert_one_error_line(&err, "not a workbook that can be read");
}

/// What LibreOffice (es-ES) saves back from our CSV: two-digit years and postcodes
/// that lost their zero; and Excel's "Unicode text" (UTF-16, tabs) with Spanish headers.
#[test]
fn csv_saved_back_by_a_spreadsheet_imports() {
    let s = Sandbox::new();
    let mangled = write(
        &s,
        "guardado.csv",
        "Nombre;Apellidos;C.P.;Fecha de nacimiento;Móvil\n\
         Ana;Ruiz Gil;8017;09/05/74;34600000402\n\
         Luis;Sanz;28001;01/02/03;\n"
            .as_bytes(),
    );
    let said = s.ok(&["import", "clients", &mangled]);
    assert!(said.contains("created 2"), "{said}");
    let ana = card(&s, "Ana Ruiz Gil");
    assert_eq!(ana["postcode"], "08017");
    assert_eq!(
        ana["birthday"], "1974-05-09",
        "74 is 1974, as Excel reads it"
    );
    assert_eq!(
        card(&s, "Luis Sanz")["birthday"],
        "2003-02-01",
        "03 is 2003"
    );

    let t = Sandbox::new();
    let text = "Nombre\tApellidos\tCorreo electrónico\r\nAna\tPérez\tana@example.com\r\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let file = write(&t, "unicode.txt", &utf16);
    let said = t.ok(&["import", "clients", &file, "--dry-run"]);
    assert!(said.contains("UTF-16LE"), "{said}");
    assert!(
        said.contains(
            "columns: Nombre → given_name, Apellidos → family_name, Correo electrónico → email"
        ),
        "the dry run shows the mapping: {said}"
    );
    t.ok(&["import", "clients", &file]);
    assert_eq!(card(&t, "Ana Pérez")["emails"][0], "ana@example.com");
}

/// A partial `--map` names one column; the others are still recognised, and what is
/// left is named, never dropped silently.
#[test]
fn a_partial_map_keeps_the_recognised_columns_and_names_the_rest() {
    let s = Sandbox::new();
    let file = write(
        &s,
        "lista.csv",
        "Cliente;Teléfono;Email;Descuento %\nAna Pérez;600111222;ana@example.com;5\n".as_bytes(),
    );
    let said = s.ok(&["import", "clients", &file, "--map", "Cliente=name"]);
    assert!(said.contains("ignored: Descuento %"), "{said}");
    let ana = card(&s, "Ana Pérez");
    assert_eq!(ana["phones"][0], "600111222");
    assert_eq!(ana["emails"][0], "ana@example.com");
}

/// The clients of an xlsx export with a purchase, a birthday, a postcode with a
/// leading zero and a phone with no spaces.
fn exported_workbook(s: &Sandbox, lang: &str) -> PathBuf {
    let id = s.ok(&[
        "client",
        "add",
        "--name",
        "Ana Ruiz",
        "--postcode",
        "08017",
        "--phone",
        "0034600000402",
        "--birthday",
        "1980-02-29",
    ]);
    s.ok(&[
        "log",
        "add",
        id.trim(),
        "--kind",
        "purchase",
        "--amount",
        "12,50",
        "--at",
        "2026-11-02",
    ]);
    let path = s.dir.path().join("clientes.xlsx");
    let out = s
        .cmd()
        .env("LANG", lang)
        .arg("--db")
        .arg(s.db())
        .args([
            "export",
            "clients",
            "--columns",
            "id,name,phones,postcode,birthday,spend",
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
    path
}

#[test]
fn an_xlsx_export_has_typed_cells_a_frozen_header_and_a_filter() {
    let s = Sandbox::new();
    let path = exported_workbook(&s, "es_ES.UTF-8");
    let mut book = open_workbook_auto(&path).expect("calamine opens it");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("first sheet");
    let header: Vec<String> = range
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        header,
        [
            "Nº",
            "Nombre",
            "Teléfonos",
            "Código postal",
            "Cumpleaños",
            "Gasto"
        ]
        .map(String::from),
        "the header in the UI's language"
    );
    let row: Vec<&Data> = range.rows().nth(1).expect("a row").iter().collect();
    assert_eq!(row[0], &Data::Float(1.0), "the id a number");
    assert_eq!(
        row[2],
        &Data::String("0034600000402".into()),
        "a phone is text"
    );
    assert_eq!(row[3], &Data::String("08017".into()), "a postcode is text");
    match row[4] {
        Data::DateTime(d) => {
            assert_eq!(d.to_ymd_hms_milli().0..=d.to_ymd_hms_milli().0, 1980..=1980)
        }
        other => panic!("a birthday is a date, not {other:?}"),
    }
    assert_eq!(row[5], &Data::Float(12.5), "money a number");

    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).expect("open")).expect("zip");
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .expect("the sheet")
        .read_to_string(&mut xml)
        .expect("xml");
    assert!(
        xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""),
        "frozen header"
    );
    assert!(
        xml.contains("<autoFilter ref=\"A1:F2\""),
        "an autofilter over the table"
    );
}

/// The same workbook read by openpyxl (Python), an independent implementation: text
/// cells are text, the birthday a date, money a number with two decimals. `.ci/run`
/// installs openpyxl and sets CLIENTELA_PYTHON and CLIENTELA_REQUIRE_OPENPYXL, so there
/// it cannot skip.
#[test]
fn an_xlsx_export_reads_typed_in_openpyxl() {
    let python = std::env::var("CLIENTELA_PYTHON").unwrap_or_else(|_| "python3".into());
    let probe = std::process::Command::new(&python)
        .args(["-c", "import openpyxl"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        assert!(
            std::env::var_os("CLIENTELA_REQUIRE_OPENPYXL").is_none(),
            "openpyxl is required here but python3 cannot import it"
        );
        eprintln!(
            "SKIPPED an_xlsx_export_reads_typed_in_openpyxl: python3 with openpyxl not found (apt-get install python3-openpyxl)"
        );
        return;
    }
    let s = Sandbox::new();
    let path = exported_workbook(&s, "C");
    let script = r##"
import sys, datetime, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
row = [c for c in ws[2]]
assert [c.value for c in ws[1]] == ["No.", "Name", "Phones", "Postcode", "Birthday", "Spend"], [c.value for c in ws[1]]
assert row[2].data_type == "s" and row[2].value == "0034600000402", (row[2].data_type, row[2].value)
assert row[3].data_type == "s" and row[3].value == "08017", (row[3].data_type, row[3].value)
assert row[4].is_date and row[4].value == datetime.datetime(1980, 2, 29), row[4].value
assert row[5].data_type == "n" and row[5].value == 12.5 and row[5].number_format == "#,##0.00", (row[5].value, row[5].number_format)
assert ws.freeze_panes == "A2", ws.freeze_panes
assert ws.auto_filter.ref == "A1:F2", ws.auto_filter.ref
print("ok")
"##;
    let out = std::process::Command::new(&python)
        .args(["-c", script])
        .arg(&path)
        .output()
        .expect("python3");
    assert!(
        out.status.success() && String::from_utf8_lossy(&out.stdout).trim() == "ok",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A workbook is a binary file: not written to a terminal, written to a file or a pipe.
#[test]
fn an_xlsx_goes_to_a_file_or_a_pipe() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana"]);
    let piped = s
        .cmd()
        .arg("--db")
        .arg(s.db())
        .args(["export", "clients", "--format", "xlsx"])
        .output()
        .expect("run");
    assert!(piped.status.success());
    assert!(piped.stdout.starts_with(b"PK\x03\x04"), "a zip on the pipe");
}

/// Text written decomposed (macOS, some phones: `a` + a combining accent) is stored
/// composed, so a filter or a search typed on a keyboard finds it.
#[test]
fn decomposed_accents_are_stored_composed() {
    let s = Sandbox::new();
    let file = write(
        &s,
        "nfd.csv",
        "name,city\nAna Mun\u{303}oz,Ma\u{301}laga\n".as_bytes(),
    );
    s.ok(&["import", "clients", &file]);
    let found = s.ok(&[
        "export",
        "clients",
        "--filter",
        "city=malaga",
        "--columns",
        "name,city",
    ]);
    assert_eq!(found, "name,city\r\nAna Muñoz,Málaga\r\n");
}

/// A file of another kind than the command reads is named for what it is.
#[test]
fn a_vcard_or_a_fake_workbook_is_named_for_what_it_is() {
    let s = Sandbox::new();
    let vcf = write(
        &s,
        "iphone.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n",
    );
    assert_one_error_line(
        &s.fails(&["import", "clients", &vcf]),
        "this is a vCard file; import it with `clientela import vcard`",
    );
    let junk = write(&s, "junk.xlsx", &[0x13, 0x37, 0xff, 0x00, 0x42]);
    assert_one_error_line(
        &s.fails(&["import", "clients", &junk]),
        "named like a workbook but it is not one",
    );
    let ics = write(
        &s,
        "all.ics",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
    );
    for command in ["clients", "vcard"] {
        assert_one_error_line(
            &s.fails(&["import", command, &ics]),
            "this is a calendar (iCalendar); import it with `clientela agenda import`",
        );
    }
    assert_one_error_line(
        &s.fails(&["import", "vcard", &fixture("lista_es.xlsx")]),
        "this is a spreadsheet workbook; import it with `clientela import clients`",
    );
}

/// A Spanish Outlook export's home address (`... de residencia`) comes in whole.
#[test]
fn a_spanish_outlook_home_address_comes_in() {
    let s = Sandbox::new();
    let file = write(
        &s,
        "outlook_es.csv",
        "Nombre,Apellidos,Calle de residencia,Ciudad de residencia,Provincia o estado de residencia,Código postal de residencia,País o región de residencia,Teléfono móvil\r\n\
         Rosa,Gil Sanz,C/ Luna 2,Toledo,Toledo,45001,España,600 999 888\r\n"
            .as_bytes(),
    );
    let said = s.ok(&["import", "clients", &file]);
    assert!(!said.contains("ignored"), "{said}");
    let rosa = card(&s, "Rosa Gil Sanz");
    assert_eq!(
        (
            &rosa["address"],
            &rosa["city"],
            &rosa["region"],
            &rosa["postcode"],
            &rosa["country"]
        ),
        (
            &"C/ Luna 2".into(),
            &"Toledo".into(),
            &"Toledo".into(),
            &"45001".into(),
            &"España".into()
        )
    );
    assert_eq!(
        (&rosa["surname"], &rosa["second_surname"]),
        (&"Gil".into(), &"Sanz".into())
    );
}

/// A row with a work and a home address: the card keeps the first, and says so.
#[test]
fn a_second_address_in_a_row_is_said() {
    let s = Sandbox::new();
    let file = write(
        &s,
        "dos.csv",
        "Nombre,Calle del trabajo,Calle de residencia\nRosa Gil,Pol. Ind. 4,C/ Luna 2\n".as_bytes(),
    );
    let said = s.ok(&["import", "clients", &file]);
    assert!(
        said.contains(
            "line 2: Calle de residencia `C/ Luna 2` is a second address; a card keeps the first"
        ),
        "{said}"
    );
    assert_eq!(card(&s, "Rosa Gil")["address"], "Pol. Ind. 4");
}
