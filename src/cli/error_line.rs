//! A failed command's report as the one line the user reads: each cause once, in the
//! user's language where it is one of the program's own refusals.

use crate::i18n::{Lang, Locale};

use super::said::say_error;
use crate::i18n::clause;

/// The report as one line: each cause once (a cause whose text is already said is
/// left out), line breaks folded, and at most a few hundred characters (a value
/// quoted from a file can be megabytes long).
pub fn one_line(report: &color_eyre::eyre::Report, locale: &Locale) -> String {
    const MOST: usize = 1000;
    let mut line = String::new();
    for cause in report.chain() {
        // In Spanish, the program's own refusals are said in Spanish; English keeps
        // the words scripts have always matched.
        let said = match locale.lang {
            Lang::Es => say_error(cause, locale),
            Lang::En => None,
        };
        let said_whole = said.is_some();
        let text = said.unwrap_or_else(|| cause.to_string());
        let text = text
            .split_whitespace()
            .map(shorten)
            .collect::<Vec<_>>()
            .join(" ");
        // SQLite's internal code says nothing to the user; its words are kept.
        let text = match text.strip_prefix("Error code ") {
            Some(rest) => rest
                .split_once(": ")
                .map_or(text.clone(), |(_, t)| t.to_string()),
            None => text,
        };
        let text = clause(&text);
        if text.is_empty() || line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
        // Translated, a refusal says it all: its English causes are left out.
        if said_whole {
            break;
        }
    }
    match line.char_indices().nth(MOST) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// A word of a message at most about 60 characters long: a value quoted from a file is
/// cut, keeping the quotes and punctuation that close it.
fn shorten(word: &str) -> String {
    const MOST: usize = 60;
    if word.chars().count() <= MOST {
        return word.to_string();
    }
    let head: String = word.chars().take(MOST).collect();
    let mut tail: Vec<char> = word
        .chars()
        .rev()
        .take_while(|c| !c.is_alphanumeric())
        .take(3)
        .collect();
    tail.reverse();
    format!("{head}…{}", tail.into_iter().collect::<String>())
}

/// A reader that stopped reading (`clientela client list | head`) is not an error.
pub fn is_broken_pipe(report: &color_eyre::eyre::Report) -> bool {
    report.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.to_string().contains("Broken pipe")
    })
}
