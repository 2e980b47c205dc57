//! The Clients tab's effects: list rows, cards, saves, deletes, the counter's log,
//! and the files written beside the database.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::{Outcome, Runtime};
use crate::config::expand_home;
use crate::domain::{ClientId, Standing};
use crate::exchange::client_csv::Column;
use crate::exchange::csv_safe::Cells;
use crate::i18n::{Msg, fill};
use crate::ops::export::ListFormat;
use crate::ops::export::{self, Selection};
use crate::ops::files::{documents_folder, export_folder, new_export_path, write_file};
use crate::store::StoreError;
use crate::tui::action::ClientsLoaded;
use crate::tui::effect::ClientsEffect;
use crate::tui::tabs::clients::{CardView, RowStatus};

impl Runtime {
    pub(super) fn clients(&mut self, effect: ClientsEffect) -> Outcome<ClientsLoaded> {
        let now = self.session.clock.now();
        Ok(match effect {
            ClientsEffect::LoadRows => ClientsLoaded::Rows(self.store.client_summaries()?),
            ClientsEffect::LoadCard(id, today) => match self.card(id, today) {
                Ok(card) => ClientsLoaded::Card(Box::new(card)),
                Err(StoreError::NoClient(gone)) if gone == id => ClientsLoaded::Vanished(id),
                Err(e) => return Err(e.into()),
            },
            ClientsEffect::LoadStatus(id, today) => {
                let standing = self.standings(Some(id), today)?.into_iter().next();
                ClientsLoaded::Status(id, standing.as_ref().map(RowStatus::from))
            }
            ClientsEffect::LoadStatuses(today) => ClientsLoaded::Statuses(
                self.standings(None, today)?
                    .iter()
                    .map(|s| (s.facts.client_id, RowStatus::from(s)))
                    .collect(),
            ),
            ClientsEffect::Save { id, card, base } => {
                let id = match id {
                    Some(id) => match self.store.update_client(id, &card, now, base) {
                        Ok(()) => id,
                        Err(StoreError::Changed { .. }) => {
                            return Ok(ClientsLoaded::Changed(Box::new(self.store.client(id)?)));
                        }
                        Err(StoreError::NoClient(gone)) if gone == id => {
                            return Ok(ClientsLoaded::Gone(id));
                        }
                        Err(e) => return Err(e.into()),
                    },
                    None => self.store.add_client(&card, now)?,
                };
                ClientsLoaded::Saved(Box::new(self.store.client(id)?))
            }
            ClientsEffect::Delete(id) => {
                self.store.delete_client(id)?;
                ClientsLoaded::Deleted(id)
            }
            ClientsEffect::Erase(id) => {
                let erasure = crate::ops::erase::client(&mut self.store, &self.session, id)?;
                ClientsLoaded::Erased {
                    id,
                    overwritten: erasure.erased.overwritten,
                    backups: erasure.backups.len(),
                }
            }
            ClientsEffect::ExportPersonal(id) => {
                ClientsLoaded::PersonalExported(self.export_personal(id)?)
            }
            ClientsEffect::ExportList {
                ids,
                columns,
                format,
                as_of,
            } => {
                let (path, count) = self.export_list(ids, (&columns, format), as_of)?;
                ClientsLoaded::ListExported(path, count)
            }
            ClientsEffect::Log(mut entry) => {
                entry.at = now;
                self.store.add_entry(&entry, now)?;
                ClientsLoaded::Logged {
                    client_id: entry.client_id,
                    kind: entry.kind,
                    returned: entry.is_return(),
                }
            }
            ClientsEffect::LoadSceneChoices(entry) => ClientsLoaded::SceneChoices {
                entry,
                cycles: self.store.cycles()?,
                current: self.store.scene_of_entry(entry)?,
            },
            ClientsEffect::TieEntry {
                entry,
                client_id,
                scene,
            } => {
                let before = self.store.scene_of_entry(entry)?;
                self.store.tie_entry(entry, scene)?;
                let title = |id| self.store.scene(id).map(|s| s.draft.title);
                ClientsLoaded::EntryTied {
                    client_id,
                    scene: scene.map(title).transpose()?,
                    left: before
                        .filter(|b| scene.is_some_and(|s| s != *b))
                        .map(title)
                        .transpose()?,
                }
            }
            ClientsEffect::CorrectEntry { id, entry, base } => {
                self.store
                    .update_entry(id, &entry, base, self.session.clock.now())?;
                ClientsLoaded::EntryChanged {
                    client_id: entry.client_id,
                    deleted: false,
                }
            }
            ClientsEffect::DeleteEntry {
                id,
                client_id,
                base,
            } => {
                self.store.delete_entry(id, base)?;
                ClientsLoaded::EntryChanged {
                    client_id,
                    deleted: true,
                }
            }
        })
    }
    /// Every client's standing, or one client's, as of `today`.
    fn standings(
        &self,
        client: Option<ClientId>,
        today: NaiveDate,
    ) -> crate::store::Result<Vec<Standing>> {
        let c = &self.session.config;
        self.store
            .standings(&c.classification, &c.loyalty, today, client)
    }

    fn card(&self, id: ClientId, today: NaiveDate) -> crate::store::Result<CardView> {
        let details = self.store.client_details(id)?;
        let log = self.store.entries(id)?;
        let standing = self.standings(Some(id), today)?.into_iter().next();
        Ok(CardView::new(details, log, standing))
    }

    /// The folder exports go to (see [`export_folder`]).
    fn export_folder(&self) -> color_eyre::Result<PathBuf> {
        let chosen = self.session.config.export_dir.as_deref().map(expand_home);
        export_folder(
            chosen.as_deref(),
            documents_folder(),
            &self.session.database,
        )
    }

    /// Writes everything held about a client to the export folder.
    fn export_personal(&self, id: ClientId) -> Outcome<PathBuf> {
        let now = self.session.clock.now();
        let dir = self.export_folder()?;
        let stem = fill(self.session.locale.t(Msg::ExportStemClient), id);
        let path = new_export_path(&dir, &stem, "json", now);
        write_file(&path, |out| export::personal(&self.store, id, now, out))?;
        Ok(path)
    }

    /// Writes the clients `ids`, in that order, as CSV to the export folder; returns
    /// the file and how many clients went in.
    fn export_list(
        &self,
        ids: Vec<ClientId>,
        (columns, format): (&[Column], ListFormat),
        as_of: NaiveDate,
    ) -> Outcome<(PathBuf, usize)> {
        let now = self.session.clock.now();
        let stem = self.session.locale.t(Msg::ExportStemList);
        let path = new_export_path(&self.export_folder()?, stem, format.extension(), now);
        let selection = Selection::Ids(ids);
        let mut count = 0;
        write_file(&path, |out| {
            let (store, config) = (&self.store, &self.session.config);
            count = export::clients_list(
                store,
                (config, &self.session.locale),
                as_of,
                &selection,
                (columns, format, Cells::Safe),
                out,
            )?;
            Ok(())
        })?;
        Ok((path, count))
    }
}
