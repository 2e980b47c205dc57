//! `clientela export` and `clientela import`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use color_eyre::eyre::{Result, WrapErr, eyre};

use super::Session;
use super::exchange_args::{ExportCommand, ImportArgs, ImportCommand, Select};
use super::output::as_of;
use crate::domain::import_plan::{ImportPlan, Outcome, Same, Target, plan};
use crate::domain::{Client, ClientFilter, Standing};
use crate::exchange::client_csv::{Column, ExportRow, write_clients};
use crate::exchange::csv_import::{CsvOptions, read_csv};
use crate::exchange::import_map::parse_mapping;
use crate::exchange::imported::{ImportError, ImportedCards};
use crate::exchange::vcard::write_vcards;
use crate::exchange::vcard_import::read_vcards;

/// Runs an export.
pub fn run_export(session: &Session, command: ExportCommand) -> Result<()> {
    match command {
        ExportCommand::Clients {
            output,
            dialect,
            columns,
            select,
        } => {
            let columns = match columns {
                Some(list) => Column::parse_list(&list).map_err(|e| eyre!("--columns: {e}"))?,
                None => Column::card(),
            };
            let computed = columns.iter().any(|c| c.is_computed());
            let rows = selected(session, &select, computed)?;
            let export: Vec<ExportRow<'_>> = rows
                .iter()
                .map(|(client, standing)| ExportRow {
                    client,
                    standing: standing.as_ref(),
                })
                .collect();
            write_to(output.as_deref(), export.len(), |out| {
                Ok(write_clients(out, &export, &columns, dialect)?)
            })
        }
        ExportCommand::Vcard {
            output,
            vcard_version,
            select,
        } => {
            let rows = selected(session, &select, false)?;
            let clients: Vec<&Client> = rows.iter().map(|(c, _)| c).collect();
            write_to(output.as_deref(), clients.len(), |out| {
                Ok(write_vcards(out, &clients, vcard_version)?)
            })
        }
    }
}

/// The clients `select` picks, with standings when asked for or filtered by class.
fn selected(
    session: &Session,
    select: &Select,
    computed: bool,
) -> Result<Vec<(Client, Option<Standing>)>> {
    let filter: ClientFilter = select
        .filter
        .as_deref()
        .unwrap_or_default()
        .parse()
        .map_err(|e| eyre!("--filter: {e}"))?;
    let today = as_of(session, select.as_of.as_deref())?;
    let store = session.open_store()?;
    let c = &session.config;
    let mut rows = store.clients_for_export(
        &c.classification,
        &c.loyalty,
        today,
        computed || filter.needs_classes(),
    )?;
    rows.retain(|(client, standing)| {
        let classes = standing.as_ref().map(Standing::classes);
        filter.matches(client, classes.as_ref())
    });
    Ok(rows)
}

/// Writes with `write` to `path` (saying how many clients went there) or to stdout.
fn write_to(
    path: Option<&Path>,
    count: usize,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match path {
        Some(path) => {
            let file = File::create(path).wrap_err_with(|| format!("{}", path.display()))?;
            let mut out = BufWriter::new(file);
            write(&mut out)?;
            out.flush()
                .wrap_err_with(|| format!("{}", path.display()))?;
            println!("{count} clients written to {}", path.display());
        }
        None => write(&mut io::stdout().lock())?,
    }
    Ok(())
}

/// Runs an import.
pub fn run_import(session: &Session, command: ImportCommand) -> Result<()> {
    let (file, common, read) = match command {
        ImportCommand::Clients {
            file,
            format,
            map,
            encoding,
            common,
        } => {
            let mapping = match map {
                Some(m) => parse_mapping(&m).map_err(|e| eyre!("--map: {e}"))?,
                None => Vec::new(),
            };
            let options = CsvOptions {
                format,
                mapping,
                encoding,
            };
            let bytes = read_file(&file)?;
            let csv = read_csv(&bytes, &options).map_err(|e| at(&file, e))?;
            println!(
                "{}: {} format, {}, delimiter '{}'",
                file.display(),
                csv.format.code(),
                csv.encoding,
                csv.delimiter.escape_default()
            );
            (file, common, csv.read)
        }
        ImportCommand::Vcard { file, common } => {
            let bytes = read_file(&file)?;
            let read = read_vcards(&bytes).map_err(|e| at(&file, e))?;
            (file, common, read)
        }
    };
    import(session, &file, &common, read)
}

fn read_file(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).wrap_err_with(|| format!("cannot read {}", path.display()))
}

/// `file:line:column: what`.
fn at(file: &Path, e: ImportError) -> color_eyre::Report {
    eyre!("{}:{e}", file.display())
}

fn import(session: &Session, file: &Path, common: &ImportArgs, read: ImportedCards) -> Result<()> {
    let mut store = session.open_store()?;
    let existing = store.client_summaries()?;
    let plan = plan(&existing, read.cards, common.on_duplicate).map_err(|(line, errors)| {
        let what: Vec<String> = errors.iter().map(ToString::to_string).collect();
        eyre!("{}:{line}:1: {}", file.display(), what.join("; "))
    })?;
    for warning in &read.warnings {
        println!("{}: {warning}", file.display());
    }
    report(&plan);
    let (created, merged, skipped) = plan.counts();
    if common.dry_run {
        println!(
            "would create {created}, merge {merged}, skip {skipped} (dry run: nothing written)"
        );
        return Ok(());
    }
    store.import_clients(&plan, session.clock.now())?;
    println!("created {created}, merged {merged}, skipped {skipped}");
    Ok(())
}

/// One line per card that matched another.
fn report(plan: &ImportPlan) {
    for row in &plan.rows {
        let (verb, target, same) = match &row.outcome {
            Outcome::Created => continue,
            Outcome::Merged(t, s) => ("merged into", t, s),
            Outcome::Skipped(t, s) => ("skipped, already there as", t, s),
            Outcome::AddedAnyway(t, s) => ("added though it matches", t, s),
        };
        let target = match target {
            Target::Existing(id, name) => format!("client {id} {name}"),
            Target::Earlier(line) => format!("the card on line {line}"),
        };
        let same = match same {
            Same::Email(e) => format!("same email {e}"),
            Same::Phone(p) => format!("same phone {p}"),
        };
        println!("line {}: {} {verb} {target} ({same})", row.line, row.name);
    }
}
