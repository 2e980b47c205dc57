//! clientela: a terminal client-file manager for small shops.
//!
//! The binary is a thin shell over this library: [`cli`] parses and runs commands,
//! [`store`] keeps everything in one SQLite file, [`domain`] holds the rules,
//! [`exchange`] reads and writes files, [`ops`] holds the use cases both front ends
//! share, [`tui`] is the terminal UI. ARCHITECTURE.md draws the whole house.
#![deny(clippy::unwrap_used)]
#![warn(missing_docs)]

pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
pub mod exchange;
pub mod i18n;
pub mod ops;
pub mod search;
pub mod session;
pub mod store;
pub mod tui;
