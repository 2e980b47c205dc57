//! The right of access: everything held about one client, as one JSON document.

use chrono::NaiveDateTime;
use serde::Serialize;

use super::log::EntryRecord;
use crate::domain::{Appointment, Client, ClientId, PersonalData, SceneTie};

/// One client's whole record. Other clients appear by id only: their data is theirs.
#[derive(Debug, Serialize)]
pub struct PersonalRecord<'a> {
    /// When this was written, local time.
    pub exported_at: NaiveDateTime,
    /// The card, as `client show --format json` prints it.
    pub client: &'a Client,
    /// The clients this one referred.
    pub referred_clients: Vec<ClientId>,
    /// The interaction log, newest first.
    pub log: Vec<EntryRecord>,
    /// Agenda entries that name the client (series as stored, with changed occurrences).
    pub agenda_entries: &'a [Appointment],
    /// Log entries tied to scenes of the moments-of-truth analysis.
    pub scene_ties: &'a [SceneTie],
}

impl<'a> PersonalRecord<'a> {
    /// The record of `data` as of `now`.
    pub fn new(data: &'a PersonalData, now: NaiveDateTime) -> Self {
        Self {
            exported_at: now,
            client: &data.details.client,
            referred_clients: data.details.referred.iter().map(|(id, _)| *id).collect(),
            log: data.log.iter().map(EntryRecord::from).collect(),
            agenda_entries: &data.agenda,
            scene_ties: &data.ties,
        }
    }
}
