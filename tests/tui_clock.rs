//! The UI's one clock: after midnight everything shown moves to the new day. Driven by
//! ticks of an injected clock, over a real SQLite file read by the real runtime.

mod common;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use clientela::domain::{ClientCard, EntryKind, Lifecycle, NewEntry};
use clientela::i18n::{Lang, Locale};
use clientela::tui::action::{Action, Tick};
use clientela::tui::app::App;
use clientela::tui::effect::{AgendaEffect, ClientsEffect, DashboardEffect, Effect};
use common::*;
use crossterm::event::KeyCode;

fn at(d: u32, h: u32, m: u32, s: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, d)
        .and_then(|d| d.and_hms_opt(h, m, s))
        .expect("time")
}

/// Ana bought 180 days before 22 November (active that day, inactive the next) and
/// complained on the 20th; the app is open on her card at 23:59:50.
fn before_midnight() -> (tempfile::TempDir, clientela::tui::runtime::Runtime, App) {
    let (dir, mut store) = temp_store();
    let id = store
        .add_client(&ClientCard::named("Ana Pérez"), at(1, 9, 0, 0))
        .expect("client");
    let bought = today() - Duration::days(180);
    let mut purchase = NewEntry::new(
        id,
        EntryKind::Purchase,
        bought.and_hms_opt(10, 0, 0).expect("t"),
    );
    purchase.amount_cents = Some(2_500);
    let mut complaint = NewEntry::new(id, EntryKind::Complaint, at(20, 18, 0, 0));
    complaint.note = "El paquete llegó abierto".into();
    for e in [purchase, complaint] {
        store.add_entry(&e, at(20, 18, 0, 0)).expect("entry");
    }
    let late = at(22, 23, 59, 50);
    let mut runtime = runtime_on(store, &dir, Lang::En, late);
    let (mut app, first) = App::new(Locale::new(Lang::En, "auto"), late, (100, 34));
    runtime.settle(&mut app, first);
    let effects = app.on_key(key(KeyCode::Enter));
    assert_eq!(
        effects,
        vec![Effect::Clients(ClientsEffect::LoadCard(id, today()))]
    );
    runtime.settle(&mut app, effects);
    (dir, runtime, app)
}

fn lifecycle(app: &App) -> Option<Lifecycle> {
    let card = app.clients().card()?;
    Some(card.standing.as_ref()?.classification.lifecycle)
}

#[test]
fn after_midnight_the_card_the_list_and_complaint_ages_move_to_the_new_day() {
    let (_dir, mut runtime, mut app) = before_midnight();
    assert_eq!(lifecycle(&app), Some(Lifecycle::Active));
    let screen = render(&app).backend().to_string();
    assert!(screen.contains("complaint · 2 d"), "{screen}");

    // A tick before midnight changes nothing.
    assert!(
        !app.update(Action::Tick(Tick::at(at(22, 23, 59, 59))))
            .iter()
            .any(|e| matches!(e, Effect::Clients(_))),
        "same day: nothing to reload"
    );

    let new_day = at(23, 0, 0, 5);
    let effects = app.update(Action::Tick(Tick::at(new_day)));
    let tomorrow = new_day.date();
    for expected in [
        Effect::Agenda(AgendaEffect::LoadReminders(new_day)),
        Effect::Clients(ClientsEffect::LoadStatuses(tomorrow)),
        Effect::Clients(ClientsEffect::LoadCard(1, tomorrow)),
    ] {
        assert!(effects.contains(&expected), "{expected:?} in {effects:?}");
    }
    runtime.settle(&mut app, effects);
    assert_eq!(app.today(), tomorrow);
    assert_eq!(lifecycle(&app), Some(Lifecycle::Inactive), "181 days since");
    let status = app.clients().list().statuses.get(&1).expect("a status");
    assert_eq!(status.classes.lifecycle, Lifecycle::Inactive);
    let screen = render(&app).backend().to_string();
    assert!(screen.contains("complaint · 3 d"), "{screen}");
}

#[test]
fn after_midnight_the_agenda_and_the_dashboard_move_to_the_new_day() {
    let (_dir, mut runtime, mut app) = before_midnight();
    app.on_key(key(KeyCode::Esc));
    let effects = app.on_key(ch('2'));
    runtime.settle(&mut app, effects);
    assert_eq!(app.agenda().calendar().day, today());
    let effects = app.update(Action::Tick(Tick::at(at(23, 0, 0, 5))));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Agenda(AgendaEffect::Load { .. }))),
        "the week shown is read again: {effects:?}"
    );
    runtime.settle(&mut app, effects);
    let tomorrow = today().succ_opt().expect("day");
    assert_eq!(
        app.agenda().calendar().day,
        tomorrow,
        "today's page follows"
    );
    app.on_key(key(KeyCode::Right));
    app.on_key(ch('t'));
    assert_eq!(app.agenda().calendar().day, tomorrow, "t is the new today");

    // The dashboard, hidden at midnight, is computed as of the new day when shown.
    let effects = app.on_key(ch('3'));
    assert!(
        effects.contains(&Effect::Dashboard(DashboardEffect::Load(tomorrow))),
        "{effects:?}"
    );
    // Shown at the next midnight, at once.
    runtime.settle(&mut app, effects);
    let effects = app.update(Action::Tick(Tick::at(at(24, 0, 0, 1))));
    let after = tomorrow.succ_opt().expect("day");
    assert!(
        effects.contains(&Effect::Dashboard(DashboardEffect::Load(after)))
            && effects.contains(&Effect::Dashboard(DashboardEffect::LoadComplaints)),
        "{effects:?}"
    );
}
