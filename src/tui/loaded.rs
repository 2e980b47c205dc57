//! What came back from the runtime, typed by the tab that asked for it: the second
//! family of [`Action`] (re-exported from [`super::action`]).

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::NaiveDateTime;

use super::action::Action;
use super::tabs::clients::{CardView, RowStatus};
use crate::domain::{
    Agenda, Appointment, Clash, Client, ClientId, ClientSummary, Complaint, CycleId,
    DashboardFigures, EntryId, EntryKind, Scene, SceneId, Schedule, ServiceCycle, Version,
};
use crate::i18n::Msg;

/// The result of an effect, sent back to the tab that asked for it.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// For the Clients tab.
    Clients(ClientsLoaded),
    /// For the Agenda tab.
    Agenda(AgendaLoaded),
    /// For the dashboard.
    Dashboard(DashboardLoaded),
    /// For the Moments-of-truth tab.
    Moments(MomentsLoaded),
    /// An effect failed: what to tell the user, in their language.
    Failed(String),
}

/// What came back for the Clients tab.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientsLoaded {
    /// Every client's list row.
    Rows(Vec<ClientSummary>),
    /// One client's card, log and standing.
    Card(Box<CardView>),
    /// Every client's classes and open complaints.
    Statuses(HashMap<ClientId, RowStatus>),
    /// The classes and open complaints of one client (none if they are gone).
    Status(ClientId, Option<RowStatus>),
    /// The client was stored.
    Saved(Box<Client>),
    /// The form's client was changed by someone else since the form opened: this is
    /// it now.
    Changed(Box<Client>),
    /// The form's client was deleted by someone else since the form opened.
    Gone(ClientId),
    /// A client being loaded (the open card, on a refresh) was deleted by someone else.
    Vanished(ClientId),
    /// The client was deleted.
    Deleted(ClientId),
    /// The client was erased for good.
    Erased {
        /// Who.
        id: ClientId,
        /// Whether the file no longer holds their data in its bytes.
        overwritten: crate::store::Overwritten,
        /// How many backups taken before still hold them.
        backups: usize,
    },
    /// A client's personal data was written to this file.
    PersonalExported(PathBuf),
    /// The list was written to this file: how many clients.
    ListExported(PathBuf, usize),
    /// A history entry was corrected, or deleted.
    EntryChanged {
        /// Whose.
        client_id: ClientId,
        /// Whether it was deleted.
        deleted: bool,
    },
    /// The scenes an entry may be tied to, and the one it is tied to.
    SceneChoices {
        /// The entry.
        entry: crate::domain::EntryId,
        /// Every cycle with its scenes.
        cycles: Vec<crate::domain::ServiceCycle>,
        /// The scene it is tied to now.
        current: Option<crate::domain::SceneId>,
    },
    /// An entry of this client was tied to the scene titled so (`None`: untied).
    EntryTied {
        /// Whose entry.
        client_id: ClientId,
        /// The scene's title.
        scene: Option<String>,
        /// The title of the scene it left, when it was tied to another.
        left: Option<String>,
    },
    /// An entry was logged.
    Logged {
        /// For whom.
        client_id: ClientId,
        /// What.
        kind: EntryKind,
        /// Whether it was a return (a purchase with a negative amount).
        returned: bool,
    },
}

/// What came back for the Agenda tab.
#[derive(Debug, Clone, PartialEq)]
pub enum AgendaLoaded {
    /// The agendas and the occurrences of a stretch.
    Week {
        /// Every agenda.
        agendas: Vec<Agenda>,
        /// The occurrences.
        schedule: Box<Schedule>,
        /// The stretch.
        from: NaiveDateTime,
        /// Its end.
        to: NaiveDateTime,
        /// On the first week of a run: the agendas hidden when the TUI was last left,
        /// by name.
        hidden: Option<Vec<String>>,
    },
    /// The agendas hidden were remembered.
    Remembered,
    /// Occurrences whose reminders may fall due soon.
    Reminders(Box<Schedule>),
    /// The entry was not saved: it clashes with these.
    Clashes(Vec<Clash>),
    /// The entry was not saved: someone else changed it since it was read (this is it
    /// now), or deleted it (`None`).
    Changed(Option<Box<Appointment>>),
    /// An entry was saved, deleted or changed; the message says which.
    Done(Msg),
    /// A new agenda was made.
    AgendaAdded(Agenda),
}

/// What came back for the dashboard.
#[derive(Debug, Clone, PartialEq)]
pub enum DashboardLoaded {
    /// The classes and open complaints of every client, and the figures.
    Figures(HashMap<ClientId, RowStatus>, Box<DashboardFigures>),
    /// Every open complaint, oldest first.
    Complaints(Vec<Complaint>),
    /// The answer was not saved: someone else changed the complaint since it was shown.
    Changed(EntryId),
    /// A complaint was answered.
    Resolved {
        /// The complaint.
        id: EntryId,
        /// Its client.
        client_id: ClientId,
    },
}

/// What came back for the Moments-of-truth tab.
#[derive(Debug, Clone, PartialEq)]
pub enum MomentsLoaded {
    /// Every service cycle with its scenes; the cursor stays on `keep` if given.
    Cycles {
        /// The cycles.
        cycles: Vec<ServiceCycle>,
        /// The scene to keep the cursor on.
        keep: Option<SceneId>,
    },
    /// A scene and the log entries tied to it, to edit.
    Scene(Box<Scene>, Vec<Complaint>),
    /// The editor's scene was stored with this id, at this version.
    Saved(SceneId, Version),
    /// The editor's scene was not saved: someone else changed it since it was opened
    /// (this is it now), or deleted it (`None`).
    Changed(Option<Box<Scene>>),
    /// A scene moved to this place.
    Moved(SceneId, u32),
    /// A scene was deleted.
    Deleted,
    /// A new service cycle was made.
    CycleAdded(CycleId),
    /// A page of the entries that may be tied to a scene.
    Ties {
        /// The filter they match.
        text: String,
        /// Where the page starts.
        offset: usize,
        /// The entries.
        rows: Vec<crate::domain::TieCandidate>,
    },
    /// An entry was tied to `scene` (`None`: untied); the scene's evidence now.
    Tied {
        /// The entry.
        entry: crate::domain::EntryId,
        /// The scene it is tied to now.
        scene: Option<SceneId>,
        /// The editor's scene's evidence.
        evidence: Vec<Complaint>,
    },
}

macro_rules! loaded_from {
    ($($owner:ident($ty:ty)),*) => {$(
        impl From<$ty> for Action {
            fn from(loaded: $ty) -> Self {
                Action::Loaded(Loaded::$owner(loaded))
            }
        }
    )*};
}

loaded_from!(
    Clients(ClientsLoaded),
    Agenda(AgendaLoaded),
    Dashboard(DashboardLoaded),
    Moments(MomentsLoaded)
);
