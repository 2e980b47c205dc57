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
            let locale = Session::fallback_locale(config_named().as_deref());
            if locale.lang == clientela::i18n::Lang::Es
                && let Some(said) = cli::usage_error(&e, &locale)
            {
                eprintln!("error: {said}");
                return ExitCode::from(2);
            }
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
            // The errors in the user's language (the configuration's setting when it
            // could be read, else the environment's).
            let locale = Session::fallback_locale(session_args.config.as_deref());
            eprintln!("error: {}", one_line(&report, &locale));
            ExitCode::FAILURE
        }
    }
}

/// The `--config` given on a command line clap refused, if any.
fn config_named() -> Option<std::path::PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        if text == "--config" {
            return args.next().map(Into::into);
        }
        if let Some(path) = text.strip_prefix("--config=") {
            return Some(path.into());
        }
    }
    None
}

/// The report as one line: each cause once (a cause whose text is already said is
/// left out), line breaks folded, and at most a few hundred characters (a value
/// quoted from a file can be megabytes long).
fn one_line(report: &color_eyre::eyre::Report, locale: &clientela::i18n::Locale) -> String {
    const MOST: usize = 400;
    let mut line = String::new();
    for cause in report.chain() {
        // In Spanish, the program's own refusals are said in Spanish; English keeps
        // the words scripts have always matched.
        let said = match locale.lang {
            clientela::i18n::Lang::Es => cli::say_error(cause, locale),
            clientela::i18n::Lang::En => None,
        };
        let said_whole = said.is_some();
        let text = said.unwrap_or_else(|| cause.to_string());
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
        // Translated, a refusal says it all: its English causes are left out.
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
