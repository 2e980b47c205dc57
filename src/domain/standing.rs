//! A client's standing as of a day: the facts, the classes, the loyalty, and the
//! to-do groups of the dashboard they belong to.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::attributes::coded;
use super::classification::{
    Classification, ClassificationRules, ClientFacts, Lifecycle, Market, Volume, class_enum,
};
use super::loyalty::{Loyalty, LoyaltyRules, Quadrant};

/// Days after today (today included) whose birthdays are "this week".
pub const BIRTHDAY_DAYS: i64 = 7;

class_enum! {
    /// The dashboard's "to do today" groups.
    pub enum ToDo {
        /// Hostages with an open complaint: fix it first.
        HostageComplaints,
        /// Mercenaries: build a bond.
        MercenariesToBond,
        /// Inactive clients of high volume: win them back.
        WinBack,
        /// Birthdays in the next seven days.
        Birthdays,
    }
}

impl ToDo {
    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The to-do groups one client is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ToDoSet(u8);

impl ToDoSet {
    /// Whether the client is in `group`.
    pub fn contains(self, group: ToDo) -> bool {
        self.0 & group.bit() != 0
    }

    /// Adds `group`.
    pub fn insert(&mut self, group: ToDo) {
        self.0 |= group.bit();
    }
}

/// The next birthday on or after `today` of someone born on `birthday` (29 February
/// is celebrated on the 28th in common years).
pub fn next_birthday(birthday: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    let in_year = |year: i32| {
        NaiveDate::from_ymd_opt(year, birthday.month(), birthday.day())
            .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
    };
    let this_year = in_year(today.year())?;
    if this_year >= today {
        Some(this_year)
    } else {
        in_year(today.year() + 1)
    }
}

/// Everything the program computes about a client as of a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    /// What the log says.
    pub facts: ClientFacts,
    /// Lifecycle, frequency, volume, satisfaction.
    pub classification: Classification,
    /// Quadrant and the four conditions.
    pub loyalty: Loyalty,
    /// The to-do groups the client is in.
    pub todo: ToDoSet,
    /// Their next birthday when it falls this week.
    pub birthday_this_week: Option<NaiveDate>,
}

impl Standing {
    /// Classifies and assesses one client as of `today`.
    pub fn assess(
        classification: &ClassificationRules,
        loyalty: &LoyaltyRules,
        facts: ClientFacts,
        market: Market,
        today: NaiveDate,
    ) -> Standing {
        let class = classification.classify(&facts, market, today);
        let loyal = loyalty.assess(&facts, &class, today);
        let birthday_this_week = facts
            .birthday
            .and_then(|b| next_birthday(b, today))
            .filter(|next| (*next - today).num_days() < BIRTHDAY_DAYS);
        let mut todo = ToDoSet::default();
        if loyal.quadrant == Quadrant::Hostage && facts.open_complaints > 0 {
            todo.insert(ToDo::HostageComplaints);
        }
        if loyal.quadrant == Quadrant::Mercenary {
            todo.insert(ToDo::MercenariesToBond);
        }
        if class.lifecycle == Lifecycle::Inactive && class.volume == Volume::High {
            todo.insert(ToDo::WinBack);
        }
        if birthday_this_week.is_some() {
            todo.insert(ToDo::Birthdays);
        }
        Standing {
            facts,
            classification: class,
            loyalty: loyal,
            todo,
            birthday_this_week,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn birthdays_this_week_cover_seven_days_and_the_new_year() {
        let today = day(2026, 12, 28);
        assert_eq!(
            next_birthday(day(1980, 12, 28), today),
            Some(day(2026, 12, 28))
        );
        assert_eq!(next_birthday(day(1980, 1, 3), today), Some(day(2027, 1, 3)));
        assert_eq!(
            next_birthday(day(1980, 12, 27), today),
            Some(day(2027, 12, 27))
        );
        // Leap-day birthdays fall on the 28th in common years.
        assert_eq!(
            next_birthday(day(1988, 2, 29), day(2026, 2, 1)),
            Some(day(2026, 2, 28))
        );
        assert_eq!(
            next_birthday(day(1988, 2, 29), day(2028, 2, 1)),
            Some(day(2028, 2, 29))
        );
    }

    fn standing(f: ClientFacts, today: NaiveDate) -> Standing {
        let market = Market {
            buyers_in_window: 10,
            spend_in_window_cents: 100_000,
        };
        Standing::assess(
            &ClassificationRules::default(),
            &LoyaltyRules::default(),
            f,
            market,
            today,
        )
    }

    #[test]
    fn to_do_groups_follow_quadrant_complaints_volume_and_birthday() {
        let today = day(2026, 11, 22);
        let base = ClientFacts {
            client_id: 7,
            name: "Luis".into(),
            first_purchase: Some(day(2020, 1, 1)),
            last_purchase: Some(day(2026, 11, 1)),
            purchases_in_window: 12,
            spend_in_window_cents: 10_000,
            gap_sum: -3,
            valuations: 3,
            open_complaints: 1,
            ..Default::default()
        };
        let hostage = standing(base.clone(), today);
        assert_eq!(hostage.loyalty.quadrant, Quadrant::Hostage);
        assert!(hostage.todo.contains(ToDo::HostageComplaints));
        assert!(!hostage.todo.contains(ToDo::Birthdays));

        let answered = standing(
            ClientFacts {
                open_complaints: 0,
                ..base.clone()
            },
            today,
        );
        assert_eq!(answered.todo, ToDoSet::default());

        let lapsed = standing(
            ClientFacts {
                last_purchase: Some(day(2026, 3, 1)),
                purchases_in_window: 2,
                spend_in_window_cents: 30_000,
                gap_sum: 0,
                birthday: Some(day(1970, 11, 28)),
                ..base.clone()
            },
            today,
        );
        assert_eq!(lapsed.loyalty.quadrant, Quadrant::Mercenary);
        for group in [ToDo::MercenariesToBond, ToDo::WinBack, ToDo::Birthdays] {
            assert!(lapsed.todo.contains(group), "{group:?}");
        }
        assert_eq!(lapsed.birthday_this_week, Some(day(2026, 11, 28)));
        let yearless = crate::domain::dates::yearless(11, 28).expect("day");
        assert_eq!(
            next_birthday(yearless, day(2026, 11, 27)),
            Some(day(2026, 11, 28)),
            "a birthday without a year comes round too"
        );
        let next_week = standing(
            ClientFacts {
                birthday: Some(day(1970, 11, 29)),
                ..base
            },
            today,
        );
        assert!(!next_week.todo.contains(ToDo::Birthdays), "7 days away");
    }
}
