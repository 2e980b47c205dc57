//! What the TUI remembers between runs about how the user left it (the agendas shown),
//! per database, in a small file of the user's own: the platform's state folder
//! (Linux: `~/.local/state/clientela/view.toml`). Not in the database, which others
//! share, and not in the config, which is the user's to write and comment.

use std::collections::BTreeMap;
use std::path::Path;

use color_eyre::eyre::{Result, WrapErr};
use serde::{Deserialize, Serialize};

use super::files::write_file;
use crate::store::create_private_dirs;

/// How the TUI was left on one database.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DatabaseView {
    /// The agendas the user hid, by name.
    pub hidden_agendas: Vec<String>,
    /// The number of the tab shown when the TUI was left (1 Clients … 4 Moments).
    pub last_tab: Option<usize>,
}

/// The whole file: one view per database, keyed by its full path.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
struct ViewFile {
    databases: BTreeMap<String, DatabaseView>,
}

fn key(database: &Path) -> String {
    std::path::absolute(database)
        .unwrap_or_else(|_| database.to_path_buf())
        .display()
        .to_string()
}

fn read(file: &Path) -> ViewFile {
    // A missing or unreadable file is a fresh start: this is a convenience, never a
    // reason to refuse to open.
    std::fs::read_to_string(file)
        .ok()
        .and_then(|text| toml::from_str(&text).ok())
        .unwrap_or_default()
}

/// The view remembered for `database` in `file`, or the default.
pub fn load(file: &Path, database: &Path) -> DatabaseView {
    read(file)
        .databases
        .remove(&key(database))
        .unwrap_or_default()
}

/// Remembers `view` for `database` in `file` (private, written whole or not at all).
pub fn save(file: &Path, database: &Path, view: &DatabaseView) -> Result<()> {
    let mut all = read(file);
    if *view == DatabaseView::default() {
        all.databases.remove(&key(database));
    } else {
        all.databases.insert(key(database), view.clone());
    }
    if let Some(dir) = file.parent() {
        create_private_dirs(dir).wrap_err_with(|| dir.display().to_string())?;
    }
    let text = toml::to_string(&all).wrap_err("view state")?;
    write_file(file, |out| Ok(out.write_all(text.as_bytes())?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_database_keeps_its_own_view_and_a_broken_file_is_a_fresh_start() {
        let dir = tempfile::TempDir::new().expect("dir");
        let file = dir.path().join("state").join("view.toml");
        let (shop, demo) = (dir.path().join("shop.db"), dir.path().join("demo.db"));
        assert_eq!(load(&file, &shop), DatabaseView::default());
        let hide = DatabaseView {
            hidden_agendas: vec!["Tienda".into()],
            last_tab: Some(2),
        };
        save(&file, &shop, &hide).expect("saved");
        assert_eq!(load(&file, &shop), hide);
        assert_eq!(load(&file, &demo), DatabaseView::default());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&file, "not [ toml").expect("break it");
        assert_eq!(load(&file, &shop), DatabaseView::default());
        save(&file, &demo, &hide).expect("a broken file is replaced");
        assert_eq!(load(&file, &demo), hide);
    }
}
