//! Text cut to a number of terminal columns (wide characters count double).

use ratatui::text::{Line, Span};
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

/// `line` in `width` columns: whole when it fits, else cut and ended with `…` in the
/// style of the span that was cut.
pub fn ellipsis_line(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let budget = width.saturating_sub(1);
    let mut used = 0;
    let mut spans = Vec::new();
    for span in line.spans {
        let w = span.content.width();
        if used + w <= budget {
            used += w;
            spans.push(span);
            continue;
        }
        let cut = fit(&span.content, budget - used);
        spans.push(Span::styled(format!("{cut}…"), span.style));
        break;
    }
    Line::from(spans).style(line.style)
}

/// `text` wrapped at spaces to `width` in at most `rows` lines, the last ended with `…`
/// when more was left out.
pub fn clipped(text: &str, width: usize, rows: usize) -> Vec<String> {
    let mut lines = super::popup::wrap(text, width);
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            *last = ellipsis(&format!("{last} …"), width);
            if !last.ends_with('…') {
                *last = format!("{}…", fit(last, width.saturating_sub(1)));
            }
        }
    }
    lines
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
    fn a_line_cut_ends_with_an_ellipsis_in_the_cut_spans_style() {
        use ratatui::style::{Color, Style};
        let red = Style::new().fg(Color::Red);
        let line = || {
            Line::from(vec![
                Span::raw("10:00 Reunión"),
                Span::styled("  choca", red),
            ])
        };
        assert_eq!(ellipsis_line(line(), 40), line());
        let cut = ellipsis_line(line(), 10);
        assert_eq!(cut.to_string(), "10:00 Reu…");
        let cut = ellipsis_line(line(), 16);
        assert_eq!(cut.to_string(), "10:00 Reunión  …");
        assert_eq!(cut.spans[1].style, red);
    }

    #[test]
    fn clipped_text_says_when_more_was_left_out() {
        assert_eq!(clipped("uno dos tres", 20, 2), ["uno dos tres"]);
        assert_eq!(clipped("uno dos tres cuatro", 8, 2), ["uno dos", "tres …"]);
        let cut = clipped("aaaa bbbb cccc dddd", 9, 1);
        assert_eq!(cut, ["aaaa bbb…"]);
        assert!(cut[0].width() <= 9);
    }

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
