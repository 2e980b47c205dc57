//! Rendered frames of the UI at fixed sizes, in both languages.
//! Snapshots hold no colour, so colours that carry meaning are asserted cell by cell.

mod common;

use clientela::i18n::{Lang, Locale};
use clientela::tui::action::{Action, ClientsLoaded, DashboardLoaded, MomentsLoaded};
use clientela::tui::app::App;
use clientela::tui::tabs::Tab;
use common::*;
use crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => "es",
        Lang::En => "en",
    }
}

#[test]
fn client_list() {
    for lang in [Lang::Es, Lang::En] {
        let mut app = loaded_app(lang, (100, 16));
        app.on_key(ch('j'));
        let terminal = render(&app);
        insta::assert_snapshot!(
            format!("client_list_{}", lang_name(lang)),
            terminal.backend()
        );
        // The cursor row (the second client, row 4) is drawn reversed, and only it.
        let buf = terminal.backend().buffer();
        for y in 3..9 {
            assert_eq!(
                buf[(0, y)].modifier.contains(Modifier::REVERSED),
                y == 4,
                "row {y}"
            );
        }
    }
}

#[test]
fn search_highlights_the_matched_characters() {
    let mut app = loaded_app(Lang::Es, (100, 16));
    app.on_key(ch('/'));
    type_text(&mut app, "muñ");
    let terminal = render(&app);
    insta::assert_snapshot!("search_es", terminal.backend());
    let buf = terminal.backend().buffer();
    // Row 3 is the first client row; the name starts after the complaints column
    // (2 wide + 1 space): "José Muñoz Ruiz" at 3..18, "Muñ" at 8..11.
    let row: String = (3..18).map(|x| buf[(x, 3)].symbol().to_string()).collect();
    assert_eq!(row, "José Muñoz Ruiz");
    for x in 3..18u16 {
        let yellow = buf[(x, 3)].fg == Color::Yellow;
        assert_eq!(yellow, (8..11).contains(&x), "column {x}");
    }
}

#[test]
fn client_card() {
    for lang in [Lang::Es, Lang::En] {
        let mut app = loaded_app(lang, (100, 40));
        app.update(ClientsLoaded::Card(card_view()).into());
        let terminal = render(&app);
        insta::assert_snapshot!(format!("card_{}", lang_name(lang)), terminal.backend());
        // The open complaint is red at the top of the card and in the history.
        let buf = terminal.backend().buffer();
        let row_of = |text: &str| {
            (0..40u16)
                .rev()
                .find(|&y| {
                    (0..100u16)
                        .map(|x| buf[(x, y)].symbol().to_string())
                        .collect::<String>()
                        .contains(text)
                })
                .unwrap_or_else(|| panic!("{text} on screen"))
        };
        let red_row =
            |y: u16| (1..40).all(|x| buf[(x, y)].symbol() == " " || buf[(x, y)].fg == Color::Red);
        assert!(red_row(3), "open complaint at the top");
        let (complaint_day, amount) = match lang {
            Lang::Es => ("02/11/2026", "45,90"),
            Lang::En => ("2026-11-02", "45.90"),
        };
        assert!(
            red_row(row_of(complaint_day)),
            "open complaint in the history"
        );
        assert!(!red_row(row_of(amount)), "a purchase is not red");
        // The four conditions hold: four green checks in the loyalty panel.
        let checks =
            (0..40).filter(|y| buf[(3, *y)].symbol() == "✓" && buf[(3, *y)].fg == Color::Green);
        assert_eq!(checks.count(), 4);
    }
}

#[test]
fn form_with_inline_errors() {
    for lang in [Lang::Es, Lang::En] {
        let mut app = loaded_app(lang, (100, 30));
        app.on_key(ch('n'));
        for _ in 0..4 {
            app.on_key(key(KeyCode::Tab));
        }
        type_text(&mut app, "jose@correo");
        app.on_key(ctrl('s'));
        let terminal = render(&app);
        insta::assert_snapshot!(format!("form_{}", lang_name(lang)), terminal.backend());
        // The name row (row 2) has its label in red: it is required.
        let buf = terminal.backend().buffer();
        assert_eq!(buf[(3, 2)].fg, Color::Red);
    }
}

#[test]
fn edit_form_shows_the_stored_card() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    select_client(&mut app, 2);
    app.on_key(ch('e'));
    app.update(ClientsLoaded::Card(card_view()).into());
    insta::assert_snapshot!("form_edit_es", render(&app).backend());
}

#[test]
fn help_and_confirmation_popups() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('?'));
    insta::assert_snapshot!("help_es", render(&app).backend());
    app.on_key(key(KeyCode::Esc));
    select_client(&mut app, 5);
    app.on_key(ch('d'));
    insta::assert_snapshot!("confirm_delete_es", render(&app).backend());
}

#[test]
fn empty_moments_tab_and_too_small_window() {
    let mut app = loaded_app(Lang::En, (80, 15));
    app.on_key(ch('4'));
    app.update(Action::from(MomentsLoaded::Cycles {
        cycles: Vec::new(),
        keep: None,
    }));
    insta::assert_snapshot!("moments_empty_en", render(&app).backend());
    app.update(Action::Resize(59, 15));
    insta::assert_snapshot!("too_small_en", render(&app).backend());
}

/// A way to bring the app to one of its screens.
type Screen = Box<dyn Fn(&mut App)>;

#[test]
fn every_screen_draws_at_every_size_without_panicking() {
    let screens: Vec<Screen> = vec![
        Box::new(|_| {}),
        Box::new(|a| {
            a.on_key(ch('/'));
            type_text(a, "a");
        }),
        Box::new(|a| {
            a.update(ClientsLoaded::Card(card_view()).into());
        }),
        Box::new(|a| {
            a.on_key(ch('n'));
            a.on_key(ctrl('s'));
        }),
        Box::new(|a| {
            a.on_key(ch('?'));
        }),
        Box::new(|a| {
            a.on_key(ch('d'));
        }),
        Box::new(|a| {
            a.update(DashboardLoaded::Complaints(complaints()).into());
            a.on_key(ch('3'));
        }),
    ];
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 2),
        (10, 3),
        (59, 14),
        (60, 15),
        (61, 16),
        (80, 24),
        (200, 60),
    ] {
        for screen in &screens {
            let mut app = loaded_app(Lang::Es, (w, h));
            screen(&mut app);
            render(&app);
        }
    }
}

#[test]
fn quick_log_popups() {
    for lang in [Lang::Es, Lang::En] {
        let mut app = loaded_app(lang, (100, 16));
        select_client(&mut app, 2);
        app.on_key(ch('p'));
        type_text(&mut app, "12,5,0");
        app.on_key(key(KeyCode::Enter));
        insta::assert_snapshot!(
            format!("quick_purchase_{}", lang_name(lang)),
            render(&app).backend()
        );
    }
    let mut app = loaded_app(Lang::Es, (100, 20));
    select_client(&mut app, 2);
    app.on_key(ch('l'));
    insta::assert_snapshot!("quick_any_es", render(&app).backend());
}

#[test]
fn dashboard_with_classes_and_complaints() {
    for lang in [Lang::Es, Lang::En] {
        let mut app = loaded_app(lang, (120, 40));
        app.update(DashboardLoaded::Complaints(complaints()).into());
        app.on_key(ch('3'));
        // Choose the hostages, then move to the to-do groups, on the win-back group.
        app.on_key(ch('j'));
        app.on_key(ch('j'));
        app.on_key(ch(' '));
        app.on_key(key(KeyCode::Tab));
        app.on_key(ch('j'));
        app.on_key(ch('j'));
        let terminal = render(&app);
        insta::assert_snapshot!(format!("dashboard_{}", lang_name(lang)), terminal.backend());
    }
    // A smaller window squeezes the lower panes but keeps the grid and the chart.
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.update(DashboardLoaded::Complaints(complaints()).into());
    app.on_key(ch('3'));
    insta::assert_snapshot!("dashboard_100x30_es", render(&app).backend());
}

#[test]
fn dashboard_while_its_figures_are_computed() {
    let (mut app, _) = App::new(Locale::new(Lang::En, "auto"), midnight(), (100, 30));
    app.update(Action::SwitchTab(Tab::Dashboard));
    insta::assert_snapshot!("dashboard_loading_en", render(&app).backend());
}

/// At 80×24 the status bar shows whole key hints only (it cut `l anot`, `Intro fi`),
/// help first and quit last, in every tab and both languages; between them the tab's
/// keys in their order with none skipped (English dropped `q quit` on the list and
/// showed `Enter` on the dashboard where Spanish showed `E`).
#[test]
fn the_status_bar_shows_whole_hints_at_80x24() {
    for lang in [Lang::Es, Lang::En] {
        let locale = clientela::i18n::Locale::new(lang, "auto");
        for tab in ['1', '2', '3', '4'] {
            let mut app = loaded_app(lang, (80, 24));
            app.on_key(ch(tab));
            let terminal = render(&app);
            let buf = terminal.backend().buffer();
            let row: String = (0..80u16)
                .map(|x| buf[(x, 23)].symbol().to_string())
                .collect();
            let wanted: Vec<String> = clientela::tui::keymap::help_lines(&app.contexts(), true)
                .into_iter()
                .map(|(keys, msg)| {
                    let keys = clientela::tui::keymap::localize_keys(&keys, lang);
                    format!("{keys} {}", locale.t(msg))
                })
                .collect();
            let shown: Vec<&str> = row
                .split("  ")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            assert!(!shown.is_empty(), "{row}");
            for hint in &shown {
                assert!(
                    wanted.iter().any(|w| w == hint),
                    "{lang:?} tab {tab}: `{hint}` is not a whole hint in `{row}`"
                );
            }
            assert!(shown[0].starts_with('?'), "help comes first: {row}");
            assert!(
                shown[shown.len() - 1].starts_with("q "),
                "quit comes last: {row}"
            );
            let own: Vec<_> = app
                .contexts()
                .into_iter()
                .filter(|c| *c != clientela::tui::keymap::Context::TopLevel)
                .collect();
            let mut order: Vec<String> = Vec::new();
            for (keys, msg) in clientela::tui::keymap::help_lines(&own, true) {
                let keys = clientela::tui::keymap::localize_keys(&keys, lang);
                let hint = format!("{keys} {}", locale.t(msg));
                if !order
                    .iter()
                    .any(|h| h == &hint || h.split(' ').next() == Some(&keys))
                {
                    order.push(hint);
                }
            }
            let middle = &shown[1..shown.len() - 1];
            assert!(
                middle.len() >= 2 && order.len() >= middle.len(),
                "{lang:?} tab {tab}: {row}"
            );
            assert_eq!(
                middle,
                &order[..middle.len()],
                "{lang:?} tab {tab}: the most important keys, none skipped"
            );
        }
    }
}

/// The help scrolls at 80×24 and ends with the legend of every mark the screens use.
#[test]
fn the_help_scrolls_to_its_legend_at_80x24() {
    for lang in [Lang::Es, Lang::En] {
        let mut app = loaded_app(lang, (80, 24));
        app.on_key(ch('?'));
        let first = format!("{}", render(&app).backend());
        let more = if lang == Lang::Es {
            "AvPág: más"
        } else {
            "PgDn: more"
        };
        assert!(first.contains(more), "{first}");
        app.on_key(key(KeyCode::End));
        let last = format!("{}", render(&app).backend());
        let more = if lang == Lang::Es {
            "↑ ↓ más"
        } else {
            "↑ ↓ more"
        };
        for mark in ["!2", "⚠", "+1", "↻", "[✓] [✗] [?]", "●○", more] {
            assert!(
                last.contains(mark),
                "{lang:?}: {mark} in the legend:\n{last}"
            );
        }
        insta::assert_snapshot!(
            format!("help_end_80x24_{}", lang_name(lang)),
            render(&app).backend()
        );
        app.on_key(key(KeyCode::Home));
        assert_eq!(format!("{}", render(&app).backend()), first);
    }
}
