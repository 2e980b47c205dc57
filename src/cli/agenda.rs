//! `clientela agenda …`

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};

use chrono::Duration;
use color_eyre::eyre::{Result, WrapErr, bail};

use super::Session;
use super::agenda_args::{AgendaAddArgs, AgendaCommand, AgendaListArgs};
use super::output::emit_with_csv;
use crate::domain::agenda::whole_days;
use crate::domain::dates::{parse_date, parse_date_in_year, parse_datetime_in_year};
use crate::domain::{Agenda, AgendaId, NewAppointment, Recurrence, RepeatEnd, Schedule};
use crate::exchange::agenda::{records, write_csv, write_day_sheet};
use crate::exchange::ics::write_ics;
use crate::exchange::ics_import::read_ics;
use crate::i18n::{CliMsg, Locale, Msg, fill, fill2};
use crate::store::{Store, StoreError};

/// Runs one `agenda` subcommand.
pub fn run(session: &Session, command: AgendaCommand) -> Result<()> {
    let mut store = crate::ops::open(session)?;
    let zone = session.config.agenda.time_zone;
    let l = &session.locale;
    match command {
        AgendaCommand::Add(args) => add(session, &mut store, args)?,
        AgendaCommand::List(args) => list(session, &store, args)?,
        AgendaCommand::Export { agenda, output } => {
            let chosen = chosen(&store, agenda.as_deref(), l)?;
            let ids: Vec<AgendaId> = chosen.iter().map(|a| a.id).collect();
            let all = store.appointments(&ids)?;
            let name = agenda.as_ref().and(chosen.first()).map(|a| a.name.as_str());
            let now = session.clock.now();
            crate::ops::files::write_output(&output, &session.database, |out| {
                Ok(write_ics(out, (name, &chosen), &all, zone, now)?)
            })?;
            // Said where it went, as every export to a file says.
            if output.as_os_str() != "-" {
                let said = fill2(
                    l.count_msg(
                        all.len() as u64,
                        CliMsg::EntriesExportedOne.into(),
                        CliMsg::EntriesExported.into(),
                    ),
                    all.len(),
                    output.display(),
                );
                writeln!(super::output::Report::default(), "{said}")?;
            }
        }
        AgendaCommand::Import {
            file,
            agenda,
            dry_run,
            skip_unsupported,
        } => {
            let content =
                fs::read(&file).wrap_err_with(|| fill(l.t(CliMsg::ReadingFile), file.display()))?;
            let content = String::from_utf8(content).map_err(|e| {
                color_eyre::eyre::eyre!(fill2(
                    l.t(CliMsg::NotUtf8Ics),
                    file.display(),
                    e.utf8_error().valid_up_to()
                ))
            })?;
            // The agenda is found or made by the store, with the entries.
            let read = read_ics(&file, &content, (0, zone), skip_unsupported)?;
            let (one, other) = if dry_run {
                (Msg::WouldImportOne, Msg::WouldImport)
            } else {
                (Msg::ImportedOne, Msg::Imported)
            };
            // Into the agenda named, else the one each event names.
            let mut list = Vec::with_capacity(read.events.len());
            for e in read.events {
                let target = match (&agenda, e.agenda) {
                    (Some(a), _) => a.clone(),
                    (None, Some(a)) => a,
                    (None, None) => {
                        bail!(fill(l.t(CliMsg::IcsNeedsAgenda), &e.fields.title))
                    }
                };
                list.push((target, e.fields, e.overrides));
            }
            let mut out = io::stdout().lock();
            for why in read.warnings.iter().chain(&read.skipped) {
                writeln!(out, "{}", crate::i18n::tell(why, l))?;
            }
            let done = store.import_appointments(&list, session.clock.now(), dry_run)?;
            if done.is_empty() {
                writeln!(
                    out,
                    "{}",
                    fill2(
                        l.count_msg(0, one, other),
                        0,
                        agenda.as_deref().unwrap_or("—")
                    )
                )?;
            }
            for (target, added, skipped) in done {
                let mut said = fill2(l.count_msg(added as u64, one, other), added, &target.name);
                if skipped > 0 {
                    said.push_str(&fill(l.t(Msg::AlreadyThere), skipped));
                }
                writeln!(out, "{said}")?;
            }
            if !read.skipped.is_empty() {
                let n = read.skipped.len();
                let said = l.count_msg(
                    n as u64,
                    CliMsg::IcsSkippedOne.into(),
                    CliMsg::IcsSkipped.into(),
                );
                writeln!(out, "{}", fill(said, n))?;
            }
        }
        AgendaCommand::Print { date, agenda } => {
            let day = match date {
                Some(d) => parse_date(&d).wrap_err("--date")?,
                None => session.clock.today(),
            };
            let chosen = chosen(&store, agenda.as_deref(), l)?;
            let ids: Vec<AgendaId> = chosen.iter().map(|a| a.id).collect();
            let (from, to) = whole_days(day, day);
            let schedule = store.schedule(&ids, from, to, zone)?;
            write_day_sheet(io::stdout().lock(), l, day, &chosen, &schedule)?;
        }
        AgendaCommand::Due { format } => {
            let now = session.clock.now();
            let ahead = Duration::minutes(i64::from(store.longest_reminder()?)) + Duration::days(1);
            let schedule = store.schedule(&[], now - Duration::days(1), now + ahead, zone)?;
            let due: Vec<_> = schedule.due(now).into_iter().cloned().collect();
            let shown = Schedule {
                items: due,
                ..schedule
            };
            print_schedule(&store, session, &shown, format)?;
        }
        AgendaCommand::Agendas { add } => {
            if let Some(name) = add {
                store.add_agenda(&name)?;
            }
            for a in store.agendas()? {
                writeln!(io::stdout(), "{}\t{}", a.id, a.name)?;
            }
        }
    }
    Ok(())
}

/// The agenda named, or every agenda.
fn chosen(store: &Store, name: Option<&str>, l: &Locale) -> Result<Vec<Agenda>> {
    match name {
        Some(name) => Ok(vec![named(store, name, l)?]),
        None => Ok(store.agendas()?),
    }
}

fn named(store: &Store, name: &str, l: &Locale) -> Result<Agenda> {
    match store.agenda_named(name)? {
        Some(a) => Ok(a),
        None => {
            let known: Vec<String> = store.agendas()?.into_iter().map(|a| a.name).collect();
            Err(StoreError::NoAgenda(name.to_string()))
                .wrap_err_with(|| fill(l.t(CliMsg::AgendasAre), known.join(", ")))
        }
    }
}

fn add(session: &Session, store: &mut Store, args: AgendaAddArgs) -> Result<()> {
    let agenda = named(store, &args.agenda, &session.locale)?;
    // A date without its year (`30/11 10:00`) is in this year, as the TUI's `g` takes it.
    let today = session.clock.today();
    let start = parse_datetime_in_year(&args.start, today).wrap_err("--start")?;
    let mut a = if args.all_day {
        NewAppointment::all_day(agenda.id, &args.title, start.date(), start.date())
    } else {
        let end = args.end.as_deref().unwrap_or_default();
        // A time that day, a length (30m, 1h30, +45), or a date and time.
        let end = match crate::domain::dates::parse_end(end, start.time()) {
            Some(t) => start.date().and_time(t),
            None => parse_datetime_in_year(end, today).wrap_err("--end")?,
        };
        NewAppointment::timed(agenda.id, &args.title, start, end)
    };
    a.category = args.category;
    a.client_id = args.client;
    a.location = args.location.unwrap_or_default();
    a.notes = args.notes.unwrap_or_default();
    a.reminder_minutes = args.reminder;
    if let Some(repeat) = args.repeat {
        let end = match (args.until, args.count) {
            (Some(d), _) => RepeatEnd::Until(parse_date_in_year(&d, today).wrap_err("--until")?),
            (None, Some(n)) => RepeatEnd::Count(n),
            (None, None) => RepeatEnd::Never,
        };
        a.recurrence = Some(Recurrence {
            interval: args.every.unwrap_or(1),
            ..Recurrence::new(repeat, end)
        });
    }
    a.validate()?;
    if !args.allow_clash {
        let clashes = store.clashes(None, &a, session.config.agenda.time_zone)?;
        if !clashes.is_empty() {
            bail!(fill(
                session.locale.t(Msg::ClashRefused),
                session.locale.clashes(&clashes)
            ));
        }
    }
    let id = store.add_appointment(&a, session.clock.now())?;
    writeln!(io::stdout(), "{id}")?;
    Ok(())
}

fn list(session: &Session, store: &Store, args: AgendaListArgs) -> Result<()> {
    let from = match &args.from {
        Some(d) => parse_date(d).wrap_err("--from")?,
        None => session.clock.today(),
    };
    let to = match &args.to {
        Some(d) => parse_date(d).wrap_err("--to")?,
        None => from + Duration::days(6),
    };
    if to < from {
        let l = &session.locale;
        bail!(fill2(l.t(CliMsg::ToBeforeFrom), l.date(to), l.date(from)));
    }
    let mut ids = Vec::new();
    for name in &args.agendas {
        ids.push(named(store, name, &session.locale)?.id);
    }
    let (start, end) = whole_days(from, to);
    let schedule = store.schedule(&ids, start, end, session.config.agenda.time_zone)?;
    print_schedule(store, session, &schedule, args.format)
}

fn print_schedule(
    store: &Store,
    session: &Session,
    schedule: &Schedule,
    format: super::Format,
) -> Result<()> {
    let names: HashMap<AgendaId, String> = store
        .agendas()?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let list = records(schedule, &names);
    let l = &session.locale;
    emit_with_csv(
        (format, session.cells),
        &list,
        |w| write_csv(w, &list),
        || {
            let header = vec![
                l.t(Msg::ColIdText),
                l.t(Msg::ColDate),
                l.t(Msg::ColTime),
                l.t(Msg::ColAgenda),
                l.t(Msg::ColTitle),
                l.t(Msg::ColCategory),
                l.t(Msg::ColStatus),
                l.t(Msg::ColClashes),
            ];
            let rows = list
                .iter()
                .map(|r| {
                    let ids: Vec<String> = r.clashes_with.iter().map(ToString::to_string).collect();
                    vec![
                        r.entry_id.to_string(),
                        format!("{} {}", l.weekday(r.start.date()), l.date(r.start.date())),
                        l.span(r.start, r.end, r.all_day),
                        r.agenda.clone(),
                        r.title.clone(),
                        l.label(&r.category).to_string(),
                        l.label(&r.status).to_string(),
                        ids.join(" "),
                    ]
                })
                .collect();
            (header, rows)
        },
    )
}
