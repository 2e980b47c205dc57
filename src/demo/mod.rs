//! Realistic Spanish shop data for trying the program and for the large data set.
//!
//! Deterministic: the same seed and the same "today" give the same database. The word
//! lists live in `assets/demo/`.

mod agenda;
mod clients;
mod log;
mod scenes;

use chrono::{Days, NaiveDate, NaiveDateTime};

pub use agenda::appointments;
pub use clients::{DemoData, generate};
pub use log::{DemoLog, generate_log};
pub use scenes::fill_scenes;

use crate::store::{Result, Store};

/// What `clientela demo` builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoOptions {
    /// How many clients.
    pub clients: usize,
    /// Seed of the generator.
    pub seed: u64,
    /// How many log entries in all; `None`: ten per client.
    pub entries: Option<usize>,
}

impl Default for DemoOptions {
    fn default() -> Self {
        Self {
            clients: 300,
            seed: 1,
            entries: None,
        }
    }
}

/// SplitMix64: a tiny generator whose sequence is fixed forever, so a seed means the
/// same data on every version and platform (a crate's RNG may change its stream).
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True with probability `percent` / 100.
    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub(crate) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    pub(crate) fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }

    pub(crate) fn day_between(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let span = (to - from).num_days().max(0) as u64;
        from.checked_add_days(Days::new(self.below(span + 1)))
            .unwrap_or(from)
    }
}

pub(crate) fn lines(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// What `fill` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filled {
    /// Clients written.
    pub clients: usize,
    /// Log entries written.
    pub entries: usize,
    /// Agenda entries written (in the agendas the store has).
    pub appointments: usize,
    /// Scenes of the demo service cycle written (none if it was there already).
    pub scenes: usize,
}

/// Fills `store` with demo clients and their log, each in one transaction. The caller
/// decides whether a non-empty store may be filled.
pub fn fill(store: &mut Store, options: DemoOptions, now: NaiveDateTime) -> Result<Filled> {
    let data = generate(options, now.date());
    let ids = store.add_clients(&data.cards, &data.referrals, |i| data.created[i], now)?;
    let log = generate_log(options, &data, &ids, now.date());
    let entries = store.add_entries(&log.entries, now)?;
    // About one agenda entry per two clients, at least 150, at most 5,000.
    let count = (ids.len() / 2).clamp(150, 5_000);
    let agendas = store.agendas()?;
    let list = appointments(&agendas, &ids, count, options.seed, now.date());
    let appointments = store.add_appointments(&list, now)?.len();
    let scenes = fill_scenes(store, &ids, now)?;
    Ok(Filled {
        clients: ids.len(),
        entries,
        appointments,
        scenes,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::domain::{
        ClassificationRules, EntryKind, Frequency, Lifecycle, Quadrant, Satisfaction, ToDo, Volume,
    };
    use strum::IntoEnumIterator;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 22)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("date")
    }

    #[test]
    fn the_default_demo_fills_every_class_of_every_dimension() {
        let mut store = Store::open_in_memory().expect("store");
        let names = crate::config::AgendaConfig::default().names;
        store.ensure_agendas(&names).expect("agendas");
        let filled = fill(&mut store, DemoOptions::default(), now()).expect("fill");
        assert_eq!(
            filled,
            Filled {
                clients: 300,
                entries: 3000,
                appointments: 150,
                scenes: 6,
            }
        );
        // The demo's weeks around today are full: every agenda, series, all-day
        // entries, entries tied to clients, and clashes.
        let (from, to) = crate::domain::agenda::whole_days(
            now().date() - chrono::Duration::days(14),
            now().date() + chrono::Duration::days(14),
        );
        let s = store
            .schedule(&[], from, to, chrono_tz::Europe::Madrid)
            .expect("schedule");
        let agendas: HashSet<i64> = s.appointments.iter().map(|a| a.fields.agenda_id).collect();
        assert_eq!(agendas.len(), 3);
        assert!(s.items.iter().any(|l| l.occurrence.recurring));
        assert!(s.appointments.iter().any(|a| a.fields.all_day));
        assert!(s.appointments.iter().any(|a| a.fields.client_id.is_some()));
        assert!(s.items.iter().any(|l| !l.clashes_with.is_empty()));
        let rows = store
            .classify(&ClassificationRules::default(), now().date(), None)
            .expect("classify");
        let seen =
            |f: &dyn Fn(&crate::domain::Classification) -> &'static str| -> HashSet<&'static str> {
                rows.iter().map(f).collect()
            };
        assert_eq!(
            seen(&|c| c.lifecycle.code()),
            Lifecycle::iter().map(Lifecycle::code).collect()
        );
        assert_eq!(
            seen(&|c| c.frequency.code()),
            Frequency::iter().map(Frequency::code).collect()
        );
        assert_eq!(
            seen(&|c| c.volume.code()),
            Volume::iter().map(Volume::code).collect()
        );
        assert_eq!(
            seen(&|c| c.satisfaction.code()),
            Satisfaction::iter().map(Satisfaction::code).collect()
        );
        assert!(rows.iter().any(|c| c.referrals > 0));
        let complaints = store.complaints(false).expect("complaints");
        assert!(
            complaints.iter().any(|c| c.entry.resolution.is_none()),
            "some complaints open"
        );
        assert!(
            complaints.iter().any(|c| c.entry.resolution.is_some()),
            "some answered"
        );
        let kinds: HashSet<EntryKind> = (1..=300)
            .flat_map(|id| store.entries(id).expect("log"))
            .map(|e| e.kind)
            .collect();
        assert_eq!(
            kinds,
            EntryKind::iter().collect(),
            "every kind of entry appears"
        );
    }

    #[test]
    fn the_default_demo_fills_every_quadrant_and_every_to_do_group() {
        let mut store = Store::open_in_memory().expect("store");
        fill(&mut store, DemoOptions::default(), now()).expect("fill");
        let (standings, figures) = store
            .dashboard(&Default::default(), &Default::default(), now().date())
            .expect("dashboard");
        for q in Quadrant::iter() {
            let n = standings.iter().filter(|s| s.loyalty.quadrant == q).count();
            assert!(n > 0, "nobody in {q:?}");
        }
        for group in ToDo::iter() {
            let n = standings.iter().filter(|s| s.todo.contains(group)).count();
            assert!(n > 0, "nobody in {group:?}");
            assert_eq!(figures.group(group).map(|g| g.count as usize), Some(n));
        }
        assert!(figures.loyal > 0 && figures.loyal_not_profitable > 0);
        let retention = figures
            .retention
            .percent()
            .expect("someone active a year ago");
        assert!(retention > 0.0 && retention < 100.0, "{retention}");
        assert!(figures.conversion.count > 0);
        assert!(figures.months.iter().all(|m| m.active_clients > 0));
    }

    #[test]
    fn entries_are_exactly_as_many_as_asked_and_never_after_today() {
        let options = DemoOptions {
            clients: 50,
            seed: 3,
            entries: Some(777),
        };
        let data = generate(options, now().date());
        let ids: Vec<i64> = (1..=50).collect();
        let log = generate_log(options, &data, &ids, now().date());
        assert_eq!(log.entries.len(), 777);
        for e in &log.entries {
            assert!(e.at.date() <= now().date(), "{e:?}");
            assert!(e.validate().is_ok(), "{e:?}");
            let created = data.created[(e.client_id - 1) as usize].date();
            assert!(
                e.at.date() >= created,
                "an entry before the client existed: {e:?}"
            );
        }
        assert_eq!(
            generate_log(options, &data, &ids, now().date()),
            log,
            "deterministic"
        );
    }
}
