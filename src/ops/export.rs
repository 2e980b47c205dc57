//! Exports of clients, written once for the command line and the terminal UI: which
//! clients, with which standing, in which format.

use std::collections::HashMap;
use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime};
use color_eyre::eyre::Result;

use crate::config::Config;
use crate::domain::{Client, ClientFilter, ClientId, Standing};
use crate::exchange::client_csv::{Column, Dialect, ExportRow, write_clients};
use crate::exchange::client_xlsx::write_clients_xlsx;
use crate::exchange::csv_safe::Cells;
use crate::exchange::personal::PersonalRecord;
use crate::exchange::vcard::write_vcards;
use crate::exchange::write_json;
use crate::store::Store;

/// The file a client list is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    /// An Excel workbook with typed cells: what a person opens.
    Xlsx,
    /// CSV in a dialect: for scripts and mail merges.
    Csv(Dialect),
}

impl ListFormat {
    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            ListFormat::Xlsx => "xlsx",
            ListFormat::Csv(_) => "csv",
        }
    }

    /// The formats in the order the TUI's picker offers them.
    const ORDER: [ListFormat; 3] = [
        ListFormat::Xlsx,
        ListFormat::Csv(Dialect::ExcelEs),
        ListFormat::Csv(Dialect::Rfc4180),
    ];

    /// The next (`forward`) or previous format of the TUI's picker, round.
    pub fn cycle(self, forward: bool) -> Self {
        let n = Self::ORDER.len();
        let at = Self::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        Self::ORDER[if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        }]
    }
}

/// Which clients an export takes.
#[derive(Debug, Clone, PartialEq)]
pub enum Selection {
    /// Those a filter expression picks, in name order.
    Filter(ClientFilter),
    /// These, in this order (the list as the TUI shows it).
    Ids(Vec<ClientId>),
}

impl Selection {
    fn needs_classes(&self) -> bool {
        match self {
            Selection::Filter(f) => f.needs_classes(),
            Selection::Ids(_) => false,
        }
    }
}

/// The clients of `selection` with their standing as of `today`, computed only when
/// `standings` asks for it or the filter needs classes.
pub fn selected_clients(
    store: &Store,
    config: &Config,
    today: NaiveDate,
    selection: &Selection,
    standings: bool,
) -> Result<Vec<(Client, Option<Standing>)>> {
    let with_standings = standings || selection.needs_classes();
    let mut rows = store.clients_for_export(
        &config.classification,
        &config.loyalty,
        today,
        with_standings,
    )?;
    match selection {
        Selection::Filter(filter) => rows.retain(|(client, standing)| {
            let classes = standing.as_ref().map(Standing::classes);
            filter.matches(client, classes.as_ref())
        }),
        Selection::Ids(ids) => {
            let mut by_id: HashMap<ClientId, (Client, Option<Standing>)> =
                rows.into_iter().map(|r| (r.0.id, r)).collect();
            rows = ids.iter().filter_map(|id| by_id.remove(id)).collect();
        }
    }
    Ok(rows)
}

/// Writes the clients of `selection` to `out` with `columns` as `format`: a workbook,
/// or CSV in a dialect (cells that look like formulas neutralised unless `cells` is
/// raw; excel-es in `locale`'s language); returns how many were written.
pub fn clients_list(
    store: &Store,
    (config, locale): (&Config, &crate::i18n::Locale),
    today: NaiveDate,
    selection: &Selection,
    (columns, format, cells): (&[Column], ListFormat, Cells),
    out: &mut dyn Write,
) -> Result<usize> {
    let computed = columns.iter().any(|c| c.is_computed());
    let rows = selected_clients(store, config, today, selection, computed)?;
    let export: Vec<ExportRow<'_>> = rows
        .iter()
        .map(|(client, standing)| ExportRow {
            client,
            standing: standing.as_ref(),
        })
        .collect();
    match format {
        ListFormat::Xlsx => write_clients_xlsx(out, &export, columns, locale)?,
        ListFormat::Csv(dialect) => write_clients(out, &export, (columns, dialect), cells, locale)?,
    }
    Ok(export.len())
}

/// Writes the clients of `selection` to `out` as vCards of `version`; returns how many.
pub fn vcards(
    store: &Store,
    config: &Config,
    today: NaiveDate,
    selection: &Selection,
    version: u8,
    out: &mut dyn Write,
) -> Result<usize> {
    let rows = selected_clients(store, config, today, selection, false)?;
    let clients: Vec<&Client> = rows.iter().map(|(c, _)| c).collect();
    write_vcards(out, &clients, version)?;
    Ok(clients.len())
}

/// Writes everything held about client `id` to `out` as one JSON document (the right
/// of access), stamped `now`.
pub fn personal(
    store: &Store,
    id: ClientId,
    now: NaiveDateTime,
    out: &mut dyn Write,
) -> Result<()> {
    let data = store.personal_data(id)?;
    write_json(out, &PersonalRecord::new(&data, now))?;
    Ok(())
}
