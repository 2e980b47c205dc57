//! The filter expression of exports: `lifecycle=inactive,volume=high,tag=vip,city=Madrid`.
//!
//! Terms are separated by `,` and must all hold; a term is `field=value`, and
//! `field=a|b` holds when either value does. Text fields (`tag`, `city`) compare with
//! case and accents ignored; coded fields take the codes the CLI and CSV use.

use std::str::FromStr;

use strum::IntoEnumIterator;

use super::class_filter::ClassSet;
use super::classification::{Frequency, Lifecycle, Satisfaction, Volume};
use super::client::Client;
use super::loyalty::Quadrant;
use super::text::fold;
use super::{Channel, ClientKind, Influence, Relation, Source};

/// What a filter term looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Test {
    Lifecycle(Vec<Lifecycle>),
    Frequency(Vec<Frequency>),
    Volume(Vec<Volume>),
    Satisfaction(Vec<Satisfaction>),
    Quadrant(Vec<Quadrant>),
    Kind(Vec<ClientKind>),
    Relation(Vec<Relation>),
    Source(Vec<Source>),
    Influence(Vec<Influence>),
    Channel(Vec<Channel>),
    Consent(Vec<bool>),
    Tag(Vec<String>),
    City(Vec<String>),
}

/// The fields a filter term may name, in the order the help lists them.
pub const FILTER_FIELDS: &[&str] = &[
    "lifecycle",
    "frequency",
    "volume",
    "satisfaction",
    "quadrant",
    "kind",
    "relation",
    "source",
    "influence",
    "preferred_channel",
    "consent",
    "tag",
    "city",
];

/// Why a filter expression was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    /// A term is not `field=value`.
    #[error("`{0}` is not field=value")]
    Malformed(String),
    /// The field is not one of [`FILTER_FIELDS`].
    #[error("unknown filter field `{field}` (known: {})", FILTER_FIELDS.join(", "))]
    UnknownField {
        /// What was typed.
        field: String,
    },
    /// The value is not one of the field's codes.
    #[error("`{value}` is not a value of {field} (one of: {known})")]
    UnknownValue {
        /// The field.
        field: String,
        /// What was typed.
        value: String,
        /// The codes it takes, comma-separated.
        known: String,
    },
}

/// A parsed filter expression; the empty expression keeps every client.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientFilter {
    tests: Vec<Test>,
}

fn codes<T>(field: &str, values: &[&str]) -> Result<Vec<T>, FilterError>
where
    T: FromStr + IntoEnumIterator + Into<&'static str>,
{
    values
        .iter()
        .map(|v| {
            T::from_str(v).map_err(|_| FilterError::UnknownValue {
                field: field.to_string(),
                value: (*v).to_string(),
                known: T::iter().map(Into::into).collect::<Vec<_>>().join(", "),
            })
        })
        .collect()
}

fn yes_no(field: &str, values: &[&str]) -> Result<Vec<bool>, FilterError> {
    values
        .iter()
        .map(|v| match fold(v).as_str() {
            "yes" | "si" | "true" => Ok(true),
            "no" | "false" => Ok(false),
            _ => Err(FilterError::UnknownValue {
                field: field.to_string(),
                value: (*v).to_string(),
                known: "yes, no".into(),
            }),
        })
        .collect()
}

impl FromStr for ClientFilter {
    type Err = FilterError;

    fn from_str(expr: &str) -> Result<Self, FilterError> {
        let mut tests = Vec::new();
        for term in expr.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            let Some((field, value)) = term.split_once('=') else {
                return Err(FilterError::Malformed(term.to_string()));
            };
            let field = field.trim();
            let values: Vec<&str> = value.split('|').map(str::trim).collect();
            if values.iter().any(|v| v.is_empty()) {
                return Err(FilterError::Malformed(term.to_string()));
            }
            let folded = || values.iter().map(|v| fold(v)).collect();
            tests.push(match field {
                "lifecycle" => Test::Lifecycle(codes(field, &values)?),
                "frequency" => Test::Frequency(codes(field, &values)?),
                "volume" => Test::Volume(codes(field, &values)?),
                "satisfaction" => Test::Satisfaction(codes(field, &values)?),
                "quadrant" => Test::Quadrant(codes(field, &values)?),
                "kind" => Test::Kind(codes(field, &values)?),
                "relation" => Test::Relation(codes(field, &values)?),
                "source" => Test::Source(codes(field, &values)?),
                "influence" => Test::Influence(codes(field, &values)?),
                "preferred_channel" => Test::Channel(codes(field, &values)?),
                "consent" => Test::Consent(yes_no(field, &values)?),
                "tag" => Test::Tag(folded()),
                "city" => Test::City(folded()),
                _ => {
                    return Err(FilterError::UnknownField {
                        field: field.to_string(),
                    });
                }
            });
        }
        Ok(Self { tests })
    }
}

impl ClientFilter {
    /// Whether some term looks at the computed classes (so they must be computed).
    pub fn needs_classes(&self) -> bool {
        self.tests.iter().any(|t| {
            matches!(
                t,
                Test::Lifecycle(_)
                    | Test::Frequency(_)
                    | Test::Volume(_)
                    | Test::Satisfaction(_)
                    | Test::Quadrant(_)
            )
        })
    }

    /// Whether `client`, whose classes are `classes` (when computed), passes every term.
    /// A class term never passes a client without classes.
    pub fn matches(&self, client: &Client, classes: Option<&ClassSet>) -> bool {
        let card = &client.card;
        self.tests.iter().all(|test| {
            let class = |f: &dyn Fn(&ClassSet) -> bool| classes.is_some_and(f);
            match test {
                Test::Lifecycle(v) => class(&|c| v.contains(&c.lifecycle)),
                Test::Frequency(v) => class(&|c| v.contains(&c.frequency)),
                Test::Volume(v) => class(&|c| v.contains(&c.volume)),
                Test::Satisfaction(v) => class(&|c| v.contains(&c.satisfaction)),
                Test::Quadrant(v) => class(&|c| v.contains(&c.quadrant)),
                Test::Kind(v) => v.contains(&card.kind),
                Test::Relation(v) => v.contains(&card.relation),
                Test::Source(v) => card.source.is_some_and(|s| v.contains(&s)),
                Test::Influence(v) => v.contains(&card.influence),
                Test::Channel(v) => card.preferred_channel.is_some_and(|s| v.contains(&s)),
                Test::Consent(v) => v.contains(&card.marketing_consent),
                Test::Tag(v) => card.tags.iter().any(|t| v.contains(&fold(t.trim()))),
                Test::City(v) => card
                    .city
                    .as_deref()
                    .is_some_and(|c| v.contains(&fold(c.trim()))),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ClientCard, ToDoSet};
    use chrono::NaiveDate;

    fn client(city: &str, tags: &[&str]) -> Client {
        let mut card = ClientCard::named("Ana");
        card.city = Some(city.into());
        card.tags = tags.iter().map(|t| t.to_string()).collect();
        let at = NaiveDate::from_ymd_opt(2026, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .expect("date");
        Client {
            version: 1,
            id: 1,
            card,
            created_at: at,
            updated_at: at,
        }
    }

    fn classes(lifecycle: Lifecycle, volume: Volume) -> ClassSet {
        ClassSet {
            lifecycle,
            frequency: Frequency::Occasional,
            volume,
            satisfaction: Satisfaction::Unknown,
            quadrant: Quadrant::Unknown,
            todo: ToDoSet::default(),
        }
    }

    #[test]
    fn every_term_must_hold_and_text_ignores_case_and_accents() {
        let f: ClientFilter = "lifecycle=inactive, volume=high,tag=VIP,city=malaga"
            .parse()
            .expect("parses");
        assert!(f.needs_classes());
        let ana = client("Málaga", &["vip"]);
        let win_back = classes(Lifecycle::Inactive, Volume::High);
        assert!(f.matches(&ana, Some(&win_back)));
        assert!(!f.matches(&ana, Some(&classes(Lifecycle::Active, Volume::High))));
        assert!(!f.matches(&ana, None), "class terms need classes");
        assert!(!f.matches(&client("Madrid", &["vip"]), Some(&win_back)));
        assert!(!f.matches(&client("Málaga", &[]), Some(&win_back)));
    }

    #[test]
    fn alternatives_and_the_empty_expression() {
        let f: ClientFilter = "city=Madrid|Toledo".parse().expect("parses");
        assert!(!f.needs_classes());
        assert!(f.matches(&client("Toledo", &[]), None));
        assert!(!f.matches(&client("Ávila", &[]), None));
        let all: ClientFilter = "".parse().expect("empty");
        assert!(all.matches(&client("Ávila", &[]), None));
    }

    #[test]
    fn unknown_fields_and_values_are_errors_that_say_what_is_known() {
        let err = "town=Madrid".parse::<ClientFilter>().expect_err("unknown");
        assert_eq!(
            err,
            FilterError::UnknownField {
                field: "town".into()
            }
        );
        assert!(err.to_string().contains("city"), "{err}");
        let err = "volume=huge".parse::<ClientFilter>().expect_err("value");
        assert!(err.to_string().contains("high"), "{err}");
        assert!(matches!(
            "city".parse::<ClientFilter>(),
            Err(FilterError::Malformed(_))
        ));
        assert!(matches!(
            "city=".parse::<ClientFilter>(),
            Err(FilterError::Malformed(_))
        ));
    }
}
