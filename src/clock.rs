//! "Now" and "today", injected: the real clock in production, read in the shop's time
//! zone (the config's `[agenda] time_zone`, not the machine's), and a fixed moment in
//! tests (`--today` / `CLIENTELA_TODAY`, a day or a day and time), so every date rule is
//! deterministic.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use chrono_tz::Tz;

/// Where the program reads the time from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The system's time, as a wall clock in the shop's time zone shows it.
    System(Tz),
    /// A fixed moment (`--today 2026-11-22` means noon of that day).
    Fixed(NaiveDateTime),
}

impl Clock {
    /// The current date and time in the shop's time zone, to the second.
    pub fn now(self) -> NaiveDateTime {
        match self {
            Clock::System(zone) => wall_clock(Utc::now(), zone),
            Clock::Fixed(at) => at,
        }
    }

    /// A fixed clock at noon of `day`.
    pub fn noon(day: NaiveDate) -> Self {
        Clock::Fixed(day.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN)))
    }

    /// Today's date in the shop.
    pub fn today(self) -> NaiveDate {
        self.now().date()
    }
}

/// What a wall clock in `zone` shows at the instant `at`, to the second.
pub fn wall_clock(at: DateTime<Utc>, zone: Tz) -> NaiveDateTime {
    let local = at.with_timezone(&zone).naive_local();
    local.with_nanosecond(0).unwrap_or(local)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_shops_day_turns_at_the_shops_midnight_whatever_the_machine_says() {
        let madrid = chrono_tz::Europe::Madrid;
        // 23:30 UTC on 27 November is 00:30 on the 28th in Madrid (UTC+1 in winter).
        let at = Utc
            .with_ymd_and_hms(2026, 11, 27, 23, 30, 0)
            .single()
            .expect("instant");
        let shop = wall_clock(at, madrid);
        assert_eq!(shop.to_string(), "2026-11-28 00:30:00");
        // In summer Madrid is UTC+2; the Canaries keep UTC+1.
        let at = Utc
            .with_ymd_and_hms(2026, 7, 1, 22, 15, 30)
            .single()
            .expect("instant");
        assert_eq!(wall_clock(at, madrid).to_string(), "2026-07-02 00:15:30");
        assert_eq!(
            wall_clock(at, chrono_tz::Atlantic::Canary).to_string(),
            "2026-07-01 23:15:30"
        );
    }
}
