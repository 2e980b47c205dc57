//! Service cycles and scenes as JSON records, and a cycle as a Markdown report.

use std::collections::HashMap;
use std::io::{self, Write};

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::domain::scene::worst_gap_first;
use crate::domain::{
    ActionArea, ActionItem, ClientId, Complaint, CycleId, Description, EntryId, EntryKind, Scene,
    SceneCategory, SceneChannel, SceneId, SceneStep, ServiceCycle,
};
use crate::i18n::{Locale, MomentMsg as M, fill};

/// One scene in a cycle's list: where it stands.
#[derive(Debug, Clone, Serialize)]
pub struct SceneRow {
    /// The scene's id.
    pub scene_id: SceneId,
    /// Its name.
    pub title: String,
    /// Its place in the cycle, from 1.
    pub position: u32,
    /// Category code.
    pub category: Option<SceneCategory>,
    /// Channel code.
    pub channel: Option<SceneChannel>,
    /// Steps complete, 0 to 5.
    pub steps_done: u8,
    /// What the client expects, 1 to 5.
    pub expected_score: Option<u8>,
    /// What they get, 1 to 5.
    pub delivered_score: Option<u8>,
    /// Expected minus delivered.
    pub gap: Option<i8>,
    /// Actions of the plan not done.
    pub open_actions: usize,
    /// Actions done.
    pub done_actions: usize,
}

impl From<&Scene> for SceneRow {
    fn from(s: &Scene) -> Self {
        let (open_actions, done_actions) = s.action_counts();
        Self {
            scene_id: s.id,
            title: s.title.clone(),
            position: s.position,
            category: s.category,
            channel: s.channel,
            steps_done: s.steps_done(),
            expected_score: s.evaluation.expected_score,
            delivered_score: s.evaluation.delivered_score,
            gap: s.evaluation.gap(),
            open_actions,
            done_actions,
        }
    }
}

/// A cycle and its scenes, in order.
#[derive(Debug, Clone, Serialize)]
pub struct CycleRecord {
    /// The cycle's id.
    pub cycle_id: CycleId,
    /// Its name.
    pub name: String,
    /// Its scenes.
    pub scenes: Vec<SceneRow>,
}

impl From<&ServiceCycle> for CycleRecord {
    fn from(c: &ServiceCycle) -> Self {
        Self {
            cycle_id: c.id,
            name: c.name.clone(),
            scenes: c.scenes.iter().map(SceneRow::from).collect(),
        }
    }
}

/// Step 4 with its gap.
#[derive(Debug, Clone, Serialize)]
pub struct EvaluationRecord {
    /// What the client expects.
    pub expected: String,
    /// 1 to 5.
    pub expected_score: Option<u8>,
    /// What they get.
    pub delivered: String,
    /// 1 to 5.
    pub delivered_score: Option<u8>,
    /// Expected minus delivered.
    pub gap: Option<i8>,
}

/// One action of the plan, with whether it is late.
#[derive(Debug, Clone, Serialize)]
pub struct ActionRecord {
    /// Area code.
    pub area: ActionArea,
    /// What to do.
    pub what: String,
    /// Who answers for it.
    pub responsible: String,
    /// By when.
    pub due: Option<NaiveDate>,
    /// Done.
    pub done: bool,
    /// Open and past its date.
    pub overdue: bool,
}

/// A log entry tied to the scene.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRecord {
    /// The entry's id.
    pub entry_id: EntryId,
    /// Its client.
    pub client_id: ClientId,
    /// Their name.
    pub client_name: String,
    /// When.
    pub at: NaiveDateTime,
    /// Kind code.
    pub kind: EntryKind,
    /// What was said.
    pub note: String,
    /// For complaints: whether it was answered.
    pub resolved: bool,
}

impl From<&Complaint> for EvidenceRecord {
    fn from(c: &Complaint) -> Self {
        Self {
            entry_id: c.entry.id,
            client_id: c.entry.client_id,
            client_name: c.client_name.clone(),
            at: c.entry.at,
            kind: c.entry.kind,
            note: c.entry.note.clone(),
            resolved: c.entry.resolution.is_some(),
        }
    }
}

/// Everything about one scene.
#[derive(Debug, Clone, Serialize)]
pub struct SceneRecord {
    /// The scene's id.
    pub scene_id: SceneId,
    /// Its cycle.
    pub cycle_id: CycleId,
    /// The cycle's name.
    pub cycle: String,
    /// Its place in the cycle.
    pub position: u32,
    /// Step 1.
    pub title: String,
    /// Step 1.
    pub category: Option<SceneCategory>,
    /// Step 1.
    pub channel: Option<SceneChannel>,
    /// Step 2.
    pub visualisation: String,
    /// Step 3.
    pub description: Description,
    /// Step 4.
    pub evaluation: EvaluationRecord,
    /// Step 5.
    pub actions: Vec<ActionRecord>,
    /// Which steps are complete, in order.
    pub progress: [bool; 5],
    /// How many.
    pub steps_done: u8,
    /// Where the editor resumes.
    pub step: SceneStep,
    /// Log entries tied to it.
    pub evidence: Vec<EvidenceRecord>,
}

impl SceneRecord {
    /// The record of `scene` of cycle `cycle`, with late actions as of `today`.
    pub fn new(scene: &Scene, cycle: &str, evidence: &[Complaint], today: NaiveDate) -> Self {
        let e = &scene.evaluation;
        Self {
            scene_id: scene.id,
            cycle_id: scene.cycle_id,
            cycle: cycle.to_string(),
            position: scene.position,
            title: scene.title.clone(),
            category: scene.category,
            channel: scene.channel,
            visualisation: scene.visualisation.clone(),
            description: scene.description.clone(),
            evaluation: EvaluationRecord {
                expected: e.expected.clone(),
                expected_score: e.expected_score,
                delivered: e.delivered.clone(),
                delivered_score: e.delivered_score,
                gap: e.gap(),
            },
            actions: scene.actions.iter().map(|a| action(a, today)).collect(),
            progress: scene.progress(),
            steps_done: scene.steps_done(),
            step: scene.step,
            evidence: evidence.iter().map(EvidenceRecord::from).collect(),
        }
    }
}

fn action(a: &ActionItem, today: NaiveDate) -> ActionRecord {
    ActionRecord {
        area: a.area,
        what: a.what.clone(),
        responsible: a.responsible.clone(),
        due: a.due,
        done: a.done,
        overdue: a.overdue(today),
    }
}

/// `●●●○○`: the steps complete, in order.
pub fn progress_dots(progress: [bool; 5]) -> String {
    progress
        .iter()
        .map(|done| if *done { '●' } else { '○' })
        .collect()
}

/// A gap as people read it: `+3`, `0`, `-1`, or a dash.
pub fn gap_text(gap: Option<i8>) -> String {
    gap.map_or_else(
        || "—".into(),
        |g| {
            if g > 0 {
                format!("+{g}")
            } else {
                g.to_string()
            }
        },
    )
}

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
    mut out: impl Write,
    l: &Locale,
    cycle: &ServiceCycle,
    evidence: &HashMap<SceneId, Vec<Complaint>>,
    today: NaiveDate,
) -> io::Result<()> {
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
        let e = &s.evaluation;
        let score = |v: Option<u8>| v.map_or_else(|| "—".to_string(), |v| v.to_string());
        let (open, done) = s.action_counts();
        writeln!(
            out,
            "| {} | {} | {} | {}→{} | {} | {} |",
            s.position,
            md(&s.title),
            progress_dots(s.progress()),
            score(e.expected_score),
            score(e.delivered_score),
            gap_text(e.gap()),
            fill(&fill(l.t(M::ActionsCount), open), done)
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
    mut out: impl Write,
    l: &Locale,
    s: &Scene,
    evidence: Option<&Vec<Complaint>>,
    today: NaiveDate,
) -> io::Result<()> {
    let title = fill(&fill(l.t(M::ReportScene), s.position), md(&s.title));
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
