//! The Moments-of-truth tab's effects: cycles, scenes, their order.

use super::{Outcome, Runtime};
use crate::store::StoreError;
use crate::tui::action::MomentsLoaded;
use crate::tui::effect::MomentsEffect;

impl Runtime {
    pub(super) fn moments(&mut self, effect: MomentsEffect) -> Outcome<MomentsLoaded> {
        let now = self.session.clock.now();
        let store = &mut self.store;
        Ok(match effect {
            MomentsEffect::LoadCycles(keep) => MomentsLoaded::Cycles {
                cycles: store.cycles()?,
                keep,
            },
            MomentsEffect::LoadScene(id) => {
                let scene = store.scene(id)?;
                let evidence = store.scene_evidence(id)?;
                MomentsLoaded::Scene(Box::new(scene), evidence)
            }
            MomentsEffect::Save {
                id,
                draft,
                at,
                base,
            } => match store.save_scene(id, &draft, at, now, base) {
                Ok(id) => MomentsLoaded::Saved(id, store.scene(id)?.version),
                Err(StoreError::Changed { .. }) if let Some(id) = id => {
                    MomentsLoaded::Changed(Some(Box::new(store.scene(id)?)))
                }
                Err(StoreError::NoScene(gone)) if Some(gone) == id => MomentsLoaded::Changed(None),
                Err(e) => return Err(e.into()),
            },
            MomentsEffect::Move { id, delta } => {
                MomentsLoaded::Moved(id, store.move_scene(id, delta)?)
            }
            MomentsEffect::Delete(id) => {
                store.delete_scene(id)?;
                MomentsLoaded::Deleted
            }
            MomentsEffect::AddCycle(name) => MomentsLoaded::CycleAdded(store.add_cycle(&name)?),
            MomentsEffect::LoadTies {
                scene,
                text,
                offset,
            } => MomentsLoaded::Ties {
                rows: store.tie_candidates(scene, &text, offset, crate::tui::effect::TIES_PAGE)?,
                text,
                offset,
            },
            MomentsEffect::Tie { scene, entry, to } => {
                store.tie_entry(entry, to)?;
                MomentsLoaded::Tied {
                    entry,
                    scene: to,
                    evidence: store.scene_evidence(scene)?,
                }
            }
        })
    }
}
