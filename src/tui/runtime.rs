//! Runs effects against the store and turns their outcome into actions. The only
//! part of the UI that does I/O.

use super::action::{Action, AgendaAction, MomentsAction};
use super::effect::Effect;
use super::panes::card::CardView;
use super::panes::client_list::RowStatus;
use chrono::{Duration, NaiveDateTime};

use super::panes::appointment_form::Booking;
use std::collections::HashMap;

use crate::domain::{AppointmentStatus, Client, ClientId, Standing};
use crate::exchange::client_csv::{Column, Dialect, ExportRow, write_clients};
use crate::exchange::personal::PersonalRecord;
use crate::i18n::{Locale, MomentMsg, Msg, fill};
use crate::session::Session;
use crate::store::{Store, StoreError};

/// The store and the settings effects need.
pub struct Runtime<'a> {
    /// The open database.
    pub store: Store,
    /// Clock, locale and thresholds.
    pub session: &'a Session,
}

/// What a store error means to the user, in their language where it is ours to say.
pub fn explain(error: &StoreError, locale: &Locale) -> String {
    match error {
        StoreError::NoClient(id) => fill(locale.t(Msg::NoSuchClient), id),
        StoreError::BadReferrer(id) => {
            format!(
                "{}: {}",
                locale.t(Msg::FieldReferredBy),
                fill(locale.t(Msg::NoSuchClient), id)
            )
        }
        StoreError::CycleExists(name) => fill(locale.t(MomentMsg::CycleExists), name),
        StoreError::Invalid(errors) => errors
            .iter()
            .map(|e| format!("{}: {}", locale.label(&e.field), locale.problem(&e.problem)))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

impl Runtime<'_> {
    fn standings(&self, client: Option<ClientId>) -> Result<Vec<Standing>, StoreError> {
        let s = self.session;
        let c = &s.config;
        self.store
            .standings(&c.classification, &c.loyalty, s.clock.today(), client)
    }

    fn dashboard(&self) -> Result<Action, StoreError> {
        let s = self.session;
        let c = &s.config;
        let (standings, figures) =
            self.store
                .dashboard(&c.classification, &c.loyalty, s.clock.today())?;
        let statuses = standings
            .iter()
            .map(|s| (s.facts.client_id, RowStatus::from(s)))
            .collect();
        Ok(Action::DashboardLoaded(statuses, Box::new(figures)))
    }

    fn card(&self, id: ClientId) -> Result<CardView, StoreError> {
        let details = self.store.client_details(id)?;
        let log = self.store.entries(id)?;
        let standing = self.standings(Some(id))?.into_iter().next();
        Ok(CardView {
            details,
            log,
            standing,
        })
    }

    fn agenda(&self, from: NaiveDateTime, to: NaiveDateTime) -> Result<Action, StoreError> {
        let zone = self.session.config.agenda.time_zone;
        Ok(Action::Agenda(AgendaAction::AgendaLoaded {
            agendas: self.store.agendas()?,
            schedule: Box::new(self.store.schedule(&[], from, to, zone)?),
            from,
            to,
        }))
    }

    fn reminders(&self) -> Result<Action, StoreError> {
        let now = self.session.clock.now();
        let ahead = Duration::minutes(i64::from(self.store.longest_reminder()?));
        let zone = self.session.config.agenda.time_zone;
        let day = Duration::days(1);
        let schedule = self
            .store
            .schedule(&[], now - day, now + ahead + day, zone)?;
        Ok(Action::Agenda(AgendaAction::RemindersLoaded(Box::new(
            schedule,
        ))))
    }

    fn save_booking(&mut self, booking: Booking, allow_clash: bool) -> Result<Action, StoreError> {
        let zone = self.session.config.agenda.time_zone;
        let now = self.session.clock.now();
        let store = &mut self.store;
        let (status, clashes) = match &booking {
            Booking::Entry(id, a) => (
                a.status,
                if allow_clash {
                    Vec::new()
                } else {
                    store.clashes(*id, a, zone)?
                },
            ),
            Booking::Occurrence(id, ov, _) => {
                let clashes = if allow_clash {
                    Vec::new()
                } else {
                    let mut candidate = store.appointment(*id)?;
                    candidate.overrides.retain(|o| o.original != ov.original);
                    candidate.overrides.push(*ov);
                    let window = (ov.start, ov.end.max(ov.start + Duration::minutes(1)));
                    store.clashes_of(&candidate, window, zone)?
                };
                (ov.status, clashes)
            }
        };
        if !clashes.is_empty() {
            return Ok(Action::Agenda(AgendaAction::AppointmentClashes(clashes)));
        }
        match booking {
            Booking::Entry(Some(id), a) => store.update_appointment(id, &a, now)?,
            Booking::Entry(None, a) => {
                store.add_appointment(&a, now)?;
            }
            Booking::Occurrence(id, ov, _) => store.set_occurrence(id, ov)?,
        }
        Ok(Action::Agenda(AgendaAction::AppointmentChanged(
            match status {
                AppointmentStatus::Done => Msg::AppointmentDone,
                AppointmentStatus::Cancelled => Msg::OccurrenceCancelled,
                AppointmentStatus::Planned => Msg::AppointmentSaved,
            },
        )))
    }

    /// `exports/` beside the database, created if needed.
    fn exports_dir(&self) -> std::io::Result<std::path::PathBuf> {
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
    fn export_client(&self, id: ClientId) -> color_eyre::Result<Action> {
        let now = self.session.clock.now();
        let data = self.store.personal_data(id)?;
        let stamp = now.format("%Y%m%d-%H%M%S");
        let path = self
            .exports_dir()?
            .join(format!("cliente-{id}-{stamp}.json"));
        PersonalRecord::new(&data, now).write_private(&path)?;
        Ok(Action::ClientExported(path))
    }

    /// Writes the clients `ids`, in that order, as CSV to `exports/` beside the database.
    fn export_list(
        &self,
        ids: &[ClientId],
        columns: &[Column],
        dialect: Dialect,
    ) -> color_eyre::Result<Action> {
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
        Ok(Action::ListExported(path, export.len()))
    }

    /// The effects of the Moments tab; `None` for any other effect.
    fn moments(&mut self, effect: &Effect) -> Option<Result<MomentsAction, StoreError>> {
        let now = self.session.clock.now();
        let store = &mut self.store;
        Some(match effect {
            Effect::LoadCycles(keep) => store.cycles().map(|cycles| MomentsAction::CyclesLoaded {
                cycles,
                keep: *keep,
            }),
            Effect::LoadScene(id) => store.scene(*id).and_then(|scene| {
                let evidence = store.scene_evidence(*id)?;
                Ok(MomentsAction::SceneLoaded(Box::new(scene), evidence))
            }),
            Effect::SaveScene {
                id: Some(id),
                draft,
            } => store
                .update_scene(*id, draft, now)
                .map(|()| MomentsAction::SceneSaved(*id)),
            Effect::SaveScene { id: None, draft } => {
                store.add_scene(draft, now).map(MomentsAction::SceneSaved)
            }
            Effect::MoveScene { id, delta } => store
                .move_scene(*id, *delta)
                .map(|to| MomentsAction::SceneMoved(*id, to)),
            Effect::DeleteScene(id) => store
                .delete_scene(*id)
                .map(|()| MomentsAction::SceneDeleted),
            Effect::AddCycle(name) => store.add_cycle(name).map(MomentsAction::CycleAdded),
            _ => return None,
        })
    }

    /// Runs one effect and returns its outcome as an action.
    pub fn run(&mut self, effect: Effect) -> Option<Action> {
        if let Some(outcome) = self.moments(&effect) {
            let locale = &self.session.locale;
            return Some(Action::Moments(outcome.unwrap_or_else(|e| {
                MomentsAction::SceneFailed(explain(&e, locale))
            })));
        }
        let locale = &self.session.locale;
        let now = self.session.clock.now();
        let failed = |e: StoreError| Action::Failed(explain(&e, locale));
        let store = &mut self.store;
        Some(match effect {
            Effect::Quit => return None,
            Effect::LoadCycles(_)
            | Effect::LoadScene(_)
            | Effect::SaveScene { .. }
            | Effect::MoveScene { .. }
            | Effect::DeleteScene(_)
            | Effect::AddCycle(_) => return None,
            Effect::LoadClients => store
                .client_summaries()
                .map_or_else(failed, Action::ClientsLoaded),
            Effect::LoadClient(id) => self
                .card(id)
                .map_or_else(failed, |c| Action::CardLoaded(Box::new(c))),
            Effect::EraseClient(id) => store
                .erase_client(id)
                .map_or_else(failed, |_| Action::ClientErased(id)),
            Effect::ExportClient(id) => self
                .export_client(id)
                .unwrap_or_else(|e| Action::Failed(e.to_string())),
            Effect::ExportList {
                ids,
                columns,
                dialect,
            } => self
                .export_list(&ids, &columns, dialect)
                .unwrap_or_else(|e| Action::Failed(e.to_string())),
            Effect::DeleteClient(id) => store
                .delete_client(id)
                .map_or_else(failed, |()| Action::ClientDeleted(id)),
            Effect::SaveClient { id, card } => {
                let saved = match id {
                    Some(id) => store.update_client(id, &card, now).map(|()| id),
                    None => store.add_client(&card, now),
                };
                saved.and_then(|id| store.client(id)).map_or_else(
                    |e| Action::SaveFailed(explain(&e, locale)),
                    |c| Action::ClientSaved(Box::new(c)),
                )
            }
            Effect::LoadDashboard => self.dashboard().unwrap_or_else(failed),
            Effect::LoadStatus(id) => match self.standings(Some(id)) {
                Ok(one) => match one.first() {
                    Some(s) => Action::StatusLoaded(id, RowStatus::from(s)),
                    None => return None,
                },
                Err(e) => failed(e),
            },
            Effect::LogNow(mut entry) => {
                entry.at = now;
                let (client_id, kind) = (entry.client_id, entry.kind);
                store.add_entry(&entry, now).map_or_else(
                    |e| Action::EntryFailed(explain(&e, locale)),
                    |_| Action::EntryAdded { client_id, kind },
                )
            }
            Effect::LoadAgenda { from, to } => self.agenda(from, to).unwrap_or_else(failed),
            Effect::LoadReminders => self.reminders().unwrap_or_else(failed),
            Effect::SaveBooking {
                booking,
                allow_clash,
            } => self.save_booking(booking, allow_clash).unwrap_or_else(|e| {
                Action::Agenda(AgendaAction::AppointmentFailed(explain(&e, locale)))
            }),
            Effect::DeleteAppointment(id) => {
                store.delete_appointment(id).map_or_else(failed, |()| {
                    Action::Agenda(AgendaAction::AppointmentChanged(Msg::AppointmentDeleted))
                })
            }
            Effect::AddAgenda(name) => store
                .add_agenda(&name)
                .map_or_else(failed, |a| Action::Agenda(AgendaAction::AgendaAdded(a))),
            Effect::LoadComplaints => store
                .complaints(true)
                .map_or_else(failed, Action::ComplaintsLoaded),
            Effect::ResolveComplaint { id, answer } => store
                .resolve_complaint(id, &answer, now)
                .and_then(|()| store.entry(id))
                .map_or_else(failed, |e| Action::ComplaintResolved {
                    id,
                    client_id: e.client_id,
                }),
        })
    }
}
