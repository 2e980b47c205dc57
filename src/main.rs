//! The `clientela` binary: parse the command line, load the session, dispatch.

use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
use clientela::cli::{self, Cli, Session};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(2);
        }
        Err(e) => {
            // One line, as for every other user mistake; `--help` has the rest.
            let text = e.render().to_string();
            let first_block: Vec<&str> = text
                .lines()
                .map(str::trim)
                .skip_while(|l| l.is_empty())
                .take_while(|l| !l.is_empty())
                .collect();
            eprintln!("{} (see clientela --help)", first_block.join(" "));
            return ExitCode::from(2);
        }
    };
    if let Err(e) = color_eyre::install() {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    let session_args = cli.session_args();
    let result = Session::resolve(&session_args).and_then(|session| match cli.command {
        Some(command) => cli::run(&session, command),
        None => clientela::tui::run(&session),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(report) if is_broken_pipe(&report) => ExitCode::SUCCESS,
        Err(report) => {
            // The store's errors in the user's language (the configuration's setting
            // when it could be read, else the environment's).
            let config = session_args
                .config
                .as_deref()
                .and_then(|p| clientela::config::Config::load(p, true).ok())
                .unwrap_or_default();
            let locale = clientela::i18n::Locale::from_config(&config, |k| std::env::var(k).ok());
            eprintln!("error: {}", one_line(&report, &locale));
            ExitCode::FAILURE
        }
    }
}

/// The report as one line: each cause once (a cause whose text is already said is
/// left out), line breaks folded, and at most a few hundred characters (a value
/// quoted from a file can be megabytes long).
fn one_line(report: &color_eyre::eyre::Report, locale: &clientela::i18n::Locale) -> String {
    const MOST: usize = 400;
    let mut line = String::new();
    for cause in report.chain() {
        // In Spanish, what the store refused is said in Spanish; English keeps the
        // words scripts have always matched.
        let (text, said_whole) = match cause.downcast_ref::<clientela::store::StoreError>() {
            Some(e) if locale.lang == clientela::i18n::Lang::Es => {
                (clientela::tui::explain(e, locale), true)
            }
            _ => (cause.to_string(), false),
        };
        let text = text
            .split_whitespace()
            .map(shorten)
            .collect::<Vec<_>>()
            .join(" ");
        // SQLite's internal code says nothing to the user; its words are kept.
        let text = match text.strip_prefix("Error code ") {
            Some(rest) => rest
                .split_once(": ")
                .map_or(text.clone(), |(_, t)| t.to_string()),
            None => text,
        };
        if text.is_empty() || line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
        // Translated, the store's refusal says it all: its English causes are left out.
        if said_whole {
            break;
        }
    }
    match line.char_indices().nth(MOST) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// A word of a message at most about 60 characters long: a value quoted from a file is
/// cut, keeping the quotes and punctuation that close it.
fn shorten(word: &str) -> String {
    const MOST: usize = 60;
    if word.chars().count() <= MOST {
        return word.to_string();
    }
    let head: String = word.chars().take(MOST).collect();
    let mut tail: Vec<char> = word
        .chars()
        .rev()
        .take_while(|c| !c.is_alphanumeric())
        .take(3)
        .collect();
    tail.reverse();
    format!("{head}…{}", tail.into_iter().collect::<String>())
}

/// A reader that stopped reading (`clientela client list | head`) is not an error.
fn is_broken_pipe(report: &color_eyre::eyre::Report) -> bool {
    report.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.to_string().contains("Broken pipe")
    })
}
