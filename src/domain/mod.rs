//! Types and rules of the domain: no SQL, no terminal, no files, no clock.
//!
//! Every rule that depends on "today" takes it as an argument so it can be tested
//! at its boundaries.

pub mod client;
pub mod dates;
pub mod text;

pub use client::{
    BuyingBehaviour, CardField, Channel, Client, ClientCard, ClientDetails, ClientId, ClientKind,
    ClientSummary, FieldError, InactivityReason, Influence, Problem, Relation, Source,
};
