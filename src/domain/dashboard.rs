//! The shop's dashboard as of a day: loyalty quadrants in numbers, retention and
//! conversion, complaints, the last 24 months and the day's to-do lists.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;
use strum::IntoEnumIterator;

use super::classification::{ClassificationRules, Lifecycle};
use super::client::ClientId;
use super::loyalty::Quadrant;
use super::standing::{Standing, ToDo};

/// Months the chart covers, the current one included.
pub const CHART_MONTHS: u32 = 24;
/// Clients listed per to-do group (the list pane shows them all).
pub const TODO_SHOWN: usize = 10;

/// One client's purchases in one month: the input of the monthly chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PurchaseMonth {
    /// The client.
    pub client_id: ClientId,
    /// First day of the month.
    pub month: NaiveDate,
    /// Day of the month's last purchase; none when the month holds only returns.
    pub last: Option<NaiveDate>,
    /// Spend in the month, cents.
    pub spend_cents: i64,
}

/// One quadrant in numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct QuadrantFigures {
    /// The quadrant.
    pub quadrant: Quadrant,
    /// Clients in it.
    pub clients: u32,
    /// Their spend in the window, cents.
    pub spend_in_window_cents: i64,
    /// Clients they referred.
    pub referrals: u32,
}

/// `count` of `of`, as a rate (serialised with its `percent`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rate {
    /// Clients that did it.
    pub count: u32,
    /// Clients that could.
    pub of: u32,
}

impl Rate {
    /// The percentage, `None` when nobody could.
    pub fn percent(self) -> Option<f64> {
        (self.of > 0).then(|| f64::from(self.count) * 100.0 / f64::from(self.of))
    }
}

impl Serialize for Rate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Rate", 3)?;
        s.serialize_field("count", &self.count)?;
        s.serialize_field("of", &self.of)?;
        s.serialize_field("percent", &self.percent())?;
        s.end()
    }
}

fn year_month<S: serde::Serializer>(month: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&month.format("%Y-%m"))
}

/// One month of the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MonthFigures {
    /// First day of the month (`YYYY-MM` in JSON).
    #[serde(serialize_with = "year_month")]
    pub month: NaiveDate,
    /// Spend in the month (to date for the current one), cents.
    pub spend_cents: i64,
    /// Clients active at the month's end (today for the current month).
    pub active_clients: u32,
}

/// A client in a to-do group, with the day that puts them there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ToDoClient {
    /// The client.
    pub client_id: ClientId,
    /// Their name.
    pub name: String,
    /// Spend in the window, cents (what is at stake).
    pub spend_in_window_cents: i64,
    /// Birthday this week, last purchase otherwise.
    pub date: Option<NaiveDate>,
}

/// One to-do group: how many, and the first [`TODO_SHOWN`] by what is at stake.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ToDoGroup {
    /// The group.
    pub group: ToDo,
    /// Clients in it.
    pub count: u32,
    /// The most urgent ones: highest spend first (birthdays: soonest first).
    pub clients: Vec<ToDoClient>,
}

/// Every figure of the dashboard tab.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DashboardFigures {
    /// The day the figures are computed as of.
    pub as_of: NaiveDate,
    /// Clients on file.
    pub clients: u32,
    /// Apostles, mercenaries, hostages, terrorists, unknown.
    pub quadrants: Vec<QuadrantFigures>,
    /// Clients meeting the four conditions.
    pub loyal: u32,
    /// Clients meeting three, with a margin of zero or less.
    pub loyal_not_profitable: u32,
    /// Clients active a year ago who are active now.
    pub retention: Rate,
    /// Potential clients of a year ago who have bought since.
    pub conversion: Rate,
    /// Complaints waiting for an answer.
    pub open_complaints: u32,
    /// Their median age in days.
    pub open_complaints_median_days: Option<f64>,
    /// The last [`CHART_MONTHS`] months, oldest first.
    pub months: Vec<MonthFigures>,
    /// The "to do today" groups.
    pub todo: Vec<ToDoGroup>,
}

/// The same day a year before `today`.
pub fn a_year_before(today: NaiveDate) -> NaiveDate {
    today
        .checked_sub_months(Months::new(12))
        .unwrap_or(NaiveDate::MIN)
}

/// First days of the chart's months, oldest first, ending with `today`'s month.
pub fn chart_months(today: NaiveDate) -> Vec<NaiveDate> {
    let this_month = today.with_day(1).unwrap_or(today);
    (0..CHART_MONTHS)
        .rev()
        .filter_map(|back| this_month.checked_sub_months(Months::new(back)))
        .collect()
}

/// The first purchase day the chart needs: a purchase before it cannot make anyone
/// active at the end of the first month.
pub fn chart_start(rules: &ClassificationRules, today: NaiveDate) -> NaiveDate {
    let first = chart_months(today).first().copied().unwrap_or(today);
    first
        .checked_sub_days(Days::new(u64::from(rules.active_days)))
        .unwrap_or(NaiveDate::MIN)
}

/// Median of `values` (sorted here); `None` when empty.
pub fn median(values: &mut [i64]) -> Option<f64> {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2] as f64),
        _ => Some((values[n / 2 - 1] + values[n / 2]) as f64 / 2.0),
    }
}

/// Spend per month and clients active at each month's end, from purchases grouped by
/// client and month (ordered by client, then month) since [`chart_start`].
pub fn monthly(
    rules: &ClassificationRules,
    purchases: &[PurchaseMonth],
    today: NaiveDate,
) -> Vec<MonthFigures> {
    let months = chart_months(today);
    let ends: Vec<NaiveDate> = months
        .iter()
        .map(|m| {
            let end = m
                .checked_add_months(Months::new(1))
                .and_then(|next| next.pred_opt())
                .unwrap_or(*m);
            end.min(today)
        })
        .collect();
    let mut figures: Vec<MonthFigures> = months
        .iter()
        .map(|&month| MonthFigures {
            month,
            spend_cents: 0,
            active_clients: 0,
        })
        .collect();
    for client in purchases.chunk_by(|a, b| a.client_id == b.client_id) {
        let mut next = 0;
        let mut last: Option<NaiveDate> = None;
        for (i, end) in ends.iter().enumerate() {
            while let Some(p) = client.get(next).filter(|p| p.month <= months[i]) {
                if p.month == months[i] {
                    figures[i].spend_cents += p.spend_cents;
                }
                last = p.last.or(last);
                next += 1;
            }
            if rules.lifecycle(last, *end) == Lifecycle::Active {
                figures[i].active_clients += 1;
            }
        }
    }
    figures
}

impl DashboardFigures {
    /// The figures of one quadrant.
    pub fn quadrant(&self, quadrant: Quadrant) -> Option<&QuadrantFigures> {
        self.quadrants.iter().find(|q| q.quadrant == quadrant)
    }

    /// One to-do group.
    pub fn group(&self, group: ToDo) -> Option<&ToDoGroup> {
        self.todo.iter().find(|g| g.group == group)
    }

    /// The figures of `standings` (every client, as of `today`), the monthly chart and
    /// the ages in days of the open complaints.
    pub fn compute(
        rules: &ClassificationRules,
        standings: &[Standing],
        months: Vec<MonthFigures>,
        mut complaint_ages: Vec<i64>,
        today: NaiveDate,
    ) -> DashboardFigures {
        let year_ago = a_year_before(today);
        let mut quadrants: Vec<QuadrantFigures> = Quadrant::iter()
            .map(|quadrant| QuadrantFigures {
                quadrant,
                clients: 0,
                spend_in_window_cents: 0,
                referrals: 0,
            })
            .collect();
        let (mut loyal, mut loyal_not_profitable) = (0, 0);
        let (mut retention, mut conversion) = (Rate::default(), Rate::default());
        let mut groups: Vec<(ToDo, Vec<&Standing>)> =
            ToDo::iter().map(|g| (g, Vec::new())).collect();
        for s in standings {
            let (f, c, l) = (&s.facts, &s.classification, &s.loyalty);
            if let Some(q) = quadrants.iter_mut().find(|q| q.quadrant == l.quadrant) {
                q.clients += 1;
                q.spend_in_window_cents += c.spend_in_window_cents;
                q.referrals += c.referrals;
            }
            loyal += u32::from(l.loyal());
            loyal_not_profitable += u32::from(l.conditions.loyal_but_not_profitable());
            let active_now = c.lifecycle == Lifecycle::Active;
            match rules.lifecycle(f.last_purchase_a_year_ago, year_ago) {
                Lifecycle::Active => {
                    retention.of += 1;
                    retention.count += u32::from(active_now);
                }
                Lifecycle::Potential if f.created_on <= year_ago => {
                    conversion.of += 1;
                    conversion.count += u32::from(c.last_purchase.is_some());
                }
                _ => {}
            }
            for (group, members) in &mut groups {
                if s.todo.contains(*group) {
                    members.push(s);
                }
            }
        }
        let todo = groups
            .into_iter()
            .map(|(group, mut members)| {
                let count = members.len() as u32;
                if group == ToDo::Birthdays {
                    members.sort_by_key(|s| (s.birthday_this_week, s.facts.client_id));
                } else {
                    members.sort_by_key(|s| {
                        (
                            std::cmp::Reverse(s.classification.spend_in_window_cents),
                            s.facts.client_id,
                        )
                    });
                }
                let clients = members
                    .into_iter()
                    .take(TODO_SHOWN)
                    .map(|s| ToDoClient {
                        client_id: s.facts.client_id,
                        name: s.facts.name.clone(),
                        spend_in_window_cents: s.classification.spend_in_window_cents,
                        date: s.birthday_this_week.or(s.facts.last_purchase),
                    })
                    .collect();
                ToDoGroup {
                    group,
                    count,
                    clients,
                }
            })
            .collect();
        DashboardFigures {
            as_of: today,
            clients: standings.len() as u32,
            quadrants,
            loyal,
            loyal_not_profitable,
            retention,
            conversion,
            open_complaints: complaint_ages.len() as u32,
            open_complaints_median_days: median(&mut complaint_ages),
            months,
            todo,
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
    fn medians_of_odd_even_and_empty() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [9, 1, 5]), Some(5.0));
        assert_eq!(median(&mut [10, 1, 4, 3]), Some(3.5));
    }

    #[test]
    fn the_chart_ends_with_the_current_month() {
        let months = chart_months(day(2026, 11, 22));
        assert_eq!(months.len(), 24);
        assert_eq!(months.first(), Some(&day(2024, 12, 1)));
        assert_eq!(months.last(), Some(&day(2026, 11, 1)));
        assert_eq!(
            chart_start(&ClassificationRules::default(), day(2026, 11, 22)),
            day(2024, 6, 4)
        );
    }

    #[test]
    fn monthly_spend_and_clients_active_at_each_month_end() {
        let today = day(2026, 11, 22);
        let rules = ClassificationRules::default();
        let p = |client_id, month: NaiveDate, last, spend_cents| PurchaseMonth {
            client_id,
            month,
            last,
            spend_cents,
        };
        let purchases = [
            // Bought 30 Jun 2024, 184 days before the end of December 2024: not active.
            p(1, day(2024, 6, 1), Some(day(2024, 6, 30)), 1_000),
            // Bought on 1 Nov 2026: active in November only.
            p(1, day(2026, 11, 1), Some(day(2026, 11, 1)), 2_500),
            // 3 Jul 2024 is 181 days before 31 Dec 2024: not active then. Bought again
            // on 5 Jan 2025: active January to June.
            p(2, day(2024, 7, 1), Some(day(2024, 7, 3)), 500),
            p(2, day(2025, 1, 1), Some(day(2025, 1, 5)), 700),
            // A return in August 2025 comes off that month's spend and makes nobody
            // active: still inactive from July.
            p(2, day(2025, 8, 1), None, -200),
        ];
        let m = monthly(&rules, &purchases, today);
        assert_eq!(m.len(), 24);
        let at = |y, mo| m.iter().find(|f| f.month == day(y, mo, 1)).expect("month");
        assert_eq!(at(2024, 12).active_clients, 0);
        assert_eq!(at(2025, 1).active_clients, 1);
        assert_eq!(at(2025, 1).spend_cents, 700);
        // 5 Jan + 180 days = 4 Jul: active at the end of June, not of July.
        assert_eq!(at(2025, 6).active_clients, 1);
        assert_eq!(at(2025, 7).active_clients, 0);
        assert_eq!(at(2026, 11).active_clients, 1);
        assert_eq!(at(2026, 11).spend_cents, 2_500);
        assert_eq!(at(2025, 8).spend_cents, -200);
        assert_eq!(at(2025, 8).active_clients, 0);
        let total: i64 = m.iter().map(|f| f.spend_cents).sum();
        assert_eq!(total, 3_000, "purchases before the chart are not spend");
    }

    #[test]
    fn rates_are_none_when_nobody_could() {
        assert_eq!(Rate { count: 0, of: 0 }.percent(), None);
        assert_eq!(Rate { count: 1, of: 4 }.percent(), Some(25.0));
    }
}
