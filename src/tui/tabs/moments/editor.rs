//! The scene editor's state: the five steps of the analysis as pages of fields, the
//! action plan of step 5, and the rules for walking between steps.

use crossterm::event::KeyEvent;

pub use super::scene_fields::{ASPECTS, SceneField};
use super::scene_fields::{action_form, pages};
use crate::domain::dates::parse_optional_date;
use crate::domain::{
    ActionArea, ActionItem, Complaint, CycleId, Description, Evaluation, Problem, Scene,
    SceneDraft, SceneId, SceneStep,
};
use crate::i18n::{Locale, MomentMsg};
use crate::store::Base;
use crate::tui::widgets::fields::{Fields, Input};

/// Where the keys go on step 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanFocus {
    /// The list of actions.
    List,
    /// The form below it.
    Form,
}

/// A scene being analysed, step by step.
#[derive(Debug, Clone)]
pub struct SceneEditor {
    /// The scene edited; `None` for a new one.
    pub editing: Option<SceneId>,
    /// Its cycle.
    pub cycle_id: CycleId,
    /// The cycle's name, for the header.
    pub cycle_name: String,
    /// Its place in the cycle (none until saved) and how many scenes the cycle has.
    pub position: (Option<u32>, usize),
    /// The step shown.
    pub step: SceneStep,
    /// The fields of steps 1 to 4.
    pub pages: [Fields<SceneField>; 4],
    /// Step 5's actions.
    pub actions: Vec<ActionItem>,
    /// Step 5's form, for a new action or the one being changed.
    pub action_form: Fields<SceneField>,
    /// The action the form changes, if any (else it adds one).
    pub editing_action: Option<usize>,
    /// The action under the list's cursor.
    pub action_cursor: usize,
    /// Where step 5's keys go.
    pub plan_focus: PlanFocus,
    /// Log entries tied to the scene (step 4's evidence).
    pub evidence: Vec<Complaint>,
    /// What the last move or save was refused for.
    pub error: Option<String>,
    /// The version of the stored scene the editor was opened on (or last saved):
    /// saving is refused if someone else changed it since.
    pub seen: Base,
    /// Step 5's actions as opened or last saved.
    saved_actions: Vec<ActionItem>,
}

impl SceneEditor {
    /// An editor for `scene`, or a new scene of `cycle_id` when `None`, opening at the
    /// step it was left on.
    pub fn new(
        cycle: (CycleId, &str, usize),
        scene: Option<&Scene>,
        evidence: Vec<Complaint>,
        l: &Locale,
    ) -> Self {
        let (cycle_id, cycle_name, count) = cycle;
        let blank = SceneDraft::new(cycle_id);
        let draft = scene.map_or(&blank, |s| &s.draft);
        Self {
            editing: scene.map(|s| s.id),
            cycle_id,
            cycle_name: cycle_name.to_string(),
            position: (scene.map(|s| s.position), count),
            step: draft.step,
            pages: pages(draft, scene.map(|s| s.position), l),
            actions: draft.actions.clone(),
            action_form: action_form(None, l),
            editing_action: None,
            action_cursor: 0,
            plan_focus: PlanFocus::Form,
            evidence,
            error: None,
            seen: scene.map_or(Base::Latest, |s| Base::Seen(s.version)),
            saved_actions: draft.actions.clone(),
        }
    }

    /// The place in its cycle the scene is to be put at: none to leave it where it is
    /// (a new one at the end), or why the field's text is not a place.
    pub fn place(&self, l: &Locale) -> Result<Option<u32>, String> {
        let (now, count) = self.position;
        // A new scene makes the cycle one longer.
        let last = if now.is_some() { count } else { count.max(1) };
        let text = self.text(0, SceneField::Place);
        match text.trim() {
            "" => Ok(None),
            t => match t.parse::<u32>() {
                Ok(n) if (1..=last as u32).contains(&n) => Ok((Some(n) != now).then_some(n)),
                _ => {
                    let said = if now.is_some() {
                        MomentMsg::PlaceRangeSaved
                    } else {
                        MomentMsg::PlaceRange
                    };
                    Err(crate::i18n::fill(l.t(said), last))
                }
            },
        }
    }

    /// Whether anything changed since the editor opened or last saved.
    pub fn dirty(&self) -> bool {
        self.actions != self.saved_actions
            || self.pages.iter().any(Fields::dirty)
            || self.action_form.dirty()
    }

    /// The fields that take the keys on this step.
    pub fn fields(&self) -> &Fields<SceneField> {
        match self.step.number() {
            5 => &self.action_form,
            n => &self.pages[usize::from(n - 1)],
        }
    }

    fn fields_mut(&mut self) -> &mut Fields<SceneField> {
        match self.step.number() {
            5 => &mut self.action_form,
            n => &mut self.pages[usize::from(n - 1)],
        }
    }

    /// Whether the keys go to step 5's list of actions.
    pub fn on_list(&self) -> bool {
        self.step == SceneStep::Plan && self.plan_focus == PlanFocus::List
    }

    /// Whether the focused field is a choice.
    pub fn on_choice(&self) -> bool {
        !self.on_list() && self.fields().on_choice()
    }

    /// Whether the focused field is a one-line text (Enter moves on rather than
    /// breaking the line).
    pub fn on_line(&self) -> bool {
        !self.on_list()
            && matches!(
                self.fields().focused().map(|f| &f.input),
                Some(Input::Text(_))
            )
    }

    fn text(&self, page: usize, field: SceneField) -> String {
        self.pages[page].text_of(field)
    }

    fn score(&self, field: SceneField) -> Option<u8> {
        self.pages[3].code_of(field).and_then(|c| c.parse().ok())
    }

    /// The scene as typed so far, at the step shown.
    pub fn draft(&self) -> SceneDraft {
        let code = |field| self.pages[0].code_of(field);
        let aspect = |i: usize| self.text(2, ASPECTS[i]);
        SceneDraft {
            cycle_id: self.cycle_id,
            title: self.text(0, SceneField::Title).trim().to_string(),
            category: code(SceneField::Category).and_then(|c| c.parse().ok()),
            channel: code(SceneField::Channel).and_then(|c| c.parse().ok()),
            visualisation: self.text(1, SceneField::Visualisation),
            description: Description {
                situation: aspect(0),
                material: aspect(1),
                furniture: aspect(2),
                location: aspect(3),
                staff: aspect(4),
                other_clients: aspect(5),
            },
            evaluation: Evaluation {
                expected: self.text(3, SceneField::Expected),
                expected_score: self.score(SceneField::ExpectedScore),
                delivered: self.text(3, SceneField::Delivered),
                delivered_score: self.score(SceneField::DeliveredScore),
            },
            actions: self.actions.clone(),
            step: self.step,
        }
    }

    /// Goes to the next step; step 1 needs a title first, and there is none after 5.
    pub fn next_step(&mut self) -> Result<(), MomentMsg> {
        self.draft()
            .may_leave(self.step)
            .map_err(|_| MomentMsg::TitleRequired)?;
        let next = self.step.next().ok_or(MomentMsg::LastStep)?;
        self.go_to(next);
        Ok(())
    }

    /// Goes back a step (none before 1).
    pub fn prev_step(&mut self) {
        if let Some(prev) = self.step.prev() {
            self.go_to(prev);
        }
    }

    fn go_to(&mut self, step: SceneStep) {
        self.step = step;
        self.error = None;
        self.plan_focus = PlanFocus::Form;
        let fields = self.fields_mut();
        fields.focus_field(0);
    }

    /// Focus on the next field of the step (step 5: list, then the form's fields).
    pub fn next_field(&mut self) {
        self.move_focus(1);
    }

    /// Focus on the previous field of the step.
    pub fn prev_field(&mut self) {
        self.move_focus(-1);
    }

    fn move_focus(&mut self, delta: isize) {
        if self.step != SceneStep::Plan || self.actions.is_empty() {
            let fields = self.fields_mut();
            if delta > 0 {
                fields.next_field();
            } else {
                fields.prev_field();
            }
            return;
        }
        // Step 5 with actions: the list is one more stop before the form's fields.
        let last = self.action_form.len() - 1;
        match (self.plan_focus, delta > 0, self.action_form.focus) {
            (PlanFocus::List, true, _) => self.focus_form(0),
            (PlanFocus::List, false, _) => self.focus_form(last),
            (PlanFocus::Form, true, f) if f == last => self.plan_focus = PlanFocus::List,
            (PlanFocus::Form, false, 0) => self.plan_focus = PlanFocus::List,
            (PlanFocus::Form, true, f) => self.focus_form(f + 1),
            (PlanFocus::Form, false, f) => self.focus_form(f - 1),
        }
    }

    fn focus_form(&mut self, i: usize) {
        self.plan_focus = PlanFocus::Form;
        self.action_form.focus_field(i);
    }

    /// A key for the focused text.
    /// A key for the focused field; false when a choice has no option it begins.
    pub fn type_key(&mut self, key: KeyEvent, l: &Locale) -> bool {
        self.on_list() || self.fields_mut().type_key(key, l)
    }

    /// Pasted text for the focused text.
    pub fn paste(&mut self, text: &str) {
        if !self.on_list() {
            self.fields_mut().paste(text);
        }
    }

    /// Changes the focused choice by `delta`.
    pub fn cycle_choice(&mut self, delta: isize) {
        if !self.on_list() {
            self.fields_mut().cycle_choice(delta);
        }
    }

    /// Step 5: adds the action in the form (or changes the one being edited) and
    /// empties the form.
    pub fn submit_action(&mut self, l: &Locale) -> Result<(), String> {
        let f = &self.action_form;
        let what = f.text_of(SceneField::What).trim().to_string();
        if what.is_empty() {
            return Err(l.t(MomentMsg::ActionNeedsWhat).to_string());
        }
        let typed = f.text_of(SceneField::Due);
        let due = parse_optional_date(&typed).map_err(|_| {
            let problem = l.problem(&Problem::DateShape(typed.trim().to_string()));
            format!("{}: {problem}", l.label(&SceneField::Due))
        })?;
        let area = f
            .code_of(SceneField::Area)
            .and_then(|c| c.parse().ok())
            .unwrap_or(ActionArea::Staff);
        let mut item = ActionItem {
            area,
            what,
            responsible: f.text_of(SceneField::Responsible).trim().to_string(),
            due,
            done: false,
        };
        match self
            .editing_action
            .take()
            .and_then(|i| self.actions.get_mut(i))
        {
            Some(old) => {
                item.done = old.done;
                *old = item;
            }
            None => {
                self.actions.push(item);
                self.action_cursor = self.actions.len() - 1;
            }
        }
        self.action_form = action_form(None, l);
        self.error = None;
        Ok(())
    }

    /// Whether the form of step 5 holds an action not yet added.
    pub fn action_pending(&self) -> bool {
        !self.action_form.text_of(SceneField::What).trim().is_empty()
    }

    /// Step 5's list: moves the cursor.
    pub fn move_action_cursor(&mut self, delta: isize) {
        let n = self.actions.len();
        if n > 0 {
            self.action_cursor = self.action_cursor.saturating_add_signed(delta).min(n - 1);
        }
    }

    /// Step 5's list: done ↔ open for the action under the cursor.
    pub fn toggle_done(&mut self) {
        if let Some(a) = self.actions.get_mut(self.action_cursor) {
            a.done = !a.done;
        }
    }

    /// Step 5's list: removes the action under the cursor.
    pub fn remove_action(&mut self, l: &Locale) {
        if self.action_cursor < self.actions.len() {
            self.actions.remove(self.action_cursor);
            self.editing_action = None;
            self.action_form = action_form(None, l);
            self.move_action_cursor(0);
            if self.actions.is_empty() {
                self.plan_focus = PlanFocus::Form;
            }
        }
    }

    /// Step 5's list: loads the action under the cursor into the form to change it.
    pub fn edit_action(&mut self, l: &Locale) {
        if let Some(a) = self.actions.get(self.action_cursor) {
            self.action_form = action_form(Some(a), l);
            self.editing_action = Some(self.action_cursor);
            self.focus_form(1);
        }
    }

    /// The scene was stored as `id` at `version`: what is on screen is now what is
    /// saved.
    pub fn saved(&mut self, id: SceneId, version: crate::domain::Version) {
        self.editing = Some(id);
        self.seen = Base::Seen(version);
        self.saved_actions = self.actions.clone();
        for page in &mut self.pages {
            page.mark_saved();
        }
        self.action_form.mark_saved();
        self.error = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn editor() -> (SceneEditor, Locale) {
        let l = Locale::new(Lang::En, "auto");
        (SceneEditor::new((1, "Visit", 1), None, Vec::new(), &l), l)
    }

    fn type_text(e: &mut SceneEditor, text: &str) {
        for c in text.chars() {
            e.type_key(
                KeyEvent::from(crossterm::event::KeyCode::Char(c)),
                &Locale::new(Lang::En, "auto"),
            );
        }
    }

    #[test]
    fn the_title_gates_step_one_and_the_steps_stay_within_one_to_five() {
        let (mut e, _) = editor();
        assert_eq!(e.next_step(), Err(MomentMsg::TitleRequired));
        assert_eq!(e.step, SceneStep::Identify);
        type_text(&mut e, "Pay");
        for expected in [
            SceneStep::Visualise,
            SceneStep::Describe,
            SceneStep::Evaluate,
            SceneStep::Plan,
        ] {
            assert_eq!(e.next_step(), Ok(()));
            assert_eq!(e.step, expected);
            assert_eq!(e.fields().focus, 0, "each step starts on its first field");
        }
        assert_eq!(e.next_step(), Err(MomentMsg::LastStep));
        for _ in 0..6 {
            e.prev_step();
        }
        assert_eq!(e.step, SceneStep::Identify);
        assert!(e.dirty());
    }

    #[test]
    fn step_five_tabs_through_the_list_only_once_there_are_actions() {
        let (mut e, l) = editor();
        type_text(&mut e, "Pay");
        for _ in 0..4 {
            assert_eq!(e.next_step(), Ok(()));
        }
        for _ in 0..4 {
            e.next_field();
        }
        assert!(!e.on_list(), "no list to visit while it is empty");
        assert_eq!(e.action_form.focus, 0);
        e.next_field();
        type_text(&mut e, "Second till");
        assert_eq!(e.submit_action(&l), Ok(()));
        assert_eq!(
            e.action_form.text_of(SceneField::What),
            "",
            "the form empties"
        );
        e.prev_field();
        assert!(e.on_list(), "before the form's first field comes the list");
        e.prev_field();
        assert_eq!((e.on_list(), e.action_form.focus), (false, 3));
        e.next_field();
        assert!(e.on_list());
        e.next_field();
        assert_eq!((e.on_list(), e.action_form.focus), (false, 0));
        e.saved(4, 2);
        assert!(!e.dirty());
        assert_eq!(e.editing, Some(4));
    }
}
