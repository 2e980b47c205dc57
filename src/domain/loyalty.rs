//! Loyalty (DOMAIN.md "Loyalty"): the quadrant of satisfaction × bond and the four
//! conditions of loyalty, computed from the same facts as the classification.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::attributes::coded;
use super::classification::{
    Classification, ClientFacts, Frequency, Lifecycle, Satisfaction, class_enum,
};

/// The thresholds of loyalty; the `[loyalty]` table of the config.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LoyaltyRules {
    /// Months since the first purchase for a client to be bonded and to endure.
    pub bond_months: u32,
}

impl Default for LoyaltyRules {
    fn default() -> Self {
        Self { bond_months: 12 }
    }
}

class_enum! {
    /// Where a client stands: satisfaction × bond.
    pub enum Quadrant {
        /// Satisfied and bonded (apóstol): speaks well of the shop.
        Apostle,
        /// Satisfied, not bonded (mercenario): leaves for any better offer.
        Mercenary,
        /// Bonded, not satisfied (rehén): stays but suffers.
        Hostage,
        /// Neither (terrorista): speaks badly of the shop.
        Terrorist,
        /// No valuation yet: satisfaction is unknown.
        Unknown,
    }
}

class_enum! {
    /// What the shop should do about a client of each quadrant.
    pub enum SuggestedAction {
        /// Apostles: ask them to recommend the shop.
        AskForReferrals,
        /// Mercenaries: build a bond (the loyalty card, personal attention).
        BuildBond,
        /// Hostages: fix what is wrong before anything else.
        FixFirst,
        /// Terrorists: try to recover them, or let them go.
        RecoverOrLetGo,
        /// Unknown: ask for a valuation.
        AskForValuation,
    }
}

impl Quadrant {
    /// The quadrant of a client: unknown while satisfaction is unknown (`None`).
    pub fn of(satisfied: Option<bool>, bonded: bool) -> Quadrant {
        match (satisfied, bonded) {
            (None, _) => Quadrant::Unknown,
            (Some(true), true) => Quadrant::Apostle,
            (Some(true), false) => Quadrant::Mercenary,
            (Some(false), true) => Quadrant::Hostage,
            (Some(false), false) => Quadrant::Terrorist,
        }
    }

    /// What to do about the clients of this quadrant.
    pub fn action(self) -> SuggestedAction {
        match self {
            Quadrant::Apostle => SuggestedAction::AskForReferrals,
            Quadrant::Mercenary => SuggestedAction::BuildBond,
            Quadrant::Hostage => SuggestedAction::FixFirst,
            Quadrant::Terrorist => SuggestedAction::RecoverOrLetGo,
            Quadrant::Unknown => SuggestedAction::AskForValuation,
        }
    }
}

/// The four conditions of loyalty; `None` where the log cannot tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Conditions {
    /// Favourable predisposition: satisfied or delighted (unknown without valuations).
    pub predisposition: Option<bool>,
    /// Buys and uses: active.
    pub buys: bool,
    /// Endures over time: first purchase at least `bond_months` ago and purchases in
    /// two or more calendar quarters.
    pub endures: bool,
    /// Profitable: margin in the window above zero (unknown without margins).
    pub profitable: Option<bool>,
}

impl Conditions {
    /// All four hold.
    pub fn loyal(&self) -> bool {
        self.predisposition == Some(true)
            && self.buys
            && self.endures
            && self.profitable == Some(true)
    }

    /// The first three hold but the margin says the client costs money (fiel pero no
    /// rentable).
    pub fn loyal_but_not_profitable(&self) -> bool {
        self.predisposition == Some(true)
            && self.buys
            && self.endures
            && self.profitable == Some(false)
    }
}

/// A client's loyalty as of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Loyalty {
    /// Satisfaction × bond.
    pub quadrant: Quadrant,
    /// Programme member, or frequent/habitual for at least `bond_months`.
    pub bonded: bool,
    /// Satisfied or delighted; `None` while unknown.
    pub satisfied: Option<bool>,
    /// Programme member as of the day.
    pub member: bool,
    /// The four conditions.
    pub conditions: Conditions,
}

impl Loyalty {
    /// All four conditions hold.
    pub fn loyal(&self) -> bool {
        self.conditions.loyal()
    }

    /// What to do about this client.
    pub fn action(&self) -> SuggestedAction {
        self.quadrant.action()
    }
}

/// The calendar quarter of a day: its year and 1–4.
pub fn quarter(day: NaiveDate) -> (i32, u32) {
    (day.year(), day.month0() / 3 + 1)
}

impl LoyaltyRules {
    /// The latest first-purchase day that is at least `bond_months` before `today`.
    pub fn bond_cutoff(&self, today: NaiveDate) -> NaiveDate {
        today
            .checked_sub_months(Months::new(self.bond_months))
            .unwrap_or(NaiveDate::MIN)
    }

    /// Whether a first purchase on `first` is old enough to bond and endure.
    fn old_enough(&self, first: Option<NaiveDate>, today: NaiveDate) -> bool {
        first.is_some_and(|first| first <= self.bond_cutoff(today))
    }

    /// The loyalty of a client with these facts and classes as of `today`.
    ///
    /// Purchases fall in two or more quarters exactly when the first and the last do
    /// not share a quarter, so the first and last purchase days are all it takes.
    pub fn assess(&self, facts: &ClientFacts, class: &Classification, today: NaiveDate) -> Loyalty {
        let satisfied = match class.satisfaction {
            Satisfaction::Unknown => None,
            Satisfaction::Delighted | Satisfaction::Satisfied => Some(true),
            Satisfaction::Dissatisfied => Some(false),
        };
        let member = facts.member_since.is_some_and(|since| since <= today);
        let old_enough = self.old_enough(facts.first_purchase, today);
        let regular = matches!(class.frequency, Frequency::Frequent | Frequency::Habitual);
        let bonded = member || (regular && old_enough);
        let two_quarters = match (facts.first_purchase, facts.last_purchase) {
            (Some(first), Some(last)) => quarter(first) != quarter(last),
            _ => false,
        };
        let conditions = Conditions {
            predisposition: satisfied,
            buys: class.lifecycle == Lifecycle::Active,
            endures: old_enough && two_quarters,
            profitable: facts.margin_in_window_cents.map(|m| m > 0),
        };
        Loyalty {
            quadrant: Quadrant::of(satisfied, bonded),
            bonded,
            satisfied,
            member,
            conditions,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ClassificationRules, Market};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn today() -> NaiveDate {
        day(2026, 11, 22)
    }

    /// A client with `purchases` in the window, first and last purchase on those days,
    /// and `gaps` as the valuations.
    fn facts(first: Option<NaiveDate>, last: Option<NaiveDate>, purchases: u32) -> ClientFacts {
        ClientFacts {
            client_id: 1,
            name: "Ana".into(),
            first_purchase: first,
            last_purchase: last,
            purchases_in_window: purchases,
            spend_in_window_cents: i64::from(purchases) * 1_000,
            gap_sum: 0,
            valuations: 1,
            ..Default::default()
        }
    }

    fn assess(f: &ClientFacts) -> Loyalty {
        let market = Market {
            buyers_in_window: 1,
            spend_in_window_cents: f.spend_in_window_cents.max(1),
        };
        let class = ClassificationRules::default().classify(f, market, today());
        LoyaltyRules::default().assess(f, &class, today())
    }

    #[test]
    fn bond_starts_exactly_twelve_months_after_the_first_purchase() {
        let recent = Some(day(2026, 11, 1));
        let on_the_day = assess(&facts(Some(day(2025, 11, 22)), recent, 4));
        assert!(on_the_day.bonded, "first purchase exactly 12 months ago");
        assert_eq!(on_the_day.quadrant, Quadrant::Apostle);
        let a_day_late = assess(&facts(Some(day(2025, 11, 23)), recent, 4));
        assert!(!a_day_late.bonded, "12 months less a day");
        assert_eq!(a_day_late.quadrant, Quadrant::Mercenary);
        assert!(!a_day_late.conditions.endures);
        // Old enough but only occasional: not bonded by purchases.
        let occasional = assess(&facts(Some(day(2020, 1, 1)), recent, 3));
        assert!(!occasional.bonded);
        assert!(occasional.conditions.endures, "still endures");
    }

    #[test]
    fn the_bond_cutoff_keeps_month_ends() {
        let rules = LoyaltyRules::default();
        assert_eq!(rules.bond_cutoff(day(2028, 2, 29)), day(2027, 2, 28));
        assert_eq!(rules.bond_cutoff(day(2026, 3, 31)), day(2025, 3, 31));
    }

    #[test]
    fn enduring_needs_two_distinct_quarters() {
        // Two purchases in one quarter (Q4 2024), first purchase long enough ago.
        let one_quarter = assess(&facts(Some(day(2024, 10, 1)), Some(day(2024, 12, 31)), 0));
        assert!(!one_quarter.conditions.endures);
        // A day apart, but across a quarter boundary.
        let two_quarters = assess(&facts(Some(day(2024, 9, 30)), Some(day(2024, 10, 1)), 0));
        assert!(two_quarters.conditions.endures);
        // Same quarter of different years are different quarters.
        let years = assess(&facts(Some(day(2024, 11, 1)), Some(day(2025, 11, 1)), 0));
        assert!(years.conditions.endures);
        assert_eq!(quarter(day(2024, 3, 31)), (2024, 1));
        assert_eq!(quarter(day(2024, 4, 1)), (2024, 2));
    }

    #[test]
    fn a_member_without_purchases_is_bonded_but_does_not_buy() {
        let mut f = facts(None, None, 0);
        f.member_since = Some(day(2026, 1, 10));
        let l = assess(&f);
        assert!(l.member && l.bonded);
        assert_eq!(l.quadrant, Quadrant::Apostle);
        assert_eq!(
            l.conditions,
            Conditions {
                predisposition: Some(true),
                buys: false,
                endures: false,
                profitable: None
            }
        );
        assert!(!l.loyal());
        // Joining after the as-of day does not count yet.
        f.member_since = Some(day(2026, 11, 23));
        assert!(!assess(&f).member);
    }

    #[test]
    fn without_valuations_the_quadrant_is_unknown() {
        let mut f = facts(Some(day(2020, 1, 1)), Some(day(2026, 11, 1)), 12);
        f.valuations = 0;
        let l = assess(&f);
        assert_eq!(l.quadrant, Quadrant::Unknown);
        assert_eq!(l.action(), SuggestedAction::AskForValuation);
        assert_eq!(l.satisfied, None);
        assert_eq!(l.conditions.predisposition, None);
        assert!(l.bonded, "bond does not depend on valuations");
    }

    #[test]
    fn dissatisfied_clients_are_hostages_or_terrorists() {
        let mut f = facts(Some(day(2020, 1, 1)), Some(day(2026, 11, 1)), 12);
        f.gap_sum = -2;
        assert_eq!(assess(&f).quadrant, Quadrant::Hostage);
        assert_eq!(assess(&f).action(), SuggestedAction::FixFirst);
        f.purchases_in_window = 1;
        assert_eq!(assess(&f).quadrant, Quadrant::Terrorist);
    }

    #[test]
    fn profit_is_unknown_without_margins_and_flags_loyal_but_not_profitable() {
        let mut f = facts(Some(day(2020, 1, 1)), Some(day(2026, 11, 1)), 12);
        assert_eq!(assess(&f).conditions.profitable, None);
        assert!(!assess(&f).loyal(), "unknown profit is not loyal");
        f.margin_in_window_cents = Some(1);
        assert!(assess(&f).loyal());
        assert!(!assess(&f).conditions.loyal_but_not_profitable());
        f.margin_in_window_cents = Some(0);
        let l = assess(&f);
        assert!(!l.loyal());
        assert!(l.conditions.loyal_but_not_profitable());
    }
}
