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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_ends_in_an_ellipsis_and_wide_characters_count_double() {
        assert_eq!(ellipsis("Ferretería", 20), "Ferretería");
        assert_eq!(ellipsis("Ferretería Pérez", 10), "Ferreterí…");
        assert_eq!(ellipsis("日本語", 4), "日…");
        assert_eq!(fit("日本語", 3), "日");
        assert_eq!(ellipsis("abc", 0), "");
    }
}
