//! `--help` in both languages: every command and option has its Spanish text, and the
//! help a user reads in Spanish has no English left in clap's own words; English keeps
//! the doc comments.

mod common;

use std::collections::HashSet;

use clientela::cli::english_places;
use clientela::i18n::{Lang, Locale};
use common::sandbox::Sandbox;

/// The Spanish table has one text for each place of the help, and nothing else.
#[test]
fn every_command_and_option_has_its_spanish_text() {
    let places: Vec<String> = english_places().into_iter().map(|(p, _)| p).collect();
    let table: Vec<&str> = clientela::cli::help_es().iter().map(|(p, _)| *p).collect();
    let missing: Vec<&String> = places
        .iter()
        .filter(|p| !table.contains(&p.as_str()))
        .collect();
    assert!(missing.is_empty(), "no Spanish text for {missing:?}");
    let stale: Vec<&&str> = table
        .iter()
        .filter(|p| !places.iter().any(|q| q == *p))
        .collect();
    assert!(stale.is_empty(), "Spanish texts of no place: {stale:?}");
    let mut seen = HashSet::new();
    for (place, text) in clientela::cli::help_es() {
        assert!(seen.insert(place), "{place} twice");
        assert!(!text.trim().is_empty(), "{place} has an empty text");
    }
}

/// Every command's help, rendered in Spanish: clap's English words are all replaced.
#[test]
fn every_commands_help_reads_in_spanish() {
    let es = Locale::new(Lang::Es, "auto");
    let mut command = clientela::cli::command(&es);
    let mut stack = vec![(String::new(), command.clone())];
    let mut seen = 0;
    while let Some((path, mut c)) = stack.pop() {
        let help = c.render_long_help().to_string();
        for english in [
            "Options:",
            "Commands:",
            "Arguments:",
            "Print help",
            "Print version",
            "[possible values",
            "[default:",
            "[env:",
            "<PATH>",
            "<FILE>",
        ] {
            assert!(!help.contains(english), "`{path}` says {english}:\n{help}");
        }
        seen += 1;
        for sub in c.get_subcommands() {
            stack.push((format!("{path} {}", sub.get_name()), sub.clone()));
        }
    }
    assert!(seen > 40, "{seen} commands");
    // The whole command line still parses as before.
    command.build();
    command.debug_assert();
}

/// The binary: `--help` in the user's language, plain text when not on a terminal.
#[test]
fn the_binary_says_its_help_in_the_users_language() {
    let s = Sandbox::new();
    let help = |lang: &str, args: &[&str]| {
        let out = s.cmd().env("LANG", lang).args(args).output().expect("run");
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let es = help("es_ES.UTF-8", &["--help"]);
    assert!(es.contains("Uso: clientela [OPCIONES] [ORDEN]"), "{es}");
    assert!(es.contains("Órdenes:") && es.contains("Opciones:"), "{es}");
    assert!(es.contains("Muestra la ayuda"), "{es}");
    assert!(
        !es.contains('\u{1b}'),
        "no escape codes into a pipe:\n{es:?}"
    );
    let add = help("es_ES.UTF-8", &["client", "add", "--help"]);
    assert!(add.contains("--phone <TELÉFONO>"), "{add}");
    assert!(add.contains("[valores: person, company]"), "{add}");
    let en = help("C", &["--help"]);
    assert!(en.contains("Usage: clientela [OPTIONS] [COMMAND]"), "{en}");
    assert!(en.contains("Print help"), "{en}");
    assert!(
        !en.contains('\u{1b}'),
        "no escape codes into a pipe:\n{en:?}"
    );
    // A command without its subcommand says which there are, in one line, whether
    // or not options came with it.
    for (lang, said) in [
        (
            "es_ES.UTF-8",
            "error: «clientela export» necesita una orden: clients, vcard (vea clientela export --help)\n",
        ),
        (
            "C",
            "error: 'clientela export' needs a command: clients, vcard (see clientela export --help)\n",
        ),
    ] {
        for args in [
            &["export"][..],
            &["export", "--demo"],
            &["--demo", "export"],
        ] {
            let out = s
                .cmd()
                .env_remove("CLIENTELA_TODAY")
                .env("LANG", lang)
                .args(args)
                .output()
                .expect("run");
            assert_eq!(out.status.code(), Some(2));
            assert_eq!(String::from_utf8_lossy(&out.stderr), said, "{args:?}");
        }
    }
}
