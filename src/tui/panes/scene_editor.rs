//! The scene editor's state: the five steps of the analysis as pages of fields, the
//! action plan of step 5, and the rules for walking between steps.

use crossterm::event::KeyEvent;

use crate::domain::dates::parse_optional_date;
use crate::domain::{
    ActionArea, ActionItem, Complaint, CycleId, Description, Evaluation, Problem, Scene,
    SceneCategory, SceneChannel, SceneDraft, SceneId, SceneStep,
};
use crate::i18n::{Label, Locale, MomentMsg, Msg};
use crate::tui::widgets::fields::{Choice, Fields, Input, choice, choices};
use crate::tui::widgets::{TextBox, TextInput};

/// One field of the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum SceneField {
    Title,
    Category,
    Channel,
    Visualisation,
    Situation,
    Material,
    Furniture,
    Location,
    Staff,
    OtherClients,
    Expected,
    ExpectedScore,
    Delivered,
    DeliveredScore,
    Area,
    What,
    Responsible,
    Due,
}

impl Label for SceneField {
    fn msg(&self) -> Msg {
        use MomentMsg as M;
        Msg::Moments(match self {
            SceneField::Title => M::FieldTitle,
            SceneField::Category => M::FieldCategory,
            SceneField::Channel => M::FieldChannel,
            SceneField::Visualisation => M::FieldVisualisation,
            SceneField::Situation => M::FieldSituation,
            SceneField::Material => M::FieldMaterial,
            SceneField::Furniture => M::FieldFurniture,
            SceneField::Location => M::FieldLocation,
            SceneField::Staff => M::FieldStaff,
            SceneField::OtherClients => M::FieldOtherClients,
            SceneField::Expected => M::FieldExpected,
            SceneField::ExpectedScore => M::FieldExpectedScore,
            SceneField::Delivered => M::FieldDelivered,
            SceneField::DeliveredScore => M::FieldDeliveredScore,
            SceneField::Area => M::FieldArea,
            SceneField::What => M::FieldWhat,
            SceneField::Responsible => M::FieldResponsible,
            SceneField::Due => M::FieldDue,
        })
    }
}

/// The six aspects of step 3, in the order they show.
pub const ASPECTS: [SceneField; 6] = [
    SceneField::Situation,
    SceneField::Material,
    SceneField::Furniture,
    SceneField::Location,
    SceneField::Staff,
    SceneField::OtherClients,
];

const SCORES: [(&str, MomentMsg); 5] = [
    ("1", MomentMsg::Score1),
    ("2", MomentMsg::Score2),
    ("3", MomentMsg::Score3),
    ("4", MomentMsg::Score4),
    ("5", MomentMsg::Score5),
];

fn score_input(score: Option<u8>) -> Input {
    let none = Choice {
        code: None,
        msg: Msg::None,
    };
    let options = std::iter::once(none)
        .chain(SCORES.iter().map(|(code, msg)| Choice {
            code: Some(code),
            msg: Msg::Moments(*msg),
        }))
        .collect();
    let current = score.and_then(|s| SCORES.get(usize::from(s).checked_sub(1)?).map(|x| x.0));
    choice(options, current)
}

fn line(text: &str) -> Input {
    Input::Text(Box::new(TextInput::new(text)))
}

fn area(text: &str) -> Input {
    Input::Area(Box::new(TextBox::new(text)))
}

/// The empty form of one action (step 5).
fn action_form(item: Option<&ActionItem>, l: &Locale) -> Fields<SceneField> {
    let due = item
        .and_then(|a| a.due)
        .map(|d| l.date(d))
        .unwrap_or_default();
    Fields::new(vec![
        (
            SceneField::Area,
            choice(choices::<ActionArea>(false), item.map(|a| a.area.code())),
        ),
        (SceneField::What, line(item.map_or("", |a| a.what.as_str()))),
        (
            SceneField::Responsible,
            line(item.map_or("", |a| a.responsible.as_str())),
        ),
        (SceneField::Due, line(&due)),
    ])
}

/// The fields of each step but the plan, built from a draft.
fn pages(d: &SceneDraft) -> [Fields<SceneField>; 4] {
    let desc = &d.description;
    let eval = &d.evaluation;
    [
        Fields::new(vec![
            (SceneField::Title, line(&d.title)),
            (
                SceneField::Category,
                choice(choices::<SceneCategory>(true), d.category.map(|c| c.code())),
            ),
            (
                SceneField::Channel,
                choice(choices::<SceneChannel>(true), d.channel.map(|c| c.code())),
            ),
        ]),
        Fields::new(vec![(SceneField::Visualisation, area(&d.visualisation))]),
        Fields::new(
            ASPECTS
                .iter()
                .zip(desc.aspects())
                .map(|(field, text)| (*field, area(text)))
                .collect(),
        ),
        Fields::new(vec![
            (SceneField::Expected, area(&eval.expected)),
            (SceneField::ExpectedScore, score_input(eval.expected_score)),
            (SceneField::Delivered, area(&eval.delivered)),
            (
                SceneField::DeliveredScore,
                score_input(eval.delivered_score),
            ),
        ]),
    ]
}

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
    actions_changed: bool,
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
            pages: pages(draft),
            actions: draft.actions.clone(),
            action_form: action_form(None, l),
            editing_action: None,
            action_cursor: 0,
            plan_focus: PlanFocus::Form,
            evidence,
            error: None,
            actions_changed: false,
        }
    }

    /// Whether anything changed since the editor opened or last saved.
    pub fn dirty(&self) -> bool {
        self.actions_changed || self.pages.iter().any(|p| p.dirty) || self.action_form.dirty
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
    pub fn type_key(&mut self, key: KeyEvent) {
        if !self.on_list() {
            self.fields_mut().type_key(key);
        }
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
        self.actions_changed = true;
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
            self.actions_changed = true;
        }
    }

    /// Step 5's list: removes the action under the cursor.
    pub fn remove_action(&mut self, l: &Locale) {
        if self.action_cursor < self.actions.len() {
            self.actions.remove(self.action_cursor);
            self.actions_changed = true;
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

    /// The scene was stored as `id`: what is on screen is now what is saved.
    pub fn saved(&mut self, id: SceneId) {
        self.editing = Some(id);
        self.actions_changed = false;
        for page in &mut self.pages {
            page.dirty = false;
        }
        self.action_form.dirty = false;
        self.error = None;
    }
}
