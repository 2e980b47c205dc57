//! The five steps of a scene's analysis (DOMAIN.md "Moments of truth"), in the order
//! the editor walks them.

use super::attributes::coded_enum;

coded_enum! {
    /// The five steps of a scene's analysis, in the order the editor walks them.
    pub enum SceneStep {
        /// 1: name the scene and place it in the cycle.
        Identify,
        /// 2: see it through the client's eyes.
        Visualise,
        /// 3: describe the client's situation and surroundings.
        Describe,
        /// 4: compare what the client expects with what they get.
        Evaluate,
        /// 5: plan the changes.
        Plan,
    }
}

impl SceneStep {
    /// Every step, in order.
    pub const ALL: [SceneStep; 5] = [
        SceneStep::Identify,
        SceneStep::Visualise,
        SceneStep::Describe,
        SceneStep::Evaluate,
        SceneStep::Plan,
    ];

    /// 1 to 5.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The step numbered `n` (1 to 5).
    pub fn from_number(n: u8) -> Option<Self> {
        Self::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// The step after this one (none after planning).
    pub fn next(self) -> Option<Self> {
        Self::from_number(self.number() + 1)
    }

    /// The step before this one (none before identifying).
    pub fn prev(self) -> Option<Self> {
        Self::from_number(self.number() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_walk_forward_and_back_within_one_to_five() {
        assert_eq!(SceneStep::Identify.prev(), None);
        assert_eq!(SceneStep::Identify.next(), Some(SceneStep::Visualise));
        assert_eq!(SceneStep::Evaluate.next(), Some(SceneStep::Plan));
        assert_eq!(SceneStep::Plan.next(), None);
        assert_eq!(SceneStep::Plan.prev(), Some(SceneStep::Evaluate));
        assert_eq!(SceneStep::from_number(0), None);
        assert_eq!(SceneStep::from_number(6), None);
        assert_eq!(
            SceneStep::ALL.map(SceneStep::number),
            [1, 2, 3, 4, 5],
            "numbers follow the order"
        );
    }
}
