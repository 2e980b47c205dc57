//! The Moments-of-truth tab's lists: the service cycles and the scenes of the chosen
//! one (in order or worst gap first). Drawn by [`view`](super::view).

use crate::domain::scene::worst_gap_first;
use crate::domain::{CycleId, Scene, SceneId, ServiceCycle};

/// Which list takes the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MomentsFocus {
    /// The service cycles.
    #[default]
    Cycles,
    /// The chosen cycle's scenes.
    Scenes,
}

/// The lists of the tab: the service cycles and the chosen one's scenes.
#[derive(Debug, Clone, Default)]
pub struct Lists {
    /// Every cycle with its scenes; `None` until loaded.
    pub cycles: Option<Vec<ServiceCycle>>,
    /// The cycle under the cursor.
    pub cycle: usize,
    /// The scene under the cursor (in the order shown).
    pub scene: usize,
    /// Which list takes the keys.
    pub focus: MomentsFocus,
    /// Scenes worst gap first instead of in the cycle's order.
    pub by_gap: bool,
    /// The cycle the cursor goes to when the list next loads (one just made).
    pub want_cycle: Option<CycleId>,
}

impl Lists {
    /// The cycle under the cursor.
    pub fn selected_cycle(&self) -> Option<&ServiceCycle> {
        self.cycles.as_ref()?.get(self.cycle)
    }

    /// The chosen cycle's scenes in the order shown.
    pub fn shown_scenes(&self) -> Vec<Scene> {
        let mut scenes = self
            .selected_cycle()
            .map(|c| c.scenes.clone())
            .unwrap_or_default();
        if self.by_gap {
            worst_gap_first(&mut scenes);
        }
        scenes
    }

    /// The scene under the cursor.
    pub fn selected_scene(&self) -> Option<Scene> {
        self.shown_scenes().into_iter().nth(self.scene)
    }

    /// Takes a fresh list of cycles, keeping the cursor on the same cycle and on
    /// scene `keep` if given.
    pub fn load(&mut self, cycles: Vec<ServiceCycle>, keep: Option<SceneId>) {
        let cycle_id = self
            .want_cycle
            .take()
            .or(self.selected_cycle().map(|c| c.id));
        self.cycle = cycle_id
            .and_then(|id| cycles.iter().position(|c| c.id == id))
            .unwrap_or(0)
            .min(cycles.len().saturating_sub(1));
        self.cycles = Some(cycles);
        if let Some(id) = keep
            && let Some(i) = self.shown_scenes().iter().position(|s| s.id == id)
        {
            self.scene = i;
        }
        self.clamp();
    }

    /// Puts the cursor on scene `id`, its cycle chosen and the scenes taking the keys.
    pub fn select_scene(&mut self, id: SceneId) {
        let Some(cycle) = self
            .cycles
            .as_ref()
            .and_then(|cs| cs.iter().position(|c| c.scenes.iter().any(|s| s.id == id)))
        else {
            return;
        };
        self.cycle = cycle;
        self.focus = MomentsFocus::Scenes;
        if let Some(i) = self.shown_scenes().iter().position(|s| s.id == id) {
            self.scene = i;
        }
    }

    /// Keeps the cursors within the lists.
    pub fn clamp(&mut self) {
        let n = self.cycles.as_ref().map_or(0, Vec::len);
        self.cycle = self.cycle.min(n.saturating_sub(1));
        let scenes = self.selected_cycle().map_or(0, |c| c.scenes.len());
        self.scene = self.scene.min(scenes.saturating_sub(1));
    }

    /// Moves the cursor of the focused list.
    pub fn move_cursor(&mut self, delta: isize) {
        match self.focus {
            MomentsFocus::Cycles => {
                let n = self.cycles.as_ref().map_or(0, Vec::len);
                let to = self
                    .cycle
                    .saturating_add_signed(delta)
                    .min(n.saturating_sub(1));
                if to != self.cycle {
                    self.cycle = to;
                    self.scene = 0;
                }
            }
            MomentsFocus::Scenes => self.scene = self.scene.saturating_add_signed(delta),
        }
        self.clamp();
    }
}
