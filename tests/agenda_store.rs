//! The agenda store on a real SQLite file: single occurrences changed without touching
//! the series, what an edit keeps, what a delete removes, and its refusals.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Europe::Madrid;
use clientela::domain::{
    AppointmentStatus, NewAppointment, Override, Recurrence, Repeat, RepeatEnd,
};
use clientela::store::{Base, StoreError};
use common::temp_store;

fn t(m: u32, d: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, m, d)
        .and_then(|d| d.and_hms_opt(h, 0, 0))
        .expect("time")
}

#[test]
fn one_occurrence_moves_and_the_series_stays_until_the_series_changes() {
    let (_dir, mut store) = temp_store();
    let boss = store.ensure_agendas(&["Jefe".into()]).expect("agendas")[0].id;
    let mut weekly = NewAppointment::timed(boss, "Reunión", t(3, 2, 10), t(3, 2, 11));
    weekly.recurrence = Some(Recurrence::new(Repeat::Weekly, RepeatEnd::Count(4)));
    let id = store.add_appointment(&weekly, t(3, 1, 9)).expect("add");
    let uid = store.appointment(id).expect("read").fields.uid;
    assert!(
        uid.as_deref().is_some_and(|u| u.ends_with("@clientela")),
        "{uid:?}"
    );
    // Moved to the next month, beyond the series' own end: still found there.
    let moved = Override {
        title: None,
        original: t(3, 9, 10),
        start: t(4, 20, 16),
        end: t(4, 20, 17),
        status: AppointmentStatus::Planned,
    };
    store
        .set_occurrence(id, moved.clone(), Base::Latest)
        .expect("move");
    let april = store
        .schedule(&[], t(4, 20, 0), t(4, 21, 0), Madrid)
        .expect("april");
    assert_eq!(april.items.len(), 1);
    assert_eq!(april.items[0].occurrence.original, t(3, 9, 10));
    let march = store
        .schedule(&[], t(3, 1, 0), t(4, 1, 0), Madrid)
        .expect("march");
    let starts: Vec<_> = march.items.iter().map(|l| l.occurrence.start).collect();
    assert_eq!(starts, [t(3, 2, 10), t(3, 16, 10), t(3, 23, 10)]);
    // A start that is not an occurrence is refused and changes nothing.
    let wrong = Override {
        title: None,
        original: t(3, 10, 10),
        ..moved
    };
    assert!(matches!(
        store.set_occurrence(id, wrong, Base::Latest),
        Err(StoreError::NoOccurrence(..))
    ));
    // Renaming keeps the moved occurrence; changing the rule drops it.
    let renamed = NewAppointment {
        title: "Reunión de equipo".into(),
        ..weekly.clone()
    };
    store
        .update_appointment(id, &renamed, t(3, 1, 10), Base::Latest)
        .expect("rename");
    assert_eq!(store.appointment(id).expect("read").overrides.len(), 1);
    let mut longer = renamed.clone();
    longer.recurrence = Some(Recurrence::new(Repeat::Weekly, RepeatEnd::Count(6)));
    store
        .update_appointment(id, &longer, t(3, 1, 11), Base::Latest)
        .expect("longer");
    let read = store.appointment(id).expect("read");
    assert!(read.overrides.is_empty());
    assert_eq!(read.fields.uid, uid, "the UID stays through edits");
    store.delete_appointment(id).expect("delete");
    assert!(matches!(
        store.appointment(id),
        Err(StoreError::NoAppointment(_))
    ));
    assert!(matches!(
        store.delete_appointment(id),
        Err(StoreError::NoAppointment(_))
    ));
}

#[test]
fn refusals_name_the_problem_and_write_nothing() {
    let (_dir, mut store) = temp_store();
    let boss = store.ensure_agendas(&["Jefe".into()]).expect("agendas")[0].id;
    let mut for_nobody = NewAppointment::timed(boss, "Visita", t(5, 4, 10), t(5, 4, 11));
    for_nobody.client_id = Some(99);
    assert!(matches!(
        store.add_appointment(&for_nobody, t(5, 1, 9)),
        Err(StoreError::NoClient(99))
    ));
    let backwards = NewAppointment::timed(boss, "Visita", t(5, 4, 11), t(5, 4, 10));
    assert!(matches!(
        store.add_appointment(&backwards, t(5, 1, 9)),
        Err(StoreError::InvalidAppointment(_))
    ));
    let elsewhere = NewAppointment::timed(boss + 7, "Visita", t(5, 4, 10), t(5, 4, 11));
    assert!(matches!(
        store.add_appointment(&elsewhere, t(5, 1, 9)),
        Err(StoreError::NoAgenda(_))
    ));
    assert!(matches!(
        store.add_agenda("jefe"),
        Err(StoreError::AgendaExists(_))
    ));
    let ok = NewAppointment::timed(boss, "Visita", t(5, 4, 10), t(5, 4, 11));
    // A batch with one bad entry stores none of them.
    assert!(
        store
            .add_appointments(&[ok.clone(), backwards], t(5, 1, 9))
            .is_err()
    );
    assert!(store.appointments(&[]).expect("list").is_empty());
    store.add_appointment(&ok, t(5, 1, 9)).expect("add");
    assert_eq!(store.appointments(&[]).expect("list").len(), 1);
}
