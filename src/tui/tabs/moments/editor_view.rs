//! Draws the scene editor: a progress bar naming the step, the step's prompt, and the
//! step's fields (step 4 with the tied complaints, step 5 with the action plan).

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, Widget, Wrap};

use super::editor::{PlanFocus, SceneEditor, SceneField};
use crate::domain::{EntryKind, SceneStep};
use crate::i18n::{Locale, MomentMsg as M, fill, fill2};
use crate::tui::theme;
use crate::tui::widgets::fields::{Fields, FormField, Input, choice_text};
use crate::tui::widgets::fit::ellipsis;

/// The editor as a widget.
pub struct SceneEditorView<'a> {
    /// Its state.
    pub editor: &'a SceneEditor,
    /// Language and dates.
    pub locale: &'a Locale,
    /// Today, for late actions.
    pub today: NaiveDate,
}

/// Width of the labels of one-line fields.
const LABEL_WIDTH: u16 = 22;

fn prompt(step: SceneStep) -> M {
    match step {
        SceneStep::Identify => M::PromptIdentify,
        SceneStep::Visualise => M::PromptVisualise,
        SceneStep::Describe => M::PromptDescribe,
        SceneStep::Evaluate => M::PromptEvaluate,
        SceneStep::Plan => M::PromptPlan,
    }
}

/// A one-line field: `▸ Label  value`.
fn field_line(f: &FormField<SceneField>, focused: bool, l: &Locale, area: Rect, buf: &mut Buffer) {
    let [label, input] =
        Layout::horizontal([Constraint::Length(LABEL_WIDTH), Constraint::Fill(1)]).areas(area);
    let (marker, style) = if focused {
        ("▸ ", theme::focused_field())
    } else {
        ("  ", theme::label())
    };
    Span::styled(format!("{marker}{}", l.label(&f.field)), style).render(label, buf);
    let indented = Rect {
        x: input.x + 2,
        width: input.width.saturating_sub(2),
        ..input
    };
    match &f.input {
        Input::Text(t) => t.render(indented, buf),
        Input::Area(t) => t.render(Block::default(), indented, buf),
        Input::Choice { options, selected } => {
            let (text, style) = choice_text(options, *selected, focused, 2, l);
            Span::styled(text, style).render(input, buf);
        }
    }
}

/// A multi-line field in a box titled with its label.
fn field_box(f: &FormField<SceneField>, focused: bool, l: &Locale, area: Rect, buf: &mut Buffer) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if focused {
            theme::focused_field()
        } else {
            Style::default()
        })
        .title(l.label(&f.field).to_string());
    match &f.input {
        Input::Area(t) => t.render(block, area, buf),
        _ => {
            let inner = block.inner(area);
            block.render(area, buf);
            field_line(f, focused, l, inner, buf);
        }
    }
}

impl Widget for SceneEditorView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (e, l) = (self.editor, self.locale);
        // The step's prompt takes two rows when it needs them (a blank one otherwise).
        let [header, bar, hint, body, error] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);

        let place = match e.position {
            (Some(p), n) => fill2(l.t(M::SceneHeader), &e.cycle_name, format!("{p}/{n}")),
            (None, _) => fill(l.t(M::NewSceneHeader), &e.cycle_name),
        };
        let title = e.pages[0].text_of(SceneField::Title);
        let mut head = vec![Span::styled(place, theme::section())];
        if !title.trim().is_empty() {
            head.push(Span::raw(format!(" — {}", title.trim())));
        }
        Line::from(head).render(header, buf);

        let progress = e.draft().progress();
        // The five steps named, joined more tightly, then only the current one named,
        // as the width asks.
        let steps = |connector: &'static str, all_named: bool| {
            let mut spans = vec![Span::raw(" ")];
            for (i, step) in SceneStep::ALL.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::styled(connector, theme::hint()));
                }
                let mark = if progress[i] { "●" } else { "○" };
                let text = if all_named || *step == e.step {
                    format!("{mark} {} {}", step.number(), l.label(step))
                } else {
                    format!("{mark} {}", step.number())
                };
                let style = if *step == e.step {
                    theme::step_current()
                } else if progress[i] {
                    theme::step_done()
                } else {
                    theme::hint()
                };
                spans.push(Span::styled(text, style));
            }
            Line::from(spans)
        };
        let line = [("  ──  ", true), (" ─ ", true), (" ─ ", false)]
            .into_iter()
            .map(|(c, named)| steps(c, named))
            .find(|line| line.width() <= bar.width as usize)
            .unwrap_or_else(|| steps(" ─ ", false));
        line.render(bar, buf);
        Paragraph::new(Line::from(vec![
            Span::styled(
                format!("{} · ", fill(l.t(M::StepOf), e.step.number())),
                theme::label(),
            ),
            Span::styled(l.t(prompt(e.step)), theme::hint()),
        ]))
        .wrap(Wrap { trim: true })
        .render(hint, buf);

        match e.step {
            SceneStep::Identify => self.render_identify(body, buf),
            SceneStep::Visualise => {
                field_box(&e.pages[1][0], true, l, body, buf);
            }
            SceneStep::Describe => {
                let rows = Layout::vertical([Constraint::Fill(1); 3]).split(body);
                for (i, f) in e.pages[2].iter().enumerate() {
                    let [left, right] =
                        Layout::horizontal([Constraint::Fill(1); 2]).areas(rows[i / 2]);
                    let cell = if i % 2 == 0 { left } else { right };
                    field_box(f, i == e.pages[2].focus, l, cell, buf);
                }
            }
            SceneStep::Evaluate => self.render_evaluate(body, buf),
            SceneStep::Plan => self.render_plan(body, buf),
        }
        if let Some(text) = &e.error {
            Span::styled(text.clone(), theme::error()).render(error, buf);
        }
    }
}

impl SceneEditorView<'_> {
    fn render_identify(&self, area: Rect, buf: &mut Buffer) {
        let (e, l) = (self.editor, self.locale);
        let page: &Fields<SceneField> = &e.pages[0];
        for (i, f) in page.iter().enumerate() {
            let row = Rect::new(area.x, area.y + 2 * i as u16, area.width, 1);
            if row.bottom() <= area.bottom() {
                field_line(f, i == page.focus, l, row, buf);
            }
        }
        // Under the place: what it takes.
        let last = match e.position {
            (Some(_), n) => n,
            (None, n) => n.max(1),
        };
        let row = Rect::new(area.x, area.y + 2 * page.len() as u16 - 1, area.width, 1);
        if row.bottom() <= area.bottom() {
            let [_, value] =
                Layout::horizontal([Constraint::Length(LABEL_WIDTH), Constraint::Fill(1)])
                    .areas(row);
            let said = if e.position.0.is_some() {
                M::PlaceHintSaved
            } else {
                M::PlaceHint
            };
            let hint = ellipsis(&fill(l.t(said), last), value.width as usize - 2);
            Span::styled(format!("  {hint}"), theme::hint()).render(value, buf);
        }
    }

    fn render_evaluate(&self, area: Rect, buf: &mut Buffer) {
        let (e, l) = (self.editor, self.locale);
        let page = &e.pages[3];
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(area);
        let [expected, expected_score, delivered, delivered_score, gap] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(left);
        for (i, (f, rect)) in page
            .iter()
            .zip([expected, expected_score, delivered, delivered_score])
            .enumerate()
        {
            if matches!(f.input, Input::Area(_)) {
                field_box(f, i == page.focus, l, rect, buf);
            } else {
                field_line(f, i == page.focus, l, rect, buf);
            }
        }
        let draft = e.draft();
        let gap_line = match draft.evaluation.gap() {
            Some(g) => Span::styled(
                fill(l.t(M::GapIs), crate::exchange::scenes::gap_text(Some(g))),
                theme::gap(Some(g)),
            ),
            None => Span::styled(l.t(M::GapNone), theme::hint()),
        };
        Line::from(vec![Span::raw("  "), gap_line]).render(gap, buf);

        let title = match e.editing {
            Some(_) => fill(l.t(M::EvidenceTie), l.t(M::Evidence)),
            None => l.t(M::Evidence).to_string(),
        };
        let block = Block::default().borders(Borders::ALL).title(title);
        let inner = block.inner(right);
        block.render(right, buf);
        if e.evidence.is_empty() {
            let text = match e.editing {
                Some(id) => fill(l.t(M::NoEvidence), id),
                None => l.t(M::NoEvidenceNew).to_string(),
            };
            Paragraph::new(text)
                .style(theme::hint())
                .wrap(Wrap { trim: true })
                .render(inner, buf);
            return;
        }
        // Two rows an entry, each cut with …; what does not fit is counted, and Ctrl-T
        // lists it.
        let width = usize::from(inner.width);
        let room = usize::from(inner.height);
        let total = e.evidence.len();
        // Notes wrap whole when every entry fits so; else each takes two rows.
        let wrapped_rows: usize = e
            .evidence
            .iter()
            .map(|c| 1 + (c.entry.note.chars().count() + 2).div_ceil(width.max(1)))
            .sum();
        let whole = wrapped_rows <= room;
        let shown = if whole || total * 2 <= room {
            total
        } else {
            room.saturating_sub(1) / 2
        };
        let mut lines = Vec::new();
        for c in e.evidence.iter().take(shown) {
            let open = c.entry.kind == EntryKind::Complaint && c.entry.resolution.is_none();
            let style = if open { theme::error() } else { theme::label() };
            let head = format!("{} · {}", l.date(c.entry.at.date()), l.label(&c.entry.kind));
            let line = Line::from(vec![
                Span::styled(head, style),
                Span::raw(format!(" · {}", c.client_name)),
            ]);
            lines.push(crate::tui::widgets::fit::ellipsis_line(line, width));
            let note = format!("  {}", c.entry.note);
            lines.push(Line::raw(if whole { note } else { ellipsis(&note, width) }));
        }
        if shown < total {
            lines.push(Line::styled(
                ellipsis(&fill(l.t(M::EvidenceMore), total - shown), width),
                theme::hint(),
            ));
        }
        let paragraph = Paragraph::new(lines);
        if whole {
            paragraph.wrap(Wrap { trim: false }).render(inner, buf);
        } else {
            paragraph.render(inner, buf);
        }
    }

    fn render_plan(&self, area: Rect, buf: &mut Buffer) {
        let (e, l) = (self.editor, self.locale);
        let form_height = e.action_form.len() as u16 + 3;
        let [list, form] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(form_height)]).areas(area);

        let on_list = e.plan_focus == PlanFocus::List && !e.actions.is_empty();
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(if on_list {
                theme::focused_field()
            } else {
                Style::default()
            })
            .title(l.t(M::Actions));
        let inner = block.inner(list);
        block.render(list, buf);
        if e.actions.is_empty() {
            Span::styled(l.t(M::NoActions), theme::hint()).render(inner, buf);
        } else {
            // What to do keeps at least about 20 columns: who, then when, drop out
            // whole below that (the plan's form below shows every field).
            let width = inner.width as usize;
            let (show_who, show_due) = (width >= 62, width >= 46);
            // The area whole ("Información del personal") where there is room.
            let area_width: u16 = if width >= 90 { 24 } else { 12 };
            let what_width = width
                .saturating_sub(usize::from(area_width) + 1)
                .saturating_sub(if show_due { 21 } else { 0 })
                .saturating_sub(if show_who { 15 } else { 0 });
            let mut heads = vec![M::FieldWhat, M::FieldArea];
            if show_who {
                heads.push(M::FieldResponsible);
            }
            if show_due {
                heads.push(M::FieldDue);
            }
            let header =
                Row::new(heads.into_iter().map(|m| Cell::from(l.t(m)))).style(theme::header());
            let rows = e.actions.iter().enumerate().map(|(i, a)| {
                let mark = if a.done { "[x]" } else { "[ ]" };
                let due = a.due.map(|d| l.date(d)).unwrap_or_default();
                let late = a.overdue(self.today);
                let due_cell = if late {
                    Cell::from(format!("{due} {}", l.t(M::Overdue))).style(theme::error())
                } else {
                    Cell::from(due)
                };
                let mut cells = vec![
                    Cell::from(ellipsis(&format!("{mark} {}", a.what), what_width)),
                    Cell::from(ellipsis(l.label(&a.area), usize::from(area_width))),
                ];
                if show_who {
                    cells.push(Cell::from(ellipsis(&a.responsible, 14)));
                }
                if show_due {
                    cells.push(due_cell);
                }
                let row = Row::new(cells);
                let row = if late { row.style(theme::error()) } else { row };
                if on_list && i == e.action_cursor {
                    row.style(theme::selected())
                } else {
                    row
                }
            });
            Table::new(
                rows,
                [
                    Some(Constraint::Fill(1)),
                    Some(Constraint::Length(area_width)),
                    show_who.then_some(Constraint::Length(14)),
                    show_due.then_some(Constraint::Length(20)),
                ]
                .into_iter()
                .flatten(),
            )
            .header(header)
            .render(inner, buf);
        }

        let title = match e.editing_action {
            Some(i) => fill(l.t(M::EditAction), i + 1),
            None => l.t(M::NewAction).to_string(),
        };
        let on_form = e.plan_focus == PlanFocus::Form || e.actions.is_empty();
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(if on_form {
                theme::focused_field()
            } else {
                Style::default()
            })
            .title(title);
        let inner = block.inner(form);
        block.render(form, buf);
        for (i, f) in e.action_form.iter().enumerate() {
            let row = Rect::new(inner.x, inner.y + i as u16, inner.width, 1);
            field_line(f, on_form && i == e.action_form.focus, l, row, buf);
        }
        let hint = Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1);
        Span::styled(l.t(M::ActionHint), theme::hint()).render(hint, buf);
    }
}
