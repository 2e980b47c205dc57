//! The client card (ficha de cliente) and the rules for a valid one.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::attributes::{
    BuyingBehaviour, Channel, ClientKind, InactivityReason, Influence, Relation, Source,
};
pub use super::card_field::{CardField, FieldError, Problem};
use super::person_name::{NameParts, complete, person_sort_key};
use super::text::{multi_line, non_empty, one_line};

/// Row id of a client in the store.
pub type ClientId = i64;

/// Everything a user types on a client card: what `add` and `edit` take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientCard {
    /// Full name or company name, as the person writes it; required.
    pub name: String,
    /// A person's given name (`Mª Ángeles`); split from the name when not given.
    #[serde(default)]
    pub given_name: Option<String>,
    /// A person's first surname, with its particles (`de la Fuente`).
    #[serde(default)]
    pub surname: Option<String>,
    /// A person's second surname.
    #[serde(default)]
    pub second_surname: Option<String>,
    /// Honorific or title before the name (`Sra.`, `Dr.`).
    #[serde(default)]
    pub prefix: Option<String>,
    /// What the person is called (`Lola`).
    #[serde(default)]
    pub nickname: Option<String>,
    /// Person or company.
    pub kind: ClientKind,
    /// Client, supplier, social environment or internal.
    pub relation: Relation,
    /// The organisation a person works for.
    #[serde(default)]
    pub organisation: Option<String>,
    /// A person's job title there.
    #[serde(default)]
    pub job_title: Option<String>,
    /// Phone numbers, most used first.
    pub phones: Vec<String>,
    /// Email addresses, most used first.
    pub emails: Vec<String>,
    /// Web site.
    #[serde(default)]
    pub website: Option<String>,
    /// NIF/CIF.
    pub tax_id: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
    /// Province or region.
    #[serde(default)]
    pub region: Option<String>,
    /// Country (empty: the shop's own).
    #[serde(default)]
    pub country: Option<String>,
    /// Birthday (for the dashboard's "birthdays this week"); one known by day and month
    /// only is in the no-year year ([`super::dates::NO_YEAR`]) and written `--MM-DD`.
    #[serde(with = "birthday_text")]
    pub birthday: Option<NaiveDate>,
    /// How the client prefers to be reached.
    pub preferred_channel: Option<Channel>,
    /// Whether the client agreed to receive marketing.
    pub marketing_consent: bool,
    /// When consent was given or withdrawn.
    pub consent_date: Option<NaiveDate>,
    /// Where the client came from.
    pub source: Option<Source>,
    /// The client who recommended this one (counts as a referral of theirs).
    pub referred_by: Option<ClientId>,
    /// Degree of influence, set by hand.
    pub influence: Influence,
    /// Buying behaviour, set by hand.
    pub buying_behaviour: Option<BuyingBehaviour>,
    /// Why the client stopped buying, when inactive.
    pub inactivity_reason: Option<InactivityReason>,
    /// Loyalty programme join date; `None` when not a member.
    pub member_since: Option<NaiveDate>,
    /// Free tags (vip, boda, mayorista…).
    pub tags: Vec<String>,
    /// Free notes.
    pub notes: String,
    /// The card's identity in address books (a vCard's `UID`), kept so the same
    /// contact imported again is known.
    #[serde(default)]
    pub uid: Option<String>,
}

impl ClientCard {
    /// A card with only a name and every other field at its default.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            given_name: None,
            surname: None,
            second_surname: None,
            prefix: None,
            nickname: None,
            kind: ClientKind::Person,
            relation: Relation::Client,
            organisation: None,
            job_title: None,
            phones: Vec::new(),
            emails: Vec::new(),
            website: None,
            tax_id: None,
            address: None,
            city: None,
            postcode: None,
            region: None,
            country: None,
            birthday: None,
            preferred_channel: None,
            marketing_consent: false,
            consent_date: None,
            source: None,
            referred_by: None,
            influence: Influence::Unknown,
            buying_behaviour: None,
            inactivity_reason: None,
            member_since: None,
            tags: Vec::new(),
            notes: String::new(),
            uid: None,
        }
    }

    /// Whether the card names a company though it does not say so: a legal form at the
    /// end of the name (`SL`, `S.L.U.`, `SA`, `S.Coop.`, `CB`…) or a Spanish company tax
    /// id (a CIF: a letter other than those of people's NIF/NIE, seven digits and a
    /// check character).
    pub fn looks_like_company(&self) -> bool {
        // Written as companies write it, in capitals (`SL`, `S.L.`): `Rosa Sa` is a
        // person.
        const FORMS: &[&str] = &[
            "SL", "SLU", "SLP", "SA", "SAU", "SLL", "SLNE", "SCOOP", "COOP", "CB", "SC", "SCP",
        ];
        let bare = |w: &str| w.replace(['.', ','], "");
        let words: Vec<&str> = self.name.split_whitespace().collect();
        let last = words.last().map(|w| bare(w)).unwrap_or_default();
        let two_last = match words.as_slice() {
            [.., a, b] => bare(&format!("{a}{b}")),
            _ => String::new(),
        };
        let form = self.name.split_whitespace().count() > 1
            && (FORMS.contains(&last.as_str()) || FORMS.contains(&two_last.as_str()));
        let cif = self.tax_id.as_deref().is_some_and(|t| {
            let t: Vec<char> = t
                .trim()
                .to_uppercase()
                .chars()
                .filter(|c| *c != '-')
                .collect();
            t.len() == 9
                && "ABCDEFGHJNPQRSUVW".contains(t[0])
                && t[1..8].iter().all(char::is_ascii_digit)
                && t[8].is_ascii_alphanumeric()
        });
        form || cif
    }

    /// The parts of a person's name as stored.
    pub fn name_parts(&self) -> NameParts {
        NameParts {
            given: self.given_name.clone(),
            surname: self.surname.clone(),
            second: self.second_surname.clone(),
        }
    }

    fn set_name_parts(&mut self, parts: NameParts) {
        self.given_name = parts.given;
        self.surname = parts.surname;
        self.second_surname = parts.second;
    }

    /// The key lists sort by: a person by first surname, second surname, given name; a
    /// company (or a person with no surname) by name; Spanish rules (accents and case
    /// aside, `ñ` after `n`).
    pub fn sort_key(&self) -> String {
        match self.kind {
            ClientKind::Company => crate::domain::text::sort_key(&self.name),
            ClientKind::Person => person_sort_key(&self.name, &self.name_parts()),
        }
    }

    /// When the name was changed and its parts were left as they were, the parts follow
    /// the new name: those still in it stay, the others are split again from it.
    pub fn follow_name(&mut self, before: &ClientCard) {
        if self.name.trim() == before.name.trim() || self.name_parts() != before.name_parts() {
            return;
        }
        // A part still in the new name stays (set by hand or not); the others are split
        // again from it by [`Self::normalized`].
        let words = |s: &str| {
            format!(
                " {} ",
                s.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase()
            )
        };
        let name = words(&self.name);
        let keep = |part: &Option<String>| part.clone().filter(|p| name.contains(&words(p)));
        (self.given_name, self.surname, self.second_surname) = (
            keep(&self.given_name),
            keep(&self.surname),
            keep(&self.second_surname),
        );
        // A prefix taken from the old name's honorific follows the new name.
        let old_title = super::person_name::honorific(&before.name).map(|(t, _)| t.to_string());
        if old_title.is_some() && self.prefix == old_title {
            self.prefix = None;
        }
    }

    /// Trims text, drops empty list items and repeated tags, so what is stored is tidy.
    pub fn normalized(mut self) -> Self {
        self.name = self.name.trim().to_string();
        let tidy = |list: Vec<String>| -> Vec<String> {
            list.iter()
                .filter_map(|s| non_empty(&one_line(s)))
                .collect()
        };
        self.name = one_line(&self.name);
        self.phones = tidy(self.phones);
        self.emails = tidy(self.emails);
        let mut tags: Vec<String> = Vec::new();
        for tag in tidy(self.tags) {
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        self.tags = tags;
        for field in [
            &mut self.given_name,
            &mut self.surname,
            &mut self.second_surname,
            &mut self.prefix,
            &mut self.nickname,
            &mut self.organisation,
            &mut self.job_title,
            &mut self.website,
            &mut self.tax_id,
            &mut self.address,
            &mut self.city,
            &mut self.postcode,
            &mut self.region,
            &mut self.country,
            &mut self.uid,
        ] {
            *field = field
                .as_deref()
                .map(one_line)
                .as_deref()
                .and_then(non_empty);
        }
        // Trimmed at both ends, as imports read notes, so a card reads back the same.
        self.notes = multi_line(self.notes.trim());
        match self.kind {
            // A company keeps one name.
            ClientKind::Company => self.set_name_parts(NameParts::default()),
            // Parts left empty are taken from the name, around those given.
            ClientKind::Person => self.set_name_parts(complete(&self.name, &self.name_parts())),
        }
        if self.kind == ClientKind::Person
            && self.prefix.is_none()
            && let Some((title, _)) = super::person_name::honorific(&self.name)
        {
            self.prefix = Some(title.to_string());
        }
        self
    }

    /// Checks the rules a card must meet before it is stored (`today` bounds its dates):
    /// every problem is reported, each with its field, so a form can show them all at
    /// once. The shapes and limits are those of [`super::validate`].
    pub fn validate(&self, today: NaiveDate) -> Result<(), Vec<FieldError>> {
        use super::validate::{self as v, Invalid};
        let mut errors = Vec::new();
        let named = !self.name.trim().is_empty();
        if !named {
            errors.push(FieldError::new(CardField::Name, Problem::Required));
        }
        let mut check = |field: CardField, result: Result<(), Invalid>| {
            if let Err(e) = result
                && !errors.iter().any(|f: &FieldError| f.field == field)
            {
                errors.push(FieldError::new(field, Problem::Invalid(e)));
            }
        };
        if named {
            check(CardField::Name, v::length(&self.name, v::NAME_MAX));
        }
        for phone in &self.phones {
            check(CardField::Phones, v::phone(phone.trim()));
        }
        for email in &self.emails {
            check(CardField::Emails, v::email(email.trim()));
        }
        for tag in &self.tags {
            check(CardField::Tags, v::length(tag, v::LINE_MAX));
        }
        for (field, text) in [
            (CardField::GivenName, &self.given_name),
            (CardField::Surname, &self.surname),
            (CardField::SecondSurname, &self.second_surname),
            (CardField::Prefix, &self.prefix),
            (CardField::Nickname, &self.nickname),
            (CardField::Organisation, &self.organisation),
            (CardField::JobTitle, &self.job_title),
            (CardField::Website, &self.website),
            (CardField::TaxId, &self.tax_id),
            (CardField::Address, &self.address),
            (CardField::City, &self.city),
            (CardField::Postcode, &self.postcode),
            (CardField::Region, &self.region),
            (CardField::Country, &self.country),
            (CardField::Uid, &self.uid),
        ] {
            if let Some(text) = text {
                check(field, v::length(text, v::LINE_MAX));
            }
        }
        check(CardField::Notes, v::length(&self.notes, v::NOTES_MAX));
        let dated = self.birthday.filter(|d| super::dates::has_year(*d));
        for (field, date) in [
            (CardField::Birthday, dated),
            (CardField::ConsentDate, self.consent_date),
            (CardField::MemberSince, self.member_since),
        ] {
            if let Some(date) = date {
                check(field, v::past_date(date, today));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// A stored client: the card plus what the store keeps about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Client {
    /// Row id.
    pub id: ClientId,
    /// What the user typed.
    #[serde(flatten)]
    pub card: ClientCard,
    /// When the card was created.
    pub created_at: NaiveDateTime,
    /// When the card was last changed.
    pub updated_at: NaiveDateTime,
    /// Bumped by every write of the card: what a form saw when it opened.
    #[serde(skip)]
    pub version: crate::domain::Version,
}

/// What the client list shows and searches over: one row per client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientSummary {
    /// Row id.
    pub id: ClientId,
    /// Name.
    pub name: String,
    /// Phones, most used first.
    pub phones: Vec<String>,
    /// Emails, most used first.
    pub emails: Vec<String>,
    /// NIF/CIF.
    pub tax_id: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// What the list sorts by ([`ClientCard::sort_key`]).
    pub sort_key: String,
    /// The organisation a person works for (searched too).
    pub organisation: Option<String>,
}

impl From<&Client> for ClientSummary {
    fn from(c: &Client) -> Self {
        Self {
            id: c.id,
            name: c.card.name.clone(),
            phones: c.card.phones.clone(),
            emails: c.card.emails.clone(),
            tax_id: c.card.tax_id.clone(),
            city: c.card.city.clone(),
            tags: c.card.tags.clone(),
            sort_key: c.card.sort_key(),
            organisation: c.card.organisation.clone(),
        }
    }
}

/// A client with the people around them, as the card shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientDetails {
    /// The client.
    pub client: Client,
    /// Name of the client who referred this one.
    pub referrer_name: Option<String>,
    /// Clients this one referred (id, name), oldest first.
    pub referred: Vec<(ClientId, String)>,
}

/// Everything held about one client (the right of access).
#[derive(Debug, Clone)]
pub struct PersonalData {
    /// The card, with who referred them and whom they referred.
    pub details: ClientDetails,
    /// Their log, newest first.
    pub log: Vec<crate::domain::LogEntry>,
    /// Agenda entries that name them.
    pub agenda: Vec<crate::domain::Appointment>,
    /// Their log entries tied to scenes.
    pub ties: Vec<crate::domain::SceneTie>,
}

#[cfg(test)]
#[path = "client_tests.rs"]
mod tests;

/// A birthday in JSON: `YYYY-MM-DD`, or `--MM-DD` when the year is not known.
#[path = "client_birthday.rs"]
mod birthday_text;
