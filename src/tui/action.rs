//! The input of `update`, in two families kept apart: what the user meant (every
//! variant but [`Action::Loaded`]) and what came back from the runtime
//! ([`Action::Loaded`], typed by the tab that asked for it).

use chrono::NaiveDateTime;
use crossterm::event::KeyEvent;

use super::tabs::Tab;
use super::tabs::moments::SceneAct;
use crate::domain::{AgendaId, AppointmentId, ClientId, EntryId, EntryKind, NewEntry, Version};
use crate::exchange::client_csv::Column;
use crate::i18n::Msg;
use crate::ops::export::ListFormat;

pub use super::loaded::{AgendaLoaded, ClientsLoaded, DashboardLoaded, Loaded, MomentsLoaded};

/// An input to [`App::update`](super::app::App::update).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // Global: handled once by the app, whatever is shown.
    /// Leave the program (from the top level).
    Quit,
    /// Leave the program from anywhere (asking first when typed text would be lost).
    ForceQuit,
    /// Close the box under the "discard?" question, throwing away what was typed.
    DiscardBox,
    /// Show or hide the key help.
    ToggleHelp,
    /// Go to a tab.
    SwitchTab(Tab),
    /// The terminal changed size.
    Resize(u16, u16),
    /// The clock ticked.
    Tick(Tick),

    // Intents whose meaning depends on where the focus is.
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
    /// Answer no to the open question, or close the box.
    Deny,
    /// Give the open question's answer number `n` (from 0).
    Pick(usize),
    /// Save what the box holds (quick log, a prompt's text, the picker's choice).
    SavePopup,
    /// Move the keys to the other half of a split screen.
    SwitchPane,
    /// Check or uncheck the row under the cursor (a class, a column, an agenda).
    Toggle,
    /// Do what the row under the cursor offers (filter by it, answer it).
    Activate,
    /// A key typed into the focused text input.
    Type(KeyEvent),
    /// Text pasted into the focused text input.
    Paste(String),

    // One tab's own intents, and the answers of the boxes it opened.
    /// The Clients tab's.
    Clients(ClientsAction),
    /// The Agenda tab's.
    Agenda(AgendaAction),
    /// The dashboard's.
    Dashboard(DashboardAction),
    /// The Moments-of-truth tab's.
    Moments(MomentsAction),

    /// What the runtime sends back: the result of an effect.
    Loaded(Loaded),
}

/// One tick of the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tick {
    /// The time now, in the shop's time zone.
    pub now: NaiveDateTime,
    /// Whether another connection wrote to the database since the last tick.
    pub store_changed: bool,
}

impl Tick {
    /// A tick at `now` with nothing written elsewhere.
    pub fn at(now: NaiveDateTime) -> Self {
        Self {
            now,
            store_changed: false,
        }
    }
}

/// The Clients tab's intents.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientsAction {
    /// Start typing a search.
    StartSearch,
    /// Empty the search and show every client.
    ClearSearch,
    /// Stop typing the search and open the selected card.
    AcceptSearch,
    /// Leave the search box, the list kept as found: its keys act on it.
    LeaveSearch,
    /// Open the selected client's card.
    OpenCard,
    /// Put the cursor on row `n` of the list (a click).
    SelectRow(usize),
    /// Start a form for a new client.
    NewClient,
    /// Start a form to edit the selected client.
    EditClient,
    /// Ask before an act on the current client (delete, erase, export their data).
    Ask(ClientAct),
    /// The user said yes to `act` on this client.
    Confirmed(ClientAct, ClientId),
    /// Open the column picker to export the list as shown.
    ExportList,
    /// The picker's choice: write these clients with these columns.
    Export {
        /// The clients, in the list's order.
        ids: Vec<ClientId>,
        /// The columns.
        columns: Vec<Column>,
        /// Workbook or CSV.
        format: ListFormat,
    },
    /// Leave the card and go back to the list.
    Back,
    /// Open the quick log for the current client with this kind.
    StartLog(EntryKind),
    /// Open the quick log for the current client, any kind (starting with this one).
    StartLogAny(EntryKind),
    /// The quick log's entry, to store.
    Log(Box<NewEntry>),
    /// Open the box to correct the history entry under the card's cursor.
    EditEntry,
    /// Ask before deleting the history entry under the card's cursor.
    AskDeleteEntry,
    /// Choose a scene to tie the history entry under the card's cursor to.
    ChooseScene,
    /// Tie this entry to this scene (`None`: untie it).
    TieEntry(EntryId, Option<crate::domain::SceneId>),
    /// The user said yes: delete this entry, as it was when asked.
    DeleteEntry(EntryId, Version),
    /// Leave the card's history (no entry chosen).
    LeaveEntry,
    /// The corrected entry, to store over entry `id` as it was when opened.
    CorrectEntry(EntryId, Version, Box<NewEntry>),
    /// The user chose to throw away the form's changes.
    DiscardForm,
    /// Someone else changed the client being edited: load theirs into the form.
    ReloadForm,
    /// Someone else changed the client being edited: save ours over theirs.
    Overwrite,
    /// Someone else deleted the client being edited: save the form as a new client.
    SaveAsNew,
}

/// What a question about one client leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAct {
    /// Delete the client and their history.
    Delete,
    /// Erase them for good, leaving nothing readable (the right to erasure).
    Erase,
    /// Write everything held about them to a file (the right of access).
    Export,
}

impl ClientAct {
    /// The question asked.
    pub fn question(self) -> Msg {
        match self {
            ClientAct::Delete => Msg::ConfirmDelete,
            ClientAct::Erase => Msg::ConfirmErase,
            ClientAct::Export => Msg::ConfirmExport,
        }
    }

    /// The work a yes hands to the runtime for client `id`.
    pub fn effect(self, id: ClientId) -> super::effect::ClientsEffect {
        use super::effect::ClientsEffect as E;
        match self {
            ClientAct::Delete => E::Delete(id),
            ClientAct::Erase => E::Erase(id),
            ClientAct::Export => E::ExportPersonal(id),
        }
    }
}

/// The Agenda tab's intents.
#[derive(Debug, Clone, PartialEq)]
pub enum AgendaAction {
    /// The day before.
    PrevDay,
    /// The day after.
    NextDay,
    /// Back to today.
    Today,
    /// Ask for a date to go to.
    GoToDate,
    /// The date typed.
    GoTo(String),
    /// Day → week → upcoming.
    CycleView,
    /// Choose the agendas shown, or add one.
    ChooseAgendas,
    /// Show (`true`) or hide an agenda.
    SetShown(AgendaId, bool),
    /// The agendas chooser closed.
    ChooserClosed,
    /// Ask for the name of a new agenda.
    NewAgenda,
    /// The name typed for a new agenda.
    AddAgenda(String),
    /// A new entry at the cursor.
    NewAppointment,
    /// Edit the entry under the cursor.
    EditAppointment,
    /// Mark the entry (occurrence) under the cursor done.
    MarkDone,
    /// Delete the entry under the cursor.
    DeleteAppointment,
    /// The answer to "this occurrence or the whole series?".
    Series {
        /// The entry.
        id: AppointmentId,
        /// The occurrence, by its original start.
        original: NaiveDateTime,
        /// Deleting (else editing).
        delete: bool,
        /// This occurrence only (else the whole series).
        this: bool,
    },
    /// The user said yes to deleting this entry.
    Delete(AppointmentId),
    /// Open the card of the entry's client.
    OpenClient,
    /// Someone else changed the entry being edited: load theirs into the form.
    ReloadForm,
    /// Someone else changed the entry being edited: save ours over theirs.
    Overwrite,
    /// Someone else deleted the entry being edited: save the form as a new entry.
    SaveAsNew,
    /// The user chose to throw away the entry form's changes.
    DiscardForm,
}

/// The dashboard's intents.
#[derive(Debug, Clone, PartialEq)]
pub enum DashboardAction {
    /// Forget the classes chosen.
    ClearClasses,
    /// Export the clients of the chosen classes and the one under the cursor.
    Export,
    /// The answer typed to a complaint.
    Answer {
        /// The complaint.
        id: EntryId,
        /// What was typed.
        text: String,
    },
}

/// The Moments-of-truth tab's intents.
#[derive(Debug, Clone, PartialEq)]
pub enum MomentsAction {
    /// Ask for the name of a new service cycle.
    NewCycle,
    /// The name typed for a new cycle.
    AddCycle(String),
    /// Analyse a new scene of the chosen cycle.
    NewScene,
    /// Open the scene under the cursor in the editor.
    EditScene,
    /// Ask before deleting the scene under the cursor.
    DeleteScene,
    /// Move the scene under the cursor one place earlier.
    MoveSceneUp,
    /// Move the scene under the cursor one place later.
    MoveSceneDown,
    /// Scenes in the cycle's order ↔ worst gap first.
    ToggleSort,
    /// The editor's next step.
    NextStep,
    /// The editor's previous step.
    PrevStep,
    /// Step 5: done ↔ open for the action under the cursor.
    ToggleDone,
    /// Step 5: remove the action under the cursor.
    RemoveAction,
    /// Step 5: change the action under the cursor.
    EditAction,
    /// The user answered a question about a scene.
    Answered(SceneAct),
    /// Step 4: open the picker of log entries to tie to the scene.
    OpenTies,
    /// The picker asks for a page of entries: those matching `text`, from `offset`.
    QueryTies {
        /// The filter typed.
        text: String,
        /// The first row wanted.
        offset: usize,
    },
    /// Tie the entry to the scene, or untie it if tied to it (from the picker).
    ToggleTie(crate::domain::EntryId),
    /// Tie the entry to the scene though it was tied to another (asked first).
    MoveTie(crate::domain::EntryId),
}
