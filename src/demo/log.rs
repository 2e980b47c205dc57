//! Up to three years of demo history: purchases, visits, calls, surveys, complaints
//! (some still open), compliments and more, shaped so every class of every dimension
//! of the classification, every loyalty quadrant and every to-do group has members.

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};

use super::{DemoData, DemoOptions, Rng, lines};
use crate::domain::{ClientId, EntryKind, NewEntry, Resolution, Valuation};

/// Days before today beyond which a purchase is "years ago" for regular clients.
const LONG_AGO_DAYS: u64 = 366;

/// The generated log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoLog {
    /// Every entry, client by client.
    pub entries: Vec<NewEntry>,
}

/// How a demo client behaves; decides their purchases and so their classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Archetype {
    /// Never bought: queries and offers only.
    Prospect,
    /// A dozen purchases or more in the last year.
    Frequent,
    /// Four to eleven purchases in the last year, the last within five months.
    Habitual,
    /// One to three purchases in the last six months.
    Occasional,
    /// Bought between six months and a year ago, not since.
    Lapsed,
    /// Bought only more than a year ago.
    Gone,
}

impl Archetype {
    /// (share of clients in percent, entries per client relative to the others).
    const TABLE: [(Archetype, u64, u64); 6] = [
        (Archetype::Prospect, 12, 3),
        (Archetype::Frequent, 8, 30),
        (Archetype::Habitual, 30, 12),
        (Archetype::Occasional, 18, 6),
        (Archetype::Lapsed, 12, 6),
        (Archetype::Gone, 20, 6),
    ];

    fn pick(rng: &mut Rng) -> (Archetype, u64) {
        let mut roll = rng.below(100);
        for (archetype, share, weight) in Self::TABLE {
            if roll < share {
                return (archetype, weight);
            }
            roll -= share;
        }
        (Archetype::Gone, 6)
    }

    /// How many purchases, between which ages in days, from a budget of entries.
    fn purchases(self, rng: &mut Rng, budget: usize) -> (usize, u64, u64) {
        let (count, from, to) = match self {
            Archetype::Prospect => (0, 0, 0),
            Archetype::Frequent => ((budget * 7 / 10).max(12), 1, 364),
            Archetype::Habitual => ((budget * 6 / 10).clamp(4, 11), 1, 364),
            Archetype::Occasional => (1 + rng.below(3) as usize, 1, 170),
            Archetype::Lapsed => (1 + rng.below(3) as usize, 185, 364),
            Archetype::Gone => (2 + rng.below(5) as usize, 370, 730),
        };
        (count.min(budget), from, to)
    }
}

/// How a client rates the shop in surveys: the gap they tend to give.
fn valuation(rng: &mut Rng, mood: u64) -> Valuation {
    let expected = 2 + rng.below(3) as u8; // 2..=4
    let delta: i8 = match mood {
        0 => 1 + rng.below(2) as i8,    // delighted: +1 or +2
        1 => rng.below(3) as i8 - 1,    // satisfied: -1, 0 or +1, mostly balanced
        _ => -(1 + rng.below(2) as i8), // dissatisfied: -1 or -2
    };
    let perceived = (expected as i8 + delta).clamp(1, 5) as u8;
    Valuation {
        expected,
        perceived,
    }
}

struct Notes {
    complaints: Vec<&'static str>,
    resolutions: Vec<&'static str>,
    compliments: Vec<&'static str>,
    queries: Vec<&'static str>,
    suggestions: Vec<&'static str>,
    calls: Vec<&'static str>,
    offers: Vec<&'static str>,
}

impl Notes {
    fn load() -> Self {
        Self {
            complaints: lines(include_str!("../../assets/demo/complaints.txt")),
            resolutions: lines(include_str!("../../assets/demo/resolutions.txt")),
            compliments: lines(include_str!("../../assets/demo/compliments.txt")),
            queries: lines(include_str!("../../assets/demo/queries.txt")),
            suggestions: lines(include_str!("../../assets/demo/suggestions.txt")),
            calls: lines(include_str!("../../assets/demo/calls.txt")),
            offers: lines(include_str!("../../assets/demo/offers.txt")),
        }
    }
}

/// A moment `days` before `today` during opening hours, never before `first`.
fn moment(rng: &mut Rng, today: NaiveDate, days: u64, first: NaiveDate) -> NaiveDateTime {
    let day = today
        .checked_sub_days(Days::new(days))
        .unwrap_or(today)
        .max(first);
    let minute = 9 * 60 + rng.below(11 * 60) as u32;
    day.and_time(NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap_or(NaiveTime::MIN))
}

/// The demo log of the clients `ids` (in the order of `data`), as of `today`.
/// `options.entries` (default: ten per client) entries in all.
pub fn generate_log(
    options: DemoOptions,
    data: &DemoData,
    ids: &[ClientId],
    today: NaiveDate,
) -> DemoLog {
    let notes = Notes::load();
    let mut rng = Rng(options.seed ^ 0x10C_E17E);
    let n = ids.len();
    let total = options.entries.unwrap_or(n * 10);
    let picks: Vec<(Archetype, u64)> = (0..n).map(|_| Archetype::pick(&mut rng)).collect();
    let weight_sum: u64 = picks.iter().map(|(_, w)| w).sum::<u64>().max(1);
    let mut budgets: Vec<usize> = picks
        .iter()
        .map(|(_, w)| (total as u64 * w / weight_sum) as usize)
        .collect();
    let given: usize = budgets.iter().sum();
    for i in 0..total.saturating_sub(given) {
        budgets[i % n.max(1)] += 1;
    }
    let mut entries = Vec::with_capacity(total);
    for (i, (&id, &(archetype, _))) in ids.iter().zip(&picks).enumerate() {
        let first = data.created.get(i).map_or(today, |c| c.date());
        let mut budget = budgets[i];
        let mut push = |entry: NewEntry, budget: &mut usize| {
            if *budget > 0 {
                entries.push(entry);
                *budget -= 1;
            }
        };
        // Purchases: the basket size decides the volume class.
        // Some lapsed clients were big spenders: the ones worth winning back.
        let big_lapsed = archetype == Archetype::Lapsed && rng.chance(40);
        let basket: i64 = match rng.below(100) {
            _ if big_lapsed => 20_000 + rng.below(40_000) as i64,
            0..=14 => 8_000 + rng.below(22_000) as i64,
            15..=74 => 2_000 + rng.below(6_000) as i64,
            _ => 300 + rng.below(1_700) as i64,
        };
        // A few clients are sold to at a loss: loyal, perhaps, but not profitable.
        let loss_maker = rng.chance(6);
        let (count, from, to) = archetype.purchases(&mut rng, budget);
        for k in 0..count {
            // The first purchase of active clients is recent, so they stay active.
            let days = match (archetype, k) {
                (Archetype::Habitual, 0) => 1 + rng.below(150),
                (Archetype::Frequent, 0) => 1 + rng.below(30),
                _ => from + rng.below(to - from + 1),
            };
            let mut e = NewEntry::new(
                id,
                EntryKind::Purchase,
                moment(&mut rng, today, days, first),
            );
            let amount = basket * (60 + rng.below(81) as i64) / 100;
            e.amount_cents = Some(amount);
            if rng.chance(70) {
                e.margin_cents = Some(if loss_maker {
                    -amount * (2 + rng.below(10) as i64) / 100
                } else {
                    amount * (15 + rng.below(31) as i64) / 100
                });
            }
            push(e, &mut budget);
        }
        // Regular clients have bought for years (so they are bonded and endure), unless
        // their card is less than a year old.
        let regular = matches!(archetype, Archetype::Frequent | Archetype::Habitual);
        let long_known = today - first > chrono::Duration::days(LONG_AGO_DAYS as i64);
        if regular && long_known {
            for _ in 0..budget / 3 {
                let days = LONG_AGO_DAYS + rng.below(730);
                let mut e = NewEntry::new(
                    id,
                    EntryKind::Purchase,
                    moment(&mut rng, today, days, first),
                );
                e.amount_cents = Some(basket * (60 + rng.below(81) as i64) / 100);
                push(e, &mut budget);
            }
        }
        // Valuations, with a mood per client.
        let mood = rng.below(3);
        if archetype != Archetype::Prospect && rng.chance(55) {
            for _ in 0..1 + rng.below(4) {
                let kind = if rng.chance(50) {
                    EntryKind::Survey
                } else {
                    EntryKind::Visit
                };
                let days = rng.below(730);
                let mut e = NewEntry::new(id, kind, moment(&mut rng, today, days, first));
                e.valuation = Some(valuation(&mut rng, mood));
                push(e, &mut budget);
            }
        }
        // Complaints: more from the dissatisfied; the recent ones may still be open.
        if rng.chance(if mood == 2 { 35 } else { 8 }) {
            for _ in 0..1 + rng.below(2) {
                // The unhappy complained lately; some are still waiting.
                let days = rng.below(if mood == 2 { 120 } else { 400 });
                let mut e = NewEntry::new(
                    id,
                    EntryKind::Complaint,
                    moment(&mut rng, today, days, first),
                );
                e.note = rng.pick(&notes.complaints).to_string();
                if days > 60 || rng.chance(40) {
                    let answered = e.at + chrono::Duration::days(rng.below(15) as i64);
                    e.resolution = Some(Resolution {
                        at: answered.min(today.and_time(NaiveTime::MIN)).max(e.at),
                        answer: rng.pick(&notes.resolutions).to_string(),
                    });
                }
                push(e, &mut budget);
            }
        }
        // Everything else that happens at a counter.
        while budget > 0 {
            let (kind, pool) = match rng.below(10) {
                0..=2 => (EntryKind::Visit, None),
                3..=4 => (EntryKind::Call, Some(&notes.calls)),
                5..=6 => (EntryKind::Query, Some(&notes.queries)),
                7 => (EntryKind::Compliment, Some(&notes.compliments)),
                8 => (EntryKind::Suggestion, Some(&notes.suggestions)),
                _ => (EntryKind::Offer, Some(&notes.offers)),
            };
            let days = rng.below(730);
            let mut e = NewEntry::new(id, kind, moment(&mut rng, today, days, first));
            if let Some(pool) = pool {
                e.note = rng.pick(pool).to_string();
            }
            push(e, &mut budget);
        }
    }
    DemoLog { entries }
}
