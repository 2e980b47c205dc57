//! The Moments-of-truth tab: keys → state and effects (the editor's step machine), and
//! rendered frames of each step in both languages, over the demo cycle written to a
//! real SQLite file and read back by the runtime.

mod common;

use clientela::demo::fill_scenes;
use clientela::domain::{ClientCard, SceneStep};
use clientela::i18n::Lang;
use clientela::tui::action::{Action, MomentsAction, MomentsLoaded};
use clientela::tui::app::App;
use clientela::tui::effect::{Effect, MomentsEffect};
use clientela::tui::overlay::Overlay;
use clientela::tui::runtime::Runtime;
use clientela::tui::tabs::moments::{MomentsFocus, SceneAct, SceneEditor};
use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

/// The demo cycle in a real database, and an app on the Moments tab with it loaded.
fn app(lang: Lang, size: (u16, u16)) -> (tempfile::TempDir, Runtime, App) {
    let (dir, mut store) = temp_store();
    let mut clients = Vec::new();
    for name in ["Ana Pérez", "Luis Gómez", "Marta Ruiz"] {
        clients.push(
            store
                .add_client(&ClientCard::named(name), at(2026, 1, 1))
                .expect("client"),
        );
    }
    let noon = today().and_hms_opt(12, 0, 0).expect("noon");
    assert_eq!(fill_scenes(&mut store, &clients, noon).expect("scenes"), 6);
    let mut runtime = runtime_on(store, &dir, lang, midnight());
    let mut app = loaded_app(lang, size);
    let effects = app.on_key(ch('4'));
    assert_eq!(
        effects,
        vec![Effect::Moments(MomentsEffect::LoadCycles(None))]
    );
    runtime.settle(&mut app, effects);
    (dir, runtime, app)
}

fn editor(app: &App) -> &SceneEditor {
    app.moments().editor().expect("the editor is open")
}

/// Opens scene `position` of the cycle (in order).
fn open_scene(app: &mut App, runtime: &mut Runtime, position: usize) {
    app.on_key(key(KeyCode::Tab));
    for _ in 1..position {
        app.on_key(ch('j'));
    }
    let effects = app.on_key(key(KeyCode::Enter));
    let [Effect::Moments(MomentsEffect::LoadScene(_))] = effects.as_slice() else {
        panic!("expected LoadScene, got {effects:?}");
    };
    runtime.settle(app, effects);
}

fn backtab() -> KeyEvent {
    KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)
}

#[test]
fn a_new_scene_needs_a_title_to_leave_step_one_and_walks_one_to_five() {
    let (_dir, _runtime, mut app) = app(Lang::En, (120, 40));
    app.on_key(ch('n'));
    assert_eq!(editor(&app).step, SceneStep::Identify);
    assert_eq!(editor(&app).editing, None);
    app.on_key(ctrl('n'));
    assert_eq!(editor(&app).step, SceneStep::Identify);
    assert!(
        editor(&app)
            .error
            .as_deref()
            .is_some_and(|e| e.contains("needs a title")),
        "{:?}",
        editor(&app).error
    );
    app.on_key(ctrl('p'));
    assert_eq!(editor(&app).step, SceneStep::Identify, "nothing before 1");
    type_text(&mut app, "Pagar");
    assert_eq!(editor(&app).error, None, "typing clears the message");
    app.on_key(ctrl('n'));
    assert_eq!(editor(&app).step, SceneStep::Visualise);
    app.on_key(ctrl('p'));
    assert_eq!(editor(&app).step, SceneStep::Identify);
    for _ in 0..4 {
        app.on_key(ctrl('n'));
    }
    assert_eq!(editor(&app).step, SceneStep::Plan);
    app.on_key(ctrl('n'));
    assert_eq!(editor(&app).step, SceneStep::Plan, "nothing after 5");
    assert!(
        editor(&app)
            .error
            .as_deref()
            .is_some_and(|e| e.contains("last step"))
    );

    // Saving keeps the step reached, and the editor stays open on the saved scene.
    let effects = app.on_key(ctrl('s'));
    let [
        Effect::Moments(MomentsEffect::Save {
            id: None, draft, ..
        }),
    ] = effects.as_slice()
    else {
        panic!("expected SaveScene, got {effects:?}");
    };
    assert_eq!(draft.title, "Pagar");
    assert_eq!(draft.step, SceneStep::Plan);
    assert_eq!(draft.steps_done(), 0);
    let effects = app.update(Action::from(MomentsLoaded::Saved(7, 1)));
    assert_eq!(
        effects,
        vec![Effect::Moments(MomentsEffect::LoadCycles(Some(7)))]
    );
    assert_eq!(editor(&app).editing, Some(7));
    assert!(!editor(&app).dirty());
    app.on_key(key(KeyCode::Esc));
    assert!(
        app.moments().editor().is_none(),
        "nothing to discard: Esc leaves"
    );
}

#[test]
fn tab_and_shift_tab_move_between_a_steps_fields_and_enter_breaks_lines() {
    let (_dir, _runtime, mut app) = app(Lang::En, (120, 40));
    app.on_key(ch('n'));
    type_text(&mut app, "Entrar");
    app.on_key(key(KeyCode::Tab));
    assert!(
        app.contexts()
            .contains(&clientela::tui::keymap::Context::SceneChoice)
    );
    app.on_key(key(KeyCode::Right));
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Right));
    app.on_key(key(KeyCode::Right));
    app.on_key(backtab());
    app.on_key(backtab());
    // Reached with Shift-Tab the title is selected (typing would replace it); End
    // keeps it and goes to its end.
    app.on_key(key(KeyCode::End));
    type_text(&mut app, " ya");
    let d = editor(&app).draft();
    assert_eq!(d.title, "Entrar ya");
    assert_eq!(d.category.map(|c| c.code()), Some("information"));
    assert_eq!(d.channel.map(|c| c.code()), Some("printed"));
    app.on_key(ctrl('n'));
    type_text(&mut app, "Una");
    app.on_key(key(KeyCode::Enter));
    type_text(&mut app, "dos ñ");
    app.update(Action::Paste("\r\ntres".into()));
    assert_eq!(editor(&app).draft().visualisation, "Una\ndos ñ\ntres");
    assert_eq!(
        editor(&app).draft().progress(),
        [true, true, false, false, false]
    );
}

#[test]
fn esc_asks_before_discarding_and_no_keeps_what_was_typed() {
    let (_dir, _runtime, mut app) = app(Lang::Es, (120, 40));
    app.on_key(ch('n'));
    type_text(&mut app, "Pagar");
    app.on_key(key(KeyCode::Esc));
    assert!(matches!(
        app.top_overlay(),
        Some(Overlay::Ask(ask))
            if ask.on_yes() == Some(&Action::Moments(MomentsAction::Answered(SceneAct::Discard)))
    ));
    app.on_key(ch('n'));
    assert!(app.overlays().is_empty());
    assert_eq!(editor(&app).draft().title, "Pagar", "kept");
    app.on_key(key(KeyCode::Esc));
    app.on_key(ch('s'));
    assert!(app.moments().editor().is_none(), "discarded after yes");
}

/// A choice takes the initials of its options and a score its digit, as a select box
/// does; a letter no option begins with is said, not swallowed.
#[test]
fn choices_take_initials_and_scores_their_digit() {
    let (_dir, mut runtime, mut app) = app(Lang::Es, (120, 40));
    app.on_key(ch('n'));
    type_text(&mut app, "Cobrar");
    app.on_key(key(KeyCode::Tab));
    // Categoría: «h» Hospitalidad; «i» the next with i (Imprevistos), again Información.
    app.on_key(ch('h'));
    assert_eq!(
        editor(&app).draft().category.map(|c| c.code()),
        Some("hospitality")
    );
    app.on_key(ch('i'));
    assert_eq!(
        editor(&app).draft().category.map(|c| c.code()),
        Some("unexpected")
    );
    app.on_key(ch('i'));
    assert_eq!(
        editor(&app).draft().category.map(|c| c.code()),
        Some("information")
    );
    // «in»: letters typed on keep to the option they began.
    app.on_key(ch('n'));
    assert_eq!(
        editor(&app).draft().category.map(|c| c.code()),
        Some("information")
    );
    assert!(app.status().is_none());
    app.on_key(ch('z'));
    assert_eq!(
        editor(&app).draft().category.map(|c| c.code()),
        Some("information")
    );
    let said = app.status().map(|s| (s.text.clone(), s.is_error));
    assert!(
        matches!(&said, Some((t, true)) if t.contains("Ninguna opción empieza así")),
        "{said:?}"
    );
    // Canal: «t» Teléfono.
    app.on_key(key(KeyCode::Tab));
    app.on_key(ch('t'));
    assert_eq!(
        editor(&app).draft().channel.map(|c| c.code()),
        Some("phone")
    );
    // Step 4's scores take 1–5.
    app.on_key(key(KeyCode::Esc));
    app.on_key(ch('s'));
    open_scene(&mut app, &mut runtime, 5);
    while editor(&app).step != SceneStep::Evaluate {
        app.on_key(ctrl('n'));
    }
    app.on_key(key(KeyCode::Tab));
    app.on_key(ch('4'));
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Tab));
    app.on_key(ch('2'));
    let e = editor(&app).draft().evaluation;
    assert_eq!((e.expected_score, e.delivered_score), (Some(4), Some(2)));
}

/// Changes are compared by value: a field changed and changed back, or a choice moved
/// and moved back, is nothing to discard.
#[test]
fn a_change_undone_by_hand_is_no_change() {
    let (_dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    open_scene(&mut app, &mut runtime, 5);
    type_text(&mut app, "!");
    assert!(editor(&app).dirty());
    app.on_key(key(KeyCode::Backspace));
    assert!(!editor(&app).dirty(), "the title is as saved");
    app.on_key(key(KeyCode::Esc));
    assert!(app.overlays().is_empty(), "{:?}", app.top_overlay());
    assert!(app.moments().editor().is_none(), "closed without asking");
}

#[test]
fn an_existing_scene_resumes_at_its_step_with_its_evidence() {
    let (_dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    open_scene(&mut app, &mut runtime, 5);
    let e = editor(&app);
    assert_eq!(e.draft().title, "Un problema con un pedido");
    assert_eq!(e.step, SceneStep::Describe, "resumed where it was left");
    assert_eq!(e.position, (Some(5), 6));
    assert_eq!(e.evidence.len(), 1);
    assert!(!e.dirty());
}

#[test]
fn step_five_adds_changes_ticks_and_removes_actions() {
    let (_dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    open_scene(&mut app, &mut runtime, 3);
    assert_eq!(editor(&app).step, SceneStep::Plan);
    assert!(editor(&app).actions.is_empty());
    // The form: area, what, responsible, due; Enter adds.
    app.on_key(key(KeyCode::Right));
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Enter));
    assert!(
        editor(&app)
            .error
            .as_deref()
            .is_some_and(|e| e.contains("what has to be done"))
    );
    type_text(&mut app, "Turnos con número");
    app.on_key(key(KeyCode::Tab));
    type_text(&mut app, "Marta");
    app.on_key(key(KeyCode::Tab));
    type_text(&mut app, "31/02/2026");
    app.on_key(key(KeyCode::Enter));
    assert!(
        editor(&app)
            .error
            .as_deref()
            .is_some_and(|e| e.contains("31/02/2026")),
        "{:?}",
        editor(&app).error
    );
    assert!(editor(&app).actions.is_empty(), "a bad date adds nothing");
    for _ in 0..10 {
        app.on_key(key(KeyCode::Backspace));
    }
    type_text(&mut app, "2026-11-30");
    app.on_key(key(KeyCode::Enter));
    let a = &editor(&app).actions;
    assert_eq!(a.len(), 1);
    assert_eq!(
        (a[0].area.code(), a[0].what.as_str()),
        ("tools", "Turnos con número")
    );
    assert_eq!(a[0].responsible, "Marta");
    assert_eq!(
        a[0].due.map(|d| d.to_string()).as_deref(),
        Some("2026-11-30")
    );
    assert!(editor(&app).dirty());

    // A second one left typed in the form is added by Ctrl-S rather than lost.
    app.on_key(key(KeyCode::Tab));
    type_text(&mut app, "Cartel de turno");
    let effects = app.on_key(ctrl('s'));
    let [
        Effect::Moments(MomentsEffect::Save {
            id: Some(_), draft, ..
        }),
    ] = effects.as_slice()
    else {
        panic!("expected SaveScene, got {effects:?}");
    };
    assert_eq!(draft.actions.len(), 2);

    // The list: Tab from the form's last field, Space ticks, Enter edits, d removes.
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Tab));
    assert!(editor(&app).on_list());
    app.on_key(ch('k'));
    app.on_key(ch(' '));
    assert!(editor(&app).actions[0].done);
    app.on_key(key(KeyCode::Enter));
    assert_eq!(editor(&app).editing_action, Some(0));
    type_text(&mut app, " ya");
    app.on_key(key(KeyCode::Enter));
    assert_eq!(editor(&app).actions[0].what, "Turnos con número ya");
    assert!(editor(&app).actions[0].done, "editing keeps it done");
    app.on_key(backtab());
    assert!(editor(&app).on_list());
    app.on_key(ch('j'));
    app.on_key(ch('d'));
    assert_eq!(editor(&app).actions.len(), 1);
}

#[test]
fn scenes_sort_worst_gap_first_and_move_only_in_the_cycles_order() {
    let (_dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    app.on_key(key(KeyCode::Tab));
    app.on_key(ch('s'));
    let titles: Vec<String> = app
        .moments()
        .lists()
        .shown_scenes()
        .iter()
        .map(|s| s.title.clone())
        .collect();
    assert_eq!(titles[0], "Esperar turno en el mostrador");
    assert_eq!(titles[1], "Pedir consejo sobre un producto");
    assert!(
        app.on_key(ch('K')).is_empty(),
        "no moves while sorted by gap"
    );
    assert!(
        app.status()
            .is_some_and(|s| s.text.contains("cycle's order"))
    );
    app.on_key(ch('s'));
    app.on_key(ch('j'));
    let effects = app.on_key(ch('K'));
    let [Effect::Moments(MomentsEffect::Move { id, delta: -1 })] = effects.as_slice() else {
        panic!("expected MoveScene, got {effects:?}");
    };
    let id = *id;
    let moved = runtime.run(effects[0].clone()).expect("a result");
    let effects = app.update(moved);
    assert_eq!(
        effects,
        vec![Effect::Moments(MomentsEffect::LoadCycles(Some(id)))]
    );
    runtime.settle(&mut app, effects);
    let first = &app.moments().lists().shown_scenes()[0];
    assert_eq!(first.title, "Pedir consejo sobre un producto");
    assert_eq!(
        app.moments().lists().scene,
        0,
        "the cursor follows the moved scene"
    );
}

#[test]
fn each_step_of_the_editor_in_both_languages() {
    for lang in [Lang::Es, Lang::En] {
        let (_dir, mut runtime, mut app) = app(lang, (120, 34));
        let name = if lang == Lang::Es { "es" } else { "en" };
        if lang == Lang::Es {
            insta::assert_snapshot!("moments_list_es", render(&app).backend());
        }
        open_scene(&mut app, &mut runtime, 2);
        for step in (1..=5).rev() {
            assert_eq!(editor(&app).step.number(), step);
            let terminal = render(&app);
            let buffer = terminal.backend().buffer();
            if step == 5 {
                // The late action's due date is red.
                let late = if lang == Lang::Es {
                    "vencida"
                } else {
                    "overdue"
                };
                let (x, y) = find(buffer, late).expect("the late mark");
                assert_eq!(buffer[(x, y)].fg, Color::Red);
            }
            if step == 4 {
                // Open complaints tied to the scene are red evidence.
                let (x, y) = find(buffer, "10/11/2026")
                    .or(find(buffer, "2026-11-10"))
                    .expect("evidence");
                assert_eq!(buffer[(x, y)].fg, Color::Red);
            }
            insta::assert_snapshot!(format!("scene_step{step}_{name}"), terminal.backend());
            app.on_key(ctrl('p'));
        }
    }
}

#[test]
fn the_tab_draws_at_every_size_without_panicking() {
    for (w, h) in [(1, 1), (10, 3), (60, 15), (80, 24), (200, 60)] {
        let (_dir, mut runtime, mut app) = app(Lang::Es, (w, h));
        render(&app);
        open_scene(&mut app, &mut runtime, 2);
        for _ in 0..5 {
            render(&app);
            app.on_key(ctrl('p'));
        }
        app.on_key(key(KeyCode::Esc));
        app.on_key(ch('c'));
        render(&app);
    }
}

/// The first cell where `text` starts, row by row.
fn find(buffer: &ratatui::buffer::Buffer, text: &str) -> Option<(u16, u16)> {
    let area = buffer.area;
    for y in 0..area.height {
        let row: Vec<&str> = (0..area.width).map(|x| buffer[(x, y)].symbol()).collect();
        let line: String = row.concat();
        if let Some(byte) = line.find(text) {
            let x = line[..byte].chars().count() as u16;
            return Some((x, y));
        }
    }
    None
}

#[test]
fn a_new_cycle_needs_a_name_and_says_so() {
    let (_dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    app.on_key(ch('c'));
    let effects = app.on_key(key(KeyCode::Enter));
    assert!(effects.is_empty(), "nothing made");
    let Some(Overlay::Prompt(p)) = app.top_overlay() else {
        panic!("the box stays: {:?}", app.top_overlay());
    };
    assert_eq!(p.error.as_deref(), Some("Write a name."));
    type_text(&mut app, "Llamada");
    let effects = app.on_key(key(KeyCode::Enter));
    runtime.settle(&mut app, effects);
    assert!(app.overlays().is_empty(), "made, the box closes");
}

/// At 80×24 the scene list keeps each scene's title (at least 20 columns; the actions
/// give way), in both languages, and at 200×50 shows everything.
#[test]
fn the_scene_list_keeps_the_titles_at_80x24() {
    for lang in [Lang::Es, Lang::En] {
        for (w, h) in [(80u16, 24u16), (100, 30), (200, 50)] {
            let (_dir, _runtime, app) = app(lang, (w, h));
            let text = format!("{}", render(&app).backend());
            let scenes = app.moments().lists().shown_scenes();
            assert!(!scenes.is_empty());
            let first: String = scenes[0].title.chars().take(20).collect();
            assert!(
                text.contains(&first),
                "{w}x{h} {lang:?}: `{first}`:\n{text}"
            );
            insta::assert_snapshot!(format!("moments_list_{w}x{h}_{lang:?}"), text);
        }
    }
}

/// At 80×24 the plan's actions keep what to do legible (it showed `[x] Saludar a`
/// beside a 28-column area): the area, who and when give way, long texts end with ….
#[test]
fn the_plan_keeps_what_to_do_legible_at_80x24() {
    let (_dir, mut runtime, mut app) = app(Lang::Es, (80, 24));
    open_scene(&mut app, &mut runtime, 2);
    let text = format!("{}", render(&app).backend());
    let row = text
        .lines()
        .find(|l| l.contains("[ ] "))
        .unwrap_or_else(|| panic!("an action row:\n{text}"));
    let what = row
        .split("[ ] ")
        .nth(1)
        .and_then(|rest| rest.split("  ").next())
        .unwrap_or_default();
    assert!(
        what.chars().count() >= 20 || !what.ends_with('…') && what.len() > 3,
        "what to do is legible: {row}"
    );
}

/// Back from the editor, the cursor is on the scene just edited (a new one once saved),
/// in the scenes list; g/Home and G/End go to the ends of either list.
#[test]
fn back_to_the_list_on_the_scene_and_to_the_ends_of_each_list() {
    let (_dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    assert_eq!(app.moments().lists().focus, MomentsFocus::Cycles);
    app.on_key(ch('n'));
    type_text(&mut app, "Aparcar");
    let effects = app.on_key(ctrl('s'));
    runtime.settle(&mut app, effects);
    assert!(!editor(&app).dirty());
    app.on_key(key(KeyCode::Esc));
    assert!(app.moments().editor().is_none());
    let lists = app.moments().lists();
    assert_eq!(lists.focus, MomentsFocus::Scenes);
    assert_eq!(
        lists.selected_scene().map(|s| s.title.clone()),
        Some("Aparcar".into())
    );
    // The ends of the scenes list.
    app.on_key(ch('g'));
    assert_eq!(app.moments().lists().scene, 0);
    app.on_key(key(KeyCode::End));
    assert_eq!(app.moments().lists().scene, 6, "seven scenes");
    app.on_key(key(KeyCode::Home));
    assert_eq!(app.moments().lists().scene, 0);
    app.on_key(ch('G'));
    assert_eq!(app.moments().lists().scene, 6);
    // And of the cycles list.
    app.on_key(key(KeyCode::Tab));
    app.on_key(ch('G'));
    let lists = app.moments().lists();
    let cycles = lists.cycles.as_ref().map_or(0, Vec::len);
    assert_eq!(lists.cycle, cycles - 1);
    app.on_key(ch('g'));
    assert_eq!(app.moments().lists().cycle, 0);
}

/// The place in the cycle is a field of step 1: a number moves the scene there when it
/// is saved (in the same write), a number out of range is refused, a new scene can go
/// first.
#[test]
fn the_place_in_the_cycle_is_typed_on_step_one() {
    let (_dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    open_scene(&mut app, &mut runtime, 2);
    let title = editor(&app).draft().title;
    while editor(&app).step != SceneStep::Identify {
        app.on_key(ctrl('p'));
    }
    for _ in 0..3 {
        app.on_key(key(KeyCode::Tab));
    }
    type_text(&mut app, "9");
    assert!(app.on_key(ctrl('s')).is_empty());
    let said = editor(&app).error.clone().unwrap_or_default();
    assert!(said.contains("from 1 to 6"), "{said}");
    app.on_key(key(KeyCode::Backspace));
    type_text(&mut app, "5");
    let effects = app.on_key(ctrl('s'));
    runtime.settle(&mut app, effects);
    assert_eq!(editor(&app).position, (Some(5), 6));
    app.on_key(key(KeyCode::Esc));
    let lists = app.moments().lists();
    assert_eq!(lists.scene, 4, "the cursor followed it");
    assert_eq!(lists.selected_scene().map(|s| s.title.clone()), Some(title));
    // A new scene put first.
    app.on_key(ch('n'));
    type_text(&mut app, "Saludar");
    for _ in 0..3 {
        app.on_key(key(KeyCode::Tab));
    }
    type_text(&mut app, "1");
    let effects = app.on_key(ctrl('s'));
    runtime.settle(&mut app, effects);
    assert_eq!(editor(&app).position, (Some(1), 7));
    // Saved, its field shows the place it has; nothing is left to discard.
    assert_eq!(
        editor(&app).pages[0].text_of(clientela::tui::tabs::moments::SceneField::Place),
        "1"
    );
    assert!(!editor(&app).dirty());
}

/// The help opens from inside the editor: F1 anywhere (a text takes `?`), `?` on a
/// choice; it lists the editor's keys.
#[test]
fn the_help_opens_from_the_editor() {
    let (_dir, _runtime, mut app) = app(Lang::En, (120, 40));
    app.on_key(ch('n'));
    app.on_key(key(KeyCode::F(1)));
    assert!(matches!(app.top_overlay(), Some(Overlay::Help(_))));
    app.on_key(key(KeyCode::Esc));
    assert!(app.overlays().is_empty());
    assert!(app.moments().editor().is_some(), "the editor stays");
    app.on_key(key(KeyCode::Tab));
    app.on_key(ch('?'));
    assert!(matches!(app.top_overlay(), Some(Overlay::Help(_))));
    assert!(render(&app).backend().to_string().contains("next step"));
}

/// Step 4 ties evidence from the screen: Ctrl-T opens a picker of log entries (those of
/// clients already tied first, then complaints, open ones first), typing filters it,
/// Space ties and unties, and the evidence list follows at once; an entry tied to
/// another scene moves only after asking.
#[test]
fn step_four_ties_evidence_from_a_picker() {
    let (dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    let mut other = clientela::store::Store::open(&dir.path().join("shop.db")).expect("file");
    let noon = today().and_hms_opt(12, 0, 0).expect("noon");
    let mut luis =
        clientela::domain::NewEntry::new(2, clientela::domain::EntryKind::Complaint, noon);
    luis.note = "Nadie cogía el teléfono".into();
    let luis = other.add_entry(&luis, noon).expect("logged");
    open_scene(&mut app, &mut runtime, 5);
    while editor(&app).step != SceneStep::Evaluate {
        app.on_key(ctrl('n'));
    }
    let tied = editor(&app).evidence.len();
    let effects = app.on_key(ctrl('t'));
    runtime.settle(&mut app, effects);
    let picker = |app: &App| match app.top_overlay() {
        Some(Overlay::Ties(p)) => p.as_ref().clone(),
        other => panic!("the picker: {other:?}"),
    };
    let p = picker(&app);
    assert!(!p.loading && !p.rows.is_empty());
    assert!(p.rows[0].near, "entries of clients already tied come first");
    insta::assert_snapshot!("tie_picker_en", render(&app).backend());
    // Typing filters, accents aside: «cogia» finds «cogía».
    for c in "cogia".chars() {
        let effects = app.on_key(ch(c));
        runtime.settle(&mut app, effects);
    }
    let p = picker(&app);
    assert_eq!(p.rows.len(), 1, "{:?}", p.rows);
    assert_eq!(p.rows[0].entry.id, luis);
    // While typing, Space is a space of the filter, not a tie.
    let effects = app.on_key(ch(' '));
    runtime.settle(&mut app, effects);
    assert_eq!(picker(&app).filter.text(), "cogia ");
    assert_eq!(editor(&app).evidence.len(), tied, "nothing tied");
    let effects = app.on_key(key(KeyCode::Backspace));
    runtime.settle(&mut app, effects);
    // Enter goes to the list; there Space ties it; the evidence shows it at once;
    // Space again unties it.
    app.on_key(key(KeyCode::Enter));
    assert!(!picker(&app).typing);
    let effects = app.on_key(ch(' '));
    runtime.settle(&mut app, effects);
    assert_eq!(editor(&app).evidence.len(), tied + 1);
    assert_eq!(picker(&app).rows[0].scene, editor(&app).editing);
    let effects = app.on_key(ch(' '));
    runtime.settle(&mut app, effects);
    assert_eq!(editor(&app).evidence.len(), tied);
    assert_eq!(picker(&app).rows[0].scene, None);
    // Tied to another scene: asked before it moves.
    other.tie_entry(luis, Some(1)).expect("tied elsewhere");
    for _ in 0..5 {
        app.on_key(key(KeyCode::Backspace));
    }
    for c in "cogia".chars() {
        let effects = app.on_key(ch(c));
        runtime.settle(&mut app, effects);
    }
    assert_eq!(picker(&app).rows[0].scene, Some(1));
    app.on_key(key(KeyCode::Down));
    assert!(app.on_key(ch(' ')).is_empty());
    assert!(matches!(app.top_overlay(), Some(Overlay::Ask(_))));
    let effects = app.on_key(ch('y'));
    runtime.settle(&mut app, effects);
    assert_eq!(
        other.scene_of_entry(luis).expect("read"),
        editor(&app).editing
    );
    assert_eq!(editor(&app).evidence.len(), tied + 1);
    // Esc closes the picker, the editor stays.
    app.on_key(key(KeyCode::Esc));
    assert!(app.overlays().is_empty());
    assert!(app.moments().editor().is_some());
}

/// The evidence picker at 80×24 in both languages.
#[test]
fn the_tie_picker_at_80x24() {
    for (lang, name) in [
        (Lang::Es, "tie_picker_80x24_es"),
        (Lang::En, "tie_picker_80x24_en"),
    ] {
        let (_dir, mut runtime, mut app) = app(lang, (80, 24));
        open_scene(&mut app, &mut runtime, 5);
        while editor(&app).step != SceneStep::Evaluate {
            app.on_key(ctrl('n'));
        }
        let effects = app.on_key(ctrl('t'));
        runtime.settle(&mut app, effects);
        let screen = render(&app);
        insta::assert_snapshot!(name, screen.backend());
        let text = screen.backend().to_string();
        assert!(text.contains("[✓]") && text.contains("Esc"), "{text}");
    }
}

/// The card's history ties its chosen entry to a scene too: `t` lists every cycle's
/// scenes with the entry's own marked, Enter ties it there (on its own: unties it).
#[test]
fn the_cards_history_ties_an_entry_to_a_scene() {
    let (dir, mut runtime, mut app) = app(Lang::En, (100, 30));
    let other = clientela::store::Store::open(&dir.path().join("shop.db")).expect("file");
    app.on_key(ch('1'));
    runtime.settle(
        &mut app,
        vec![Effect::Clients(
            clientela::tui::effect::ClientsEffect::LoadCard(2, today()),
        )],
    );
    app.on_key(ch('j'));
    let entry = app
        .clients()
        .card()
        .and_then(|c| c.selected_entry().map(|e| e.id))
        .expect("an entry chosen");
    let before = other.scene_of_entry(entry).expect("read");
    let effects = app.on_key(ch('t'));
    runtime.settle(&mut app, effects);
    let Some(Overlay::Scenes(picker)) = app.top_overlay() else {
        panic!("the scene picker: {:?}", app.top_overlay());
    };
    assert_eq!(picker.current, before);
    let chosen = picker.scenes[0].0;
    assert!(
        render(&app)
            .backend()
            .to_string()
            .contains("Tie to a scene")
    );
    app.on_key(key(KeyCode::Home));
    while app
        .top_overlay()
        .is_some_and(|o| matches!(o, Overlay::Scenes(p) if p.cursor > 0))
    {
        app.on_key(ch('k'));
    }
    let effects = app.on_key(key(KeyCode::Enter));
    runtime.settle(&mut app, effects);
    let expected = if before == Some(chosen) {
        None
    } else {
        Some(chosen)
    };
    assert_eq!(other.scene_of_entry(entry).expect("read"), expected);
    assert!(app.overlays().is_empty());
    assert!(
        app.status().is_some_and(|s| s.text.starts_with("Entry")),
        "{:?}",
        app.status()
    );
    // Tied to the first scene, then moved to the second: the scene it left is named.
    let mut other = other;
    other.tie_entry(entry, Some(chosen)).expect("tied");
    let effects = app.on_key(ch('t'));
    runtime.settle(&mut app, effects);
    app.on_key(ch('j'));
    let effects = app.on_key(key(KeyCode::Enter));
    runtime.settle(&mut app, effects);
    let said = app.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(said.starts_with("Entry moved from"), "{said}");
}

/// Evidence beyond what step 4's panel holds is counted, not cut off silently.
#[test]
fn evidence_beyond_the_panel_is_counted() {
    let (dir, mut runtime, mut app) = app(Lang::Es, (80, 24));
    let mut other = clientela::store::Store::open(&dir.path().join("shop.db")).expect("file");
    let noon = today().and_hms_opt(12, 0, 0).expect("noon");
    for i in 0..8 {
        let mut e = clientela::domain::NewEntry::new(
            1 + i % 3,
            clientela::domain::EntryKind::Complaint,
            noon,
        );
        e.note = format!("Queja {i}");
        let id = other.add_entry(&e, noon).expect("logged");
        other.tie_entry(id, Some(5)).expect("tied");
    }
    open_scene(&mut app, &mut runtime, 5);
    while editor(&app).step != SceneStep::Evaluate {
        app.on_key(ctrl('n'));
    }
    let screen = render(&app).backend().to_string();
    assert!(screen.contains("más (Ctrl-T las lista)"), "{screen}");
}

/// K on the first scene moves nothing and says so.
#[test]
fn moving_past_an_end_says_nothing_moved() {
    let (_dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    app.on_key(key(KeyCode::Tab));
    let effects = app.on_key(ch('K'));
    runtime.settle(&mut app, effects);
    let said = app.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(said.contains("already"), "{said}");
    app.on_key(ch('j'));
    let effects = app.on_key(ch('K'));
    runtime.settle(&mut app, effects);
    let said = app.status().map(|s| s.text.clone()).unwrap_or_default();
    assert_eq!(said, "Scene moved to place 1.");
}

/// From the picker's search, ↓ goes to the list on the first row found (not the
/// second), and the status bar says what Enter does there.
#[test]
fn down_from_the_search_lands_on_the_first_row() {
    let (_dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    open_scene(&mut app, &mut runtime, 5);
    while editor(&app).step != SceneStep::Evaluate {
        app.on_key(ctrl('n'));
    }
    let effects = app.on_key(ctrl('t'));
    runtime.settle(&mut app, effects);
    for c in "luis".chars() {
        let effects = app.on_key(ch(c));
        runtime.settle(&mut app, effects);
    }
    assert!(
        status_row(&app).contains("Enter to the list"),
        "{}",
        status_row(&app)
    );
    app.on_key(key(KeyCode::Down));
    let Some(Overlay::Ties(p)) = app.top_overlay() else {
        panic!("{:?}", app.top_overlay());
    };
    assert_eq!((p.typing, p.cursor), (false, 0));
    assert!(
        status_row(&app).contains("␣ tie/untie"),
        "{}",
        status_row(&app)
    );
}

/// The editor's status bar offers no step before the first nor after the last.
#[test]
fn no_step_is_offered_beyond_the_ends() {
    let (_dir, mut runtime, mut app) = app(Lang::En, (120, 40));
    app.on_key(ch('n'));
    let first = status_row(&app);
    assert!(
        first.contains("next step") && !first.contains("previous step"),
        "{first}"
    );
    app.on_key(key(KeyCode::Esc));
    open_scene(&mut app, &mut runtime, 3);
    assert_eq!(editor(&app).step, SceneStep::Plan);
    let last = status_row(&app);
    assert!(
        !last.contains("next step") && last.contains("previous step"),
        "{last}"
    );
}
