//! Live search over the client list, in memory.
//!
//! A query finds what was meant: every word of it must be the start of a word of the
//! card (its name, emails, tax id or phones), accents and case ignored; `garcia` finds
//! every García and nothing else. A query of digits alone (spaces, `+`, `-` allowed)
//! is also looked for inside the phone numbers, digits only: `622 555` finds
//! `+34 622 555 666`. There are no scattered (subsequence) matches: a word that starts
//! no word of a card finds nothing rather than noise.
//!
//! Ranking, best first: a query word that is a whole word of the name, then one that
//! starts a word of the name, then one found in the other fields; ties in name order.
//! Every client's words are prepared once, when the list loads; each keystroke only
//! looks for `" " + word` in them (and, typed letter by letter, only among the
//! previous keystroke's matches).

use memchr::memmem::Finder;

use crate::domain::text::fold_char;
use crate::domain::{ClientId, ClientSummary};

/// The folded words of `text` (runs of letters and digits), each with the char offset
/// where it starts in `text`.
fn words(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, c) in text.chars().enumerate() {
        if c.is_alphanumeric() {
            current
                .get_or_insert_with(|| (i, String::new()))
                .1
                .push(fold_char(c));
        } else if let Some(w) = current.take() {
            out.push(w);
        }
    }
    out.extend(current);
    out
}

/// Appends the folded words of `text` to `out`, each followed by a space (`out` ends
/// in a space already), so that `" " + q` finds a word starting with `q` and
/// `" " + q + " "` a whole word.
fn push_words(out: &mut String, text: &str) {
    let mut in_word = false;
    for c in text.chars() {
        // ASCII, most of every card, without the Unicode tables.
        let word_char = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if word_char {
            out.push(if c.is_ascii() {
                c.to_ascii_lowercase()
            } else {
                fold_char(c)
            });
            in_word = true;
        } else if in_word {
            out.push(' ');
            in_word = false;
        }
    }
    if in_word {
        out.push(' ');
    }
}

/// The digits of `text`.
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// Between the name's words and the other fields' in a haystack: not a word character,
/// so no query word spans it.
const FIELDS: &str = "| ";

struct Entry {
    summary: ClientSummary,
    sort_key: String,
    /// `" name words | email, tax id and phone words "`, folded.
    haystack: String,
    /// Where the other fields start in `haystack`: a word found before is in the name.
    name_end: usize,
    /// Each phone's digits, each followed by a space.
    phone_digits: String,
}

impl Entry {
    fn new(summary: ClientSummary) -> Self {
        let mut haystack = String::with_capacity(summary.name.len() * 2 + 48);
        haystack.push(' ');
        push_words(&mut haystack, &summary.name);
        haystack.push_str(FIELDS);
        let name_end = haystack.len() - 1;
        for text in summary
            .emails
            .iter()
            .chain(summary.organisation.iter())
            .chain(summary.tax_id.iter())
            .chain(summary.phones.iter())
        {
            push_words(&mut haystack, text);
        }
        let mut phone_digits = String::new();
        for p in &summary.phones {
            phone_digits.extend(p.chars().filter(char::is_ascii_digit));
            phone_digits.push(' ');
        }
        Self {
            sort_key: summary.sort_key.clone(),
            haystack,
            name_end,
            phone_digits,
            summary,
        }
    }
}

/// One word of a query, ready to be looked for many times.
struct QueryWord {
    /// Finds `" " + word`.
    start: Finder<'static>,
    /// The word's length in bytes, with its leading space.
    len: usize,
    /// Finds the word alone in phone digits, when it is digits.
    digits: Option<Finder<'static>>,
}

/// A query, prepared once per keystroke.
struct Query {
    words: Vec<QueryWord>,
    /// A query of digits alone, looked for inside phone numbers as one number.
    phone: Option<Finder<'static>>,
}

impl Query {
    fn new(query: &str) -> Self {
        let words: Vec<String> = words(query).into_iter().map(|(_, w)| w).collect();
        let only_digits = !words.is_empty()
            && query
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace() || "+-./()".contains(c));
        Self {
            words: words
                .iter()
                .map(|w| QueryWord {
                    start: Finder::new(format!(" {w}").as_bytes()).into_owned(),
                    len: w.len() + 1,
                    digits: w
                        .chars()
                        .all(|c| c.is_ascii_digit())
                        .then(|| Finder::new(w.as_bytes()).into_owned()),
                })
                .collect(),
            phone: only_digits.then(|| Finder::new(digits(query).as_bytes()).into_owned()),
        }
    }

    fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// How well `entry` matches (higher is better), or `None` when it does not: per
    /// word, 3 for a whole word of the name, 2 for the start of one, 1 elsewhere.
    fn score(&self, entry: &Entry) -> Option<u32> {
        let phone = entry.phone_digits.as_bytes();
        let hay = entry.haystack.as_bytes();
        if self.phone.as_ref().is_some_and(|f| f.find(phone).is_some()) {
            // Digits that start a group of a phone (622 in +34 622 555 666) rank before
            // digits found in the middle of one.
            let starts = self
                .words
                .first()
                .is_some_and(|w| w.start.find(hay).is_some_and(|at| at >= entry.name_end));
            return Some(if starts { 2 } else { 1 });
        }
        let mut total = 0;
        for w in &self.words {
            total += match w.start.find(hay) {
                Some(at) if at < entry.name_end => {
                    if hay.get(at + w.len) == Some(&b' ') {
                        3
                    } else {
                        2
                    }
                }
                // Digits that start a group of a phone rank before digits inside one.
                Some(_) if w.digits.is_some() => 2,
                Some(_) => 1,
                None if w.digits.as_ref().is_some_and(|f| f.find(phone).is_some()) => 1,
                None => return None,
            };
        }
        Some(total)
    }
}

/// Which characters of a row's visible fields the query matched (char indices
/// within each field).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlights {
    /// In the name.
    pub name: Vec<usize>,
    /// In the first phone.
    pub phone: Vec<usize>,
    /// In the first email.
    pub email: Vec<usize>,
}

/// The chars of `text` whose words start with one of `query_words`: the prefix of each
/// such word.
fn word_starts(text: &str, query_words: &[String]) -> Vec<usize> {
    let mut out = Vec::new();
    for (at, word) in words(text) {
        if let Some(q) = query_words
            .iter()
            .filter(|q| word.starts_with(q.as_str()))
            .max_by_key(|q| q.len())
        {
            out.extend(at..at + q.chars().count());
        }
    }
    out
}

/// The chars of `phone` that hold the digits `wanted` (first place found).
fn digit_run(phone: &str, wanted: &str) -> Vec<usize> {
    let places: Vec<usize> = phone
        .chars()
        .enumerate()
        .filter(|(_, c)| c.is_ascii_digit())
        .map(|(i, _)| i)
        .collect();
    let all = digits(phone);
    match all.find(wanted) {
        Some(from) if !wanted.is_empty() => places[from..from + wanted.len()].to_vec(),
        _ => Vec::new(),
    }
}

/// The clients in name order, searchable.
pub struct ClientIndex {
    entries: Vec<Entry>,
}

impl std::fmt::Debug for ClientIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientIndex")
            .field("len", &self.entries.len())
            .finish()
    }
}

/// The result of a search: positions into the index, best match first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matches {
    /// The query these matches answer.
    pub query: String,
    /// Positions in the index (see [`ClientIndex::get`]).
    pub positions: Vec<u32>,
}

impl ClientIndex {
    /// Builds the index; the order is by name, Spanish style.
    pub fn new(summaries: Vec<ClientSummary>) -> Self {
        let mut entries: Vec<Entry> = summaries.into_iter().map(Entry::new).collect();
        entries.sort_by(|a, b| {
            a.sort_key
                .cmp(&b.sort_key)
                .then(a.summary.id.cmp(&b.summary.id))
        });
        Self { entries }
    }

    /// Number of clients.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no clients.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The client at `position`.
    pub fn get(&self, position: u32) -> Option<&ClientSummary> {
        self.entries.get(position as usize).map(|e| &e.summary)
    }

    /// The position of client `id`.
    pub fn position_of(&self, id: ClientId) -> Option<u32> {
        self.entries
            .iter()
            .position(|e| e.summary.id == id)
            .map(|p| p as u32)
    }

    /// Adds a client, or replaces the one with the same id, keeping name order.
    pub fn upsert(&mut self, summary: ClientSummary) {
        self.remove(summary.id);
        let entry = Entry::new(summary);
        let at = self
            .entries
            .partition_point(|e| (&e.sort_key, e.summary.id) < (&entry.sort_key, entry.summary.id));
        self.entries.insert(at, entry);
    }

    /// Removes client `id` if present.
    pub fn remove(&mut self, id: ClientId) {
        self.entries.retain(|e| e.summary.id != id);
    }

    /// Every client, in name order.
    pub fn all(&self) -> Matches {
        Matches {
            query: String::new(),
            positions: (0..self.entries.len() as u32).collect(),
        }
    }

    /// The clients matching `query`, best first (ties in name order). When `previous`
    /// answered a query this one extends, only its matches are looked at again: a
    /// longer query never matches a client the shorter one did not.
    pub fn search(&mut self, query: &str, previous: Option<&Matches>) -> Matches {
        let q = Query::new(query);
        if q.is_empty() {
            return self.all();
        }
        let narrows = |p: &Matches| {
            !p.query.trim().is_empty()
                && query.starts_with(&p.query)
                // A query of digits that gains a letter stops being looked for in the
                // phones as one number: look at everyone again.
                && (Query::new(&p.query).phone.is_none() || q.phone.is_some())
        };
        let candidates: Box<dyn Iterator<Item = u32>> = match previous {
            Some(p) if narrows(p) => Box::new(p.positions.clone().into_iter()),
            _ => Box::new(0..self.entries.len() as u32),
        };
        let mut scored: Vec<(u32, u32)> = candidates
            .filter_map(|pos| {
                q.score(&self.entries[pos as usize])
                    .map(|score| (score, pos))
            })
            .collect();
        scored.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        Matches {
            query: query.to_string(),
            positions: scored.into_iter().map(|(_, p)| p).collect(),
        }
    }

    /// The matched characters of `query` in the visible fields of the client at
    /// `position`: the start of each word a query word starts, and in the first phone
    /// the digits found.
    pub fn highlights(&self, query: &str, position: u32) -> Highlights {
        let Some(entry) = self.entries.get(position as usize) else {
            return Highlights::default();
        };
        let query_words: Vec<String> = words(query).into_iter().map(|(_, w)| w).collect();
        let phone = entry.summary.phones.first().map_or("", String::as_str);
        let only_digits = query
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || "+-./()".contains(c));
        let mut phone_marks = if only_digits {
            digit_run(phone, &digits(query))
        } else {
            Vec::new()
        };
        if phone_marks.is_empty() {
            phone_marks = word_starts(phone, &query_words);
            for w in query_words
                .iter()
                .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
            {
                phone_marks.extend(digit_run(phone, w));
            }
            phone_marks.sort_unstable();
            phone_marks.dedup();
        }
        Highlights {
            name: word_starts(&entry.summary.name, &query_words),
            phone: phone_marks,
            email: word_starts(
                entry.summary.emails.first().map_or("", String::as_str),
                &query_words,
            ),
        }
    }
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
