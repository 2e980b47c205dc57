//! The schema history, embedded in the binary.

use rusqlite_migration::{M, Migrations};

/// Every migration, in order; a database's `user_version` counts those applied.
const LIST: &[M<'static>] = &[
    M::up(include_str!("../../migrations/0001_clients.sql")),
    M::up(include_str!("../../migrations/0002_log.sql")),
    M::up(include_str!("../../migrations/0003_loyalty.sql")),
    M::up(include_str!("../../migrations/0004_agenda.sql")),
    M::up(include_str!("../../migrations/0005_scenes.sql")),
    M::up(include_str!("../../migrations/0006_versions.sql")),
    M::up(include_str!("../../migrations/0007_occurrence_title.sql")),
];

/// The migrations the store runs on open.
pub const MIGRATIONS: Migrations<'static> = Migrations::from_slice(LIST);

/// The schema version of a fully migrated database.
pub(crate) fn known_version() -> i64 {
    LIST.len() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(MIGRATIONS.validate().is_ok());
    }
}
