//! The dashboard's figures (retention, conversion, open complaints) and its chart of
//! the last 24 months.

use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Block, Borders, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use crate::domain::{DashboardFigures, MonthFigures};
use crate::i18n::{Locale, Msg, fill, fill_all};
use crate::tui::theme;
use crate::tui::widgets::fit::ellipsis;

pub(super) fn figures(l: &Locale, f: &DashboardFigures, area: Rect, buf: &mut Buffer) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", l.t(Msg::DashFigures)));
    let inner = block.inner(area);
    block.render(area, buf);
    let width = inner.width as usize;
    // The label in 17 columns and a space, fewer (ended with …) where the figure would
    // not fit.
    let label = |name: Msg, value: &str| {
        let room = 17.min(width.saturating_sub(value.width() + 1));
        format!("{:<room$} ", ellipsis(l.t(name), room))
    };
    // The hint only where it fits whole: the figure itself is never cut.
    let rate = |name: Msg, rate, hint: Msg| {
        // The count behind the percentage goes first when room is short.
        let full = l.rate(rate);
        let value = if l.t(name).width() + 1 + full.width() <= width {
            full
        } else {
            full.split(" (").next().unwrap_or_default().to_string()
        };
        let label = label(name, &value);
        let hint = format!(" · {}", l.t(hint));
        let mut spans = vec![
            Span::styled(label.clone(), theme::label()),
            Span::raw(value.clone()),
        ];
        if label.width() + value.width() + hint.width() <= width {
            spans.push(Span::styled(hint, theme::hint()));
        }
        Line::from(spans)
    };
    let median = f
        .open_complaints_median_days
        .map(|d| {
            format!(
                " · {}",
                fill(l.t(Msg::DashMedianAge), l.decimal(d, 1, false))
            )
        })
        .unwrap_or_default();
    let complaints_style = if f.open_complaints > 0 {
        theme::error()
    } else {
        Style::default()
    };
    let count = f.open_complaints.to_string();
    let label = label(Msg::DashComplaints, &count);
    // The median age only where it fits whole.
    let median = if label.width() + count.width() + median.width() <= width {
        median
    } else {
        String::new()
    };
    let lines = vec![
        rate(Msg::DashRetention, f.retention, Msg::DashRetentionHint),
        rate(Msg::DashConversion, f.conversion, Msg::DashConversionHint),
        Line::from(vec![
            Span::styled(label, theme::label()),
            Span::styled(count, complaints_style),
            Span::raw(median),
        ]),
    ];
    Paragraph::new(lines).render(inner, buf);
}

pub(super) fn chart(l: &Locale, months: &[MonthFigures], area: Rect, buf: &mut Buffer) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", l.t(Msg::DashChart)));
    let inner = block.inner(area);
    block.render(area, buf);
    let active_rows = (inner.height.saturating_sub(3) / 3).max(1);
    let [spend_caption, spend_area, active_caption, active_area, axis] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(active_rows),
        Constraint::Length(1),
    ])
    .areas(inner);
    let slots = months.len().max(1) as u16;
    let width = ((inner.width + 1) / slots).saturating_sub(1).max(1);
    let gap = u16::from((width + 1) * slots <= inner.width + 1);
    let bars = |values: Vec<u64>, style: Style| {
        let bars: Vec<Bar<'_>> = values
            .into_iter()
            .map(|v| Bar::default().value(v).text_value(""))
            .collect();
        BarChart::new(bars)
            .bar_width(width)
            .bar_gap(gap)
            .bar_style(style)
    };
    let spend: Vec<u64> = months.iter().map(|m| m.spend_cents.max(0) as u64).collect();
    let peak = months.iter().max_by_key(|m| m.spend_cents);
    let this_month = months.last();
    let caption = match (peak, this_month) {
        (Some(peak), Some(now)) => fill_all(
            l.t(Msg::ChartSpend),
            &[
                &l.money(peak.spend_cents),
                &peak.month.format("%m/%Y"),
                &l.money(now.spend_cents),
            ],
        ),
        _ => String::new(),
    };
    Paragraph::new(Span::styled(caption, theme::label())).render(spend_caption, buf);
    bars(spend, theme::chart_spend()).render(spend_area, buf);
    let caption = fill(
        l.t(Msg::ChartActive),
        this_month.map_or(0, |m| m.active_clients),
    );
    Paragraph::new(Span::styled(caption, theme::label())).render(active_caption, buf);
    let active: Vec<u64> = months.iter().map(|m| u64::from(m.active_clients)).collect();
    bars(active, theme::chart_active()).render(active_area, buf);
    // The axis: the first month, then each January's year under its bar.
    let mut axis_line = vec![' '; inner.width as usize];
    let mut free_from = 0;
    for (i, m) in months.iter().enumerate() {
        let text = if i == 0 {
            m.month.format("%m/%y").to_string()
        } else if m.month.month() == 1 {
            m.month.year().to_string()
        } else {
            continue;
        };
        let x = i * usize::from(width + gap);
        if x < free_from {
            continue;
        }
        free_from = x + text.chars().count() + 1;
        for (k, c) in text.chars().enumerate() {
            if let Some(cell) = axis_line.get_mut(x + k) {
                *cell = c;
            }
        }
    }
    let axis_text: String = axis_line.into_iter().collect();
    Paragraph::new(Span::styled(axis_text, theme::hint())).render(axis, buf);
}
