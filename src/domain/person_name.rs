//! A person's name in parts: the given name and one or two surnames, as a Spanish name
//! is written (`José Luis de la Fuente García`), split when a card has only the whole
//! name, and the key a list is sorted by: first surname, second surname, given name.

use super::text::sort_key;

/// The parts of a person's name. Empty parts are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameParts {
    /// Given name (`José Luis`, `Mª Ángeles`).
    pub given: Option<String>,
    /// First surname, with its particles (`de la Fuente`).
    pub surname: Option<String>,
    /// Second surname.
    pub second: Option<String>,
}

/// Words that belong to the surname after them (`de la Fuente`, `del Río`).
const PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "y", "i", "da", "do", "dos", "van", "von", "di", "san",
    "santa",
];

/// Given names that often come second in a compound given name (`José Luis`, `María
/// José`, `Mª Ángeles`): a word among these after the first is part of the given name,
/// not a surname. Names that are also common surnames (Cruz, Vicente, Andrés, Ramón,
/// Paz) are left out: `Javier Cruz Ferrer` is Javier with two surnames.
const SECOND_GIVEN: &[&str] = &[
    "luis",
    "jose",
    "maria",
    "mª",
    "ma",
    "carlos",
    "antonio",
    "manuel",
    "angeles",
    "jesus",
    "carmen",
    "pilar",
    "dolores",
    "isabel",
    "francisco",
    "javier",
    "miguel",
    "ignacio",
    "juan",
    "pedro",
    "pablo",
    "alberto",
    "teresa",
    "rosa",
    "elena",
    "luisa",
    "eugenia",
    "victoria",
    "fernanda",
    "mar",
    "angel",
    "enrique",
    "cristina",
    "belen",
    "rocio",
    "lourdes",
    "mercedes",
    "montserrat",
    "eduardo",
    "ana",
    "josefa",
    "ines",
    "sofia",
    "lucia",
    "joaquin",
    "emilio",
];

/// Honorifics written before a name (`Dña. Carmen`), as a card's prefix.
const HONORIFICS: &[&str] = &[
    "sr.", "sra.", "srta.", "d.", "dña.", "dna.", "dr.", "dra.", "don", "doña", "mr.", "mrs.",
    "ms.",
];

/// The honorific `name` starts with, and the rest of the name.
pub fn honorific(name: &str) -> Option<(&str, &str)> {
    let name = name.trim_start();
    let (first, rest) = name.split_once(char::is_whitespace)?;
    (HONORIFICS.contains(&first.to_lowercase().as_str()) && !rest.trim().is_empty())
        .then(|| (first, rest.trim_start()))
}

fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word.to_lowercase().as_str())
}

/// Whether a group is a second given name: its last word (`del Mar`, `del Carmen`).
fn is_second_given(group: &str) -> bool {
    let last = group.split_whitespace().last().unwrap_or(group);
    SECOND_GIVEN.contains(&super::text::fold(last).as_str())
}

/// The name's words grouped so a particle goes with the word after it: `de la Fuente`
/// is one group.
fn groups(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut pending: Vec<&str> = Vec::new();
    for word in name.split_whitespace() {
        pending.push(word);
        if !is_particle(word) {
            out.push(pending.join(" "));
            pending.clear();
        }
    }
    if !pending.is_empty() {
        // Particles at the end belong to the last group.
        match out.last_mut() {
            Some(last) => {
                last.push(' ');
                last.push_str(&pending.join(" "));
            }
            None => out.push(pending.join(" ")),
        }
    }
    out
}

/// The name without what is said aside: text in quotes or brackets (`Ana "la del
/// 5º"`, `Luis (hijo)`) is a nickname or a note, not a part of the name.
fn without_asides(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut closing: Option<char> = None;
    for c in name.chars() {
        match (closing, c) {
            (Some(end), c) if c == end => closing = None,
            (Some(_), _) => {}
            (None, '"') => closing = Some('"'),
            (None, '«') => closing = Some('»'),
            (None, '“') => closing = Some('”'),
            (None, '(') => closing = Some(')'),
            (None, c) => out.push(c),
        }
    }
    out
}

/// Splits a person's whole name into given name and surnames the way Spanish names are
/// written: the last two groups are the surnames when there are four or more, or three
/// where the second is not a given name; two groups are a given name and a surname
/// unless the second is a given name too (`Ana María`: kept whole, as the given name).
/// A one-word name is the given name.
pub fn split_name(name: &str) -> NameParts {
    let name = without_asides(name);
    let name = honorific(&name)
        .map_or(name.as_str(), |(_, rest)| rest)
        .to_string();
    // `Núñez García, Ana`: the surnames first, as lists and forms write them.
    if let Some((surnames, given)) = name.split_once(',') {
        let given = given.split_whitespace().collect::<Vec<_>>().join(" ");
        let (surname, second) = split_surnames(surnames);
        if !given.is_empty() && surname.is_some() {
            return NameParts {
                given: Some(given),
                surname,
                second,
            };
        }
    }
    let g = groups(&name);
    let part = |s: &[String]| Some(s.join(" ")).filter(|s| !s.is_empty());
    match g.len() {
        0 => NameParts::default(),
        1 => NameParts {
            given: part(&g),
            ..NameParts::default()
        },
        2 if is_second_given(&g[1]) => NameParts {
            given: part(&g),
            ..NameParts::default()
        },
        2 => NameParts {
            given: part(&g[..1]),
            surname: part(&g[1..]),
            second: None,
        },
        3 if is_second_given(&g[1]) => NameParts {
            given: part(&g[..2]),
            surname: part(&g[2..]),
            second: None,
        },
        n => NameParts {
            given: part(&g[..n - 2]),
            surname: part(&g[n - 2..n - 1]),
            second: part(&g[n - 1..]),
        },
    }
}

/// The parts of `name` not given in `given`: a part given by hand stays, and the others
/// are what is left of the name around it (`Ana Ruiz Gil` with the second surname `Gil`:
/// given name `Ana`, surname `Ruiz`); with none given, the name split. Parts that cannot
/// be placed in the name stay empty.
pub fn complete(name: &str, given: &NameParts) -> NameParts {
    let none = |p: &NameParts| p.given.is_none() && p.surname.is_none() && p.second.is_none();
    if none(given) {
        return split_name(name);
    }
    let name = without_asides(name);
    let name = honorific(&name)
        .map_or(name.as_str(), |(_, rest)| rest)
        .trim()
        .to_string();
    let lower = name.to_lowercase();
    // A part is found as whole words (`Sa` is not in `Rosa`); lowercasing keeps byte
    // lengths for the letters of Spanish names.
    let find = |part: &str| {
        let part = part.trim().to_lowercase();
        if part.is_empty() || lower.len() != name.len() {
            return None;
        }
        let boundary = |i: usize| {
            i == 0
                || i == lower.len()
                || !lower[..i].ends_with(char::is_alphanumeric)
                || !lower[i..].starts_with(char::is_alphanumeric)
        };
        lower
            .match_indices(&part)
            .map(|(i, _)| (i, i + part.len()))
            .find(|(i, end)| boundary(*i) && boundary(*end))
    };
    let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let mut out = given.clone();
    if let Some(g) = &given.given
        && let Some((0, end)) = find(g)
    {
        // The given name starts the name: the rest are the surnames.
        let (surname, second) = split_surnames(&name[end..]);
        if out.surname.is_none() {
            out.surname = surname;
            if out.second.is_none() {
                out.second = second;
            }
        } else if out.second.is_none()
            && let Some(s) = &out.surname
            && let Some((_, after)) = find(s)
        {
            out.second = text(&name[after..]);
        }
    } else if let Some(s) = &given.surname
        && let Some((start, end)) = find(s)
    {
        if out.given.is_none() {
            out.given = text(&name[..start]);
        }
        if out.second.is_none() {
            out.second = text(&name[end..]);
        }
    } else if let Some(s) = &given.second
        && let Some((start, _)) = find(s)
    {
        let head = split_name(&name[..start]);
        if out.given.is_none() {
            out.given = match head.surname {
                Some(_) => head.given,
                None => text(&name[..start]),
            };
        }
        if out.surname.is_none() {
            out.surname = head.surname;
        }
    }
    // Nothing given could be placed in the name: the empty parts from its split.
    let placed = [&given.given, &given.surname, &given.second]
        .into_iter()
        .flatten()
        .any(|p| find(p).is_some());
    if !placed {
        let split = split_name(&name);
        out.given = out.given.or(split.given);
        out.surname = out.surname.or(split.surname);
        out.second = out.second.or(split.second);
    }
    out
}

/// Both surnames written in one value (`Güemes Muñoz`, an `Apellidos` column) as the
/// first and the second; a value that is not two surnames stays the first.
pub fn split_surnames(both: &str) -> (Option<String>, Option<String>) {
    let g = groups(both);
    match g.as_slice() {
        [] => (None, None),
        [first, second] => (Some(first.clone()), Some(second.clone())),
        _ => (Some(both.trim().to_string()), None),
    }
}

/// The key a person is sorted by: first surname (its leading particles aside, as a
/// Spanish index sorts `de la Fuente` under F), second surname, given name; a name with
/// no surname sorts by itself.
pub fn person_sort_key(name: &str, parts: &NameParts) -> String {
    let Some(surname) = parts.surname.as_deref() else {
        return sort_key(name);
    };
    let bare: Vec<&str> = surname
        .split_whitespace()
        .skip_while(|w| is_particle(w))
        .collect();
    let bare = if bare.is_empty() {
        surname.to_string()
    } else {
        bare.join(" ")
    };
    // U+0001 sorts before any letter, so `Ruiz` comes before `Ruiza`.
    let mut key = sort_key(&bare);
    for part in [parts.second.as_deref(), parts.given.as_deref()] {
        key.push('\u{1}');
        key.push_str(&sort_key(part.unwrap_or("")));
    }
    key
}

#[cfg(test)]
#[path = "person_name_tests.rs"]
mod tests;
