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
    M::up(include_str!("../../migrations/0008_returns.sql")),
    M::up(include_str!("../../migrations/0009_contact_fields.sql")),
];

/// The migrations the store runs on open.
pub const MIGRATIONS: Migrations<'static> = Migrations::from_slice(LIST);

/// The schema version of a fully migrated database.
pub(crate) fn known_version() -> i64 {
    LIST.len() as i64
}

/// Migration 0009's second half: fills the name parts and the sort key of rows written
/// before they existed (or by another tool), the names split as
/// [`crate::domain::ClientCard::normalized`] splits them. Runs when the store opens for
/// writing; a no-op once done.
pub(super) fn fill_sort_keys(conn: &mut rusqlite::Connection) -> super::Result<()> {
    let tx = conn.transaction()?;
    let rows: Vec<(crate::domain::ClientId, crate::domain::ClientCard)> = {
        let mut stmt = tx.prepare(
            "SELECT id, name, kind, given_name, surname, second_surname
             FROM client WHERE sort_key = ''",
        )?;
        stmt.query_map([], |r| {
            let mut card = crate::domain::ClientCard::named(r.get::<_, String>(1)?);
            card.kind = super::clients::code(r, 2)?;
            (card.given_name, card.surname, card.second_surname) =
                (r.get(3)?, r.get(4)?, r.get(5)?);
            Ok((r.get(0)?, card))
        })?
        .collect::<rusqlite::Result<_>>()?
    };
    {
        let mut update = tx.prepare(
            "UPDATE client SET given_name = ?2, surname = ?3, second_surname = ?4, sort_key = ?5
             WHERE id = ?1",
        )?;
        for (id, card) in rows {
            let card = card.normalized();
            update.execute(rusqlite::params![
                id,
                card.given_name,
                card.surname,
                card.second_surname,
                card.sort_key()
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(MIGRATIONS.validate().is_ok());
    }

    /// 0008 rebuilds the log to let returns in: every entry, version and index is kept,
    /// and the scene evidence the rebuild would cascade away is put back.
    #[test]
    fn the_returns_migration_keeps_the_log_and_its_evidence() {
        let dir = tempfile::TempDir::new().expect("dir");
        let mut conn = rusqlite::Connection::open(dir.path().join("old.db")).expect("open");
        conn.pragma_update(None, "foreign_keys", "ON").expect("fk");
        MIGRATIONS.to_version(&mut conn, 7).expect("to 7");
        conn.execute_batch(
            "INSERT INTO client (id, name, created_at, updated_at)
                VALUES (1, 'Ana', '2026-01-01T00:00:00', '2026-01-01T00:00:00');
             INSERT INTO log_entry (id, client_id, at, kind, channel, amount_cents,
                margin_cents, created_at, version)
                VALUES (5, 1, '2026-02-01T10:00:00', 'purchase', 'in_person', 1250, 300,
                '2026-02-01T10:00:00', 42);
             INSERT INTO log_entry (id, client_id, at, kind, channel, note, created_at)
                VALUES (6, 1, '2026-02-02T10:00:00', 'complaint', 'phone', 'roto',
                '2026-02-02T10:00:00');
             INSERT INTO service_cycle (id, name) VALUES (1, 'Venta');
             INSERT INTO scene (id, cycle_id, position, title, created_at, updated_at)
                VALUES (1, 1, 1, 'Caja', '2026-01-01T00:00:00', '2026-01-01T00:00:00');
             INSERT INTO scene_evidence (entry_id, scene_id) VALUES (6, 1);",
        )
        .expect("old rows");
        let refused = conn.execute(
            "INSERT INTO log_entry (client_id, at, kind, channel, amount_cents, created_at)
                VALUES (1, '2026-02-03T10:00:00', 'purchase', 'in_person', -500,
                '2026-02-03T10:00:00')",
            [],
        );
        assert!(refused.is_err(), "before 0008 a return is refused");
        MIGRATIONS.to_latest(&mut conn).expect("to latest");
        let kept: (i64, i64, i64, String) = conn
            .query_row(
                "SELECT amount_cents, margin_cents, version, created_at FROM log_entry
                 WHERE id = 5",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .expect("entry 5");
        assert_eq!(kept, (1250, 300, 42, "2026-02-01T10:00:00".into()));
        let evidence: i64 = conn
            .query_row(
                "SELECT scene_id FROM scene_evidence WHERE entry_id = 6",
                [],
                |r| r.get(0),
            )
            .expect("the evidence is still there");
        assert_eq!(evidence, 1);
        conn.execute(
            "INSERT INTO log_entry (client_id, at, kind, channel, amount_cents, created_at)
                VALUES (1, '2026-02-03T10:00:00', 'purchase', 'in_person', -500,
                '2026-02-03T10:00:00')",
            [],
        )
        .expect("a return is stored");
        let indexes: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'index'
                 AND tbl_name = 'log_entry' AND name LIKE 'log_entry_%'",
                [],
                |r| r.get(0),
            )
            .expect("indexes");
        assert_eq!(indexes, 5);
        let problems: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .expect("fk check");
        assert_eq!(problems, 0);
        // Deleting the entry still unties its evidence: the reference holds.
        conn.execute("DELETE FROM log_entry WHERE id = 6", [])
            .expect("delete");
        let left: i64 = conn
            .query_row("SELECT count(*) FROM scene_evidence", [], |r| r.get(0))
            .expect("count");
        assert_eq!(left, 0);
    }

    /// 0009 adds the name's parts and the sort key; cards written before get them
    /// when the store next opens: people split by surname, companies by name.
    #[test]
    fn cards_from_before_the_contact_fields_are_split_on_open() {
        let dir = tempfile::TempDir::new().expect("dir");
        let path = dir.path().join("old.db");
        {
            let mut conn = rusqlite::Connection::open(&path).expect("open");
            MIGRATIONS.to_version(&mut conn, 8).expect("to 8");
            conn.execute_batch(
                "INSERT INTO client (id, name, kind, created_at, updated_at) VALUES
                    (1, 'José Luis de la Fuente García', 'person', '2026-01-01T00:00:00', '2026-01-01T00:00:00'),
                    (2, 'Ferretería Ruiz SL', 'company', '2026-01-01T00:00:00', '2026-01-01T00:00:00'),
                    (3, 'Ana Álvarez', 'person', '2026-01-01T00:00:00', '2026-01-01T00:00:00');",
            )
            .expect("old rows");
        }
        let store = crate::store::Store::open(&path).expect("migrates");
        let jose = store.client(1).expect("José").card;
        assert_eq!(
            (
                jose.given_name.as_deref(),
                jose.surname.as_deref(),
                jose.second_surname.as_deref()
            ),
            (Some("José Luis"), Some("de la Fuente"), Some("García"))
        );
        assert_eq!(store.client(2).expect("company").card.surname, None);
        let order: Vec<String> = store
            .clients(crate::store::ClientOrder::Name)
            .expect("by name")
            .into_iter()
            .map(|c| c.card.name)
            .collect();
        assert_eq!(
            order,
            [
                "Ana Álvarez",
                "Ferretería Ruiz SL",
                "José Luis de la Fuente García"
            ],
            "Álvarez, the company by its name, then de la Fuente under F"
        );
        let empty: i64 = store
            .conn
            .query_row("SELECT count(*) FROM client WHERE sort_key = ''", [], |r| {
                r.get(0)
            })
            .expect("count");
        assert_eq!(empty, 0);
    }
}
