//! Classification (DOMAIN.md): computed from the log as of a given day, never typed.
//!
//! The store gathers each client's facts with SQL aggregates; the rules here turn
//! facts into classes, so every boundary is a pure function of numbers and dates.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::attributes::coded;
use super::client::ClientId;

/// The thresholds of the classification; the `[classification]` table of the config.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ClassificationRules {
    /// A date is in the window when at most this many days before today.
    pub window_days: u32,
    /// Active when the last purchase is at most this many days old.
    pub active_days: u32,
    /// Purchases in the window to be frequent.
    pub frequent_min: u32,
    /// Purchases in the window to be habitual.
    pub habitual_min: u32,
    /// Spend ratio to the mean for high volume.
    pub volume_high_ratio: f64,
    /// Spend ratio to the mean below which volume is low.
    pub volume_low_ratio: f64,
    /// How many of the latest valuations count for satisfaction.
    pub satisfaction_last: u32,
    /// Mean gap at or above which the client is delighted.
    pub delighted_gap: f64,
    /// Mean gap at or below which the client is dissatisfied.
    pub dissatisfied_gap: f64,
}

impl Default for ClassificationRules {
    fn default() -> Self {
        Self {
            window_days: 365,
            active_days: 180,
            frequent_min: 12,
            habitual_min: 4,
            volume_high_ratio: 1.5,
            volume_low_ratio: 0.75,
            satisfaction_last: 3,
            delighted_gap: 0.5,
            dissatisfied_gap: -0.5,
        }
    }
}

/// Derives shared by every computed class: ordered, coded, serialised as snake_case.
macro_rules! class_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[derive(EnumString, IntoStaticStr, EnumIter)]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),* }
        coded!($name);
    };
}
pub(crate) use class_enum;

class_enum! {
    /// Where the client is in their life with the shop.
    pub enum Lifecycle {
        /// Bought recently.
        Active,
        /// Bought, but not recently.
        Inactive,
        /// Never bought.
        Potential,
    }
}

class_enum! {
    /// Purchases in the window.
    pub enum Frequency {
        /// At least `frequent_min`.
        Frequent,
        /// At least `habitual_min`.
        Habitual,
        /// At least one.
        Occasional,
        /// None.
        None,
    }
}

class_enum! {
    /// Spend in the window against the mean of the clients who bought.
    pub enum Volume {
        /// Ratio at least `volume_high_ratio`.
        High,
        /// Between the two.
        Average,
        /// Ratio below `volume_low_ratio`.
        Low,
        /// No purchase in the window.
        None,
    }
}

class_enum! {
    /// Mean gap (perceived − expected) of the latest valuations.
    pub enum Satisfaction {
        /// The shop exceeded expectations (complacido).
        Delighted,
        /// Met them (satisfecho).
        Satisfied,
        /// Fell short (insatisfecho).
        Dissatisfied,
        /// No valuation yet.
        Unknown,
    }
}

/// What the log says about one client as of a day: the input of the rules.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientFacts {
    /// The client.
    pub client_id: ClientId,
    /// Their name.
    pub name: String,
    /// Day of the first purchase on or before today.
    pub first_purchase: Option<NaiveDate>,
    /// Day of the last purchase on or before today.
    pub last_purchase: Option<NaiveDate>,
    /// Day of the last purchase on or before the same day a year earlier: the client's
    /// lifecycle then, for retention and conversion.
    pub last_purchase_a_year_ago: Option<NaiveDate>,
    /// Purchases in the window.
    pub purchases_in_window: u32,
    /// Spend in the window, cents.
    pub spend_in_window_cents: i64,
    /// Margin of the purchases in the window, cents; `None` when none recorded one.
    pub margin_in_window_cents: Option<i64>,
    /// Sum of the gaps of the latest valuations.
    pub gap_sum: i64,
    /// How many valuations that sum covers (at most `satisfaction_last`).
    pub valuations: u32,
    /// Clients this one referred (created on or before today).
    pub referrals: u32,
    /// Complaints made on or before today and not answered by then.
    pub open_complaints: u32,
    /// Loyalty programme join date.
    pub member_since: Option<NaiveDate>,
    /// Birthday, for the week's greetings.
    pub birthday: Option<NaiveDate>,
    /// Day the card was created.
    pub created_on: NaiveDate,
}

/// The shop as a whole in the window: what volume is measured against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Market {
    /// Clients with at least one purchase in the window.
    pub buyers_in_window: u32,
    /// Their total spend in the window, cents.
    pub spend_in_window_cents: i64,
}

/// A client's classification as of a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classification {
    /// The client.
    pub client_id: ClientId,
    /// Their name.
    pub name: String,
    /// Potential, active or inactive.
    pub lifecycle: Lifecycle,
    /// Purchases in the window, as a class.
    pub frequency: Frequency,
    /// Spend in the window against the mean, as a class.
    pub volume: Volume,
    /// Latest valuations, as a class.
    pub satisfaction: Satisfaction,
    /// Mean gap of the latest valuations.
    pub satisfaction_gap: Option<f64>,
    /// Purchases in the window.
    pub purchases_in_window: u32,
    /// Spend in the window, cents.
    pub spend_in_window_cents: i64,
    /// Day of the last purchase.
    pub last_purchase: Option<NaiveDate>,
    /// Clients this one referred.
    pub referrals: u32,
}

impl ClassificationRules {
    /// The first day of the window that ends `today`.
    pub fn window_start(&self, today: NaiveDate) -> NaiveDate {
        today
            .checked_sub_days(Days::new(u64::from(self.window_days)))
            .unwrap_or(NaiveDate::MIN)
    }

    /// Potential without purchases; active when the last is at most `active_days` old.
    pub fn lifecycle(&self, last_purchase: Option<NaiveDate>, today: NaiveDate) -> Lifecycle {
        match last_purchase {
            None => Lifecycle::Potential,
            Some(last) if (today - last).num_days() <= i64::from(self.active_days) => {
                Lifecycle::Active
            }
            Some(_) => Lifecycle::Inactive,
        }
    }

    /// The frequency class of `purchases` in the window.
    pub fn frequency(&self, purchases: u32) -> Frequency {
        match purchases {
            n if n >= self.frequent_min => Frequency::Frequent,
            n if n >= self.habitual_min => Frequency::Habitual,
            0 => Frequency::None,
            _ => Frequency::Occasional,
        }
    }

    /// The volume class of a client's spend against the market. The ratio is compared
    /// without dividing (spend × buyers against threshold × total), so 0.75 and 1.5
    /// fall exactly on their side. When nobody spent anything, everyone is average.
    pub fn volume(&self, purchases: u32, spend_cents: i64, market: Market) -> Volume {
        if purchases == 0 {
            return Volume::None;
        }
        if market.spend_in_window_cents <= 0 || market.buyers_in_window == 0 {
            return Volume::Average;
        }
        let scaled = spend_cents as f64 * market.buyers_in_window as f64;
        let total = market.spend_in_window_cents as f64;
        if scaled >= self.volume_high_ratio * total {
            Volume::High
        } else if scaled < self.volume_low_ratio * total {
            Volume::Low
        } else {
            Volume::Average
        }
    }

    /// The satisfaction class and mean gap of `valuations` whose gaps add to `gap_sum`.
    pub fn satisfaction(&self, gap_sum: i64, valuations: u32) -> (Satisfaction, Option<f64>) {
        if valuations == 0 {
            return (Satisfaction::Unknown, None);
        }
        let mean = gap_sum as f64 / f64::from(valuations);
        let class = if mean >= self.delighted_gap {
            Satisfaction::Delighted
        } else if mean <= self.dissatisfied_gap {
            Satisfaction::Dissatisfied
        } else {
            Satisfaction::Satisfied
        };
        (class, Some(mean))
    }

    /// Every class of one client.
    pub fn classify(
        &self,
        facts: &ClientFacts,
        market: Market,
        today: NaiveDate,
    ) -> Classification {
        let (satisfaction, satisfaction_gap) = self.satisfaction(facts.gap_sum, facts.valuations);
        Classification {
            lifecycle: self.lifecycle(facts.last_purchase, today),
            frequency: self.frequency(facts.purchases_in_window),
            volume: self.volume(
                facts.purchases_in_window,
                facts.spend_in_window_cents,
                market,
            ),
            satisfaction,
            satisfaction_gap,
            client_id: facts.client_id,
            name: facts.name.clone(),
            purchases_in_window: facts.purchases_in_window,
            spend_in_window_cents: facts.spend_in_window_cents,
            last_purchase: facts.last_purchase,
            referrals: facts.referrals,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
    }

    fn days_ago(n: u64) -> NaiveDate {
        today().checked_sub_days(Days::new(n)).expect("date")
    }

    #[test]
    fn lifecycle_at_179_180_181_days() {
        let r = ClassificationRules::default();
        assert_eq!(r.lifecycle(None, today()), Lifecycle::Potential);
        assert_eq!(r.lifecycle(Some(days_ago(0)), today()), Lifecycle::Active);
        assert_eq!(r.lifecycle(Some(days_ago(179)), today()), Lifecycle::Active);
        assert_eq!(r.lifecycle(Some(days_ago(180)), today()), Lifecycle::Active);
        assert_eq!(
            r.lifecycle(Some(days_ago(181)), today()),
            Lifecycle::Inactive
        );
    }

    #[test]
    fn frequency_at_0_1_3_4_11_12() {
        let r = ClassificationRules::default();
        let classes: Vec<_> = [0, 1, 3, 4, 11, 12, 40].map(|n| r.frequency(n)).into();
        use Frequency::*;
        assert_eq!(
            classes,
            [
                None, Occasional, Occasional, Habitual, Habitual, Frequent, Frequent
            ]
        );
    }

    #[test]
    fn volume_ratio_exactly_075_and_15() {
        let r = ClassificationRules::default();
        // Four buyers spent 400,00 € in all: the mean is 100,00 €.
        let market = Market {
            buyers_in_window: 4,
            spend_in_window_cents: 40_000,
        };
        assert_eq!(r.volume(1, 15_000, market), Volume::High, "ratio 1.5");
        assert_eq!(
            r.volume(1, 14_999, market),
            Volume::Average,
            "just under 1.5"
        );
        assert_eq!(r.volume(1, 7_500, market), Volume::Average, "ratio 0.75");
        assert_eq!(r.volume(1, 7_499, market), Volume::Low, "just under 0.75");
        assert_eq!(r.volume(0, 0, market), Volume::None);
        // A mean that is not a whole number of cents: 3 buyers, 100,00 € in all.
        let odd = Market {
            buyers_in_window: 3,
            spend_in_window_cents: 10_000,
        };
        assert_eq!(
            r.volume(1, 5_000, odd),
            Volume::High,
            "50,00 is exactly 1.5 × 33,33…"
        );
        assert_eq!(
            r.volume(1, 2_500, odd),
            Volume::Average,
            "25,00 is exactly 0.75 × 33,33…"
        );
        assert_eq!(
            r.volume(
                2,
                0,
                Market {
                    buyers_in_window: 2,
                    spend_in_window_cents: 0
                }
            ),
            Volume::Average
        );
    }

    #[test]
    fn satisfaction_mean_gap_exactly_plus_minus_half() {
        let r = ClassificationRules::default();
        assert_eq!(r.satisfaction(0, 0), (Satisfaction::Unknown, None));
        assert_eq!(r.satisfaction(1, 2), (Satisfaction::Delighted, Some(0.5)));
        assert_eq!(r.satisfaction(1, 3).0, Satisfaction::Satisfied, "+0.33");
        assert_eq!(
            r.satisfaction(-1, 2),
            (Satisfaction::Dissatisfied, Some(-0.5))
        );
        assert_eq!(r.satisfaction(-1, 3).0, Satisfaction::Satisfied, "-0.33");
        assert_eq!(r.satisfaction(0, 3), (Satisfaction::Satisfied, Some(0.0)));
        assert_eq!(r.satisfaction(6, 3).0, Satisfaction::Delighted);
    }

    #[test]
    fn thresholds_come_from_the_rules() {
        let r = ClassificationRules {
            active_days: 30,
            frequent_min: 2,
            habitual_min: 2,
            ..Default::default()
        };
        assert_eq!(
            r.lifecycle(Some(days_ago(31)), today()),
            Lifecycle::Inactive
        );
        assert_eq!(r.frequency(2), Frequency::Frequent);
        assert_eq!(r.window_start(today()), days_ago(365));
    }
}
