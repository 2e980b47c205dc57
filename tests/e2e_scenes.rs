//! End to end: a service cycle and a scene analysed through all five steps in the real
//! binary under tmux, then read back complete through `clientela scenes show`.

mod common;

use common::tmux::{Tmux, cli_json};
use tempfile::TempDir;

#[test]
fn a_scene_walks_the_five_steps_is_saved_and_shows_complete() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("scenes", dir.path()) else {
        return;
    };
    let db = dir.path().join("e2e.db");
    tmux.launch("en_US.UTF-8", &db, "");
    tmux.wait_for("No clients yet", "the empty list");
    tmux.keys(&["4"]);
    tmux.wait_for("No service cycles yet", "the empty Moments tab");

    tmux.keys(&["c"]);
    tmux.wait_for("New service cycle", "the new cycle box");
    tmux.text("Visit to the shop");
    tmux.keys(&["Enter"]);
    tmux.wait_for("This cycle has no scenes", "the new, empty cycle");

    // Step 1: the title is required before going on.
    tmux.keys(&["n"]);
    tmux.wait_for("Step 1 of 5", "the editor on step 1");
    tmux.keys(&["C-n"]);
    tmux.wait_for("needs a title", "the refusal to leave step 1");
    tmux.text("Paying at the till");
    tmux.keys(&["Tab", "Right", "Right", "Right", "Right", "Right", "Right"]);
    tmux.keys(&["Tab", "Right"]);
    tmux.wait_for("‹ Personal ›", "the channel chosen");
    tmux.keys(&["C-n"]);

    // Step 2: several lines of free text.
    tmux.wait_for("Step 2 of 5", "step 2");
    tmux.wait_for("through the client's eyes", "step 2's prompt");
    tmux.text("I queue with my basket,");
    tmux.keys(&["Enter"]);
    tmux.text("the card reader fails.");
    tmux.keys(&["C-n"]);

    // Step 3: four of the six aspects.
    tmux.wait_for("Step 3 of 5", "step 3");
    for (i, text) in ["In a hurry", "The receipt", "A high counter", "By the door"]
        .iter()
        .enumerate()
    {
        if i > 0 {
            tmux.keys(&["Tab"]);
        }
        tmux.text(text);
    }
    tmux.keys(&["C-n"]);

    // Step 4: what the client expects (5) and gets (2).
    tmux.wait_for("Step 4 of 5", "step 4");
    tmux.text("To pay by card in a minute");
    tmux.keys(&["Tab", "Right", "Right", "Right", "Right", "Right", "Tab"]);
    tmux.text("Ten minutes and cash only");
    tmux.keys(&["Tab", "Right", "Right"]);
    tmux.wait_for("Gap: +3", "the gap");
    tmux.keys(&["C-n"]);

    // Step 5: one action, added with Enter, then the scene saved.
    tmux.wait_for("Step 5 of 5", "step 5");
    tmux.wait_for("No actions yet", "the empty plan");
    tmux.keys(&["Right", "Tab"]);
    tmux.text("Second card reader");
    tmux.keys(&["Tab"]);
    tmux.text("Luis");
    tmux.keys(&["Tab"]);
    tmux.text("2026-12-01");
    tmux.keys(&["Enter"]);
    tmux.wait_for("[ ] Second card reader", "the action in the plan");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Scene saved.", "the save");
    tmux.wait_for("scene 1/1", "the scene's place once saved");
    tmux.keys(&["Escape"]);
    tmux.wait_for("●●●●●", "the scene complete in the list");
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");

    let shown = cli_json(
        dir.path(),
        &db,
        &["scenes", "show", "1", "--format", "json"],
    );
    assert_eq!(shown["title"], "Paying at the till");
    assert_eq!(shown["cycle"], "Visit to the shop");
    assert_eq!(shown["category"], "payment");
    assert_eq!(shown["channel"], "personal");
    assert_eq!(
        shown["visualisation"],
        "I queue with my basket,\nthe card reader fails."
    );
    assert_eq!(shown["description"]["location"], "By the door");
    assert_eq!(shown["description"]["staff"], "");
    assert_eq!(shown["evaluation"]["expected_score"], 5);
    assert_eq!(shown["evaluation"]["delivered_score"], 2);
    assert_eq!(shown["evaluation"]["gap"], 3);
    assert_eq!(shown["actions"][0]["what"], "Second card reader");
    assert_eq!(shown["actions"][0]["area"], "tools");
    assert_eq!(shown["actions"][0]["responsible"], "Luis");
    assert_eq!(shown["actions"][0]["due"], "2026-12-01");
    assert_eq!(shown["actions"][0]["done"], false);
    assert_eq!(shown["steps_done"], 5, "{shown}");
    assert_eq!(shown["step"], "plan");
}

/// A complaint logged at the counter is tied to a scene from step 4's picker in the
/// real binary, and `clientela scenes show` lists it as the scene's evidence.
#[test]
fn a_complaint_is_tied_from_step_four_and_shows_in_the_scene() {
    let dir = TempDir::new().expect("temp dir");
    let Some(tmux) = Tmux::start("ties", dir.path()) else {
        return;
    };
    let db = dir.path().join("e2e.db");
    common::tmux::cli_ok(dir.path(), &db, &["client", "add", "--name", "Ana Pérez"]);
    common::tmux::cli_ok(
        dir.path(),
        &db,
        &[
            "log",
            "add",
            "1",
            "--kind",
            "complaint",
            "--note",
            "Nadie atendía el teléfono",
        ],
    );
    common::tmux::cli_ok(dir.path(), &db, &["scenes", "new-cycle", "Llamadas"]);
    tmux.launch("es_ES.UTF-8", &db, "");
    tmux.wait_for("Ana Pérez", "the list");
    tmux.keys(&["4"]);
    tmux.wait_for("Llamadas", "the cycle");
    tmux.keys(&["n"]);
    tmux.wait_for("Paso 1 de 5", "the editor");
    tmux.text("Llamar a la tienda");
    tmux.keys(&["C-s"]);
    tmux.wait_for("escena 1/1", "the scene saved");
    tmux.keys(&["C-n", "C-n", "C-n"]);
    tmux.wait_for("Paso 4 de 5", "step 4");
    tmux.keys(&["C-t"]);
    tmux.wait_for("Pruebas para «Llamar a la tienda»", "the picker");
    tmux.wait_for("[ ]", "the complaint offered");
    tmux.text("telefono");
    tmux.wait_for("1 anotación;", "the filter");
    tmux.keys(&["Enter", "Space"]);
    tmux.wait_for("[✓]", "the complaint tied");
    tmux.keys(&["Escape"]);
    tmux.wait_until(
        |screen| !screen.contains("Pruebas para") && screen.contains("Nadie atendía el teléfono"),
        "the picker closed, the evidence in step 4",
    );
    tmux.keys(&["Escape"]);
    tmux.wait_until(|screen| !screen.contains("Paso 4 de 5"), "back to the list");
    tmux.keys(&["q"]);
    tmux.wait_for_shell_again("q");
    let shown = common::tmux::cli_json(
        dir.path(),
        &db,
        &["scenes", "show", "1", "--format", "json"],
    );
    assert_eq!(
        shown["evidence"][0]["note"], "Nadie atendía el teléfono",
        "{shown}"
    );
    assert_eq!(shown["evidence"].as_array().map(Vec::len), Some(1));
}
