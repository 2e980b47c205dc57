//! Correcting the log from a client's card: the history is a list to move in, `e`
//! corrects the entry under the cursor, `d` deletes it after asking; a purchase takes a
//! margin and a negative amount (a return). Real SQLite file, real runtime.

mod common;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use clientela::domain::{ClientCard, EntryKind, NewEntry};
use clientela::i18n::{Lang, Locale};
use clientela::tui::app::App;
use clientela::tui::keymap::Context;
use clientela::tui::overlay::Overlay;
use clientela::tui::runtime::Runtime;
use common::*;
use crossterm::event::KeyCode;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("time")
}

/// Ana with nine purchases of 10,00 to 80,00 and, the newest, a mistyped 2,00; her card
/// open at `size`.
fn shop(lang: Lang, size: (u16, u16)) -> (tempfile::TempDir, App, Runtime) {
    let (dir, mut store) = temp_store();
    let ana = store
        .add_client(
            &ClientCard::named("Ana Álvarez"),
            now() - Duration::days(400),
        )
        .expect("client");
    let entries: Vec<NewEntry> = (0..9)
        .map(|i| {
            let mut e = NewEntry::new(
                ana,
                EntryKind::Purchase,
                now() - Duration::days(90 - i * 10),
            );
            e.amount_cents = Some(if i == 8 { 200 } else { (i + 1) * 1_000 });
            e
        })
        .collect();
    store.add_entries(&entries, now()).expect("log");
    let mut runtime = runtime_on(store, &dir, lang, now());
    let (mut app, first) = App::new(Locale::new(lang, "auto"), now(), size);
    runtime.settle(&mut app, first);
    let effects = app.on_key(key(KeyCode::Enter));
    runtime.settle(&mut app, effects);
    assert!(app.clients().card().is_some(), "the card is open");
    (dir, app, runtime)
}

fn screen(app: &App) -> String {
    format!("{}", render(app).backend())
}

#[test]
fn at_80x24_the_card_shows_its_history_and_the_cursor_moves_in_it() {
    let (_dir, mut app, _runtime) = shop(Lang::Es, (80, 24));
    let text = screen(&app);
    let history_rows = text.lines().filter(|l| l.contains("compra  ")).count();
    assert!(history_rows >= 5, "{history_rows} history rows:\n{text}");
    assert!(
        text.contains("↓ más"),
        "the details say there is more below:\n{text}"
    );
    assert_eq!(app.clients().card().and_then(|c| c.entry), None);
    app.on_key(ch('j'));
    app.on_key(key(KeyCode::Down));
    assert_eq!(app.clients().card().and_then(|c| c.entry), Some(1));
    assert!(app.contexts().contains(&Context::CardEntry));
    app.on_key(key(KeyCode::End));
    assert_eq!(app.clients().card().and_then(|c| c.entry), Some(8));
    // The oldest entry is scrolled into sight and highlighted.
    let buf = render(&app);
    let buf = buf.backend().buffer();
    let highlighted = (0..24u16).find(|&y| {
        buf[(2, y)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED)
    });
    let row = highlighted.expect("a highlighted row");
    let line: String = (0..80u16)
        .map(|x| buf[(x, row)].symbol().to_string())
        .collect();
    assert!(line.contains("10,00"), "{line}");
    // PgDn scrolls the details, Esc leaves the history, Home goes back to the top.
    app.on_key(key(KeyCode::PageDown));
    assert!(app.clients().card().is_some_and(|c| c.scroll > 0));
    assert!(screen(&app).contains("↑ más"));
    app.on_key(key(KeyCode::Esc));
    assert_eq!(app.clients().card().and_then(|c| c.entry), None);
    assert!(
        app.clients().card().is_some(),
        "Esc left the history, not the card"
    );
    app.on_key(key(KeyCode::Home));
    assert_eq!(app.clients().card().map(|c| c.scroll), Some(0));
    // With an entry chosen, End and Home move among the entries: the entry's keys stay
    // in force (d after Home asked to delete the whole client).
    app.on_key(key(KeyCode::End));
    app.on_key(key(KeyCode::Home));
    assert_eq!(app.clients().card().and_then(|c| c.entry), Some(0));
    assert!(
        app.contexts()
            .contains(&clientela::tui::keymap::Context::CardEntry)
    );
}

#[test]
fn e_corrects_the_entry_under_the_cursor_with_a_margin_and_d_deletes_after_asking() {
    let (dir, mut app, mut runtime) = shop(Lang::Es, (80, 24));
    app.on_key(ch('j')); // the newest: the 2,00 typed by mistake
    app.on_key(ch('e'));
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("the correction box");
    };
    assert_eq!(q.amount.text(), "2,00");
    assert_eq!(q.at.text(), "13/11/2026 10:00");
    // Kind, when, amount: replace the amount, Tab to the margin.
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Tab));
    for _ in 0..4 {
        app.on_key(key(KeyCode::Backspace));
    }
    type_text(&mut app, "25,50");
    app.on_key(key(KeyCode::Tab));
    type_text(&mut app, "7,25");
    let effects = app.on_key(key(KeyCode::Enter));
    runtime.settle(&mut app, effects);
    assert!(app.top_overlay().is_none(), "saved and closed");
    assert!(app.status().is_some_and(|s| s.text.contains("corregida")));
    let store = clientela::store::Store::open(&dir.path().join("shop.db")).expect("open");
    let log = store.entries(1).expect("log");
    assert_eq!(
        (log[0].amount_cents, log[0].margin_cents, log[0].at),
        (Some(2_550), Some(725), now() - Duration::days(10))
    );
    assert_eq!(log.len(), 9);
    // The card shows it, the cursor still on it.
    assert_eq!(app.clients().card().and_then(|c| c.entry), Some(0));
    assert!(screen(&app).contains("25,50"));

    // d asks, naming the entry; n keeps it, s deletes it.
    app.on_key(ch('j'));
    app.on_key(ch('d'));
    let Some(Overlay::Ask(ask)) = app.top_overlay() else {
        panic!("a question");
    };
    assert!(
        ask.question.contains("compra") && ask.question.contains("80,00"),
        "{}",
        ask.question
    );
    app.on_key(ch('n'));
    assert_eq!(store.entries(1).expect("log").len(), 9);
    app.on_key(ch('d'));
    let effects = app.on_key(ch('s'));
    runtime.settle(&mut app, effects);
    let log = store.entries(1).expect("log");
    assert_eq!(log.len(), 8);
    assert!(log.iter().all(|e| e.amount_cents != Some(8_000)));
    assert!(app.status().is_some_and(|s| s.text.contains("borrada")));
}

#[test]
fn a_bad_time_keeps_the_box_with_what_was_typed() {
    let (_dir, mut app, _runtime) = shop(Lang::En, (100, 30));
    app.on_key(ch('j'));
    app.on_key(ch('e'));
    app.on_key(key(KeyCode::Tab)); // the time
    type_text(&mut app, "x");
    assert!(app.on_key(key(KeyCode::Enter)).is_empty());
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("the box stays");
    };
    let error = q.error.clone().unwrap_or_default();
    assert!(
        error.contains("Date and time") && error.contains("“x”"),
        "{error}"
    );
}

#[test]
fn a_return_logged_at_the_counter_is_shown_as_such() {
    let (dir, mut app, mut runtime) = shop(Lang::Es, (100, 30));
    app.on_key(ch('p'));
    type_text(&mut app, "-15,00");
    let effects = app.on_key(key(KeyCode::Enter));
    runtime.settle(&mut app, effects);
    let store = clientela::store::Store::open(&dir.path().join("shop.db")).expect("open");
    let log = store.entries(1).expect("log");
    assert!(log[0].is_return(), "{:?}", log[0]);
    let text = screen(&app);
    assert!(
        text.contains("devolución") && text.contains("-15,00"),
        "{text}"
    );
    assert!(
        app.status().is_some_and(|s| s.text.contains("devolución")),
        "{:?}",
        app.status()
    );
}

/// A refused amount or margin puts the cursor back on the field at fault, its text
/// selected (the cursor stayed where it was: the retyped amount went into the margin).
#[test]
fn a_refused_field_gets_the_cursor_back() {
    let (_dir, mut app, _runtime) = shop(Lang::Es, (100, 30));
    app.on_key(ch('p'));
    app.on_key(key(KeyCode::Tab)); // the margin, the amount left empty
    type_text(&mut app, "5");
    assert!(app.on_key(key(KeyCode::Enter)).is_empty());
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("the box stays");
    };
    assert_eq!(q.focus, clientela::tui::overlay::QuickField::Amount);
    type_text(&mut app, "20");
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("the box stays");
    };
    assert_eq!(
        (q.amount.text(), q.margin.text()),
        ("20".into(), "5".into())
    );
    // A margin beyond the amount: back to the margin, selected, so typing replaces it.
    app.on_key(key(KeyCode::Tab));
    type_text(&mut app, "50");
    assert!(app.on_key(key(KeyCode::Enter)).is_empty());
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("the box stays");
    };
    assert_eq!(q.focus, clientela::tui::overlay::QuickField::Margin);
    assert!(
        q.error.as_deref().is_some_and(|e| e.contains("margen")),
        "{:?}",
        q.error
    );
    type_text(&mut app, "4");
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("the box stays");
    };
    assert_eq!(q.margin.text(), "4");
}

/// Esc on a correction box left as it opened closes it at once; once something is
/// changed, it asks first.
#[test]
fn esc_asks_only_when_a_correction_was_changed() {
    let (_dir, mut app, _runtime) = shop(Lang::En, (100, 30));
    app.on_key(ch('j'));
    app.on_key(ch('e'));
    app.on_key(key(KeyCode::Esc));
    assert!(app.top_overlay().is_none(), "nothing changed: closed");
    app.on_key(ch('e'));
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Tab));
    type_text(&mut app, "3");
    app.on_key(key(KeyCode::Esc));
    assert!(
        matches!(app.top_overlay(), Some(Overlay::Ask(_))),
        "changed: asks before discarding"
    );
}
