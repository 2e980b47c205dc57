//! The store on real SQLite files in temporary directories.

mod common;

use chrono::NaiveDate;
use clientela::domain::{Channel, ClientCard, ClientKind, Influence, Relation, Source};
use clientela::store::{Base, ClientOrder, MIGRATIONS, Store, StoreError};
use common::{at, temp_store};
use tempfile::TempDir;

fn full_card() -> ClientCard {
    let mut card = ClientCard::named("Ferretería Núñez S.L.");
    card.kind = ClientKind::Company;
    card.relation = Relation::Supplier;
    card.phones = vec!["+34 91 555 12 12".into(), "+34 600 000 001".into()];
    card.emails = vec![
        "info@ferreterianunez.es".into(),
        "pedidos@ferreterianunez.es".into(),
    ];
    card.tax_id = Some("B12345678".into());
    card.address = Some("Calle Mayor, 3".into());
    card.city = Some("Madrid".into());
    card.postcode = Some("28013".into());
    card.birthday = NaiveDate::from_ymd_opt(1970, 1, 31);
    card.preferred_channel = Some(Channel::Email);
    card.marketing_consent = true;
    card.consent_date = NaiveDate::from_ymd_opt(2025, 12, 2);
    card.source = Some(Source::Advert);
    card.influence = Influence::HighPositive;
    card.member_since = NaiveDate::from_ymd_opt(2025, 6, 1);
    card.tags = vec!["empresa".into(), "mayorista".into()];
    card.notes = "Factura mensual.".into();
    card
}

#[test]
fn a_full_card_round_trips_and_survives_reopening() {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("sub").join("clientela.db");
    let id = {
        let mut store = Store::open(&path).expect("open");
        store
            .add_client(&full_card(), at(2026, 11, 22))
            .expect("add")
    };
    let store = Store::open(&path).expect("reopen");
    let client = store.client(id).expect("read back");
    let mut expected = full_card();
    expected.tags.sort();
    assert_eq!(client.card, expected);
    assert_eq!(client.created_at, at(2026, 11, 22));
    let migration_files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
        .expect("migrations dir")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "sql"))
        })
        .count();
    assert_eq!(
        store.schema_version().expect("version"),
        migration_files as i64
    );
}

#[test]
fn migrations_validate() {
    assert!(MIGRATIONS.validate().is_ok());
}

#[cfg(unix)]
#[test]
fn a_new_database_is_private_with_wal_and_foreign_keys() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("clientela.db");
    let mut store = Store::open(&path).expect("open");
    store
        .add_client(&ClientCard::named("Ana"), at(2026, 1, 1))
        .expect("add");
    let mode = std::fs::metadata(&path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    let wal = dir.path().join("clientela.db-wal");
    assert!(wal.exists(), "journal_mode is WAL");
    assert_eq!(
        std::fs::metadata(&wal).expect("wal").permissions().mode() & 0o777,
        0o600
    );
    // Foreign keys are enforced: a phone of a client that does not exist is refused.
    let conn = rusqlite::Connection::open(&path).expect("raw");
    conn.pragma_update(None, "foreign_keys", "ON").expect("fk");
    assert!(
        conn.execute("INSERT INTO client_phone VALUES (999, 0, '1')", [])
            .is_err()
    );
}

#[test]
fn editing_replaces_lists_and_keeps_created_at() {
    let (_dir, mut store) = temp_store();
    let id = store.add_client(&full_card(), at(2026, 1, 1)).expect("add");
    let mut card = store.client(id).expect("read").card;
    card.phones = vec!["+34 699 000 000".into()];
    card.emails.clear();
    card.tags = vec!["vip".into()];
    card.city = None;
    store
        .update_client(id, &card, at(2026, 2, 2), Base::Latest)
        .expect("update");
    let client = store.client(id).expect("read again");
    assert_eq!(client.card, card);
    assert_eq!(
        (client.created_at, client.updated_at),
        (at(2026, 1, 1), at(2026, 2, 2))
    );
}

#[test]
fn deleting_removes_lists_and_unlinks_referrals() {
    let (_dir, mut store) = temp_store();
    let referrer = store.add_client(&full_card(), at(2026, 1, 1)).expect("add");
    let mut card = ClientCard::named("Ana");
    card.referred_by = Some(referrer);
    let referred = store
        .add_client(&card, at(2026, 1, 1))
        .expect("add referred");
    let details = store.client_details(referrer).expect("details");
    assert_eq!(details.referred, vec![(referred, "Ana".to_string())]);
    store.delete_client(referrer).expect("delete");
    assert!(matches!(store.client(referrer), Err(StoreError::NoClient(id)) if id == referrer));
    assert_eq!(store.client(referred).expect("kept").card.referred_by, None);
    assert!(matches!(
        store.delete_client(referrer),
        Err(StoreError::NoClient(_))
    ));
    let summaries = store.client_summaries().expect("summaries");
    assert_eq!(summaries.len(), 1);
}

#[test]
fn bad_cards_and_referrers_are_refused_and_write_nothing() {
    let (_dir, mut store) = temp_store();
    let mut card = ClientCard::named("Ana");
    card.referred_by = Some(42);
    assert!(matches!(
        store.add_client(&card, at(2026, 1, 1)),
        Err(StoreError::BadReferrer(42))
    ));
    assert!(matches!(
        store.add_client(&ClientCard::named("  "), at(2026, 1, 1)),
        Err(StoreError::Invalid(_))
    ));
    let id = store
        .add_client(&ClientCard::named("Bea"), at(2026, 1, 1))
        .expect("add");
    let mut own = ClientCard::named("Bea");
    own.referred_by = Some(id);
    assert!(matches!(
        store.update_client(id, &own, at(2026, 1, 1), Base::Latest),
        Err(StoreError::BadReferrer(_))
    ));
    assert_eq!(store.client_count().expect("count"), 1);
}

#[test]
fn a_batch_is_all_or_nothing() {
    let (_dir, mut store) = temp_store();
    let cards = vec![
        ClientCard::named("Ana"),
        ClientCard::named(""),
        ClientCard::named("Bea"),
    ];
    assert!(
        store
            .add_clients(&cards, &[], |_| at(2026, 1, 1), at(2026, 2, 1))
            .is_err()
    );
    assert_eq!(store.client_count().expect("count"), 0);
    let cards = vec![ClientCard::named("Ana"), ClientCard::named("Bea")];
    let ids = store
        .add_clients(
            &cards,
            &[(1, 0)],
            |i| at(2026, 1, 1 + i as u32),
            at(2026, 2, 1),
        )
        .expect("batch");
    assert_eq!(
        store.client(ids[1]).expect("bea").card.referred_by,
        Some(ids[0])
    );
    assert!(
        store
            .add_clients(&cards, &[(1, 7)], |_| at(2026, 1, 1), at(2026, 2, 1))
            .is_err()
    );
    assert_eq!(store.client_count().expect("count"), 2);
}

#[test]
fn lists_come_back_in_order() {
    let (_dir, mut store) = temp_store();
    store
        .add_client(&ClientCard::named("zoe"), at(2026, 1, 1))
        .expect("add");
    store.add_client(&full_card(), at(2026, 1, 1)).expect("add");
    let by_name: Vec<_> = store
        .clients(ClientOrder::Name)
        .expect("list")
        .into_iter()
        .map(|c| c.card.name)
        .collect();
    assert_eq!(by_name, ["Ferretería Núñez S.L.", "zoe"]);
    let summaries = store.client_summaries().expect("summaries");
    assert_eq!(summaries[1].phones, ["+34 91 555 12 12", "+34 600 000 001"]);
    assert_eq!(summaries[1].emails.len(), 2);
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("future.db");
    {
        let conn = rusqlite::Connection::open(&path).expect("create");
        // A newer clientela stamps its files as ours.
        conn.execute_batch(
            "CREATE TABLE client (x); PRAGMA user_version = 99; PRAGMA application_id = 1129074260;",
        )
        .expect("setup");
    }
    let before = std::fs::read(&path).expect("read");
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
    assert!(
        err.to_string().contains("newer version of clientela"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the file is untouched"
    );
    assert!(!dir.path().join("future.db-wal").exists());
}

#[test]
fn a_file_that_is_not_a_database_is_named_in_the_error() {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("notes.txt");
    std::fs::write(
        &path,
        "esto no es una base de datos, es un texto bastante largo para SQLite",
    )
    .expect("write");
    let err = Store::open(&path).err().expect("refused");
    assert!(err.to_string().contains("notes.txt"), "{err}");
}

/// Another program's SQLite file is refused as it is: no table added, no WAL switch,
/// one short line; a file made by a clientela from before files were stamped, and an
/// empty file, are taken and stamped.
#[test]
fn only_our_own_files_are_opened_and_stamped() {
    use clientela::store::APPLICATION_ID;
    let dir = TempDir::new().expect("temp dir");
    let read = |path: &std::path::Path, sql: &str| -> i64 {
        let conn = rusqlite::Connection::open(path).expect("open");
        conn.query_row(sql, [], |r| r.get(0)).expect("query")
    };
    for (name, setup) in [
        (
            "other.db",
            "CREATE TABLE song (title); INSERT INTO song VALUES ('x');",
        ),
        (
            "versioned.db",
            "CREATE TABLE song (title); PRAGMA user_version = 3;",
        ),
        (
            "stamped.db",
            "CREATE TABLE client (x); PRAGMA application_id = 7;",
        ),
    ] {
        let path = dir.path().join(name);
        rusqlite::Connection::open(&path)
            .and_then(|c| c.execute_batch(setup))
            .expect("setup");
        let before = std::fs::read(&path).expect("read");
        let err = Store::open(&path).err().expect("refused");
        assert!(matches!(err, StoreError::Foreign { .. }), "{name}: {err}");
        assert!(err.to_string().len() < 200, "one short line: {err}");
        assert_eq!(
            std::fs::read(&path).expect("read"),
            before,
            "{name} untouched"
        );
        assert_eq!(
            read(
                &path,
                "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"
            ),
            0,
            "{name}: no WAL switch"
        );
    }

    // Made by yesterday's clientela: our tables and version, no stamp.
    let old = dir.path().join("old.db");
    {
        let mut store = Store::open(&old).expect("new");
        store
            .add_client(&ClientCard::named("Ana"), at(2026, 1, 1))
            .expect("client");
    }
    rusqlite::Connection::open(&old)
        .and_then(|c| c.execute_batch("PRAGMA application_id = 0;"))
        .expect("unstamp");
    let store = Store::open(&old).expect("adopted");
    assert_eq!(store.client_count().expect("count"), 1);
    drop(store);
    assert_eq!(read(&old, "PRAGMA application_id"), APPLICATION_ID);

    // An empty file (as `touch` makes it) is a new database.
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").expect("touch");
    drop(Store::open(&empty).expect("new"));
    assert_eq!(read(&empty, "PRAGMA application_id"), APPLICATION_ID);
}
