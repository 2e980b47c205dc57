//! Loyalty and the dashboard on a real SQLite file, as of injected days.

mod common;

use chrono::NaiveDate;
use clientela::domain::{
    ClassificationRules, ClientCard, EntryKind, LoyaltyRules, NewEntry, Quadrant, Resolution, ToDo,
    Valuation,
};
use clientela::store::Store;
use common::at;
use tempfile::TempDir;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

struct Shop {
    _dir: TempDir,
    store: Store,
}

impl Shop {
    /// Ana: member, bought for years, delighted, profitable: a loyal apostle.
    /// Bea: bought once, in September 2025, at a loss; unhappy, with complaints: a
    /// terrorist, who referred Carla. Carla: potential a year ago, bought in March. Dani:
    /// potential then and now. Eva: a new card, not a client a year ago.
    fn new() -> Self {
        let (dir, mut store) = common::temp_store();
        let mut ana = ClientCard::named("Ana");
        ana.member_since = Some(day(2024, 2, 1));
        ana.birthday = Some(day(1980, 11, 25));
        let cards = [
            ana,
            ClientCard::named("Bea"),
            ClientCard::named("Carla"),
            ClientCard::named("Dani"),
            ClientCard::named("Eva"),
        ];
        let created = [
            at(2023, 1, 1),
            at(2023, 1, 1),
            at(2024, 6, 1),
            at(2024, 6, 1),
            at(2026, 6, 1),
        ];
        store
            .add_clients(&cards, &[(2, 1)], |i| created[i], at(2026, 11, 22))
            .expect("clients");
        let mut shop = Self { _dir: dir, store };
        shop.purchase(1, at(2024, 1, 10), 10_000, Some(1_000));
        shop.purchase(1, at(2025, 10, 1), 5_000, None);
        shop.purchase(1, at(2026, 11, 1), 4_000, Some(500));
        shop.valuation(1, at(2026, 10, 1), 3, 4);
        shop.purchase(2, at(2025, 9, 1), 20_000, Some(-100));
        shop.valuation(2, at(2025, 9, 2), 4, 2);
        shop.complaint(2, at(2026, 11, 1), None);
        shop.complaint(2, at(2026, 10, 1), Some(at(2026, 11, 20)));
        shop.purchase(3, at(2026, 3, 1), 1_000, None);
        shop
    }

    fn add(&mut self, e: NewEntry) {
        self.store.add_entry(&e, at(2026, 11, 22)).expect("entry");
    }

    fn purchase(
        &mut self,
        client: i64,
        when: chrono::NaiveDateTime,
        cents: i64,
        margin: Option<i64>,
    ) {
        let mut e = NewEntry::new(client, EntryKind::Purchase, when);
        e.amount_cents = Some(cents);
        e.margin_cents = margin;
        self.add(e);
    }

    fn valuation(&mut self, client: i64, when: chrono::NaiveDateTime, expected: u8, perceived: u8) {
        let mut e = NewEntry::new(client, EntryKind::Survey, when);
        e.valuation = Some(Valuation {
            expected,
            perceived,
        });
        self.add(e);
    }

    fn complaint(
        &mut self,
        client: i64,
        when: chrono::NaiveDateTime,
        answered: Option<chrono::NaiveDateTime>,
    ) {
        let mut e = NewEntry::new(client, EntryKind::Complaint, when);
        e.note = "Tarda".into();
        e.resolution = answered.map(|at| Resolution {
            at,
            answer: "Resuelto".into(),
        });
        self.add(e);
    }
}

fn rules() -> (ClassificationRules, LoyaltyRules) {
    Default::default()
}

#[test]
fn standings_put_each_client_in_a_quadrant_with_the_four_conditions() {
    let shop = Shop::new();
    let (c, l) = rules();
    let all = shop
        .store
        .standings(&c, &l, day(2026, 11, 22), None)
        .expect("standings");
    let quadrants: Vec<Quadrant> = all.iter().map(|s| s.loyalty.quadrant).collect();
    use Quadrant::*;
    assert_eq!(quadrants, [Apostle, Terrorist, Unknown, Unknown, Unknown]);
    let ana = &all[0];
    assert!(ana.loyalty.member && ana.loyalty.bonded);
    assert!(ana.loyalty.loyal(), "{:?}", ana.loyalty.conditions);
    assert_eq!(ana.facts.first_purchase, Some(day(2024, 1, 10)));
    assert_eq!(ana.facts.margin_in_window_cents, Some(500));
    assert!(ana.todo.contains(ToDo::Birthdays));
    let bea = &all[1];
    assert_eq!(bea.facts.open_complaints, 1);
    assert_eq!(
        bea.loyalty.conditions.profitable, None,
        "no margin in the window"
    );
    assert_eq!(bea.classification.referrals, 1, "Bea referred Carla");
    // One client alone gives the same standing as the whole shop.
    let one = shop
        .store
        .standings(&c, &l, day(2026, 11, 22), Some(2))
        .expect("one");
    assert_eq!(one.as_slice(), &all[1..2]);
}

#[test]
fn as_of_an_earlier_day_later_purchases_and_answers_do_not_count() {
    let shop = Shop::new();
    let (c, l) = rules();
    let earlier = shop
        .store
        .standings(&c, &l, day(2025, 10, 15), None)
        .expect("standings");
    let bea = &earlier[1];
    assert_eq!(bea.facts.margin_in_window_cents, Some(-100));
    assert_eq!(bea.loyalty.conditions.profitable, Some(false));
    assert_eq!(bea.facts.open_complaints, 0, "complaints came later");
    let ana = &earlier[0];
    assert_eq!(ana.facts.last_purchase, Some(day(2025, 10, 1)));
    assert!(ana.loyalty.conditions.endures, "Q1 2024 to Q4 2025");
    assert_eq!(ana.loyalty.conditions.profitable, None, "no margin then");
    let mid_november = shop
        .store
        .standings(&c, &l, day(2026, 11, 15), Some(2))
        .expect("one");
    assert_eq!(
        mid_november[0].facts.open_complaints, 2,
        "answered on the 20th: still open on the 15th"
    );
}

#[test]
fn the_dashboard_counts_quadrants_rates_complaints_and_months() {
    let shop = Shop::new();
    let (c, l) = rules();
    let (_, f) = shop
        .store
        .dashboard(&c, &l, day(2026, 11, 22))
        .expect("dashboard");
    assert_eq!(f.clients, 5);
    let apostles = f.quadrant(Quadrant::Apostle).expect("apostles");
    assert_eq!(
        (apostles.clients, apostles.spend_in_window_cents),
        (1, 4_000)
    );
    let terrorists = f.quadrant(Quadrant::Terrorist).expect("terrorists");
    assert_eq!((terrorists.clients, terrorists.referrals), (1, 1));
    assert_eq!(f.quadrant(Quadrant::Unknown).map(|q| q.clients), Some(3));
    assert_eq!(f.loyal, 1);
    // Active a year ago: Ana (October 2025) and Bea (September 2025); Ana still is.
    assert_eq!((f.retention.count, f.retention.of), (1, 2));
    // Potential a year ago: Carla and Dani (Eva's card is newer); Carla bought.
    assert_eq!((f.conversion.count, f.conversion.of), (1, 2));
    assert_eq!(f.open_complaints, 1);
    assert_eq!(f.open_complaints_median_days, Some(21.0));
    assert_eq!(f.months.len(), 24);
    let spend: Vec<(String, i64)> = f
        .months
        .iter()
        .filter(|m| m.spend_cents > 0)
        .map(|m| (m.month.format("%Y-%m").to_string(), m.spend_cents))
        .collect();
    assert_eq!(
        spend,
        [
            ("2025-09".to_string(), 20_000),
            ("2025-10".to_string(), 5_000),
            ("2026-03".to_string(), 1_000),
            ("2026-11".to_string(), 4_000)
        ]
    );
    let now = f.months.last().expect("this month");
    assert_eq!(now.active_clients, 1, "Ana; Carla bought 266 days ago");
    let birthdays = f.group(ToDo::Birthdays).expect("group");
    assert_eq!(birthdays.count, 1);
    assert_eq!(birthdays.clients[0].date, Some(day(2026, 11, 25)));
}

#[test]
fn the_store_gathers_the_same_facts_as_the_reference_query() {
    let (_dir, mut store) = common::temp_store();
    let now = at(2026, 11, 22);
    clientela::demo::fill(&mut store, Default::default(), now).expect("demo");
    // Returns (negative amounts, some with the margin given back), in and out of the
    // windows below, so both ways of counting agree on them too.
    let returns: Vec<NewEntry> = (1..=300)
        .step_by(7)
        .map(|id| {
            let mut e = NewEntry::new(
                id,
                EntryKind::Purchase,
                at(2026, 11, 22) - chrono::Duration::days(id * 5),
            );
            e.amount_cents = Some(-(id * 97));
            e.margin_cents = (id % 2 == 0).then_some(-(id * 13));
            e
        })
        .collect();
    store.add_entries(&returns, now).expect("returns");
    let rules = ClassificationRules::default();
    for today in [
        day(2026, 11, 22),
        day(2026, 3, 31),
        day(2025, 11, 22),
        day(2022, 1, 1),
    ] {
        let fast = store
            .classification_facts(&rules, today, None)
            .expect("fast");
        let reference = store
            .classification_facts_in_sql(&rules, today, None)
            .expect("sql");
        assert_eq!(fast.1, reference.1, "market as of {today}");
        assert_eq!(fast.0.len(), reference.0.len());
        for (a, b) in fast.0.iter().zip(&reference.0) {
            assert_eq!(a, b, "as of {today}");
        }
        for id in [1, 77, 300] {
            let one = store
                .classification_facts(&rules, today, Some(id))
                .expect("one");
            assert_eq!(
                one.0.as_slice(),
                &reference.0[(id - 1) as usize..id as usize]
            );
            assert_eq!(one.1, reference.1, "the market is the whole shop's");
        }
    }
    assert!(
        store
            .classification_facts(&rules, day(2026, 11, 22), Some(301))
            .is_err()
    );
}
