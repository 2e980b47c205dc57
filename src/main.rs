//! The `clientela` binary: parse the command line, load the session, dispatch.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clientela::cli::{self, Session};

fn main() -> ExitCode {
    // The language of `--help` and of the command line's mistakes: the configuration's
    // setting when it can be read, else the environment's.
    let locale = Session::fallback_locale(config_named().as_deref());
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cli = match cli::parse(&locale) {
        Ok(cli) => cli,
        Err(e) if e.kind() == ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelp => {
            let terminal = std::io::stdout().is_terminal();
            print!("{}", cli::said_help(&e, &locale, terminal));
            return ExitCode::SUCCESS;
        }
        // A command given without the subcommand it needs: one line, as for every other
        // mistake, whether or not options came with it; `--help` has the rest.
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand
            ) && let Some(said) = cli::missing_command(&args, &locale) =>
        {
            eprintln!("error: {said}");
            return ExitCode::from(2);
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let terminal = std::io::stderr().is_terminal();
            eprint!("{}", cli::said_help(&e, &locale, terminal));
            return ExitCode::from(2);
        }
        Err(e) => {
            // One line, as for every other user mistake; `--help` has the rest.
            if let Some(said) = cli::usage_error(&e, &locale) {
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
    let result = Session::resolve(&session_args).and_then(|session| {
        let unborn = clientela::ops::unborn(&session).map(std::path::Path::to_path_buf);
        match cli.command {
            Some(command) => cli::run(&session, command),
            None => clientela::tui::run(&session),
        }?;
        // A database named but not there was made: said once the work is done, so a
        // mistyped path is noticed.
        if let Some(path) = unborn.filter(|p| p.exists()) {
            let said = session.locale.t(clientela::i18n::CliMsg::NewDatabase);
            eprintln!("{}", clientela::i18n::fill(said, path.display()));
        }
        Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(report) if cli::is_broken_pipe(&report) => ExitCode::SUCCESS,
        Err(report) => {
            // The errors in the user's language (the configuration's setting when it
            // could be read, else the environment's).
            let locale = Session::fallback_locale(session_args.config.as_deref());
            eprintln!("error: {}", cli::one_line(&report, &locale));
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
