//! The fields of a card as forms, messages and exports name them, and what can be wrong
//! with one.

use strum::{EnumIter, IntoStaticStr};

use super::attributes::coded;

/// The fields of a card, as forms and error messages name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum CardField {
    /// Name.
    Name,
    /// Person or company.
    Kind,
    /// Relation to the shop.
    Relation,
    /// Phones.
    Phones,
    /// Emails.
    Emails,
    /// Tax id.
    TaxId,
    /// Address.
    Address,
    /// City.
    City,
    /// Postcode.
    Postcode,
    /// Birthday.
    Birthday,
    /// Preferred channel.
    PreferredChannel,
    /// Marketing consent.
    MarketingConsent,
    /// Consent date.
    ConsentDate,
    /// Source.
    Source,
    /// Referred by.
    ReferredBy,
    /// Influence.
    Influence,
    /// Buying behaviour.
    BuyingBehaviour,
    /// Inactivity reason.
    InactivityReason,
    /// Loyalty programme join date.
    MemberSince,
    /// Tags.
    Tags,
    /// Notes.
    Notes,
    // The fields added later come after, so an export's columns keep their places.
    /// Given name.
    GivenName,
    /// First surname.
    Surname,
    /// Second surname.
    SecondSurname,
    /// Prefix.
    Prefix,
    /// Nickname.
    Nickname,
    /// Organisation.
    Organisation,
    /// Job title.
    JobTitle,
    /// Web site.
    Website,
    /// Province or region.
    Region,
    /// Country.
    Country,
    /// Address-book identity (vCard `UID`).
    Uid,
}
coded!(CardField);

/// What is wrong with a field's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The field must not be empty.
    Required,
    /// The value breaks a rule of [`super::validate`] (length, phone or email shape, a
    /// plausible date).
    Invalid(super::validate::Invalid),
    /// This is not a date.
    DateShape(String),
    /// The shape of a date, but no such day (31/02/1980).
    NoSuchDay(String),
    /// This is not a number.
    NotANumber(String),
}

/// A problem found in one field of a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field at fault.
    pub field: CardField,
    /// What is wrong with it.
    pub problem: Problem,
}

impl FieldError {
    /// A problem in `field`.
    pub fn new(field: CardField, problem: Problem) -> Self {
        Self { field, problem }
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field.code(), self.problem)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Required => write!(f, "required"),
            Problem::Invalid(e) => write!(f, "{e}"),
            Problem::DateShape(s) => {
                write!(f, "`{s}` is not a date (use YYYY-MM-DD or DD/MM/YYYY)")
            }
            Problem::NoSuchDay(s) => write!(f, "`{s}` is not a day of the calendar"),
            Problem::NotANumber(s) => write!(f, "`{s}` is not a client id"),
        }
    }
}
