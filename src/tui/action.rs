//! What the user meant, and what came back from the store: the input of `update`.

use crossterm::event::KeyEvent;

use std::collections::HashMap;

use super::panes::card::CardView;
use super::panes::client_list::RowStatus;
use chrono::NaiveDateTime;

use crate::domain::{
    Agenda, Clash, Client, ClientId, ClientSummary, Complaint, CycleId, DashboardFigures, EntryId,
    EntryKind, Scene, SceneId, Schedule, ServiceCycle,
};
use crate::i18n::Msg;

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
    /// Ask to erase the open card's client for good (the right to erasure).
    EraseClient,
    /// Ask to write everything held about the open card's client to a file.
    ExportClient,
    /// Open the column picker to export the list as shown.
    ExportList,
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
    /// Open the quick log for the current client with this kind.
    StartLog(EntryKind),
    /// Open the quick log for the current client, any kind (starting with this one).
    StartLogAny(EntryKind),
    /// Save what the popup holds (quick log, complaint answer).
    SavePopup,
    /// Move the keys to the other half of a split screen.
    SwitchPane,
    /// Add or remove the class under the cursor from the filter being built.
    ToggleClass,
    /// Do what the row under the cursor offers (filter by it, answer it).
    Activate,
    /// Forget the classes chosen on the dashboard.
    ClearClasses,
    /// The Agenda tab's keys and results.
    Agenda(AgendaAction),
    /// The Moments-of-truth tab's keys and results.
    Moments(MomentsAction),
    /// A key typed into the focused text input.
    Type(KeyEvent),
    /// Text pasted into the focused text input.
    Paste(String),
    /// The terminal changed size.
    Resize(u16, u16),
    /// The store returned every client of the list.
    ClientsLoaded(Vec<ClientSummary>),
    /// The store returned one client's card, log and standing.
    CardLoaded(Box<CardView>),
    /// The classes and open complaints of every client, and the dashboard's figures.
    DashboardLoaded(HashMap<ClientId, RowStatus>, Box<DashboardFigures>),
    /// The classes and open complaints of one client.
    StatusLoaded(ClientId, RowStatus),
    /// An entry was logged.
    EntryAdded {
        /// For whom.
        client_id: ClientId,
        /// What.
        kind: EntryKind,
    },
    /// The store refused the quick log entry.
    EntryFailed(String),
    /// Every open complaint, oldest first.
    ComplaintsLoaded(Vec<Complaint>),
    /// A complaint was answered.
    ComplaintResolved {
        /// The complaint.
        id: EntryId,
        /// Its client.
        client_id: ClientId,
    },
    /// The store saved a client.
    ClientSaved(Box<Client>),
    /// The store refused to save the form's client.
    SaveFailed(String),
    /// The store deleted a client.
    ClientDeleted(ClientId),
    /// The store erased a client for good.
    ClientErased(ClientId),
    /// A client's personal data was written to this file.
    ClientExported(std::path::PathBuf),
    /// The list was written to this file: how many clients.
    ListExported(std::path::PathBuf, usize),
    /// A store operation failed.
    Failed(String),
}

/// What the user meant in the Agenda tab, and what came back for it.
#[derive(Debug, Clone, PartialEq)]
pub enum AgendaAction {
    /// the day before.
    PrevDay,
    /// the day after.
    NextDay,
    /// back to today.
    Today,
    /// type a date to go to.
    GoToDate,
    /// day → week → upcoming.
    CycleView,
    /// choose the agendas shown, or add one.
    ChooseAgendas,
    /// show or hide the agenda under the cursor.
    ToggleAgenda,
    /// type the name of a new agenda.
    NewAgenda,
    /// a new entry at the cursor.
    NewAppointment,
    /// edit the entry under the cursor.
    EditAppointment,
    /// mark the entry (occurrence) under the cursor done.
    MarkDone,
    /// delete the entry under the cursor.
    DeleteAppointment,
    /// act on this occurrence only.
    ThisOccurrence,
    /// act on the whole series.
    WholeSeries,
    /// The clock ticked: reminders may fall due (sent on any tab).
    Tick(NaiveDateTime),
    /// The agendas and the occurrences of a stretch.
    AgendaLoaded {
        /// Every agenda.
        agendas: Vec<Agenda>,
        /// The occurrences.
        schedule: Box<Schedule>,
        /// The stretch.
        from: NaiveDateTime,
        /// Its end.
        to: NaiveDateTime,
    },
    /// Occurrences whose reminders may fall due soon.
    RemindersLoaded(Box<Schedule>),
    /// The entry was not saved: it clashes with these.
    AppointmentClashes(Vec<Clash>),
    /// An entry was saved, deleted or changed; the message says which.
    AppointmentChanged(Msg),
    /// The store refused the entry form's save.
    AppointmentFailed(String),
    /// A new agenda was made.
    AgendaAdded(Agenda),
}

/// What the user meant in the Moments-of-truth tab, and what came back for it.
#[derive(Debug, Clone, PartialEq)]
pub enum MomentsAction {
    /// type the name of a new service cycle.
    NewCycle,
    /// analyse a new scene of the chosen cycle.
    NewScene,
    /// open the scene under the cursor in the editor.
    EditScene,
    /// delete the scene under the cursor.
    DeleteScene,
    /// move the scene under the cursor one place earlier.
    MoveSceneUp,
    /// move the scene under the cursor one place later.
    MoveSceneDown,
    /// scenes in the cycle's order ↔ worst gap first.
    ToggleSort,
    /// the editor's next step.
    NextStep,
    /// the editor's previous step.
    PrevStep,
    /// step 5: done ↔ open for the action under the cursor.
    ToggleDone,
    /// step 5: remove the action under the cursor.
    RemoveAction,
    /// step 5: change the action under the cursor.
    EditAction,
    /// Every service cycle with its scenes; the cursor stays on `keep` if given.
    CyclesLoaded {
        /// The cycles.
        cycles: Vec<ServiceCycle>,
        /// The scene to keep the cursor on.
        keep: Option<SceneId>,
    },
    /// A scene and the log entries tied to it, to edit.
    SceneLoaded(Box<Scene>, Vec<Complaint>),
    /// The editor's scene was stored with this id.
    SceneSaved(SceneId),
    /// A scene moved to this place.
    SceneMoved(SceneId, u32),
    /// A scene was deleted.
    SceneDeleted,
    /// A new service cycle was made.
    CycleAdded(CycleId),
    /// The store refused a scene operation.
    SceneFailed(String),
}
