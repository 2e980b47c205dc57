//! Types and rules of the domain: no SQL, no terminal, no files, no clock.
//!
//! Every rule that depends on "today" takes it as an argument so it can be tested
//! at its boundaries.

pub mod agenda;
pub mod attributes;
pub mod card_field;
pub mod clash;
pub mod class_filter;
pub mod classification;
pub mod client;
pub mod client_filter;
pub mod dashboard;
pub mod dates;
pub mod import_plan;
pub mod log;
pub mod loyalty;
pub mod money;
pub mod person_name;
pub mod recurrence;
pub mod scene;
pub mod scene_step;
pub mod schedule;
pub mod standing;
pub mod text;
pub mod validate;

/// A record's version: the store bumps it on every write, so a save based on an older
/// one can be refused rather than overwrite what someone else wrote since.
pub type Version = i64;

pub use agenda::{
    Agenda, AgendaId, Appointment, AppointmentError, AppointmentId, AppointmentStatus, Category,
    NewAppointment, Occurrence, Override,
};
pub use attributes::{
    BuyingBehaviour, Channel, ClientKind, InactivityReason, Influence, Relation, Source,
};
pub use class_filter::{Class, ClassFilter, ClassSet};
pub use classification::{
    Classification, ClassificationRules, ClientFacts, Frequency, Lifecycle, Market, Satisfaction,
    Volume,
};
pub use client::{
    CardField, Client, ClientCard, ClientDetails, ClientId, ClientSummary, FieldError,
    PersonalData, Problem,
};
pub use client_filter::{ClientFilter, FilterError};
pub use dashboard::{DashboardFigures, MonthFigures, PurchaseMonth, QuadrantFigures, Rate};
pub use log::{
    Complaint, EntryError, EntryId, EntryKind, LogEntry, NewEntry, Resolution, Valuation,
};
pub use loyalty::{Conditions, Loyalty, LoyaltyRules, Quadrant, SuggestedAction};
pub use recurrence::{Recurrence, Repeat, RepeatEnd};
pub use scene::{
    ActionArea, ActionItem, CycleId, Description, Evaluation, Scene, SceneCategory, SceneChannel,
    SceneDraft, SceneError, SceneId, SceneStep, SceneTie, ServiceCycle, TieCandidate,
};
pub use schedule::{Clash, Listed, Schedule};
pub use standing::{Standing, ToDo, ToDoSet};
