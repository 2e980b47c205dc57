//! Tests of `import_plan`.

use super::*;

fn card(name: &str, phone: &str, email: &str) -> ClientCard {
    let mut c = ClientCard::named(name);
    c.phones = [phone]
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.to_string())
        .collect();
    c.emails = [email]
        .iter()
        .filter(|e| !e.is_empty())
        .map(|e| e.to_string())
        .collect();
    c
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
}

fn rows(cards: Vec<ClientCard>) -> Vec<ImportedCard> {
    cards
        .into_iter()
        .enumerate()
        .map(|(i, card)| ImportedCard::at(i + 2, card))
        .collect()
}

fn existing() -> Vec<Client> {
    let at = today().and_hms_opt(9, 0, 0).expect("time");
    vec![Client {
        id: 7,
        card: card("Ana Núñez", "+34 600 111 222", "Ana@X.es"),
        created_at: at,
        updated_at: at,
        version: 1,
    }]
}

#[test]
fn phones_and_emails_are_compared_normalised() {
    assert_eq!(phone_key("+34 600 111 222"), phone_key("600111222"));
    assert_eq!(phone_key("0034 600-111-222"), Some("600111222".into()));
    assert_eq!(phone_key("+44 20 7946 0958"), Some("442079460958".into()));
    assert_eq!(phone_key("ext 12"), None);
    assert_eq!(email_key(" Ana@X.es "), "ana@x.es");
}

#[test]
fn each_policy_does_what_it_says() {
    let file = || {
        rows(vec![
            card("Ana N.", "600 111 222", ""),
            card("Luis", "", "luis@y.es"),
            card("Luis Gil", "91 555 12 12", "LUIS@y.es"),
        ])
    };
    let skip = plan(&existing(), file(), OnDuplicate::Skip, today()).expect("plan");
    assert_eq!(skip.counts(), (1, 0, 2));
    assert_eq!(
        skip.rows[0].outcome,
        Outcome::Skipped(
            Target::Existing(7, "Ana Núñez".into()),
            Same::Phone("600111222".into())
        )
    );
    assert_eq!(
        skip.rows[2].outcome,
        Outcome::Skipped(Target::Earlier(3), Same::Email("luis@y.es".into()))
    );
    let merge = plan(&existing(), file(), OnDuplicate::Merge, today()).expect("plan");
    assert_eq!(merge.counts(), (1, 2, 0));
    assert_eq!(merge.merge.len(), 1);
    assert_eq!(
        merge.create[0].phones,
        ["91 555 12 12"],
        "merged into line 3"
    );
    assert_eq!(merge.create[0].name, "Luis");
    let add = plan(&existing(), file(), OnDuplicate::Add, today()).expect("plan");
    assert_eq!((add.counts(), add.create.len()), ((3, 0, 0), 3));
}

#[test]
fn merging_fills_gaps_and_keeps_what_is_there() {
    let mut base = card("Ana", "600 111 222", "ana@x.es");
    base.city = Some("Madrid".into());
    let mut extra = card("Ana Núñez", "+34 600 111 222", "ANA@x.es");
    extra.city = Some("Toledo".into());
    extra.postcode = Some("45001".into());
    extra.tags = vec!["vip".into()];
    extra.notes = "Prefiere tardes".into();
    extra.marketing_consent = true;
    let merged = merge_cards(base, &extra);
    assert_eq!(merged.name, "Ana");
    assert_eq!(merged.city.as_deref(), Some("Madrid"));
    assert_eq!(merged.postcode.as_deref(), Some("45001"));
    assert_eq!((merged.phones.len(), merged.emails.len()), (1, 1));
    assert_eq!(merged.tags, ["vip"]);
    assert_eq!(merged.notes, "Prefiere tardes");
    assert!(!merged.marketing_consent);
    assert_eq!(merge_cards(merged.clone(), &extra), merged, "idempotent");
}

#[test]
fn an_invalid_card_stops_the_plan_with_its_line() {
    let bad = rows(vec![card("Ana", "", ""), card(" ", "1", "")]);
    let refused = plan(&[], bad, OnDuplicate::Skip, today()).expect_err("refused");
    assert_eq!((refused.line, refused.column), (3, 1));
}

/// The same name at the same address (or postcode) is the same client, accents, case
/// and punctuation aside; a name alone is not; nor is the same name elsewhere.
#[test]
fn a_card_with_no_email_or_phone_is_known_by_name_and_address() {
    let placed = |name: &str, address: Option<&str>, postcode: Option<&str>| {
        let mut c = card(name, "", "");
        c.address = address.map(String::from);
        c.postcode = postcode.map(String::from);
        c
    };
    let cards = rows(vec![
        placed("Rosa Gil", Some("C/ Mayor, 3"), Some("28001")),
        placed("ROSA GIL", Some("c/ mayor 3"), Some("28001")),
        placed("Rosa Gil", Some("Plaza Nueva 1"), None),
        placed("Luis Sanz", None, Some("29001")),
        placed("Luis Sanz", None, Some("29001")),
        placed("Pepa Ruiz", None, None),
        placed("Pepa Ruiz", None, None),
    ]);
    let p = plan(&[], cards, OnDuplicate::Skip, today()).expect("plan");
    assert_eq!(p.counts(), (5, 0, 2), "{:?}", p.rows);
    assert!(matches!(
        &p.rows[1].outcome,
        Outcome::Skipped(Target::Earlier(2), Same::NameAddress(_))
    ));
    assert!(matches!(
        &p.rows[4].outcome,
        Outcome::Skipped(Target::Earlier(5), Same::NameAddress(_))
    ));
}

/// A vCard's UID names the same contact, in the file and in the database.
#[test]
fn the_same_uid_is_the_same_contact() {
    let with_uid = |name: &str| {
        let mut c = card(name, "", "");
        c.uid = Some("urn:uuid:4f1e".into());
        c
    };
    let mut there = existing();
    there[0].card.uid = Some("urn:uuid:4f1e".into());
    let p = plan(
        &there,
        rows(vec![with_uid("Ana N.")]),
        OnDuplicate::Skip,
        today(),
    )
    .expect("plan");
    assert!(matches!(
        &p.rows[0].outcome,
        Outcome::Skipped(Target::Existing(7, _), Same::Uid(u)) if u == "urn:uuid:4f1e"
    ));
    let p = plan(
        &[],
        rows(vec![with_uid("Ana"), with_uid("Ana Núñez")]),
        OnDuplicate::Skip,
        today(),
    )
    .expect("plan");
    assert_eq!(p.counts(), (1, 0, 1));
    // Added anyway, the copy is a contact of its own: no shared identity.
    let p = plan(
        &there,
        rows(vec![with_uid("Ana N.")]),
        OnDuplicate::Add,
        today(),
    )
    .expect("plan");
    assert_eq!(p.create[0].uid, None);
}

/// Cards of our own export carry their ids: different ids are different clients even
/// with one email (companies of one group), and referrals follow the ids.
#[test]
fn our_own_export_keeps_clients_apart_and_referrals_by_original_id() {
    let mut cards = rows(vec![
        card("Flores SL", "", "pedidos@grupo.es"),
        card("Flores Norte SL", "", "pedidos@grupo.es"),
        card("Ana Ruiz", "", ""),
    ]);
    for (c, id) in cards.iter_mut().zip([10, 11, 12]) {
        c.origin_id = Some(id);
    }
    cards[2].origin_referrer = Some(11);
    cards[0].origin_referrer = Some(99);
    let p = plan(&[], cards, OnDuplicate::Skip, today()).expect("plan");
    assert_eq!(p.counts(), (3, 0, 0));
    assert_eq!(
        p.referrals,
        [(2, 1)],
        "Ana referred by Flores Norte; 99 is not in the file"
    );
    // Without ids (another program's file), the same email is one client.
    let p = plan(
        &[],
        rows(vec![
            card("Flores SL", "", "pedidos@grupo.es"),
            card("Flores Norte SL", "", "pedidos@grupo.es"),
        ]),
        OnDuplicate::Skip,
        today(),
    )
    .expect("plan");
    assert_eq!(p.counts(), (1, 0, 1));
}

/// Outlook's notes end lines with CR LF: merged again and again, a note is there once.
#[test]
fn a_merge_never_repeats_a_note() {
    let base = card("Ana", "", "");
    let mut extra = card("Ana", "", "");
    extra.notes = "Línea uno\r\nLínea  dos".into();
    let once = merge_cards(base, &extra.clone().normalized());
    let twice = merge_cards(once.clone(), &extra.clone().normalized());
    assert_eq!(twice.notes, "Línea uno\nLínea  dos");
    assert_eq!(merge_cards(twice.clone(), &extra), twice, "raw CR LF too");
}
