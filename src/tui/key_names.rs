//! Keys as people read them: `Ctrl-S`, `↑`, and on a Spanish keyboard `Intro`, `AvPág`.

use KeyCode::{
    BackTab, Char, Delete, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp, Right,
    Tab as TabKey, Up,
};
use crossterm::event::{KeyCode, KeyModifiers};

/// How a key is written in help and the status bar.
pub fn key_name(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        Char(' ') => "␣".to_string(),
        Char(c) => c.to_string(),
        Up => "↑".into(),
        Down => "↓".into(),
        Left => "←".into(),
        Right => "→".into(),
        PageUp => "PgUp".into(),
        PageDown => "PgDn".into(),
        Home => "Home".into(),
        End => "End".into(),
        Enter => "Enter".into(),
        Esc => "Esc".into(),
        TabKey => "Tab".into(),
        BackTab => return "Shift-Tab".into(),
        Delete => "Del".into(),
        F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else {
        base
    }
}

/// Key names as a user of `lang` reads them: `Intro` for Enter in Spanish, and of the
/// yes keys (`y`, `s`) the one of the language (questions say `(s/n)` in Spanish).
pub fn localize_keys(keys: &str, lang: crate::i18n::Lang) -> String {
    use crate::i18n::Lang;
    let names: Vec<&str> = keys.split('/').collect();
    let other_yes = match lang {
        Lang::Es => "y",
        Lang::En => "s",
    };
    let both_yes = names.contains(&"y") && names.contains(&"s");
    names
        .into_iter()
        .filter(|k| !(both_yes && *k == other_yes))
        .map(|k| match (lang, k) {
            // As the keys are printed on a Spanish keyboard.
            (Lang::Es, "Enter") => "Intro",
            (Lang::Es, "PgDn") => "AvPág",
            (Lang::Es, "PgUp") => "RePág",
            (Lang::Es, "Home") => "Inicio",
            (Lang::Es, "End") => "Fin",
            (Lang::Es, "Del") => "Supr",
            (Lang::Es, "Shift-Tab") => "Mayús-Tab",
            _ => k,
        })
        .collect::<Vec<_>>()
        .join("/")
}
