//! Editing one client's card (or a new one): the form's keys, saving it, asking before
//! its changes are thrown away, and what to do when someone else changed or deleted
//! the client while the form was open.

use super::form::ClientForm;
use crate::domain::{CardField, Client, ClientCard};
use crate::i18n::{Locale, Msg};
use crate::store::Base;
use crate::tui::action::{Action, ClientsAction};
use crate::tui::effect::{ClientsEffect, Effect};
use crate::tui::overlay::Ask;
use crate::tui::tabs::Edited;
use chrono::NaiveDate;

/// The client form and what it knows of the stored card.
#[derive(Debug, Clone)]
pub struct ClientEditor {
    form: ClientForm,
    /// The client as someone else saved it while the form was open, until the user
    /// chooses between theirs and the form's.
    theirs: Option<Box<Client>>,
}

impl ClientEditor {
    /// A form on a stored client, or on a blank card (`None`).
    pub fn open(client: Option<&Client>, l: &Locale) -> Self {
        let mut form = match client {
            Some(c) => ClientForm::new(Some(c.id), &c.card, l),
            None => ClientForm::new(None, &ClientCard::named(""), l),
        };
        form.seen = client.map_or(Base::Latest, |c| Base::Seen(c.version));
        Self { form, theirs: None }
    }

    /// The form.
    pub fn form(&self) -> &ClientForm {
        &self.form
    }

    /// Where the form says why the store refused the last save.
    pub fn error_slot(&mut self) -> &mut Option<String> {
        &mut self.form.store_error
    }

    /// A key, or the answer to a question the editor asked.
    /// `today` bounds the card's dates.
    pub fn on_action(&mut self, action: Action, l: &Locale, today: NaiveDate) -> Edited {
        let fields = &mut self.form.fields;
        match action {
            Action::NextField => fields.next_field(),
            Action::PrevField => fields.prev_field(),
            Action::NextChoice => fields.cycle_choice(1),
            Action::PrevChoice => fields.cycle_choice(-1),
            Action::Type(key) if !fields.type_key(key, l) => {
                return Edited::Refuse(Msg::NoChoiceBegins);
            }
            Action::Paste(text) => fields.paste(&text),
            Action::SaveForm => return Edited::Stay(self.save(today)),
            Action::CancelForm if fields.dirty() => {
                let on_yes = Action::Clients(ClientsAction::DiscardForm);
                return Edited::Ask(Ask::discard(l, Msg::ConfirmDiscard, on_yes));
            }
            Action::CancelForm | Action::Clients(ClientsAction::DiscardForm) => {
                return Edited::Close;
            }
            Action::Clients(ClientsAction::ReloadForm) => {
                if let Some(theirs) = self.theirs.take() {
                    *self = Self::open(Some(&theirs), l);
                    return Edited::Say(Msg::ReloadedTheirs);
                }
            }
            Action::Clients(ClientsAction::Overwrite) => {
                if let Some(theirs) = self.theirs.take() {
                    // The user's changes over theirs: what they did not touch stays as
                    // the other person left it.
                    let stored = ClientForm::new(Some(theirs.id), &theirs.card, l);
                    self.form.fields = self.form.fields.changes_over(stored.fields);
                    self.form.seen = Base::Seen(theirs.version);
                    return Edited::Stay(self.save(today));
                }
            }
            Action::Clients(ClientsAction::SaveAsNew) => {
                (self.form.editing, self.form.seen) = (None, Base::Latest);
                return Edited::Stay(self.save(today));
            }
            _ => {}
        }
        Edited::Stay(Vec::new())
    }

    fn save(&mut self, today: NaiveDate) -> Vec<Effect> {
        let form = &mut self.form;
        form.store_error = None;
        match form.to_card(today) {
            Ok(card) => {
                form.errors.clear();
                vec![Effect::Clients(ClientsEffect::Save {
                    id: form.editing,
                    card: Box::new(card),
                    base: form.seen,
                })]
            }
            Err(errors) => {
                form.show_errors(errors);
                Vec::new()
            }
        }
    }

    /// The save was refused: someone else changed the client (`theirs`) or deleted
    /// it. Asks whether to load theirs or save the form's over it, or to save the form
    /// as a new client.
    pub fn changed_elsewhere(&mut self, theirs: Option<Box<Client>>, l: &Locale) -> Edited {
        let on = Action::Clients;
        Edited::Ask(match theirs {
            Some(theirs) => {
                let stored = ClientForm::new(Some(theirs.id), &theirs.card, l);
                let changed: Vec<String> = self
                    .form
                    .fields
                    .differing(&stored.fields)
                    .iter()
                    .map(|f| l.label(f).to_string())
                    .collect();
                let ask = Ask::conflict(
                    l,
                    &theirs.card.name,
                    &changed,
                    on(ClientsAction::ReloadForm),
                    on(ClientsAction::Overwrite),
                );
                self.theirs = Some(theirs);
                ask
            }
            None => {
                let name = self.form.fields.text_of(CardField::Name);
                Ask::gone(l, &name, on(ClientsAction::SaveAsNew))
            }
        })
    }
}

/// Whether `action` is the form's, though it came through a box (a question the
/// editor asked).
pub fn answers_editor(action: &Action) -> bool {
    matches!(
        action,
        Action::Clients(
            ClientsAction::DiscardForm
                | ClientsAction::ReloadForm
                | ClientsAction::Overwrite
                | ClientsAction::SaveAsNew
        )
    )
}
