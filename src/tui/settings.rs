//! What the UI takes from the configuration: colours, the mouse, agenda entry length.

/// What the UI takes from the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiSettings {
    /// How long a new agenda entry lasts until its end is typed, in minutes.
    pub entry_minutes: u32,
    /// Whether clicks and the wheel act.
    pub mouse: bool,
    /// The colours the config gives agendas, by name.
    pub agenda_colours: std::collections::BTreeMap<String, ratatui::style::Color>,
}

impl Default for UiSettings {
    fn default() -> Self {
        Self {
            entry_minutes: 60,
            mouse: true,
            agenda_colours: std::collections::BTreeMap::new(),
        }
    }
}

impl UiSettings {
    /// The settings `config` gives.
    pub fn from_config(config: &crate::config::Config) -> Self {
        Self {
            entry_minutes: config.agenda.entry_minutes,
            mouse: config.mouse,
            agenda_colours: config.agenda.colours.clone(),
        }
    }
}
