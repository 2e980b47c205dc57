//! `clientela scenes …` and `log add --scene` through the real binary, on the demo's
//! "visit to the shop" cycle.

mod common;

use common::sandbox::{Sandbox, assert_one_error_line};
use serde_json::Value;

fn demo() -> Sandbox {
    let s = Sandbox::new();
    s.ok(&["demo", "--clients", "30"]);
    s
}

fn scene_by_title<'a>(cycle: &'a Value, title: &str) -> &'a Value {
    cycle["scenes"]
        .as_array()
        .and_then(|a| a.iter().find(|s| s["title"] == title))
        .unwrap_or_else(|| panic!("no scene {title} in {cycle}"))
}

#[test]
fn list_gives_cycles_with_their_scenes_in_order() {
    let s = demo();
    let cycles = s.json(&["scenes", "list", "--format", "json"]);
    let cycles = cycles.as_array().expect("array");
    assert_eq!(cycles.len(), 1);
    let visit = &cycles[0];
    assert_eq!(visit["name"], "Visita a la tienda");
    assert!(visit["cycle_id"].is_i64());
    let positions: Vec<i64> = visit["scenes"]
        .as_array()
        .expect("scenes")
        .iter()
        .filter_map(|s| s["position"].as_i64())
        .collect();
    assert_eq!(positions, [1, 2, 3, 4, 5, 6]);
    let waiting = scene_by_title(visit, "Esperar turno en el mostrador");
    let mut keys: Vec<&str> = waiting
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    let mut expected = [
        "scene_id",
        "title",
        "position",
        "category",
        "channel",
        "steps_done",
        "expected_score",
        "delivered_score",
        "gap",
        "open_actions",
        "done_actions",
    ];
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(waiting["category"], "hospitality");
    assert_eq!(waiting["channel"], "personal");
    assert_eq!(waiting["steps_done"], 4);
    assert_eq!(waiting["gap"], 3);
    let advice = scene_by_title(visit, "Pedir consejo sobre un producto");
    assert_eq!(
        (
            advice["open_actions"].as_i64(),
            advice["done_actions"].as_i64()
        ),
        (Some(2), Some(0))
    );
    let pickup = scene_by_title(visit, "Recoger un encargo");
    assert_eq!(pickup["gap"], Value::Null);
    assert_eq!(pickup["steps_done"], 1);

    let table = s.ok(&["scenes", "list"]);
    assert!(table.contains("●●●●○"), "{table}");
    let csv = s.ok(&["scenes", "list", "--format", "csv"]);
    assert!(
        csv.starts_with("cycle_id,cycle,scene_id,position,title,"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 7);
}

#[test]
fn a_complaint_logged_with_a_scene_shows_as_its_evidence() {
    let s = demo();
    let cycles = s.json(&["scenes", "list", "--format", "json"]);
    let paying = scene_by_title(&cycles[0], "Pagar en caja")["scene_id"]
        .as_i64()
        .expect("id")
        .to_string();
    let before = s.json(&["scenes", "show", &paying, "--format", "json"]);
    assert_eq!(before["evidence"].as_array().map(Vec::len), Some(0));
    let id = s.ok(&[
        "log",
        "add",
        "4",
        "--kind",
        "complaint",
        "--note",
        "El datáfono no funcionaba",
        "--scene",
        &paying,
    ]);
    let shown = s.json(&["scenes", "show", &paying, "--format", "json"]);
    let evidence = shown["evidence"].as_array().expect("evidence");
    assert_eq!(evidence.len(), 1);
    assert_eq!(
        evidence[0]["entry_id"].as_i64().map(|i| i.to_string()),
        Some(id.trim().to_string())
    );
    assert_eq!(evidence[0]["client_id"], 4);
    assert_eq!(evidence[0]["kind"], "complaint");
    assert_eq!(evidence[0]["note"], "El datáfono no funcionaba");
    assert_eq!(evidence[0]["resolved"], false);

    // Untie and tie again through `scenes tie`.
    let said = s.ok(&["scenes", "tie", id.trim()]);
    assert_eq!(said, format!("entry {} untied\n", id.trim()));
    let shown = s.json(&["scenes", "show", &paying, "--format", "json"]);
    assert_eq!(shown["evidence"].as_array().map(Vec::len), Some(0));
    let said = s.ok(&["scenes", "tie", id.trim(), &paying]);
    assert_eq!(
        said,
        format!("entry {} tied to scene {paying}\n", id.trim())
    );

    // A scene that does not exist refuses the entry: nothing is logged.
    let log_before = s.json(&["log", "list", "4", "--format", "json"]);
    let err = s.fails(&[
        "log",
        "add",
        "4",
        "--kind",
        "complaint",
        "--note",
        "x",
        "--scene",
        "99",
    ]);
    assert_one_error_line(&err, "no scene with id 99");
    assert_eq!(
        s.json(&["log", "list", "4", "--format", "json"]),
        log_before
    );
}

#[test]
fn show_gives_every_field_of_the_five_steps() {
    let s = demo();
    let shown = s.json(&["scenes", "show", "2", "--format", "json"]);
    assert_eq!(shown["title"], "Pedir consejo sobre un producto");
    assert_eq!(shown["cycle"], "Visita a la tienda");
    assert_eq!(shown["position"], 2);
    assert_eq!(shown["category"], "advice");
    assert!(
        shown["visualisation"]
            .as_str()
            .is_some_and(|v| v.contains("etiqueta"))
    );
    for aspect in [
        "situation",
        "material",
        "furniture",
        "location",
        "staff",
        "other_clients",
    ] {
        assert!(
            shown["description"][aspect]
                .as_str()
                .is_some_and(|t| !t.is_empty()),
            "{aspect}"
        );
    }
    assert_eq!(shown["evaluation"]["expected_score"], 5);
    assert_eq!(shown["evaluation"]["delivered_score"], 3);
    assert_eq!(shown["evaluation"]["gap"], 2);
    assert_eq!(
        shown["progress"],
        serde_json::json!([true, true, true, true, true])
    );
    assert_eq!(shown["steps_done"], 5);
    assert_eq!(shown["step"], "plan");
    let actions = shown["actions"].as_array().expect("actions");
    assert_eq!(actions.len(), 2);
    // Due five days before the fixed today (22/11/2026), not done: overdue.
    assert_eq!(actions[0]["due"], "2026-11-17");
    assert_eq!(actions[0]["overdue"], true);
    assert_eq!(actions[1]["overdue"], false);
    assert_eq!(actions[0]["area"], "information");
    assert_eq!(actions[0]["responsible"], "Ana");
    assert_eq!(shown["evidence"].as_array().map(Vec::len), Some(2));

    let err = s.fails(&["scenes", "show", "77"]);
    assert_one_error_line(&err, "no scene with id 77");
}

#[test]
fn report_is_markdown_in_cycle_order_with_the_plan() {
    let s = demo();
    let path = s.dir.path().join("visita.md");
    let path_text = path.display().to_string();
    s.ok(&["scenes", "report", "1", "-o", &path_text]);
    let report = std::fs::read_to_string(&path).expect("report written");
    assert!(
        report.starts_with("# Service cycle: Visita a la tienda\n"),
        "{report}"
    );
    let order: Vec<usize> = [
        "## Scene 1: Entrar en la tienda",
        "## Scene 2: Pedir consejo sobre un producto",
        "## Scene 3: Esperar turno en el mostrador",
        "## Scene 6: Recoger un encargo",
        "## The cycle's action plan",
    ]
    .iter()
    .map(|h| {
        report
            .find(h)
            .unwrap_or_else(|| panic!("{h} missing:\n{report}"))
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // Summary worst gap first: the waiting scene (+3) heads the table.
    let summary = &report[report.find("## Summary").expect("summary")..order[0]];
    let first_row = summary
        .lines()
        .find(|l| l.starts_with("| 3 ") || l.starts_with("| 2 ") || l.starts_with("| 1 "))
        .expect("rows");
    assert!(first_row.starts_with("| 3 | Esperar turno"), "{summary}");
    for step in [
        "### 1. Identify",
        "### 2. Visualise",
        "### 3. Describe",
        "### 4. Evaluate",
        "### 5. Plan",
    ] {
        assert_eq!(report.matches(step).count(), 6, "{step}");
    }
    assert!(report.contains("**Gap: +3**"));
    assert!(report.contains("- [ ] Fichas de comparación de los productos más consultados (Staff information) · Ana · 2026-11-17 **overdue**"), "{report}");
    assert!(report.contains("- [x] Saludar a quien entra"));
    assert!(report.contains("Esperó veinte minutos y atendieron antes a otros"));

    let stdout = s.ok(&["scenes", "report", "1"]);
    assert_eq!(stdout, report);
    let err = s.fails(&["scenes", "report", "9"]);
    assert_one_error_line(&err, "no service cycle with id 9");
}

#[test]
fn new_cycles_are_named_once() {
    let s = Sandbox::new();
    let id = s.ok(&["scenes", "new-cycle", "Pedido por teléfono"]);
    assert_eq!(id.trim(), "1");
    let err = s.fails(&["scenes", "new-cycle", "pedido POR teléfono"]);
    assert_one_error_line(&err, "already exists");
    let cycles = s.json(&["scenes", "list", "--format", "json"]);
    assert_eq!(cycles[0]["scenes"], serde_json::json!([]));
}
