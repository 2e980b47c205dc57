//! What `update` asks the runtime to do, split by the tab that asks; only the runtime
//! touches the store, and it sends each result back to the same tab. A read that
//! depends on the day carries it: "today" is the model's, from its one clock; a write
//! is stamped by the runtime when it happens.

use chrono::{NaiveDate, NaiveDateTime};

use super::tabs::agenda::Booking;
use crate::domain::{AppointmentId, ClientCard, ClientId, EntryId, NewEntry, SceneDraft, SceneId};
use crate::exchange::client_csv::Column;
use crate::ops::export::ListFormat;
use crate::store::Base;

/// Work for the runtime, whose result comes back as an
/// [`Action::Loaded`](super::action::Action::Loaded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The Clients tab's.
    Clients(ClientsEffect),
    /// The Agenda tab's.
    Agenda(AgendaEffect),
    /// The dashboard's.
    Dashboard(DashboardEffect),
    /// The Moments-of-truth tab's.
    Moments(MomentsEffect),
    /// Leave the program.
    Quit,
}

/// Work for the Clients tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientsEffect {
    /// Load every client's list row.
    LoadRows,
    /// Load one client's card, classified as of a day.
    LoadCard(ClientId, NaiveDate),
    /// Load the scenes a log entry may be tied to.
    LoadSceneChoices(crate::domain::EntryId),
    /// Tie a client's log entry to a scene, or untie it.
    TieEntry {
        /// The entry.
        entry: crate::domain::EntryId,
        /// Its client.
        client_id: ClientId,
        /// The scene (`None`: untie).
        scene: Option<crate::domain::SceneId>,
    },
    /// Classify one client again as of a day and count their open complaints.
    LoadStatus(ClientId, NaiveDate),
    /// Classify every client as of a day (the list's class columns).
    LoadStatuses(NaiveDate),
    /// Store a new client (`id: None`) or replace a card.
    Save {
        /// The client being edited, if any.
        id: Option<ClientId>,
        /// The card to store.
        card: Box<ClientCard>,
        /// The version of the card the form was opened on.
        base: Base,
    },
    /// Delete a client.
    Delete(ClientId),
    /// Erase a client for good.
    Erase(ClientId),
    /// Write everything held about a client to a file beside the database.
    ExportPersonal(ClientId),
    /// Write these clients, in this order, as CSV beside the database.
    ExportList {
        /// The clients, as the list shows them.
        ids: Vec<ClientId>,
        /// The columns.
        columns: Vec<Column>,
        /// Workbook or CSV.
        format: ListFormat,
        /// The day the computed columns are as of.
        as_of: NaiveDate,
    },
    /// Log an entry at the current time: the runtime stamps `at` with its clock.
    Log(Box<NewEntry>),
    /// Correct a stored entry, if it is still as it was read.
    CorrectEntry {
        /// The entry.
        id: EntryId,
        /// What it becomes.
        entry: Box<NewEntry>,
        /// The version it was read at.
        base: Base,
    },
    /// Delete a stored entry, if it is still as it was read.
    DeleteEntry {
        /// The entry.
        id: EntryId,
        /// Whose it is.
        client_id: ClientId,
        /// The version it was read at.
        base: Base,
    },
}

/// Work for the Agenda tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgendaEffect {
    /// Load every agenda and the occurrences over `from..to`.
    Load {
        /// Start of the stretch.
        from: NaiveDateTime,
        /// Its end.
        to: NaiveDateTime,
    },
    /// Load the occurrences whose reminders may fall due soon after a moment.
    LoadReminders(NaiveDateTime),
    /// Save an entry or an occurrence; unless `allow_clash`, refuse it if it clashes.
    Save {
        /// What to save.
        booking: Booking,
        /// Save even if it clashes.
        allow_clash: bool,
        /// The version of the entry the change is based on.
        base: Base,
    },
    /// Delete an entry (the whole series).
    Delete(AppointmentId),
    /// Make a new agenda.
    AddAgenda(String),
    /// Remember, for the next run, the agendas hidden (by name).
    RememberHidden(Vec<String>),
}

/// Work for the dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DashboardEffect {
    /// Every client's standing (classes, quadrant, to-do groups, open complaints) and
    /// the dashboard's figures, as of a day.
    Load(NaiveDate),
    /// Load every open complaint.
    LoadComplaints,
    /// Record the answer given to a complaint.
    Resolve {
        /// The complaint.
        id: EntryId,
        /// The answer given.
        answer: String,
        /// The version of the complaint that was shown.
        base: Base,
    },
}

/// Entries the tie picker loads at a time.
pub const TIES_PAGE: usize = 50;

/// Work for the Moments-of-truth tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MomentsEffect {
    /// Load every service cycle with its scenes, keeping the cursor on a scene.
    LoadCycles(Option<SceneId>),
    /// Load a scene and its evidence for the editor.
    LoadScene(SceneId),
    /// Store a new scene (`id: None`) or replace one.
    Save {
        /// The scene edited, if it exists.
        id: Option<SceneId>,
        /// What to store.
        draft: Box<SceneDraft>,
        /// The place in its cycle to put it at, if the editor changed it.
        at: Option<u32>,
        /// The version of the scene the editor was opened on.
        base: Base,
    },
    /// Move a scene within its cycle.
    Move {
        /// The scene.
        id: SceneId,
        /// Places to move (negative: earlier).
        delta: i64,
    },
    /// Delete a scene.
    Delete(SceneId),
    /// Make a new service cycle.
    AddCycle(String),
    /// A page of the entries that may be tied to `scene`.
    LoadTies {
        /// The scene.
        scene: SceneId,
        /// The filter typed.
        text: String,
        /// The first row wanted.
        offset: usize,
    },
    /// Tie `entry` to `scene` (`to` some) or untie it (`to` none); reload the
    /// evidence of `scene`.
    Tie {
        /// The editor's scene.
        scene: SceneId,
        /// The entry.
        entry: crate::domain::EntryId,
        /// Where it goes.
        to: Option<SceneId>,
    },
}

macro_rules! effect_from {
    ($($owner:ident($ty:ty)),*) => {$(
        impl From<$ty> for Effect {
            fn from(effect: $ty) -> Self {
                Effect::$owner(effect)
            }
        }
    )*};
}

effect_from!(
    Clients(ClientsEffect),
    Agenda(AgendaEffect),
    Dashboard(DashboardEffect),
    Moments(MomentsEffect)
);
