//! The Agenda tab: keys → state and effects, and rendered frames, over a schedule the
//! runtime reads from a real SQLite file.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use clientela::domain::{
    AppointmentStatus, Clash, ClientCard, NewAppointment, Recurrence, Repeat, RepeatEnd,
};
use clientela::i18n::{Lang, Locale};
use clientela::store::Base;
use clientela::tui::action::{Action, AgendaAction, AgendaLoaded, Tick};
use clientela::tui::app::App;
use clientela::tui::effect::{AgendaEffect, Effect};
use clientela::tui::overlay::Overlay;
use clientela::tui::runtime::Runtime;
use clientela::tui::tabs::Tab;
use clientela::tui::tabs::agenda::{AgendaView, Booking, EntryField};
use common::*;
use crossterm::event::KeyCode;
use ratatui::style::Color;

fn t(d: u32, h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, d)
        .and_then(|d| d.and_hms_opt(h, m, 0))
        .expect("time")
}

/// Monday 23 November 2026, 09:40: a weekly meeting that clashes with a visit in the
/// boss's agenda, a call and an all-day fair in the secretary's.
fn app(lang: Lang, size: (u16, u16)) -> (tempfile::TempDir, App) {
    let (dir, app, _) = app_and_runtime(lang, size);
    (dir, app)
}

/// [`app`] and the runtime that carries out its effects on the file.
fn app_and_runtime(lang: Lang, size: (u16, u16)) -> (tempfile::TempDir, App, Runtime) {
    let (dir, mut app, runtime) = opened(lang, size);
    // The tests start from 09:00.
    app.on_key(ch('k'));
    app.on_key(ch('k'));
    (dir, app, runtime)
}

/// The tab as it opens on the fixture's day, nothing pressed.
fn opened(lang: Lang, size: (u16, u16)) -> (tempfile::TempDir, App, Runtime) {
    let (dir, mut store) = temp_store();
    let agendas = store
        .ensure_agendas(&["Jefe".into(), "Secretaría".into(), "Tienda".into()])
        .expect("agendas");
    let (boss, secretary, shop) = (agendas[0].id, agendas[1].id, agendas[2].id);
    let mut meeting = NewAppointment::timed(boss, "Reunión semanal", t(16, 10, 0), t(16, 11, 0));
    meeting.recurrence = Some(Recurrence::new(Repeat::Weekly, RepeatEnd::Never));
    meeting.reminder_minutes = Some(30);
    let mut visit = NewAppointment::timed(boss, "Visita proveedor", t(23, 10, 30), t(23, 11, 30));
    visit.location = "Almacén".into();
    let supplier = store
        .add_client(&ClientCard::named("Ana Pérez Gil"), t(1, 9, 0))
        .expect("client");
    visit.client_id = Some(supplier);
    let call = NewAppointment::timed(secretary, "Llamar a Ana", t(23, 9, 0), t(23, 9, 15));
    let fair = NewAppointment::all_day(
        secretary,
        "Feria del mueble",
        t(23, 0, 0).date(),
        t(23, 0, 0).date(),
    );
    // Tomorrow's first entry is in the third agenda: moving a day keeps the column.
    let stock = NewAppointment::timed(shop, "Recuento", t(24, 8, 30), t(24, 9, 0));
    store
        .add_appointments(&[meeting, visit, call, fair, stock], t(1, 9, 0))
        .expect("booked");
    let now = t(23, 9, 40);
    let mut runtime = runtime_on(store, &dir, lang, now);
    let (mut app, first) = App::new(Locale::new(lang, "auto"), now, size);
    runtime.settle(&mut app, first);
    let effects = app.update(Action::SwitchTab(Tab::Agenda));
    let Some(Effect::Agenda(AgendaEffect::Load { from, to })) = effects.first().cloned() else {
        panic!("switching to the tab loads the week: {effects:?}");
    };
    assert_eq!((from, to), (t(23, 0, 0), t(30, 0, 0)));
    runtime.settle(&mut app, effects);
    // The day opens on its next entry: the call (09:00–09:15) is over at 09:40, the
    // boss's meeting at 10:00 is next.
    let cal = app.agenda().calendar();
    assert_eq!((cal.slot, cal.column), (20, 0), "on the 10:00 meeting");
    let next = cal.selected(now).expect("an entry under the cursor");
    assert_eq!(cal.schedule.title_of(next), "Reunión semanal");
    (dir, app, runtime)
}

fn hide_shop(app: &mut App) {
    app.on_key(ch('a'));
    app.on_key(key(KeyCode::Down));
    app.on_key(key(KeyCode::Down));
    app.on_key(ch(' '));
    app.on_key(key(KeyCode::Esc));
}

#[test]
fn the_reminder_due_shows_in_the_status_bar_once() {
    let (_dir, mut app, _) = opened(Lang::Es, (120, 30));
    let status = app
        .status()
        .cloned()
        .expect("the 10:00 meeting reminds at 09:30");
    assert!(status.text.contains("10:00 Reunión semanal"), "{status:?}");
    app.on_key(ch('z')); // any key clears the status line
    assert_eq!(app.status(), None);
    app.update(Action::Tick(Tick::at(t(23, 9, 41))));
    assert_eq!(app.status(), None, "shown once");
}

#[test]
fn keys_move_through_days_weeks_and_views() {
    let (_dir, mut app) = app(Lang::En, (120, 30));
    assert_eq!(
        (app.agenda().calendar().day, app.agenda().calendar().slot),
        (t(23, 0, 0).date(), 18)
    );
    app.on_key(key(KeyCode::Right));
    assert_eq!(app.agenda().calendar().day, t(24, 0, 0).date());
    let effects = app.on_key(key(KeyCode::PageDown));
    assert_eq!(
        app.agenda().calendar().day,
        NaiveDate::from_ymd_opt(2026, 12, 1).expect("day")
    );
    assert!(
        matches!(effects.as_slice(), [Effect::Agenda(AgendaEffect::Load { from, .. })] if *from == t(30, 0, 0)),
        "a new week is loaded: {effects:?}"
    );
    app.on_key(ch('t'));
    assert_eq!(app.agenda().calendar().day, t(23, 0, 0).date());
    app.on_key(ch('v'));
    assert_eq!(app.agenda().calendar().view, AgendaView::Week);
    app.on_key(ch('v'));
    assert_eq!(app.agenda().calendar().view, AgendaView::Upcoming);
    app.on_key(ch('g'));
    type_text(&mut app, "02/12/2026");
    app.on_key(key(KeyCode::Enter));
    assert_eq!(
        (app.agenda().calendar().view, app.agenda().calendar().day),
        (
            AgendaView::Day,
            NaiveDate::from_ymd_opt(2026, 12, 2).expect("day")
        )
    );
}

#[test]
fn a_new_entry_starts_at_the_cursor_and_a_clash_is_warned_before_saving() {
    let (_dir, mut app) = app(Lang::En, (120, 30));
    app.on_key(key(KeyCode::Down));
    app.on_key(key(KeyCode::Down)); // 10:00, the boss's column
    app.on_key(ch('n'));
    type_text(&mut app, "Dentist");
    let effects = app.on_key(ctrl('s'));
    let [
        Effect::Agenda(AgendaEffect::Save {
            booking: Booking::Entry(None, a),
            allow_clash: false,
            base: Base::Latest,
        }),
    ] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert_eq!(
        (a.start, a.end, a.title.as_str()),
        (t(23, 10, 0), t(23, 11, 0), "Dentist")
    );
    let clash = Clash {
        appointment_id: 1,
        title: "Reunión semanal".into(),
        start: t(23, 10, 0),
        end: t(23, 11, 0),
    };
    app.update(Action::from(AgendaLoaded::Clashes(vec![clash])));
    let form = app
        .agenda()
        .form()
        .expect("the form stays open with what was typed");
    let warning = form.error.clone().expect("a warning");
    assert!(
        warning.contains("“Reunión semanal” (no. 1, 2026-11-23 10:00–11:00)"),
        "{warning}"
    );
    let terminal = render(&app);
    insta::assert_snapshot!("agenda_clash_warning_en", terminal.backend());
    // Saving again saves anyway; typing first would have withdrawn the warning.
    let effects = app.on_key(ctrl('s'));
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Agenda(AgendaEffect::Save {
                allow_clash: true,
                ..
            })]
        ),
        "{effects:?}"
    );
    app.update(Action::from(AgendaLoaded::Clashes(vec![])));
    type_text(&mut app, "!");
    assert!(app.agenda().form().is_some_and(|f| f.clashes.is_empty()));
}

#[test]
fn a_recurring_entry_asks_this_occurrence_or_the_series() {
    let (_dir, mut app) = app(Lang::Es, (120, 30));
    app.on_key(key(KeyCode::Down));
    app.on_key(key(KeyCode::Down)); // 10:00: the weekly meeting
    app.on_key(ch('d'));
    assert!(matches!(
        app.top_overlay(),
        Some(Overlay::Ask(ask)) if ask.answers.first() == Some(&Action::Agenda(AgendaAction::Series {
            id: 1,
            original: t(23, 10, 0),
            delete: true,
            this: true,
        }))
    ));
    let effects = app.on_key(ch('o'));
    let [
        Effect::Agenda(AgendaEffect::Save {
            booking: Booking::Occurrence(1, ov, _),
            allow_clash: true,
            base: Base::Seen(_),
        }),
    ] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert_eq!(
        (ov.original, ov.status),
        (t(23, 10, 0), AppointmentStatus::Cancelled)
    );
    app.on_key(ch('d'));
    // `s`, yes to every other question, does not take the whole series here.
    assert!(app.on_key(ch('s')).is_empty());
    assert!(
        matches!(app.top_overlay(), Some(Overlay::Ask(_))),
        "still asking"
    );
    assert_eq!(
        app.on_key(ch('t')),
        vec![Effect::Agenda(AgendaEffect::Delete(1))]
    );
    // x marks only this occurrence done.
    let effects = app.on_key(ch('x'));
    assert!(
        matches!(effects.as_slice(), [Effect::Agenda(AgendaEffect::Save { booking: Booking::Occurrence(1, ov, _), .. })] if ov.status == AppointmentStatus::Done),
        "{effects:?}"
    );
    // e → this occurrence: a form of its date, times and status only.
    app.on_key(ch('e'));
    app.on_key(ch('o'));
    let form = app.agenda().form().expect("form");
    assert_eq!(form.fields.len(), 6);
}

#[test]
fn the_day_view_shows_two_agendas_side_by_side_and_marks_clashes() {
    for lang in [Lang::Es, Lang::En] {
        let (_dir, mut app) = app(lang, (120, 30));
        hide_shop(&mut app);
        let terminal = render(&app);
        let name = if lang == Lang::Es {
            "agenda_day_es"
        } else {
            "agenda_day_en"
        };
        insta::assert_snapshot!(name, terminal.backend());
        // Both clashing entries are red; the call is not.
        let buf = terminal.backend().buffer();
        let row_of = |text: &str| {
            (0..30u16)
                .find(|&y| {
                    (0..120u16)
                        .map(|x| buf[(x, y)].symbol().to_string())
                        .collect::<String>()
                        .contains(text)
                })
                .expect(text)
        };
        let red = |y: u16, x: u16| buf[(x, y)].fg == Color::Red;
        assert!(red(row_of("Reunión semanal"), 12));
        assert!(red(row_of("Visita proveedor"), 12));
        assert!(!red(row_of("Llamar a Ana"), 70));
    }
}

#[test]
fn the_week_view() {
    let (_dir, mut app) = app(Lang::Es, (120, 20));
    app.on_key(ch('v'));
    insta::assert_snapshot!("agenda_week_es", render(&app).backend());
}

/// The entry form asks before Esc throws away what was typed, like every form.
#[test]
fn the_entry_form_asks_before_discarding_typed_text() {
    let (_dir, mut app) = app(Lang::Es, (120, 30));
    app.on_key(ch('n'));
    app.on_key(key(KeyCode::Esc));
    assert!(app.agenda().form().is_none(), "nothing typed: Esc closes");
    app.on_key(ch('n'));
    type_text(&mut app, "Dentista");
    app.on_key(key(KeyCode::Esc));
    assert!(
        matches!(overlays(&app).as_slice(), [Overlay::Ask(_)]),
        "asked before discarding"
    );
    app.on_key(ch('n'));
    let kept = app
        .agenda()
        .form()
        .map(|f| f.fields.text_of(EntryField::Title));
    assert_eq!(kept.as_deref(), Some("Dentista"), "no: the text stays");
    app.on_key(key(KeyCode::Esc));
    app.on_key(ch('s'));
    assert!(app.agenda().form().is_none(), "yes (Spanish s): discarded");
}

/// Tabs to `field` of the open entry form.
fn focus(app: &mut App, field: EntryField) {
    for _ in 0..20 {
        let on = app
            .agenda()
            .form()
            .and_then(|f| f.fields.focused())
            .map(|f| f.field);
        if on == Some(field) {
            return;
        }
        app.on_key(key(KeyCode::Tab));
    }
    panic!("no {field:?} in the form");
}

/// "cuatro" in the count is refused where it was typed; it used to save a series
/// without an end (214 occurrences in the demo's range).
#[test]
fn a_count_that_is_not_a_number_is_refused_in_the_form_and_nothing_typed_is_lost() {
    for (lang, said) in [(Lang::Es, "no es un número"), (Lang::En, "not a number")] {
        let (_dir, mut app) = app(lang, (120, 30));
        app.on_key(ch('n'));
        type_text(&mut app, "Dentista");
        focus(&mut app, EntryField::Repeat);
        app.on_key(key(KeyCode::Right)); // daily
        app.on_key(key(KeyCode::Right)); // weekly
        focus(&mut app, EntryField::Count);
        type_text(&mut app, "cuatro");
        let effects = app.on_key(ctrl('s'));
        assert!(effects.is_empty(), "nothing saved: {effects:?}");
        let form = app.agenda().form().expect("the form stays open");
        let error = form.error.clone().unwrap_or_default();
        assert!(
            error.contains("cuatro") && error.contains(said),
            "{lang:?}: {error}"
        );
        assert_eq!(form.fields.text_of(EntryField::Title), "Dentista");
        assert_eq!(form.fields.text_of(EntryField::Count), "cuatro");
    }
}

/// The form takes "every N" periods (the CLI's --every): every other week, four times;
/// 0 is refused in the UI's language and nothing typed is lost.
#[test]
fn the_form_books_every_other_week() {
    let (_dir, mut app, mut runtime) = app_and_runtime(Lang::Es, (120, 30));
    app.on_key(ch('n'));
    type_text(&mut app, "Inventario");
    focus(&mut app, EntryField::Repeat);
    app.on_key(key(KeyCode::Right)); // daily
    app.on_key(key(KeyCode::Right)); // weekly
    focus(&mut app, EntryField::Every);
    type_text(&mut app, "0");
    focus(&mut app, EntryField::Count);
    type_text(&mut app, "4");
    assert!(app.on_key(ctrl('s')).is_empty(), "0 is refused");
    let form = app.agenda().form().expect("the form stays open");
    assert_eq!(
        form.error.as_deref(),
        Some("Una serie se repite cada 1 o más periodos.")
    );
    focus(&mut app, EntryField::Every);
    type_text(&mut app, "2");
    let effects = app.on_key(ctrl('s'));
    runtime.settle(&mut app, effects);
    assert!(app.agenda().form().is_none(), "saved");
    let starts: Vec<_> = app
        .agenda()
        .calendar()
        .schedule
        .appointments
        .iter()
        .filter(|a| a.fields.title == "Inventario")
        .map(|a| a.fields.recurrence.map(|r| (r.interval, r.end)))
        .collect();
    assert_eq!(
        starts,
        vec![Some((2, clientela::domain::RepeatEnd::Count(4)))]
    );
}

/// Deleting a whole series says how many occurrences go: the number for a series with
/// an end, "no end" for one without.
#[test]
fn a_series_delete_says_how_many_occurrences_go() {
    let (_dir, mut app, mut runtime) = app_and_runtime(Lang::Es, (120, 30));
    let question = |app: &App| match app.top_overlay() {
        Some(Overlay::Ask(ask)) => ask.question.clone(),
        other => panic!("no question: {other:?}"),
    };
    app.on_key(key(KeyCode::Down));
    app.on_key(key(KeyCode::Down)); // 10:00: the weekly meeting, without an end
    app.on_key(ch('d'));
    let q = question(&app);
    assert!(q.contains("toda la serie (sin fin"), "{q}");
    app.on_key(key(KeyCode::Esc));
    // A four-times series booked at 12:00 Tuesday.
    app.on_key(key(KeyCode::Right));
    for _ in 0..4 {
        app.on_key(key(KeyCode::Down));
    }
    app.on_key(ch('n'));
    type_text(&mut app, "Curso");
    focus(&mut app, EntryField::Repeat);
    app.on_key(key(KeyCode::Right));
    app.on_key(key(KeyCode::Right));
    focus(&mut app, EntryField::Count);
    type_text(&mut app, "4");
    let effects = app.on_key(ctrl('s'));
    runtime.settle(&mut app, effects);
    assert!(app.agenda().form().is_none(), "saved");
    app.on_key(ch('d'));
    let q = question(&app);
    assert!(
        q.contains("«Curso»") && q.contains("toda la serie (4 veces)"),
        "{q}"
    );
}

/// "This occurrence only" with a new title keeps it: stored, shown in the day view,
/// exported as that occurrence's SUMMARY and read back from the file.
#[test]
fn an_occurrence_keeps_its_own_title() {
    let (dir, mut app, mut runtime) = app_and_runtime(Lang::En, (120, 30));
    app.on_key(key(KeyCode::Down));
    app.on_key(key(KeyCode::Down)); // 10:00: the weekly meeting
    app.on_key(ch('e'));
    app.on_key(ch('o'));
    let form = app.agenda().form().expect("the occurrence's form");
    assert_eq!(form.fields.text_of(EntryField::Title), "Reunión semanal");
    focus(&mut app, EntryField::Title);
    app.on_key(ctrl('u'));
    while !app
        .agenda()
        .form()
        .expect("form")
        .fields
        .text_of(EntryField::Title)
        .is_empty()
    {
        app.on_key(key(KeyCode::Backspace));
    }
    type_text(&mut app, "Reunión con el gestor");
    let effects = app.on_key(ctrl('s'));
    runtime.settle(&mut app, effects);
    let warned = app.agenda().form().and_then(|f| f.error.clone());
    assert!(
        warned
            .as_deref()
            .is_some_and(|w| w.contains("Visita proveedor")),
        "the clash it always had is warned about: {warned:?}"
    );
    let effects = app.on_key(ctrl('s'));
    runtime.settle(&mut app, effects);
    assert!(app.agenda().form().is_none(), "saved anyway");
    let screen = format!("{}", render(&app).backend());
    assert!(screen.contains("Reunión con el gestor"), "{screen}");

    let store = clientela::store::Store::open(&dir.path().join("shop.db")).expect("open");
    let meeting = store.appointment(1).expect("read");
    assert_eq!(
        meeting.fields.title, "Reunión semanal",
        "the series keeps its own"
    );
    let own: Vec<_> = meeting
        .overrides
        .iter()
        .map(|o| (o.original, o.title.as_deref()))
        .collect();
    assert_eq!(own, [(t(23, 10, 0), Some("Reunión con el gestor"))]);
    // The next week's occurrence keeps the series' title.
    let next = meeting.occurrences(t(30, 0, 0), t(30, 23, 0));
    assert_eq!(meeting.title_of(&next[0]), "Reunión semanal");

    // Exported: the occurrence's own VEVENT carries its title; read back the same.
    let mut bytes = Vec::new();
    clientela::exchange::ics::write_ics(
        &mut bytes,
        (None, &[]),
        std::slice::from_ref(&meeting),
        chrono_tz::Europe::Madrid,
        t(23, 12, 0),
    )
    .expect("written");
    let ics = String::from_utf8(bytes).expect("utf-8");
    assert!(ics.contains("SUMMARY:Reunión con el gestor"), "{ics}");
    assert!(ics.contains("SUMMARY:Reunión semanal"), "{ics}");
    let back = clientela::exchange::ics_import::read_ics(
        std::path::Path::new("meeting.ics"),
        &ics,
        (1, chrono_tz::Europe::Madrid),
        false,
    )
    .expect("read back")
    .events;
    let titles: Vec<_> = back[0].overrides.iter().map(|o| o.title.clone()).collect();
    assert_eq!(titles, [Some("Reunión con el gestor".to_string())]);
}

/// The agendas hidden with `a` are hidden again on the next run (a per-user state file,
/// one view per database), not forgotten.
#[test]
fn the_agendas_hidden_are_remembered_on_the_next_run() {
    let (dir, mut app, mut runtime) = app_and_runtime(Lang::Es, (120, 30));
    app.on_key(ch('a'));
    app.on_key(key(KeyCode::Down));
    app.on_key(key(KeyCode::Down));
    let effects = app.on_key(ch(' '));
    assert_eq!(
        effects,
        vec![Effect::Agenda(AgendaEffect::RememberHidden(vec![
            "Tienda".into()
        ]))]
    );
    runtime.settle(&mut app, effects);
    app.on_key(key(KeyCode::Esc));
    let state = std::fs::read_to_string(dir.path().join("state").join("view.toml"))
        .expect("the state file");
    assert!(state.contains("Tienda"), "{state}");

    // The next run, on the same file.
    let store = clientela::store::Store::open(&dir.path().join("shop.db")).expect("open");
    let now = t(23, 9, 40);
    let mut runtime = runtime_on(store, &dir, Lang::Es, now);
    let (mut app, first) = App::new(Locale::new(Lang::Es, "auto"), now, (120, 30));
    runtime.settle(&mut app, first);
    let effects = app.update(Action::SwitchTab(Tab::Agenda));
    runtime.settle(&mut app, effects);
    let cal = app.agenda().calendar();
    let shop = cal
        .agendas
        .iter()
        .find(|a| a.name == "Tienda")
        .expect("the shop's agenda");
    assert!(
        cal.hidden.contains(&shop.id),
        "hidden again: {:?}",
        cal.hidden
    );
    let screen = format!("{}", render(&app).backend());
    assert!(!screen.contains("Tienda"), "{screen}");
    // Showing it again is remembered too.
    app.on_key(ch('a'));
    app.on_key(key(KeyCode::Down));
    app.on_key(key(KeyCode::Down));
    let effects = app.on_key(ch(' '));
    runtime.settle(&mut app, effects);
    let state = std::fs::read_to_string(dir.path().join("state").join("view.toml"))
        .expect("the state file");
    assert!(!state.contains("Tienda"), "{state}");
}

/// Booking tomorrow 10:00–10:30 in the secretary's agenda, from the tab as it opens
/// (today, the boss's agenda): → Tab n [title] Tab [10] Tab [10:30] Ctrl-S, six keys;
/// typing replaces the time reached with Tab, the end follows the start.
#[test]
fn booking_tomorrow_in_another_agenda_takes_six_keys() {
    let (_dir, mut app) = app(Lang::Es, (120, 30));
    let mut keys = 0;
    let mut press = |app: &mut App, k| {
        keys += 1;
        app.on_key(k)
    };
    press(&mut app, key(KeyCode::Right));
    press(&mut app, key(KeyCode::Tab));
    press(&mut app, ch('n'));
    type_text(&mut app, "Dentista");
    press(&mut app, key(KeyCode::Tab));
    type_text(&mut app, "10");
    let form = app.agenda().form().expect("form");
    assert_eq!(form.fields.text_of(EntryField::Start), "10");
    assert_eq!(
        form.fields.text_of(EntryField::End),
        "11:00",
        "the end follows"
    );
    press(&mut app, key(KeyCode::Tab));
    type_text(&mut app, "10:30");
    let effects = press(&mut app, ctrl('s'));
    let [
        Effect::Agenda(AgendaEffect::Save {
            booking: Booking::Entry(None, a),
            ..
        }),
    ] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert_eq!(
        (a.title.as_str(), a.agenda_id, a.start, a.end),
        ("Dentista", 2, t(24, 10, 0), t(24, 10, 30))
    );
    assert_eq!(keys, 6);
}

/// The end takes a time or a length (`30m`, `1h30`, `+45`, `1h`); moving the start
/// keeps the length; a new entry lasts the config's `entry_minutes`.
#[test]
fn the_end_takes_a_length_and_follows_the_start() {
    let (_dir, mut app) = app(Lang::En, (120, 30));
    app.set_settings(clientela::tui::app::UiSettings {
        entry_minutes: 30,
        ..Default::default()
    });
    app.on_key(ch('n'));
    let form = app.agenda().form().expect("form");
    assert_eq!(
        (
            form.fields.text_of(EntryField::Start),
            form.fields.text_of(EntryField::End)
        ),
        ("09:00".to_string(), "09:30".to_string()),
        "30 minutes from the cursor"
    );
    type_text(&mut app, "Call");
    for (typed, end) in [
        ("30m", t(23, 9, 30)),
        ("1h30", t(23, 10, 30)),
        ("+45", t(23, 9, 45)),
        ("1h", t(23, 10, 0)),
        ("11:15", t(23, 11, 15)),
    ] {
        focus(&mut app, EntryField::End);
        app.on_key(ctrl('u'));
        type_text(&mut app, typed);
        let effects = app.on_key(ctrl('s'));
        let [
            Effect::Agenda(AgendaEffect::Save {
                booking: Booking::Entry(None, a),
                ..
            }),
        ] = effects.as_slice()
        else {
            panic!("{typed}: {effects:?}");
        };
        assert_eq!(a.end, end, "{typed}");
    }
    // 09:00–11:15 moved to start at 10: it still lasts 2h15.
    focus(&mut app, EntryField::Start);
    type_text(&mut app, "10");
    let form = app.agenda().form().expect("form");
    assert_eq!(form.fields.text_of(EntryField::End), "12:15");
}

/// `g` takes a day without the year: this year.
#[test]
fn go_to_a_day_without_the_year() {
    let (_dir, mut app) = app(Lang::Es, (120, 30));
    app.on_key(ch('g'));
    type_text(&mut app, "30/11");
    app.on_key(key(KeyCode::Enter));
    assert_eq!(app.agenda().calendar().day, t(30, 0, 0).date());
}

/// At 80×24 the week view shows each entry's start and at least 8 characters of its
/// title (it cut them to 4: `Reun`, `Feri`), in both languages.
#[test]
fn the_week_view_at_80x24_shows_starts_and_titles() {
    for lang in [Lang::Es, Lang::En] {
        let (_dir, mut app) = app(lang, (80, 24));
        app.on_key(ch('v'));
        let text = format!("{}", render(&app).backend());
        for shown in [
            "10:00 ⚠ Reunión",
            "10:30 ⚠ Visita p",
            "09:00 Llamar a",
            "Feria de",
        ] {
            assert!(text.contains(shown), "{lang:?} `{shown}`:\n{text}");
        }
        insta::assert_snapshot!(format!("agenda_week_80x24_{lang:?}"), text);
    }
}

/// The day view opens on the day's first entry (it opened at 05:30 with the entries
/// below) and says how many entries are out of sight below the hours shown.
#[test]
fn the_day_view_starts_at_the_first_entry_and_counts_those_out_of_sight() {
    let (_dir, mut app, mut runtime) = app_and_runtime(Lang::Es, (80, 24));
    // A late entry the rows cannot reach from the morning.
    app.on_key(ch('n'));
    type_text(&mut app, "Cierre de caja");
    focus(&mut app, EntryField::Start);
    type_text(&mut app, "21:30");
    focus(&mut app, EntryField::End);
    type_text(&mut app, "30m");
    let effects = app.on_key(ctrl('s'));
    runtime.settle(&mut app, effects);
    assert!(app.agenda().form().is_none(), "saved");
    app.on_key(ch('t'));
    let text = format!("{}", render(&app).backend());
    let first_row = text.lines().nth(4).unwrap_or_default();
    assert!(
        first_row.contains("09:00"),
        "starts at the first entry:\n{text}"
    );
    assert!(
        text.contains("↓1"),
        "the late entry is counted below:\n{text}"
    );
    insta::assert_snapshot!("agenda_day_80x24_es", text);
}

/// Each entry takes its agenda's colour: the config's for a named agenda, else the
/// palette's in turn; the day view's column heading too. A clash stays red.
#[test]
fn entries_take_their_agendas_colour_from_the_config_or_the_palette() {
    let (_dir, mut app) = app(Lang::Es, (120, 30));
    let mut colours = std::collections::BTreeMap::new();
    colours.insert("Secretaría".to_string(), Color::Rgb(0, 0xaa, 0));
    app.set_settings(clientela::tui::app::UiSettings {
        agenda_colours: colours,
        ..Default::default()
    });
    let terminal = render(&app);
    let buf = terminal.backend().buffer();
    let find = |text: &str| {
        (0..30u16)
            .find_map(|y| {
                let row: String = (0..120u16)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect();
                row.find(text)
                    .map(|byte| (row[..byte].chars().count() as u16, y))
            })
            .expect(text)
    };
    let (x, y) = find("Llamar a Ana");
    assert_eq!(
        buf[(x, y)].fg,
        Color::Rgb(0, 0xaa, 0),
        "the config's colour"
    );
    let (x, y) = find("Tienda");
    assert_eq!(buf[(x, y)].fg, Color::LightMagenta, "the palette's third");
    let (x, y) = find("Reunión semanal");
    assert_eq!(buf[(x, y)].fg, Color::Red, "a clash stays red");
    // The week shows the same colours.
    app.on_key(ch('v'));
    let terminal = render(&app);
    let buf = terminal.backend().buffer();
    let calls: Vec<_> = (0..30u16)
        .flat_map(|y| (0..120u16).map(move |x| (x, y)))
        .filter(|&(x, y)| buf[(x, y)].symbol() == "L" && buf[(x + 1, y)].symbol() == "l")
        .collect();
    assert!(
        calls
            .iter()
            .any(|&(x, y)| buf[(x, y)].fg == Color::Rgb(0, 0xaa, 0)),
        "the call in the week is the secretary's colour"
    );
}

/// The cursor follows what the user is looking for: another day opens on its first
/// entry, the week selects the day's next entry (not one already over), and a saved
/// entry is under the cursor on the day it was booked (it was out of sight).
#[test]
fn the_cursor_lands_on_the_entry_that_matters() {
    let (_dir, mut app, mut runtime) = opened(Lang::Es, (80, 24));
    let now = t(23, 9, 40);
    let selected = |app: &App| {
        let cal = app.agenda().calendar();
        cal.selected(now)
            .map(|l| cal.schedule.title_of(l).to_string())
            .unwrap_or_default()
    };
    // The week keeps the next entry, not the call that ended at 09:15.
    app.on_key(ch('v'));
    assert_eq!(selected(&app), "Reunión semanal");
    app.on_key(ch('v'));
    app.on_key(ch('v'));
    // A week later (another load): that Monday's meeting at 10:00.
    let effects = app.on_key(key(KeyCode::PageDown));
    runtime.settle(&mut app, effects);
    assert_eq!(app.agenda().calendar().day, t(30, 0, 0).date());
    assert_eq!(app.agenda().calendar().slot, 20, "10:00");
    assert_eq!(selected(&app), "Reunión semanal");
    // A new entry typed for 15:00 that day: saved, it is under the cursor.
    app.on_key(ch('n'));
    type_text(&mut app, "Cierre");
    focus(&mut app, EntryField::Start);
    type_text(&mut app, "15:00");
    let effects = app.on_key(ctrl('s'));
    runtime.settle(&mut app, effects);
    assert!(app.agenda().form().is_none(), "saved");
    assert_eq!(app.agenda().calendar().slot, 30, "15:00");
    assert_eq!(selected(&app), "Cierre");
}

/// At 80×24 the clash warning keeps what to do (Ctrl-S again) in sight, and a list of
/// clashes too long for its two rows ends with … (it was cut mid-date).
#[test]
fn the_clash_warning_fits_at_80x24() {
    let (_dir, mut app, mut runtime) = opened(Lang::Es, (80, 24));
    app.on_key(ch('n'));
    type_text(&mut app, "Otra reunión con un título bastante largo");
    let effects = app.on_key(ctrl('s'));
    runtime.settle(&mut app, effects);
    let text = format!("{}", render(&app).backend());
    assert!(
        text.contains("⚠ Ctrl-S otra vez guarda igualmente. Choca con"),
        "{text}"
    );
    let warning: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.contains("⚠ Ctrl-S"))
        .take(2)
        .collect();
    let last = warning.last().copied().unwrap_or_default();
    let last = last.trim_end_matches(['"', '│', ' ']);
    assert!(
        last.ends_with('…') || last.ends_with('.'),
        "the second row ends whole or with …: {warning:?}"
    );
}

/// A new agenda's name typed is not thrown away by Esc without asking (a date to go to
/// is: it is navigation).
#[test]
fn esc_asks_before_dropping_a_new_agendas_name() {
    let (_dir, mut app) = app(Lang::Es, (100, 30));
    app.on_key(ch('a'));
    app.on_key(ch('n'));
    type_text(&mut app, "Taller");
    app.on_key(key(KeyCode::Esc));
    assert!(
        matches!(app.top_overlay(), Some(Overlay::Ask(_))),
        "asks: {:?}",
        app.top_overlay()
    );
    app.on_key(ch('n'));
    match app.top_overlay() {
        Some(Overlay::Prompt(p)) => assert_eq!(p.input.text(), "Taller"),
        other => panic!("the name is kept: {other:?}"),
    }
}

/// The line about the entry under the cursor names its client, not a number.
#[test]
fn the_detail_line_names_the_client() {
    for lang in [Lang::Es, Lang::En] {
        let (_dir, mut app, _runtime) = opened(lang, (80, 24));
        // 11:00: the meeting is over, the visit (10:30–11:30) goes on.
        app.on_key(ch('j'));
        app.on_key(ch('j'));
        let cal = app.agenda().calendar();
        let item = cal.selected(t(23, 9, 40)).expect("the visit");
        assert_eq!(cal.schedule.title_of(item), "Visita proveedor");
        let terminal = render(&app);
        let buf = terminal.backend().buffer();
        let detail = (0..24u16)
            .map(|y| (0..80u16).map(|x| buf[(x, y)].symbol()).collect::<String>())
            .find(|row| row.contains("▸"))
            .expect("a detail line");
        assert!(detail.contains("Ana Pérez Gil"), "{detail}");
    }
}

/// The end follows only a start that is a time: a start half typed or out of the day
/// leaves the end empty rather than stale (`2` of `25:00` made it 03:00, kept after).
#[test]
fn the_end_never_keeps_a_value_from_a_start_half_typed() {
    let (_dir, mut app) = app(Lang::En, (120, 30));
    app.on_key(ch('n'));
    type_text(&mut app, "Cena");
    focus(&mut app, EntryField::Start);
    let end = |app: &App| {
        app.agenda()
            .form()
            .map(|f| f.fields.text_of(EntryField::End))
            .unwrap_or_default()
    };
    type_text(&mut app, "25:00");
    assert_eq!(end(&app), "", "25:00 is no time");
    app.on_key(ctrl('u'));
    type_text(&mut app, "23:30");
    assert_eq!(end(&app), "", "an hour after 23:30 is tomorrow");
    app.on_key(ctrl('u'));
    type_text(&mut app, "20:30");
    assert_eq!(end(&app), "21:30");
}

/// The status bar offers an entry's keys (edit, done) only with an entry under the
/// cursor; on an empty hour `e` and `x` are not offered.
#[test]
fn an_entrys_keys_only_on_an_entry() {
    let (_dir, mut app, _runtime) = opened(Lang::En, (100, 30));
    let on_entry = status_row(&app);
    assert!(
        on_entry.contains("e edit") && on_entry.contains("x done"),
        "{on_entry}"
    );
    // 07:00, nothing booked.
    for _ in 0..6 {
        app.on_key(ch('k'));
    }
    assert!(app.agenda().calendar().selected(t(23, 9, 40)).is_none());
    let empty = status_row(&app);
    assert!(
        !empty.contains("e edit") && !empty.contains("x done"),
        "{empty}"
    );
    assert!(app.on_key(ch('e')).is_empty());
    assert!(app.agenda().form().is_none());
}
