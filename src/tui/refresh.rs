//! When to reload after another program wrote to the database: the clock's ticks say
//! whether anything changed since the last one; a reload waits for the writes to pause
//! (so a cron import that keeps writing does not cause reload after reload), but never
//! longer than a few seconds.

/// Time between two ticks of the clock, in milliseconds.
pub const TICK_MS: u64 = 250;

/// Ticks without a new write before reloading: the writes have paused.
const QUIET_TICKS: u32 = 1;

/// Ticks after the first write seen before reloading anyway, while writes go on.
const MAX_TICKS: u32 = 16;

/// The writes seen and not yet reloaded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Debounce {
    /// Ticks since the first write not reloaded, and ticks since the last one.
    pending: Option<(u32, u32)>,
}

impl Debounce {
    /// One tick: whether the database changed since the last one. Returns whether to
    /// reload now.
    pub fn tick(&mut self, changed: bool) -> bool {
        let (since_first, quiet) = match (self.pending, changed) {
            (None, false) => return false,
            (None, true) => (0, 0),
            (Some((first, _)), true) => (first + 1, 0),
            (Some((first, quiet)), false) => (first + 1, quiet + 1),
        };
        if quiet >= QUIET_TICKS || since_first >= MAX_TICKS {
            self.pending = None;
            true
        } else {
            self.pending = Some((since_first, quiet));
            false
        }
    }

    /// Forgets the writes seen: what they changed is being reloaded anyway.
    pub fn clear(&mut self) {
        self.pending = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_write_reloads_on_the_next_quiet_tick() {
        let mut d = Debounce::default();
        assert!(!d.tick(false));
        assert!(!d.tick(true), "the write is seen");
        assert!(d.tick(false), "nothing more: reload");
        assert!(!d.tick(false), "once");
    }

    #[test]
    fn writes_that_go_on_reload_every_few_seconds_not_on_every_tick() {
        let mut d = Debounce::default();
        let reloads: Vec<usize> = (0..40).filter(|_| d.tick(true)).collect();
        assert_eq!(reloads.len(), 2, "40 ticks of writes (10 s) reload twice");
        let gap = (MAX_TICKS + 1) as u64 * TICK_MS;
        assert!(gap <= 5_000, "a reload at least every {gap} ms");
    }
}
