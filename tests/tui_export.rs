//! Exporting the client list from the TUI: key → state, the picker's frame.

mod common;

use clientela::domain::{CardField, Class, ClassFilter, Quadrant};
use clientela::exchange::client_csv::{Column, Computed, Dialect};
use clientela::i18n::Lang;
use clientela::ops::export::ListFormat;
use clientela::tui::action::{Action, ClientsAction, ClientsLoaded};
use clientela::tui::effect::{ClientsEffect, Effect};
use clientela::tui::overlay::{ExportPicker, Overlay};
use common::*;
use crossterm::event::KeyCode;

fn picker(app: &clientela::tui::app::App) -> &ExportPicker {
    match app.top_overlay() {
        Some(Overlay::Columns(p)) => p,
        other => panic!("no picker: {other:?}"),
    }
}

#[test]
fn the_list_as_filtered_is_exported_with_the_checked_columns() {
    let mut app = loaded_app(Lang::Es, (100, 30));
    let mut filter = ClassFilter::default();
    filter.toggle(Class::Quadrant(Quadrant::Mercenary));
    app.clients_mut().list_mut().set_filter(filter);
    app.on_key(ch('/'));
    type_text(&mut app, "s");
    app.on_key(key(KeyCode::Enter));
    app.update(Action::Clients(ClientsAction::Back));
    let shown = app.clients().list().shown_ids();
    assert_eq!(
        shown.len(),
        2,
        "mercenaries 4 (Soler) and 5 (S.L.) have a word starting with 's': {shown:?}"
    );

    assert!(app.on_key(ch('E')).is_empty());
    assert_eq!(picker(&app).ids, shown);
    // Uncheck `name` (second row), check `id` (first row), choose CSV for scripts.
    app.on_key(key(KeyCode::Down));
    app.on_key(ch(' '));
    app.on_key(key(KeyCode::Up));
    app.on_key(ch(' '));
    // A workbook first; → and Tab go on (CSV for a spreadsheet, CSV for scripts), ← back.
    assert_eq!(picker(&app).format, ListFormat::Xlsx);
    app.on_key(key(KeyCode::Right));
    assert_eq!(picker(&app).format, ListFormat::Csv(Dialect::ExcelEs));
    app.on_key(key(KeyCode::Left));
    assert_eq!(picker(&app).format, ListFormat::Xlsx);
    app.on_key(key(KeyCode::Left));
    assert_eq!(picker(&app).format, ListFormat::Csv(Dialect::Rfc4180));
    app.on_key(key(KeyCode::Tab));
    app.on_key(key(KeyCode::Left));
    let effects = app.on_key(key(KeyCode::Enter));
    assert_eq!(
        effects,
        vec![Effect::Clients(ClientsEffect::ExportList {
            ids: shown,
            columns: vec![
                Column::Id,
                Column::Card(CardField::Phones),
                Column::Card(CardField::Emails),
                Column::Card(CardField::City),
                Column::Card(CardField::Tags),
                Column::Computed(Computed::Lifecycle),
                Column::Computed(Computed::Quadrant)
            ],
            format: ListFormat::Csv(Dialect::Rfc4180),
            as_of: today(),
        })]
    );
    app.update(ClientsLoaded::ListExported("/x/exports/clientes.csv".into(), 2).into());
    assert!(
        app.overlays().is_empty(),
        "the picker closes when the file is written"
    );
    let status = app.status().map(|s| s.text.clone()).unwrap_or_default();
    assert_eq!(status, "2 clientes exportados a /x/exports/clientes.csv");
}

#[test]
fn no_columns_is_refused_and_esc_leaves() {
    let mut app = loaded_app(Lang::En, (100, 30));
    app.on_key(ch('E'));
    let checked = picker(&app).chosen().len();
    for _ in 0..picker(&app).columns.len() {
        if picker(&app).columns[picker(&app).cursor].1 {
            app.on_key(ch(' '));
        }
        app.on_key(key(KeyCode::Down));
    }
    assert!(checked > 0 && picker(&app).chosen().is_empty());
    assert!(app.on_key(key(KeyCode::Enter)).is_empty());
    assert!(
        render(&app)
            .backend()
            .to_string()
            .contains("Check at least one column.")
    );
    app.on_key(key(KeyCode::Esc));
    assert!(app.overlays().is_empty());
}

#[test]
fn an_empty_list_has_nothing_to_export() {
    let mut app = loaded_app(Lang::En, (100, 30));
    app.on_key(ch('/'));
    type_text(&mut app, "zzzzqqq");
    app.on_key(key(KeyCode::Esc));
    app.update(Action::Clients(ClientsAction::AcceptSearch));
    app.update(Action::Clients(ClientsAction::Back));
    app.clients_mut().list_mut().set_filter({
        let mut f = ClassFilter::default();
        f.toggle(Class::Quadrant(Quadrant::Terrorist));
        f
    });
    assert!(app.clients().list().shown_ids().is_empty());
    app.on_key(ch('E'));
    assert!(app.overlays().is_empty());
    let status = app.status().map(|s| s.text.clone()).unwrap_or_default();
    assert_eq!(status, "The list is empty: nothing to export.");
}

#[test]
fn the_picker_frame() {
    let mut app = loaded_app(Lang::Es, (100, 24));
    app.on_key(ch('E'));
    for _ in 0..30 {
        app.on_key(key(KeyCode::Down));
    }
    insta::assert_snapshot!("export_picker_es", render(&app).backend());
}

/// A long message on the status line leaves room only for the key hints that fit
/// whole beside it (at 80 columns it overlapped them: `/ bu 301 clientes exportados…`).
#[test]
fn a_long_message_and_the_key_hints_do_not_overlap() {
    let mut app = loaded_app(Lang::Es, (80, 24));
    let file = "/home/ana/Documentos/clientela/clientes-20261127-143949.csv";
    app.update(ClientsLoaded::ListExported(file.into(), 301).into());
    let terminal = render(&app);
    let buf = terminal.backend().buffer();
    let row: String = (0..80u16)
        .map(|x| buf[(x, 23)].symbol().to_string())
        .collect();
    let message = row.find("301 clientes").expect("the message");
    let hints = row[..message].trim();
    for hint in hints.split("  ").filter(|h| !h.is_empty()) {
        assert!(
            [
                "? ayuda",
                "/ buscar",
                "Intro abrir ficha",
                "n nuevo",
                "q salir"
            ]
            .contains(&hint.trim()),
            "`{hint}` is not a whole hint: {row:?}"
        );
    }
}

/// At 80 columns the usual export path is said whole, the home folder as ~.
#[test]
fn the_export_path_is_whole_at_80_columns() {
    let home = directories::BaseDirs::new()
        .map(|d| d.home_dir().to_path_buf())
        .expect("a home");
    let path = home
        .join("Documentos")
        .join("clientela")
        .join("clientes-20261127-171314.csv");
    let mut app = loaded_app(Lang::Es, (80, 24));
    app.update(clientela::tui::action::ClientsLoaded::ListExported(path, 3).into());
    let said = app.status().map(|s| s.text.clone()).unwrap_or_default();
    assert_eq!(
        said,
        "3 clientes exportados a ~/Documentos/clientela/clientes-20261127-171314.csv"
    );
    assert!(status_row(&app).contains(&said));
}
