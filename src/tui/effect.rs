//! What `update` asks the runtime to do; only the runtime touches the store.

use crate::domain::{ClientCard, ClientId, EntryId, NewEntry};

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
    /// Leave the program.
    Quit,
}
