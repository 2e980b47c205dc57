//! iCalendar (RFC 5545) export: one VEVENT per appointment, times local to the shop's
//! zone with its TZID and a VTIMEZONE built from the zone's real transitions, RRULE
//! for series, EXDATE for cancelled occurrences, a RECURRENCE-ID VEVENT for each moved
//! or finished one, and a VALARM for reminders. Lines are folded at 75 octets.

use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use crate::domain::clash::instant;
use crate::domain::{Agenda, Appointment, AppointmentStatus, Category, RepeatEnd};

/// What the PRODID says.
pub const PRODID: &str = concat!(
    "-//clientela//clientela ",
    env!("CARGO_PKG_VERSION"),
    "//ES"
);

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a character, CRLF-terminated.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

fn local(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// `NAME;VALUE=DATE:20261122` for all-day, `NAME;TZID=Europe/Madrid:20261122T100000`.
fn when(name: &str, t: NaiveDateTime, all_day: bool, zone: Tz) -> String {
    if all_day {
        format!("{name};VALUE=DATE:{}", t.format("%Y%m%d"))
    } else {
        format!("{name};TZID={}:{}", zone.name(), local(t))
    }
}

fn offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    format!("{sign}{:02}{:02}", s / 3600, s % 3600 / 60)
}

/// The instants in `from..to` at which `zone` changes its offset.
fn transitions(zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    let off = |t: DateTime<Utc>| zone.offset_from_utc_datetime(&t.naive_utc()).fix();
    let mut found = Vec::new();
    let mut day = from;
    while day < to {
        let next = day + Duration::days(1);
        if off(day) != off(next) {
            // The change is within this day: find its minute.
            let (mut lo, mut hi) = (0i64, 24 * 60);
            while hi - lo > 1 {
                let mid = (lo + hi) / 2;
                if off(day + Duration::minutes(mid)) == off(day) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            found.push(day + Duration::minutes(hi));
        }
        day = next;
    }
    found
}

/// A VTIMEZONE for `zone` valid over the years `first..=last`: the offset at the start
/// of `first`, then one observance per real transition.
fn vtimezone(out: &mut String, zone: Tz, first: i32, last: i32) {
    let start = |y: i32| {
        NaiveDate::from_ymd_opt(y, 1, 1)
            .map(|d| d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
            .unwrap_or_default()
    };
    let (from, to) = (start(first), start(last + 1));
    let at = |t: DateTime<Utc>| zone.offset_from_utc_datetime(&t.naive_utc());
    let observance = |out: &mut String, t: DateTime<Utc>, before: i32| {
        let o = at(t);
        let kind = if o.dst_offset().is_zero() {
            "STANDARD"
        } else {
            "DAYLIGHT"
        };
        let name = o.abbreviation().unwrap_or(zone.name()).to_string();
        let onset = t.naive_utc() + Duration::seconds(i64::from(before));
        let _ = write!(
            out,
            "BEGIN:{kind}\r\nDTSTART:{}\r\nTZOFFSETFROM:{}\r\nTZOFFSETTO:{}\r\nTZNAME:{}\r\nEND:{kind}\r\n",
            local(onset),
            offset(before),
            offset(o.fix().local_minus_utc()),
            escape(&name)
        );
    };
    let _ = write!(out, "BEGIN:VTIMEZONE\r\nTZID:{}\r\n", zone.name());
    let mut before = at(from).fix().local_minus_utc();
    observance(out, from, before);
    for t in transitions(zone, from, to) {
        observance(out, t, before);
        before = at(t).fix().local_minus_utc();
    }
    out.push_str("END:VTIMEZONE\r\n");
}

fn rrule(a: &Appointment, zone: Tz) -> Option<String> {
    let f = &a.fields;
    let r = f.recurrence.as_ref()?;
    let mut rule = format!("RRULE:FREQ={}", r.repeat.code().to_uppercase());
    if r.interval > 1 {
        let _ = write!(rule, ";INTERVAL={}", r.interval);
    }
    match r.end {
        RepeatEnd::Never => {}
        RepeatEnd::Count(n) => {
            let _ = write!(rule, ";COUNT={n}");
        }
        RepeatEnd::Until(_) => {
            // UNTIL is the last occurrence's start: a date for all-day series, else the
            // UTC instant RFC 5545 requires beside a DTSTART with a TZID.
            let last = r.last_start(f.start).unwrap_or(f.start);
            if f.all_day {
                let _ = write!(rule, ";UNTIL={}", last.format("%Y%m%d"));
            } else {
                let _ = write!(rule, ";UNTIL={}", utc(instant(zone, last)));
            }
        }
    }
    Some(rule)
}

fn status(s: AppointmentStatus) -> &'static str {
    match s {
        AppointmentStatus::Cancelled => "CANCELLED",
        AppointmentStatus::Planned | AppointmentStatus::Done => "CONFIRMED",
    }
}

/// One VEVENT's lines for the appointment (or, with `occurrence`, one changed
/// occurrence of it).
fn vevent(
    lines: &mut Vec<String>,
    (a, agenda): (&Appointment, Option<&str>),
    zone: Tz,
    stamp: &str,
) {
    let f = &a.fields;
    let uid = f
        .uid
        .clone()
        .unwrap_or_else(|| format!("{}@clientela", a.id));
    // Every VEVENT of the entry; `title`: an occurrence's own.
    let common = |lines: &mut Vec<String>, title: &str| {
        lines.push(format!("UID:{}", escape(&uid)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("SUMMARY:{}", escape(title)));
        // A meeting is what an event with no category is: not written, so an event
        // imported without one goes back out without one.
        if f.category != Category::Meeting {
            lines.push(format!("CATEGORIES:{}", f.category.code().to_uppercase()));
        }
        if !f.location.is_empty() {
            lines.push(format!("LOCATION:{}", escape(&f.location)));
        }
        if !f.notes.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&f.notes)));
        }
        if let Some(client) = f.client_id {
            lines.push(format!("X-CLIENTELA-CLIENT:{client}"));
        }
        // Which agenda it is in, so a file of every agenda imports back into each.
        if let Some(agenda) = agenda {
            lines.push(format!("X-CLIENTELA-AGENDA:{}", escape(agenda)));
        }
    };
    let alarm = |lines: &mut Vec<String>| {
        if let Some(m) = f.reminder_minutes {
            lines.push("BEGIN:VALARM".into());
            lines.push("ACTION:DISPLAY".into());
            lines.push(format!("DESCRIPTION:{}", escape(&f.title)));
            lines.push(format!("TRIGGER:-PT{m}M"));
            lines.push("END:VALARM".into());
        }
    };
    lines.push("BEGIN:VEVENT".into());
    common(lines, &f.title);
    lines.push(when("DTSTART", f.start, f.all_day, zone));
    lines.push(when("DTEND", f.end, f.all_day, zone));
    lines.push(format!("STATUS:{}", status(f.status)));
    if f.status == AppointmentStatus::Done {
        lines.push("X-CLIENTELA-STATUS:DONE".into());
    }
    if let Some(rule) = rrule(a, zone) {
        lines.push(rule);
    }
    for o in a
        .overrides
        .iter()
        .filter(|o| o.status == AppointmentStatus::Cancelled)
    {
        lines.push(when("EXDATE", o.original, f.all_day, zone));
    }
    alarm(lines);
    lines.push("END:VEVENT".into());
    for o in a
        .overrides
        .iter()
        .filter(|o| o.status != AppointmentStatus::Cancelled)
    {
        lines.push("BEGIN:VEVENT".into());
        common(lines, o.title.as_deref().unwrap_or(&f.title));
        lines.push(when("RECURRENCE-ID", o.original, f.all_day, zone));
        lines.push(when("DTSTART", o.start, f.all_day, zone));
        lines.push(when("DTEND", o.end, f.all_day, zone));
        lines.push(format!("STATUS:{}", status(o.status)));
        if o.status == AppointmentStatus::Done {
            lines.push("X-CLIENTELA-STATUS:DONE".into());
        }
        alarm(lines);
        lines.push("END:VEVENT".into());
    }
}

/// Writes `appointments` as one iCalendar; `name` becomes X-WR-CALNAME, each event
/// names its agenda among `agendas` (`X-CLIENTELA-AGENDA`), `now` is the DTSTAMP of
/// every event.
pub fn write_ics(
    mut out: impl Write,
    (name, agendas): (Option<&str>, &[Agenda]),
    appointments: &[Appointment],
    zone: Tz,
    now: NaiveDateTime,
) -> io::Result<()> {
    let stamp = utc(instant(zone, now));
    let mut text = String::new();
    let mut head = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    if let Some(name) = name {
        head.push(format!("X-WR-CALNAME:{}", escape(name)));
    }
    head.push(format!("X-WR-TIMEZONE:{}", zone.name()));
    for line in &head {
        text.push_str(&fold(line));
    }
    let years = appointments.iter().flat_map(|a| {
        let last = a.fields.last_end().unwrap_or(a.fields.start).year();
        [a.fields.start.year(), last.min(a.fields.start.year() + 50)]
    });
    let (first, last) = years.fold((now.year(), now.year()), |(lo, hi), y| {
        (lo.min(y), hi.max(y))
    });
    vtimezone(&mut text, zone, first - 1, last + 1);
    let mut lines = Vec::new();
    for a in appointments {
        let agenda = agendas
            .iter()
            .find(|g| g.id == a.fields.agenda_id)
            .map(|g| g.name.as_str());
        vevent(&mut lines, (a, agenda), zone, &stamp);
    }
    lines.push("END:VCALENDAR".into());
    for line in &lines {
        text.push_str(&fold(line));
    }
    out.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Madrid;

    #[test]
    fn folding_keeps_characters_whole_and_lines_short() {
        let long = format!("SUMMARY:{}", "ñ".repeat(60));
        let folded = fold(&long);
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), long);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }

    #[test]
    fn madrid_changes_twice_a_year_at_one_utc() {
        let from = Utc
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or_default();
        let to = Utc
            .with_ymd_and_hms(2027, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or_default();
        let found = transitions(Madrid, from, to);
        let expected: Vec<DateTime<Utc>> = [(3, 29), (10, 25)]
            .iter()
            .filter_map(|&(m, d)| Utc.with_ymd_and_hms(2026, m, d, 1, 0, 0).single())
            .collect();
        assert_eq!(found, expected);
        let mut text = String::new();
        vtimezone(&mut text, Madrid, 2026, 2026);
        assert!(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST"));
        assert!(text.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET"));
    }
}
