//! Service cycles and scenes on a real SQLite file: the analysis round-trips, scenes
//! keep their order through moves and deletes, and log entries tie to scenes.

mod common;

use clientela::domain::{
    ActionArea, ActionItem, ClientCard, EntryKind, NewEntry, SceneCategory, SceneChannel,
    SceneDraft, SceneError, SceneStep,
};
use clientela::store::{Base, Store, StoreError};
use common::{at, temp_store};

fn titled(cycle: i64, title: &str) -> SceneDraft {
    let mut d = SceneDraft::new(cycle);
    d.title = title.into();
    d
}

fn positions(store: &Store, cycle: i64) -> Vec<(String, u32)> {
    store
        .cycle(cycle)
        .expect("cycle")
        .scenes
        .iter()
        .map(|s| (s.title.clone(), s.position))
        .collect()
}

#[test]
fn a_scene_keeps_every_field_of_the_five_steps() {
    let (_dir, mut store) = temp_store();
    let cycle = store.add_cycle("Visita a la tienda").expect("cycle");
    let mut d = titled(cycle, "Pagar en caja");
    d.category = Some(SceneCategory::Payment);
    d.channel = Some(SceneChannel::Personal);
    d.visualisation = "Cola de cinco personas;\nsolo una caja abierta.".into();
    d.description.situation = "Con prisa, ñ y acentos: útil".into();
    d.description.other_clients = "Impacientes".into();
    d.evaluation.expected = "Pagar en un minuto".into();
    d.evaluation.expected_score = Some(5);
    d.evaluation.delivered = "Diez minutos".into();
    d.evaluation.delivered_score = Some(2);
    d.actions = vec![
        ActionItem {
            area: ActionArea::Processes,
            what: "Abrir la segunda caja con 3 en cola".into(),
            responsible: "Ana".into(),
            due: Some(at(2026, 12, 1).date()),
            done: false,
        },
        ActionItem {
            area: ActionArea::Tools,
            what: "Datáfono nuevo".into(),
            responsible: "Luis".into(),
            due: None,
            done: true,
        },
    ];
    d.step = SceneStep::Evaluate;
    let id = store.add_scene(&d, at(2026, 11, 22)).expect("add");
    let back = store.scene(id).expect("read");
    assert_eq!(back.draft, d);
    assert_eq!(back.position, 1);
    assert_eq!(back.evaluation.gap(), Some(3));
    assert_eq!(back.action_counts(), (1, 1));

    d.actions.remove(0);
    d.title = "Pagar".into();
    d.step = SceneStep::Plan;
    store
        .update_scene(id, &d, at(2026, 11, 23), Base::Latest)
        .expect("update");
    assert_eq!(store.scene(id).expect("read").draft, d);
}

#[test]
fn refusals_name_what_is_wrong_and_write_nothing() {
    let (_dir, mut store) = temp_store();
    let cycle = store.add_cycle("Visita").expect("cycle");
    assert!(matches!(
        store.add_cycle(" visita "),
        Err(StoreError::CycleExists(n)) if n == "visita"
    ));
    assert!(matches!(
        store.add_scene(&titled(cycle, "  "), at(2026, 11, 22)),
        Err(StoreError::InvalidScene(SceneError::NoTitle))
    ));
    assert!(matches!(
        store.add_scene(&titled(99, "Entrar"), at(2026, 11, 22)),
        Err(StoreError::NoCycle(99))
    ));
    let mut bad = titled(cycle, "Entrar");
    bad.evaluation.delivered_score = Some(0);
    assert!(matches!(
        store.add_scene(&bad, at(2026, 11, 22)),
        Err(StoreError::InvalidScene(SceneError::BadScore))
    ));
    assert!(matches!(store.scene(5), Err(StoreError::NoScene(5))));
    assert!(matches!(
        store.move_scene(5, 1),
        Err(StoreError::NoScene(5))
    ));
    assert!(store.cycle(cycle).expect("cycle").scenes.is_empty());
}

#[test]
fn scenes_keep_their_order_through_moves_and_deletes() {
    let (_dir, mut store) = temp_store();
    let visit = store.add_cycle("Visita").expect("cycle");
    let phone = store.add_cycle("Pedido por teléfono").expect("cycle");
    let mut ids = Vec::new();
    for title in ["Entrar", "Consejo", "Esperar", "Pagar"] {
        ids.push(
            store
                .add_scene(&titled(visit, title), at(2026, 11, 1))
                .expect("add"),
        );
    }
    store
        .add_scene(&titled(phone, "Llamar"), at(2026, 11, 1))
        .expect("add");
    let names = |store: &Store| -> Vec<String> {
        positions(store, visit)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    };
    assert_eq!(store.move_scene(ids[3], -2).expect("move"), 2);
    assert_eq!(names(&store), ["Entrar", "Pagar", "Consejo", "Esperar"]);
    assert_eq!(
        store.move_scene(ids[0], 10).expect("move"),
        4,
        "clamped at the end"
    );
    assert_eq!(names(&store), ["Pagar", "Consejo", "Esperar", "Entrar"]);
    assert_eq!(
        store.move_scene(ids[3], -1).expect("move"),
        1,
        "clamped... once"
    );
    assert_eq!(
        store.move_scene(ids[3], -1).expect("move"),
        1,
        "already first"
    );
    store.delete_scene(ids[1]).expect("delete");
    assert_eq!(
        positions(&store, visit),
        [
            ("Pagar".into(), 1),
            ("Esperar".into(), 2),
            ("Entrar".into(), 3)
        ]
    );
    assert_eq!(positions(&store, phone), [("Llamar".into(), 1)]);
    let cycles = store.cycles().expect("cycles");
    let names: Vec<&str> = cycles.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Pedido por teléfono", "Visita"]);
    assert_eq!(cycles[1].scenes.len(), 3);
}

#[test]
fn entries_tie_to_scenes_as_evidence_and_untie_when_either_goes() {
    let (_dir, mut store) = temp_store();
    let ana = store
        .add_client(&ClientCard::named("Ana Pérez"), at(2026, 1, 1))
        .expect("client");
    let cycle = store.add_cycle("Visita").expect("cycle");
    let paying = store
        .add_scene(&titled(cycle, "Pagar"), at(2026, 1, 1))
        .expect("scene");
    let entry = |kind: EntryKind, day, note: &str| {
        let mut e = NewEntry::new(ana, kind, at(2026, 11, day));
        e.note = note.into();
        e
    };
    let complaint = store
        .add_entry_in_scene(
            &entry(EntryKind::Complaint, 3, "Cola larguísima"),
            paying,
            at(2026, 11, 3),
        )
        .expect("tied");
    let visit = store
        .add_entry(&entry(EntryKind::Visit, 5, "Sin cola hoy"), at(2026, 11, 5))
        .expect("entry");
    store.tie_entry(visit, Some(paying)).expect("tie");
    let evidence = store.scene_evidence(paying).expect("evidence");
    let notes: Vec<&str> = evidence.iter().map(|c| c.entry.note.as_str()).collect();
    assert_eq!(
        notes,
        ["Cola larguísima", "Sin cola hoy"],
        "complaints first"
    );
    assert_eq!(evidence[0].client_name, "Ana Pérez");
    assert_eq!(store.scene_of_entry(complaint).expect("tie"), Some(paying));

    // A bad scene refuses the whole entry.
    let before = store.entries(ana).expect("log").len();
    assert!(matches!(
        store.add_entry_in_scene(&entry(EntryKind::Complaint, 6, "x"), 42, at(2026, 11, 6)),
        Err(StoreError::NoScene(42))
    ));
    assert_eq!(store.entries(ana).expect("log").len(), before);

    store.tie_entry(visit, None).expect("untie");
    assert_eq!(store.scene_evidence(paying).expect("evidence").len(), 1);
    store.delete_scene(paying).expect("delete");
    assert_eq!(store.scene_of_entry(complaint).expect("tie"), None);
    assert_eq!(
        store.entries(ana).expect("log").len(),
        before,
        "entries stay"
    );
}

/// The entries offered to tie to a scene: those of clients already tied first, then
/// complaints (open before answered), then the rest, newest first; a page at a time;
/// filtered accents and case aside by a client's name or the note.
#[test]
fn tie_candidates_come_in_the_order_a_picker_needs() {
    let (_dir, mut store) = temp_store();
    let cycle = store.add_cycle("Visita").expect("cycle");
    let scene = store
        .add_scene(&titled(cycle, "Cobrar"), at(2026, 11, 1))
        .expect("scene");
    let mut ids = Vec::new();
    for name in ["Ana Pérez", "Íñigo Goñi", "Marta Ruiz"] {
        ids.push(
            store
                .add_client(&ClientCard::named(name), at(2026, 1, 1))
                .expect("client"),
        );
    }
    let log = |store: &mut Store, client, kind, day, note: &str| {
        let mut e = NewEntry::new(client, kind, at(2026, 11, day));
        e.note = note.into();
        store.add_entry(&e, at(2026, 11, 25)).expect("entry")
    };
    let visit = log(&mut store, ids[0], EntryKind::Visit, 20, "Vino a mirar");
    let tied = log(&mut store, ids[0], EntryKind::Complaint, 2, "Cola larga");
    let old = log(&mut store, ids[1], EntryKind::Complaint, 3, "Cobro lento");
    let new = log(
        &mut store,
        ids[2],
        EntryKind::Complaint,
        10,
        "Datáfono roto",
    );
    let call = log(&mut store, ids[2], EntryKind::Call, 21, "Llamó");
    store.tie_entry(tied, Some(scene)).expect("tie");
    let order: Vec<_> = store
        .tie_candidates(scene, "", 0, 10)
        .expect("page")
        .iter()
        .map(|c| (c.entry.id, c.near, c.scene))
        .collect();
    assert_eq!(
        order,
        [
            (tied, true, Some(scene)),
            (visit, true, None),
            (new, false, None),
            (old, false, None),
            (call, false, None),
        ]
    );
    // Pages.
    let second: Vec<_> = store
        .tie_candidates(scene, "", 2, 2)
        .expect("page")
        .iter()
        .map(|c| c.entry.id)
        .collect();
    assert_eq!(second, [new, old]);
    // A name or a note, accents and case aside.
    let found = |text: &str| -> Vec<_> {
        store
            .tie_candidates(scene, text, 0, 10)
            .expect("page")
            .iter()
            .map(|c| c.entry.id)
            .collect()
    };
    assert_eq!(found("inigo"), [old]);
    assert_eq!(found("DATAFONO"), [new]);
    assert!(found("zzz").is_empty());
}
