//! Pure tests of the UI model: keys through the keymap and `update`, no terminal.

mod common;

use clientela::domain::{Class, Client, EntryKind, Lifecycle, Valuation};
use clientela::i18n::Lang;
use clientela::store::Overwritten;
use clientela::tui::action::{Action, ClientAct, ClientsAction, ClientsLoaded, Loaded};
use clientela::tui::effect::{ClientsEffect, DashboardEffect, Effect};
use clientela::tui::overlay::Overlay;
use clientela::tui::tabs::Tab;
use common::*;
use crossterm::event::KeyCode;

#[test]
fn the_list_loads_in_spanish_surname_order() {
    let app = loaded_app(Lang::Es, (100, 30));
    assert_eq!(
        shown_names(&app),
        [
            // People by surname, the company by its name.
            "Ana Álvarez Soler",
            "Íñigo Echeverría",
            "Ferretería Pérez S.L.",
            "María García López",
            "José Muñoz Ruiz",
            "Begoña Núñez"
        ]
    );
}

#[test]
fn cursor_moves_and_stays_in_bounds() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('j'));
    app.on_key(key(KeyCode::Down));
    assert_eq!(app.clients().list().selected, 2);
    app.on_key(ch('k'));
    assert_eq!(app.clients().list().selected, 1);
    app.on_key(key(KeyCode::End));
    assert_eq!(app.clients().list().selected, 5);
    app.on_key(ch('j'));
    assert_eq!(app.clients().list().selected, 5, "no row past the last");
    app.on_key(key(KeyCode::Home));
    assert_eq!(app.clients().list().selected, 0);
    app.on_key(key(KeyCode::Up));
    assert_eq!(app.clients().list().selected, 0, "no row before the first");
    app.on_key(key(KeyCode::PageDown));
    assert_eq!(app.clients().list().selected, 5);
}

#[test]
fn paging_scrolls_a_small_window() {
    // 7 rows: the tab and status bars and the search and header rows leave 3.
    let mut app = loaded_app(Lang::Es, (100, 7));
    assert_eq!(app.list_page(), 3);
    app.on_key(key(KeyCode::PageDown));
    assert_eq!(
        (app.clients().list().selected, app.clients().list().offset),
        (3, 1)
    );
    app.on_key(key(KeyCode::PageDown));
    assert_eq!(
        (app.clients().list().selected, app.clients().list().offset),
        (5, 3)
    );
    app.on_key(key(KeyCode::PageUp));
    assert_eq!(
        (app.clients().list().selected, app.clients().list().offset),
        (2, 2)
    );
    app.update(Action::Resize(100, 30));
    assert_eq!(app.list_page(), 26);
}

#[test]
fn search_filters_live_and_escape_clears_it() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('/'));
    assert!(app.clients().list().searching);
    type_text(&mut app, "munoz");
    assert_eq!(shown_names(&app), ["José Muñoz Ruiz"]);
    // While typing, letters are text, not commands.
    type_text(&mut app, "q1");
    assert!(app.is_running());
    assert_eq!(app.tab(), Tab::Clients);
    assert!(shown_names(&app).is_empty());
    app.on_key(key(KeyCode::Backspace));
    app.on_key(key(KeyCode::Backspace));
    assert_eq!(shown_names(&app), ["José Muñoz Ruiz"]);
    app.on_key(key(KeyCode::Esc));
    assert!(!app.clients().list().searching);
    assert_eq!(shown_names(&app).len(), 6);
    assert_eq!(
        app.clients().list().selected_id(),
        Some(2),
        "the cursor stays on the found client"
    );
}

#[test]
fn search_by_phone_then_enter_opens_the_card() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('/'));
    type_text(&mut app, "622555");
    assert_eq!(shown_names(&app), ["Íñigo Echeverría"]);
    assert_eq!(
        app.on_key(key(KeyCode::Enter)),
        vec![Effect::Clients(ClientsEffect::LoadCard(3, today()))]
    );
    assert!(!app.clients().list().searching);
}

#[test]
fn enter_opens_the_card_and_escape_goes_back() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    select_client(&mut app, 2);
    assert_eq!(
        app.on_key(key(KeyCode::Enter)),
        vec![Effect::Clients(ClientsEffect::LoadCard(2, today()))]
    );
    app.update(ClientsLoaded::Card(card_view()).into());
    assert_eq!(app.clients().card().map(|c| c.details.client.id), Some(2));
    app.on_key(key(KeyCode::Esc));
    assert!(app.clients().card().is_none());
}

#[test]
fn a_new_client_is_validated_then_saved() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('n'));
    assert!(app.clients().form().is_some());
    assert!(
        app.on_key(ctrl('s')).is_empty(),
        "an empty name is not saved"
    );
    let form = app.clients().form().expect("form stays open");
    assert_eq!(form.errors.len(), 1);
    type_text(&mut app, "Zoe Vidal");
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Right)); // kind: company
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Tab));
    type_text(&mut app, "600 999 000, 91 000 00 00");
    let effects = app.on_key(ctrl('s'));
    let [Effect::Clients(ClientsEffect::Save { id: None, card, .. })] = effects.as_slice() else {
        panic!("expected one save, got {effects:?}");
    };
    assert_eq!(card.name, "Zoe Vidal");
    assert_eq!(card.kind.code(), "company");
    assert_eq!(card.phones, ["600 999 000", "91 000 00 00"]);
    let saved = Client {
        id: 7,
        card: (**card).clone(),
        created_at: at(2026, 11, 22),
        updated_at: at(2026, 11, 22),
        version: 1,
    };
    let effects = app.update(ClientsLoaded::Saved(Box::new(saved)).into());
    assert_eq!(
        effects,
        vec![Effect::Clients(ClientsEffect::LoadStatus(7, today()))],
        "the new row gets its classes"
    );
    assert!(app.clients().form().is_none());
    assert_eq!(app.clients().list().selected_id(), Some(7));
    assert_eq!(
        shown_names(&app).last().map(String::as_str),
        Some("Zoe Vidal")
    );
    assert!(app.status().is_some_and(|s| !s.is_error));
}

#[test]
fn a_refused_save_keeps_the_form_and_what_was_typed() {
    let mut app = loaded_app(Lang::En, (100, 30));
    app.on_key(ch('n'));
    type_text(&mut app, "Zoe");
    app.on_key(ctrl('s'));
    app.update(Action::Loaded(Loaded::Failed(
        "Referred by: there is no client 99.".into(),
    )));
    let form = app.clients().form().expect("form still open");
    assert_eq!(
        form.store_error.as_deref(),
        Some("Referred by: there is no client 99.")
    );
    assert_eq!(form.to_card(today()).map(|c| c.name), Ok("Zoe".to_string()));
}

#[test]
fn escape_asks_before_discarding_changes() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('n'));
    app.on_key(key(KeyCode::Esc));
    assert!(
        app.clients().form().is_none(),
        "an untouched form closes at once"
    );
    app.on_key(ch('n'));
    type_text(&mut app, "Ana");
    app.on_key(key(KeyCode::Esc));
    assert!(matches!(
        overlays(&app).as_slice(),
        [Overlay::Ask(a)] if a.on_yes() == Some(&Action::Clients(ClientsAction::DiscardForm))
    ));
    app.on_key(ch('n'));
    assert!(app.overlays().is_empty());
    assert_eq!(
        app.clients()
            .form()
            .and_then(|f| f.to_card(today()).ok())
            .map(|c| c.name),
        Some("Ana".into())
    );
    app.on_key(key(KeyCode::Esc));
    app.on_key(ch('s'));
    assert!(
        app.clients().form().is_none(),
        "'s' (sí) confirms the discard"
    );
    // Typed and rubbed out, a choice moved and moved back: nothing to lose.
    app.on_key(ch('n'));
    type_text(&mut app, "Al");
    app.on_key(key(KeyCode::Backspace));
    app.on_key(key(KeyCode::Backspace));
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Right));
    app.on_key(key(KeyCode::Left));
    app.on_key(key(KeyCode::Esc));
    assert!(app.overlays().is_empty(), "{:?}", app.top_overlay());
    assert!(app.clients().form().is_none(), "closed without asking");
}

/// The card's choices take the initials of their options; the quick log's kind and
/// scores too.
#[test]
fn choices_in_forms_and_boxes_take_initials() {
    let mut app = loaded_app(Lang::En, (100, 30));
    app.on_key(ch('n'));
    type_text(&mut app, "Acme");
    app.on_key(key(KeyCode::Tab));
    app.on_key(ch('c'));
    let card = app.clients().form().and_then(|f| f.to_card(today()).ok());
    assert_eq!(card.map(|c| c.kind.code()), Some("company"));
    app.on_key(ch('x'));
    assert!(
        app.status().is_some_and(|s| s.is_error),
        "{:?}",
        app.status()
    );
    app.on_key(key(KeyCode::Esc));
    app.on_key(ch('y'));
    // `l` on a client: the kind by its initial, then a score by its digit.
    app.on_key(key(KeyCode::Enter));
    app.on_key(ch('l'));
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("the quick log: {:?}", app.top_overlay());
    };
    assert!(q.on_choice(), "{:?}", q.focus);
    // «s» the first kind with s (suggestion); «sur» survey.
    type_text(&mut app, "sur");
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("the quick log: {:?}", app.top_overlay());
    };
    assert_eq!(q.kind.code(), "survey");
    while app
        .top_overlay()
        .is_some_and(|o| !matches!(o, Overlay::QuickLog(q) if q.focus == clientela::tui::overlay::QuickField::Expected))
    {
        app.on_key(key(KeyCode::Tab));
    }
    app.on_key(ch('3'));
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("the quick log: {:?}", app.top_overlay());
    };
    assert_eq!(q.expected, 3);
}

#[test]
fn edit_from_the_list_loads_the_card_into_the_form() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    select_client(&mut app, 2);
    assert_eq!(
        app.on_key(ch('e')),
        vec![Effect::Clients(ClientsEffect::LoadCard(2, today()))]
    );
    app.update(ClientsLoaded::Card(card_view()).into());
    let form = app.clients().form().expect("form open");
    assert_eq!(form.editing, Some(2));
    assert_eq!(form.to_card(today()), Ok(details().client.card));
    let effects = app.on_key(ctrl('s'));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Clients(ClientsEffect::Save { id: Some(2), .. })]
    ));
}

#[test]
fn delete_asks_then_removes() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    select_client(&mut app, 5);
    app.on_key(ch('d'));
    assert!(matches!(
        overlays(&app).as_slice(),
        [Overlay::Ask(a)]
            if a.on_yes() == Some(&Action::Clients(ClientsAction::Confirmed(ClientAct::Delete, 5)))
    ));
    app.on_key(ch('n'));
    assert!(app.overlays().is_empty());
    app.on_key(ch('d'));
    assert_eq!(
        app.on_key(ch('y')),
        vec![Effect::Clients(ClientsEffect::Delete(5))]
    );
    app.update(ClientsLoaded::Deleted(5).into());
    assert_eq!(shown_names(&app).len(), 5);
    assert!(
        !shown_names(&app)
            .iter()
            .any(|n| n.starts_with("Ferretería"))
    );
}

#[test]
fn tabs_help_and_quitting() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('3'));
    assert_eq!(app.tab(), Tab::Dashboard);
    app.on_key(ch('1'));
    assert_eq!(app.tab(), Tab::Clients);
    app.on_key(ch('?'));
    assert!(matches!(overlays(&app).as_slice(), [Overlay::Help(_)]));
    app.on_key(ch('?'));
    assert!(app.overlays().is_empty());
    assert_eq!(app.on_key(ch('q')), vec![Effect::Quit]);
    assert!(!app.is_running());
}

/// The help's status bar offers only the paging that moves: no PgUp on the first
/// page, no PgDn on the last; going past the end does not have to be walked back.
#[test]
fn the_help_pages_within_its_text() {
    let mut app = loaded_app(Lang::En, (80, 24));
    app.on_key(ch('?'));
    let first = status_row(&app);
    assert!(first.contains("PgDn page down"), "{first}");
    assert!(!first.contains("PgUp"), "{first}");
    app.on_key(key(KeyCode::End));
    let last = status_row(&app);
    assert!(last.contains("PgUp page up"), "{last}");
    assert!(!last.contains("PgDn"), "{last}");
    let Some(Overlay::Help(end)) = app.top_overlay().cloned() else {
        panic!("help: {:?}", app.top_overlay());
    };
    for _ in 0..5 {
        app.on_key(ch('j'));
        app.on_key(key(KeyCode::PageDown));
    }
    assert!(matches!(app.top_overlay(), Some(Overlay::Help(s)) if *s == end));
    app.on_key(ch('k'));
    assert!(matches!(app.top_overlay(), Some(Overlay::Help(s)) if *s == end - 1));
    let middle = status_row(&app);
    assert!(
        middle.contains("PgUp") && middle.contains("PgDn"),
        "{middle}"
    );
}

#[test]
fn ctrl_c_quits_from_anywhere() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('n'));
    type_text(&mut app, "qq");
    assert!(app.is_running(), "q is text inside a form");
    // Typed text would be lost: asked first; Ctrl-C again quits.
    app.on_key(ctrl('c'));
    assert_eq!(app.on_key(ctrl('c')), vec![Effect::Quit]);
    assert!(!app.is_running());
}

#[test]
fn pasted_text_goes_to_the_focused_input() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('/'));
    app.update(Action::Paste("garcía".into()));
    assert_eq!(shown_names(&app), ["María García López"]);
    app.on_key(key(KeyCode::Esc));
    app.on_key(ch('n'));
    app.update(Action::Paste("Ana\nBelén".into()));
    assert_eq!(
        app.clients()
            .form()
            .and_then(|f| f.to_card(today()).ok())
            .map(|c| c.name),
        Some("Ana Belén".into())
    );
}

#[test]
fn a_purchase_at_the_counter_takes_p_the_amount_and_enter() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    select_client(&mut app, 2);
    app.on_key(ch('p'));
    assert!(matches!(overlays(&app).as_slice(), [Overlay::QuickLog(_)]));
    type_text(&mut app, "12,50");
    let effects = app.on_key(key(KeyCode::Enter));
    let [Effect::Clients(ClientsEffect::Log(entry))] = effects.as_slice() else {
        panic!("one entry to log: {effects:?}")
    };
    assert_eq!(
        (entry.client_id, entry.kind, entry.amount_cents),
        (2, EntryKind::Purchase, Some(1250))
    );
    let after = app.update(
        ClientsLoaded::Logged {
            client_id: 2,
            kind: EntryKind::Purchase,
            returned: false,
        }
        .into(),
    );
    assert!(app.overlays().is_empty());
    assert_eq!(
        after,
        vec![
            Effect::Clients(ClientsEffect::LoadStatus(2, today())),
            Effect::Dashboard(DashboardEffect::LoadComplaints)
        ]
    );
    assert!(app.status().is_some_and(|s| s.text.contains("compra")));
}

#[test]
fn a_bad_amount_keeps_the_popup_with_a_message() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('p'));
    type_text(&mut app, "12,5,0");
    assert!(app.on_key(key(KeyCode::Enter)).is_empty());
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("popup stays")
    };
    assert!(q.error.as_deref().is_some_and(|e| e.contains("12,5,0")));
    // What was typed is not thrown away without asking.
    app.on_key(key(KeyCode::Esc));
    app.on_key(ch('s'));
    assert!(app.overlays().is_empty());
}

#[test]
fn visits_calls_and_complaints_from_the_card_reload_it() {
    let mut app = loaded_app(Lang::En, (100, 30));
    app.update(ClientsLoaded::Card(card_view()).into());
    for (k, kind) in [
        ('v', EntryKind::Visit),
        ('c', EntryKind::Call),
        ('r', EntryKind::Complaint),
    ] {
        app.on_key(ch(k));
        type_text(&mut app, "nota");
        let effects = app.on_key(key(KeyCode::Enter));
        assert!(
            matches!(effects.as_slice(), [Effect::Clients(ClientsEffect::Log(e))] if e.kind == kind && e.note == "nota")
        );
        let after = app.update(
            ClientsLoaded::Logged {
                client_id: 2,
                kind,
                returned: false,
            }
            .into(),
        );
        assert!(
            after.contains(&Effect::Clients(ClientsEffect::LoadCard(2, today()))),
            "the open card is reloaded"
        );
    }
}

#[test]
fn a_loaded_card_updates_the_list_status_and_the_counts() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    // The fixture list has client 2 inactive; the card says active with one open complaint.
    app.update(ClientsLoaded::Card(card_view()).into());
    let status = app.clients().list().statuses.get(&2).expect("status");
    assert_eq!(status.classes.lifecycle, Lifecycle::Active);
    assert_eq!(status.open_complaints, 1);
    assert_eq!(
        app.dashboard()
            .counts()
            .get(&Class::Lifecycle(Lifecycle::Inactive)),
        Some(&2)
    );
}

#[test]
fn any_kind_from_l_with_a_valuation() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    select_client(&mut app, 1);
    app.on_key(ch('l'));
    app.on_key(key(KeyCode::Right)); // visit -> call
    app.on_key(key(KeyCode::Left)); // back to visit
    app.on_key(key(KeyCode::Tab)); // note
    type_text(&mut app, "Vino a mirar");
    app.on_key(key(KeyCode::Tab)); // expected
    for _ in 0..4 {
        app.on_key(key(KeyCode::Right));
    }
    app.on_key(key(KeyCode::Tab)); // perceived
    app.on_key(key(KeyCode::Left)); // none -> 5
    let effects = app.on_key(key(KeyCode::Enter));
    let [Effect::Clients(ClientsEffect::Log(entry))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(entry.kind, EntryKind::Visit);
    assert_eq!(
        entry.valuation,
        Some(Valuation {
            expected: 4,
            perceived: 5
        })
    );
    assert_eq!(entry.note, "Vino a mirar");
}

#[test]
fn the_card_asks_before_exporting_or_erasing_its_client() {
    let mut app = loaded_app(Lang::En, (100, 30));
    app.update(ClientsLoaded::Card(card_view()).into());
    app.on_key(ch('x'));
    assert!(matches!(
        overlays(&app).as_slice(),
        [Overlay::Ask(a)]
            if a.on_yes() == Some(&Action::Clients(ClientsAction::Confirmed(ClientAct::Export, 2)))
    ));
    assert_eq!(
        app.on_key(ch('y')),
        vec![Effect::Clients(ClientsEffect::ExportPersonal(2))]
    );
    app.update(ClientsLoaded::PersonalExported("/tmp/exports/cliente-2.json".into()).into());
    assert!(
        app.status()
            .is_some_and(|s| s.text.contains("cliente-2.json"))
    );
    assert!(
        app.clients().card().is_some(),
        "exporting keeps the card open"
    );

    app.on_key(ch('X'));
    assert!(matches!(
        overlays(&app).as_slice(),
        [Overlay::Ask(a)]
            if a.on_yes() == Some(&Action::Clients(ClientsAction::Confirmed(ClientAct::Erase, 2)))
    ));
    app.on_key(key(KeyCode::Esc));
    assert!(app.overlays().is_empty(), "no erasure without a yes");
    app.on_key(ch('X'));
    assert_eq!(
        app.on_key(ch('y')),
        vec![Effect::Clients(ClientsEffect::Erase(2))]
    );
    app.update(
        ClientsLoaded::Erased {
            id: 2,
            overwritten: Overwritten::Yes,
            backups: 0,
        }
        .into(),
    );
    assert!(
        app.clients().card().is_none(),
        "the erased client's card closes"
    );
    assert!(!shown_names(&app).iter().any(|n| n.starts_with("José")));
    assert!(
        app.status()
            .is_some_and(|s| s.text.contains("erased for good") && !s.is_error)
    );

    // What still holds the client is said: backups, a file not yet overwritten.
    let erased = |id, overwritten, backups| -> Action {
        ClientsLoaded::Erased {
            id,
            overwritten,
            backups,
        }
        .into()
    };
    app.update(erased(3, Overwritten::Yes, 2));
    assert!(app.status().is_some_and(|s| s.text
        == "Client erased for good. Backups that still hold them: 2 (in backups/)."
        && !s.is_error));
    app.update(erased(4, Overwritten::NotYetReaders, 0));
    assert!(app.status().is_some_and(|s| {
        s.is_error
            && s.text
                .contains("the file still holds their data: another program is reading it")
    }));
    app.update(erased(
        5,
        Overwritten::NotYet("database or disk is full".into()),
        0,
    ));
    assert!(app.status().is_some_and(|s| {
        s.is_error
            && s.text
                .contains("it could not be rewritten (database or disk is full)")
    }));
}

#[test]
fn clearing_a_search_keeps_the_found_client_on_screen_under_the_cursor() {
    // 7 rows leave room for 3 clients: José, the fifth, is off the first page.
    let mut app = loaded_app(Lang::Es, (100, 7));
    app.on_key(ch('/'));
    type_text(&mut app, "munoz");
    app.on_key(key(KeyCode::Esc));
    let list = app.clients().list();
    assert_eq!(list.selected_id(), Some(2));
    assert!(
        (list.offset..list.offset + app.list_page()).contains(&list.selected),
        "row {} shown from {}",
        list.selected,
        list.offset
    );
}

#[test]
fn an_amount_beyond_what_one_entry_carries_is_said_in_the_quick_log() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('p'));
    type_text(&mut app, "10000000,01");
    assert!(app.on_key(key(KeyCode::Enter)).is_empty(), "nothing logged");
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("the box stays")
    };
    assert_eq!(
        q.error.as_deref(),
        Some("Una anotación lleva como mucho 10.000.000,00.")
    );
}

/// Ctrl-C quits at once when nothing typed would be lost; with a form or a box holding
/// typed text it asks first, and a second Ctrl-C (or yes) quits.
#[test]
fn ctrl_c_asks_before_losing_typed_text() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('n'));
    type_text(&mut app, "Clienta a medias");
    assert!(app.on_key(ctrl('c')).is_empty(), "asked, not quit");
    assert!(app.is_running());
    assert!(matches!(overlays(&app).as_slice(), [Overlay::Ask(_)]));
    app.on_key(ch('n'));
    assert!(
        app.is_running() && overlays(&app).is_empty(),
        "no: back to the form"
    );
    assert_eq!(
        app.clients()
            .form()
            .map(|f| f.fields.text_of(clientela::domain::CardField::Name)),
        Some("Clienta a medias".into())
    );
    app.on_key(ctrl('c'));
    assert_eq!(
        app.on_key(ctrl('c')),
        vec![Effect::Quit],
        "a second Ctrl-C quits"
    );

    // A quick log with an amount typed: Esc asks, yes closes it.
    let mut app = loaded_app(Lang::Es, (100, 30));
    select_client(&mut app, 2);
    app.on_key(ch('p'));
    type_text(&mut app, "12,50");
    app.on_key(key(KeyCode::Esc));
    assert!(matches!(
        overlays(&app).as_slice(),
        [Overlay::QuickLog(_), Overlay::Ask(_)]
    ));
    app.on_key(ch('n'));
    assert!(matches!(overlays(&app).as_slice(), [Overlay::QuickLog(_)]));
    app.on_key(key(KeyCode::Esc));
    app.on_key(ch('s'));
    assert!(overlays(&app).is_empty(), "yes: the quick log is gone");
    // Nothing typed: Ctrl-C quits at once.
    assert_eq!(app.on_key(ctrl('c')), vec![Effect::Quit]);
}

/// After `/ garcia Esc` the cursor stays on the client found and that row is on screen,
/// highlighted: `p` logs a purchase for the client the user sees, never for one
/// scrolled out of sight.
#[test]
fn a_key_on_the_selected_client_acts_on_a_row_in_sight() {
    let mut app = loaded_app(Lang::Es, (80, 24));
    let mut rows: Vec<_> = (0..60)
        .map(|i| summary(i + 1, &format!("Cliente {i:02}"), "", "Cádiz", &[]))
        .collect();
    rows.push(summary(99, "Zacarías García", "", "Cádiz", &[]));
    app.update(ClientsLoaded::Rows(rows).into());
    app.on_key(ch('/'));
    type_text(&mut app, "garcia");
    app.on_key(key(KeyCode::Esc));
    assert_eq!(app.clients().list().selected_id(), Some(99));
    let terminal = render(&app);
    let buf = terminal.backend().buffer();
    let row = (0..24u16).find(|&y| {
        (0..80u16)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect::<String>()
            .contains("Zacarías")
    });
    let row = row.expect("the client found is on screen after Esc");
    assert!(
        buf[(10, row)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED),
        "and highlighted"
    );
    app.on_key(ch('p'));
    let Some(Overlay::QuickLog(q)) = app.top_overlay() else {
        panic!("a purchase box");
    };
    assert_eq!(q.client_id, 99);
}

/// `/` always starts a new search, from the list or from a card: the last one's words
/// are gone (they were continued, costing two keys more per client).
#[test]
fn slash_starts_a_fresh_search_even_from_a_card() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('/'));
    type_text(&mut app, "garcia");
    let effects = app.on_key(key(KeyCode::Enter));
    assert_eq!(
        effects,
        vec![Effect::Clients(ClientsEffect::LoadCard(1, today()))]
    );
    app.update(ClientsLoaded::Card(card_view()).into());
    app.on_key(ch('/'));
    assert!(
        app.clients().card().is_none(),
        "the card gave way to the search"
    );
    assert_eq!(app.clients().list().query.text(), "");
    type_text(&mut app, "ana");
    assert_eq!(shown_names(&app), ["Ana Álvarez Soler"]);
    // From the list too.
    app.on_key(key(KeyCode::Enter));
    app.update(Action::Clients(ClientsAction::Back));
    app.on_key(ch('/'));
    assert_eq!(app.clients().list().query.text(), "");
}

fn mouse(
    kind: crossterm::event::MouseEventKind,
    column: u16,
    row: u16,
) -> crossterm::event::MouseEvent {
    crossterm::event::MouseEvent {
        kind,
        column,
        row,
        modifiers: crossterm::event::KeyModifiers::NONE,
    }
}

/// Synthetic mouse events: a click on a tab's title shows it, a click on a row selects
/// it, a double click opens the card, the wheel moves; with the mouse off in the config
/// nothing happens (the terminal keeps its own select-and-copy).
#[test]
fn clicks_select_and_open_and_the_wheel_moves() {
    use crossterm::event::{MouseButton, MouseEventKind as K};
    let t0 = std::time::Instant::now();
    let later = |ms| t0 + std::time::Duration::from_millis(ms);
    let click = K::Down(MouseButton::Left);
    let mut app = loaded_app(Lang::Es, (100, 30));
    // " 1 Clientes │ 2 Agenda │ …": column 15 is in "2 Agenda".
    app.on_mouse(mouse(click, 15, 0), t0);
    assert_eq!(app.tab(), Tab::Agenda);
    app.on_mouse(mouse(click, 3, 0), later(1000));
    assert_eq!(app.tab(), Tab::Clients);
    // The third client row (rows start under the search line and the header).
    assert!(app.on_mouse(mouse(click, 10, 5), later(2000)).is_empty());
    assert_eq!(app.clients().list().selected, 2);
    assert!(app.clients().card().is_none(), "one click only selects");
    let effects = app.on_mouse(mouse(click, 10, 5), later(2200));
    let id = app.clients().list().selected_id().expect("a client");
    assert_eq!(
        effects,
        vec![Effect::Clients(ClientsEffect::LoadCard(id, today()))],
        "a double click opens the card"
    );
    // Below the last row: nothing.
    app.on_mouse(mouse(click, 10, 25), later(4000));
    assert_eq!(app.clients().list().selected, 2);
    app.on_mouse(mouse(K::ScrollDown, 10, 10), later(5000));
    assert_eq!(app.clients().list().selected, 3);
    app.on_mouse(mouse(K::ScrollUp, 10, 10), later(5100));
    assert_eq!(app.clients().list().selected, 2);

    let mut off = loaded_app(Lang::Es, (100, 30));
    off.set_settings(clientela::tui::app::UiSettings {
        mouse: false,
        ..Default::default()
    });
    off.on_mouse(mouse(click, 15, 0), t0);
    off.on_mouse(mouse(K::ScrollDown, 10, 10), t0);
    assert_eq!(
        (off.tab(), off.clients().list().selected),
        (Tab::Clients, 0)
    );
}

/// At the smallest size, End in the help reaches its last line (long lines wrap and
/// are counted as the rows they take) and the closing hint stays on screen.
#[test]
fn the_help_reaches_its_end_at_the_smallest_size() {
    for lang in [Lang::Es, Lang::En] {
        let l = clientela::i18n::Locale::new(lang, "auto");
        let mut app = loaded_app(lang, (60, 15));
        app.on_key(ch('?'));
        app.on_key(key(KeyCode::End));
        let screen = render(&app).backend().to_string();
        let last = l.t(clientela::i18n::Msg::LegendMore2);
        let words: Vec<&str> = last.split_whitespace().take(2).collect();
        assert!(screen.contains(&words.join(" ")), "{last}:\n{screen}");
        let close = l.t(clientela::i18n::Msg::HelpClose);
        let start: String = close.chars().take(8).collect();
        assert!(screen.contains(&start), "{close}:\n{screen}");
    }
}

/// The help open while the terminal shrinks below the smallest size: no panic, and it
/// comes back whole.
#[test]
fn the_help_survives_a_terminal_too_small() {
    let mut app = loaded_app(Lang::Es, (80, 24));
    app.on_key(ch('?'));
    app.on_key(key(KeyCode::End));
    for (w, h) in [(30, 8), (0, 0), (5, 50), (200, 3), (80, 24)] {
        app.update(clientela::tui::action::Action::Resize(w, h));
        let _ = render(&app);
    }
    assert!(matches!(app.top_overlay(), Some(Overlay::Help(_))));
}

/// Tab leaves the search box with the list as found: the list's keys (E, p) act on it,
/// and Esc then clears the search.
#[test]
fn tab_leaves_the_search_with_the_list_as_found() {
    let mut app = loaded_app(Lang::Es, (80, 24));
    app.on_key(ch('/'));
    type_text(&mut app, "garc");
    assert_eq!(shown_names(&app), ["María García López"]);
    assert!(
        status_row(&app).contains("Tab a la lista"),
        "{}",
        status_row(&app)
    );
    app.on_key(key(KeyCode::Tab));
    assert!(!app.clients().list().searching);
    assert_eq!(shown_names(&app), ["María García López"], "still as found");
    app.on_key(ch('E'));
    let Some(Overlay::Columns(picker)) = app.top_overlay() else {
        panic!("the export picker: {:?}", app.top_overlay());
    };
    assert_eq!(picker.ids.len(), 1);
    app.on_key(key(KeyCode::Esc));
    app.on_key(ch('p'));
    assert!(
        matches!(app.top_overlay(), Some(Overlay::QuickLog(q)) if q.client_name == "María García López"),
        "{:?}",
        app.top_overlay()
    );
}

/// The log box asks before Esc drops a kind or a score chosen, not only typed text.
#[test]
fn the_log_box_asks_before_dropping_a_choice() {
    let mut app = loaded_app(Lang::En, (100, 30));
    app.on_key(key(KeyCode::Enter));
    app.on_key(ch('l'));
    app.on_key(key(KeyCode::Right));
    app.on_key(key(KeyCode::Esc));
    assert!(
        matches!(app.top_overlay(), Some(Overlay::Ask(_))),
        "{:?}",
        app.top_overlay()
    );
    app.on_key(ch('n'));
    app.on_key(key(KeyCode::Left));
    app.on_key(key(KeyCode::Esc));
    assert!(
        app.overlays().is_empty(),
        "back as it opened: closes at once"
    );
}
