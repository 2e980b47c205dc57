//! Two writers on one file: every record a form edits carries a version the store
//! bumps on each write, and a write based on an older version is refused, never
//! applied over the other writer's change. Two connections to one real SQLite file.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use clientela::domain::{
    AppointmentStatus, ClientCard, EntryKind, NewAppointment, NewEntry, Override, Recurrence,
    Repeat, RepeatEnd, SceneDraft,
};
use clientela::store::{Base, Store, StoreError};

fn t(d: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, d)
        .and_then(|d| d.and_hms_opt(h, 0, 0))
        .expect("time")
}

/// Two connections to one file, as two programs have.
fn two_writers() -> (tempfile::TempDir, Store, Store) {
    let dir = tempfile::TempDir::new().expect("dir");
    let path = dir.path().join("shop.db");
    let a = Store::open(&path).expect("first");
    let b = Store::open(&path).expect("second");
    (dir, a, b)
}

fn changed(result: Result<(), StoreError>) -> bool {
    matches!(result, Err(StoreError::Changed { .. }))
}

#[test]
fn a_card_saved_over_a_change_made_since_it_was_read_is_refused() {
    let (_dir, mut a, mut b) = two_writers();
    let id = a
        .add_client(&ClientCard::named("Ana Pérez"), t(1, 9))
        .expect("add");
    let seen = a.client(id).expect("read").version;

    // The other writer changes only a phone: that is a change of the card too.
    let mut theirs = b.client(id).expect("read").card;
    theirs.phones = vec!["600 111 222".into()];
    b.update_client(id, &theirs, t(2, 9), Base::Latest)
        .expect("theirs");

    let mut ours = ClientCard::named("Ana Pérez Gil");
    ours.city = Some("Teruel".into());
    assert!(changed(a.update_client(
        id,
        &ours,
        t(2, 10),
        Base::Seen(seen)
    )));
    let stored = a.client(id).expect("read");
    assert_eq!(stored.card.phones, ["600 111 222"], "theirs kept");
    assert_eq!(stored.card.name, "Ana Pérez", "ours not written");

    // Based on what is there now, ours goes in (the user chose to overwrite).
    a.update_client(id, &ours, t(2, 11), Base::Seen(stored.version))
        .expect("overwrite");
    let after = b.client(id).expect("read");
    assert_eq!(after.card.name, "Ana Pérez Gil");
    assert!(after.version > stored.version);

    // Deleted by the other writer: said as such, not as a change.
    b.delete_client(id).expect("delete");
    assert!(matches!(
        a.update_client(id, &ours, t(3, 9), Base::Seen(after.version)),
        Err(StoreError::NoClient(gone)) if gone == id
    ));
}

#[test]
fn an_import_merge_counts_as_a_change_of_the_card() {
    let (_dir, mut a, mut b) = two_writers();
    let mut card = ClientCard::named("Ana Pérez");
    card.emails = vec!["ana@correo.es".into()];
    let id = a.add_client(&card, t(1, 9)).expect("add");
    let seen = a.client(id).expect("read").version;
    let mut again = card.clone();
    again.phones = vec!["600 111 222".into()];
    let existing = b
        .clients(clientela::store::ClientOrder::Id)
        .expect("clients");
    let read = vec![clientela::domain::import_plan::ImportedCard::at(2, again)];
    let plan = clientela::domain::import_plan::plan(
        &existing,
        read,
        clientela::domain::import_plan::OnDuplicate::Merge,
        t(2, 9).date(),
    )
    .expect("plan");
    b.import_clients(&plan, t(2, 9)).expect("import");
    assert!(changed(a.update_client(
        id,
        &card,
        t(2, 10),
        Base::Seen(seen)
    )));
}

#[test]
fn an_agenda_entry_and_its_occurrences_are_checked_as_one_record() {
    let (_dir, mut a, mut b) = two_writers();
    let boss = a.ensure_agendas(&["Jefe".into()]).expect("agendas")[0].id;
    let mut weekly = NewAppointment::timed(boss, "Reunión", t(2, 10), t(2, 11));
    weekly.recurrence = Some(Recurrence::new(Repeat::Weekly, RepeatEnd::Count(4)));
    let id = a.add_appointment(&weekly, t(1, 9)).expect("add");
    let seen = a.appointment(id).expect("read").version;

    // The other writer marks one occurrence done.
    let done = Override {
        title: None,
        original: t(9, 10),
        start: t(9, 10),
        end: t(9, 11),
        status: AppointmentStatus::Done,
    };
    b.set_occurrence(id, done.clone(), Base::Latest)
        .expect("theirs");

    let mut renamed = weekly.clone();
    renamed.title = "Reunión de equipo".into();
    assert!(changed(a.update_appointment(
        id,
        &renamed,
        t(3, 9),
        Base::Seen(seen)
    )));
    let moved = Override {
        title: None,
        start: t(9, 12),
        end: t(9, 13),
        status: AppointmentStatus::Planned,
        ..done
    };
    assert!(changed(a.set_occurrence(id, moved, Base::Seen(seen))));
    let stored = a.appointment(id).expect("read");
    assert_eq!(stored.fields.title, "Reunión");
    assert_eq!(stored.overrides, [done], "their mark kept");
}

#[test]
fn a_scene_is_checked_but_moving_it_in_its_cycle_is_not_a_change() {
    let (_dir, mut a, mut b) = two_writers();
    let cycle = a.add_cycle("Visita").expect("cycle");
    let mut draft = SceneDraft::new(cycle);
    draft.title = "Entrar".into();
    let first = a.add_scene(&draft, t(1, 9)).expect("scene");
    draft.title = "Pagar".into();
    let second = a.add_scene(&draft, t(1, 9)).expect("scene");
    let seen = a.scene(second).expect("read").version;

    // Reordering elsewhere does not stand in the editor's way.
    b.move_scene(second, -1).expect("move");
    draft.visualisation = "La cola llega a la puerta.".into();
    a.update_scene(second, &draft, t(2, 9), Base::Seen(seen))
        .expect("a move is not a change of the analysis");

    // A change of the analysis is.
    let seen = a.scene(first).expect("read").version;
    let mut theirs = b.scene(first).expect("read").draft;
    theirs.visualisation = "Suena la campanilla.".into();
    b.update_scene(first, &theirs, t(2, 10), Base::Latest)
        .expect("theirs");
    let mut ours = a.scene(first).expect("read").draft;
    ours.title = "Entrar en la tienda".into();
    assert!(changed(a.update_scene(
        first,
        &ours,
        t(2, 11),
        Base::Seen(seen)
    )));
}

#[test]
fn a_complaint_answered_elsewhere_is_not_answered_again() {
    let (_dir, mut a, mut b) = two_writers();
    let client = a
        .add_client(&ClientCard::named("Ana"), t(1, 9))
        .expect("client");
    let mut complaint = NewEntry::new(client, EntryKind::Complaint, t(2, 9));
    complaint.note = "Llegó roto".into();
    let id = a.add_entry(&complaint, t(2, 9)).expect("complaint");
    let seen = a.entry(id).expect("read").version;
    b.resolve_complaint(id, "Se cambió", t(3, 9), Base::Latest)
        .expect("theirs");
    assert!(changed(a.resolve_complaint(
        id,
        "Se devolvió",
        t(3, 10),
        Base::Seen(seen)
    )));
    let stored = a.entry(id).expect("read");
    assert_eq!(
        stored.resolution.as_ref().map(|r| r.answer.as_str()),
        Some("Se cambió")
    );
}

#[test]
fn a_connection_hears_of_the_other_ones_writes_not_of_its_own() {
    let (_dir, mut a, mut b) = two_writers();
    let mut mark = a.change_mark().expect("mark");
    assert!(!a.changed_since(&mut mark).expect("asked"));
    a.add_client(&ClientCard::named("Ana"), t(1, 9))
        .expect("own write");
    assert!(!a.changed_since(&mut mark).expect("asked"), "its own write");
    b.add_client(&ClientCard::named("Luis"), t(1, 9))
        .expect("other write");
    assert!(
        a.changed_since(&mut mark).expect("asked"),
        "the other's write"
    );
    assert!(!a.changed_since(&mut mark).expect("asked"), "once");
}

/// Another program opening the database (as every command does, making sure the
/// configured agendas are there) is not a change; adding a missing agenda is.
#[test]
fn opening_with_the_agendas_already_there_is_not_a_change() {
    let (_dir, mut a, mut b) = two_writers();
    let names = ["Jefe".to_owned(), "Tienda".to_owned()];
    a.ensure_agendas(&names).expect("first");
    let mut mark = a.change_mark().expect("mark");
    b.ensure_agendas(&["jefe".to_owned(), " Tienda ".to_owned()])
        .expect("again");
    assert!(!a.changed_since(&mut mark).expect("asked"), "nothing new");
    b.ensure_agendas(&["Almacén".to_owned()]).expect("new");
    assert!(a.changed_since(&mut mark).expect("asked"), "a new agenda");
}

#[test]
fn a_new_record_that_takes_a_deleted_ones_id_is_not_mistaken_for_it() {
    let (_dir, mut a, mut b) = two_writers();
    a.add_client(&ClientCard::named("Ana"), t(1, 9))
        .expect("first");
    let id = a
        .add_client(&ClientCard::named("Luis"), t(1, 9))
        .expect("last");
    let seen = a.client(id).expect("read").version;
    // Luis, the last row, is deleted; SQLite gives his id to the next client.
    b.delete_client(id).expect("delete");
    let reused = b
        .add_client(&ClientCard::named("Marta"), t(2, 9))
        .expect("new");
    assert_eq!(reused, id, "the id is reused");
    // A form still open on Luis must not write over Marta.
    let result = a.update_client(
        id,
        &ClientCard::named("Luis Gil"),
        t(2, 10),
        Base::Seen(seen),
    );
    assert!(
        matches!(result, Err(StoreError::Changed { .. })),
        "{result:?}"
    );
    assert_eq!(a.client(id).expect("read").card.name, "Marta");
}
