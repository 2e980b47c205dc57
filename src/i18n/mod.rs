//! Every UI string, in Spanish and English, in one table.
//!
//! Strings with a parameter mark it `{}`; [`fill`] puts the value in.

mod cli_messages;
mod error_messages;
pub mod help_es;
mod key_messages;
mod labels;
mod messages;
mod moment_messages;
mod say;

use chrono::{NaiveDate, NaiveDateTime};

use crate::config::{Config, LanguageSetting};
pub use cli_messages::CliMsg;
pub use error_messages::ErrorMsg;
pub use key_messages::KeyMsg;
pub use labels::Label;
pub use messages::Msg;
pub use moment_messages::MomentMsg;
pub use say::{Say, clause, tell};

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Spanish.
    Es,
    /// English.
    En,
}

impl Lang {
    /// The language to use: the config's choice, else the locale environment
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; `es*` is Spanish), else English.
    /// `env` reads a variable; it is a parameter so tests need not touch the process.
    pub fn resolve(setting: LanguageSetting, env: impl Fn(&str) -> Option<String>) -> Self {
        match setting {
            LanguageSetting::Es => Lang::Es,
            LanguageSetting::En => Lang::En,
            LanguageSetting::Auto => {
                let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                    .iter()
                    .filter_map(|v| env(v))
                    .find(|v| !v.is_empty())
                    .unwrap_or_default();
                if locale.to_ascii_lowercase().starts_with("es") {
                    Lang::Es
                } else {
                    Lang::En
                }
            }
        }
    }
}

/// Language plus date pattern: everything needed to put a value on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    /// UI language.
    pub lang: Lang,
    /// strftime pattern for dates.
    pub date_pattern: String,
}

impl Locale {
    /// The locale of a configuration, with the language resolved from `env`.
    pub fn from_config(config: &Config, env: impl Fn(&str) -> Option<String>) -> Self {
        Self::new(Lang::resolve(config.language, env), &config.date_format)
    }

    /// `date_format = "auto"` means dd/mm/yyyy in Spanish and yyyy-mm-dd in English.
    pub fn new(lang: Lang, date_format: &str) -> Self {
        let date_pattern = match (date_format, lang) {
            ("auto", Lang::Es) => "%d/%m/%Y".to_string(),
            ("auto", Lang::En) => "%Y-%m-%d".to_string(),
            (pattern, _) => pattern.to_string(),
        };
        Self { lang, date_pattern }
    }

    /// The text of a message in this locale.
    pub fn t(&self, msg: impl Into<Msg>) -> &'static str {
        msg.into().text(self.lang)
    }

    /// An amount in cents as this locale writes it, thousands grouped: 25.712,50 in
    /// Spanish, 25,712.50 in English (what `parse_cents` reads back, in either
    /// language).
    pub fn money(&self, cents: i64) -> String {
        let (decimal, thousands) = if self.lang == Lang::Es {
            (',', '.')
        } else {
            ('.', ',')
        };
        let plain = crate::domain::money::format_cents(cents, decimal);
        let (sign, digits) = plain.split_at(usize::from(cents < 0));
        let (units, rest) = digits.split_at(digits.len() - 3);
        let mut grouped = String::with_capacity(plain.len() + units.len() / 3);
        for (i, c) in units.chars().enumerate() {
            if i > 0 && (units.len() - i) % 3 == 0 {
                grouped.push(thousands);
            }
            grouped.push(c);
        }
        format!("{sign}{grouped}{rest}")
    }

    /// The decimal mark this locale writes: a comma in Spanish, a point in English.
    pub fn decimal_mark(&self) -> char {
        match self.lang {
            Lang::Es => ',',
            Lang::En => '.',
        }
    }

    /// A number with `places` decimals and the locale's decimal separator; `signed`
    /// always shows the sign.
    pub fn decimal(&self, value: f64, places: usize, signed: bool) -> String {
        let text = if signed {
            format!("{value:+.places$}")
        } else {
            format!("{value:.places$}")
        };
        if self.lang == Lang::Es {
            text.replace('.', ",")
        } else {
            text
        }
    }

    /// A day and month without the year: 23/11 in Spanish, 11-23 in English (as its
    /// ISO dates).
    pub fn short_date(&self, date: NaiveDate) -> String {
        match self.lang {
            Lang::Es => date.format("%d/%m").to_string(),
            Lang::En => date.format("%m-%d").to_string(),
        }
    }

    /// A date as this locale writes it.
    pub fn date(&self, date: NaiveDate) -> String {
        if !crate::domain::dates::has_year(date) {
            // A birthday known by day and month: as the pattern orders them.
            let month_first = self.date_pattern.trim_start().starts_with("%Y");
            return date
                .format(if month_first { "--%m-%d" } else { "%d/%m" })
                .to_string();
        }
        date.format(&self.date_pattern).to_string()
    }

    /// What was found at a place in `file` (`said` starts with the place): `file:3:2:
    /// what` in English, as compilers write it; `file, línea 3, columna 2: what` in
    /// Spanish.
    pub fn in_file(&self, file: impl std::fmt::Display, said: &str) -> String {
        match self.lang {
            Lang::Es => format!("{file}, {said}"),
            Lang::En => format!("{file}:{said}"),
        }
    }

    /// A date and time as this locale writes them: the date, then hh:mm.
    pub fn date_time(&self, at: NaiveDateTime) -> String {
        format!("{} {}", self.date(at.date()), at.format("%H:%M"))
    }
}

/// Puts `value` where a message has `{}`.
pub fn fill(template: &str, value: impl std::fmt::Display) -> String {
    template.replacen("{}", &value.to_string(), 1)
}

/// Puts `first` and `second` where a message has its two `{}`, in one pass: a value
/// that itself holds `{}` (a title typed by a user) is never filled in turn.
pub fn fill2(
    template: &str,
    first: impl std::fmt::Display,
    second: impl std::fmt::Display,
) -> String {
    fill_all(template, &[&first, &second])
}

/// Puts `values` where a message has its `{}`, in order and in one pass.
pub fn fill_all(template: &str, values: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    for value in values {
        let Some((before, after)) = rest.split_once("{}") else {
            break;
        };
        out.push_str(before);
        out.push_str(&value.to_string());
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn language_from_config_then_environment() {
        assert_eq!(
            Lang::resolve(LanguageSetting::En, env_of(&[("LANG", "es_ES.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve(LanguageSetting::Auto, env_of(&[("LANG", "es_ES.UTF-8")])),
            Lang::Es
        );
        assert_eq!(
            Lang::resolve(LanguageSetting::Auto, env_of(&[("LANG", "de_DE.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve(
                LanguageSetting::Auto,
                env_of(&[("LC_ALL", "en_GB"), ("LANG", "es_ES")])
            ),
            Lang::En
        );
        assert_eq!(Lang::resolve(LanguageSetting::Auto, env_of(&[])), Lang::En);
    }

    #[test]
    fn spanish_dates_are_day_first() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 14).expect("date");
        assert_eq!(Locale::new(Lang::Es, "auto").date(date), "14/03/2026");
        assert_eq!(Locale::new(Lang::En, "auto").date(date), "2026-03-14");
        assert_eq!(Locale::new(Lang::En, "%d.%m.%Y").date(date), "14.03.2026");
    }

    #[test]
    fn money_groups_thousands_in_each_language() {
        let es = Locale::new(Lang::Es, "auto");
        let en = Locale::new(Lang::En, "auto");
        assert_eq!(es.money(2_571_277), "25.712,77");
        assert_eq!(en.money(2_571_277), "25,712.77");
        assert_eq!(es.money(99_999), "999,99");
        assert_eq!(es.money(100_000), "1.000,00");
        assert_eq!(es.money(-123_456_789), "-1.234.567,89");
        assert_eq!(en.money(-5), "-0.05");
        assert_eq!(es.money(0), "0,00");
    }

    /// Every count says 0 and 2 with the plural and 1 with the singular, in both
    /// languages.
    #[test]
    fn counts_take_the_plural_except_for_one() {
        let es = Locale::new(Lang::Es, "auto");
        let en = Locale::new(Lang::En, "auto");
        let said = |l: &Locale, n: u64| {
            (
                l.clients(n),
                l.plural(n, Msg::OccurrencesOne, Msg::OccurrencesOf),
                fill2(
                    l.count_msg(n, Msg::ListExportedOne, Msg::ListExported),
                    n,
                    "f.csv",
                ),
                fill2(l.count_msg(n, Msg::ImportedOne, Msg::Imported), n, "Jefe"),
            )
        };
        assert_eq!(
            said(&es, 0),
            (
                "0 clientes".into(),
                "0 veces".into(),
                "0 clientes exportados a f.csv".into(),
                "0 citas importadas en «Jefe»".into()
            )
        );
        assert_eq!(
            said(&es, 1),
            (
                "1 cliente".into(),
                "1 vez".into(),
                "1 cliente exportado a f.csv".into(),
                "1 cita importada en «Jefe»".into()
            )
        );
        assert_eq!(said(&es, 2).0, "2 clientes");
        assert_eq!(said(&es, 2).2, "2 clientes exportados a f.csv");
        assert_eq!(
            said(&en, 1),
            (
                "1 client".into(),
                "1 occurrence".into(),
                "1 client exported to f.csv".into(),
                "1 entry imported into “Jefe”".into()
            )
        );
        assert_eq!(said(&en, 0).1, "0 occurrences");
        assert_eq!(said(&en, 2).3, "2 entries imported into “Jefe”");
    }

    #[test]
    fn fill2_never_fills_a_value_that_holds_braces() {
        assert_eq!(fill2("«{}» ({})", "a {} b", 3), "«a {} b» (3)");
        assert_eq!(fill2("{} of {}", 1, 2), "1 of 2");
    }

    #[test]
    fn fill_puts_the_value_in() {
        assert_eq!(fill(Msg::CountOf.text(Lang::Es), 12), "12 clientes");
    }
}
