//! The command line's errors in the user's language: which of the program's own
//! refusals an error chain holds, said through [`Say`].

use std::error::Error;

use crate::config::ConfigError;
use crate::domain::dates::DateError;
use crate::domain::money::AmountError;
use crate::domain::{AppointmentError, EntryError, FilterError, SceneError};
use crate::i18n::{CliMsg as C, Locale, Say, fill, fill_all, fill2};
use crate::ops::Refusal;
use crate::store::StoreError;

/// The error's words in `l` when it is one of the program's own refusals (or an I/O
/// error), else `None`: the caller keeps its `Display`.
pub fn say_error(error: &(dyn Error + 'static), l: &Locale) -> Option<String> {
    macro_rules! first_of {
        ($($t:ty),*) => {
            $(if let Some(e) = error.downcast_ref::<$t>() {
                return Some(e.say(l));
            })*
        };
    }
    first_of!(
        StoreError,
        EntryError,
        AppointmentError,
        SceneError,
        DateError,
        AmountError,
        FilterError,
        ConfigError,
        Refusal,
        crate::exchange::ics_import::IcsError,
        std::io::Error
    );
    None
}

/// A mistake on the command line in `l`'s words, one line with what clap suggests, for
/// the kinds a person makes (an unknown flag or command, a bad or missing value);
/// `None` leaves clap's own words.
pub fn usage_error(e: &clap::Error, l: &Locale) -> Option<String> {
    use clap::error::{ContextKind as K, ContextValue as V, ErrorKind};
    let get = |kind: K| match e.get(kind)? {
        V::String(s) => Some(s.clone()),
        V::Strings(list) => Some(list.join(", ")),
        V::StyledStr(s) => Some(s.to_string()),
        V::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let arg = || get(K::InvalidArg).unwrap_or_default();
    let mut said = match e.kind() {
        ErrorKind::UnknownArgument => fill(l.t(C::UnknownArgument), arg()),
        ErrorKind::InvalidSubcommand => fill(l.t(C::UnknownCommand), get(K::InvalidSubcommand)?),
        // `--db` with nothing after it.
        ErrorKind::InvalidValue if get(K::InvalidValue).is_none_or(|v| v.is_empty()) => {
            fill(l.t(C::ValueMissing), arg())
        }
        ErrorKind::InvalidValue => {
            let value = get(K::InvalidValue)?;
            let mut said = fill2(l.t(C::InvalidValue), value, arg());
            if let Some(valid) = get(K::ValidValue) {
                said.push_str(&fill(l.t(C::PossibleValues), valid));
            }
            said
        }
        ErrorKind::ValueValidation => {
            let why = match std::error::Error::source(e) {
                Some(s) if s.is::<std::num::ParseIntError>() => l.t(C::NotANumber).to_string(),
                // clap's range check words it `7 is not in 1..=5`.
                Some(s) if let Some((lo, hi)) = range_of(&s.to_string()) => {
                    fill2(l.t(C::NotInRange), lo, hi)
                }
                Some(s) => say_error(s, l).unwrap_or_else(|| s.to_string()),
                None => String::new(),
            };
            fill_all(
                l.t(C::BadValue),
                &[&get(K::InvalidValue).unwrap_or_default(), &arg(), &why],
            )
        }
        ErrorKind::MissingRequiredArgument => fill(l.t(C::MissingArgument), arg()),
        ErrorKind::MissingSubcommand => fill2(
            l.t(C::MissingCommand),
            get(K::InvalidSubcommand)?,
            get(K::ValidSubcommand)?,
        ),
        ErrorKind::ArgumentConflict => fill2(
            l.t(C::Conflict),
            arg(),
            get(K::PriorArg).unwrap_or_default(),
        ),
        ErrorKind::TooManyValues => fill2(
            l.t(C::TooManyValues),
            get(K::InvalidValue).unwrap_or_default(),
            arg(),
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues | ErrorKind::NoEquals => {
            fill(l.t(C::ValueMissing), arg())
        }
        _ => return None,
    };
    if let Some(like) = get(K::SuggestedArg)
        .or_else(|| get(K::SuggestedSubcommand))
        .or_else(|| get(K::SuggestedValue))
    {
        said.push_str(&fill(l.t(C::DidYouMean), like));
    }
    Some(format!("{said} {}", l.t(C::SeeHelp)))
}

/// The bounds of clap's `V is not in LO..=HI`.
fn range_of(text: &str) -> Option<(String, String)> {
    let (_, range) = text.split_once(" is not in ")?;
    let (lo, hi) = range.split_once("..=")?;
    Some((lo.trim().to_string(), hi.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn errors_found_in_a_chain_are_said_and_others_are_not() {
        let l = Locale::new(Lang::Es, "auto");
        let date = DateError::Shape("ayer".into());
        assert_eq!(
            say_error(&date, &l).as_deref(),
            Some("«ayer» no es una fecha (escriba DD/MM/AAAA o AAAA-MM-DD)")
        );
        let io = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(say_error(&io, &l).as_deref(), Some("no existe"));
        let refused = Refusal::RestoreFromFolder("copias".into());
        assert_eq!(
            say_error(&refused, &l).as_deref(),
            Some("copias es una carpeta, no una copia de una base de datos.")
        );
        assert_eq!(say_error(&std::fmt::Error, &l), None);
    }
}
