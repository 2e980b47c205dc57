//! What `update` asks the runtime to do; only the runtime touches the store.

use chrono::NaiveDateTime;

use super::panes::appointment_form::Booking;
use crate::domain::{AppointmentId, ClientCard, ClientId, EntryId, NewEntry, SceneDraft, SceneId};

/// Work for the runtime, whose result comes back as an [`Action`](super::action::Action).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Load every client's list row.
    LoadClients,
    /// Load one client's card.
    LoadClient(ClientId),
    /// Store a new client (`id: None`) or replace a card.
    SaveClient {
        /// The client being edited, if any.
        id: Option<ClientId>,
        /// The card to store.
        card: Box<ClientCard>,
    },
    /// Delete a client.
    DeleteClient(ClientId),
    /// Erase a client for good.
    EraseClient(ClientId),
    /// Write everything held about a client to a file beside the database.
    ExportClient(ClientId),
    /// Write these clients, in this order, as CSV beside the database.
    ExportList {
        /// The clients, as the list shows them.
        ids: Vec<ClientId>,
        /// The columns.
        columns: Vec<crate::exchange::client_csv::Column>,
        /// The dialect.
        dialect: crate::exchange::client_csv::Dialect,
    },
    /// Every client's standing (classes, quadrant, to-do groups, open complaints) and
    /// the dashboard's figures.
    LoadDashboard,
    /// Classify one client again and count their open complaints.
    LoadStatus(ClientId),
    /// Log an entry at the current time: the runtime stamps `at` with its clock.
    LogNow(Box<NewEntry>),
    /// Load every open complaint.
    LoadComplaints,
    /// Record the answer given to a complaint.
    ResolveComplaint {
        /// The complaint.
        id: EntryId,
        /// The answer given.
        answer: String,
    },
    /// Load every agenda and the occurrences over `from..to`.
    LoadAgenda {
        /// Start of the stretch.
        from: NaiveDateTime,
        /// Its end.
        to: NaiveDateTime,
    },
    /// Load the occurrences whose reminders may fall due soon.
    LoadReminders,
    /// Save an entry or an occurrence; unless `allow_clash`, refuse it if it clashes.
    SaveBooking {
        /// What to save.
        booking: Booking,
        /// Save even if it clashes.
        allow_clash: bool,
    },
    /// Delete an entry (the whole series).
    DeleteAppointment(AppointmentId),
    /// Make a new agenda.
    AddAgenda(String),
    /// Load every service cycle with its scenes, keeping the cursor on a scene.
    LoadCycles(Option<SceneId>),
    /// Load a scene and its evidence for the editor.
    LoadScene(SceneId),
    /// Store a new scene (`id: None`) or replace one.
    SaveScene {
        /// The scene edited, if it exists.
        id: Option<SceneId>,
        /// What to store.
        draft: Box<SceneDraft>,
    },
    /// Move a scene within its cycle.
    MoveScene {
        /// The scene.
        id: SceneId,
        /// Places to move (negative: earlier).
        delta: i64,
    },
    /// Delete a scene.
    DeleteScene(SceneId),
    /// Make a new service cycle.
    AddCycle(String),
    /// Leave the program.
    Quit,
}
