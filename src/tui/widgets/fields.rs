//! The rows of a form: text and choice inputs, focus and typing, whatever the fields
//! are (a client card, an agenda entry).

use crossterm::event::KeyEvent;
use ratatui::style::Style;
use strum::IntoEnumIterator;

use super::{TextBox, TextInput};
use crate::i18n::{Label, Locale, Msg};
use crate::tui::theme;

/// One option of a choice field: a domain code (or none) and its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The code stored, `None` for "not set".
    pub code: Option<&'static str>,
    /// What the user sees.
    pub msg: Msg,
}

/// A choice between no and yes (codes `no` and `yes`), on `on`.
pub fn yes_no(on: bool) -> Input {
    let options = vec![
        Choice {
            code: Some("no"),
            msg: Msg::No,
        },
        Choice {
            code: Some("yes"),
            msg: Msg::Yes,
        },
    ];
    choice(options, Some(if on { "yes" } else { "no" }))
}

/// How a field is edited.
#[derive(Debug, Clone)]
pub enum Input {
    /// Free text on one line.
    Text(Box<TextInput>),
    /// Free text over several lines.
    Area(Box<TextBox>),
    /// One of a few options, changed with ←/→.
    Choice {
        /// The options.
        options: Vec<Choice>,
        /// The chosen one.
        selected: usize,
    },
}

/// One row of the form.
#[derive(Debug, Clone)]
pub struct FormField<K> {
    /// Which field this edits.
    pub field: K,
    /// The editor.
    pub input: Input,
}

/// What one field holds, to compare with what it held when the form opened.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Held {
    Text(String),
    Choice(usize),
}

/// The rows of a form, keyed by `K`, with the focus and what they held when the form
/// opened or was last saved.
#[derive(Debug, Clone)]
pub struct Fields<K> {
    list: Vec<FormField<K>>,
    /// The focused row.
    pub focus: usize,
    /// What the fields held when the form opened or was last saved.
    saved: Vec<Held>,
    /// What was typed on the focused choice so far ("ca" picks "cambio" over "cola").
    typed: String,
}

impl<K> std::ops::Deref for Fields<K> {
    type Target = [FormField<K>];
    fn deref(&self) -> &Self::Target {
        &self.list
    }
}

impl<K> std::ops::DerefMut for Fields<K> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.list
    }
}

impl<K: Copy + PartialEq> Fields<K> {
    /// The rows, focus on the first.
    pub fn new(rows: Vec<(K, Input)>) -> Self {
        let mut fields = Self {
            list: rows
                .into_iter()
                .map(|(field, input)| FormField { field, input })
                .collect(),
            focus: 0,
            saved: Vec::new(),
            typed: String::new(),
        };
        fields.mark_saved();
        fields.focus_field(0);
        fields
    }

    fn held(&self) -> Vec<Held> {
        self.list
            .iter()
            .map(|f| match &f.input {
                Input::Text(t) => Held::Text(t.text()),
                Input::Area(t) => Held::Text(t.text()),
                Input::Choice { selected, .. } => Held::Choice(*selected),
            })
            .collect()
    }

    /// Whether any field holds something other than when the form opened or was last
    /// saved: a change typed and undone by hand is no change.
    pub fn dirty(&self) -> bool {
        self.held() != self.saved
    }

    /// What the fields hold now is what is saved.
    pub fn mark_saved(&mut self) {
        self.saved = self.held();
    }

    /// Sets text field `field` to `text` as saved (the store moved it, not the user).
    pub fn set_saved_text(&mut self, field: K, text: &str) {
        if let Some(i) = self.list.iter().position(|f| f.field == field) {
            if let Input::Text(t) = &mut self.list[i].input {
                t.set_text(text);
            }
            if let Some(saved) = self.saved.get_mut(i) {
                *saved = Held::Text(text.to_string());
            }
        }
    }

    /// The fields `theirs` (the same form on someone else's save) holds otherwise than
    /// this form held when it opened: what the other person changed.
    pub fn differing(&self, theirs: &Fields<K>) -> Vec<K> {
        theirs
            .held()
            .iter()
            .zip(&self.saved)
            .zip(theirs.list.iter())
            .filter(|((t, mine), _)| t != mine)
            .map(|(_, f)| f.field)
            .collect()
    }

    /// This form's changes laid over `theirs` (the same form on someone else's save):
    /// a field the user changed keeps what they typed, every other field takes theirs,
    /// and theirs counts as what is saved. A form of another shape is kept whole.
    pub fn changes_over(&self, mut theirs: Fields<K>) -> Fields<K> {
        let same_shape = theirs.list.len() == self.list.len()
            && theirs
                .list
                .iter()
                .zip(&self.list)
                .all(|(t, m)| t.field == m.field);
        if !same_shape {
            return self.clone();
        }
        let now = self.held();
        for (i, (held, saved)) in now.iter().zip(&self.saved).enumerate() {
            if held != saved {
                theirs.list[i].input = self.list[i].input.clone();
            }
        }
        theirs.focus_field(self.focus);
        theirs
    }

    /// Whether the focused field is a choice.
    pub fn on_choice(&self) -> bool {
        matches!(
            self.list.get(self.focus).map(|f| &f.input),
            Some(Input::Choice { .. })
        )
    }

    /// Moves the focus to field `i` (wrapping).
    pub fn focus_field(&mut self, i: usize) {
        self.typed.clear();
        let n = self.list.len();
        self.focus = i % n.max(1);
        for (j, f) in self.list.iter_mut().enumerate() {
            match &mut f.input {
                Input::Text(t) => t.set_focused(j == self.focus),
                Input::Area(t) => t.set_focused(j == self.focus),
                Input::Choice { .. } => {}
            }
        }
    }

    /// Focus on the next field, its text selected.
    pub fn next_field(&mut self) {
        self.focus_field(self.focus + 1);
        self.select_focused();
    }

    /// Focus on the previous field, its text selected.
    pub fn prev_field(&mut self) {
        self.focus_field(self.focus + self.list.len().saturating_sub(1));
        self.select_focused();
    }

    /// Selects the text of the focused one-line field: typing replaces it.
    fn select_focused(&mut self) {
        if let Some(Input::Text(t)) = self.list.get_mut(self.focus).map(|f| &mut f.input) {
            t.focus_selecting();
        }
    }

    /// Replaces the text of text field `field` (a value the form works out, such as an
    /// end that follows its start).
    pub fn set_text(&mut self, field: K, text: &str) {
        if let Some(Input::Text(t)) = self
            .list
            .iter_mut()
            .find(|f| f.field == field)
            .map(|f| &mut f.input)
        {
            t.set_text(text);
        }
    }

    /// Moves a choice field's selection by `delta` (wrapping).
    pub fn cycle_choice(&mut self, delta: isize) {
        if let Some(FormField {
            input: Input::Choice { options, selected },
            ..
        }) = self.list.get_mut(self.focus)
        {
            let n = options.len() as isize;
            *selected = (*selected as isize + delta).rem_euclid(n.max(1)) as usize;
            self.typed.clear();
        }
    }

    /// A key typed into the focused field: into a text, or on a choice the option its
    /// letters begin (as a select box does). Returns false when a choice has no option
    /// that begins so: the caller says so rather than swallow the key.
    pub fn type_key(&mut self, key: KeyEvent, l: &Locale) -> bool {
        match self.list.get_mut(self.focus).map(|f| &mut f.input) {
            Some(Input::Text(t)) => {
                t.handle(key);
            }
            Some(Input::Area(t)) => {
                t.handle(key);
            }
            Some(Input::Choice { options, selected }) => {
                let crossterm::event::KeyCode::Char(c) = key.code else {
                    return true;
                };
                let labels: Vec<&str> = options.iter().map(|o| l.t(o.msg)).collect();
                match pick_by_initial(&labels, *selected, &self.typed, c) {
                    Some((i, typed)) => {
                        *selected = i;
                        self.typed = typed;
                    }
                    None => return false,
                }
            }
            None => {}
        }
        true
    }

    /// Text pasted into the focused text field.
    pub fn paste(&mut self, text: &str) {
        match self.list.get_mut(self.focus).map(|f| &mut f.input) {
            Some(Input::Text(t)) => t.paste(text),
            Some(Input::Area(t)) => t.paste(text),
            _ => false,
        };
    }

    /// The field under the focus.
    pub fn focused(&self) -> Option<&FormField<K>> {
        self.list.get(self.focus)
    }

    /// The text of text field `field` (empty for a choice or an unknown field).
    pub fn text_of(&self, field: K) -> String {
        match self
            .list
            .iter()
            .find(|f| f.field == field)
            .map(|f| &f.input)
        {
            Some(Input::Text(t)) => t.text(),
            Some(Input::Area(t)) => t.text(),
            _ => String::new(),
        }
    }

    /// The code chosen in choice field `field`.
    pub fn code_of(&self, field: K) -> Option<&'static str> {
        match self
            .list
            .iter()
            .find(|f| f.field == field)
            .map(|f| &f.input)
        {
            Some(Input::Choice { options, selected }) => {
                options.get(*selected).and_then(|c| c.code)
            }
            _ => None,
        }
    }
}

/// The option a letter typed on a choice picks, as a select box does: the first whose
/// label begins with what was typed so far and `c` (accents and case aside), else the
/// next after `current` that begins with `c` alone (typing it again goes round them).
/// Returns the option and what now counts as typed; `None` when no label begins so.
pub fn pick_by_initial(
    labels: &[&str],
    current: usize,
    typed: &str,
    c: char,
) -> Option<(usize, String)> {
    use crate::domain::text::fold;
    let n = labels.len();
    let begins = |i: usize, prefix: &str| fold(labels[i]).starts_with(prefix);
    let longer = fold(&format!("{typed}{c}"));
    if !typed.is_empty()
        && let Some(i) = (0..n)
            .map(|k| (current + k) % n)
            .find(|&i| begins(i, &longer))
    {
        return Some((i, longer));
    }
    let one = fold(&c.to_string());
    // A label's first word, else any of its words ("jurídica" in "persona jurídica").
    let word_begins = |i: usize, prefix: &str| {
        fold(labels[i])
            .split([' ', '-', '/'])
            .any(|w| w.starts_with(prefix))
    };
    let round =
        |test: &dyn Fn(usize) -> bool| (1..=n).map(|k| (current + k) % n).find(|&i| test(i));
    round(&|i| begins(i, &one))
        .or_else(|| round(&|i| word_begins(i, &one)))
        .map(|i| (i, one))
}

/// The options of a domain enumeration, with "none" first when `optional`.
pub fn choices<T>(optional: bool) -> Vec<Choice>
where
    T: IntoEnumIterator + Label + Into<&'static str>,
{
    let none = optional.then_some(Choice {
        code: None,
        msg: Msg::None,
    });
    none.into_iter()
        .chain(T::iter().map(|v| Choice {
            msg: v.msg(),
            code: Some(v.into()),
        }))
        .collect()
}

/// A choice input over `options` with `current` selected (the first if absent).
pub fn choice(options: Vec<Choice>, current: Option<&'static str>) -> Input {
    let selected = options.iter().position(|c| c.code == current).unwrap_or(0);
    Input::Choice { options, selected }
}

/// How a choice shows: `‹ value ›` in the cursor's style while focused, else the value
/// indented by `rest_indent` spaces.
pub fn choice_text(
    options: &[Choice],
    selected: usize,
    focused: bool,
    rest_indent: usize,
    l: &Locale,
) -> (String, Style) {
    let value = options.get(selected).map(|c| l.t(c.msg)).unwrap_or("");
    if focused {
        (format!("‹ {value} ›"), theme::cursor())
    } else {
        (
            format!("{}{value}", " ".repeat(rest_indent)),
            Style::default(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::pick_by_initial;

    #[test]
    fn letters_pick_a_choice_as_a_select_box_does() {
        let labels = ["—", "Cola", "Cambio", "Cobro", "Entrega", "Ámbito"];
        // One letter: the next that begins with it, round again when typed again.
        assert_eq!(pick_by_initial(&labels, 0, "", 'c'), Some((1, "c".into())));
        assert_eq!(pick_by_initial(&labels, 1, "", 'c'), Some((2, "c".into())));
        assert_eq!(pick_by_initial(&labels, 3, "", 'c'), Some((1, "c".into())));
        // Letters typed on: the first that begins with all of them.
        assert_eq!(
            pick_by_initial(&labels, 1, "c", 'o'),
            Some((1, "co".into()))
        );
        assert_eq!(
            pick_by_initial(&labels, 1, "co", 'b'),
            Some((3, "cob".into()))
        );
        // Accents and case aside.
        assert_eq!(pick_by_initial(&labels, 0, "", 'A'), Some((5, "a".into())));
        // No option begins so.
        assert_eq!(pick_by_initial(&labels, 0, "", 'z'), None);
        // A later word when no label begins so.
        let kinds = ["persona física", "persona jurídica"];
        assert_eq!(pick_by_initial(&kinds, 0, "", 'j'), Some((1, "j".into())));
        assert_eq!(pick_by_initial(&kinds, 1, "", 'f'), Some((0, "f".into())));
        // A score: its digit.
        let scores = [
            "—",
            "1 · muy mal",
            "2 · mal",
            "3 · regular",
            "4 · bien",
            "5 · excelente",
        ];
        assert_eq!(pick_by_initial(&scores, 0, "", '5'), Some((5, "5".into())));
    }
}
