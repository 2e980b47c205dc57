//! Classes as filters: "inactive + high volume" are the clients to win back,
//! "mercenary" the ones to bond, a to-do group the day's calls.

use super::classification::{Frequency, Lifecycle, Satisfaction, Volume};
use super::loyalty::Quadrant;
use super::standing::{Standing, ToDo, ToDoSet};

/// The four classes of a client, in a small copyable form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClassSet {
    /// Lifecycle.
    pub lifecycle: Lifecycle,
    /// Frequency.
    pub frequency: Frequency,
    /// Volume.
    pub volume: Volume,
    /// Satisfaction.
    pub satisfaction: Satisfaction,
    /// Loyalty quadrant.
    pub quadrant: Quadrant,
    /// The to-do groups the client is in.
    pub todo: ToDoSet,
}

impl Standing {
    /// The classes, quadrant and to-do groups.
    pub fn classes(&self) -> ClassSet {
        let c = &self.classification;
        ClassSet {
            lifecycle: c.lifecycle,
            frequency: c.frequency,
            volume: c.volume,
            satisfaction: c.satisfaction,
            quadrant: self.loyalty.quadrant,
            todo: self.todo,
        }
    }
}

/// One class of one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// A lifecycle class.
    Lifecycle(Lifecycle),
    /// A frequency class.
    Frequency(Frequency),
    /// A volume class.
    Volume(Volume),
    /// A satisfaction class.
    Satisfaction(Satisfaction),
    /// A loyalty quadrant.
    Quadrant(Quadrant),
    /// A to-do group of the dashboard.
    ToDo(ToDo),
}

impl Class {
    /// Every class of the four classification dimensions, dimension by dimension.
    pub fn all() -> Vec<Class> {
        use strum::IntoEnumIterator;
        Lifecycle::iter()
            .map(Class::Lifecycle)
            .chain(Frequency::iter().map(Class::Frequency))
            .chain(Volume::iter().map(Class::Volume))
            .chain(Satisfaction::iter().map(Class::Satisfaction))
            .collect()
    }

    /// 0 lifecycle, 1 frequency, 2 volume, 3 satisfaction, 4 quadrant, 5 to-do.
    pub fn dimension(self) -> usize {
        match self {
            Class::Lifecycle(_) => 0,
            Class::Frequency(_) => 1,
            Class::Volume(_) => 2,
            Class::Satisfaction(_) => 3,
            Class::Quadrant(_) => 4,
            Class::ToDo(_) => 5,
        }
    }
}

impl ClassSet {
    /// Whether the client is in `class`.
    pub fn has(&self, class: Class) -> bool {
        match class {
            Class::Lifecycle(c) => self.lifecycle == c,
            Class::Frequency(c) => self.frequency == c,
            Class::Volume(c) => self.volume == c,
            Class::Satisfaction(c) => self.satisfaction == c,
            Class::Quadrant(q) => self.quadrant == q,
            Class::ToDo(g) => self.todo.contains(g),
        }
    }
}

/// Classes a client must all be in, at most one per dimension: "inactive + high
/// volume" are the clients to win back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClassFilter {
    classes: Vec<Class>,
}

impl ClassFilter {
    /// Adds `class`, replacing another of its dimension; removes it if already there.
    pub fn toggle(&mut self, class: Class) {
        if self.classes.contains(&class) {
            self.classes.retain(|c| *c != class);
        } else {
            self.classes.retain(|c| c.dimension() != class.dimension());
            self.classes.push(class);
            self.classes.sort_by_key(|c| c.dimension());
        }
    }

    /// The chosen classes, by dimension.
    pub fn classes(&self) -> &[Class] {
        &self.classes
    }

    /// Whether nothing is chosen (everyone passes).
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty()
    }

    /// Whether a client with `set` passes.
    pub fn matches(&self, set: &ClassSet) -> bool {
        self.classes.iter().all(|c| set.has(*c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_keeps_one_class_per_dimension() {
        let set = ClassSet {
            lifecycle: Lifecycle::Inactive,
            frequency: Frequency::Occasional,
            volume: Volume::High,
            satisfaction: Satisfaction::Unknown,
            quadrant: Quadrant::Unknown,
            todo: ToDoSet::default(),
        };
        let mut f = ClassFilter::default();
        assert!(f.matches(&set));
        f.toggle(Class::Volume(Volume::High));
        f.toggle(Class::Lifecycle(Lifecycle::Active));
        assert!(!f.matches(&set));
        f.toggle(Class::Lifecycle(Lifecycle::Inactive));
        assert_eq!(
            f.classes(),
            [
                Class::Lifecycle(Lifecycle::Inactive),
                Class::Volume(Volume::High)
            ]
        );
        assert!(f.matches(&set));
        f.toggle(Class::Volume(Volume::High));
        assert_eq!(f.classes(), [Class::Lifecycle(Lifecycle::Inactive)]);
        assert_eq!(Class::all().len(), 15);
    }

    #[test]
    fn quadrants_and_to_do_groups_filter_like_classes() {
        let mut todo = ToDoSet::default();
        todo.insert(ToDo::WinBack);
        todo.insert(ToDo::Birthdays);
        let set = ClassSet {
            lifecycle: Lifecycle::Inactive,
            frequency: Frequency::Occasional,
            volume: Volume::High,
            satisfaction: Satisfaction::Satisfied,
            quadrant: Quadrant::Mercenary,
            todo,
        };
        let mut f = ClassFilter::default();
        f.toggle(Class::Quadrant(Quadrant::Mercenary));
        f.toggle(Class::ToDo(ToDo::Birthdays));
        assert!(f.matches(&set));
        f.toggle(Class::ToDo(ToDo::HostageComplaints));
        assert!(!f.matches(&set), "one group at a time, and not this one");
        assert_eq!(f.classes().len(), 2);
    }
}
