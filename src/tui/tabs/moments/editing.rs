//! The scene editor's keys: fields and steps, saving (and what happens when someone
//! else saved the scene meanwhile), step 5's actions, and step 4's evidence picker.

use crossterm::event::KeyCode;

use super::{MomentsTab, SceneAct, SceneEditor};
use crate::domain::SceneStep;
use crate::i18n::{MomentMsg, Msg};
use crate::store::Base;
use crate::tui::action::{Action, MomentsAction};
use crate::tui::effect::{Effect, MomentsEffect};
use crate::tui::overlay::{Overlay, TiePicker};
use crate::tui::tabs::{Cx, Tab};

impl MomentsTab {
    pub(super) fn on_editor(&mut self, action: Action, cx: &mut Cx<'_>) -> Vec<Effect> {
        let l = cx.locale;
        let Some(e) = self.editor.as_mut() else {
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
                if !e.type_key(key, l) {
                    cx.fail(l.t(Msg::NoChoiceBegins).to_string());
                }
            }
            Action::Paste(text) => e.paste(&text),
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
                let at = match e.place(l) {
                    Ok(at) => at,
                    Err(why) => {
                        e.error = Some(why);
                        return Vec::new();
                    }
                };
                return vec![
                    MomentsEffect::Save {
                        id: e.editing,
                        draft: Box::new(draft),
                        at,
                        base: e.seen,
                    }
                    .into(),
                ];
            }
            Action::CancelForm => {
                if e.dirty() {
                    self.ask(SceneAct::Discard, cx);
                } else {
                    self.close_editor();
                }
            }
            Action::Moments(MomentsAction::Answered(SceneAct::Discard)) => self.close_editor(),
            Action::Moments(MomentsAction::Answered(SceneAct::ReloadTheirs)) => {
                if let Some(theirs) = self.theirs.take() {
                    let evidence = std::mem::take(&mut e.evidence);
                    let (cycle_id, name, count) = (e.cycle_id, e.cycle_name.clone(), e.position.1);
                    self.editor = Some(SceneEditor::new(
                        (cycle_id, &name, count),
                        Some(&theirs),
                        evidence,
                        l,
                    ));
                    cx.say(Msg::ReloadedTheirs);
                }
            }
            Action::Moments(MomentsAction::Answered(SceneAct::Overwrite)) => {
                if let Some(theirs) = self.theirs.take() {
                    e.seen = Base::Seen(theirs.version);
                    return self.on_editor(Action::SaveForm, cx);
                }
            }
            Action::Moments(MomentsAction::Answered(SceneAct::SaveAsNew)) => {
                (e.editing, e.seen) = (None, Base::Latest);
                return self.on_editor(Action::SaveForm, cx);
            }
            Action::Moments(MomentsAction::OpenTies) => match e.editing {
                _ if e.step != SceneStep::Evaluate => {
                    e.error = Some(l.t(MomentMsg::TiesStepFour).into())
                }
                None => e.error = Some(l.t(MomentMsg::TiesSaveFirst).into()),
                Some(scene) => {
                    let picker = TiePicker::new(scene, &e.draft().title, l);
                    let first = picker.first_page();
                    cx.overlays
                        .open(Tab::Moments, Overlay::Ties(Box::new(picker)));
                    return self.on_editor(first, cx);
                }
            },
            Action::Moments(MomentsAction::QueryTies { text, offset }) => {
                if let Some(scene) = e.editing {
                    return vec![
                        MomentsEffect::LoadTies {
                            scene,
                            text,
                            offset,
                        }
                        .into(),
                    ];
                }
            }
            Action::Moments(MomentsAction::ToggleTie(entry)) => {
                if let Some(scene) = e.editing {
                    let tied_here = e.evidence.iter().any(|c| c.entry.id == entry);
                    let to = (!tied_here).then_some(scene);
                    return vec![MomentsEffect::Tie { scene, entry, to }.into()];
                }
            }
            Action::Moments(MomentsAction::MoveTie(entry)) => {
                if let Some(scene) = e.editing {
                    return vec![
                        MomentsEffect::Tie {
                            scene,
                            entry,
                            to: Some(scene),
                        }
                        .into(),
                    ];
                }
            }
            _ => {}
        }
        Vec::new()
    }
}

/// The tie picker, if open.
pub(super) fn tie_picker<'a>(cx: &'a mut Cx<'_>) -> Option<&'a mut TiePicker> {
    cx.overlays.find_mut(|o| match o {
        Overlay::Ties(p) => Some(p.as_mut()),
        _ => None,
    })
}
