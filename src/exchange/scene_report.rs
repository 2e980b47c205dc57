//! A service cycle as a Markdown report that reads well as is: a summary worst gap
//! first, each scene's five steps in order, and the cycle's action plan.

use std::collections::HashMap;
use std::io::{self, Write};

use chrono::NaiveDate;

use super::scenes::{actions_text, gap_text, progress_dots, scores_text};
use crate::domain::scene::worst_gap_first;
use crate::domain::{ActionItem, Complaint, Scene, SceneId, SceneStep, ServiceCycle};
use crate::i18n::{Locale, MomentMsg as M, fill, fill2};

/// Text a reader of Markdown sees as written: no line may start a heading, list or
/// table, and `|` or `*` must not turn into markup.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A multi-line text as a Markdown paragraph with its line breaks kept.
fn paragraph(l: &Locale, text: &str) -> String {
    if text.trim().is_empty() {
        return format!("_{}_", l.t(M::ReportEmpty));
    }
    text.lines()
        .map(|line| {
            // A line that would start a list or quote stays plain text.
            let line = md(line.trim_end());
            let digits = line.chars().take_while(char::is_ascii_digit).count();
            let list = line.starts_with(['-', '+'])
                || (digits > 0 && line[digits..].starts_with(['.', ')']));
            if list { format!("\\{line}") } else { line }
        })
        .collect::<Vec<_>>()
        .join("  \n")
}

/// Writes a cycle as a Markdown report: a summary table (worst gap first), then each
/// scene's five steps in order, then the cycle's whole action plan by due date.
pub fn write_report(
    out: impl Write,
    l: &Locale,
    cycle: &ServiceCycle,
    evidence: &HashMap<SceneId, Vec<Complaint>>,
    today: NaiveDate,
) -> io::Result<()> {
    let mut out = super::Printable::new(out);
    writeln!(out, "# {}\n", md(&fill(l.t(M::ReportTitle), &cycle.name)))?;
    writeln!(out, "{}", fill(l.t(M::ReportIntro), cycle.scenes.len()))?;
    writeln!(out, "{}\n", fill(l.t(M::ReportAsOf), l.date(today)))?;

    writeln!(out, "## {}\n", l.t(M::ReportSummary))?;
    let mut worst = cycle.scenes.clone();
    worst_gap_first(&mut worst);
    writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |",
        l.t(M::ColPosition),
        l.t(M::ColScene),
        l.t(M::ColSteps),
        l.t(M::ColExpectedDelivered),
        l.t(M::ColGap),
        l.t(M::ColActions)
    )?;
    writeln!(out, "|---:|---|---|:---:|---:|---|")?;
    for s in &worst {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            s.position,
            md(&s.title),
            progress_dots(s.progress()),
            scores_text(&s.evaluation),
            gap_text(s.evaluation.gap()),
            actions_text(l, s)
        )?;
    }
    writeln!(out)?;

    for s in &cycle.scenes {
        write_scene(&mut out, l, s, evidence.get(&s.id), today)?;
    }

    writeln!(out, "## {}\n", l.t(M::ReportPlan))?;
    let mut plan: Vec<(&Scene, &ActionItem)> = cycle
        .scenes
        .iter()
        .flat_map(|s| s.actions.iter().map(move |a| (s, a)))
        .collect();
    if plan.is_empty() {
        writeln!(out, "{}\n", l.t(M::ReportNoActions))?;
        return Ok(());
    }
    plan.sort_by_key(|(s, a)| (a.done, a.due.is_none(), a.due, s.position));
    for (s, a) in plan {
        writeln!(out, "- {} — {}", action_line(l, a, today), md(&s.title))?;
    }
    writeln!(out)
}

fn action_line(l: &Locale, a: &ActionItem, today: NaiveDate) -> String {
    let mark = if a.done { "[x]" } else { "[ ]" };
    let due = a
        .due
        .map_or_else(|| l.t(M::ReportNoDate).to_string(), |d| l.date(d));
    let late = if a.overdue(today) {
        format!(" **{}**", l.t(M::Overdue))
    } else {
        String::new()
    };
    let who = if a.responsible.trim().is_empty() {
        "—".to_string()
    } else {
        md(&a.responsible)
    };
    format!(
        "{mark} {} ({}) · {who} · {due}{late}",
        md(&a.what),
        l.label(&a.area)
    )
}

/// Writes one scene's five steps, its tied entries and its plan as Markdown (a
/// section of the cycle's report).
pub fn write_scene(
    out: impl Write,
    l: &Locale,
    s: &Scene,
    evidence: Option<&Vec<Complaint>>,
    today: NaiveDate,
) -> io::Result<()> {
    let mut out = super::Printable::new(out);
    let title = fill2(l.t(M::ReportScene), s.position, md(&s.title));
    writeln!(out, "## {title}\n")?;
    writeln!(
        out,
        "{} {}\n",
        progress_dots(s.progress()),
        fill(l.t(M::ReportStepsDone), s.steps_done())
    )?;
    writeln!(out, "### 1. {}\n", l.label(&SceneStep::Identify))?;
    writeln!(
        out,
        "- {}: {}",
        l.t(M::FieldCategory),
        s.category.as_ref().map_or("—", |c| l.label(c))
    )?;
    writeln!(
        out,
        "- {}: {}\n",
        l.t(M::FieldChannel),
        s.channel.as_ref().map_or("—", |c| l.label(c))
    )?;
    writeln!(out, "### 2. {}\n", l.label(&SceneStep::Visualise))?;
    writeln!(out, "{}\n", paragraph(l, &s.visualisation))?;
    writeln!(out, "### 3. {}\n", l.label(&SceneStep::Describe))?;
    let d = &s.description;
    for (msg, text) in [
        (M::FieldSituation, &d.situation),
        (M::FieldMaterial, &d.material),
        (M::FieldFurniture, &d.furniture),
        (M::FieldLocation, &d.location),
        (M::FieldStaff, &d.staff),
        (M::FieldOtherClients, &d.other_clients),
    ] {
        writeln!(out, "**{}**  \n{}\n", l.t(msg), paragraph(l, text))?;
    }
    writeln!(out, "### 4. {}\n", l.label(&SceneStep::Evaluate))?;
    let e = &s.evaluation;
    let score =
        |v: Option<u8>| v.map_or_else(|| l.t(M::ReportNotScored).to_string(), |v| format!("{v}/5"));
    writeln!(
        out,
        "**{}** ({})  \n{}\n",
        l.t(M::FieldExpected),
        score(e.expected_score),
        paragraph(l, &e.expected)
    )?;
    writeln!(
        out,
        "**{}** ({})  \n{}\n",
        l.t(M::FieldDelivered),
        score(e.delivered_score),
        paragraph(l, &e.delivered)
    )?;
    match e.gap() {
        Some(g) => writeln!(out, "**{}**\n", fill(l.t(M::GapIs), gap_text(Some(g))))?,
        None => writeln!(out, "_{}_\n", l.t(M::GapNone))?,
    }
    if let Some(evidence) = evidence.filter(|e| !e.is_empty()) {
        writeln!(out, "{}:\n", l.t(M::ReportEvidence))?;
        for c in evidence {
            writeln!(
                out,
                "- {} · {} · {} — {}",
                l.date(c.entry.at.date()),
                l.label(&c.entry.kind),
                md(&c.client_name),
                md(c.entry.note.lines().next().unwrap_or(""))
            )?;
        }
        writeln!(out)?;
    }
    writeln!(out, "### 5. {}\n", l.label(&SceneStep::Plan))?;
    if s.actions.is_empty() {
        writeln!(out, "{}\n", l.t(M::ReportNoActions))?;
    } else {
        for a in &s.actions {
            writeln!(out, "- {}", action_line(l, a, today))?;
        }
        writeln!(out)?;
    }
    Ok(())
}
