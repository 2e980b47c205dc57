//! Agenda occurrences as JSON and CSV records, and the printable day sheet.

use super::csv_safe::CsvWriter;
use std::collections::HashMap;
use std::io::{self, Write};

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::domain::{
    Agenda, AgendaId, AppointmentId, AppointmentStatus, Category, ClientId, Listed, Schedule,
};
use crate::i18n::{Locale, Msg, fill, fill2};

/// One occurrence, flat, with stable keys.
#[derive(Debug, Clone, Serialize)]
pub struct OccurrenceRecord {
    /// The appointment (series) id.
    pub entry_id: AppointmentId,
    /// The agenda's name.
    pub agenda: String,
    /// What it is.
    pub title: String,
    /// `YYYY-MM-DDTHH:MM:SS`, local time.
    pub start: NaiveDateTime,
    /// `YYYY-MM-DDTHH:MM:SS`, local time, exclusive.
    pub end: NaiveDateTime,
    /// Whole days rather than hours.
    pub all_day: bool,
    /// Category code.
    pub category: Category,
    /// The client it concerns.
    pub client_id: Option<ClientId>,
    /// Where.
    pub location: String,
    /// Status code of this occurrence.
    pub status: AppointmentStatus,
    /// Whether it is one of a series.
    pub recurring: bool,
    /// The start the series gives it (differs from `start` when moved).
    pub original_start: NaiveDateTime,
    /// Minutes before the start to remind.
    pub reminder_minutes: Option<u32>,
    /// Ids of the entries it clashes with.
    pub clashes_with: Vec<AppointmentId>,
}

/// The records of a schedule, naming agendas from `names`.
pub fn records(schedule: &Schedule, names: &HashMap<AgendaId, String>) -> Vec<OccurrenceRecord> {
    schedule
        .items
        .iter()
        .map(|item| {
            let a = &schedule.appointment_of(item).fields;
            let o = &item.occurrence;
            OccurrenceRecord {
                entry_id: o.appointment_id,
                agenda: names.get(&a.agenda_id).cloned().unwrap_or_default(),
                title: schedule.title_of(item).to_string(),
                start: o.start,
                end: o.end,
                all_day: a.all_day,
                category: a.category,
                client_id: a.client_id,
                location: a.location.clone(),
                status: o.status,
                recurring: o.recurring,
                original_start: o.original,
                reminder_minutes: a.reminder_minutes,
                clashes_with: item.clashes_with.clone(),
            }
        })
        .collect()
}

/// The CSV columns of [`OccurrenceRecord`]; `clashes_with` is ids separated by spaces.
pub const OCCURRENCE_COLUMNS: [&str; 14] = [
    "entry_id",
    "agenda",
    "title",
    "start",
    "end",
    "all_day",
    "category",
    "client_id",
    "location",
    "status",
    "recurring",
    "original_start",
    "reminder_minutes",
    "clashes_with",
];

/// Writes occurrences to `w` as CSV.
pub fn write_csv(w: &mut CsvWriter<impl Write>, records: &[OccurrenceRecord]) -> csv::Result<()> {
    w.write_record(OCCURRENCE_COLUMNS)?;
    let ts = |t: NaiveDateTime| t.format("%Y-%m-%dT%H:%M:%S").to_string();
    for r in records {
        let ids: Vec<String> = r.clashes_with.iter().map(ToString::to_string).collect();
        w.write_record([
            r.entry_id.to_string(),
            r.agenda.clone(),
            r.title.clone(),
            ts(r.start),
            ts(r.end),
            r.all_day.to_string(),
            r.category.code().to_string(),
            r.client_id.map(|c| c.to_string()).unwrap_or_default(),
            r.location.clone(),
            r.status.code().to_string(),
            r.recurring.to_string(),
            ts(r.original_start),
            r.reminder_minutes
                .map(|m| m.to_string())
                .unwrap_or_default(),
            ids.join(" "),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// One line of a day sheet or list: "10:00–11:00 Title".
pub fn line_of(l: &Locale, schedule: &Schedule, item: &Listed) -> String {
    let a = &schedule.appointment_of(item).fields;
    let o = &item.occurrence;
    format!(
        "{}  {}",
        l.span(o.start, o.end, a.all_day),
        schedule.title_of(item)
    )
}

/// Writes the printable sheet of `day` for each agenda: entries in order with their
/// category, client, place, status, notes and clashes.
pub fn write_day_sheet(
    out: impl Write,
    l: &Locale,
    day: NaiveDate,
    agendas: &[Agenda],
    schedule: &Schedule,
) -> io::Result<()> {
    let mut out = super::Printable::new(out);
    let titles: HashMap<AppointmentId, &str> = schedule
        .appointments
        .iter()
        .map(|a| (a.id, a.fields.title.as_str()))
        .collect();
    for (n, agenda) in agendas.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let when = format!("{} {}", l.weekday(day), l.date(day));
        let title = fill2(l.t(Msg::SheetTitle), &agenda.name, when);
        writeln!(out, "{title}")?;
        writeln!(out, "{}", "=".repeat(title.chars().count()))?;
        let items: Vec<&Listed> = schedule
            .items
            .iter()
            .filter(|i| schedule.appointment_of(i).fields.agenda_id == agenda.id)
            .collect();
        if items.is_empty() {
            writeln!(out, "{}", l.t(Msg::NothingBooked))?;
        }
        for item in items {
            let a = &schedule.appointment_of(item).fields;
            let status = item.occurrence.status;
            let mark = if status == AppointmentStatus::Planned {
                "[ ]"
            } else {
                "[x]"
            };
            let span = l.span(item.occurrence.start, item.occurrence.end, a.all_day);
            writeln!(out, "{mark} {span:<13} {}", schedule.title_of(item))?;
            let mut details = vec![l.label(&a.category).to_string()];
            if status != AppointmentStatus::Planned {
                details.push(l.label(&status).to_string());
            }
            if let Some(name) = a.client_id.and_then(|c| schedule.clients.get(&c)) {
                details.push(format!("{}: {name}", l.t(Msg::SheetClient)));
            }
            if !a.location.is_empty() {
                details.push(format!("{}: {}", l.t(Msg::FieldLocation), a.location));
            }
            writeln!(out, "{:18}{}", "", details.join(" · "))?;
            if !a.notes.is_empty() {
                writeln!(out, "{:18}{}", "", a.notes)?;
            }
            if !item.clashes_with.is_empty() {
                let names: Vec<String> = item
                    .clashes_with
                    .iter()
                    .map(|id| format!("«{}»", titles.get(id).copied().unwrap_or("?")))
                    .collect();
                writeln!(
                    out,
                    "{:18}{}",
                    "",
                    fill(l.t(Msg::ClashesWith), names.join(", "))
                )?;
            }
        }
    }
    Ok(())
}
