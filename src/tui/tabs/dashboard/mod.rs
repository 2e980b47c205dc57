//! The dashboard tab: the loyalty quadrants, the day's to-do groups, the clients per
//! class (each selects the clients shown in the list) and the open complaints
//! (answered from here). Owns its state, its update and its view.

mod figures_view;
mod view;

use std::collections::HashMap;

use chrono::NaiveDate;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use strum::IntoEnumIterator;

use super::clients::RowStatus;
use super::{Cx, News, Tab, TabPane, ViewCx};
use crate::domain::{Class, ClassFilter, ClientId, Complaint, DashboardFigures, Quadrant, ToDo};
use crate::i18n::Msg;
use crate::store::Base;
use crate::tui::action::{Action, DashboardAction, DashboardLoaded};
use crate::tui::effect::{DashboardEffect, Effect};
use crate::tui::keymap::Context;
use crate::tui::overlay::{Overlay, Prompt, Purpose};
use crate::tui::theme;
use view::DashboardView;

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
pub struct DashboardTab {
    /// Which pane has the keys.
    focus: DashboardFocus,
    /// The figures, once computed.
    figures: Option<DashboardFigures>,
    /// Why the figures could not be computed, shown in their place.
    failed: Option<String>,
    /// Whether the data changed since the figures were computed.
    stale: bool,
    /// The quadrant under the cursor (index in [`Quadrant`] order).
    quadrant_cursor: usize,
    /// The to-do group under the cursor (index in [`ToDo`] order).
    todo_cursor: usize,
    /// Row of the cursor among [`Class::all`].
    class_cursor: usize,
    /// Classes chosen with Space, applied to the list with Enter.
    chosen: ClassFilter,
    /// Clients per class.
    counts: HashMap<Class, usize>,
    /// Open complaints, oldest first.
    complaints: Vec<Complaint>,
    /// Row of the cursor among the complaints.
    complaint_cursor: usize,
    /// Whether the complaints changed since they were loaded.
    complaints_stale: bool,
}

impl DashboardTab {
    /// Which pane has the keys.
    pub fn focus(&self) -> DashboardFocus {
        self.focus
    }

    /// Clients per class.
    pub fn counts(&self) -> &HashMap<Class, usize> {
        &self.counts
    }

    /// Whether the data changed since the figures were computed.
    pub fn is_stale(&self) -> bool {
        self.stale
    }

    /// Counts the clients of each class.
    fn count(&mut self, statuses: &HashMap<ClientId, RowStatus>) {
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

    /// Moves one client's classes in the counts from `before` to `after`.
    pub fn recount(&mut self, before: Option<&RowStatus>, after: Option<&RowStatus>) {
        for class in Class::all() {
            let count = self.counts.entry(class).or_default();
            if before.is_some_and(|s| s.classes.has(class)) {
                *count = count.saturating_sub(1);
            }
            if after.is_some_and(|s| s.classes.has(class)) {
                *count += 1;
            }
        }
    }

    /// The data changed: the figures are out of date. Computes them again as of
    /// `today` at once if the dashboard is shown, otherwise when it next is.
    pub fn data_changed(&mut self, shown: bool, today: NaiveDate) -> Vec<Effect> {
        self.stale = true;
        self.refresh_if_shown(shown, today)
    }

    fn refresh_if_shown(&mut self, shown: bool, today: NaiveDate) -> Vec<Effect> {
        let mut effects = Vec::new();
        if shown && self.stale {
            self.stale = false;
            effects.push(DashboardEffect::Load(today).into());
        }
        if shown && self.complaints_stale {
            self.complaints_stale = false;
            effects.push(DashboardEffect::LoadComplaints.into());
        }
        effects
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

    /// Opens the box that asks for the answer given to the complaint under the cursor.
    fn answer(&self, cx: &mut Cx<'_>) {
        if let Some(c) = self.selected_complaint() {
            let about = vec![
                (c.client_name.clone(), theme::section()),
                (c.entry.note.clone(), theme::error()),
                (String::new(), ratatui::style::Style::default()),
            ];
            let prompt = Prompt::new(Purpose::Answer(c.entry.id), about, cx.locale);
            cx.overlays
                .open(Tab::Dashboard, Overlay::Prompt(Box::new(prompt)));
        }
    }
}

impl TabPane for DashboardTab {
    type Loaded = DashboardLoaded;

    fn contexts(&self, _now: chrono::NaiveDateTime) -> Vec<Context> {
        let pane = match self.focus {
            DashboardFocus::Complaints => Context::DashboardComplaints,
            _ => Context::DashboardClasses,
        };
        vec![pane, Context::Dashboard, Context::TopLevel]
    }

    fn on_show(&mut self, cx: &mut Cx<'_>) -> Vec<Effect> {
        self.refresh_if_shown(true, cx.today())
    }

    fn on_refresh(&mut self, cx: &mut Cx<'_>) -> Vec<Effect> {
        self.complaints_stale = true;
        self.data_changed(cx.shown, cx.today())
    }

    fn on_action(&mut self, action: Action, cx: &mut Cx<'_>) -> Vec<Effect> {
        match action {
            Action::MoveDown => self.move_by(1),
            Action::MoveUp => self.move_by(-1),
            Action::SwitchPane => self.switch_focus(),
            Action::Toggle => self.toggle(),
            Action::Dashboard(DashboardAction::ClearClasses) => {
                self.chosen = ClassFilter::default()
            }
            Action::Dashboard(DashboardAction::Export) => {
                if self.focus == DashboardFocus::Complaints {
                    // Said rather than nothing: E exports clients by class.
                    cx.say(Msg::ExportNeedsClass);
                } else {
                    cx.tell(News::ExportClients(self.filter_to_apply()));
                }
            }
            Action::Activate => match self.focus {
                DashboardFocus::Quadrants | DashboardFocus::ToDo | DashboardFocus::Classes => {
                    cx.tell(News::ShowClients(self.filter_to_apply()));
                }
                DashboardFocus::Complaints => self.answer(cx),
            },
            Action::Dashboard(DashboardAction::Answer { id, text }) => {
                if text.trim().is_empty() {
                    cx.fail(cx.locale.t(Msg::AnswerNeeded).to_string());
                } else {
                    // The complaint as shown: an answer given elsewhere since is not
                    // overwritten.
                    let base = self
                        .complaints
                        .iter()
                        .find(|c| c.entry.id == id)
                        .map_or(Base::Latest, |c| Base::Seen(c.entry.version));
                    return vec![
                        DashboardEffect::Resolve {
                            id,
                            answer: text,
                            base,
                        }
                        .into(),
                    ];
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn on_loaded(&mut self, loaded: DashboardLoaded, cx: &mut Cx<'_>) -> Vec<Effect> {
        match loaded {
            DashboardLoaded::Figures(statuses, figures) => {
                self.count(&statuses);
                self.figures = Some(*figures);
                self.failed = None;
                self.stale = false;
                cx.tell(News::Statuses(statuses));
            }
            DashboardLoaded::Complaints(complaints) => {
                self.complaints = complaints;
                self.complaint_cursor = self
                    .complaint_cursor
                    .min(self.complaints.len().saturating_sub(1));
            }
            DashboardLoaded::Changed(_) => {
                // Said in the answer's box, which keeps the text: Enter again answers
                // the complaint as it is now.
                cx.fail(cx.locale.t(Msg::ChangedElsewhere).to_string());
                return vec![DashboardEffect::LoadComplaints.into()];
            }
            DashboardLoaded::Resolved { id, client_id } => {
                cx.overlays
                    .close(|o| matches!(o, Overlay::Prompt(p) if p.purpose == Purpose::Answer(id)));
                cx.say(Msg::Resolved);
                cx.tell(News::LogChanged(client_id));
            }
        }
        Vec::new()
    }

    fn show_error(&mut self, text: String) -> Option<String> {
        // With no figures yet, the failure takes the place of "Computing…".
        if self.figures.is_none() {
            self.failed = Some(text.clone());
        }
        Some(text)
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &ViewCx<'_>) {
        DashboardView {
            dashboard: self,
            locale: view.locale,
            today: view.today(),
        }
        .render(area, buf);
    }
}
