//! Service cycles and scenes as JSON records; the Markdown report is
//! [`scene_report`](super::scene_report).

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::domain::{
    ActionArea, ActionItem, ClientId, Complaint, CycleId, Description, EntryId, EntryKind,
    Evaluation, Scene, SceneCategory, SceneChannel, SceneId, SceneStep, ServiceCycle,
};
use crate::i18n::{Locale, MomentMsg, fill2};

/// One scene in a cycle's list: where it stands.
#[derive(Debug, Clone, Serialize)]
pub struct SceneRow {
    /// The scene's id.
    pub scene_id: SceneId,
    /// Its name.
    pub title: String,
    /// Its place in the cycle, from 1.
    pub position: u32,
    /// Category code.
    pub category: Option<SceneCategory>,
    /// Channel code.
    pub channel: Option<SceneChannel>,
    /// Steps complete, 0 to 5.
    pub steps_done: u8,
    /// What the client expects, 1 to 5.
    pub expected_score: Option<u8>,
    /// What they get, 1 to 5.
    pub delivered_score: Option<u8>,
    /// Expected minus delivered.
    pub gap: Option<i8>,
    /// Actions of the plan not done.
    pub open_actions: usize,
    /// Actions done.
    pub done_actions: usize,
}

impl From<&Scene> for SceneRow {
    fn from(s: &Scene) -> Self {
        let (open_actions, done_actions) = s.action_counts();
        Self {
            scene_id: s.id,
            title: s.title.clone(),
            position: s.position,
            category: s.category,
            channel: s.channel,
            steps_done: s.steps_done(),
            expected_score: s.evaluation.expected_score,
            delivered_score: s.evaluation.delivered_score,
            gap: s.evaluation.gap(),
            open_actions,
            done_actions,
        }
    }
}

/// A cycle and its scenes, in order.
#[derive(Debug, Clone, Serialize)]
pub struct CycleRecord {
    /// The cycle's id.
    pub cycle_id: CycleId,
    /// Its name.
    pub name: String,
    /// Its scenes.
    pub scenes: Vec<SceneRow>,
}

impl From<&ServiceCycle> for CycleRecord {
    fn from(c: &ServiceCycle) -> Self {
        Self {
            cycle_id: c.id,
            name: c.name.clone(),
            scenes: c.scenes.iter().map(SceneRow::from).collect(),
        }
    }
}

/// Step 4 with its gap.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluationRecord {
    /// What the client expects.
    pub expected: String,
    /// 1 to 5.
    pub expected_score: Option<u8>,
    /// What they get.
    pub delivered: String,
    /// 1 to 5.
    pub delivered_score: Option<u8>,
    /// Expected minus delivered.
    pub gap: Option<i8>,
}

/// One action of the plan, with whether it is late.
#[derive(Debug, Clone, Serialize)]
pub struct ActionRecord {
    /// Area code.
    pub area: ActionArea,
    /// What to do.
    pub what: String,
    /// Who answers for it.
    pub responsible: String,
    /// By when.
    pub due: Option<NaiveDate>,
    /// Done.
    pub done: bool,
    /// Open and past its date.
    pub overdue: bool,
}

/// A log entry tied to the scene.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRecord {
    /// The entry's id.
    pub entry_id: EntryId,
    /// Its client.
    pub client_id: ClientId,
    /// Their name.
    pub client_name: String,
    /// When.
    pub at: NaiveDateTime,
    /// Kind code.
    pub kind: EntryKind,
    /// What was said.
    pub note: String,
    /// For complaints: whether it was answered.
    pub resolved: bool,
}

impl From<&Complaint> for EvidenceRecord {
    fn from(c: &Complaint) -> Self {
        Self {
            entry_id: c.entry.id,
            client_id: c.entry.client_id,
            client_name: c.client_name.clone(),
            at: c.entry.at,
            kind: c.entry.kind,
            note: c.entry.note.clone(),
            resolved: c.entry.resolution.is_some(),
        }
    }
}

/// Everything about one scene.
#[derive(Debug, Clone, Serialize)]
pub struct SceneRecord {
    /// The scene's id.
    pub scene_id: SceneId,
    /// Its cycle.
    pub cycle_id: CycleId,
    /// The cycle's name.
    pub cycle: String,
    /// Its place in the cycle.
    pub position: u32,
    /// Step 1.
    pub title: String,
    /// Step 1.
    pub category: Option<SceneCategory>,
    /// Step 1.
    pub channel: Option<SceneChannel>,
    /// Step 2.
    pub visualisation: String,
    /// Step 3.
    pub description: Description,
    /// Step 4.
    pub evaluation: EvaluationRecord,
    /// Step 5.
    pub actions: Vec<ActionRecord>,
    /// Which steps are complete, in order.
    pub progress: [bool; 5],
    /// How many.
    pub steps_done: u8,
    /// Where the editor resumes.
    pub step: SceneStep,
    /// Log entries tied to it.
    pub evidence: Vec<EvidenceRecord>,
}

impl SceneRecord {
    /// The record of `scene` of cycle `cycle`, with late actions as of `today`.
    pub fn new(scene: &Scene, cycle: &str, evidence: &[Complaint], today: NaiveDate) -> Self {
        let e = &scene.evaluation;
        Self {
            scene_id: scene.id,
            cycle_id: scene.cycle_id,
            cycle: cycle.to_string(),
            position: scene.position,
            title: scene.title.clone(),
            category: scene.category,
            channel: scene.channel,
            visualisation: scene.visualisation.clone(),
            description: scene.description.clone(),
            evaluation: EvaluationRecord {
                expected: e.expected.clone(),
                expected_score: e.expected_score,
                delivered: e.delivered.clone(),
                delivered_score: e.delivered_score,
                gap: e.gap(),
            },
            actions: scene.actions.iter().map(|a| action(a, today)).collect(),
            progress: scene.progress(),
            steps_done: scene.steps_done(),
            step: scene.step,
            evidence: evidence.iter().map(EvidenceRecord::from).collect(),
        }
    }
}

fn action(a: &ActionItem, today: NaiveDate) -> ActionRecord {
    ActionRecord {
        area: a.area,
        what: a.what.clone(),
        responsible: a.responsible.clone(),
        due: a.due,
        done: a.done,
        overdue: a.overdue(today),
    }
}

/// `●●●○○`: the steps complete, in order.
pub fn progress_dots(progress: [bool; 5]) -> String {
    progress
        .iter()
        .map(|done| if *done { '●' } else { '○' })
        .collect()
}

/// Expected → delivered as people read it: `4→3`, a dash for a missing score.
pub fn scores_text(e: &Evaluation) -> String {
    let score = |v: Option<u8>| v.map_or_else(|| "—".to_string(), |v| v.to_string());
    format!("{}→{}", score(e.expected_score), score(e.delivered_score))
}

/// "2 open · 1 done": a scene's actions, in the locale's words.
pub fn actions_text(l: &Locale, scene: &Scene) -> String {
    let (open, done) = scene.action_counts();
    let done = l.plural(
        done as u64,
        MomentMsg::ActionsDoneOne.into(),
        MomentMsg::ActionsDone.into(),
    );
    fill2(l.t(MomentMsg::ActionsCount), open, done)
}

/// A gap as people read it: `+3`, `0`, `-1`, or a dash.
pub fn gap_text(gap: Option<i8>) -> String {
    gap.map_or_else(
        || "—".into(),
        |g| {
            if g > 0 {
                format!("+{g}")
            } else {
                g.to_string()
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ActionArea, ActionItem, SceneDraft};
    use crate::i18n::Lang;

    /// A scene's actions counted with the right number in both languages: 0, 1 and 2
    /// done (it said `1 hechas`).
    #[test]
    fn action_counts_take_the_plural_except_for_one() {
        let scene = |done: usize| {
            let mut draft = SceneDraft::new(1);
            for i in 0..done + 1 {
                draft.actions.push(ActionItem {
                    area: ActionArea::Staff,
                    what: "x".into(),
                    responsible: String::new(),
                    due: None,
                    done: i < done,
                });
            }
            Scene {
                id: 1,
                position: 1,
                draft,
                version: Default::default(),
            }
        };
        let es = Locale::new(Lang::Es, "auto");
        let en = Locale::new(Lang::En, "auto");
        assert_eq!(actions_text(&es, &scene(0)), "1 pend. · 0 hechas");
        assert_eq!(actions_text(&es, &scene(1)), "1 pend. · 1 hecha");
        assert_eq!(actions_text(&es, &scene(2)), "1 pend. · 2 hechas");
        assert_eq!(actions_text(&en, &scene(1)), "1 open · 1 done");
    }
}
