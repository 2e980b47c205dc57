//! The Clients tab's effects: list rows, cards, saves, deletes, the counter's log,
//! and the files written beside the database.

use std::collections::HashMap;
use std::path::PathBuf;

use super::{Outcome, Runtime};
use crate::domain::{Client, ClientId, Standing};
use crate::exchange::client_csv::{Column, Dialect, ExportRow, write_clients};
use crate::exchange::personal::PersonalRecord;
use crate::tui::action::ClientsLoaded;
use crate::tui::effect::ClientsEffect;
use crate::tui::tabs::clients::{CardView, RowStatus};

impl Runtime {
    pub(super) fn clients(&mut self, effect: ClientsEffect) -> Outcome<ClientsLoaded> {
        let now = self.session.clock.now();
        Ok(match effect {
            ClientsEffect::LoadRows => ClientsLoaded::Rows(self.store.client_summaries()?),
            ClientsEffect::LoadCard(id) => ClientsLoaded::Card(Box::new(self.card(id)?)),
            ClientsEffect::LoadStatus(id) => {
                let standing = self.standings(Some(id))?.into_iter().next();
                ClientsLoaded::Status(id, standing.as_ref().map(RowStatus::from))
            }
            ClientsEffect::Save { id, card } => {
                let id = match id {
                    Some(id) => {
                        self.store.update_client(id, &card, now)?;
                        id
                    }
                    None => self.store.add_client(&card, now)?,
                };
                ClientsLoaded::Saved(Box::new(self.store.client(id)?))
            }
            ClientsEffect::Delete(id) => {
                self.store.delete_client(id)?;
                ClientsLoaded::Deleted(id)
            }
            ClientsEffect::Erase(id) => {
                self.store.erase_client(id)?;
                ClientsLoaded::Erased(id)
            }
            ClientsEffect::ExportPersonal(id) => {
                ClientsLoaded::PersonalExported(self.export_personal(id)?)
            }
            ClientsEffect::ExportList {
                ids,
                columns,
                dialect,
            } => {
                let (path, count) = self.export_list(&ids, &columns, dialect)?;
                ClientsLoaded::ListExported(path, count)
            }
            ClientsEffect::Log(mut entry) => {
                entry.at = now;
                self.store.add_entry(&entry, now)?;
                ClientsLoaded::Logged {
                    client_id: entry.client_id,
                    kind: entry.kind,
                }
            }
        })
    }

    /// Every client's standing, or one client's, as of today.
    pub(super) fn standings(
        &self,
        client: Option<ClientId>,
    ) -> crate::store::Result<Vec<Standing>> {
        let s = &self.session;
        let c = &s.config;
        self.store
            .standings(&c.classification, &c.loyalty, s.clock.today(), client)
    }

    fn card(&self, id: ClientId) -> crate::store::Result<CardView> {
        let details = self.store.client_details(id)?;
        let log = self.store.entries(id)?;
        let standing = self.standings(Some(id))?.into_iter().next();
        Ok(CardView {
            details,
            log,
            standing,
        })
    }

    /// `exports/` beside the database, created if needed.
    fn exports_dir(&self) -> std::io::Result<PathBuf> {
        let dir = self
            .session
            .database
            .parent()
            .unwrap_or(std::path::Path::new("."))
            .join("exports");
        std::fs::create_dir_all(&dir)?;
        Ok(dir)
    }

    /// Writes everything held about a client to `exports/` beside the database.
    fn export_personal(&self, id: ClientId) -> Outcome<PathBuf> {
        let now = self.session.clock.now();
        let data = self.store.personal_data(id)?;
        let stamp = now.format("%Y%m%d-%H%M%S");
        let path = self
            .exports_dir()?
            .join(format!("cliente-{id}-{stamp}.json"));
        PersonalRecord::new(&data, now).write_private(&path)?;
        Ok(path)
    }

    /// Writes the clients `ids`, in that order, as CSV to `exports/` beside the
    /// database; returns the file and how many clients went in.
    fn export_list(
        &self,
        ids: &[ClientId],
        columns: &[Column],
        dialect: Dialect,
    ) -> Outcome<(PathBuf, usize)> {
        let c = &self.session.config;
        let now = self.session.clock.now();
        let computed = columns.iter().any(|c| c.is_computed());
        let rows =
            self.store
                .clients_for_export(&c.classification, &c.loyalty, now.date(), computed)?;
        let by_id: HashMap<ClientId, &(Client, Option<Standing>)> =
            rows.iter().map(|r| (r.0.id, r)).collect();
        let export: Vec<ExportRow<'_>> = ids
            .iter()
            .filter_map(|id| by_id.get(id))
            .map(|(client, standing)| ExportRow {
                client,
                standing: standing.as_ref(),
            })
            .collect();
        let stamp = now.format("%Y%m%d-%H%M%S");
        let dir = self.exports_dir()?;
        // Two exports in the same second get -2, -3… rather than overwrite each other.
        let path = (1..)
            .map(|n| match n {
                1 => dir.join(format!("clientes-{stamp}.csv")),
                n => dir.join(format!("clientes-{stamp}-{n}.csv")),
            })
            .find(|p| !p.exists())
            .unwrap_or_else(|| dir.join("clientes.csv"));
        let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
        write_clients(&mut out, &export, columns, dialect)?;
        std::io::Write::flush(&mut out)?;
        Ok((path, export.len()))
    }
}
