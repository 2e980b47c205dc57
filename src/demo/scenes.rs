//! The demo's moments of truth: the "visit to the shop" cycle, its scenes at every
//! stage of analysis, complaints tied to them and action plans, some of them late.

use chrono::{Days, NaiveDate, NaiveDateTime, TimeDelta};

use crate::domain::{
    ActionArea, ActionItem, ClientId, Description, EntryKind, Evaluation, NewEntry, SceneCategory,
    SceneChannel, SceneDraft, SceneStep,
};
use crate::store::{Result, Store};

/// The cycle's name.
pub const CYCLE: &str = "Visita a la tienda";

struct DemoScene {
    title: &'static str,
    category: Option<SceneCategory>,
    channel: Option<SceneChannel>,
    visualisation: &'static str,
    description: [&'static str; 6],
    evaluation: (&'static str, Option<u8>, &'static str, Option<u8>),
    /// Area, what, who, due in days from today (negative: past), done.
    actions: &'static [(ActionArea, &'static str, &'static str, i64, bool)],
    step: SceneStep,
    /// Complaints tied to the scene: days ago, note.
    complaints: &'static [(u64, &'static str)],
}

const SCENES: &[DemoScene] = &[
    DemoScene {
        title: "Entrar en la tienda",
        category: Some(SceneCategory::Hospitality),
        channel: Some(SceneChannel::Personal),
        visualisation: "Empujo la puerta y suena la campanilla. Nadie levanta la vista del mostrador;\nhuele a cartón y el pasillo de la entrada está ocupado por cajas.",
        description: [
            "Viene con prisa, a la salida del trabajo, a veces con niños.",
            "Ninguno: el folleto de ofertas está detrás del mostrador.",
            "Expositor de novedades a la izquierda, cajas apiladas en el paso.",
            "Umbral de la puerta, con la calle a la espalda.",
            "Dos dependientes reponiendo género al fondo.",
            "Uno o dos esperando, que miran el reloj.",
        ],
        evaluation: (
            "Que le saluden y le dejen pasar sin tropezar.",
            Some(4),
            "Tarda en ver a alguien y tiene que sortear cajas.",
            Some(3),
        ),
        actions: &[
            (
                ActionArea::Staff,
                "Saludar a quien entra aunque se esté reponiendo",
                "Marta",
                -20,
                true,
            ),
            (
                ActionArea::Processes,
                "Reponer antes de abrir, nunca con el paso ocupado",
                "Luis",
                10,
                false,
            ),
        ],
        step: SceneStep::Plan,
        complaints: &[],
    },
    DemoScene {
        title: "Pedir consejo sobre un producto",
        category: Some(SceneCategory::Advice),
        channel: Some(SceneChannel::Personal),
        visualisation: "Tengo dos modelos en la mano y no sé cuál me conviene. Pregunto y me leen la etiqueta.",
        description: [
            "Duda entre dos productos y teme equivocarse de compra.",
            "La ficha del fabricante, si la encuentran.",
            "Estantería alta; no hay dónde dejar lo que lleva.",
            "Pasillo central, de pie.",
            "Atienden a la vez el teléfono y la caja.",
            "Esperan detrás a que termine.",
        ],
        evaluation: (
            "Alguien que conozca el producto y le dedique cinco minutos.",
            Some(5),
            "Una respuesta rápida y poco segura.",
            Some(3),
        ),
        actions: &[
            (
                ActionArea::Information,
                "Fichas de comparación de los productos más consultados",
                "Ana",
                -5,
                false,
            ),
            (
                ActionArea::Staff,
                "Formación de producto los lunes antes de abrir",
                "Ana",
                25,
                false,
            ),
        ],
        step: SceneStep::Plan,
        complaints: &[
            (
                12,
                "Le recomendaron un modelo que no servía para lo que pidió",
            ),
            (
                40,
                "Nadie supo explicarle la diferencia entre los dos modelos",
            ),
        ],
    },
    DemoScene {
        title: "Esperar turno en el mostrador",
        category: Some(SceneCategory::Hospitality),
        channel: Some(SceneChannel::Personal),
        visualisation: "No hay número ni fila clara. Veo que atienden antes a quien llegó después que yo.",
        description: [
            "Tiene el tiempo contado y ya ha esperado en la calle.",
            "",
            "Mostrador largo sin indicación de por dónde se espera.",
            "Delante del mostrador, entre otros clientes.",
            "Una sola persona atendiendo en hora punta.",
            "Se cuelan sin querer; hay tensión.",
        ],
        evaluation: (
            "Esperar poco y en orden.",
            Some(4),
            "Espera larga y sin orden: se siente ignorado.",
            Some(1),
        ),
        actions: &[],
        step: SceneStep::Plan,
        complaints: &[
            (3, "Esperó veinte minutos y atendieron antes a otros"),
            (18, "En hora punta solo había una persona en el mostrador"),
            (55, "No sabía dónde ponerse para esperar"),
        ],
    },
    DemoScene {
        title: "Pagar en caja",
        category: Some(SceneCategory::Payment),
        channel: Some(SceneChannel::Personal),
        visualisation: "Saco la tarjeta y me dicen que el datáfono falla; busco efectivo en la cartera.",
        description: [
            "Quiere acabar ya; lleva lo comprado en las manos.",
            "El tique, impreso muy flojo.",
            "Mostrador con el datáfono al fondo, lejos del cliente.",
            "Caja junto a la puerta.",
            "",
            "",
        ],
        evaluation: ("Pagar con tarjeta en un momento.", Some(5), "", None),
        actions: &[],
        step: SceneStep::Evaluate,
        complaints: &[],
    },
    DemoScene {
        title: "Un problema con un pedido",
        category: Some(SceneCategory::Unexpected),
        channel: Some(SceneChannel::Phone),
        visualisation: "Llamo porque el pedido no llega. Me pasan de uno a otro y nadie sabe dónde está.",
        description: ["", "", "", "", "", ""],
        evaluation: ("", None, "", None),
        actions: &[],
        step: SceneStep::Describe,
        complaints: &[(7, "El pedido llegó una semana tarde y nadie avisó")],
    },
    DemoScene {
        title: "Recoger un encargo",
        category: Some(SceneCategory::OrderTaking),
        channel: Some(SceneChannel::Personal),
        visualisation: "",
        description: ["", "", "", "", "", ""],
        evaluation: ("", None, "", None),
        actions: &[],
        step: SceneStep::Identify,
        complaints: &[],
    },
];

fn draft(cycle: i64, s: &DemoScene, today: NaiveDate) -> SceneDraft {
    let [
        situation,
        material,
        furniture,
        location,
        staff,
        other_clients,
    ] = s.description.map(String::from);
    let (expected, expected_score, delivered, delivered_score) = s.evaluation;
    SceneDraft {
        cycle_id: cycle,
        title: s.title.into(),
        category: s.category,
        channel: s.channel,
        visualisation: s.visualisation.into(),
        description: Description {
            situation,
            material,
            furniture,
            location,
            staff,
            other_clients,
        },
        evaluation: Evaluation {
            expected: expected.into(),
            expected_score,
            delivered: delivered.into(),
            delivered_score,
        },
        actions: s
            .actions
            .iter()
            .map(|(area, what, who, due, done)| ActionItem {
                area: *area,
                what: (*what).into(),
                responsible: (*who).into(),
                due: today.checked_add_signed(TimeDelta::days(*due)),
                done: *done,
            })
            .collect(),
        step: s.step,
    }
}

/// Adds the demo cycle, unless a cycle of its name exists, with complaints of
/// `clients` tied to its scenes; returns the scenes written.
pub fn fill_scenes(store: &mut Store, clients: &[ClientId], now: NaiveDateTime) -> Result<usize> {
    if clients.is_empty() || store.cycles()?.iter().any(|c| c.name == CYCLE) {
        return Ok(0);
    }
    let cycle = store.add_cycle(CYCLE)?;
    let mut complainant = clients.iter().cycle().step_by(7);
    for s in SCENES {
        let id = store.add_scene(&draft(cycle, s, now.date()), now)?;
        for (days_ago, note) in s.complaints {
            let at = now.checked_sub_days(Days::new(*days_ago)).unwrap_or(now);
            let client = complainant.next().copied().unwrap_or(clients[0]);
            let mut entry = NewEntry::new(client, EntryKind::Complaint, at);
            entry.note = (*note).into();
            store.add_entry_in_scene(&entry, id, at)?;
        }
    }
    Ok(SCENES.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_cycle_has_scenes_at_every_stage() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        let drafts: Vec<SceneDraft> = SCENES.iter().map(|s| draft(1, s, today)).collect();
        let mut done: Vec<u8> = drafts.iter().map(SceneDraft::steps_done).collect();
        done.sort_unstable();
        assert_eq!(done, [1, 2, 3, 4, 5, 5]);
        assert!(drafts.iter().all(|d| d.validate().is_ok()));
        let overdue = drafts
            .iter()
            .flat_map(|d| &d.actions)
            .filter(|a| a.overdue(today))
            .count();
        assert_eq!(overdue, 1, "one late action shows red");
    }
}
