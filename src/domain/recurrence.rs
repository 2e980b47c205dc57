//! How an appointment repeats: daily, weekly, monthly or yearly, every `interval`
//! periods, until a date, for a count, or for ever.
//!
//! The rules follow RFC 5545 so that an exported RRULE means what the program shows:
//! occurrences keep the wall-clock time of the first one (a 10:00 meeting stays at
//! 10:00 across a change to summer time); a monthly series started on the 31st skips
//! the months without one, and a yearly one started on 29 February the years without
//! one; a count counts the occurrences that happen (cancelled ones included, as
//! RFC 5545 applies COUNT before EXDATE); `until` is a date, inclusive.

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::attributes::coded_enum;

coded_enum! {
    /// The period of a series.
    pub enum Repeat {
        /// Every day.
        Daily,
        /// Every week, on the first one's weekday.
        Weekly,
        /// Every month, on the first one's day of the month.
        Monthly,
        /// Every year, on the first one's day and month.
        Yearly,
    }
}

/// When a series stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepeatEnd {
    /// Never.
    Never,
    /// After the last occurrence on or before this day.
    Until(NaiveDate),
    /// After this many occurrences.
    Count(u32),
}

/// A repetition rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    /// The period.
    pub repeat: Repeat,
    /// Every how many periods (1: every one).
    pub interval: u32,
    /// When it stops.
    pub end: RepeatEnd,
}

/// Why a series' rule was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecurrenceError {
    /// Every 0 periods.
    #[error("a series repeats every 1 or more periods")]
    NoInterval,
    /// Every more than [`MAX_INTERVAL`] periods.
    #[error("a series repeats at most every {MAX_INTERVAL} periods, not {0}")]
    IntervalTooLarge(u32),
    /// A count of 0.
    #[error("a series has at least one occurrence")]
    NoOccurrence,
    /// A count over [`MAX_COUNT`].
    #[error("a series has at most {MAX_COUNT} occurrences, not {0}")]
    TooMany(u32),
    /// The last day before the first.
    #[error("the series ends ({until}) before it starts ({first})")]
    EndsBeforeStart {
        /// The last day typed.
        until: NaiveDate,
        /// The first occurrence's day.
        first: NaiveDate,
    },
}

/// The n-th step of a series: an occurrence, a day the calendar lacks (skipped), or
/// past the calendar's range (the series stops).
enum Step {
    At(NaiveDateTime),
    Skipped,
    Beyond,
}

/// The most occurrences a series may be given: a daily series over 27 years.
pub const MAX_COUNT: u32 = 10_000;

/// The longest step of a series, in its periods.
pub const MAX_INTERVAL: u32 = 1_000;

impl Recurrence {
    /// Every period, ending at `end`.
    pub fn new(repeat: Repeat, end: RepeatEnd) -> Self {
        Self {
            repeat,
            interval: 1,
            end,
        }
    }

    /// Checks the rule against the first occurrence's day.
    pub fn validate(&self, first: NaiveDate) -> Result<(), RecurrenceError> {
        if self.interval == 0 {
            return Err(RecurrenceError::NoInterval);
        }
        if self.interval > MAX_INTERVAL {
            return Err(RecurrenceError::IntervalTooLarge(self.interval));
        }
        match self.end {
            RepeatEnd::Count(0) => Err(RecurrenceError::NoOccurrence),
            RepeatEnd::Count(n) if n > MAX_COUNT => Err(RecurrenceError::TooMany(n)),
            RepeatEnd::Until(until) if until < first => {
                Err(RecurrenceError::EndsBeforeStart { until, first })
            }
            _ => Ok(()),
        }
    }

    /// Days between two steps of a daily or weekly series.
    fn fixed_days(&self) -> Option<i64> {
        match self.repeat {
            Repeat::Daily => Some(i64::from(self.interval)),
            Repeat::Weekly => Some(7 * i64::from(self.interval)),
            Repeat::Monthly | Repeat::Yearly => None,
        }
    }

    fn step(&self, first: NaiveDateTime, n: u64) -> Step {
        if let Some(days) = self.fixed_days() {
            let Some(offset) = i64::try_from(n).ok().and_then(|n| n.checked_mul(days)) else {
                return Step::Beyond;
            };
            return Duration::try_days(offset)
                .and_then(|d| first.checked_add_signed(d))
                .map_or(Step::Beyond, Step::At);
        }
        let per = if self.repeat == Repeat::Yearly { 12 } else { 1 };
        let Some(months) = u32::try_from(n * u64::from(self.interval) * per).ok() else {
            return Step::Beyond;
        };
        // The first day of the target month, then the first one's day in it, if any.
        let Some(month) = first
            .date()
            .with_day(1)
            .and_then(|d| d.checked_add_months(Months::new(months)))
        else {
            return Step::Beyond;
        };
        match month.with_day(first.day()) {
            Some(day) => Step::At(day.and_time(first.time())),
            None => Step::Skipped,
        }
    }

    /// The starts of the series from the first one, in order, as long as it lasts.
    pub fn starts(&self, first: NaiveDateTime) -> impl Iterator<Item = NaiveDateTime> + '_ {
        self.starts_from(first, 0, 0)
    }

    /// The starts from step `n`, `done` occurrences having happened before it.
    fn starts_from(
        &self,
        first: NaiveDateTime,
        n: u64,
        done: u64,
    ) -> impl Iterator<Item = NaiveDateTime> + '_ {
        let mut n = n;
        let mut done = done;
        std::iter::from_fn(move || {
            loop {
                if let RepeatEnd::Count(count) = self.end
                    && done >= u64::from(count)
                {
                    return None;
                }
                let step = self.step(first, n);
                n += 1;
                match step {
                    Step::Beyond => return None,
                    Step::Skipped => continue,
                    Step::At(at) => {
                        if let RepeatEnd::Until(until) = self.end
                            && at.date() > until
                        {
                            return None;
                        }
                        done += 1;
                        return Some(at);
                    }
                }
            }
        })
    }

    /// The starts in `from..to` (from inclusive, to exclusive).
    pub fn starts_between(
        &self,
        first: NaiveDateTime,
        from: NaiveDateTime,
        to: NaiveDateTime,
    ) -> Vec<NaiveDateTime> {
        // Daily and weekly series never skip, so the step before `from` is known
        // without walking from the first one: step n is also occurrence n.
        let skip = match self.fixed_days() {
            Some(days) if from > first => ((from - first).num_days() / days).max(0) as u64,
            _ => 0,
        };
        self.starts_from(first, skip, skip)
            .skip_while(|s| *s < from)
            .take_while(|s| *s < to)
            .collect()
    }

    /// How many occurrences the series has from `first`, or `None` when it has no end.
    pub fn count(&self, first: NaiveDateTime) -> Option<usize> {
        (self.end != RepeatEnd::Never).then(|| self.starts(first).count())
    }

    /// The start of the last occurrence, or `None` for a series without an end.
    pub fn last_start(&self, first: NaiveDateTime) -> Option<NaiveDateTime> {
        match self.end {
            RepeatEnd::Never => None,
            RepeatEnd::Count(_) => self.starts(first).last(),
            RepeatEnd::Until(until) => {
                let after = until.succ_opt()?.and_time(first.time());
                let from = match self.fixed_days() {
                    // Walk only the last stretch of a long daily series.
                    Some(days) => after - Duration::days(days),
                    None => first,
                };
                self.starts_between(first, from.max(first), after)
                    .pop()
                    .or(Some(first))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, 0, 0))
            .expect("valid test time")
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        at(y, m, d, 0).date()
    }

    fn take(r: Recurrence, first: NaiveDateTime, n: usize) -> Vec<NaiveDateTime> {
        r.starts(first).take(n).collect()
    }

    #[test]
    fn daily_and_weekly_keep_the_time_across_the_change_to_summer_time() {
        // Madrid moves its clocks on 29 March 2026: the 10:00 stays 10:00.
        let daily = Recurrence::new(Repeat::Daily, RepeatEnd::Count(3));
        assert_eq!(
            take(daily, at(2026, 3, 28, 10), 9),
            vec![
                at(2026, 3, 28, 10),
                at(2026, 3, 29, 10),
                at(2026, 3, 30, 10)
            ]
        );
        let weekly = Recurrence {
            interval: 2,
            ..Recurrence::new(Repeat::Weekly, RepeatEnd::Until(day(2026, 4, 13)))
        };
        assert_eq!(
            take(weekly, at(2026, 3, 16, 10), 9),
            vec![
                at(2026, 3, 16, 10),
                at(2026, 3, 30, 10),
                at(2026, 4, 13, 10)
            ]
        );
    }

    #[test]
    fn monthly_on_the_31st_skips_short_months_and_counts_only_real_ones() {
        let r = Recurrence::new(Repeat::Monthly, RepeatEnd::Count(4));
        assert_eq!(
            take(r, at(2026, 1, 31, 9), 9),
            vec![
                at(2026, 1, 31, 9),
                at(2026, 3, 31, 9),
                at(2026, 5, 31, 9),
                at(2026, 7, 31, 9)
            ]
        );
        assert_eq!(r.last_start(at(2026, 1, 31, 9)), Some(at(2026, 7, 31, 9)));
    }

    #[test]
    fn yearly_on_29_february_falls_only_in_leap_years() {
        let r = Recurrence::new(Repeat::Yearly, RepeatEnd::Until(day(2036, 12, 31)));
        assert_eq!(
            take(r, at(2024, 2, 29, 0), 9),
            vec![
                at(2024, 2, 29, 0),
                at(2028, 2, 29, 0),
                at(2032, 2, 29, 0),
                at(2036, 2, 29, 0)
            ]
        );
    }

    #[test]
    fn until_is_inclusive_and_a_window_is_start_inclusive_end_exclusive() {
        let r = Recurrence::new(Repeat::Daily, RepeatEnd::Until(day(2026, 1, 10)));
        let first = at(2026, 1, 1, 18);
        assert_eq!(r.last_start(first), Some(at(2026, 1, 10, 18)));
        assert_eq!(r.starts(first).count(), 10);
        assert_eq!(
            r.starts_between(first, at(2026, 1, 4, 18), at(2026, 1, 6, 18)),
            vec![at(2026, 1, 4, 18), at(2026, 1, 5, 18)]
        );
        // A window far into a long series jumps there without changing the answer.
        let forever = Recurrence::new(Repeat::Daily, RepeatEnd::Never);
        assert_eq!(
            forever.starts_between(first, at(2030, 6, 1, 0), at(2030, 6, 3, 0)),
            vec![at(2030, 6, 1, 18), at(2030, 6, 2, 18)]
        );
        assert_eq!(forever.last_start(first), None);
        let counted = Recurrence::new(Repeat::Weekly, RepeatEnd::Count(3));
        assert_eq!(
            counted.starts_between(first, at(2026, 1, 9, 0), at(2026, 12, 1, 0)),
            vec![at(2026, 1, 15, 18)]
        );
    }

    #[test]
    fn rules_that_make_no_sense_are_refused() {
        let first = day(2026, 5, 1);
        assert!(
            Recurrence::new(Repeat::Daily, RepeatEnd::Count(0))
                .validate(first)
                .is_err()
        );
        assert!(
            Recurrence::new(Repeat::Daily, RepeatEnd::Until(day(2026, 4, 30)))
                .validate(first)
                .is_err()
        );
        let zero = Recurrence {
            interval: 0,
            ..Recurrence::new(Repeat::Weekly, RepeatEnd::Never)
        };
        assert!(zero.validate(first).is_err());
        assert!(
            Recurrence::new(Repeat::Daily, RepeatEnd::Until(first))
                .validate(first)
                .is_ok()
        );
    }

    #[test]
    fn a_series_stops_at_the_end_of_the_calendar() {
        let r = Recurrence::new(Repeat::Yearly, RepeatEnd::Never);
        let n = r.starts(at(262_000, 1, 1, 0)).count();
        assert!(n < 200, "{n}");
    }
}
