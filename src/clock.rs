//! "Now" and "today", injected: the real clock in production, a fixed day in tests
//! (`--today` / `CLIENTELA_TODAY`, a day or a day and time), so every date rule is deterministic.

use chrono::{Local, NaiveDate, NaiveDateTime, NaiveTime};

/// Where the program reads the time from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The system's local time.
    System,
    /// A fixed moment (`--today 2026-11-22` means noon of that day).
    Fixed(NaiveDateTime),
}

impl Clock {
    /// The current local date and time.
    pub fn now(self) -> NaiveDateTime {
        match self {
            Clock::System => Local::now().naive_local().with_nanosecond_zero(),
            Clock::Fixed(at) => at,
        }
    }

    /// A fixed clock at noon of `day`.
    pub fn noon(day: NaiveDate) -> Self {
        Clock::Fixed(day.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN)))
    }

    /// Today's date.
    pub fn today(self) -> NaiveDate {
        self.now().date()
    }
}

trait WithoutNanos {
    fn with_nanosecond_zero(self) -> Self;
}

impl WithoutNanos for NaiveDateTime {
    fn with_nanosecond_zero(self) -> Self {
        use chrono::Timelike;
        self.with_nanosecond(0).unwrap_or(self)
    }
}
