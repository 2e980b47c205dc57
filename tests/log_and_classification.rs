//! The log and the classification engine on real SQLite files, with an injected today.

mod common;

use chrono::{Days, NaiveDate, NaiveDateTime};
use clientela::domain::{
    ClassificationRules, ClientCard, EntryKind, Frequency, Lifecycle, NewEntry, Satisfaction,
    Valuation, Volume,
};
use clientela::store::{Base, Store, StoreError};
use common::at;
use tempfile::TempDir;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

/// When the entries are logged: after every day the tests classify as of, so entries
/// "after today" (negative `ago`) can be written, as they are when a shop classifies as
/// of an earlier day.
fn logged_at() -> NaiveDateTime {
    at(2027, 12, 31)
}

fn days_ago(n: i64) -> NaiveDateTime {
    let day = if n >= 0 {
        today().checked_sub_days(Days::new(n as u64))
    } else {
        today().checked_add_days(Days::new((-n) as u64))
    };
    day.and_then(|d| d.and_hms_opt(18, 30, 0)).expect("date")
}

struct Shop {
    _dir: TempDir,
    store: Store,
}

impl Shop {
    fn new() -> Self {
        let (dir, store) = common::temp_store();
        Self { _dir: dir, store }
    }

    fn client(&mut self, name: &str) -> i64 {
        self.store
            .add_client(&ClientCard::named(name), at(2020, 1, 1))
            .expect("add client")
    }

    fn purchase(&mut self, client: i64, ago: i64, cents: i64) {
        let mut e = NewEntry::new(client, EntryKind::Purchase, days_ago(ago));
        e.amount_cents = Some(cents);
        self.store.add_entry(&e, logged_at()).expect("purchase");
    }

    fn survey(&mut self, client: i64, ago: i64, expected: u8, perceived: u8) {
        let mut e = NewEntry::new(client, EntryKind::Survey, days_ago(ago));
        e.valuation = Some(Valuation {
            expected,
            perceived,
        });
        self.store.add_entry(&e, logged_at()).expect("survey");
    }

    fn classify(&self, id: i64) -> clientela::domain::Classification {
        let rules = ClassificationRules::default();
        let one = self
            .store
            .classify(&rules, today(), Some(id))
            .expect("classify one");
        let all = self
            .store
            .classify(&rules, today(), None)
            .expect("classify all");
        let from_all = all
            .into_iter()
            .find(|c| c.client_id == id)
            .expect("in the full list");
        assert_eq!(
            one,
            vec![from_all.clone()],
            "one client and all clients agree"
        );
        from_all
    }
}

#[test]
fn lifecycle_counts_days_from_the_last_purchase_on_or_before_today() {
    let mut shop = Shop::new();
    let cases = [
        (179, Lifecycle::Active),
        (180, Lifecycle::Active),
        (181, Lifecycle::Inactive),
    ];
    for (ago, expected) in cases {
        let id = shop.client(&format!("hace {ago} días"));
        shop.purchase(id, ago, 1000);
        assert_eq!(shop.classify(id).lifecycle, expected, "{ago} days");
    }
    let future = shop.client("solo en el futuro");
    shop.purchase(future, -1, 5000);
    let c = shop.classify(future);
    assert_eq!(
        (c.lifecycle, c.last_purchase, c.purchases_in_window),
        (Lifecycle::Potential, None, 0)
    );
    let never = shop.client("nunca");
    assert_eq!(shop.classify(never).lifecycle, Lifecycle::Potential);
}

#[test]
fn frequency_counts_purchases_in_the_365_day_window() {
    let mut shop = Shop::new();
    let edge = shop.client("borde");
    shop.purchase(edge, 365, 100);
    shop.purchase(edge, 366, 100);
    assert_eq!(
        shop.classify(edge).purchases_in_window,
        1,
        "365 days ago is in, 366 is out"
    );
    for (n, expected) in [
        (3, Frequency::Occasional),
        (4, Frequency::Habitual),
        (11, Frequency::Habitual),
        (12, Frequency::Frequent),
    ] {
        let id = shop.client(&format!("{n} compras"));
        for i in 0..n {
            shop.purchase(id, i * 20, 100);
        }
        shop.purchase(id, -3, 100); // after today: never counts
        assert_eq!(shop.classify(id).frequency, expected, "{n} purchases");
    }
}

#[test]
fn volume_compares_with_the_mean_of_the_buyers_in_the_window() {
    let mut shop = Shop::new();
    // Spends 150, 75, 74.99 and 100.01 euros: the mean is exactly 100 euros.
    let high = shop.client("alto");
    let average = shop.client("medio");
    let low = shop.client("bajo");
    let other = shop.client("otro");
    shop.purchase(high, 10, 15_000);
    shop.purchase(average, 10, 7_500);
    shop.purchase(low, 10, 7_499);
    shop.purchase(other, 10, 10_001);
    let old = shop.client("antiguo");
    shop.purchase(old, 400, 1_000_000); // outside the window: not part of the mean
    assert_eq!(shop.classify(high).volume, Volume::High);
    assert_eq!(shop.classify(average).volume, Volume::Average);
    assert_eq!(shop.classify(low).volume, Volume::Low);
    assert_eq!(shop.classify(old).volume, Volume::None);
    assert_eq!(shop.classify(high).spend_in_window_cents, 15_000);
}

#[test]
fn satisfaction_uses_only_the_last_three_valuations_up_to_today() {
    let mut shop = Shop::new();
    let id = shop.client("encuestada");
    shop.survey(id, 40, 5, 1); // gap -4, the oldest: left out
    shop.survey(id, 30, 3, 4); // +1
    shop.survey(id, 20, 3, 3); // 0
    shop.survey(id, 10, 3, 3); // 0
    shop.survey(id, -5, 5, 1); // after today: left out
    let c = shop.classify(id);
    assert_eq!(c.satisfaction, Satisfaction::Satisfied);
    let gap = c.satisfaction_gap.expect("has a gap");
    assert!((gap - 1.0 / 3.0).abs() < 1e-9, "{gap}");

    let delighted = shop.client("encantada");
    shop.survey(delighted, 5, 3, 4);
    shop.survey(delighted, 4, 3, 3);
    assert_eq!(shop.classify(delighted).satisfaction_gap, Some(0.5));
    assert_eq!(
        shop.classify(delighted).satisfaction,
        Satisfaction::Delighted
    );
    let unknown = shop.client("sin encuestas");
    assert_eq!(shop.classify(unknown).satisfaction, Satisfaction::Unknown);
}

#[test]
fn referrals_are_counted() {
    let mut shop = Shop::new();
    let referrer = shop.client("prescriptora");
    for name in ["a", "b"] {
        let mut card = ClientCard::named(name);
        card.referred_by = Some(referrer);
        shop.store.add_client(&card, at(2025, 1, 1)).expect("add");
    }
    let mut later = ClientCard::named("después de hoy");
    later.referred_by = Some(referrer);
    shop.store.add_client(&later, at(2027, 1, 1)).expect("add");
    assert_eq!(shop.classify(referrer).referrals, 2);
}

#[test]
fn the_log_lists_newest_first_and_refuses_bad_entries() {
    let mut shop = Shop::new();
    let id = shop.client("Ana");
    shop.purchase(id, 5, 1250);
    let mut visit = NewEntry::new(id, EntryKind::Visit, days_ago(1));
    visit.note = "Preguntó por las novedades".into();
    shop.store
        .add_entry(&visit, at(2026, 11, 22))
        .expect("visit");
    let log = shop.store.entries(id).expect("log");
    assert_eq!(
        log.iter().map(|e| e.kind).collect::<Vec<_>>(),
        [EntryKind::Visit, EntryKind::Purchase]
    );
    assert_eq!(log[1].amount_cents, Some(1250));

    let mut bad = NewEntry::new(id, EntryKind::Survey, days_ago(0));
    bad.valuation = Some(Valuation {
        expected: 7,
        perceived: 3,
    });
    assert!(matches!(
        shop.store.add_entry(&bad, at(2026, 11, 22)),
        Err(StoreError::InvalidEntry(_))
    ));
    let nobody = NewEntry::new(999, EntryKind::Call, days_ago(0));
    assert!(matches!(
        shop.store.add_entry(&nobody, at(2026, 11, 22)),
        Err(StoreError::NoClient(999))
    ));
    assert!(matches!(
        shop.store.entries(999),
        Err(StoreError::NoClient(999))
    ));
    assert_eq!(
        shop.store.entries(id).expect("log").len(),
        2,
        "nothing written"
    );
}

#[test]
fn complaints_open_then_resolved_with_the_answer() {
    let mut shop = Shop::new();
    let id = shop.client("Ana");
    let mut c = NewEntry::new(id, EntryKind::Complaint, days_ago(10));
    c.note = "El pedido llegó roto".into();
    let older = shop
        .store
        .add_entry(&c, at(2026, 11, 22))
        .expect("complaint");
    c.at = days_ago(2);
    let newer = shop
        .store
        .add_entry(&c, at(2026, 11, 22))
        .expect("complaint");
    let open = shop.store.complaints(true).expect("open");
    assert_eq!(
        open.iter().map(|c| c.entry.id).collect::<Vec<_>>(),
        [older, newer],
        "oldest first"
    );
    assert_eq!(open[0].client_name, "Ana");
    assert_eq!(open[0].entry.age_days(today()), 10);

    assert!(matches!(
        shop.store
            .resolve_complaint(older, "  ", at(2026, 11, 22), Base::Latest),
        Err(StoreError::EmptyAnswer)
    ));
    shop.store
        .resolve_complaint(
            older,
            "Se cambió por uno nuevo",
            at(2026, 11, 22),
            Base::Latest,
        )
        .expect("resolve");
    assert!(matches!(
        shop.store
            .resolve_complaint(older, "otra vez", at(2026, 11, 22), Base::Latest),
        Err(StoreError::AlreadyResolved(_))
    ));
    let open = shop.store.complaints(true).expect("open");
    assert_eq!(open.iter().map(|c| c.entry.id).collect::<Vec<_>>(), [newer]);
    let all = shop.store.complaints(false).expect("all");
    assert_eq!(
        all[0].entry.resolution.as_ref().map(|r| r.answer.as_str()),
        Some("Se cambió por uno nuevo")
    );
    shop.purchase(id, 1, 100);
    let purchase = shop.store.entries(id).expect("log")[0].id;
    assert!(matches!(
        shop.store
            .resolve_complaint(purchase, "x", at(2026, 11, 22), Base::Latest),
        Err(StoreError::NotAComplaint(_))
    ));
    assert!(matches!(
        shop.store
            .resolve_complaint(9999, "x", at(2026, 11, 22), Base::Latest),
        Err(StoreError::NoEntry(9999))
    ));
}

#[test]
fn deleting_a_client_deletes_their_log() {
    let mut shop = Shop::new();
    let id = shop.client("Ana");
    shop.purchase(id, 1, 100);
    let complaint = NewEntry::new(id, EntryKind::Complaint, days_ago(1));
    shop.store
        .add_entry(&complaint, at(2026, 11, 22))
        .expect("complaint");
    assert_eq!(shop.store.complaints(false).expect("complaints").len(), 1);
    shop.store.delete_client(id).expect("delete");
    assert!(shop.store.complaints(false).expect("complaints").is_empty());
    assert!(matches!(
        shop.store.entries(id),
        Err(StoreError::NoClient(_))
    ));
}

/// A return is a purchase with a negative amount: it is no purchase for frequency, the
/// last purchase or the lifecycle, and it comes off the spend and the margin of the
/// window (volume and profit), for the client and for the shop's mean.
#[test]
fn a_return_is_no_purchase_and_comes_off_spend_and_margin() {
    let mut shop = Shop::new();
    let id = shop.client("devuelve");
    let other = shop.client("otra");
    shop.purchase(id, 200, 10_000);
    let mut back = NewEntry::new(id, EntryKind::Purchase, days_ago(10));
    back.amount_cents = Some(-3_000);
    back.margin_cents = Some(-900);
    shop.store
        .add_entry(&back, at(2026, 11, 22))
        .expect("a return is stored");
    shop.purchase(other, 5, 7_000);
    let c = shop.classify(id);
    assert_eq!(
        (
            c.lifecycle,
            c.last_purchase,
            c.purchases_in_window,
            c.spend_in_window_cents
        ),
        (Lifecycle::Inactive, Some(days_ago(200).date()), 1, 7_000),
        "still inactive since the purchase 200 days ago; 100 − 30 spent"
    );
    let rules = ClassificationRules::default();
    let (facts, market) = shop
        .store
        .classification_facts(&rules, today(), None)
        .expect("facts");
    assert_eq!(facts[0].margin_in_window_cents, Some(-900));
    assert_eq!(
        (market.buyers_in_window, market.spend_in_window_cents),
        (2, 14_000),
        "two buyers; the shop's net spend"
    );
    let reference = shop
        .store
        .classification_facts_in_sql(&rules, today(), None)
        .expect("reference");
    assert_eq!((facts, market), reference);
    // A client whose only entry is a return is not a buyer.
    let only = shop.client("solo devuelve");
    let mut back = NewEntry::new(only, EntryKind::Purchase, days_ago(3));
    back.amount_cents = Some(-500);
    shop.store
        .add_entry(&back, at(2026, 11, 22))
        .expect("stored");
    let c = shop.classify(only);
    assert_eq!(
        (c.lifecycle, c.purchases_in_window, c.spend_in_window_cents),
        (Lifecycle::Potential, 0, -500)
    );
}
