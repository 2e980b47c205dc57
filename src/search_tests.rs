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
        sort_key: crate::domain::ClientCard::named(name)
            .normalized()
            .sort_key(),
        organisation: None,
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
fn digits_that_start_a_group_of_a_phone_rank_first() {
    let mut index = ClientIndex::new(vec![
        summary(1, "Ana", "+34 676 223 968", "", None),
        summary(2, "Zoe", "+34 622 111 000", "", None),
    ]);
    let m = index.search("622", None);
    assert_eq!(names(&index, &m), ["Zoe", "Ana"]);
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
    let h = index.highlights("muñ", pos);
    assert_eq!(h.name, [5, 6, 7]);
    let h = index.highlights("611", pos);
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
        ["Ana Álvarez", "José Muñoz", "Bea Soler", "Aaron Vidal"],
        "by surname"
    );
    index.remove(4);
    assert_eq!(index.len(), 3);
}
