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
    let result = Session::resolve(&cli.session_args()).and_then(|session| match cli.command {
        Some(command) => cli::run(&session, command),
        None => clientela::tui::run(&session),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(report) if is_broken_pipe(&report) => ExitCode::SUCCESS,
        Err(report) => {
            let chain: Vec<String> = report.chain().map(ToString::to_string).collect();
            eprintln!("error: {}", chain.join(": "));
            ExitCode::FAILURE
        }
    }
}

/// A reader that stopped reading (`clientela client list | head`) is not an error.
fn is_broken_pipe(report: &color_eyre::eyre::Report) -> bool {
    report.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.to_string().contains("Broken pipe")
    })
}
