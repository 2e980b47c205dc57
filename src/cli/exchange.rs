//! `clientela export` and `clientela import`.

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use chrono::NaiveDate;
use color_eyre::eyre::{Result, WrapErr, eyre};

use super::Session;
use super::exchange_args::{ExportCommand, ImportArgs, ImportCommand, ListFile, Select};
use super::output::{Report, as_of};
use crate::domain::ClientFilter;
use crate::domain::import_plan::{ImportPlan, Outcome, Same, Target};
use crate::exchange::client_csv::Column;
use crate::exchange::csv_import::{CsvOptions, read_csv};
use crate::exchange::import_map::{ImportFormat, parse_mapping};
use crate::exchange::import_rows::{Columns, TableOptions};
use crate::exchange::imported::{ImportError, ImportedCards};
use crate::exchange::sheet_import::{is_workbook, read_sheet};
use crate::exchange::vcard_import::read_vcards;
use crate::i18n::{CliMsg as C, Locale, fill, fill_all, fill2};
use crate::ops;
use crate::ops::export::{self, ListFormat, Selection};
use crate::ops::files::write_output;
use crate::store::Store;

/// Runs an export.
pub fn run_export(session: &Session, command: ExportCommand) -> Result<()> {
    match command {
        ExportCommand::Clients {
            output,
            format,
            dialect,
            columns,
            select,
        } => {
            let to_xlsx = output
                .as_deref()
                .and_then(Path::extension)
                .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
            let format = match format {
                Some(ListFile::Xlsx) => ListFormat::Xlsx,
                Some(ListFile::Csv) => ListFormat::Csv(dialect),
                None if to_xlsx => ListFormat::Xlsx,
                None => ListFormat::Csv(dialect),
            };
            let to_stdout = output.as_deref().is_none_or(|p| p.as_os_str() == "-");
            if format == ListFormat::Xlsx && to_stdout && io::stdout().is_terminal() {
                return Err(eyre!(session.locale.t(C::WorkbookToTerminal)));
            }
            let columns = match columns {
                Some(list) => Column::parse_list(&list)
                    .map_err(|e| eyre!("--columns: {}", crate::i18n::tell(&e, &session.locale)))?,
                None => Column::card(),
            };
            let (store, today, selection) = selected(session, &select)?;
            write_to(session, output.as_deref(), |out| {
                export::clients_list(
                    &store,
                    (&session.config, &session.locale),
                    today,
                    &selection,
                    (&columns, format, session.cells),
                    out,
                )
            })
        }
        ExportCommand::Vcard {
            output,
            vcard_version,
            select,
        } => {
            let (store, today, selection) = selected(session, &select)?;
            write_to(session, output.as_deref(), |out| {
                export::vcards(
                    &store,
                    &session.config,
                    today,
                    &selection,
                    vcard_version,
                    out,
                )
            })
        }
    }
}

/// The store, the as-of day and the clients `select` picks.
fn selected(session: &Session, select: &Select) -> Result<(Store, NaiveDate, Selection)> {
    let filter: ClientFilter = select
        .filter
        .as_deref()
        .unwrap_or_default()
        .parse()
        .wrap_err("--filter")?;
    let today = as_of(session, select.as_of.as_deref())?;
    Ok((ops::open(session)?, today, Selection::Filter(filter)))
}

/// Writes with `write` to `path` (saying how many clients went there) or to stdout.
fn write_to(
    session: &Session,
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> Result<usize>,
) -> Result<()> {
    match path.filter(|p| p.as_os_str() != "-") {
        Some(path) => {
            let mut count = 0;
            write_output(path, &session.database, |out| {
                count = write(out)?;
                Ok(())
            })?;
            let l = &session.locale;
            let said = fill2(
                l.count_msg(count as u64, C::ExportedOne.into(), C::Exported.into()),
                count,
                path.display(),
            );
            writeln!(Report::default(), "{said}")?;
        }
        None => {
            write(&mut io::stdout().lock())?;
        }
    }
    Ok(())
}

/// Runs an import.
pub fn run_import(session: &Session, command: ImportCommand) -> Result<()> {
    // What was recognised in the file, said with the outcome.
    let (file, common, read, found) = match command {
        ImportCommand::Clients {
            file,
            sheet,
            format,
            map,
            encoding,
            common,
        } => {
            let mapping = match map {
                Some(m) => parse_mapping(&m)
                    .map_err(|e| eyre!("--map: {}", crate::i18n::tell(&e, &session.locale)))?,
                None => Vec::new(),
            };
            let l = &session.locale;
            let table = TableOptions { format, mapping };
            let bytes = read_file(&file, l)?;
            refuse_other_kind(&file, &bytes, Kind::Clients, l)?;
            let (columns, read, mut found) = if is_workbook(&bytes) {
                let book =
                    read_sheet(bytes, &table, sheet.as_deref()).map_err(|e| at(&file, &e, l))?;
                let format = format_name(book.columns.format, l);
                let found = fill_all(l.t(C::FoundSheet), &[&file.display(), &format, &book.sheet]);
                (book.columns, book.read, found)
            } else {
                if sheet.is_some() {
                    return Err(eyre!(l.t(C::SheetOfCsv)));
                }
                let options = CsvOptions {
                    table,
                    encoding,
                    cells: session.cells,
                };
                let csv = read_csv(&bytes, &options).map_err(|e| at(&file, &e, l))?;
                let found = fill_all(
                    l.t(C::FoundCsv),
                    &[
                        &file.display(),
                        &format_name(csv.columns.format, l),
                        &csv.encoding,
                        &csv.delimiter.escape_default(),
                    ],
                );
                (csv.columns, csv.read, found)
            };
            said_columns(&mut found, &columns, common.dry_run, l);
            (file, common, read, Some(found))
        }
        ImportCommand::Vcard { file, common } => {
            let bytes = read_file(&file, &session.locale)?;
            refuse_other_kind(&file, &bytes, Kind::Vcard, &session.locale)?;
            let read = read_vcards(&bytes).map_err(|e| at(&file, &e, &session.locale))?;
            (file, common, read, None)
        }
    };
    import(session, &file, &common, read, found)
}

/// What an import command reads.
#[derive(PartialEq)]
enum Kind {
    Clients,
    Vcard,
}

/// Refuses, saying which command reads it, a file that is another kind than the
/// command reads: a vCard given to `import clients`, a workbook given to `import
/// vcard`, a file named like a workbook that is not one.
fn refuse_other_kind(file: &Path, bytes: &[u8], kind: Kind, l: &Locale) -> Result<()> {
    let head = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let vcard = head.len() >= 11 && head[..11].eq_ignore_ascii_case(b"BEGIN:VCARD");
    let calendar = head.len() >= 15 && head[..15].eq_ignore_ascii_case(b"BEGIN:VCALENDAR");
    let workbook_name = file.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["xlsx", "xlsm", "xlsb", "xls", "ods"].contains(&e.to_ascii_lowercase().as_str())
    });
    let shown = file.display();
    match kind {
        _ if calendar => Err(eyre!(fill(l.t(C::IsCalendarFile), shown))),
        Kind::Clients if vcard => Err(eyre!(fill(l.t(C::IsVcardFile), shown))),
        Kind::Clients if workbook_name && !is_workbook(bytes) => {
            Err(eyre!(fill(l.t(C::NotWorkbookFile), shown)))
        }
        Kind::Vcard if is_workbook(bytes) => Err(eyre!(fill(l.t(C::IsWorkbookFile), shown))),
        _ => Ok(()),
    }
}

/// A format's name for people: its code, or "generic" in the UI's language.
fn format_name(format: ImportFormat, l: &Locale) -> &'static str {
    match format {
        ImportFormat::Generic => l.t(C::FormatGeneric),
        other => other.code(),
    }
}

/// Adds to what was found the columns no field takes (always: nothing is dropped
/// silently) and, on a dry run, which column fills which field.
fn said_columns(found: &mut String, columns: &Columns, dry_run: bool, l: &Locale) {
    if dry_run {
        let used: Vec<String> = columns
            .used()
            .map(|(header, field)| format!("{header} → {}", <&str>::from(field)))
            .collect();
        found.push('\n');
        found.push_str(&fill(l.t(C::ColumnsRead), used.join(", ")));
    }
    let ignored: Vec<&str> = columns.ignored().collect();
    if !ignored.is_empty() {
        found.push('\n');
        found.push_str(&fill(l.t(C::ColumnsIgnored), ignored.join(", ")));
    }
}

fn read_file(path: &Path, l: &Locale) -> Result<Vec<u8>> {
    std::fs::read(path).wrap_err_with(|| fill(l.t(C::ReadingFile), path.display()))
}

/// `file:line:column: what` (in Spanish, `file, línea 3, columna 2: what`).
fn at(file: &Path, e: &ImportError, l: &Locale) -> color_eyre::Report {
    eyre!(l.in_file(file.display(), &crate::i18n::tell(e, l)))
}

fn import(
    session: &Session,
    file: &Path,
    common: &ImportArgs,
    read: ImportedCards,
    found: Option<String>,
) -> Result<()> {
    let mut store = ops::open(session)?;
    let done = ops::import::clients(
        &mut store,
        session,
        (file, read),
        common.on_duplicate,
        common.dry_run,
    )?;
    let l = &session.locale;
    let mut out = Report::default();
    if let Some(found) = found {
        writeln!(out, "{found}")?;
    }
    for warning in &done.warnings {
        let said = crate::i18n::tell(warning, l);
        writeln!(out, "{}: {said}", file.display())?;
    }
    report(&mut out, &done.plan, l)?;
    let (created, merged, skipped) = done.plan.counts();
    let summary = if done.written {
        C::ImportDone
    } else {
        C::ImportDry
    };
    writeln!(
        out,
        "{}",
        fill_all(l.t(summary), &[&created, &merged, &skipped])
    )?;
    if let Some(copy) = &done.backup {
        writeln!(out, "{}", fill(l.t(C::KeptBeforeMerge), copy.display()))?;
    }
    Ok(())
}

/// One line per card that matched another.
fn report(out: &mut impl Write, plan: &ImportPlan, l: &Locale) -> Result<()> {
    for row in &plan.rows {
        let (verb, target, same) = match &row.outcome {
            Outcome::Created => continue,
            Outcome::Merged(t, s) => (C::MergedInto, t, s),
            Outcome::Skipped(t, s) => (C::SkippedAs, t, s),
            Outcome::AddedAnyway(t, s) => (C::AddedThough, t, s),
        };
        let target = match target {
            Target::Existing(id, name) => fill2(l.t(C::TargetClient), id, name),
            Target::Earlier(line) => fill(l.t(C::TargetLine), line),
        };
        let same = match same {
            Same::Email(e) => fill(l.t(C::SameEmail), e),
            Same::Phone(p) => fill(l.t(C::SamePhone), p),
            Same::Uid(u) => fill(l.t(C::SameUid), u),
            Same::NameAddress(_) => l.t(C::SameNameAddress).to_string(),
        };
        let said = fill_all(
            l.t(C::ReportLine),
            &[&row.line, &row.name, &l.t(verb), &target, &same],
        );
        writeln!(out, "{said}")?;
    }
    Ok(())
}
