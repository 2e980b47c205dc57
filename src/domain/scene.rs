//! Moments of truth (DOMAIN.md): service cycles, their scenes, and the five-step
//! analysis of each scene.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::attributes::coded_enum;
pub use super::scene_step::SceneStep;

/// Row id of a service cycle.
pub type CycleId = i64;
/// Row id of a scene.
pub type SceneId = i64;

coded_enum! {
    /// What the client comes for at this moment.
    pub enum SceneCategory {
        /// Asking for or receiving information.
        Information,
        /// Being advised.
        Advice,
        /// Placing an order.
        OrderTaking,
        /// Being welcomed and looked after.
        Hospitality,
        /// Something went wrong or was unforeseen.
        Unexpected,
        /// Paying.
        Payment,
    }
}

coded_enum! {
    /// How the client meets the shop at this moment.
    pub enum SceneChannel {
        /// Face to face.
        Personal,
        /// On paper: a leaflet, a ticket, a letter.
        Printed,
        /// A screen: the web, email, messaging.
        Electronic,
        /// On the telephone.
        Phone,
    }
}

coded_enum! {
    /// What an action of the plan changes (step 5).
    pub enum ActionArea {
        /// The staff: who serves and how.
        Staff,
        /// Tools and applications.
        Tools,
        /// The information the staff have.
        Information,
        /// Processes and procedures.
        Processes,
    }
}

/// Step 3: the scene as the client finds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Description {
    /// The client's likely situation (in a hurry, worried, with children…).
    pub situation: String,
    /// Material handed over (a ticket, a leaflet, a bag).
    pub material: String,
    /// Furniture in front of them.
    pub furniture: String,
    /// Where they are.
    pub location: String,
    /// How the staff are.
    pub staff: String,
    /// How other clients are.
    pub other_clients: String,
}

impl Description {
    /// The six aspects, in the order the editor shows them.
    pub fn aspects(&self) -> [&str; 6] {
        [
            &self.situation,
            &self.material,
            &self.furniture,
            &self.location,
            &self.staff,
            &self.other_clients,
        ]
    }

    /// Aspects written.
    pub fn written(&self) -> usize {
        self.aspects()
            .iter()
            .filter(|a| !a.trim().is_empty())
            .count()
    }
}

/// Step 4: what the client expects of the scene and what they get.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    /// What the client expects.
    pub expected: String,
    /// How much (1 to 5).
    pub expected_score: Option<u8>,
    /// What the client gets.
    pub delivered: String,
    /// How much (1 to 5).
    pub delivered_score: Option<u8>,
}

impl Evaluation {
    /// Expected minus delivered: how far the shop falls short (negative when it does
    /// better than expected); none until both are scored.
    pub fn gap(&self) -> Option<i8> {
        Some(self.expected_score? as i8 - self.delivered_score? as i8)
    }
}

/// Step 5: one change to make, owned by someone, by a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    /// What it changes.
    pub area: ActionArea,
    /// What to do.
    pub what: String,
    /// Who answers for it.
    pub responsible: String,
    /// By when.
    pub due: Option<NaiveDate>,
    /// Whether it was done.
    pub done: bool,
}

impl ActionItem {
    /// Not done and its due date has passed.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        !self.done && self.due.is_some_and(|d| d < today)
    }
}

/// A scene as edited: everything but its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SceneDraft {
    /// The cycle it belongs to.
    pub cycle_id: CycleId,
    /// Step 1: its name.
    pub title: String,
    /// Step 1: what the client comes for.
    pub category: Option<SceneCategory>,
    /// Step 1: how the client meets the shop.
    pub channel: Option<SceneChannel>,
    /// Step 2: the scene through the client's eyes.
    pub visualisation: String,
    /// Step 3.
    pub description: Description,
    /// Step 4.
    pub evaluation: Evaluation,
    /// Step 5.
    pub actions: Vec<ActionItem>,
    /// Where the analysis was left: the editor resumes there.
    pub step: SceneStep,
}

/// What is wrong with a scene the store was asked to save.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SceneError {
    /// Step 1 needs a title.
    #[error("the scene needs a title")]
    NoTitle,
    /// A score outside 1–5.
    #[error("scores go from 1 to 5")]
    BadScore,
    /// An action item with nothing to do.
    #[error("each action of the plan needs to say what to do")]
    EmptyAction,
    /// A text longer than it may be.
    #[error("{0}: {1}")]
    TooLong(&'static str, crate::domain::validate::Invalid),
}

impl SceneDraft {
    /// An empty scene of `cycle_id`, at step 1.
    pub fn new(cycle_id: CycleId) -> Self {
        Self {
            cycle_id,
            title: String::new(),
            category: None,
            channel: None,
            visualisation: String::new(),
            description: Description::default(),
            evaluation: Evaluation::default(),
            actions: Vec::new(),
            step: SceneStep::Identify,
        }
    }

    /// Whether `step` is complete:
    /// 1. a title, a category and a channel;
    /// 2. the visualisation written;
    /// 3. at least four of the six aspects written (not every aspect applies to
    ///    every scene: a phone call has no furniture);
    /// 4. both texts written and both scores given;
    /// 5. at least one action planned.
    pub fn step_done(&self, step: SceneStep) -> bool {
        let written = |s: &str| !s.trim().is_empty();
        match step {
            SceneStep::Identify => {
                written(&self.title) && self.category.is_some() && self.channel.is_some()
            }
            SceneStep::Visualise => written(&self.visualisation),
            SceneStep::Describe => self.description.written() >= 4,
            SceneStep::Evaluate => {
                let e = &self.evaluation;
                written(&e.expected) && written(&e.delivered) && e.gap().is_some()
            }
            SceneStep::Plan => !self.actions.is_empty(),
        }
    }

    /// Which of the five steps are complete, in order.
    pub fn progress(&self) -> [bool; 5] {
        SceneStep::ALL.map(|s| self.step_done(s))
    }

    /// How many of the five steps are complete.
    pub fn steps_done(&self) -> u8 {
        self.progress().iter().filter(|d| **d).count() as u8
    }

    /// Whether the editor may leave `step` going forward: only step 1 holds it back,
    /// until the scene has a title.
    pub fn may_leave(&self, step: SceneStep) -> Result<(), SceneError> {
        if step == SceneStep::Identify && self.title.trim().is_empty() {
            return Err(SceneError::NoTitle);
        }
        Ok(())
    }

    /// Checks what the database would refuse.
    pub fn validate(&self) -> Result<(), SceneError> {
        use crate::domain::validate::{LINE_MAX, NOTES_MAX, length};
        self.may_leave(SceneStep::Identify)?;
        length(&self.title, LINE_MAX).map_err(|e| SceneError::TooLong("title", e))?;
        let d = &self.description;
        let texts = [
            &self.visualisation,
            &d.situation,
            &d.material,
            &d.furniture,
            &d.location,
            &d.staff,
            &d.other_clients,
            &self.evaluation.expected,
            &self.evaluation.delivered,
        ];
        let actions = self.actions.iter().flat_map(|a| [&a.what, &a.responsible]);
        for text in texts.into_iter().chain(actions) {
            length(text, NOTES_MAX).map_err(|e| SceneError::TooLong("text", e))?;
        }
        let e = &self.evaluation;
        if [e.expected_score, e.delivered_score]
            .into_iter()
            .flatten()
            .any(|s| !(1..=5).contains(&s))
        {
            return Err(SceneError::BadScore);
        }
        if self.actions.iter().any(|a| a.what.trim().is_empty()) {
            return Err(SceneError::EmptyAction);
        }
        Ok(())
    }

    /// Open (not done) and done actions.
    pub fn action_counts(&self) -> (usize, usize) {
        let done = self.actions.iter().filter(|a| a.done).count();
        (self.actions.len() - done, done)
    }
}

/// A stored scene.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scene {
    /// Its id.
    pub id: SceneId,
    /// Its place in the cycle, from 1.
    pub position: u32,
    /// Everything else.
    #[serde(flatten)]
    pub draft: SceneDraft,
    /// Bumped by every write of the analysis or its plan (not by a move).
    #[serde(skip)]
    pub version: crate::domain::Version,
}

impl std::ops::Deref for Scene {
    type Target = SceneDraft;
    fn deref(&self) -> &SceneDraft {
        &self.draft
    }
}

/// A service cycle with its scenes in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceCycle {
    /// Its id.
    pub id: CycleId,
    /// Its name ("visit to the shop").
    pub name: String,
    /// Its scenes, by position.
    pub scenes: Vec<Scene>,
}

/// A log entry tied to a scene, as seen from the entry's client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SceneTie {
    /// The log entry.
    pub entry_id: super::EntryId,
    /// The scene it is evidence for.
    pub scene_id: SceneId,
    /// The scene's title.
    pub scene_title: String,
    /// Its cycle.
    pub cycle_id: CycleId,
    /// The cycle's name.
    pub cycle: String,
}

/// A log entry offered to tie to a scene: the entry, its client, the scene it is tied
/// to now (this one, another, or none) and whether its client already has an entry
/// tied to this scene (those come first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TieCandidate {
    /// The log entry.
    pub entry: super::LogEntry,
    /// Its client's name.
    pub client_name: String,
    /// The scene it is tied to, if any.
    pub scene: Option<SceneId>,
    /// Whether its client has an entry tied to the scene the picker is for.
    pub near: bool,
}

/// Scenes worst gap first: the largest shortfall at the top, unscored scenes last,
/// ties by position.
pub fn worst_gap_first(scenes: &mut [Scene]) {
    scenes.sort_by_key(|s| {
        let gap = s.evaluation.gap();
        (gap.is_none(), std::cmp::Reverse(gap), s.position)
    });
}

#[cfg(test)]
#[path = "scene_tests.rs"]
mod tests;
