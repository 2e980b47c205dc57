//! The command line in Spanish: every refusal, report and usage mistake said in the
//! user's language, from the real binary; English keeps the words scripts match.

mod common;

use common::sandbox::Sandbox;

const ES: &str = "es_ES.UTF-8";

/// Runs `args` (with `--db`) under `LANG=lang`: (success, stdout, stderr).
fn run_in(s: &Sandbox, lang: &str, args: &[&str]) -> (bool, String, String) {
    let out = s
        .cmd()
        .env("LANG", lang)
        .arg("--db")
        .arg(s.db())
        .args(args)
        .output()
        .expect("run");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Stderr of a run that must fail.
fn refused(s: &Sandbox, lang: &str, args: &[&str]) -> String {
    let (ok, _, err) = run_in(s, lang, args);
    assert!(!ok, "{args:?} should fail");
    err
}

/// Stdout of a run that must succeed.
fn said(s: &Sandbox, lang: &str, args: &[&str]) -> String {
    let (ok, out, err) = run_in(s, lang, args);
    assert!(ok, "{args:?} failed: {err}");
    out
}

/// With the UI in Spanish, what the CLI refuses is said in Spanish; in English it keeps
/// the words scripts match.
#[test]
fn refusals_speak_the_users_language() {
    let s = Sandbox::new();
    let in_lang = |lang: &str, args: &[&str]| refused(&s, lang, args);
    assert_eq!(
        in_lang("es_ES.UTF-8", &["client", "show", "42"]),
        "error: no existe el cliente 42\n"
    );
    // A client that is not there is said first; one that is asks for --yes.
    assert_eq!(
        in_lang("es_ES.UTF-8", &["client", "delete", "3"]),
        "error: no existe el cliente 3\n"
    );
    s.ok(&["client", "add", "--name", "Ana"]);
    assert_eq!(
        in_lang("es_ES.UTF-8", &["client", "delete", "1"]),
        "error: no se borra el cliente 1 sin --yes\n"
    );
    s.ok(&["log", "add", "1", "--kind", "visit"]);
    assert_eq!(
        in_lang(
            "es_ES.UTF-8",
            &["log", "add", "1", "--kind", "purchase", "--amount", "0"]
        ),
        "error: --amount: una compra no puede ser de 0 (una devolución va en negativo: -12,50)\n"
    );
    // The flag whose value is at fault is named, in both languages.
    assert_eq!(
        in_lang(
            "es_ES.UTF-8",
            &["log", "add", "1", "--kind", "visit", "--at", "2030-01-01"]
        ),
        "error: --at: 01/01/2030 00:00 es después de hoy: el registro dice lo que pasó (lo previsto va en la agenda)\n"
    );
    assert!(
        in_lang("C", &["log", "add", "1", "--kind", "purchase"]).starts_with("error: --amount: "),
    );
    assert_eq!(
        in_lang("es_ES.UTF-8", &["log", "edit", "1"]),
        "error: nada que cambiar: dé al menos uno de --kind, --at, --amount, --margin, --note, --channel, --expected/--perceived, --no-valuation\n"
    );
    assert_eq!(
        in_lang("C", &["client", "show", "42"]),
        "error: no client with id 42\n"
    );
}

/// A mistake on the command line itself (clap's part) is one Spanish line too.
#[test]
fn usage_mistakes_are_said_in_spanish() {
    let s = Sandbox::new();
    assert_eq!(
        refused(&s, ES, &["clinet", "list"]),
        "error: no hay ninguna orden «clinet» (¿quiso decir «client»?) (vea clientela --help)\n"
    );
    assert_eq!(
        refused(&s, ES, &["client", "list", "--bogus"]),
        "error: sobra el argumento «--bogus» (vea clientela --help)\n"
    );
    let count = refused(
        &s,
        ES,
        &[
            "agenda",
            "add",
            "--agenda",
            "Jefa",
            "--title",
            "t",
            "--start",
            "2026-12-01",
            "--repeat",
            "weekly",
            "--count",
            "cuatro",
        ],
    );
    assert!(
        count.starts_with("error: «cuatro» no vale para --count")
            && count.contains("no es un número entero"),
        "{count}"
    );
    let kind = refused(&s, ES, &["log", "add", "1", "--kind", "cosa"]);
    assert!(
        kind.starts_with("error: «cosa» no es un valor de --kind")
            && kind.contains("valores posibles: "),
        "{kind}"
    );
    // English keeps clap's words.
    let english = refused(&s, "C", &["client", "list", "--bogus"]);
    assert!(
        english.contains("unexpected argument '--bogus'"),
        "{english}"
    );
}

/// The reports of demo, export, import, check and backup, in Spanish with their
/// counts in the right number; the same reports in English.
#[test]
fn reports_are_said_in_spanish_with_counts_in_the_right_number() {
    let s = Sandbox::new();
    let demo = said(&s, ES, &["demo", "--clients", "1", "--entries", "1"]);
    assert!(
        demo.starts_with("1 cliente de demostración, 1 anotación, ")
            && demo.contains(" citas y 6 escenas escritos en "),
        "{demo}"
    );
    let out = s.dir.path().join("lista.csv");
    let out = out.display().to_string();
    assert_eq!(
        said(&s, ES, &["export", "clients", "-o", &out]).trim_end(),
        format!("1 cliente escrito en {out}")
    );
    let report = said(&s, ES, &["import", "clients", &out, "--dry-run"]);
    assert!(
        report.contains("formato clientela, UTF-8, separador «,»"),
        "{report}"
    );
    assert!(report.contains("línea 2: "), "{report}");
    assert!(
        report.contains(" se omitió: ya está como el cliente 1 "),
        "{report}"
    );
    assert!(
        report.contains(
            "se crearían 0, se fusionarían 0, se omitirían 1 (prueba: no se ha escrito nada)"
        ),
        "{report}"
    );
    let report = said(&s, ES, &["check"]);
    assert!(report.contains(" está íntegro (el quick_check"), "{report}");
    assert_eq!(
        said(&s, "C", &["export", "clients", "-o", &out]).trim_end(),
        format!("1 client written to {out}")
    );
    let refused_demo = refused(&s, ES, &["demo", "--clients", "2"]);
    assert_eq!(
        refused_demo,
        format!(
            "error: {} ya tiene 1 cliente: use --force para cambiarlos por los datos de demostración\n",
            s.db()
        )
    );
}

/// What the file operations and the domain's rules refuse, in Spanish.
#[test]
fn file_and_rule_refusals_are_said_in_spanish() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana"]);
    let folder = s.dir.path().display().to_string();
    assert_eq!(
        refused(&s, ES, &["restore", &folder]),
        format!("error: {folder} es una carpeta, no una copia de una base de datos\n")
    );
    assert_eq!(
        refused(&s, ES, &["backup", "-o", &s.db()]),
        format!(
            "error: no se escribe {0}: es la base de datos {0} (o uno de sus archivos de diario); elija otro archivo\n",
            s.db()
        )
    );
    assert_eq!(
        refused(&s, ES, &["import", "clients", "no-hay.csv"]),
        "error: no se puede leer no-hay.csv: no existe\n"
    );
    assert_eq!(
        refused(&s, ES, &["export", "clients", "--filter", "ciclo"]),
        "error: --filter: «ciclo» no es campo=valor\n"
    );
    assert_eq!(
        refused(
            &s,
            ES,
            &["log", "add", "1", "--kind", "purchase", "--amount", "12,5x"]
        ),
        "error: --amount: «12,5x» no es un importe (12,50)\n"
    );
    assert_eq!(
        refused(
            &s,
            ES,
            &[
                "agenda",
                "list",
                "--from",
                "2026-12-05",
                "--to",
                "2026-12-01"
            ]
        ),
        "error: --to (01/12/2026) es anterior a --from (05/12/2026)\n"
    );
    assert_eq!(
        refused(
            &s,
            ES,
            &["log", "add", "1", "--kind", "visit", "--amount", "5"]
        ),
        "error: --amount: solo las compras llevan importe o margen\n"
    );
    assert_eq!(
        refused(
            &s,
            ES,
            &["log", "add", "1", "--kind", "visit", "--expected", "7"]
        ),
        "error: «7» no vale para --expected <ESPERADA>: tiene que estar entre 1 y 5 (vea clientela --help)\n"
    );
    // English: the same refusals in the words scripts match.
    assert_eq!(
        refused(&s, "C", &["export", "clients", "--filter", "ciclo"]),
        "error: --filter: `ciclo` is not field=value\n"
    );
}

/// What is wrong inside an imported file is said in Spanish with its place in words
/// (file, line, column); English keeps `file:line:column:`. A warning too.
#[test]
fn import_errors_name_the_place_in_spanish() {
    let s = Sandbox::new();
    let write = |name: &str, text: &str| {
        let path = s.dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path.display().to_string()
    };
    let bad = write(
        "mala.csv",
        "Nombre;Teléfono;Cumpleaños\nAna;600111222;31/02/1980\n",
    );
    assert_eq!(
        refused(&s, ES, &["import", "clients", &bad]),
        format!("error: {bad}, línea 2, columna 3: Cumpleaños: «31/02/1980» no es una fecha\n")
    );
    assert_eq!(
        refused(&s, "C", &["import", "clients", &bad]),
        format!("error: {bad}:2:3: Cumpleaños: `31/02/1980` is not a date\n")
    );
    let kind = write("tipo.csv", "name,kind\nAna,cosa\n");
    assert!(
        refused(&s, ES, &["import", "clients", &kind])
            .contains("línea 2, columna 2: kind: «cosa» no es ninguno de: person, company"),
    );
    let nameless = write("sin.csv", "Código\nx\n");
    assert!(
        refused(&s, ES, &["import", "clients", &nameless])
            .contains("línea 1, columna 1: ninguna columna da el nombre: diga cuál con --map"),
    );
    let open = write("abierta.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\n");
    assert_eq!(
        refused(&s, ES, &["import", "vcard", &open]),
        format!("error: {open}, línea 1, columna 1: esta ficha no tiene END:VCARD\n")
    );
    let no_year = write(
        "sin-año.vcf",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nBDAY:--05-01\nEND:VCARD\n",
    );
    let said = said(&s, ES, &["import", "vcard", &no_year]);
    assert!(
        said.contains("creados 1, fusionados 0, omitidos 0"),
        "{said}"
    );
    // A birthday without a year keeps its day and month, shown as such.
    let shown = s.ok(&["client", "show", "1"]);
    assert!(shown.contains("--05-01"), "{shown}");
    let shown = run_in(&s, ES, &["client", "show", "1"]).1;
    assert!(
        shown.contains("Cumpleaños") && shown.contains("01/05\n"),
        "{shown}"
    );
}

/// A calendar file's errors too: place and reason in Spanish, the agenda's own rule
/// (an end before the start) in the same words as everywhere else.
#[test]
fn calendar_import_errors_are_said_in_spanish() {
    let s = Sandbox::new();
    let path = s.dir.path().join("mala.ics");
    std::fs::write(
        &path,
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:Cita\nDTSTART:20261201T100000\nDTEND:20261201T090000\nEND:VEVENT\nEND:VCALENDAR\n",
    )
    .expect("write");
    let path = path.display().to_string();
    assert_eq!(
        refused(&s, ES, &["agenda", "import", &path, "--agenda", "Jefe"]),
        format!(
            "error: {path}, línea 3: cita «Cita»: el final (01/12/2026 09:00) es anterior al comienzo (01/12/2026 10:00)\n"
        )
    );
    assert!(
        refused(&s, "C", &["agenda", "import", &path, "--agenda", "Jefe"])
            .starts_with(&format!("error: {path}:3: event “Cita”: the end")),
    );
}
