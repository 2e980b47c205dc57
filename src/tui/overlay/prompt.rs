//! One line of text to type over the screen: a date to go to, the name of a new agenda
//! or cycle, the answer given to a complaint. Enter gives the text to the tab that
//! asked, which closes the box once the work is done or says what is wrong in it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Outcome;
use crate::domain::EntryId;
use crate::i18n::{Locale, MomentMsg, Msg};
use crate::tui::action::{Action, AgendaAction, DashboardAction, MomentsAction};
use crate::tui::theme;
use crate::tui::widgets::TextInput;
use crate::tui::widgets::popup::{centered, render_box, wrap};

/// What the typed text is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A date for the agenda to go to.
    GoToDate,
    /// The name of a new agenda.
    NewAgenda,
    /// The name of a new service cycle.
    NewCycle,
    /// The answer given to this complaint.
    Answer(EntryId),
}

impl Purpose {
    fn title(self) -> Msg {
        match self {
            Purpose::GoToDate => Msg::GoToTitle,
            Purpose::NewAgenda => Msg::NewAgendaTitle,
            Purpose::NewCycle => Msg::Moments(MomentMsg::NewCycle),
            Purpose::Answer(_) => Msg::ResolveTitle,
        }
    }

    /// What to write, when the title does not say it all (the status line shows the
    /// keys).
    fn hint(self) -> Option<Msg> {
        match self {
            Purpose::Answer(_) => Some(Msg::ResolveHint),
            _ => None,
        }
    }

    /// What Enter sends to the tab that asked.
    fn action(self, text: String) -> Action {
        match self {
            Purpose::GoToDate => Action::Agenda(AgendaAction::GoTo(text)),
            Purpose::NewAgenda => Action::Agenda(AgendaAction::AddAgenda(text)),
            Purpose::NewCycle => Action::Moments(MomentsAction::AddCycle(text)),
            Purpose::Answer(id) => Action::Dashboard(DashboardAction::Answer { id, text }),
        }
    }
}

/// State of a prompt.
#[derive(Debug, Clone)]
pub struct Prompt {
    /// What the text is for.
    pub purpose: Purpose,
    /// What the question is about, above the input (the complaint answered), in
    /// paragraphs with their style.
    pub about: Vec<(String, Style)>,
    /// The text being typed.
    pub input: TextInput,
    /// Why the last Enter was refused.
    pub error: Option<String>,
}

impl Prompt {
    /// An empty prompt for `purpose`, with `about` shown above the input.
    pub fn new(purpose: Purpose, about: Vec<(String, Style)>, locale: &Locale) -> Self {
        let mut input = TextInput::new("");
        input.set_focused(true);
        if purpose == Purpose::GoToDate {
            input.set_placeholder(locale.t(Msg::AgendaDateHint));
        }
        Self {
            purpose,
            about,
            input,
            error: None,
        }
    }

    pub(super) fn on_action(&mut self, action: Action) -> Outcome {
        match action {
            Action::Type(key) if self.input.handle(key) => self.error = None,
            Action::Paste(text) => {
                self.input.paste(&text);
            }
            Action::SavePopup => return Outcome::Then(self.purpose.action(self.input.text())),
            _ => {}
        }
        Outcome::Kept
    }

    pub(super) fn render(&self, locale: &Locale, area: Rect, buf: &mut Buffer) {
        let width = match self.purpose {
            Purpose::Answer(_) => 72,
            _ => 56,
        }
        .min(area.width);
        let inner = usize::from(width.saturating_sub(2));
        let styled = |text: &str, style: Style| {
            wrap(text, inner)
                .into_iter()
                .map(move |l| Line::from(Span::styled(l, style)))
        };
        let mut lines: Vec<Line<'_>> = Vec::new();
        for (text, style) in &self.about {
            lines.extend(styled(text, *style));
        }
        let input_row = lines.len();
        lines.push(Line::default());
        if let Some(e) = &self.error {
            lines.extend(styled(e, theme::error()));
        }
        if let Some(hint) = self.purpose.hint() {
            lines.extend(styled(locale.t(hint), theme::hint()));
        }
        let height = lines.len() as u16 + 2;
        render_box(area, buf, locale.t(self.purpose.title()), lines, width);
        // The input goes over its empty row.
        let rect = centered(area, width, height);
        let row = Rect {
            x: rect.x + 1,
            y: rect.y + 1 + input_row as u16,
            width: rect.width.saturating_sub(2),
            height: 1,
        };
        if row.y < rect.bottom().saturating_sub(1) && row.width > 0 {
            self.input.render(row.intersection(area), buf);
        }
    }
}
