//! iCalendar (RFC 5545) import: the VEVENTs of a file (a phone's export, or ours) as
//! appointments of one agenda, parsed by the `icalendar` crate.
//!
//! Times with a TZID or in UTC are converted to the shop's wall-clock time; floating
//! times and dates are taken as they are. Series keep their RRULE when it is one the
//! agenda can hold (FREQ with INTERVAL, COUNT or UNTIL, and BYDAY/BYMONTHDAY/BYMONTH
//! only when they repeat the first occurrence's own day); EXDATEs become cancelled
//! occurrences and RECURRENCE-ID events moved or finished ones. A rule the agenda cannot
//! hold (`BYDAY=1MO`, `BYDAY=MO,WE`, `BYSETPOS`…) is refused with the file, the line and
//! the event, and nothing is imported — or, when asked, that event is left out and
//! reported. What is left out of an event that comes in (a reminder after its start,
//! which the agenda cannot hold) is reported too, never dropped silently.

use std::collections::HashMap;
use std::path::Path;

use super::ics_values::{
    MAX_ICS_BYTES, MAX_ICS_DEPTH, minutes, param, prop, text, too_deep, weekday_code,
};
use super::why::Why;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Tz;
use icalendar::parser::{Component, Property, read_calendar, unfold};

use crate::domain::{
    AgendaId, AppointmentStatus, Category, NewAppointment, Override, Recurrence, Repeat, RepeatEnd,
};

/// An event read from the file, with its changed occurrences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedEvent {
    /// The appointment.
    pub fields: NewAppointment,
    /// Its cancelled, moved or finished occurrences.
    pub overrides: Vec<Override>,
    /// The agenda it was exported from (`X-CLIENTELA-AGENDA`), if the file says.
    pub agenda: Option<String>,
}

/// What a file gave.
#[derive(Debug, Clone, Default)]
pub struct IcsRead {
    /// The events to import.
    pub events: Vec<ImportedEvent>,
    /// Events left out because the agenda cannot hold their rule (only when asked).
    pub skipped: Vec<IcsError>,
    /// What was left out of events that came in.
    pub warnings: Vec<IcsError>,
}

pub use super::ics_values::IcsError;

struct Reader<'a> {
    file: String,
    raw: &'a str,
    zone: Tz,
}

impl Reader<'_> {
    fn fail(&self, event: &Component<'_>, why: impl Into<Why>) -> IcsError {
        self.fail_at(event, None, why)
    }

    /// An error at the line of `property` in `event` (or of the event's UID) in the
    /// original file.
    fn fail_at(
        &self,
        event: &Component<'_>,
        property: Option<&str>,
        why: impl Into<Why>,
    ) -> IcsError {
        let lines: Vec<&str> = self.raw.lines().collect();
        let uid = prop(event, "UID")
            .map(|p| p.val.as_str())
            .filter(|u| !u.is_empty());
        let uid_line = uid.and_then(|u| {
            lines
                .iter()
                .position(|l| l.starts_with("UID") && l.contains(u))
        });
        let begin = uid_line
            .and_then(|u| {
                lines[..u]
                    .iter()
                    .rposition(|l| l.eq_ignore_ascii_case("BEGIN:VEVENT"))
            })
            .unwrap_or(0);
        let line = property
            .and_then(|name| {
                lines[begin..]
                    .iter()
                    .position(|l| l.to_ascii_uppercase().starts_with(name))
                    .map(|i| begin + i)
            })
            .or(uid_line)
            .map_or(0, |i| i + 1);
        let title = text(event, "SUMMARY");
        IcsError {
            file: self.file.clone(),
            line,
            why: Why::Event(title, Box::new(why.into())),
        }
    }

    /// A DATE or DATE-TIME value as shop wall-clock time, and whether it was a date.
    fn time(
        &self,
        event: &Component<'_>,
        p: &Property<'_>,
        value: &str,
    ) -> Result<(NaiveDateTime, bool), IcsError> {
        let name = p.name.as_str();
        let bad = || {
            self.fail_at(
                event,
                Some(name),
                Why::NotDateTime {
                    property: name.to_string(),
                    value: value.to_string(),
                },
            )
        };
        let value = value.trim();
        if value.len() == 8 || param(p, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")) {
            let day = NaiveDate::parse_from_str(value, "%Y%m%d").map_err(|_| bad())?;
            return Ok((day.and_time(NaiveTime::MIN), true));
        }
        let (stamp, is_utc) = match value.strip_suffix('Z') {
            Some(v) => (v, true),
            None => (value, false),
        };
        let t = NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
        let instant = if is_utc {
            Some(chrono::Utc.from_utc_datetime(&t))
        } else if let Some(tzid) = param(p, "TZID") {
            let tz: Tz = tzid
                .trim_matches('"')
                .parse()
                .map_err(|_| self.fail(event, Why::UnknownZone(tzid.to_string())))?;
            tz.from_local_datetime(&t)
                .earliest()
                .map(|x| x.with_timezone(&chrono::Utc))
        } else {
            None
        };
        Ok((
            instant.map_or(t, |i| i.with_timezone(&self.zone).naive_local()),
            false,
        ))
    }

    fn prop_time(
        &self,
        event: &Component<'_>,
        name: &str,
    ) -> Result<Option<(NaiveDateTime, bool)>, IcsError> {
        match prop(event, name) {
            None => Ok(None),
            Some(p) => self.time(event, p, p.val.as_str()).map(Some),
        }
    }

    fn recurrence(
        &self,
        event: &Component<'_>,
        start: NaiveDateTime,
    ) -> Result<Option<Recurrence>, IcsError> {
        let Some(p) = prop(event, "RRULE") else {
            return Ok(None);
        };
        let unsupported =
            |part: &str| self.fail_at(event, Some("RRULE"), Why::Unsupported(part.to_string()));
        let mut rule = Recurrence::new(Repeat::Daily, RepeatEnd::Never);
        let mut freq = None;
        for part in p.val.as_str().split(';').filter(|s| !s.is_empty()) {
            let (key, value) = part.split_once('=').ok_or_else(|| unsupported(part))?;
            match key.to_ascii_uppercase().as_str() {
                "FREQ" => {
                    freq = Some(match value.to_ascii_uppercase().as_str() {
                        "DAILY" => Repeat::Daily,
                        "WEEKLY" => Repeat::Weekly,
                        "MONTHLY" => Repeat::Monthly,
                        "YEARLY" => Repeat::Yearly,
                        _ => return Err(unsupported(part)),
                    })
                }
                "INTERVAL" => rule.interval = value.parse().map_err(|_| unsupported(part))?,
                "COUNT" => {
                    rule.end = RepeatEnd::Count(value.parse().map_err(|_| unsupported(part))?)
                }
                "UNTIL" => {
                    let (until, _) = self.time(event, p, value)?;
                    rule.end = RepeatEnd::Until(until.date());
                }
                "WKST" => {}
                "BYDAY" if value.eq_ignore_ascii_case(&weekday_code(start.date())) => {}
                "BYMONTHDAY" if value == start.day().to_string() => {}
                "BYMONTH" if value == start.month().to_string() => {}
                _ => return Err(unsupported(part)),
            }
        }
        rule.repeat = freq.ok_or_else(|| self.fail(event, "RRULE without FREQ"))?;
        Ok(Some(rule))
    }

    fn event(
        &self,
        agenda_id: AgendaId,
        e: &Component<'_>,
        warnings: &mut Vec<IcsError>,
    ) -> Result<ImportedEvent, IcsError> {
        let (start, all_day) = self
            .prop_time(e, "DTSTART")?
            .ok_or_else(|| self.fail(e, "no DTSTART"))?;
        let end = match self.prop_time(e, "DTEND")? {
            Some((end, _)) => end,
            None => match prop(e, "DURATION") {
                Some(d) => {
                    let m = minutes(d.val.as_str()).ok_or_else(|| {
                        self.fail(
                            e,
                            format!("DURATION `{}` is not a duration", d.val.as_str()),
                        )
                    })?;
                    start + Duration::minutes(m)
                }
                None if all_day => start + Duration::days(1),
                None => start,
            },
        };
        let title = text(e, "SUMMARY");
        let category = text(e, "CATEGORIES")
            .split(',')
            .find_map(|c| c.trim().to_lowercase().parse::<Category>().ok())
            .unwrap_or(Category::Meeting);
        let status = match (
            text(e, "STATUS").to_uppercase().as_str(),
            text(e, "X-CLIENTELA-STATUS").to_uppercase().as_str(),
        ) {
            ("CANCELLED", _) => AppointmentStatus::Cancelled,
            (_, "DONE") => AppointmentStatus::Done,
            _ => AppointmentStatus::Planned,
        };
        let triggers: Vec<(i64, String)> = e
            .components
            .iter()
            .filter(|c| c.name.as_str().eq_ignore_ascii_case("VALARM"))
            .filter_map(|alarm| {
                let t = prop(alarm, "TRIGGER")?.val.as_str().to_string();
                Some((minutes(&t)?, t))
            })
            .collect();
        let reminder = triggers
            .iter()
            .find(|(m, _)| *m <= 0)
            .map(|(m, _)| u32::try_from(-m).unwrap_or(0));
        if reminder.is_none()
            && let Some((_, after)) = triggers.first()
        {
            // A phone's "on the day at 9:00" (PT9H after an all-day start).
            warnings.push(self.fail_at(e, Some("TRIGGER"), Why::AlarmAfterStart(after.clone())));
        }
        let mut overrides = Vec::new();
        for p in e
            .properties
            .iter()
            .filter(|p| p.name.as_str().eq_ignore_ascii_case("EXDATE"))
        {
            for value in p.val.as_str().split(',') {
                let (original, _) = self.time(e, p, value)?;
                overrides.push(Override {
                    original,
                    start: original,
                    end: original + (end - start),
                    status: AppointmentStatus::Cancelled,
                    title: None,
                });
            }
        }
        let fields = NewAppointment {
            agenda_id,
            title: if title.trim().is_empty() {
                "—".into()
            } else {
                title
            },
            start,
            end,
            all_day: all_day && start.time() == NaiveTime::MIN && end.time() == NaiveTime::MIN,
            category,
            client_id: None,
            location: text(e, "LOCATION"),
            notes: text(e, "DESCRIPTION"),
            status,
            reminder_minutes: reminder,
            recurrence: self.recurrence(e, start)?,
            uid: Some(text(e, "UID")).filter(|u| !u.is_empty()),
        };
        fields
            .validate()
            .map_err(|err| self.fail(e, Why::Rule(err)))?;
        let agenda = Some(text(e, "X-CLIENTELA-AGENDA")).filter(|a| !a.trim().is_empty());
        Ok(ImportedEvent {
            fields,
            overrides,
            agenda,
        })
    }
}

/// Reads every VEVENT of `content` (the text of `path`) for agenda `agenda_id`; with
/// `skip_unsupported`, an event whose rule the agenda cannot hold is left out and
/// reported instead of stopping the import.
pub fn read_ics(
    path: &Path,
    content: &str,
    (agenda_id, zone): (AgendaId, Tz),
    skip_unsupported: bool,
) -> Result<IcsRead, IcsError> {
    let file = path.display().to_string();
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    // Limits checked before the parser sees the file: it recurses into every nested
    // BEGIN, and a hostile file nests thousands to overflow the stack.
    if content.len() > MAX_ICS_BYTES {
        return Err(IcsError {
            file,
            line: 1,
            why: Why::TooBig {
                megabytes: content.len() / 1_000_000,
                most: MAX_ICS_BYTES / 1_000_000,
            },
        });
    }
    if let Some(line) = too_deep(content) {
        return Err(IcsError {
            file,
            line,
            why: format!("components nested deeper than {MAX_ICS_DEPTH} levels").into(),
        });
    }
    let unfolded = unfold(content);
    if !unfolded.to_ascii_uppercase().contains("BEGIN:VCALENDAR") {
        return Err(IcsError {
            file,
            line: 1,
            why: Why::NotIcs,
        });
    }
    let calendar = read_calendar(&unfolded).map_err(|e| {
        // The parser's message is several lines; keep its line number and that line.
        let line: usize = e
            .split("at line ")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let text = unfolded
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("")
            .trim();
        IcsError {
            file: file.clone(),
            line,
            why: Why::InvalidNear(text.to_string()),
        }
    })?;
    let reader = Reader {
        file,
        raw: content,
        zone,
    };
    let events: Vec<&Component<'_>> = calendar
        .components
        .iter()
        .filter(|c| c.name.as_str().eq_ignore_ascii_case("VEVENT"))
        .collect();
    let mut out: Vec<ImportedEvent> = Vec::new();
    let mut read = IcsRead::default();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut left_out: Vec<String> = Vec::new();
    let unsupported = |err: &IcsError| matches!(&err.why, Why::Event(_, why) if matches!(**why, Why::Unsupported(_)));
    // Masters first, then the changed occurrences that refer to them by UID.
    for e in events.iter().filter(|e| prop(e, "RECURRENCE-ID").is_none()) {
        let event = match reader.event(agenda_id, e, &mut read.warnings) {
            Err(err) if skip_unsupported && unsupported(&err) => {
                left_out.push(text(e, "UID"));
                read.skipped.push(err);
                continue;
            }
            other => other?,
        };
        if let Some(uid) = &event.fields.uid
            && index.insert(uid.clone(), out.len()).is_some()
        {
            return Err(reader.fail(e, Why::UidTwice(uid.to_string())));
        }
        out.push(event);
    }
    for e in events.iter().filter(|e| prop(e, "RECURRENCE-ID").is_some()) {
        if left_out.contains(&text(e, "UID")) {
            continue;
        }
        let changed = reader.event(agenda_id, e, &mut Vec::new())?;
        let master = changed
            .fields
            .uid
            .as_ref()
            .and_then(|u| index.get(u))
            .copied()
            .ok_or_else(|| reader.fail(e, "RECURRENCE-ID of an event not in the file"))?;
        let (original, _) = reader
            .prop_time(e, "RECURRENCE-ID")?
            .ok_or_else(|| reader.fail(e, "empty RECURRENCE-ID"))?;
        // The occurrence's own SUMMARY, when it differs from the series'.
        let title = Some(changed.fields.title.clone())
            .filter(|t| *t != out[master].fields.title && !t.trim().is_empty());
        let overrides = &mut out[master].overrides;
        overrides.retain(|o| o.original != original);
        overrides.push(Override {
            original,
            start: changed.fields.start,
            end: changed.fields.end,
            status: changed.fields.status,
            title,
        });
    }
    read.events = out;
    Ok(read)
}

#[cfg(test)]
#[path = "ics_import_tests.rs"]
mod tests;
