//! Live fuzzy search over the client list, in memory.
//!
//! Every client gets one haystack — name, phones, emails, tax id — built once when the
//! list loads; each keystroke scores the haystacks with nucleo's matcher (fzf-style,
//! accent- and case-insensitive) instead of asking the database.

pub use nucleo_matcher::Matcher;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Utf32String};

use crate::domain::text::{fold, sort_key};
use crate::domain::{ClientId, ClientSummary};

/// Between fields of a haystack, so a pattern rarely spans two fields.
const GAP: &str = "  ";

struct Entry {
    summary: ClientSummary,
    haystack: Utf32String,
    sort_key: String,
    /// Char offset where the first phone starts.
    phone_at: u32,
    /// Char offset where the first email starts.
    email_at: u32,
}

impl Entry {
    fn new(summary: ClientSummary) -> Self {
        let mut text = summary.name.clone();
        text.push_str(GAP);
        let phone_at = text.chars().count() as u32;
        text.push_str(&summary.phones.join(" "));
        text.push_str(GAP);
        let email_at = text.chars().count() as u32;
        text.push_str(&summary.emails.join(" "));
        text.push_str(GAP);
        text.push_str(summary.tax_id.as_deref().unwrap_or(""));
        Self {
            sort_key: sort_key(&summary.name),
            haystack: Utf32String::from(fold(&text)),
            summary,
            phone_at,
            email_at,
        }
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

/// The pattern of a query, folded like the haystacks (accents and case ignored).
fn compile(query: &str) -> Pattern {
    Pattern::parse(&fold(query), CaseMatching::Ignore, Normalization::Never)
}

/// Scratch space for [`ClientIndex::highlights`].
pub fn new_matcher() -> Matcher {
    Matcher::new(Config::DEFAULT)
}

/// The clients in name order, searchable.
pub struct ClientIndex {
    entries: Vec<Entry>,
    matcher: Matcher,
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
        Self {
            entries,
            matcher: Matcher::new(Config::DEFAULT),
        }
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
    /// answered a query this one extends, only its matches are scored again.
    pub fn search(&mut self, query: &str, previous: Option<&Matches>) -> Matches {
        let pattern = compile(query);
        if pattern.atoms.is_empty() {
            return self.all();
        }
        let narrows = |p: &Matches| {
            !p.query.trim().is_empty()
                && query.starts_with(&p.query)
                && !query.contains(['!', '^', '$', '\'', '\\'])
        };
        let candidates: Box<dyn Iterator<Item = u32>> = match previous {
            Some(p) if narrows(p) => Box::new(p.positions.clone().into_iter()),
            _ => Box::new(0..self.entries.len() as u32),
        };
        let mut scored: Vec<(u32, u32)> = candidates
            .filter_map(|pos| {
                let entry = &self.entries[pos as usize];
                pattern
                    .score(entry.haystack.slice(..), &mut self.matcher)
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
    /// `position`. `matcher` is scratch space, so drawing can borrow the index.
    pub fn highlights(&self, query: &str, position: u32, matcher: &mut Matcher) -> Highlights {
        let mut out = Highlights::default();
        let Some(entry) = self.entries.get(position as usize) else {
            return out;
        };
        let pattern = compile(query);
        let mut indices = Vec::new();
        if pattern
            .indices(entry.haystack.slice(..), matcher, &mut indices)
            .is_none()
        {
            return out;
        }
        indices.sort_unstable();
        indices.dedup();
        let name_len = entry.summary.name.chars().count() as u32;
        let phone_len = entry
            .summary
            .phones
            .first()
            .map_or(0, |p| p.chars().count()) as u32;
        let email_len = entry
            .summary
            .emails
            .first()
            .map_or(0, |e| e.chars().count()) as u32;
        for i in indices {
            if i < name_len {
                out.name.push(i as usize);
            } else if (entry.phone_at..entry.phone_at + phone_len).contains(&i) {
                out.phone.push((i - entry.phone_at) as usize);
            } else if (entry.email_at..entry.email_at + email_len).contains(&i) {
                out.email.push((i - entry.email_at) as usize);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(
        id: ClientId,
        name: &str,
        phone: &str,
        email: &str,
        tax_id: Option<&str>,
    ) -> ClientSummary {
        ClientSummary {
            id,
            name: name.into(),
            phones: vec![phone.into()],
            emails: vec![email.into()],
            tax_id: tax_id.map(Into::into),
            city: None,
            tags: vec![],
        }
    }

    fn index() -> ClientIndex {
        ClientIndex::new(vec![
            summary(1, "Zoe Vidal", "+34 600 111 222", "zoe@correo.es", None),
            summary(
                2,
                "José Muñoz",
                "+34 611 333 444",
                "jose@tienda.es",
                Some("12345678Z"),
            ),
            summary(3, "Ana Álvarez", "+34 622 555 666", "ana@correo.es", None),
        ])
    }

    fn names(index: &ClientIndex, m: &Matches) -> Vec<String> {
        m.positions
            .iter()
            .filter_map(|p| index.get(*p))
            .map(|s| s.name.clone())
            .collect()
    }

    #[test]
    fn empty_query_lists_everyone_in_name_order() {
        let mut index = index();
        let all = index.search("  ", None);
        assert_eq!(
            names(&index, &all),
            ["Ana Álvarez", "José Muñoz", "Zoe Vidal"]
        );
    }

    #[test]
    fn finds_by_name_without_accents_phone_email_and_tax_id() {
        let mut index = index();
        for (query, expected) in [
            ("jose munoz", "José Muñoz"),
            ("JOSÉ MUÑOZ", "José Muñoz"),
            ("álvarez", "Ana Álvarez"),
            ("alvarez", "Ana Álvarez"),
            ("622555", "Ana Álvarez"),
            ("tienda.es", "José Muñoz"),
            ("12345678z", "José Muñoz"),
        ] {
            let m = index.search(query, None);
            assert_eq!(
                names(&index, &m).first().map(String::as_str),
                Some(expected),
                "{query}"
            );
        }
        assert!(index.search("qqqq", None).positions.is_empty());
    }

    #[test]
    fn narrowing_gives_the_same_answer_as_a_fresh_search() {
        let mut index = index();
        let first = index.search("a", None);
        let narrowed = index.search("an", Some(&first));
        let fresh = index.search("an", None);
        assert_eq!(narrowed, fresh);
    }

    #[test]
    fn highlights_map_to_the_visible_fields() {
        let index = index();
        let pos = index.position_of(2).expect("José is indexed");
        let mut matcher = new_matcher();
        let h = index.highlights("muñ", pos, &mut matcher);
        assert_eq!(h.name, [5, 6, 7]);
        let h = index.highlights("611", pos, &mut matcher);
        assert_eq!(h.phone, [4, 5, 6]);
        assert!(h.name.is_empty());
    }

    #[test]
    fn upsert_keeps_name_order_and_replaces() {
        let mut index = index();
        index.upsert(summary(4, "Bea Soler", "", "", None));
        index.upsert(summary(1, "Aaron Vidal", "", "", None));
        assert_eq!(index.len(), 4);
        let all = index.all();
        assert_eq!(
            names(&index, &all),
            ["Aaron Vidal", "Ana Álvarez", "Bea Soler", "José Muñoz"]
        );
        index.remove(4);
        assert_eq!(index.len(), 3);
    }
}
