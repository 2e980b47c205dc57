//! The dashboard tab's state: the loyalty quadrants, the day's to-do groups, the
//! clients per class (each selects the clients shown in the list) and the open
//! complaints (answered from here). Drawn by [`dashboard_view`](super::dashboard_view).

use std::collections::HashMap;

use strum::IntoEnumIterator;

use super::client_list::RowStatus;
use crate::domain::{Class, ClassFilter, ClientId, Complaint, DashboardFigures, Quadrant, ToDo};

/// Which pane of the dashboard has the keys; Tab goes round them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DashboardFocus {
    /// The 2×2 loyalty grid.
    #[default]
    Quadrants,
    /// The "to do today" groups.
    ToDo,
    /// The class counts.
    Classes,
    /// The open complaints.
    Complaints,
}

/// State of the dashboard.
#[derive(Debug, Clone, Default)]
pub struct Dashboard {
    /// Which pane has the keys.
    pub focus: DashboardFocus,
    /// The figures, once computed.
    pub figures: Option<DashboardFigures>,
    /// Whether the data changed since the figures were computed.
    pub stale: bool,
    /// The quadrant under the cursor (index in [`Quadrant`] order).
    pub quadrant_cursor: usize,
    /// The to-do group under the cursor (index in [`ToDo`] order).
    pub todo_cursor: usize,
    /// Row of the cursor among [`Class::all`].
    pub class_cursor: usize,
    /// Classes chosen with Space, applied to the list with Enter.
    pub chosen: ClassFilter,
    /// Clients per class.
    pub counts: HashMap<Class, usize>,
    /// Open complaints, oldest first.
    pub complaints: Vec<Complaint>,
    /// Row of the cursor among the complaints.
    pub complaint_cursor: usize,
}

impl Dashboard {
    /// Counts the clients of each class.
    pub fn count(&mut self, statuses: &HashMap<ClientId, RowStatus>) {
        let all = Class::all();
        self.counts = all.iter().map(|c| (*c, 0)).collect();
        for status in statuses.values() {
            for class in &all {
                if status.classes.has(*class) {
                    *self.counts.entry(*class).or_default() += 1;
                }
            }
        }
    }

    /// Moves the cursor of the focused pane by `delta`.
    pub fn move_by(&mut self, delta: isize) {
        let (cursor, len) = match self.focus {
            DashboardFocus::Quadrants => (&mut self.quadrant_cursor, Quadrant::iter().len()),
            DashboardFocus::ToDo => (&mut self.todo_cursor, ToDo::iter().len()),
            DashboardFocus::Classes => (&mut self.class_cursor, Class::all().len()),
            DashboardFocus::Complaints => (&mut self.complaint_cursor, self.complaints.len()),
        };
        *cursor = cursor
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
    }

    /// Gives the keys to the next pane.
    pub fn switch_focus(&mut self) {
        use DashboardFocus::*;
        self.focus = match self.focus {
            Quadrants => ToDo,
            ToDo => Classes,
            Classes => Complaints,
            Complaints => Quadrants,
        };
    }

    /// The quadrant under the cursor.
    pub fn quadrant(&self) -> Option<Quadrant> {
        Quadrant::iter().nth(self.quadrant_cursor)
    }

    /// The to-do group under the cursor.
    pub fn todo_group(&self) -> Option<ToDo> {
        ToDo::iter().nth(self.todo_cursor)
    }

    /// The class, quadrant or group under the cursor of the focused pane.
    pub fn class_under_cursor(&self) -> Option<Class> {
        match self.focus {
            DashboardFocus::Quadrants => self.quadrant().map(Class::Quadrant),
            DashboardFocus::ToDo => self.todo_group().map(Class::ToDo),
            DashboardFocus::Classes => Class::all().get(self.class_cursor).copied(),
            DashboardFocus::Complaints => None,
        }
    }

    /// Takes newly computed figures.
    pub fn load_figures(&mut self, figures: DashboardFigures) {
        self.figures = Some(figures);
        self.stale = false;
    }

    /// Adds or removes the class, quadrant or group under the cursor from the chosen
    /// ones (one per dimension: "mercenary + high volume").
    pub fn toggle(&mut self) {
        if let Some(class) = self.class_under_cursor() {
            self.chosen.toggle(class);
        }
    }

    /// The filter Enter applies: the chosen classes and the one under the cursor
    /// (which takes the place of a chosen one of its dimension).
    pub fn filter_to_apply(&self) -> ClassFilter {
        let mut f = self.chosen.clone();
        if let Some(class) = self.class_under_cursor()
            && !f.classes().contains(&class)
        {
            f.toggle(class);
        }
        f
    }

    /// The complaint under the cursor.
    pub fn selected_complaint(&self) -> Option<&Complaint> {
        self.complaints.get(self.complaint_cursor)
    }

    /// Takes the open complaints, keeping the cursor in range.
    pub fn load_complaints(&mut self, complaints: Vec<Complaint>) {
        self.complaints = complaints;
        self.complaint_cursor = self
            .complaint_cursor
            .min(self.complaints.len().saturating_sub(1));
    }
}
