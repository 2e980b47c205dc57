//! Search precision on the demo's clients (seed 42): every word of the query starts a
//! word of the card, accents and case ignored; digits are found inside phone numbers.

mod common;

use clientela::domain::ClientSummary;
use clientela::domain::text::fold;
use clientela::search::ClientIndex;

fn demo() -> (Vec<ClientSummary>, ClientIndex) {
    let (_dir, mut store) = common::temp_store();
    clientela::demo::fill(&mut store, Default::default(), common::at(2026, 11, 22)).expect("demo");
    let rows = store.client_summaries().expect("rows");
    (rows.clone(), ClientIndex::new(rows))
}

/// The words of a card, folded, by a plain split: the reference the index must agree
/// with.
fn card_words(c: &ClientSummary) -> Vec<String> {
    let mut text = vec![c.name.clone()];
    text.extend(c.emails.iter().cloned());
    text.extend(c.phones.iter().cloned());
    text.extend(c.tax_id.iter().cloned());
    fold(&text.join(" "))
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn found(index: &mut ClientIndex, query: &str) -> Vec<String> {
    let m = index.search(query, None);
    m.positions
        .iter()
        .filter_map(|p| index.get(*p))
        .map(|s| s.name.clone())
        .collect()
}

#[test]
fn garcia_finds_every_card_with_a_word_starting_garcia_and_nothing_else() {
    let (rows, mut index) = demo();
    let mut expected: Vec<String> = rows
        .iter()
        .filter(|c| card_words(c).iter().any(|w| w.starts_with("garcia")))
        .map(|c| c.name.clone())
        .collect();
    assert!(expected.len() >= 3, "the demo has Garcías: {expected:?}");
    let mut got = found(&mut index, "garcia");
    // Those with García in the name first.
    let in_name = got
        .iter()
        .take_while(|n| fold(n).contains("garcia"))
        .count();
    assert!(in_name >= 1);
    assert!(
        got[in_name..].iter().all(|n| !fold(n).contains("garcia")),
        "name matches rank first: {got:?}"
    );
    got.sort();
    expected.sort();
    assert_eq!(got, expected);
    // The same typed with accents and capitals; typed letter by letter.
    let mut accents = found(&mut index, "GARCÍA");
    accents.sort();
    assert_eq!(accents, expected);
    let mut previous = index.search("g", None);
    for n in 2..="garcia".len() {
        previous = index.search(&"garcia"[..n], Some(&previous));
    }
    assert_eq!(previous, index.search("garcia", None));
}

#[test]
fn every_word_must_match_and_scattered_letters_find_nothing() {
    let (rows, mut index) = demo();
    let teresa = rows
        .iter()
        .find(|c| {
            let w = card_words(c);
            w.iter().any(|w| w.starts_with("quintana")) && w.iter().any(|w| w.starts_with("teresa"))
        })
        .map(|c| c.name.clone());
    let got = found(&mut index, "quintana teresa");
    assert!(
        got.iter().all(|n| {
            let f = fold(n);
            f.contains("quintana") && f.contains("teresa")
        }),
        "{got:?}"
    );
    assert!(!got.iter().any(|n| n.contains("Cafetería")), "{got:?}");
    if let Some(name) = teresa {
        assert_eq!(got.first(), Some(&name));
    }
    for nothing in ["zzz", "grca", "qntn"] {
        assert!(found(&mut index, nothing).is_empty(), "{nothing}");
    }
}

#[test]
fn a_phone_fragment_an_email_fragment_and_a_tax_id_find_their_card() {
    let (rows, mut index) = demo();
    let with_phone = rows.iter().find(|c| !c.phones.is_empty()).expect("a phone");
    let digits: String = with_phone.phones[0]
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    // Six digits from the middle, typed with a space as people do.
    let fragment = format!("{} {}", &digits[3..6], &digits[6..9]);
    let got = found(&mut index, &fragment);
    assert!(got.contains(&with_phone.name), "{fragment}: {got:?}");
    let expected = rows
        .iter()
        .filter(|c| {
            c.phones.iter().any(|p| {
                p.chars()
                    .filter(char::is_ascii_digit)
                    .collect::<String>()
                    .contains(&fragment.replace(' ', ""))
            })
        })
        .count();
    assert_eq!(got.len(), expected, "{fragment}");

    let with_email = rows
        .iter()
        .find(|c| !c.emails.is_empty())
        .expect("an email");
    let (user, domain) = with_email.emails[0].split_once('@').expect("an address");
    let got = found(&mut index, &format!("{user}@{domain}"));
    assert_eq!(got.first(), Some(&with_email.name), "{user}@{domain}");
    let got = found(&mut index, &format!("@{domain}"));
    assert!(got.contains(&with_email.name));
    let word = domain.split('.').next().unwrap_or(domain);
    assert!(
        rows.iter()
            .filter(|c| got.contains(&c.name))
            .all(|c| card_words(c).iter().any(|w| w.starts_with(&fold(word)))),
        "@{domain}"
    );

    let with_nif = rows.iter().find(|c| c.tax_id.is_some()).expect("a tax id");
    let nif = with_nif.tax_id.clone().unwrap_or_default();
    assert_eq!(
        found(&mut index, &nif.to_lowercase()).first(),
        Some(&with_nif.name)
    );
}
