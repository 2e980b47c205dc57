//! Clashes: two occurrences of one agenda that overlap in real time.
//!
//! Appointments hold wall-clock times; whether two of them overlap is decided on the
//! instants those times mean in the shop's time zone, so that the hour that does not
//! exist in spring and the hour that happens twice in autumn are counted as they are
//! lived. A time inside the spring gap is read with the offset before the gap (02:30 on
//! the last Sunday of March in Madrid is 03:30 summer time) and a time in the repeated
//! autumn hour as its first pass, both as RFC 5545 does. Back-to-back occurrences (one
//! ends 10:00, the next starts 10:00) do not clash; neither do cancelled or all-day
//! ones (an all-day entry marks the day, not its hours), nor two occurrences of the
//! same series.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use super::agenda::{AgendaId, AppointmentId, AppointmentStatus};

/// The instant a wall-clock time means in `zone`.
pub fn instant(zone: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // In a gap: the offset in force just before it. Gaps are at most a few hours.
            match zone.offset_from_local_datetime(&(local - Duration::hours(3))) {
                LocalResult::Single(o) | LocalResult::Ambiguous(_, o) => {
                    let east = Duration::seconds(i64::from(o.fix().local_minus_utc()));
                    (local - east).and_utc()
                }
                LocalResult::None => local.and_utc(),
            }
        }
    }
}

/// One occurrence as the clash check sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Its agenda.
    pub agenda_id: AgendaId,
    /// Its appointment.
    pub appointment_id: AppointmentId,
    /// Its original start: with the appointment, which occurrence this is.
    pub original: NaiveDateTime,
    /// When it starts, in real time.
    pub from: DateTime<Utc>,
    /// When it ends, in real time.
    pub to: DateTime<Utc>,
    /// Whether it takes time at all: not cancelled, not all-day.
    pub busy: bool,
}

impl Slot {
    /// The slot of an occurrence from wall-clock `start..end` in `zone`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        zone: Tz,
        agenda_id: AgendaId,
        appointment_id: AppointmentId,
        original: NaiveDateTime,
        start: NaiveDateTime,
        end: NaiveDateTime,
        all_day: bool,
        status: AppointmentStatus,
    ) -> Self {
        Self {
            agenda_id,
            appointment_id,
            original,
            from: instant(zone, start),
            to: instant(zone, end),
            busy: !all_day && status != AppointmentStatus::Cancelled,
        }
    }

    /// Whether the two clash.
    pub fn clashes_with(&self, other: &Slot) -> bool {
        self.busy
            && other.busy
            && self.agenda_id == other.agenda_id
            && self.appointment_id != other.appointment_id
            && self.from < other.to
            && other.from < self.to
    }
}

/// For each slot, the indexes of the slots it clashes with, in order.
///
/// One sweep by start time: O(n log n) plus the clashes found.
pub fn clashes(slots: &[Slot]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..slots.len()).filter(|&i| slots[i].busy).collect();
    order.sort_by_key(|&i| (slots[i].agenda_id, slots[i].from));
    let mut found = vec![Vec::new(); slots.len()];
    let mut open: Vec<usize> = Vec::new();
    for &i in &order {
        let s = &slots[i];
        open.retain(|&j| slots[j].agenda_id == s.agenda_id && slots[j].to > s.from);
        for &j in &open {
            if s.clashes_with(&slots[j]) {
                found[i].push(j);
                found[j].push(i);
            }
        }
        open.push(i);
    }
    for list in &mut found {
        list.sort_unstable();
    }
    found
}

/// The indexes of the `candidates` that clash with any of `mine`, by start.
pub fn clashes_between(mine: &[Slot], candidates: &[Slot]) -> Vec<usize> {
    let mut sorted: Vec<usize> = (0..candidates.len())
        .filter(|&i| candidates[i].busy)
        .collect();
    sorted.sort_by_key(|&i| candidates[i].from);
    let mut hit = vec![false; candidates.len()];
    for m in mine.iter().filter(|m| m.busy) {
        // Only candidates starting before m ends can overlap it.
        let end = sorted.partition_point(|&i| candidates[i].from < m.to);
        for &i in &sorted[..end] {
            hit[i] = hit[i] || m.clashes_with(&candidates[i]);
        }
    }
    sorted.into_iter().filter(|&i| hit[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use chrono_tz::Europe::Madrid;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .expect("valid test time")
    }

    fn slot(id: AppointmentId, start: NaiveDateTime, end: NaiveDateTime) -> Slot {
        Slot::new(
            Madrid,
            1,
            id,
            start,
            start,
            end,
            false,
            AppointmentStatus::Planned,
        )
    }

    #[test]
    fn madrid_times_mean_the_right_instants_around_both_changes() {
        // Winter: UTC+1; summer: UTC+2.
        assert_eq!(
            instant(Madrid, at(2026, 1, 15, 10, 0)),
            at(2026, 1, 15, 9, 0).and_utc()
        );
        assert_eq!(
            instant(Madrid, at(2026, 7, 15, 10, 0)),
            at(2026, 7, 15, 8, 0).and_utc()
        );
        // 29 March 2026, 02:00 → 03:00: 02:30 does not exist; it is read as 03:30.
        assert_eq!(
            instant(Madrid, at(2026, 3, 29, 2, 30)),
            at(2026, 3, 29, 1, 30).and_utc()
        );
        assert_eq!(
            instant(Madrid, at(2026, 3, 29, 3, 30)),
            at(2026, 3, 29, 1, 30).and_utc()
        );
        // 25 October 2026, 03:00 → 02:00: 02:30 happens twice; the first one counts.
        assert_eq!(
            instant(Madrid, at(2026, 10, 25, 2, 30)),
            at(2026, 10, 25, 0, 30).and_utc()
        );
    }

    #[test]
    fn overlap_clashes_and_back_to_back_does_not() {
        let a = slot(1, at(2026, 5, 4, 9, 0), at(2026, 5, 4, 10, 0));
        let b = slot(2, at(2026, 5, 4, 10, 0), at(2026, 5, 4, 11, 0));
        let c = slot(3, at(2026, 5, 4, 9, 59), at(2026, 5, 4, 10, 30));
        assert!(!a.clashes_with(&b));
        assert!(a.clashes_with(&c) && c.clashes_with(&a) && b.clashes_with(&c));
        assert_eq!(clashes(&[a, b, c]), vec![vec![2], vec![2], vec![0, 1]]);
    }

    #[test]
    fn other_agendas_cancelled_all_day_and_the_same_series_never_clash() {
        let a = slot(1, at(2026, 5, 4, 9, 0), at(2026, 5, 4, 10, 0));
        let other_agenda = Slot {
            agenda_id: 2,
            ..slot(2, a.original, at(2026, 5, 4, 10, 0))
        };
        let cancelled = Slot::new(
            Madrid,
            1,
            3,
            a.original,
            a.original,
            at(2026, 5, 4, 10, 0),
            false,
            AppointmentStatus::Cancelled,
        );
        let all_day = Slot::new(
            Madrid,
            1,
            4,
            at(2026, 5, 4, 0, 0),
            at(2026, 5, 4, 0, 0),
            at(2026, 5, 5, 0, 0),
            true,
            AppointmentStatus::Planned,
        );
        let same_series = slot(1, at(2026, 5, 4, 9, 30), at(2026, 5, 4, 10, 30));
        for s in [other_agenda, cancelled, all_day, same_series] {
            assert!(!a.clashes_with(&s), "{s:?}");
        }
        assert!(
            clashes(&[a, other_agenda, cancelled, all_day, same_series])
                .iter()
                .all(Vec::is_empty)
        );
    }

    #[test]
    fn the_spring_gap_makes_wall_clock_neighbours_overlap() {
        // 01:30–02:30 on the night of the change ends at 03:30 summer time, so it
        // overlaps 03:00–04:00 though the wall-clock times do not.
        let late = slot(1, at(2026, 3, 29, 1, 30), at(2026, 3, 29, 2, 30));
        let early = slot(2, at(2026, 3, 29, 3, 0), at(2026, 3, 29, 4, 0));
        assert!(late.clashes_with(&early));
        // The same pair a week later does not.
        let late = slot(1, at(2026, 4, 5, 1, 30), at(2026, 4, 5, 2, 30));
        let early = slot(2, at(2026, 4, 5, 3, 0), at(2026, 4, 5, 4, 0));
        assert!(!late.clashes_with(&early));
    }

    #[test]
    fn the_autumn_hour_that_happens_twice_is_one_hour_longer() {
        // 01:00–03:00 on 25 October 2026 lasts three real hours (02:00–03:00 twice),
        // so it clashes with 02:30–02:45 (the first pass) and is followed at 03:00.
        let long = slot(1, at(2026, 10, 25, 1, 0), at(2026, 10, 25, 3, 0));
        assert_eq!((long.to - long.from).num_hours(), 3);
        assert!(long.clashes_with(&slot(2, at(2026, 10, 25, 2, 30), at(2026, 10, 25, 2, 45))));
        assert!(!long.clashes_with(&slot(3, at(2026, 10, 25, 3, 0), at(2026, 10, 25, 3, 30))));
    }

    #[test]
    fn clashes_between_finds_each_candidate_once() {
        let mine = [
            slot(1, at(2026, 5, 4, 9, 0), at(2026, 5, 4, 10, 0)),
            slot(1, at(2026, 5, 5, 9, 0), at(2026, 5, 5, 10, 0)),
        ];
        let long = slot(2, at(2026, 5, 4, 8, 0), at(2026, 5, 5, 12, 0));
        let later = slot(3, at(2026, 5, 5, 9, 45), at(2026, 5, 5, 11, 0));
        let apart = slot(4, at(2026, 5, 5, 10, 0), at(2026, 5, 5, 11, 0));
        let candidates = [apart, later, long];
        let hits = clashes_between(&mine, &candidates);
        let ids: Vec<_> = hits.iter().map(|&i| candidates[i].appointment_id).collect();
        assert_eq!(ids, vec![2, 3]);
    }
}
