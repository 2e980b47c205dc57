//! A form saved over a record someone else changed since it was opened: the UI says so
//! and lets the user load theirs, save theirs over, or keep editing; a record deleted
//! meanwhile can be saved as new. Keys through `update`, the real runtime on a real
//! SQLite file, and a second connection to the file as the other writer.

mod common;

use clientela::domain::{ClientCard, EntryKind, NewAppointment, NewEntry, SceneDraft};
use clientela::i18n::{Lang, Locale};
use clientela::store::{Base, Store};
use clientela::tui::action::{Action, Tick};
use clientela::tui::app::App;
use clientela::tui::keymap::Context;
use clientela::tui::overlay::Overlay;
use clientela::tui::runtime::Runtime;
use common::*;
use crossterm::event::{KeyCode, KeyEvent};

/// An app on a file with one client, Ana Pérez; and a second connection to the file.
fn two_writers() -> (tempfile::TempDir, Runtime, App, Store) {
    two_writers_in(Lang::En, (100, 30))
}

/// [`two_writers`] in `lang` on a terminal of `size`.
fn two_writers_in(lang: Lang, size: (u16, u16)) -> (tempfile::TempDir, Runtime, App, Store) {
    let (dir, mut store) = temp_store();
    store
        .add_client(&ClientCard::named("Ana Pérez"), at(2026, 1, 1))
        .expect("client");
    let other = Store::open(&dir.path().join("shop.db")).expect("other writer");
    let mut runtime = runtime_on(store, &dir, lang, midnight());
    let (mut app, first) = App::new(Locale::new(lang, "auto"), midnight(), size);
    runtime.settle(&mut app, first);
    (dir, runtime, app, other)
}

fn press(app: &mut App, runtime: &mut Runtime, key: KeyEvent) {
    let effects = app.on_key(key);
    runtime.settle(app, effects);
}

/// Today's 09:00 "Dentista" in the boss's agenda, booked by the other writer and open in
/// the app's entry form: its id and start.
fn dentist_in_the_form(
    app: &mut App,
    rt: &mut Runtime,
    other: &mut Store,
) -> (i64, chrono::NaiveDateTime) {
    let boss = other.ensure_agendas(&["Jefe".into()]).expect("agendas")[0].id;
    let nine = today().and_hms_opt(9, 0, 0).expect("09:00");
    let ten = today().and_hms_opt(10, 0, 0).expect("10:00");
    let id = other
        .add_appointment(&NewAppointment::timed(boss, "Dentista", nine, ten), nine)
        .expect("entry");
    press(app, rt, ch('2'));
    press(app, rt, ch('e'));
    (id, nine)
}

/// The user adds " (revisión)" to the entry's title while the other writer sets its
/// place; the save asks.
fn retitled_while_they_set_the_place(
    app: &mut App,
    rt: &mut Runtime,
    other: &mut Store,
    id: i64,
    nine: chrono::NaiveDateTime,
) {
    type_text(app, " (revisión)");
    let mut theirs = other.appointment(id).expect("read").fields;
    theirs.location = "Calle Mayor 3".into();
    other
        .update_appointment(id, &theirs, nine, Base::Latest)
        .expect("their change");
    press(app, rt, ctrl('s'));
    assert!(asks_about_a_conflict(app));
}

fn asks_about_a_conflict(app: &App) -> bool {
    matches!(app.top_overlay(), Some(Overlay::Ask(a)) if a.keys == Context::Conflict)
}

fn form_name(app: &App) -> String {
    let form = app.clients().form().expect("the form is open");
    form.to_card(common::today())
        .map(|c| c.name)
        .unwrap_or_default()
}

#[test]
fn a_card_changed_elsewhere_is_not_overwritten_and_theirs_can_be_loaded() {
    let (_dir, mut rt, mut app, mut other) = two_writers();
    press(&mut app, &mut rt, ch('e'));
    type_text(&mut app, " Gil");
    let mut theirs = other.client(1).expect("read").card;
    theirs.city = Some("Teruel".into());
    other
        .update_client(1, &theirs, at(2026, 2, 1), Base::Latest)
        .expect("their change");

    press(&mut app, &mut rt, ctrl('s'));
    assert!(asks_about_a_conflict(&app), "{:?}", app.top_overlay());
    assert_eq!(
        other.client(1).expect("read").card.name,
        "Ana Pérez",
        "not written"
    );
    let screen = render(&app).backend().to_string();
    assert!(
        screen.contains("Someone else changed “Ana Pérez”"),
        "{screen}"
    );

    // Esc keeps editing, what was typed intact; saving again asks again.
    press(&mut app, &mut rt, key(KeyCode::Esc));
    assert_eq!(form_name(&app), "Ana Pérez Gil");
    press(&mut app, &mut rt, ctrl('s'));
    assert!(asks_about_a_conflict(&app));

    // r: theirs in the form; typed again and saved, both changes are kept.
    press(&mut app, &mut rt, ch('r'));
    assert_eq!(form_name(&app), "Ana Pérez");
    let city = app
        .clients()
        .form()
        .and_then(|f| f.to_card(common::today()).ok())
        .and_then(|c| c.city);
    assert_eq!(city.as_deref(), Some("Teruel"));
    type_text(&mut app, " Gil");
    press(&mut app, &mut rt, ctrl('s'));
    assert!(app.clients().form().is_none(), "saved");
    let stored = other.client(1).expect("read").card;
    assert_eq!(
        (stored.name.as_str(), stored.city.as_deref()),
        ("Ana Pérez Gil", Some("Teruel"))
    );
}

#[test]
fn the_user_may_save_theirs_over_the_other_change_on_purpose() {
    let (_dir, mut rt, mut app, mut other) = two_writers();
    press(&mut app, &mut rt, ch('e'));
    type_text(&mut app, " Gil");
    let mut theirs = other.client(1).expect("read").card;
    theirs.name = "Ana Pérez López".into();
    other
        .update_client(1, &theirs, at(2026, 2, 1), Base::Latest)
        .expect("their change");
    press(&mut app, &mut rt, ctrl('s'));
    press(&mut app, &mut rt, ch('o'));
    assert!(app.clients().form().is_none(), "saved");
    assert_eq!(other.client(1).expect("read").card.name, "Ana Pérez Gil");
}

/// Saving over someone else's change keeps what they changed and the user did not
/// touch; the question names what they changed.
#[test]
fn saving_over_theirs_keeps_their_change_to_fields_left_alone() {
    let (_dir, mut rt, mut app, mut other) = two_writers();
    press(&mut app, &mut rt, ch('e'));
    type_text(&mut app, " Gil");
    let mut theirs = other.client(1).expect("read").card;
    theirs.notes = "Cambiado desde otra caja".into();
    theirs.city = Some("Teruel".into());
    other
        .update_client(1, &theirs, at(2026, 2, 1), Base::Latest)
        .expect("their change");
    press(&mut app, &mut rt, ctrl('s'));
    let Some(Overlay::Ask(ask)) = app.top_overlay() else {
        panic!("{:?}", app.top_overlay());
    };
    assert!(
        ask.question.contains("They changed: City, Notes."),
        "{}",
        ask.question
    );
    press(&mut app, &mut rt, ch('o'));
    assert!(app.clients().form().is_none(), "saved");
    let card = other.client(1).expect("read").card;
    assert_eq!(card.name, "Ana Pérez Gil", "mine");
    assert_eq!(
        card.notes, "Cambiado desde otra caja",
        "theirs, untouched here"
    );
    assert_eq!(card.city.as_deref(), Some("Teruel"));
}

/// The same for an agenda entry: their place kept under my new title.
#[test]
fn saving_an_entry_over_theirs_keeps_their_place() {
    let (_dir, mut rt, mut app, mut other) = two_writers();
    let (id, nine) = dentist_in_the_form(&mut app, &mut rt, &mut other);
    retitled_while_they_set_the_place(&mut app, &mut rt, &mut other, id, nine);
    press(&mut app, &mut rt, ch('o'));
    assert!(app.agenda().form().is_none(), "saved");
    let stored = other.appointment(id).expect("read").fields;
    assert_eq!(stored.title, "Dentista (revisión)");
    assert_eq!(stored.location, "Calle Mayor 3");
}

#[test]
fn a_card_deleted_elsewhere_can_be_saved_as_a_new_client() {
    let (_dir, mut rt, mut app, mut other) = two_writers();
    press(&mut app, &mut rt, ch('e'));
    type_text(&mut app, " Gil");
    other.delete_client(1).expect("deleted elsewhere");
    press(&mut app, &mut rt, ctrl('s'));
    assert!(
        render(&app)
            .backend()
            .to_string()
            .contains("Someone else deleted “Ana Pérez Gil”"),
    );
    press(&mut app, &mut rt, ch('y'));
    let names: Vec<String> = other
        .client_summaries()
        .expect("list")
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(names, ["Ana Pérez Gil"]);
}

#[test]
fn an_agenda_entry_changed_elsewhere_asks_and_loads_theirs() {
    let (_dir, mut rt, mut app, mut other) = two_writers();
    let (id, nine) = dentist_in_the_form(&mut app, &mut rt, &mut other);
    let form = app.agenda().form().expect("the entry form");
    let stored = other.appointment(id).expect("read").version;
    assert_eq!(form.seen, Base::Seen(stored));
    retitled_while_they_set_the_place(&mut app, &mut rt, &mut other, id, nine);
    assert_eq!(
        other.appointment(id).expect("read").fields.title,
        "Dentista"
    );
    press(&mut app, &mut rt, ch('r'));
    let form = app.agenda().form().expect("the form, with theirs");
    let theirs = other.appointment(id).expect("read").version;
    assert!(theirs > stored);
    assert_eq!(form.seen, Base::Seen(theirs));
    press(&mut app, &mut rt, ctrl('s'));
    assert!(app.agenda().form().is_none(), "saved");
    assert_eq!(
        other.appointment(id).expect("read").fields.location,
        "Calle Mayor 3"
    );
}

#[test]
fn a_scene_changed_elsewhere_asks_before_the_editor_saves() {
    let (_dir, mut rt, mut app, mut other) = two_writers();
    let cycle = other.add_cycle("Visita").expect("cycle");
    let mut draft = SceneDraft::new(cycle);
    draft.title = "Pagar".into();
    let id = other.add_scene(&draft, midnight()).expect("scene");
    press(&mut app, &mut rt, ch('4'));
    press(&mut app, &mut rt, key(KeyCode::Tab));
    press(&mut app, &mut rt, key(KeyCode::Enter));
    assert!(app.moments().editor().is_some());
    type_text(&mut app, " en caja");
    let mut theirs = other.scene(id).expect("read").draft;
    theirs.visualisation = "Cola larga.".into();
    other
        .update_scene(id, &theirs, midnight(), Base::Latest)
        .expect("their change");
    press(&mut app, &mut rt, ctrl('s'));
    assert!(asks_about_a_conflict(&app));
    press(&mut app, &mut rt, ch('o'));
    let stored = other.scene(id).expect("read");
    assert_eq!(stored.title, "Pagar en caja", "ours, on purpose");
    assert!(
        app.moments().editor().is_some_and(|e| !e.dirty()),
        "saved, still open"
    );
}

#[test]
fn a_complaint_answered_elsewhere_is_not_answered_twice() {
    let (_dir, mut rt, mut app, mut other) = two_writers();
    let mut complaint = NewEntry::new(1, EntryKind::Complaint, at(2026, 11, 20));
    complaint.note = "Llegó roto".into();
    let id = other
        .add_entry(&complaint, at(2026, 11, 20))
        .expect("complaint");
    // The other program's write reaches the open app on the next quiet tick.
    for store_changed in [true, false] {
        let tick = Tick {
            now: midnight(),
            store_changed,
        };
        let effects = app.update(Action::Tick(tick));
        rt.settle(&mut app, effects);
    }
    press(&mut app, &mut rt, ch('3'));
    for _ in 0..3 {
        press(&mut app, &mut rt, key(KeyCode::Tab));
    }
    press(&mut app, &mut rt, key(KeyCode::Enter));
    type_text(&mut app, "Se devolvió");
    other
        .resolve_complaint(id, "Se cambió", at(2026, 11, 21), Base::Latest)
        .expect("answered elsewhere");
    press(&mut app, &mut rt, key(KeyCode::Enter));
    let Some(Overlay::Prompt(p)) = app.top_overlay() else {
        panic!("the answer's box stays: {:?}", app.top_overlay());
    };
    assert!(
        p.error
            .as_deref()
            .is_some_and(|e| e.contains("Someone else changed it")),
        "{:?}",
        p.error
    );
    assert_eq!(p.input.text(), "Se devolvió", "what was typed is kept");
    let answer = other.entry(id).expect("read").resolution.clone();
    assert_eq!(answer.map(|r| r.answer).as_deref(), Some("Se cambió"));
}

#[test]
fn an_open_card_whose_client_is_deleted_elsewhere_closes_and_says_so() {
    let (_dir, mut rt, mut app, mut other) = two_writers();
    press(&mut app, &mut rt, key(KeyCode::Enter));
    assert!(app.clients().card().is_some());
    other.delete_client(1).expect("deleted elsewhere");
    for store_changed in [true, false] {
        let tick = Tick {
            now: midnight(),
            store_changed,
        };
        let effects = app.update(Action::Tick(tick));
        rt.settle(&mut app, effects);
    }
    assert!(app.clients().card().is_none(), "the card closed");
    assert!(app.clients().list().is_empty(), "the row is gone");
    let status = app.status().expect("said");
    assert!(
        status.is_error && status.text.contains("Someone else deleted it"),
        "{status:?}"
    );
}

/// At 80 columns the conflict's status bar offers all three ways out, whole.
#[test]
fn the_conflict_keys_fit_at_80_columns() {
    for lang in [Lang::Es, Lang::En] {
        let (_dir, mut rt, mut app, mut other) = two_writers_in(lang, (80, 24));
        press(&mut app, &mut rt, ch('e'));
        type_text(&mut app, " Gil");
        let mut theirs = other.client(1).expect("read").card;
        theirs.city = Some("Teruel".into());
        other
            .update_client(1, &theirs, at(2026, 2, 1), Base::Latest)
            .expect("their change");
        press(&mut app, &mut rt, ctrl('s'));
        assert!(asks_about_a_conflict(&app));
        let bar = status_row(&app);
        let esc = if lang == Lang::Es {
            "Esc seguir editando"
        } else {
            "Esc keep editing"
        };
        assert!(
            bar.contains(esc) && bar.contains(" r ") && bar.contains(" o "),
            "{bar}"
        );
    }
}
