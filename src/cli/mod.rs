//! The command line: `clientela` opens the TUI; subcommands script the same operations.

mod agenda;
mod agenda_args;
mod args;
mod card_args;
mod classify;
mod client;
mod codes;
mod error_line;
mod exchange;
mod exchange_args;
mod help;
mod log;
mod loyalty;
mod output;
mod said;
mod scenes;

pub use crate::i18n::help_es::help_es;
pub use crate::session::Session;
pub use args::{
    AgendaCommand, BackupArgs, Cli, ClientCommand, Command, ComplaintCommand, DemoArgs, Format,
    LogCommand, RestoreArgs,
};
pub use error_line::{is_broken_pipe, one_line};
pub use help::{command, english_places, missing_command, parse, said_help};
pub use said::{say_error, usage_error};

use std::io::Write;

use color_eyre::eyre::{Result, WrapErr, bail};

use crate::demo::DemoOptions;
use crate::i18n::{CliMsg as C, fill, fill_all, fill2};
use crate::ops::backup::{self, Automatic};
use crate::store::{Store, StoreError, health};

/// Runs a subcommand against the session's database. An error that means the file is
/// damaged is remembered beside it (every later write is refused) and said as such.
pub fn run(session: &Session, command: Command) -> Result<()> {
    dispatch(session, command).map_err(|e| {
        let found = e
            .chain()
            .find_map(|cause| cause.downcast_ref::<StoreError>())
            .and_then(|known| known.damage_of(&session.database));
        match found {
            Some(report) => {
                if let Err(also) = health::remember_damage(&session.database, &report) {
                    return e.wrap_err(also.to_string());
                }
                StoreError::Damaged {
                    path: session.database.clone(),
                    report,
                }
                .into()
            }
            None => e,
        }
    })
}

fn dispatch(session: &Session, command: Command) -> Result<()> {
    match command {
        Command::Client(c) => client::run(session, *c),
        Command::Log(c) => log::run(session, *c),
        Command::Complaint(c) => log::run_complaint(session, c),
        Command::Classify(args) => classify::run(session, args),
        Command::Loyalty(args) => loyalty::run_loyalty(session, args),
        Command::Dashboard(args) => loyalty::run_dashboard(session, args),
        Command::Agenda(c) => agenda::run(session, *c),
        Command::Scenes(c) => scenes::run(session, *c),
        Command::Export(c) => exchange::run_export(session, *c),
        Command::Import(c) => exchange::run_import(session, *c),
        Command::Demo(args) => run_demo(session, args),
        Command::Backup(args) => run_backup(session, args),
        Command::Restore(args) => run_restore(session, args),
        Command::Check => run_check(session),
        Command::Compact => {
            let mut store = crate::ops::open(session)?;
            let overwritten = store.compact()?;
            client::not_yet_overwritten(&overwritten, "", &session.locale)?;
            writeln!(
                output::Report::default(),
                "{}",
                fill(session.locale.t(C::Compacted), session.database.display())
            )?;
            Ok(())
        }
    }
}

fn run_backup(session: &Session, args: BackupArgs) -> Result<()> {
    let store = crate::ops::open(session)?;
    let path = match args.output {
        // A folder, or a name ending in `/` (made if missing): a named copy inside.
        Some(path) if path.is_dir() || path.as_os_str().to_string_lossy().ends_with('/') => {
            crate::store::create_private_dirs(&path)
                .wrap_err_with(|| path.display().to_string())?;
            backup::manual_in(&store, session, &path)?
        }
        Some(path) => {
            backup::copy_to(&store, &session.database, &path)?;
            path
        }
        None => backup::manual(&store, session)?,
    };
    if path.as_os_str() != "-" {
        let said = fill(session.locale.t(C::CopiedTo), path.display());
        writeln!(output::Report::default(), "{said}")?;
    }
    Ok(())
}

fn run_check(session: &Session) -> Result<()> {
    let store = crate::ops::open(session)?;
    let started = std::time::Instant::now();
    match store.check()? {
        None => {
            let l = &session.locale;
            let seconds = l.decimal(started.elapsed().as_secs_f64(), 1, false);
            let said = fill2(l.t(C::Whole), session.database.display(), seconds);
            writeln!(output::Report::default(), "{said}")?;
            Ok(())
        }
        Some(report) => Err(StoreError::Damaged {
            path: session.database.clone(),
            report,
        }
        .into()),
    }
}

fn run_restore(session: &Session, args: RestoreArgs) -> Result<()> {
    // A database too damaged to open is still restored over.
    let mut store = match crate::ops::open(session) {
        Ok(store) => store,
        Err(e) => {
            let damage = e.downcast_ref::<StoreError>();
            let Some(report) = damage.and_then(|d| d.damage_of(&session.database)) else {
                return Err(e);
            };
            health::remember_damage(&session.database, &report)?;
            Store::open_damaged(&session.database)?
        }
    };
    let kept = backup::restore(&mut store, session, &args.file)?;
    let clients = store.client_count()?;
    let l = &session.locale;
    let said = fill_all(
        l.t(C::Restored),
        &[
            &session.database.display(),
            &args.file.display(),
            &l.clients(clients.unsigned_abs()),
            &kept.display(),
        ],
    );
    writeln!(output::Report::default(), "{said}")?;
    Ok(())
}

fn run_demo(session: &Session, args: DemoArgs) -> Result<()> {
    let mut store = crate::ops::open(session)?;
    let existing = store.client_count()?;
    if existing > 0 && !args.force {
        let l = &session.locale;
        bail!(fill2(
            l.t(C::DemoRefused),
            session.database.display(),
            l.clients(existing.unsigned_abs())
        ));
    }
    let mut report = output::Report::default();
    if existing > 0 {
        let copy = backup::automatic(&store, session, Automatic::BeforeDemo)?;
        let l = &session.locale;
        let said = fill2(
            l.t(C::DemoKept),
            l.clients(existing.unsigned_abs()),
            copy.display(),
        );
        writeln!(report, "{said}")?;
    }
    let options = DemoOptions {
        clients: args.clients,
        seed: args.seed,
        entries: args.entries,
    };
    let filled = crate::ops::demo::replace_with_demo(&mut store, session, options)?;
    let l = &session.locale;
    let count = |n: usize, one: C, other: C| l.plural(n as u64, one.into(), other.into());
    let said = fill_all(
        l.t(C::DemoWritten),
        &[
            &count(filled.clients, C::DemoClientsOne, C::DemoClients),
            &count(filled.entries, C::LogEntriesOne, C::LogEntries),
            &count(filled.appointments, C::AgendaEntriesOne, C::AgendaEntries),
            &count(filled.scenes, C::ScenesOne, C::Scenes),
            &session.database.display(),
        ],
    );
    writeln!(report, "{said}")?;
    Ok(())
}
