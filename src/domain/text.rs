//! Text helpers shared by search, sorting and validation.

use unicode_normalization::UnicodeNormalization;

/// A key that sorts Spanish names as a reader expects: case and accents ignored,
/// `ñ` after every `n`.
pub fn sort_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'á' | 'à' | 'â' | 'ä' => key.push('a'),
            'é' | 'è' | 'ê' | 'ë' => key.push('e'),
            'í' | 'ì' | 'î' | 'ï' => key.push('i'),
            'ó' | 'ò' | 'ô' | 'ö' => key.push('o'),
            'ú' | 'ù' | 'û' | 'ü' => key.push('u'),
            'ç' => key.push('c'),
            'ñ' => {
                key.push('n');
                key.push(char::MAX);
            }
            other => key.push(other),
        }
    }
    key
}

/// One character without its accent, lowercased where that stays one character
/// (`Í` → `i`, `ñ` → `n`, `ü` → `u`), so text and query fold the same way and match
/// positions stay the same.
pub fn fold_char(c: char) -> char {
    let lower = {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(one), None) => one,
            _ => c,
        }
    };
    match lower {
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        other => other,
    }
}

/// `s` with every character folded by [`fold_char`].
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// Splits a comma- or semicolon-separated list typed by a user, trimming items and
/// dropping empty ones.
pub fn split_list(input: &str) -> Vec<String> {
    input
        .split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// One-line text as it is stored: in Unicode's composed form (NFC: a decomposed
/// `a` + accent, as macOS and some phones write it, becomes `á`, so searches and
/// filters find it), every control character removed (escape sequences that would
/// retitle or clear a terminal, bells, tabs, line breaks; C0, DEL and C1).
pub fn one_line(s: &str) -> String {
    s.nfc().filter(|c| !c.is_control()).collect()
}

/// Text of several lines as it is stored: composed (NFC) as [`one_line`], line breaks
/// kept as LF (CR LF and a lone CR become LF), tabs kept, every other control character
/// removed.
pub fn multi_line(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    s.nfc()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// Text as a terminal should show it: control characters drawn as visible symbols
/// (`␛`, `␇`…) instead of being obeyed; line breaks kept when `lines`.
pub fn printable(s: &str, lines: bool) -> String {
    s.chars()
        .map(|c| match c {
            '\n' if lines => c,
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('�'),
            '\u{7f}' => '␡',
            c if c.is_control() => '�',
            c => c,
        })
        .collect()
}

/// Trims `s` and turns an empty result into `None`.
pub fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_the_store_or_the_terminal() {
        let hostile = "Cita\u{1b}]0;HACKED\u{7}\u{1b}[2J\u{9b}31m";
        assert_eq!(one_line(hostile), "Cita]0;HACKED[2J31m");
        assert_eq!(
            multi_line("una\r\ndos\rtres\tcuatro\u{1b}[2J"),
            "una\ndos\ntres\tcuatro[2J"
        );
        assert_eq!(printable("a\u{1b}[2J\u{7}\nb", true), "a␛[2J␇\nb");
        assert_eq!(printable("a\nb", false), "a␊b");
    }

    #[test]
    fn decomposed_text_is_stored_composed() {
        let nfd = "Ma\u{301}laga";
        assert_eq!(one_line(nfd), "Málaga");
        assert_eq!(multi_line("Mun\u{303}oz\r\nse\u{301}"), "Muñoz\nsé");
    }

    #[test]
    fn sort_key_orders_spanish_names() {
        let mut names = vec!["Muñoz", "Munz", "Álvarez", "alonso", "Muzquiz", "Zamora"];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            ["alonso", "Álvarez", "Munz", "Muñoz", "Muzquiz", "Zamora"]
        );
    }

    #[test]
    fn split_list_trims_and_drops_empty() {
        assert_eq!(
            split_list(" vip, ,boda;  barrio "),
            ["vip", "boda", "barrio"]
        );
        assert!(split_list("  ").is_empty());
    }
}
