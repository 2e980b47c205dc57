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
        "error: No existe el cliente 42.\n"
    );
    // A client that is not there is said first; one that is asks for --yes.
    assert_eq!(
        in_lang("es_ES.UTF-8", &["client", "delete", "3"]),
        "error: No existe el cliente 3.\n"
    );
    s.ok(&["client", "add", "--name", "Ana"]);
    assert_eq!(
        in_lang("es_ES.UTF-8", &["client", "delete", "1"]),
        "error: No se borra el cliente 1 sin --yes.\n"
    );
    s.ok(&["log", "add", "1", "--kind", "visit"]);
    assert_eq!(
        in_lang(
            "es_ES.UTF-8",
            &["log", "add", "1", "--kind", "purchase", "--amount", "0"]
        ),
        "error: Una compra no puede ser de 0 (una devolución va en negativo: -12,50).\n"
    );
    assert_eq!(
        in_lang("es_ES.UTF-8", &["log", "edit", "1"]),
        "error: Nada que cambiar: dé al menos uno de --kind, --at, --amount, --margin, --note, --channel, --expected/--perceived, --no-valuation.\n"
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
    let kind = refused(&s, ES, &["log", "add", "1", "--kind", "compra"]);
    assert!(
        kind.starts_with("error: «compra» no es un valor de --kind")
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
        format!("error: {folder} es una carpeta, no una copia de una base de datos.\n")
    );
    assert_eq!(
        refused(&s, ES, &["backup", "-o", &s.db()]),
        format!(
            "error: No se escribe {0}: es la base de datos {0} (o uno de sus archivos de diario); elija otro archivo.\n",
            s.db()
        )
    );
    assert_eq!(
        refused(&s, ES, &["import", "clients", "no-hay.csv"]),
        "error: No se puede leer no-hay.csv: no existe\n"
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
        "error: Solo las compras llevan importe o margen.\n"
    );
    assert_eq!(
        refused(
            &s,
            ES,
            &["log", "add", "1", "--kind", "visit", "--expected", "7"]
        ),
        "error: «7» no vale para --expected <EXPECTED>: tiene que estar entre 1 y 5 (vea clientela --help)\n"
    );
    // English: the same refusals in the words scripts match.
    assert_eq!(
        refused(&s, "C", &["export", "clients", "--filter", "ciclo"]),
        "error: --filter: `ciclo` is not field=value\n"
    );
}
