//! What `update` asks the runtime to do; only the runtime touches the store.

use crate::domain::{ClientCard, ClientId};

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
    /// Leave the program.
    Quit,
}
