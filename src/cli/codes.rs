//! Value parsers for the codes of domain values: a code (`purchase`) or its name in
//! Spanish or English (`compra`, `Compra`), accents and case ignored; `--help` and a
//! refusal list the codes.

use std::ffi::OsStr;
use std::marker::PhantomData;
use std::str::FromStr;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use strum::IntoEnumIterator;

use crate::domain::EntryKind;
use crate::exchange::imported::parse_code;
use crate::i18n::Label;

/// Parses a code of `T` (or its name in either language).
#[derive(Clone)]
pub struct Codes<T>(PhantomData<T>);

/// A value parser of the codes of `T`.
pub fn codes<T>() -> Codes<T> {
    Codes(PhantomData)
}

/// A value parser of the codes of `T` alone, for the program's own settings (formats,
/// dialects) that have no name to type instead.
pub fn plain_codes<T>() -> impl TypedValueParser<Value = T>
where
    T: IntoEnumIterator + Into<&'static str> + FromStr + Clone + Send + Sync + 'static,
{
    clap::builder::PossibleValuesParser::new(code_names::<T>())
        .try_map(|s: String| T::from_str(&s).map_err(|_| format!("unknown value `{s}`")))
}

/// clap's refusal of `value` for `arg`, listing `valid`.
fn refused(
    cmd: &clap::Command,
    arg: Option<&clap::Arg>,
    value: &str,
    valid: Vec<String>,
) -> clap::Error {
    let mut err = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
    if let Some(arg) = arg {
        err.insert(
            ContextKind::InvalidArg,
            ContextValue::String(arg.to_string()),
        );
    }
    err.insert(
        ContextKind::InvalidValue,
        ContextValue::String(value.to_string()),
    );
    err.insert(ContextKind::ValidValue, ContextValue::Strings(valid));
    err
}

fn code_names<T: IntoEnumIterator + Into<&'static str>>() -> impl Iterator<Item = &'static str> {
    T::iter().map(Into::into)
}

impl<T> TypedValueParser for Codes<T>
where
    T: IntoEnumIterator + Into<&'static str> + FromStr + Label + Clone + Send + Sync + 'static,
{
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        parse_code::<T>(&text).map_err(|_| {
            refused(
                cmd,
                arg,
                &text,
                code_names::<T>().map(String::from).collect(),
            )
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(code_names::<T>().map(PossibleValue::new)))
    }
}

/// What `--kind` of a log entry says: a kind, or `return` (a purchase whose amount and
/// margin are given back: stored negative, whatever sign was typed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindArg {
    /// The kind stored.
    pub kind: EntryKind,
    /// Whether it is a return.
    pub is_return: bool,
}

/// Parses the entry kinds' codes and `return` (`devolución`).
#[derive(Clone)]
pub struct Kinds;

impl TypedValueParser for Kinds {
    type Value = KindArg;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<KindArg, clap::Error> {
        let text = value.to_string_lossy();
        if matches!(
            crate::domain::text::fold(text.trim()).as_str(),
            "return" | "devolucion"
        ) {
            return Ok(KindArg {
                kind: EntryKind::Purchase,
                is_return: true,
            });
        }
        let kind = codes::<EntryKind>()
            .parse_ref(cmd, arg, value)
            .map_err(|_| {
                let valid = code_names::<EntryKind>().chain(["return"]);
                refused(cmd, arg, &text, valid.map(String::from).collect())
            })?;
        Ok(KindArg {
            kind,
            is_return: false,
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            code_names::<EntryKind>()
                .chain(["return"])
                .map(PossibleValue::new),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Channel;

    fn parse<P: TypedValueParser>(p: &P, text: &str) -> Result<P::Value, clap::Error> {
        let cmd = clap::Command::new("t");
        p.parse_ref(&cmd, None, OsStr::new(text))
    }

    /// A code, or its name in Spanish or English, is taken; anything else lists the
    /// codes.
    #[test]
    fn codes_and_names_in_both_languages() {
        assert_eq!(
            parse(&codes::<EntryKind>(), "purchase").ok(),
            Some(EntryKind::Purchase)
        );
        assert_eq!(
            parse(&codes::<EntryKind>(), "Compra").ok(),
            Some(EntryKind::Purchase)
        );
        assert_eq!(
            parse(&codes::<Channel>(), "teléfono").ok(),
            Some(Channel::Phone)
        );
        assert!(parse(&codes::<EntryKind>(), "cosa").is_err());
        let ret = parse(&Kinds, "devolución").expect("a return");
        assert!(ret.is_return && ret.kind == EntryKind::Purchase);
        assert_eq!(
            parse(&Kinds, "visita").ok().map(|k| k.kind),
            Some(EntryKind::Visit)
        );
    }
}
