//! What the Moments-of-truth tab does with the keys and with what the store sends
//! back: the lists of cycles and scenes, their boxes, and the scene editor.

use super::App;
use crate::domain::SceneStep;
use crate::i18n::{MomentMsg, fill};
use crate::tui::action::{Action, MomentsAction, Tab};
use crate::tui::effect::Effect;
use crate::tui::keymap::Context;
use crate::tui::panes::moments::{MomentsFocus, MomentsPopup};
use crate::tui::panes::scene_editor::SceneEditor;
use crate::tui::widgets::TextInput;
use crossterm::event::KeyCode;

impl App {
    /// The keymap contexts of the Moments tab.
    pub(super) fn moments_contexts(&self) -> Vec<Context> {
        let m = &self.moments;
        match (&m.popup, &m.editor) {
            (Some(MomentsPopup::NewCycle(_)), _) => vec![Context::PopupText],
            (Some(_), _) => vec![Context::Confirm],
            (None, Some(e)) if e.on_list() => vec![Context::ScenePlanList],
            (None, Some(e)) if e.on_choice() => vec![Context::SceneChoice],
            (None, Some(_)) => vec![Context::SceneText],
            (None, None) => vec![Context::Moments, Context::TopLevel],
        }
    }

    /// Loads the cycles if the tab is shown and they are not loaded.
    pub(super) fn load_moments_if_needed(&self) -> Vec<Effect> {
        if self.tab == Tab::Moments && self.moments.cycles.is_none() {
            vec![Effect::LoadCycles(None)]
        } else {
            Vec::new()
        }
    }

    /// Handles the Moments results (on any tab) and the tab's keys; `None` leaves the
    /// action to the rest of `update`.
    pub(super) fn update_moments(&mut self, action: &Action) -> Option<Vec<Effect>> {
        if let Action::Moments(result) = action
            && let Some(effects) = self.moments_result(result)
        {
            return Some(effects);
        }
        if !self.for_tab(Tab::Moments, action) {
            return None;
        }
        if self.moments.popup.is_some() {
            return Some(self.update_moments_popup(action));
        }
        if self.moments.editor.is_some() {
            return Some(self.update_scene_editor(action));
        }
        let m = &mut self.moments;
        let scene = m.selected_scene();
        let effects = match action {
            Action::MoveUp => {
                m.move_cursor(-1);
                Vec::new()
            }
            Action::MoveDown => {
                m.move_cursor(1);
                Vec::new()
            }
            Action::SwitchPane => {
                m.focus = match m.focus {
                    MomentsFocus::Cycles => MomentsFocus::Scenes,
                    MomentsFocus::Scenes => MomentsFocus::Cycles,
                };
                Vec::new()
            }
            Action::Moments(MomentsAction::NewCycle) => {
                let mut input = TextInput::new("");
                input.set_focused(true);
                m.popup = Some(MomentsPopup::NewCycle(Box::new(input)));
                Vec::new()
            }
            Action::Moments(MomentsAction::NewScene) => {
                if let Some(c) = m.selected_cycle() {
                    let cycle = (c.id, c.name.as_str(), c.scenes.len() + 1);
                    m.editor = Some(SceneEditor::new(cycle, None, Vec::new(), &self.locale));
                }
                Vec::new()
            }
            Action::Moments(MomentsAction::EditScene) => match (m.focus, scene) {
                (MomentsFocus::Cycles, _) => {
                    m.focus = MomentsFocus::Scenes;
                    Vec::new()
                }
                (MomentsFocus::Scenes, Some(s)) => vec![Effect::LoadScene(s.id)],
                (MomentsFocus::Scenes, None) => Vec::new(),
            },
            Action::Moments(MomentsAction::DeleteScene) => {
                if let (MomentsFocus::Scenes, Some(s)) = (m.focus, scene) {
                    m.popup = Some(MomentsPopup::ConfirmDelete {
                        id: s.id,
                        title: s.title.clone(),
                    });
                }
                Vec::new()
            }
            Action::Moments(MomentsAction::MoveSceneUp | MomentsAction::MoveSceneDown) => {
                let delta = if *action == Action::Moments(MomentsAction::MoveSceneUp) {
                    -1
                } else {
                    1
                };
                match (m.focus, scene) {
                    (MomentsFocus::Scenes, Some(_)) if m.by_gap => {
                        self.say(MomentMsg::MoveNeedsOrder);
                        Vec::new()
                    }
                    (MomentsFocus::Scenes, Some(s)) => vec![Effect::MoveScene { id: s.id, delta }],
                    _ => Vec::new(),
                }
            }
            Action::Moments(MomentsAction::ToggleSort) => {
                let id = scene.map(|s| s.id);
                m.by_gap = !m.by_gap;
                if let Some(i) = m.shown_scenes().iter().position(|s| Some(s.id) == id) {
                    m.scene = i;
                }
                self.say(if self.moments.by_gap {
                    MomentMsg::SortedByGap
                } else {
                    MomentMsg::SortedByPosition
                });
                Vec::new()
            }
            _ => return None,
        };
        Some(effects)
    }

    /// The store's answers; `None` for the tab's own keys.
    fn moments_result(&mut self, result: &MomentsAction) -> Option<Vec<Effect>> {
        let m = &mut self.moments;
        match result {
            MomentsAction::CyclesLoaded { cycles, keep } => {
                m.load(cycles.clone(), *keep);
                // A saved scene learns its place in the cycle.
                if let Some(e) = &mut m.editor
                    && let Some(s) = cycles
                        .iter()
                        .flat_map(|c| &c.scenes)
                        .find(|s| Some(s.id) == e.editing)
                {
                    let count = cycles
                        .iter()
                        .find(|c| c.id == e.cycle_id)
                        .map_or(0, |c| c.scenes.len());
                    e.position = (Some(s.position), count);
                }
            }
            MomentsAction::SceneLoaded(scene, evidence) => {
                let Some(c) = m.cycles.iter().flatten().find(|c| c.id == scene.cycle_id) else {
                    return Some(Vec::new());
                };
                let cycle = (c.id, c.name.as_str(), c.scenes.len());
                m.editor = Some(SceneEditor::new(
                    cycle,
                    Some(scene),
                    evidence.clone(),
                    &self.locale,
                ));
            }
            MomentsAction::SceneSaved(id) => {
                if let Some(e) = &mut m.editor {
                    e.saved(*id);
                }
                self.say(MomentMsg::SceneSaved);
                return Some(vec![Effect::LoadCycles(Some(*id))]);
            }
            MomentsAction::SceneMoved(id, position) => {
                self.status = Some(super::Status {
                    text: fill(self.locale.t(MomentMsg::SceneMoved), position),
                    is_error: false,
                });
                return Some(vec![Effect::LoadCycles(Some(*id))]);
            }
            MomentsAction::SceneDeleted => {
                self.say(MomentMsg::SceneDeleted);
                return Some(vec![Effect::LoadCycles(None)]);
            }
            MomentsAction::CycleAdded(id) => {
                m.popup = None;
                m.focus = MomentsFocus::Scenes;
                // The cursor goes to the new cycle once the list comes back.
                m.want_cycle = Some(*id);
                self.say(MomentMsg::CycleAdded);
                return Some(vec![Effect::LoadCycles(None)]);
            }
            MomentsAction::SceneFailed(text) => match &mut m.editor {
                Some(e) => e.error = Some(text.clone()),
                None => self.fail(text.clone()),
            },
            _ => return None,
        }
        Some(Vec::new())
    }

    fn update_moments_popup(&mut self, action: &Action) -> Vec<Effect> {
        let m = &mut self.moments;
        let Some(popup) = m.popup.as_mut() else {
            return Vec::new();
        };
        match (popup, action) {
            (MomentsPopup::NewCycle(input), Action::Type(key)) => {
                input.handle(*key);
            }
            (MomentsPopup::NewCycle(input), Action::Paste(text)) => {
                input.paste(text);
            }
            (MomentsPopup::NewCycle(input), Action::SavePopup) => {
                let name = input.text().trim().to_string();
                if !name.is_empty() {
                    return vec![Effect::AddCycle(name)];
                }
            }
            (MomentsPopup::ConfirmDelete { id, .. }, Action::Confirm) => {
                let id = *id;
                m.popup = None;
                return vec![Effect::DeleteScene(id)];
            }
            (MomentsPopup::ConfirmDiscard, Action::Confirm) => {
                m.popup = None;
                m.editor = None;
            }
            (_, Action::Deny) => m.popup = None,
            _ => {}
        }
        Vec::new()
    }

    fn update_scene_editor(&mut self, action: &Action) -> Vec<Effect> {
        let l = &self.locale;
        let m = &mut self.moments;
        let Some(e) = m.editor.as_mut() else {
            return Vec::new();
        };
        match action {
            Action::NextField => e.next_field(),
            Action::PrevField => e.prev_field(),
            Action::NextChoice => e.cycle_choice(1),
            Action::PrevChoice => e.cycle_choice(-1),
            Action::MoveUp => e.move_action_cursor(-1),
            Action::MoveDown => e.move_action_cursor(1),
            Action::Moments(MomentsAction::NextStep) => {
                if let Err(msg) = e.next_step() {
                    e.error = Some(l.t(msg).to_string());
                }
            }
            Action::Moments(MomentsAction::PrevStep) => e.prev_step(),
            Action::Moments(MomentsAction::ToggleDone) => e.toggle_done(),
            Action::Moments(MomentsAction::RemoveAction) => e.remove_action(l),
            Action::Moments(MomentsAction::EditAction) => e.edit_action(l),
            // Enter on a one-line field: step 5 adds the action, elsewhere it moves on.
            Action::Type(key) if key.code == KeyCode::Enter && e.on_line() => {
                if e.step == SceneStep::Plan {
                    if let Err(why) = e.submit_action(l) {
                        e.error = Some(why);
                    }
                } else {
                    e.next_field();
                }
            }
            Action::Type(key) => {
                e.error = None;
                e.type_key(*key);
            }
            Action::Paste(text) => e.paste(text),
            Action::SaveForm => {
                // An action typed but not added is kept, not lost.
                if e.action_pending()
                    && let Err(why) = e.submit_action(l)
                {
                    e.error = Some(why);
                    return Vec::new();
                }
                let draft = e.draft();
                if draft.may_leave(SceneStep::Identify).is_err() {
                    e.error = Some(l.t(MomentMsg::TitleRequired).to_string());
                    return Vec::new();
                }
                return vec![Effect::SaveScene {
                    id: e.editing,
                    draft: Box::new(draft),
                }];
            }
            Action::CancelForm => {
                if e.dirty() {
                    m.popup = Some(MomentsPopup::ConfirmDiscard);
                } else {
                    m.editor = None;
                }
            }
            _ => {}
        }
        Vec::new()
    }
}
