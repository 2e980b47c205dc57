//! `clientela scenes …`: service cycles and their moments of truth.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::Subcommand;
use color_eyre::eyre::Result;

use super::Session;
use super::args::{Format, ShowFormat};
use super::output::emit_with_csv;
use crate::domain::{CycleId, EntryId, SceneId};
use crate::exchange::scene_report::{write_report, write_scene};
use crate::exchange::scenes::{
    CycleRecord, SceneRecord, actions_text, gap_text, progress_dots, scores_text,
};
use crate::i18n::{MomentMsg as M, fill, fill_all, fill2};

/// `scenes` subcommands.
#[derive(Debug, Subcommand)]
pub enum ScenesCommand {
    /// Every service cycle with its scenes in order: steps done, scores, gap, actions
    List {
        /// Output format (JSON: an array of cycles, each with its `scenes`)
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Everything about one scene: its five steps, action plan and tied log entries
    Show {
        /// Scene id
        scene_id: SceneId,
        /// Output format (text is Markdown)
        #[arg(long, value_enum, default_value_t)]
        format: ShowFormat,
    },
    /// A cycle as a Markdown report: summary, each scene's steps, the action plan
    Report {
        /// Service cycle id
        cycle_id: CycleId,
        /// Write to this file instead of standard output
        #[arg(long, short, value_name = "FILE.md")]
        output: Option<PathBuf>,
    },
    /// Make a new service cycle and print its id
    NewCycle {
        /// Its name, e.g. "Visita a la tienda"
        name: String,
    },
    /// Tie a logged entry (a complaint, say) to a scene as evidence; without a scene,
    /// untie it
    Tie {
        /// Log entry id
        entry_id: EntryId,
        /// Scene id
        scene_id: Option<SceneId>,
    },
}

/// Runs one `scenes` subcommand.
pub fn run(session: &Session, command: ScenesCommand) -> Result<()> {
    let mut store = crate::ops::open(session)?;
    let l = &session.locale;
    let today = session.clock.today();
    match command {
        ScenesCommand::List { format } => {
            let cycles = store.cycles()?;
            let records: Vec<CycleRecord> = cycles.iter().map(CycleRecord::from).collect();
            let header = vec![
                l.t(M::ColCycle),
                l.t(crate::i18n::Msg::ColIdText),
                l.t(M::ColPlace),
                l.t(M::ColScene),
                l.t(M::ColSteps),
                l.t(M::ColExpectedDelivered),
                l.t(M::ColGap),
                l.t(M::ColActions),
            ];
            let rows: Vec<Vec<String>> = cycles
                .iter()
                .flat_map(|c| {
                    c.scenes.iter().map(|s| {
                        vec![
                            c.name.clone(),
                            s.id.to_string(),
                            s.position.to_string(),
                            s.title.clone(),
                            progress_dots(s.progress()),
                            scores_text(&s.evaluation),
                            gap_text(s.evaluation.gap()),
                            actions_text(l, s),
                        ]
                    })
                })
                .collect();
            emit_with_csv(
                (format, session.cells),
                &records,
                |w| {
                    // One row per scene, its cycle repeated: the shape a spreadsheet wants.
                    w.write_record([
                        "cycle_id",
                        "cycle",
                        "scene_id",
                        "position",
                        "title",
                        "category",
                        "channel",
                        "steps_done",
                        "expected_score",
                        "delivered_score",
                        "gap",
                        "open_actions",
                        "done_actions",
                    ])?;
                    for c in &records {
                        for s in &c.scenes {
                            let opt = |v: Option<String>| v.unwrap_or_default();
                            w.write_record([
                                c.cycle_id.to_string(),
                                c.name.clone(),
                                s.scene_id.to_string(),
                                s.position.to_string(),
                                s.title.clone(),
                                opt(s.category.map(|v| v.code().to_string())),
                                opt(s.channel.map(|v| v.code().to_string())),
                                s.steps_done.to_string(),
                                opt(s.expected_score.map(|v| v.to_string())),
                                opt(s.delivered_score.map(|v| v.to_string())),
                                opt(s.gap.map(|v| v.to_string())),
                                s.open_actions.to_string(),
                                s.done_actions.to_string(),
                            ])?;
                        }
                    }
                    Ok(())
                },
                || (header, rows),
            )?;
        }
        ScenesCommand::Show { scene_id, format } => {
            let scene = store.scene(scene_id)?;
            let cycle = store.cycle(scene.cycle_id)?;
            let evidence = store.scene_evidence(scene_id)?;
            let out = io::stdout().lock();
            match format {
                ShowFormat::Json => crate::exchange::write_json(
                    out,
                    &SceneRecord::new(&scene, &cycle.name, &evidence, today),
                )?,
                ShowFormat::Text => write_scene(out, l, &scene, Some(&evidence), today)?,
            }
        }
        ScenesCommand::Report { cycle_id, output } => {
            let cycle = store.cycle(cycle_id)?;
            let mut evidence = HashMap::new();
            for s in &cycle.scenes {
                evidence.insert(s.id, store.scene_evidence(s.id)?);
            }
            let mut text = Vec::new();
            write_report(&mut text, l, &cycle, &evidence, today)?;
            match output {
                Some(path) => crate::ops::files::write_output(&path, &session.database, |out| {
                    Ok(out.write_all(&text)?)
                })?,
                None => io::stdout().lock().write_all(&text)?,
            }
        }
        ScenesCommand::NewCycle { name } => {
            let id = store.add_cycle(&name)?;
            writeln!(io::stdout(), "{id}")?;
        }
        ScenesCommand::Tie { entry_id, scene_id } => {
            let before = store.scene_of_entry(entry_id)?;
            store.tie_entry(entry_id, scene_id)?;
            // Said, above all when the entry left another scene.
            let l = &session.locale;
            let said = match (before, scene_id) {
                (_, None) => fill(l.t(crate::i18n::CliMsg::EntryUntied), entry_id),
                (Some(old), Some(new)) if old != new => fill_all(
                    l.t(crate::i18n::CliMsg::EntryMoved),
                    &[&entry_id, &old, &new],
                ),
                (_, Some(new)) => fill2(l.t(crate::i18n::CliMsg::EntryTied), entry_id, new),
            };
            writeln!(super::output::Report::default(), "{said}")?;
        }
    }
    Ok(())
}
