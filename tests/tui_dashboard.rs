//! Pure tests of the dashboard tab: keys through the keymap and `update`, no terminal.

mod common;

use clientela::domain::{Class, EntryKind, Lifecycle, Quadrant, Volume};
use clientela::i18n::Lang;
use clientela::store::Base;
use clientela::tui::action::{ClientsLoaded, DashboardLoaded};
use clientela::tui::effect::{ClientsEffect, DashboardEffect, Effect};
use clientela::tui::overlay::{Overlay, Purpose};
use clientela::tui::tabs::Tab;
use clientela::tui::tabs::dashboard::DashboardFocus;
use common::*;
use crossterm::event::KeyCode;

#[test]
fn dashboard_classes_filter_the_client_list() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('3'));
    assert_eq!(
        app.dashboard()
            .counts()
            .get(&Class::Lifecycle(Lifecycle::Inactive)),
        Some(&3)
    );
    // The classes are the third pane. Inactive (row 1) + high volume: to win back.
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Tab));
    app.on_key(ch('j'));
    app.on_key(ch(' '));
    let high = Class::all()
        .iter()
        .position(|c| *c == Class::Volume(Volume::High))
        .expect("class");
    for _ in 1..high {
        app.on_key(ch('j'));
    }
    app.on_key(ch(' '));
    app.on_key(key(KeyCode::Enter));
    assert_eq!(app.tab(), Tab::Clients);
    assert_eq!(shown_names(&app), ["José Muñoz Ruiz"]);
    // Search works inside the filter; Esc clears the search, then the filter.
    app.on_key(ch('/'));
    type_text(&mut app, "maria");
    assert!(shown_names(&app).is_empty());
    app.on_key(key(KeyCode::Esc));
    assert_eq!(shown_names(&app), ["José Muñoz Ruiz"]);
    app.on_key(key(KeyCode::Esc));
    assert_eq!(shown_names(&app).len(), 6);
}

#[test]
fn enter_on_a_class_without_choosing_filters_by_it() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.on_key(ch('3'));
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Tab));
    app.on_key(ch('j'));
    app.on_key(ch('j')); // potential
    app.on_key(key(KeyCode::Enter));
    assert_eq!(shown_names(&app), ["Begoña Núñez"]);
}

#[test]
fn complaints_are_answered_from_the_dashboard() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    app.update(DashboardLoaded::Complaints(complaints()).into());
    app.on_key(ch('3'));
    for _ in 0..3 {
        app.on_key(key(KeyCode::Tab));
    }
    assert_eq!(app.dashboard().focus(), DashboardFocus::Complaints);
    app.on_key(ch('j'));
    app.on_key(key(KeyCode::Enter));
    assert!(matches!(
        app.top_overlay(),
        Some(Overlay::Prompt(p)) if p.purpose == Purpose::Answer(12)
    ));
    assert!(
        app.on_key(key(KeyCode::Enter)).is_empty(),
        "an empty answer is not saved"
    );
    type_text(&mut app, "Se le pidió disculpas");
    assert_eq!(
        app.on_key(key(KeyCode::Enter)),
        vec![Effect::Dashboard(DashboardEffect::Resolve {
            id: 12,
            answer: "Se le pidió disculpas".into(),
            base: Base::Seen(1),
        })]
    );
    let after = app.update(
        DashboardLoaded::Resolved {
            id: 12,
            client_id: 4,
        }
        .into(),
    );
    assert!(app.overlays().is_empty());
    assert_eq!(
        after,
        vec![
            Effect::Clients(ClientsEffect::LoadStatus(4, today())),
            Effect::Dashboard(DashboardEffect::LoadComplaints),
            Effect::Dashboard(DashboardEffect::Load(today()))
        ],
        "the dashboard is shown: its figures are computed again at once"
    );
}

#[test]
fn a_quadrant_or_a_to_do_group_filters_the_client_list() {
    let mut app = loaded_app(Lang::Es, (120, 40));
    app.on_key(ch('3'));
    assert_eq!(app.dashboard().focus(), DashboardFocus::Quadrants);
    app.on_key(ch('j')); // mercenaries
    app.on_key(key(KeyCode::Enter));
    assert_eq!(app.tab(), Tab::Clients);
    assert_eq!(
        shown_names(&app),
        ["Ana Álvarez Soler", "Ferretería Pérez S.L."]
    );
    app.on_key(key(KeyCode::Esc));
    assert_eq!(shown_names(&app).len(), 6, "Esc clears the filter");

    // The to-do groups are the second pane: hostages with open complaints first.
    app.on_key(ch('3'));
    app.on_key(key(KeyCode::Tab));
    assert_eq!(app.dashboard().focus(), DashboardFocus::ToDo);
    app.on_key(key(KeyCode::Enter));
    assert_eq!(shown_names(&app), ["José Muñoz Ruiz"]);
    app.on_key(key(KeyCode::Esc));
    app.on_key(ch('3'));
    for _ in 0..3 {
        app.on_key(ch('j')); // birthdays this week
    }
    app.on_key(key(KeyCode::Enter));
    assert_eq!(shown_names(&app), ["Ana Álvarez Soler"]);
}

#[test]
fn a_chosen_quadrant_combines_with_a_class() {
    let mut app = loaded_app(Lang::Es, (120, 40));
    app.on_key(ch('3'));
    app.on_key(ch('j')); // mercenaries
    app.on_key(ch(' '));
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Tab)); // classes: active is the first row
    app.on_key(key(KeyCode::Enter));
    assert_eq!(
        app.clients().list().filter.classes(),
        [
            Class::Lifecycle(Lifecycle::Active),
            Class::Quadrant(Quadrant::Mercenary)
        ]
    );
    assert_eq!(shown_names(&app), ["Ferretería Pérez S.L."]);
}

#[test]
fn the_dashboard_is_computed_again_when_next_shown_after_a_change() {
    let mut app = loaded_app(Lang::Es, (120, 40));
    assert!(!app.dashboard().is_stale());
    assert!(
        app.on_key(ch('3')).is_empty(),
        "fresh figures are not recomputed"
    );
    app.on_key(ch('1'));
    let effects = app.update(
        ClientsLoaded::Logged {
            client_id: 1,
            kind: EntryKind::Purchase,
            returned: false,
        }
        .into(),
    );
    assert!(
        !effects.contains(&Effect::Dashboard(DashboardEffect::Load(today()))),
        "not shown: later"
    );
    assert!(app.dashboard().is_stale());
    assert_eq!(
        app.on_key(ch('3')),
        vec![Effect::Dashboard(DashboardEffect::Load(today()))]
    );
    assert!(app.on_key(ch('1')).is_empty());
    assert!(app.on_key(ch('3')).is_empty(), "asked once");
    app.update(DashboardLoaded::Figures(statuses(), Box::new(figures())).into());
    assert!(!app.dashboard().is_stale());
}

/// When the figures cannot be computed (a damaged file), the failure takes the place of
/// "Computing the dashboard…" instead of leaving it there for good.
#[test]
fn a_dashboard_that_cannot_be_computed_says_why_in_its_place() {
    let mut app = clientela::tui::app::App::new(
        clientela::i18n::Locale::new(Lang::En, "auto"),
        midnight(),
        (100, 30),
    )
    .0;
    app.on_key(ch('3'));
    let shown = |app: &clientela::tui::app::App| {
        let terminal = render(app);
        let buffer = terminal.backend().buffer().clone();
        buffer
            .content()
            .iter()
            .map(|c| c.symbol().to_string())
            .collect::<String>()
    };
    assert!(shown(&app).contains("Computing the dashboard"));
    app.update(clientela::tui::action::Action::Loaded(
        clientela::tui::action::Loaded::Failed("File damaged: nothing is saved".into()),
    ));
    let screen = shown(&app);
    assert!(!screen.contains("Computing the dashboard"), "{screen}");
    assert!(
        screen.contains("File damaged: nothing is saved"),
        "{screen}"
    );
}

/// `E` on the dashboard exports the group, quadrant or class under the cursor: the list
/// is shown filtered by it and the export picker opens on those clients (3 keys from
/// the tab: Tab, E, Enter).
#[test]
fn e_exports_the_group_under_the_cursor() {
    let mut app = loaded_app(Lang::Es, (120, 40));
    app.on_key(ch('3'));
    app.on_key(key(KeyCode::Tab)); // the to-do groups: hostages with open complaints
    assert!(app.on_key(ch('E')).is_empty());
    assert_eq!(app.tab(), Tab::Clients);
    assert_eq!(shown_names(&app), ["José Muñoz Ruiz"]);
    let Some(Overlay::Columns(picker)) = app.top_overlay() else {
        panic!("the export picker: {:?}", app.top_overlay());
    };
    assert_eq!(picker.ids, [2]);
    let effects = app.on_key(key(KeyCode::Enter));
    assert!(
        matches!(effects.as_slice(), [Effect::Clients(ClientsEffect::ExportList { ids, .. })] if ids == &[2]),
        "{effects:?}"
    );
}

/// E on the complaints pane says what it exports instead of doing nothing.
#[test]
fn e_on_the_complaints_says_what_it_exports() {
    let mut app = loaded_app(Lang::En, (120, 40));
    app.on_key(ch('3'));
    for _ in 0..3 {
        app.on_key(key(KeyCode::Tab));
    }
    assert_eq!(app.dashboard().focus(), DashboardFocus::Complaints);
    assert!(app.on_key(ch('E')).is_empty());
    assert_eq!(app.tab(), Tab::Dashboard);
    assert!(
        app.status().is_some_and(|s| s.text.contains("quadrant")),
        "{:?}",
        app.status()
    );
}

/// The status bar offers the keys of the pane that has them: a class's keys on the
/// quadrants, groups and classes; the answer on the complaints.
#[test]
fn the_status_bar_follows_the_focused_pane() {
    let mut app = loaded_app(Lang::Es, (80, 24));
    app.on_key(ch('3'));
    let classes = status_row(&app);
    assert!(classes.contains("Intro ver sus clientes"), "{classes}");
    assert!(classes.contains("elegir clase"), "{classes}");
    assert!(!classes.contains("responder"), "{classes}");
    for _ in 0..3 {
        app.on_key(key(KeyCode::Tab));
    }
    assert_eq!(app.dashboard().focus(), DashboardFocus::Complaints);
    let complaints = status_row(&app);
    assert!(complaints.contains("Intro responder"), "{complaints}");
    assert!(!complaints.contains("elegir clase"), "{complaints}");
    assert!(!complaints.contains("exportar"), "{complaints}");
    assert!(!complaints.contains("ver sus clientes"), "{complaints}");
}
