//! Draws the Moments-of-truth tab: the service cycles, the chosen cycle's scenes with
//! their progress and gap, the tab's boxes, or the scene editor.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, Widget, Wrap};

use super::editor::SceneEditor;
use super::editor_view::SceneEditorView;
use super::lists::{Lists, MomentsFocus};
use crate::domain::Scene;
use crate::exchange::scenes::{actions_text, gap_text, progress_dots, scores_text};
use crate::i18n::{Locale, MomentMsg as M, Msg, fill};
use crate::tui::theme;
use crate::tui::widgets::fit::ellipsis;
use unicode_width::UnicodeWidthStr;

/// The Moments tab as a widget.
pub struct MomentsView<'a> {
    /// The lists.
    pub lists: &'a Lists,
    /// The scene being analysed, if any.
    pub editor: Option<&'a SceneEditor>,
    /// Language and dates.
    pub locale: &'a Locale,
    /// Today, for late actions.
    pub today: NaiveDate,
}

/// Width of the cycles list.
const CYCLES_WIDTH: u16 = 26;

impl Widget for MomentsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let l = self.locale;
        if let Some(editor) = self.editor {
            SceneEditorView {
                editor,
                locale: l,
                today: self.today,
            }
            .render(area, buf);
        } else {
            self.render_lists(area, buf);
        }
    }
}

impl MomentsView<'_> {
    fn render_lists(&self, area: Rect, buf: &mut Buffer) {
        let (p, l) = (self.lists, self.locale);
        let (cycles, said) = match &p.cycles {
            None => (&Vec::new(), M::LoadingCycles),
            Some(cycles) => (cycles, M::NoCycles),
        };
        if cycles.is_empty() {
            Paragraph::new(l.t(said))
                .style(theme::hint())
                .wrap(Wrap { trim: true })
                .render(area.inner(ratatui::layout::Margin::new(1, 1)), buf);
            return;
        }
        // Below 100 columns the cycles give room to the scenes' titles.
        let cycles_width = if area.width < 100 { 18 } else { CYCLES_WIDTH };
        let [left, right] =
            Layout::horizontal([Constraint::Length(cycles_width), Constraint::Fill(1)]).areas(area);
        let border = |focused: bool| {
            if focused {
                theme::focused_field()
            } else {
                Style::default()
            }
        };
        let cycles_block = Block::default()
            .borders(Borders::ALL)
            .border_style(border(p.focus == MomentsFocus::Cycles))
            .title(ellipsis(
                l.t(if cycles_width < CYCLES_WIDTH {
                    M::CyclesShort
                } else {
                    M::Cycles
                }),
                cycles_width.saturating_sub(2) as usize,
            ));
        let inner = cycles_block.inner(left);
        cycles_block.render(left, buf);
        for (i, c) in cycles.iter().enumerate().take(inner.height as usize) {
            let style = match (i == p.cycle, p.focus) {
                (true, MomentsFocus::Cycles) => theme::selected(),
                (true, MomentsFocus::Scenes) => theme::section(),
                (false, _) => Style::default(),
            };
            // The name ends with … where it must, the count always shows.
            let count = format!(" ({})", c.scenes.len());
            let room = (inner.width as usize).saturating_sub(count.width());
            let text = format!("{}{count}", ellipsis(&c.name, room));
            buf.set_stringn(
                inner.x,
                inner.y + i as u16,
                text,
                inner.width as usize,
                style,
            );
        }

        let Some(cycle) = p.selected_cycle() else {
            return;
        };
        let order = l.t(if p.by_gap {
            M::SortedByGap
        } else {
            M::SortedByPosition
        });
        let scenes_block = Block::default()
            .borders(Borders::ALL)
            .border_style(border(p.focus == MomentsFocus::Scenes))
            .title(format!("{} · {order}", fill(l.t(M::ScenesOf), &cycle.name)));
        let inner = scenes_block.inner(right);
        scenes_block.render(right, buf);
        let scenes = p.shown_scenes();
        if scenes.is_empty() {
            Paragraph::new(l.t(M::NoScenes))
                .style(theme::hint())
                .wrap(Wrap { trim: true })
                .render(inner, buf);
            return;
        }
        // The title keeps at least 20 columns; the actions (as wide as the widest row's,
        // "3 pend. · 0 hechas · 2 vencidas") drop out whole when they do not fit beside it.
        let fixed = 3 + 6 + 9 + 6 + 4;
        let rest = inner.width.saturating_sub(fixed);
        let widest = scenes
            .iter()
            .map(|s| Line::from(self.actions_spans(s)).width())
            .chain(std::iter::once(l.t(M::ColActions).width()))
            .max()
            .unwrap_or(0) as u16;
        let actions = if rest >= 20 + 1 + 12 {
            (rest - 21).min(widest.max(12))
        } else {
            0
        };
        let title = if actions > 0 {
            rest - 1 - actions
        } else {
            rest
        };
        let mut titles = vec![
            M::ColPosition,
            M::ColScene,
            M::ColSteps,
            M::ColExpectedDelivered,
            M::ColGap,
        ];
        let mut widths = vec![
            Constraint::Length(3),
            Constraint::Length(title),
            Constraint::Length(6),
            Constraint::Length(9),
            Constraint::Length(6),
        ];
        if actions > 0 {
            titles.push(M::ColActions);
            widths.push(Constraint::Length(actions));
        }
        let header =
            Row::new(titles.into_iter().map(|m| Cell::from(l.t(m)))).style(theme::header());
        let rows = scenes.iter().enumerate().map(|(i, s)| {
            let row = self.scene_row(s, title as usize, actions > 0);
            if i == p.scene && p.focus == MomentsFocus::Scenes {
                row.style(theme::selected())
            } else {
                row
            }
        });
        Table::new(rows, widths).header(header).render(inner, buf);
    }

    /// A scene's actions: open and done, and the overdue in red.
    fn actions_spans(&self, s: &Scene) -> Vec<Span<'static>> {
        let l = self.locale;
        let late = s.actions.iter().filter(|a| a.overdue(self.today)).count();
        let mut actions = vec![Span::raw(actions_text(l, s))];
        if late > 0 {
            actions.push(Span::styled(
                format!(
                    " · {}",
                    l.plural(
                        late as u64,
                        Msg::Moments(M::OverdueOne),
                        Msg::Moments(M::OverdueMany)
                    )
                ),
                theme::error(),
            ));
        }
        actions
    }

    /// A scene's row: its title in `title_width` columns (ending in … when longer), the
    /// actions only when `with_actions`.
    fn scene_row(&self, s: &Scene, title_width: usize, with_actions: bool) -> Row<'static> {
        let e = &s.evaluation;
        let actions = self.actions_spans(s);
        let mut cells = vec![
            Cell::from(s.position.to_string()),
            Cell::from(crate::tui::widgets::fit::ellipsis(&s.title, title_width)),
            Cell::from(progress_dots(s.progress())).style(theme::step_done()),
            Cell::from(scores_text(e)),
            Cell::from(gap_text(e.gap())).style(theme::gap(e.gap())),
        ];
        if with_actions {
            cells.push(Cell::from(Line::from(actions)));
        }
        Row::new(cells)
    }
}
