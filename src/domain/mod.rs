//! Types and rules of the domain: no SQL, no terminal, no files, no clock.
//!
//! Every rule that depends on "today" takes it as an argument so it can be tested
//! at its boundaries.

pub mod attributes;
pub mod client;
pub mod dates;
pub mod text;

pub use attributes::{
    BuyingBehaviour, Channel, ClientKind, InactivityReason, Influence, Relation, Source,
};
pub use client::{
    CardField, Client, ClientCard, ClientDetails, ClientId, ClientSummary, FieldError, Problem,
};
