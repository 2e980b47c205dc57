//! The Moments-of-truth tab: the lists of cycles and scenes, and the five-step scene
//! editor. Owns its state, its update and its view.

mod editing;
mod editor;
mod editor_view;
mod lists;
mod scene_fields;
mod view;

pub use editor::{PlanFocus, SceneEditor, SceneField};
pub use lists::{Lists, MomentsFocus};

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{Cx, Tab, TabPane, ViewCx, show_in};
use crate::domain::SceneId;
use crate::i18n::{MomentMsg, Msg, fill};
use crate::tui::action::{Action, MomentsAction, MomentsLoaded};
use crate::tui::effect::{Effect, MomentsEffect};
use crate::tui::keymap::Context;
use crate::tui::overlay::{Ask, Overlay, Prompt, Purpose};
use view::MomentsView;

/// A question about a scene the user said yes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SceneAct {
    /// Delete this scene.
    Delete(SceneId),
    /// Throw away the editor's changes.
    Discard,
    /// Someone else changed the scene: load theirs into the editor.
    ReloadTheirs,
    /// Someone else changed the scene: save ours over theirs.
    Overwrite,
    /// Someone else deleted the scene: save the editor's as a new one.
    SaveAsNew,
}

/// State of the Moments-of-truth tab.
#[derive(Debug, Clone, Default)]
pub struct MomentsTab {
    lists: Lists,
    editor: Option<SceneEditor>,
    /// Whether what the tab shows changed while it was hidden.
    stale: bool,
    /// The scene as someone else saved it while the editor was open, until the user
    /// chooses between theirs and the editor's.
    theirs: Option<Box<crate::domain::Scene>>,
}

impl MomentsTab {
    /// The cycles and scenes.
    pub fn lists(&self) -> &Lists {
        &self.lists
    }

    /// The scene being analysed, if any.
    pub fn editor(&self) -> Option<&SceneEditor> {
        self.editor.as_ref()
    }

    /// The cycles loaded again, the cursor kept on the same scene; an open editor
    /// keeps what was typed.
    fn reload(&mut self) -> Vec<Effect> {
        self.stale = false;
        let keep = self.lists.selected_scene().map(|s| s.id);
        vec![MomentsEffect::LoadCycles(keep).into()]
    }

    fn ask(&self, act: SceneAct, cx: &mut Cx<'_>) {
        let on_yes = Action::Moments(MomentsAction::Answered(act));
        let ask = match act {
            SceneAct::Delete(_) => {
                let title = self.lists.selected_scene().map(|s| s.title.clone());
                Ask::delete(
                    cx.locale,
                    MomentMsg::ConfirmDeleteScene,
                    &title.unwrap_or_default(),
                    on_yes,
                )
            }
            SceneAct::Discard => Ask::discard(cx.locale, MomentMsg::ConfirmDiscardScene, on_yes),
            SceneAct::ReloadTheirs | SceneAct::Overwrite => {
                let on = |act| Action::Moments(MomentsAction::Answered(act));
                let title = self.theirs.as_ref().map(|s| s.title.clone());
                Ask::conflict(
                    cx.locale,
                    &title.unwrap_or_default(),
                    &[],
                    on(SceneAct::ReloadTheirs),
                    on(SceneAct::Overwrite),
                )
            }
            SceneAct::SaveAsNew => {
                let title = self.editor.as_ref().map(|e| e.draft().title);
                Ask::gone(cx.locale, &title.unwrap_or_default(), on_yes)
            }
        };
        cx.overlays.open(Tab::Moments, Overlay::Ask(ask));
    }

    /// Back to the lists, on the scene just edited if it was ever saved.
    fn close_editor(&mut self) {
        if let Some(id) = self.editor.take().and_then(|e| e.editing) {
            self.lists.select_scene(id);
        }
    }

    fn on_lists(&mut self, action: Action, cx: &mut Cx<'_>) -> Vec<Effect> {
        let m = &mut self.lists;
        let scene = m.selected_scene();
        match action {
            Action::MoveUp => m.move_cursor(-1),
            Action::MoveDown => m.move_cursor(1),
            Action::First => m.move_cursor(isize::MIN / 2),
            Action::Last => m.move_cursor(isize::MAX / 2),
            Action::PageUp => m.move_cursor(-10),
            Action::PageDown => m.move_cursor(10),
            Action::SwitchPane => {
                m.focus = match m.focus {
                    MomentsFocus::Cycles => MomentsFocus::Scenes,
                    MomentsFocus::Scenes => MomentsFocus::Cycles,
                };
            }
            Action::Moments(MomentsAction::NewCycle) => {
                let prompt = Box::new(Prompt::new(Purpose::NewCycle, Vec::new(), cx.locale));
                cx.overlays.open(Tab::Moments, Overlay::Prompt(prompt));
            }
            Action::Moments(MomentsAction::AddCycle(name)) => match name.trim() {
                "" => cx.fail(cx.locale.t(Msg::NameNeeded).to_string()),
                name => return vec![MomentsEffect::AddCycle(name.to_string()).into()],
            },
            Action::Moments(MomentsAction::NewScene) => {
                if let Some(c) = m.selected_cycle() {
                    let cycle = (c.id, c.name.as_str(), c.scenes.len() + 1);
                    self.editor = Some(SceneEditor::new(cycle, None, Vec::new(), cx.locale));
                }
            }
            Action::Moments(MomentsAction::EditScene) => match (m.focus, scene) {
                (MomentsFocus::Cycles, _) => m.focus = MomentsFocus::Scenes,
                (MomentsFocus::Scenes, Some(s)) => {
                    return vec![MomentsEffect::LoadScene(s.id).into()];
                }
                (MomentsFocus::Scenes, None) => {}
            },
            Action::Moments(MomentsAction::DeleteScene) => {
                if let (MomentsFocus::Scenes, Some(s)) = (m.focus, scene) {
                    self.ask(SceneAct::Delete(s.id), cx);
                }
            }
            Action::Moments(MomentsAction::Answered(SceneAct::Delete(id))) => {
                return vec![MomentsEffect::Delete(id).into()];
            }
            Action::Moments(MomentsAction::MoveSceneUp | MomentsAction::MoveSceneDown) => {
                let delta = if action == Action::Moments(MomentsAction::MoveSceneUp) {
                    -1
                } else {
                    1
                };
                match (m.focus, scene) {
                    (MomentsFocus::Scenes, Some(_)) if m.by_gap => {
                        cx.say(MomentMsg::MoveNeedsOrder);
                    }
                    (MomentsFocus::Scenes, Some(s)) => {
                        return vec![MomentsEffect::Move { id: s.id, delta }.into()];
                    }
                    _ => {}
                }
            }
            Action::Moments(MomentsAction::ToggleSort) => {
                let id = scene.map(|s| s.id);
                m.by_gap = !m.by_gap;
                if let Some(i) = m.shown_scenes().iter().position(|s| Some(s.id) == id) {
                    m.scene = i;
                }
                cx.say(if m.by_gap {
                    MomentMsg::SortedByGap
                } else {
                    MomentMsg::SortedByPosition
                });
            }
            _ => {}
        }
        Vec::new()
    }
}

impl TabPane for MomentsTab {
    type Loaded = MomentsLoaded;

    fn contexts(&self, _now: chrono::NaiveDateTime) -> Vec<Context> {
        match &self.editor {
            Some(e) if e.on_list() => vec![Context::ScenePlanList],
            Some(e) if e.on_choice() => vec![Context::SceneChoice],
            Some(_) => vec![Context::SceneText],
            None => vec![Context::Moments, Context::TopLevel],
        }
    }

    fn on_show(&mut self, _cx: &mut Cx<'_>) -> Vec<Effect> {
        if self.lists.cycles.is_none() || self.stale {
            self.reload()
        } else {
            Vec::new()
        }
    }

    fn on_refresh(&mut self, cx: &mut Cx<'_>) -> Vec<Effect> {
        if cx.shown {
            self.reload()
        } else {
            self.stale = true;
            Vec::new()
        }
    }

    fn on_action(&mut self, action: Action, cx: &mut Cx<'_>) -> Vec<Effect> {
        if self.editor.is_some() {
            self.on_editor(action, cx)
        } else {
            self.on_lists(action, cx)
        }
    }

    fn on_loaded(&mut self, loaded: MomentsLoaded, cx: &mut Cx<'_>) -> Vec<Effect> {
        let m = &mut self.lists;
        match loaded {
            MomentsLoaded::Ties { text, offset, rows } => {
                if let Some(p) = editing::tie_picker(cx) {
                    p.loaded(&text, offset, rows, crate::tui::effect::TIES_PAGE);
                }
            }
            MomentsLoaded::Tied {
                entry,
                scene,
                evidence,
            } => {
                if let Some(p) = editing::tie_picker(cx) {
                    p.tied(entry, scene);
                }
                if let Some(e) = &mut self.editor {
                    e.evidence = evidence;
                }
            }
            MomentsLoaded::Cycles { cycles, keep } => {
                // A saved scene learns its place in the cycle.
                if let Some(e) = &mut self.editor
                    && let Some(s) = cycles
                        .iter()
                        .flat_map(|c| &c.scenes)
                        .find(|s| Some(s.id) == e.editing)
                {
                    let count = cycles
                        .iter()
                        .find(|c| c.id == e.cycle_id)
                        .map_or(0, |c| c.scenes.len());
                    // The place the store gave it shows in its field, as saved, unless
                    // the user has typed another there.
                    let shown = e.pages[0].text_of(SceneField::Place);
                    let untouched = shown.trim().is_empty()
                        || e.position.0.map(|p| p.to_string()) == Some(shown.trim().to_string());
                    e.position = (Some(s.position), count);
                    if untouched {
                        e.pages[0].set_saved_text(SceneField::Place, &s.position.to_string());
                    }
                }
                m.load(cycles, keep);
            }
            MomentsLoaded::Scene(scene, evidence) => {
                let Some(c) = m.cycles.iter().flatten().find(|c| c.id == scene.cycle_id) else {
                    return Vec::new();
                };
                let cycle = (c.id, c.name.as_str(), c.scenes.len());
                self.editor = Some(SceneEditor::new(cycle, Some(&scene), evidence, cx.locale));
            }
            MomentsLoaded::Saved(id, version) => {
                if let Some(e) = &mut self.editor {
                    e.saved(id, version);
                }
                cx.say(MomentMsg::SceneSaved);
                return vec![MomentsEffect::LoadCycles(Some(id)).into()];
            }
            MomentsLoaded::Changed(theirs) => {
                let act = if theirs.is_some() {
                    SceneAct::ReloadTheirs
                } else {
                    SceneAct::SaveAsNew
                };
                self.theirs = theirs;
                self.ask(act, cx);
            }
            MomentsLoaded::Moved(id, position) => {
                // At an end already, nothing moved: said so, not "moved".
                let was = m
                    .selected_scene()
                    .filter(|s| s.id == id)
                    .map(|s| s.position);
                let said = if was == Some(position) {
                    MomentMsg::SceneAtEnd
                } else {
                    MomentMsg::SceneMoved
                };
                cx.say_text(fill(cx.locale.t(said), position));
                return vec![MomentsEffect::LoadCycles(Some(id)).into()];
            }
            MomentsLoaded::Deleted => {
                cx.say(MomentMsg::SceneDeleted);
                return vec![MomentsEffect::LoadCycles(None).into()];
            }
            MomentsLoaded::CycleAdded(id) => {
                cx.overlays
                    .close(|o| matches!(o, Overlay::Prompt(p) if p.purpose == Purpose::NewCycle));
                m.focus = MomentsFocus::Scenes;
                // The cursor goes to the new cycle once the list comes back.
                m.want_cycle = Some(id);
                cx.say(MomentMsg::CycleAdded);
                return vec![MomentsEffect::LoadCycles(None).into()];
            }
        }
        Vec::new()
    }

    fn show_error(&mut self, text: String) -> Option<String> {
        show_in(self.editor.as_mut().map(|e| &mut e.error), text)
    }

    fn unsaved(&self) -> bool {
        self.editor.as_ref().is_some_and(SceneEditor::dirty)
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &ViewCx<'_>) {
        MomentsView {
            lists: &self.lists,
            editor: self.editor.as_ref(),
            locale: view.locale,
            today: view.today(),
        }
        .render(area, buf);
    }
}
