//! The terminal UI.

use color_eyre::eyre::Result;

use crate::session::Session;

/// Runs the terminal UI until the user quits.
pub fn run(_session: &Session) -> Result<()> {
    Ok(())
}
