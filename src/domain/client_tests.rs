//! Tests of `client`.

use super::*;

#[test]
fn codes_round_trip_through_from_str() {
    use std::str::FromStr;
    use strum::IntoEnumIterator;
    for r in Relation::iter() {
        assert_eq!(Relation::from_str(r.code()), Ok(r));
    }
    assert_eq!(Channel::InPerson.code(), "in_person");
    assert_eq!(
        BuyingBehaviour::PriceConditional.code(),
        "price_conditional"
    );
}

#[test]
fn validation_reports_every_problem() {
    use crate::domain::validate::Invalid;
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let mut card = ClientCard::named("  ");
    card.emails = vec!["ana@correo.es".into(), "<script>@x.com".into()];
    card.phones = vec!["600 111 222".into(), "';--".into()];
    card.birthday = NaiveDate::from_ymd_opt(2099, 1, 1);
    card.notes = "x".repeat(20_001);
    let errors = card.validate(today).expect_err("invalid card");
    assert_eq!(
        errors,
        vec![
            FieldError::new(CardField::Name, Problem::Required),
            FieldError::new(
                CardField::Phones,
                Problem::Invalid(Invalid::Phone("';--".into()))
            ),
            FieldError::new(
                CardField::Emails,
                Problem::Invalid(Invalid::Email("<script>@x.com".into()))
            ),
            FieldError::new(
                CardField::Notes,
                Problem::Invalid(Invalid::TooLong {
                    max: 20_000,
                    len: 20_001
                })
            ),
            FieldError::new(
                CardField::Birthday,
                Problem::Invalid(Invalid::Implausible(card.birthday.expect("set")))
            ),
        ]
    );
    assert!(ClientCard::named("Ana").validate(today).is_ok());
    let long = ClientCard::named("a".repeat(201));
    assert!(long.validate(today).is_err(), "a 201-character name");
}

#[test]
fn normalized_tidies_lists_and_text() {
    let mut card = ClientCard::named("  Ana Núñez ");
    card.tags = vec!["vip".into(), " ".into(), "vip".into(), "boda".into()];
    card.phones = vec![" 600 111 222 ".into(), "".into()];
    card.city = Some("   ".into());
    let card = card.normalized();
    assert_eq!(card.name, "Ana Núñez");
    assert_eq!(card.tags, ["vip", "boda"]);
    assert_eq!(card.phones, ["600 111 222"]);
    assert_eq!(card.city, None);
}
