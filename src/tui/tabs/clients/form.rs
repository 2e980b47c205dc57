//! The client form's state: every field of the card, inline validation, nothing lost.
//! Drawn by [`form_view`](super::form_view).

use std::str::FromStr;

use chrono::NaiveDate;

use crate::domain::dates::parse_optional_date;
use crate::domain::text::{non_empty, split_list};
use crate::domain::{
    BuyingBehaviour, CardField, Channel, ClientCard, ClientId, ClientKind, FieldError,
    InactivityReason, Influence, Problem, Relation, Source,
};
use crate::i18n::{Locale, Msg};
use crate::store::Base;
use crate::tui::widgets::TextInput;
use crate::tui::widgets::fields::{Fields, Input, choice, choices, yes_no};

/// State of the client form.
#[derive(Debug, Clone)]
pub struct ClientForm {
    /// The client being edited; `None` for a new one.
    pub editing: Option<ClientId>,
    /// The fields, in order, and which has the focus.
    pub fields: Fields<CardField>,
    /// Problems found at the last save attempt.
    pub errors: Vec<FieldError>,
    /// Why the store refused the last save.
    pub store_error: Option<String>,
    /// The version of the stored card the form was opened on: saving is refused if
    /// someone else changed it since.
    pub seen: Base,
    /// The card as opened: what the form does not show (the address-book identity) is
    /// kept from it, and name parts split from its name follow a changed name.
    opened: Box<ClientCard>,
}

impl ClientForm {
    /// A form showing `card`; `editing` names the stored client, if any.
    pub fn new(editing: Option<ClientId>, card: &ClientCard, locale: &Locale) -> Self {
        use CardField as F;
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| locale.date(d)).unwrap_or_default();
        let text = |s: &str| Input::Text(Box::new(TextInput::new(s)));
        let opt = |s: &Option<String>| text(s.as_deref().unwrap_or(""));
        let fields = vec![
            (F::Name, text(&card.name)),
            (
                F::Kind,
                choice(choices::<ClientKind>(false), Some(card.kind.code())),
            ),
            (
                F::Relation,
                choice(choices::<Relation>(false), Some(card.relation.code())),
            ),
            (F::Phones, text(&card.phones.join(", "))),
            (F::Emails, text(&card.emails.join(", "))),
            // The name's parts after what the counter types first: left empty, they
            // are split from the name on save.
            (F::GivenName, opt(&card.given_name)),
            (F::Surname, opt(&card.surname)),
            (F::SecondSurname, opt(&card.second_surname)),
            (F::Prefix, opt(&card.prefix)),
            (F::Nickname, opt(&card.nickname)),
            (F::Organisation, opt(&card.organisation)),
            (F::JobTitle, opt(&card.job_title)),
            (F::Website, opt(&card.website)),
            (F::TaxId, opt(&card.tax_id)),
            (F::Address, opt(&card.address)),
            (F::City, opt(&card.city)),
            (F::Postcode, opt(&card.postcode)),
            (F::Region, opt(&card.region)),
            (F::Country, opt(&card.country)),
            (F::Birthday, text(&date(card.birthday))),
            (
                F::PreferredChannel,
                choice(
                    choices::<Channel>(true),
                    card.preferred_channel.map(|v| v.code()),
                ),
            ),
            (F::MarketingConsent, yes_no(card.marketing_consent)),
            (F::ConsentDate, text(&date(card.consent_date))),
            (
                F::Source,
                choice(choices::<Source>(true), card.source.map(|v| v.code())),
            ),
            (
                F::ReferredBy,
                text(&card.referred_by.map(|r| r.to_string()).unwrap_or_default()),
            ),
            (
                F::Influence,
                choice(choices::<Influence>(false), Some(card.influence.code())),
            ),
            (
                F::BuyingBehaviour,
                choice(
                    choices::<BuyingBehaviour>(true),
                    card.buying_behaviour.map(|v| v.code()),
                ),
            ),
            (
                F::InactivityReason,
                choice(
                    choices::<InactivityReason>(true),
                    card.inactivity_reason.map(|v| v.code()),
                ),
            ),
            (F::MemberSince, text(&date(card.member_since))),
            (F::Tags, text(&card.tags.join(", "))),
            (F::Notes, text(&card.notes)),
        ];
        let mut form = Self {
            editing,
            fields: Fields::new(fields),
            errors: Vec::new(),
            store_error: None,
            seen: Base::Latest,
            opened: Box::new(card.clone()),
        };
        for f in form.fields.iter_mut() {
            if let Input::Text(t) = &mut f.input {
                match f.field {
                    F::Phones | F::Emails | F::Tags => {
                        t.set_placeholder(locale.t(Msg::FormListHint))
                    }
                    F::Birthday | F::ConsentDate | F::MemberSince => {
                        t.set_placeholder(locale.t(Msg::FormDateHint))
                    }
                    F::GivenName | F::Surname | F::SecondSurname => {
                        t.set_placeholder(locale.t(Msg::FormSplitHint))
                    }
                    _ => {}
                }
            }
        }
        form.fields.focus_field(0);
        form
    }

    /// The card the form describes, or every problem with it.
    pub fn to_card(&self, today: NaiveDate) -> Result<ClientCard, Vec<FieldError>> {
        use CardField as F;
        let mut errors = Vec::new();
        let mut date = |field: F| {
            let text = self.fields.text_of(field);
            // A birthday may be known by day and month only.
            let parse = match field {
                F::Birthday => crate::domain::dates::parse_birthday,
                _ => parse_optional_date,
            };
            parse(&text).unwrap_or_else(|e| {
                let typed = text.trim().to_string();
                let problem = match e {
                    crate::domain::dates::DateError::NoSuchDay(_) => Problem::NoSuchDay(typed),
                    _ => Problem::DateShape(typed),
                };
                errors.push(FieldError::new(field, problem));
                None
            })
        };
        let birthday = date(F::Birthday);
        let consent_date = date(F::ConsentDate);
        let member_since = date(F::MemberSince);
        let referred_text = self.fields.text_of(F::ReferredBy);
        let referred_by = match referred_text.trim() {
            "" => None,
            s => s.parse::<ClientId>().map(Some).unwrap_or_else(|_| {
                errors.push(FieldError::new(
                    F::ReferredBy,
                    Problem::NotANumber(s.to_string()),
                ));
                None
            }),
        };
        fn parse<T: FromStr>(code: Option<&str>) -> Option<T> {
            code.and_then(|c| T::from_str(c).ok())
        }
        let text = |field: F| non_empty(&self.fields.text_of(field));
        let mut card = ClientCard {
            name: self.fields.text_of(F::Name),
            given_name: text(F::GivenName),
            surname: text(F::Surname),
            second_surname: text(F::SecondSurname),
            prefix: text(F::Prefix),
            nickname: text(F::Nickname),
            organisation: text(F::Organisation),
            job_title: text(F::JobTitle),
            website: text(F::Website),
            region: text(F::Region),
            country: text(F::Country),
            uid: self.opened.uid.clone(),
            kind: parse(self.fields.code_of(F::Kind)).unwrap_or(ClientKind::Person),
            relation: parse(self.fields.code_of(F::Relation)).unwrap_or(Relation::Client),
            phones: split_list(&self.fields.text_of(F::Phones)),
            emails: split_list(&self.fields.text_of(F::Emails)),
            tax_id: non_empty(&self.fields.text_of(F::TaxId)),
            address: non_empty(&self.fields.text_of(F::Address)),
            city: non_empty(&self.fields.text_of(F::City)),
            postcode: non_empty(&self.fields.text_of(F::Postcode)),
            birthday,
            preferred_channel: parse(self.fields.code_of(F::PreferredChannel)),
            marketing_consent: self.fields.code_of(F::MarketingConsent) == Some("yes"),
            consent_date,
            source: parse(self.fields.code_of(F::Source)),
            referred_by,
            influence: parse(self.fields.code_of(F::Influence)).unwrap_or(Influence::Unknown),
            buying_behaviour: parse(self.fields.code_of(F::BuyingBehaviour)),
            inactivity_reason: parse(self.fields.code_of(F::InactivityReason)),
            member_since,
            tags: split_list(&self.fields.text_of(F::Tags)),
            notes: self.fields.text_of(F::Notes),
        };
        card.follow_name(&self.opened);
        card = card.normalized();
        if let Err(mut rule_errors) = card.validate(today) {
            errors.append(&mut rule_errors);
        }
        if errors.is_empty() {
            Ok(card)
        } else {
            errors.sort_by_key(|e| self.fields.iter().position(|f| f.field == e.field));
            Err(errors)
        }
    }

    /// Records the problems of a refused save and focuses the first one.
    pub fn show_errors(&mut self, errors: Vec<FieldError>) {
        if let Some(first) = errors
            .first()
            .and_then(|e| self.fields.iter().position(|f| f.field == e.field))
        {
            self.fields.focus_field(first);
        }
        self.errors = errors;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn type_text(form: &mut ClientForm, text: &str) {
        for c in text.chars() {
            form.fields.type_key(
                crossterm::event::KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
                &Locale::new(Lang::En, "auto"),
            );
        }
    }

    fn focus(form: &mut ClientForm, field: CardField) {
        let i = form
            .fields
            .iter()
            .position(|f| f.field == field)
            .expect("field exists");
        form.fields.focus_field(i);
    }

    #[test]
    fn an_existing_card_comes_back_unchanged() {
        let locale = Locale::new(Lang::Es, "auto");
        let mut card = ClientCard::named("Íñigo Ruiz");
        card.phones = vec!["600 111 222".into(), "91 555 12 12".into()];
        card.birthday = chrono::NaiveDate::from_ymd_opt(1990, 5, 17);
        card.preferred_channel = Some(Channel::Phone);
        card.marketing_consent = true;
        card.referred_by = Some(3);
        card.tags = vec!["vip".into()];
        card.organisation = Some("Flores SL".into());
        card.uid = Some("urn:uuid:1".into());
        let card = card.normalized();
        assert_eq!(card.surname.as_deref(), Some("Ruiz"));
        let form = ClientForm::new(Some(9), &card, &locale);
        assert_eq!(form.to_card(NaiveDate::MAX), Ok(card));
    }

    #[test]
    fn every_problem_is_reported_and_typed_text_kept() {
        let locale = Locale::new(Lang::En, "auto");
        let mut form = ClientForm::new(None, &ClientCard::named(""), &locale);
        focus(&mut form, CardField::Emails);
        type_text(&mut form, "ana@correo");
        focus(&mut form, CardField::Birthday);
        type_text(&mut form, "31/02/2001");
        let errors = form.to_card(NaiveDate::MAX).expect_err("invalid");
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [CardField::Name, CardField::Emails, CardField::Birthday]
        );
        form.show_errors(errors);
        assert_eq!(form.fields[form.fields.focus].field, CardField::Name);
        assert_eq!(form.fields.text_of(CardField::Emails), "ana@correo");
        assert_eq!(form.fields.text_of(CardField::Birthday), "31/02/2001");
    }

    /// The form checks with the same rules as every other way in (`domain::validate`).
    #[test]
    fn phones_emails_lengths_and_dates_follow_the_shared_rules() {
        let locale = Locale::new(Lang::En, "auto");
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let mut form = ClientForm::new(None, &ClientCard::named("Ana"), &locale);
        focus(&mut form, CardField::Phones);
        type_text(&mut form, "600 111 222, abc");
        focus(&mut form, CardField::Emails);
        type_text(&mut form, "<script>@x.com");
        focus(&mut form, CardField::Birthday);
        type_text(&mut form, "01/01/2099");
        let errors = form.to_card(today).expect_err("invalid");
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [CardField::Phones, CardField::Emails, CardField::Birthday]
        );
        let said: Vec<String> = errors.iter().map(|e| locale.problem(&e.problem)).collect();
        assert_eq!(
            said,
            [
                "“abc” is not a phone number (3 to 17 digits, with spaces and + ( ) - . /, and extension)",
                "“<script>@x.com” is not an email address",
                "2099-01-01 cannot be: between 1900 and today",
            ]
        );
    }

    #[test]
    fn choices_cycle_and_wrap() {
        let locale = Locale::new(Lang::En, "auto");
        let mut form = ClientForm::new(None, &ClientCard::named("Ana"), &locale);
        focus(&mut form, CardField::Kind);
        assert!(form.fields.on_choice());
        form.fields.cycle_choice(1);
        assert_eq!(
            form.to_card(NaiveDate::MAX).map(|c| c.kind),
            Ok(ClientKind::Company)
        );
        form.fields.cycle_choice(1);
        assert_eq!(
            form.to_card(NaiveDate::MAX).map(|c| c.kind),
            Ok(ClientKind::Person)
        );
        form.fields.cycle_choice(-1);
        assert_eq!(
            form.to_card(NaiveDate::MAX).map(|c| c.kind),
            Ok(ClientKind::Company)
        );
        assert!(form.fields.dirty());
    }
}
