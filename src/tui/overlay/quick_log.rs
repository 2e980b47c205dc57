//! Logging at the counter: one key opens it (`v` visit, `c` call, `p` purchase,
//! `r` complaint, `l` any kind), Enter saves.

use chrono::NaiveDateTime;
use crossterm::event::KeyEvent;
use strum::IntoEnumIterator;

use super::Outcome;
use crate::domain::money::{MAX_AMOUNT_CENTS, parse_cents};
use crate::domain::{
    ClientId, EntryError, EntryId, EntryKind, LogEntry, NewEntry, Valuation, Version,
};
use crate::i18n::{Locale, Msg, fill};
use crate::tui::action::{Action, ClientsAction};
use crate::tui::widgets::TextInput;
use crate::tui::widgets::fields::pick_by_initial;

/// A field of the quick log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickField {
    /// The kind (only with `l`).
    Kind,
    /// When (only when correcting an entry).
    At,
    /// The amount of a purchase.
    Amount,
    /// The margin of a purchase (optional).
    Margin,
    /// Free text.
    Note,
    /// Expected quality (surveys and visits from `l`).
    Expected,
    /// Perceived quality.
    Perceived,
}

/// A stored entry being corrected: what the box does not show is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correcting {
    /// The entry.
    pub id: EntryId,
    /// Its version when the box opened: a change made elsewhere since is refused.
    pub version: Version,
    /// The entry as stored (channel, the answer to a complaint).
    pub stored: NewEntry,
    /// What the box showed when it opened, to tell whether anything was changed.
    pub shown: Vec<String>,
}

/// State of the quick log popup.
#[derive(Debug, Clone)]
pub struct QuickLog {
    /// Who.
    pub client_id: ClientId,
    /// Their name, to say it.
    pub client_name: String,
    /// What.
    pub kind: EntryKind,
    /// Whether the kind can be changed (`l`).
    pub choose_kind: bool,
    /// The amount typed.
    pub amount: TextInput,
    /// The margin typed (purchases; empty for none).
    pub margin: TextInput,
    /// When, typed (only when correcting).
    pub at: TextInput,
    /// The stored entry being corrected, if this is not a new one.
    pub correcting: Option<Correcting>,
    /// The note typed.
    pub note: TextInput,
    /// Expected quality, 0 for none.
    pub expected: u8,
    /// Perceived quality, 0 for none.
    pub perceived: u8,
    /// The focused field.
    pub focus: QuickField,
    /// Why the last save was refused.
    pub error: Option<String>,
    /// What was typed on the kind so far ("co" picks compra, not consulta).
    typed: String,
    /// What the box held when it opened (a new entry's kind and empty fields).
    opened: Vec<String>,
}

impl QuickLog {
    /// A quick log of `kind` for a client; `choose_kind` for the any-kind entry.
    pub fn new(
        client_id: ClientId,
        client_name: String,
        kind: EntryKind,
        choose_kind: bool,
    ) -> Self {
        let mut q = Self {
            client_id,
            client_name,
            kind,
            choose_kind,
            amount: TextInput::new(""),
            margin: TextInput::new(""),
            at: TextInput::new(""),
            correcting: None,
            note: TextInput::new(""),
            expected: 0,
            perceived: 0,
            focus: QuickField::Note,
            error: None,
            typed: String::new(),
            opened: Vec::new(),
        };
        q.focus = q.fields()[0];
        q.refocus();
        q.opened = q.typed();
        q
    }

    /// The box to correct stored entry `e` of `client_name`: every field it has, filled.
    pub fn correct(e: &LogEntry, client_name: String, locale: &Locale) -> Self {
        let mut q = Self::new(e.client_id, client_name, e.kind, true);
        // Typed as the CLI and forms read it back: dd/mm/yyyy in Spanish, ISO in English.
        let pattern = match locale.lang {
            crate::i18n::Lang::Es => "%d/%m/%Y %H:%M",
            crate::i18n::Lang::En => "%Y-%m-%d %H:%M",
        };
        q.at = TextInput::new(&e.at.format(pattern).to_string());
        let money = |c: i64| crate::domain::money::format_cents(c, locale.decimal_mark());
        q.amount = TextInput::new(&e.amount_cents.map(money).unwrap_or_default());
        q.margin = TextInput::new(&e.margin_cents.map(money).unwrap_or_default());
        q.note = TextInput::new(&e.note);
        if let Some(v) = e.valuation {
            (q.expected, q.perceived) = (v.expected, v.perceived);
        }
        let shown = q.typed();
        q.correcting = Some(Correcting {
            id: e.id,
            version: e.version,
            stored: e.entry.clone(),
            shown,
        });
        q.focus = q.fields()[0];
        q.refocus();
        q
    }

    /// The fields shown for the current kind, in order. A purchase from `p` asks
    /// only for the amount.
    pub fn fields(&self) -> Vec<QuickField> {
        let mut f = Vec::new();
        if self.choose_kind {
            f.push(QuickField::Kind);
        }
        if self.correcting.is_some() {
            f.push(QuickField::At);
        }
        if self.kind == EntryKind::Purchase {
            f.extend([QuickField::Amount, QuickField::Margin]);
        }
        if self.choose_kind || self.kind != EntryKind::Purchase {
            f.push(QuickField::Note);
        }
        if self.choose_kind && self.kind.takes_valuation() {
            f.extend([QuickField::Expected, QuickField::Perceived]);
        }
        f
    }

    fn refocus(&mut self) {
        self.typed.clear();
        self.amount.set_focused(self.focus == QuickField::Amount);
        self.margin.set_focused(self.focus == QuickField::Margin);
        self.at.set_focused(self.focus == QuickField::At);
        self.note.set_focused(self.focus == QuickField::Note);
    }

    /// Everything the box holds, as text, to compare.
    fn typed(&self) -> Vec<String> {
        vec![
            self.kind.code().to_string(),
            self.at.text(),
            self.amount.text(),
            self.margin.text(),
            self.note.text(),
            self.expected.to_string(),
            self.perceived.to_string(),
        ]
    }

    /// Whether closing would lose something chosen or typed: any change from what the
    /// box opened with (a kind or a score chosen counts, as text does).
    pub fn unsaved(&self) -> bool {
        match &self.correcting {
            Some(c) => self.typed() != c.shown,
            None => self.typed() != self.opened,
        }
    }

    /// The text input of a field, if it is one.
    pub(super) fn input(&self, field: QuickField) -> Option<&TextInput> {
        match field {
            QuickField::Amount => Some(&self.amount),
            QuickField::Margin => Some(&self.margin),
            QuickField::At => Some(&self.at),
            QuickField::Note => Some(&self.note),
            QuickField::Kind | QuickField::Expected | QuickField::Perceived => None,
        }
    }

    fn input_mut(&mut self, field: QuickField) -> Option<&mut TextInput> {
        match field {
            QuickField::Amount => Some(&mut self.amount),
            QuickField::Margin => Some(&mut self.margin),
            QuickField::At => Some(&mut self.at),
            QuickField::Note => Some(&mut self.note),
            QuickField::Kind | QuickField::Expected | QuickField::Perceived => None,
        }
    }

    /// Whether the focused field is a choice (←/→).
    pub fn on_choice(&self) -> bool {
        matches!(
            self.focus,
            QuickField::Kind | QuickField::Expected | QuickField::Perceived
        )
    }

    /// Moves the focus by `delta` fields (wrapping).
    pub fn move_focus(&mut self, delta: isize) {
        let fields = self.fields();
        let at = fields.iter().position(|f| *f == self.focus).unwrap_or(0) as isize;
        let n = fields.len() as isize;
        self.focus = fields[(at + delta).rem_euclid(n.max(1)) as usize];
        self.refocus();
        if let Some(input) = self.input_mut(self.focus) {
            input.focus_selecting();
        }
    }

    /// Changes the focused choice by `delta`.
    pub fn cycle(&mut self, delta: isize) {
        self.typed.clear();
        let step = |v: u8| ((v as isize + delta).rem_euclid(6)) as u8;
        match self.focus {
            QuickField::Kind => {
                let kinds: Vec<EntryKind> = EntryKind::iter().collect();
                let at = kinds.iter().position(|k| *k == self.kind).unwrap_or(0) as isize;
                self.kind = kinds[(at + delta).rem_euclid(kinds.len() as isize) as usize];
            }
            QuickField::Expected => self.expected = step(self.expected),
            QuickField::Perceived => self.perceived = step(self.perceived),
            QuickField::At | QuickField::Amount | QuickField::Margin | QuickField::Note => {}
        }
    }

    /// A key typed into the focused field: into a text, or on a choice its initial
    /// (a kind's first letters, a score's digit, 0 for none). False when no option
    /// begins so.
    pub fn type_key(&mut self, key: KeyEvent, l: &Locale) -> bool {
        if let Some(input) = self.input_mut(self.focus) {
            input.handle(key);
            return true;
        }
        let crossterm::event::KeyCode::Char(c) = key.code else {
            return true;
        };
        match self.focus {
            QuickField::Kind => {
                let kinds: Vec<EntryKind> = EntryKind::iter().collect();
                let labels: Vec<&str> = kinds.iter().map(|k| l.label(k)).collect();
                let at = kinds.iter().position(|k| *k == self.kind).unwrap_or(0);
                match pick_by_initial(&labels, at, &self.typed, c) {
                    Some((i, typed)) => {
                        self.kind = kinds[i];
                        self.typed = typed;
                        true
                    }
                    None => false,
                }
            }
            QuickField::Expected | QuickField::Perceived => match c.to_digit(10) {
                Some(d @ 0..=5) => {
                    let score = if self.focus == QuickField::Expected {
                        &mut self.expected
                    } else {
                        &mut self.perceived
                    };
                    *score = d as u8;
                    true
                }
                _ => false,
            },
            QuickField::At | QuickField::Amount | QuickField::Margin | QuickField::Note => true,
        }
    }

    /// Text pasted into the focused text field.
    pub fn paste(&mut self, text: &str) {
        if let Some(input) = self.input_mut(self.focus) {
            input.paste(text);
        }
    }

    /// The entry to log at `now`, or what is wrong, in the user's language.
    pub fn to_entry(&self, now: NaiveDateTime, locale: &Locale) -> Result<NewEntry, String> {
        self.checked(now, locale).map_err(|(_, why)| why)
    }

    /// The entry to log at `now`, or the field at fault and what is wrong with it.
    fn checked(
        &self,
        now: NaiveDateTime,
        locale: &Locale,
    ) -> Result<NewEntry, (QuickField, String)> {
        let mut e = NewEntry::new(self.client_id, self.kind, now);
        if let Some(c) = &self.correcting {
            // What the box does not show stays as stored: the channel (unless the kind
            // changed), the answer to a complaint.
            if c.stored.kind == self.kind {
                e.channel = c.stored.channel;
                e.resolution.clone_from(&c.stored.resolution);
            }
            let text = self.at.text();
            // A day without the year (30/11 10:00) is in the year of the entry.
            e.at = crate::domain::dates::parse_datetime_in_year(&text, c.stored.at.date())
                .map_err(|_| {
                    let why = fill(locale.t(Msg::BadDateTime), text.trim());
                    (QuickField::At, format!("{}: {why}", locale.t(Msg::ColWhen)))
                })?;
        }
        e.note = self.note.text().trim().to_string();
        if self.kind == EntryKind::Purchase {
            // A negative amount is a return.
            let cents = |input: &TextInput, field: QuickField, name: Msg| {
                let text = input.text();
                if text.trim().is_empty() {
                    let why = locale.t(Msg::MissingAmount);
                    return Err((field, format!("{}: {why}", locale.t(name))));
                }
                let cents = parse_cents(&text, true).map_err(|e| {
                    let why = crate::i18n::Say::say(&e, locale);
                    (field, format!("{}: {why}", locale.t(name)))
                })?;
                if cents.unsigned_abs() > MAX_AMOUNT_CENTS.unsigned_abs() {
                    let most = locale.money(MAX_AMOUNT_CENTS);
                    return Err((field, fill(locale.t(Msg::AmountTooLarge), most)));
                }
                Ok(cents)
            };
            e.amount_cents = Some(cents(&self.amount, QuickField::Amount, Msg::ColAmount)?);
            e.margin_cents = match self.margin.text().trim() {
                "" => None,
                _ => Some(cents(&self.margin, QuickField::Margin, Msg::ColMargin)?),
            };
            match e.validate() {
                Err(EntryError::ZeroAmount) => {
                    return Err((QuickField::Amount, locale.t(Msg::ZeroAmount).to_string()));
                }
                Err(EntryError::MarginBeyondAmount) => {
                    return Err((
                        QuickField::Margin,
                        locale.t(Msg::MarginBeyondAmount).to_string(),
                    ));
                }
                _ => {}
            }
        }
        if self.kind.takes_valuation() && self.choose_kind {
            e.valuation = match (self.expected, self.perceived) {
                (0, 0) => None,
                (0, _) => {
                    return Err((
                        QuickField::Expected,
                        locale.t(Msg::ValuationBoth).to_string(),
                    ));
                }
                (_, 0) => {
                    return Err((
                        QuickField::Perceived,
                        locale.t(Msg::ValuationBoth).to_string(),
                    ));
                }
                (expected, perceived) => Some(Valuation {
                    expected,
                    perceived,
                }),
            };
        }
        if self.kind == EntryKind::Complaint && e.note.is_empty() {
            return Err((
                QuickField::Note,
                locale.t(Msg::ComplaintNeedsText).to_string(),
            ));
        }
        Ok(e)
    }

    /// Puts the focus on `field` with its text selected, to retype what was refused.
    fn focus_on(&mut self, field: QuickField) {
        if self.fields().contains(&field) {
            self.focus = field;
            self.refocus();
            if let Some(input) = self.input_mut(field) {
                input.focus_selecting();
            }
        }
    }
}

impl QuickLog {
    pub(super) fn on_action(&mut self, action: Action, locale: &Locale) -> Outcome {
        match action {
            Action::NextField => self.move_focus(1),
            Action::PrevField => self.move_focus(-1),
            Action::NextChoice => self.cycle(1),
            Action::PrevChoice => self.cycle(-1),
            Action::Type(key) => {
                self.error = (!self.type_key(key, locale))
                    .then(|| locale.t(crate::i18n::Msg::NoChoiceBegins).to_string());
            }
            Action::Paste(text) => self.paste(&text),
            // The runtime stamps the entry with the time it is stored.
            Action::SavePopup => {
                match (self.checked(NaiveDateTime::MIN, locale), &self.correcting) {
                    (Ok(entry), None) => {
                        return Outcome::Then(Action::Clients(ClientsAction::Log(Box::new(entry))));
                    }
                    (Ok(entry), Some(c)) => {
                        return Outcome::Then(Action::Clients(ClientsAction::CorrectEntry(
                            c.id,
                            c.version,
                            Box::new(entry),
                        )));
                    }
                    (Err((field, why)), _) => {
                        // The cursor goes where the problem is.
                        self.focus_on(field);
                        self.error = Some(why);
                    }
                }
            }
            _ => {}
        }
        Outcome::Kept
    }
}

#[cfg(test)]
#[path = "quick_log_tests.rs"]
mod tests;
