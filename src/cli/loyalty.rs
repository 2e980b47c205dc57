//! `clientela loyalty` and `clientela dashboard`.

use std::io::{self, Write};

use color_eyre::eyre::Result;

use super::Session;
use super::args::{ClassifyArgs, DashboardArgs, ShowFormat};
use super::output::{Csv, as_of, emit_with_csv, write_table};
use crate::domain::{DashboardFigures, Standing};
use crate::exchange::loyalty::{LoyaltyRecord, write_loyalty_csv};
use crate::exchange::write_json;
use crate::i18n::{Locale, Msg, fill};

/// Every client's loyalty (or one's) as of a day.
pub fn run_loyalty(session: &Session, args: ClassifyArgs) -> Result<()> {
    let store = crate::ops::open(session)?;
    let today = as_of(session, args.as_of.as_deref())?;
    let c = &session.config;
    let standings = store.standings(&c.classification, &c.loyalty, today, args.client)?;
    let rows: Vec<LoyaltyRecord> = standings.iter().map(LoyaltyRecord::from).collect();
    let l = &session.locale;
    let csv = |w: &mut Csv| write_loyalty_csv(w, &rows);
    emit_with_csv((args.format, session.cells), &rows, csv, || {
        let header = vec![
            l.t(Msg::ColIdText),
            l.t(Msg::ColName),
            l.t(Msg::ColQuadrant),
            l.t(Msg::ColBonded),
            l.t(Msg::ColConditions),
            l.t(Msg::ColAction),
        ];
        let table = standings
            .iter()
            .map(|s| {
                vec![
                    s.facts.client_id.to_string(),
                    s.facts.name.clone(),
                    l.label(&s.loyalty.quadrant).to_string(),
                    l.t(if s.loyalty.bonded { Msg::Yes } else { Msg::No })
                        .to_string(),
                    checklist(s),
                    l.label(&s.loyalty.action()).to_string(),
                ]
            })
            .collect();
        (header, table)
    })?;
    Ok(())
}

/// The four conditions as four marks: `✓` holds, `✗` does not, `?` unknown.
pub fn checklist(s: &Standing) -> String {
    let c = &s.loyalty.conditions;
    [
        c.predisposition,
        Some(c.buys),
        Some(c.endures),
        c.profitable,
    ]
    .iter()
    .map(|v| match v {
        Some(true) => '✓',
        Some(false) => '✗',
        None => '?',
    })
    .collect()
}

/// The dashboard's figures as of a day.
pub fn run_dashboard(session: &Session, args: DashboardArgs) -> Result<()> {
    let store = crate::ops::open(session)?;
    let today = as_of(session, args.as_of.as_deref())?;
    let c = &session.config;
    let (_, figures) = store.dashboard(&c.classification, &c.loyalty, today)?;
    let mut out = io::stdout().lock();
    match args.format {
        ShowFormat::Json => write_json(&mut out, &figures)?,
        ShowFormat::Text => write_dashboard(&mut out, &figures, &session.locale)?,
    }
    Ok(())
}

/// The dashboard as text for people, in the user's language.
pub fn write_dashboard(out: &mut impl Write, f: &DashboardFigures, l: &Locale) -> io::Result<()> {
    writeln!(
        out,
        "{} {} · {}",
        l.t(Msg::DashTitle),
        fill(l.t(Msg::DashAsOf), l.date(f.as_of)),
        l.clients(f.clients)
    )?;
    writeln!(out)?;
    let rows: Vec<Vec<String>> = f
        .quadrants
        .iter()
        .map(|q| {
            vec![
                l.quadrant_plural(q.quadrant).to_string(),
                q.clients.to_string(),
                l.money(q.spend_in_window_cents),
                q.referrals.to_string(),
                l.label(&q.quadrant.action()).to_string(),
            ]
        })
        .collect();
    let header = [
        l.t(Msg::ColQuadrant),
        l.t(Msg::ColClients),
        l.t(Msg::ColSpend),
        l.t(Msg::ColReferrals),
        l.t(Msg::ColAction),
    ];
    write_table(&mut *out, &header, &rows)?;
    writeln!(
        out,
        "{} · {}",
        fill(l.t(Msg::DashLoyal), f.loyal),
        fill(l.t(Msg::DashLoyalNotProfitable), f.loyal_not_profitable)
    )?;
    writeln!(out)?;
    for (name, hint, rate) in [
        (Msg::DashRetention, Msg::DashRetentionHint, f.retention),
        (Msg::DashConversion, Msg::DashConversionHint, f.conversion),
    ] {
        writeln!(out, "{}: {} — {}", l.t(name), l.rate(rate), l.t(hint))?;
    }
    write!(out, "{}: {}", l.t(Msg::DashComplaints), f.open_complaints)?;
    match f.open_complaints_median_days {
        Some(days) => writeln!(
            out,
            " · {}",
            fill(l.t(Msg::DashMedianAge), l.decimal(days, 1, false))
        )?,
        None => writeln!(out)?,
    }
    writeln!(out)?;
    writeln!(out, "{}", l.t(Msg::DashChart))?;
    let rows: Vec<Vec<String>> = f
        .months
        .iter()
        .map(|m| {
            vec![
                // The month as the user writes it; English keeps the ISO form.
                m.month
                    .format(match l.lang {
                        crate::i18n::Lang::Es => "%m/%Y",
                        crate::i18n::Lang::En => "%Y-%m",
                    })
                    .to_string(),
                l.money(m.spend_cents),
                m.active_clients.to_string(),
            ]
        })
        .collect();
    let header = [
        l.t(Msg::ColMonth),
        l.t(Msg::ColSpend),
        l.t(Msg::ColActiveClients),
    ];
    write_table(&mut *out, &header, &rows)?;
    writeln!(out)?;
    writeln!(out, "{}", l.t(Msg::DashToDo))?;
    for g in &f.todo {
        writeln!(out, "  {} ({})", l.label(&g.group), g.count)?;
        for c in &g.clients {
            let date = c.date.map(|d| l.date(d)).unwrap_or_default();
            writeln!(
                out,
                "    {:>6}  {}  {}  {date}",
                c.client_id,
                c.name,
                l.money(c.spend_in_window_cents)
            )?;
        }
    }
    Ok(())
}
