//! Text cut to a number of terminal columns (wide characters count double).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` cut to `width` columns.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

/// `text` in `width` columns: whole when it fits, else cut and ended with `…`.
pub fn ellipsis(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    match width {
        0 => String::new(),
        _ => format!("{}…", fit(text, width - 1)),
    }
}

/// The leading parts of a hint (`a · b · c`) that fit whole in `width`: a hint is
/// never cut mid-word (`n nueva · ` or a bare `Esc`).
pub fn whole_parts(text: &str, width: usize) -> String {
    let mut out = String::new();
    for part in text.split(" · ") {
        let next = if out.is_empty() {
            part.to_string()
        } else {
            format!("{out} · {part}")
        };
        if next.width() > width {
            break;
        }
        out = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hint_keeps_its_whole_parts() {
        let hint = "t hoy · g ir a · n nueva · Intro ficha";
        assert_eq!(whole_parts(hint, 40), hint);
        assert_eq!(whole_parts(hint, 24), "t hoy · g ir a · n nueva");
        assert_eq!(whole_parts(hint, 23), "t hoy · g ir a");
        assert_eq!(whole_parts(hint, 3), "");
    }

    #[test]
    fn long_text_ends_in_an_ellipsis_and_wide_characters_count_double() {
        assert_eq!(ellipsis("Ferretería", 20), "Ferretería");
        assert_eq!(ellipsis("Ferretería Pérez", 10), "Ferreterí…");
        assert_eq!(ellipsis("日本語", 4), "日…");
        assert_eq!(fit("日本語", 3), "日");
        assert_eq!(ellipsis("abc", 0), "");
    }
}
