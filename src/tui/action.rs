//! What the user meant, and what came back from the store: the input of `update`.

use crossterm::event::KeyEvent;

use crate::domain::{Client, ClientDetails, ClientId, ClientSummary};

/// A tab along the top of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// 1: the client list, cards and forms.
    Clients,
    /// 2: agendas.
    Agenda,
    /// 3: classification and loyalty.
    Dashboard,
    /// 4: the moments-of-truth editor.
    Moments,
}

impl Tab {
    /// Every tab, in the order of their number keys.
    pub const ALL: [Tab; 4] = [Tab::Clients, Tab::Agenda, Tab::Dashboard, Tab::Moments];
}

/// An input to [`App::update`](super::app::App::update).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Leave the program (from the top level).
    Quit,
    /// Leave the program from anywhere.
    ForceQuit,
    /// Show or hide the key help.
    ToggleHelp,
    /// Go to a tab.
    SwitchTab(Tab),
    /// Move the cursor up one row.
    MoveUp,
    /// Move the cursor down one row.
    MoveDown,
    /// Move the cursor up one page.
    PageUp,
    /// Move the cursor down one page.
    PageDown,
    /// Move to the first row.
    First,
    /// Move to the last row.
    Last,
    /// Start typing a search.
    StartSearch,
    /// Empty the search and show every client.
    ClearSearch,
    /// Stop typing the search and open the selected card.
    AcceptSearch,
    /// Open the selected client's card.
    OpenCard,
    /// Start a form for a new client.
    NewClient,
    /// Start a form to edit the selected client.
    EditClient,
    /// Ask to delete the selected client.
    DeleteClient,
    /// Leave the card and go back to the list.
    Back,
    /// Focus the next form field.
    NextField,
    /// Focus the previous form field.
    PrevField,
    /// Choose the next option of a choice field.
    NextChoice,
    /// Choose the previous option of a choice field.
    PrevChoice,
    /// Validate and save the form.
    SaveForm,
    /// Leave the form, asking first if something changed.
    CancelForm,
    /// Answer yes to the open question.
    Confirm,
    /// Answer no to the open question.
    Deny,
    /// A key typed into the focused text input.
    Type(KeyEvent),
    /// Text pasted into the focused text input.
    Paste(String),
    /// The terminal changed size.
    Resize(u16, u16),
    /// The store returned every client of the list.
    ClientsLoaded(Vec<ClientSummary>),
    /// The store returned one client's card.
    CardLoaded(ClientDetails),
    /// The store saved a client.
    ClientSaved(Client),
    /// The store refused to save the form's client.
    SaveFailed(String),
    /// The store deleted a client.
    ClientDeleted(ClientId),
    /// A store operation failed.
    Failed(String),
}
