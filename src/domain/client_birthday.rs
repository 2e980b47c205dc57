//! A birthday in JSON: `YYYY-MM-DD`, or `--MM-DD` when the year is not known.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer>(day: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match day {
        Some(d) if !crate::domain::dates::has_year(*d) => {
            s.serialize_str(&d.format("--%m-%d").to_string())
        }
        Some(d) => s.serialize_str(&d.to_string()),
        None => s.serialize_none(),
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(text) => crate::domain::dates::parse_birthday(&text).map_err(serde::de::Error::custom),
    }
}
