//! Files in and out: CSV and JSON today; vCard, iCalendar and Markdown later.

pub mod clients;
pub mod log;
pub mod loyalty;
