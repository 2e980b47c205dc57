//! A question over the screen: "Delete this?", "Discard your changes?", "This
//! occurrence or the whole series?". Each answer is an action for the tab that asked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use super::Outcome;
use crate::i18n::{Locale, Msg, fill};
use crate::tui::action::Action;
use crate::tui::keymap::Context;
use crate::tui::widgets::popup::{render_box, wrap};

/// A question and what each answer does.
#[derive(Debug, Clone, PartialEq)]
pub struct Ask {
    /// The box's title.
    pub title: Msg,
    /// The question, with its subject filled in.
    pub question: String,
    /// Which keys answer it: [`Context::Confirm`] (yes/no) or a context whose keys
    /// give [`Action::Pick`].
    pub keys: Context,
    /// What each answer does (for a yes/no question, the yes), in the order of
    /// [`Action::Pick`]'s number.
    pub answers: Vec<Action>,
}

impl Ask {
    /// A yes/no question about `subject`; yes gives `on_yes` to the tab that asked.
    pub fn confirm(
        locale: &Locale,
        title: Msg,
        question: impl Into<Msg>,
        subject: &str,
        on_yes: Action,
    ) -> Self {
        Self {
            title,
            question: fill(locale.t(question), subject),
            keys: Context::Confirm,
            answers: vec![on_yes],
        }
    }

    /// "Delete `subject`?", worded by `question`.
    pub fn delete(
        locale: &Locale,
        question: impl Into<Msg>,
        subject: &str,
        on_yes: Action,
    ) -> Self {
        Self::confirm(
            locale,
            Msg::Keys(crate::i18n::KeyMsg::KeyDelete),
            question,
            subject,
            on_yes,
        )
    }

    /// "Discard your changes?", worded by `question`.
    pub fn discard(locale: &Locale, question: impl Into<Msg>, on_yes: Action) -> Self {
        Self::confirm(locale, Msg::UnsavedTitle, question, "", on_yes)
    }

    /// "Someone else changed `subject` after you opened it": load theirs, save ours
    /// over theirs, or (Esc) keep editing.
    /// `changed` names what they changed, when known.
    pub fn conflict(
        locale: &Locale,
        subject: &str,
        changed: &[String],
        reload: Action,
        overwrite: Action,
    ) -> Self {
        let mut question = fill(locale.t(Msg::ConflictQuestion), subject);
        if !changed.is_empty() {
            question.push(' ');
            question.push_str(&fill(locale.t(Msg::ConflictChanged), changed.join(", ")));
        }
        Self::choose(
            Msg::ConflictTitle,
            question,
            Context::Conflict,
            vec![reload, overwrite],
        )
    }

    /// "Someone else deleted `subject` after you opened it: save it as new?"
    pub fn gone(locale: &Locale, subject: &str, save_as_new: Action) -> Self {
        Self::confirm(
            locale,
            Msg::ConflictTitle,
            Msg::GoneQuestion,
            subject,
            save_as_new,
        )
    }

    /// A question answered with the keys of `keys`, each giving [`Action::Pick`].
    pub fn choose(title: Msg, question: String, keys: Context, answers: Vec<Action>) -> Self {
        Self {
            title,
            question,
            keys,
            answers,
        }
    }

    /// What yes does, for a yes/no question.
    pub fn on_yes(&self) -> Option<&Action> {
        (self.keys == Context::Confirm)
            .then(|| self.answers.first())
            .flatten()
    }

    pub(super) fn on_action(&mut self, action: Action) -> Outcome {
        let answer = match action {
            Action::Confirm => self.on_yes().cloned(),
            Action::Pick(n) => self.answers.get(n).cloned(),
            _ => None,
        };
        match answer {
            Some(then) => Outcome::CloseThen(then),
            None => Outcome::Kept,
        }
    }

    pub(super) fn render(&self, locale: &Locale, area: Rect, buf: &mut Buffer) {
        let width = (self.question.width() as u16 + 4)
            .clamp(44, 70)
            .min(area.width);
        let lines = wrap(&self.question, usize::from(width.saturating_sub(2)))
            .into_iter()
            .map(Line::raw)
            .collect();
        render_box(area, buf, locale.t(self.title), lines, width);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_long_question_wraps_in_its_box_instead_of_being_cut() {
        let l = Locale::new(Lang::Es, "auto");
        let ask = Ask::gone(&l, "Cita de prueba con un título largo", Action::Confirm);
        let area = Rect::new(0, 0, 60, 12);
        let mut buf = Buffer::empty(area);
        ask.render(&l, area, &mut buf);
        let text: String = (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n");
        let words: String = text
            .split(|c: char| c.is_whitespace() || "│┌┐└┘─".contains(c))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(words.contains("¿Guardarlo como nuevo? s/n"), "{text}");
        assert!(
            words.contains("«Cita de prueba con un título largo»"),
            "{text}"
        );
    }
}
