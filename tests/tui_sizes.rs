//! Every tab, the card and the help at 80×24, 100×30 and 200×50 in both languages:
//! snapshots, and the facts that make a screen usable asserted cell by cell.

mod common;

use clientela::i18n::Lang;
use clientela::tui::action::ClientsLoaded;
use common::*;

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => "es",
        Lang::En => "en",
    }
}

const SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (200, 50)];

/// Each tab's key and the name its snapshots take.
const TABS: [(char, &str); 4] = [
    ('1', "list"),
    ('2', "agenda"),
    ('3', "dashboard"),
    ('4', "moments"),
];

fn screen_of(app: &clientela::tui::app::App) -> String {
    format!("{}", render(app).backend())
}

#[test]
fn every_tab_at_every_size_in_both_languages() {
    for lang in [Lang::Es, Lang::En] {
        for (w, h) in SIZES {
            for (key, name) in TABS {
                let mut app = loaded_app(lang, (w, h));
                app.on_key(ch(key));
                let text = screen_of(&app);
                insta::assert_snapshot!(format!("{name}_{w}x{h}_{}", lang_name(lang)), text);
                if key == '1' {
                    // The longest fixture name, whole, at every size.
                    assert!(text.contains("Ferretería Pérez S.L."), "{w}x{h}:\n{text}");
                }
                if key == '3' {
                    // No figure of the dashboard ends in an ellipsis or is cut off.
                    assert!(!text.contains('…'), "{w}x{h} {lang:?}:\n{text}");
                    let profitable = match lang {
                        Lang::Es => "no rentables: 0",
                        Lang::En => "not profitable: 0",
                    };
                    assert!(text.contains(profitable), "{w}x{h}:\n{text}");
                }
            }
            let mut app = loaded_app(lang, (w, h));
            app.update(ClientsLoaded::Card(card_view()).into());
            let text = screen_of(&app);
            insta::assert_snapshot!(format!("card_{w}x{h}_{}", lang_name(lang)), text);
            // Every entry of the history is on screen, even at 80×24.
            let amount = if lang == Lang::Es { "45,90" } else { "45.90" };
            for entry in [amount, "3→5", "El pedido llegó roto"] {
                assert!(text.contains(entry), "{entry} at {w}x{h}:\n{text}");
            }
        }
    }
}

/// At 80×24 the dashboard's left panes take turns: Tab shows the to-do groups, then the
/// classes, whole (the classes pane showed only its top border).
#[test]
fn at_80x24_the_dashboards_panes_take_turns() {
    let mut app = loaded_app(Lang::Es, (80, 24));
    app.on_key(ch('3'));
    let quadrants = screen_of(&app);
    assert!(quadrants.contains("Apóstoles") && quadrants.contains("Terroristas"));
    app.on_key(crossterm::event::KeyEvent::from(
        crossterm::event::KeyCode::Tab,
    ));
    let todo = screen_of(&app);
    assert!(
        todo.contains("Rehenes con reclamos abiertos") && todo.contains("Cumpleaños esta semana"),
        "{todo}"
    );
    assert!(!todo.contains("Apóstoles"), "one pane at a time:\n{todo}");
    // Each group's count is on its row (they were cut off at 80 columns).
    let row = todo
        .lines()
        .find(|l| l.contains("Mercenarios a vincular"))
        .unwrap_or_default();
    let left = row.split("││").next().unwrap_or_default();
    assert!(left.trim_end().ends_with('2'), "{row}");
    app.on_key(crossterm::event::KeyEvent::from(
        crossterm::event::KeyCode::Tab,
    ));
    let classes = screen_of(&app);
    for row in ["activo", "inactivo", "potencial"] {
        assert!(classes.contains(row), "{row}:\n{classes}");
    }
}

/// Every form, box and picker of the list at 80×24, in both languages: snapshots, and
/// the keys to leave or save are on screen, whole.
#[test]
fn every_form_box_and_picker_at_80x24() {
    use crossterm::event::KeyCode;
    for lang in [Lang::Es, Lang::En] {
        let (save, leave, enter, unsaved) = match lang {
            Lang::Es => ("Ctrl-S: guardar", "Esc", "Intro", "Cambios sin guardar"),
            Lang::En => ("Ctrl-S: save", "Esc", "Enter", "Unsaved changes"),
        };
        let esc = crossterm::event::KeyEvent::from(KeyCode::Esc);
        let cases: [(&str, Vec<crossterm::event::KeyEvent>, &str); 8] = [
            ("discard", vec![ch('n'), ch('A'), esc], unsaved),
            ("search", vec![ch('/'), ch('g'), ch('a')], leave),
            ("client_form", vec![ch('n')], save),
            ("purchase", vec![ch('p')], leave),
            ("log_any", vec![ch('l')], leave),
            ("help", vec![ch('?')], leave),
            ("confirm_delete", vec![ch('d')], "n"),
            ("export_picker", vec![ch('E')], enter),
        ];
        for (name, keys, shown) in cases {
            let mut app = loaded_app(lang, (80, 24));
            for k in keys {
                app.on_key(k);
            }
            let text = screen_of(&app);
            assert!(text.contains(shown), "{name} {lang:?}: `{shown}`:\n{text}");
            insta::assert_snapshot!(format!("{name}_80x24_{}", lang_name(lang)), text);
            app.on_key(crossterm::event::KeyEvent::from(KeyCode::Esc));
        }
    }
}

/// The agenda's and the moments' forms, pickers and prompts at 80×24 in both languages,
/// on a real file (their tabs load through the runtime): snapshots, and the way to save
/// or leave on screen.
#[test]
fn the_agenda_and_moments_boxes_at_80x24() {
    use clientela::tui::app::App;
    use crossterm::event::KeyCode;
    for lang in [Lang::Es, Lang::En] {
        let (save, leave) = match lang {
            Lang::Es => ("Ctrl-S", "Esc"),
            Lang::En => ("Ctrl-S", "Esc"),
        };
        let cases: [(&str, Vec<crossterm::event::KeyEvent>, &str); 5] = [
            ("agenda_form", vec![ch('2'), ch('n')], save),
            ("agenda_picker", vec![ch('2'), ch('a')], leave),
            ("go_to_date", vec![ch('2'), ch('g')], leave),
            ("new_cycle", vec![ch('4'), ch('c')], leave),
            (
                "scene_new",
                vec![ch('4'), ch('c'), ch('X'), key(KeyCode::Enter), ch('n')],
                save,
            ),
        ];
        for (name, keys, shown) in cases {
            let (dir, mut store) = temp_store();
            store
                .ensure_agendas(&["Jefe".into(), "Secretaría".into(), "Tienda".into()])
                .expect("agendas");
            let now = midnight() + chrono::Duration::hours(10);
            let mut runtime = runtime_on(store, &dir, lang, now);
            let (mut app, first) =
                App::new(clientela::i18n::Locale::new(lang, "auto"), now, (80, 24));
            runtime.settle(&mut app, first);
            for k in keys {
                let effects = app.on_key(k);
                runtime.settle(&mut app, effects);
            }
            let text = screen_of(&app);
            assert!(text.contains(shown), "{name} {lang:?}: `{shown}`:\n{text}");
            insta::assert_snapshot!(format!("{name}_80x24_{}", lang_name(lang)), text);
        }
    }
}

/// A field's problem wraps under it at 80×24 (it was cut at the window's edge: `…(de 3
/// a 17 cifras, c`).
#[test]
fn a_field_problem_wraps_under_its_field_at_80x24() {
    use crossterm::event::KeyCode;
    let mut app = loaded_app(Lang::Es, (80, 24));
    app.on_key(ch('n'));
    type_text(&mut app, "Ana");
    for _ in 0..3 {
        app.on_key(key(KeyCode::Tab));
    }
    type_text(&mut app, "600abc");
    app.on_key(ctrl('s'));
    let text: String = screen_of(&app)
        .lines()
        .map(|l| l.trim_matches(['"', '│', ' ']).to_string())
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "«600abc» no es un teléfono (de 3 a 17 cifras, con espacios y + ( ) - . /, y extensión)"
        ),
        "{text}"
    );
}

/// At the smallest size the program runs at (60×15) every tab still says something
/// whole: the dashboard's figures keep their values (the labels give way), the moments
/// tab says it is loading rather than drawing nothing.
#[test]
fn every_tab_at_the_smallest_size() {
    let (w, h) = clientela::tui::view::MIN_SIZE;
    for lang in [Lang::Es, Lang::En] {
        for (key, name) in TABS {
            let mut app = loaded_app(lang, (w, h));
            app.on_key(ch(key));
            let text = screen_of(&app);
            insta::assert_snapshot!(format!("{name}_{w}x{h}_{}", lang_name(lang)), text);
            let body: String = text.lines().skip(1).take(h as usize - 2).collect();
            assert!(
                body.chars().any(|c| c.is_alphanumeric()),
                "{name} draws nothing:\n{text}"
            );
            if key == '3' {
                let (retention, conversion) = match lang {
                    Lang::Es => ("33,3 %", "50,0 %"),
                    Lang::En => ("33.3 %", "50.0 %"),
                };
                assert!(
                    text.contains(retention) && text.contains(conversion),
                    "{text}"
                );
                let complaints = text
                    .lines()
                    .find(|l| l.contains("Reclamos abier") || l.contains("Open complaints  "))
                    .unwrap_or_default();
                assert!(
                    complaints.trim_end_matches(['│', '"']).ends_with('2'),
                    "{text}"
                );
            }
        }
    }
}
