//! A client card drawn: who this is, at a glance, the details scrolling above the
//! history.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::card::{CardView, card_rows};
use super::card_history::render_history;
use crate::domain::CardField;
use crate::i18n::{Locale, Msg, fill, fill2};
use crate::tui::theme;
use crate::tui::widgets::fit::ellipsis;

/// Draws a card.
pub struct CardViewWidget<'a> {
    /// The state to draw.
    pub card: &'a CardView,
    /// Language and dates.
    pub locale: &'a Locale,
    /// Today, for the age of complaints.
    pub today: chrono::NaiveDate,
}

/// Columns of a label before its value.
const LABEL: usize = 26;

fn labelled(label: &str, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:<LABEL$}"), theme::label()),
        Span::raw(value),
    ])
}

fn field_line(locale: &Locale, field: CardField, value: String) -> Line<'static> {
    labelled(locale.label(&field), value)
}

/// Lines cut to `width` columns, a long one ending in `…`.
fn cut(lines: Vec<Line<'static>>, width: usize) -> Vec<Line<'static>> {
    lines
        .into_iter()
        .map(|line| {
            let mut left = width;
            let spans = line
                .spans
                .into_iter()
                .map(|span| {
                    let text = ellipsis(&span.content, left);
                    left =
                        left.saturating_sub(unicode_width::UnicodeWidthStr::width(text.as_str()));
                    Span::styled(text, span.style)
                })
                .collect::<Vec<_>>();
            Line::from(spans).style(line.style)
        })
        .collect()
}

impl CardViewWidget<'_> {
    /// The classification in one line, then every open complaint in red.
    fn summary_lines(&self) -> Vec<Line<'static>> {
        let l = self.locale;
        let mut lines = Vec::new();
        if let Some(c) = self.card.standing.as_ref().map(|s| &s.classification) {
            let mut parts = vec![
                l.label(&c.lifecycle).to_string(),
                l.label(&c.frequency).to_string(),
                format!(
                    "{} {}",
                    l.t(Msg::ColVolume).to_lowercase(),
                    l.label(&c.volume)
                ),
                match c.satisfaction_gap {
                    Some(gap) => {
                        format!("{} ({})", l.label(&c.satisfaction), l.decimal(gap, 2, true))
                    }
                    None => l.label(&c.satisfaction).to_string(),
                },
                fill(l.t(Msg::CardReferralsCount), c.referrals),
            ];
            if let Some(last) = c.last_purchase {
                parts.push(fill(l.t(Msg::CardLastPurchase), l.date(last)));
            }
            lines.push(Line::from(Span::styled(
                parts.join(" · "),
                theme::section(),
            )));
        }
        for e in self.card.log.iter().filter(|e| e.is_open_complaint()) {
            let age = fill(l.t(Msg::DaysShort), e.age_days(self.today));
            lines.push(Line::from(Span::styled(
                format!("! {} · {age} · {}", l.t(Msg::EntryComplaint), e.note),
                theme::error(),
            )));
        }
        lines
    }

    /// The loyalty panel: quadrant and what to do, the four conditions with the fact
    /// behind each, then buying behaviour and programme membership.
    fn loyalty_lines(&self) -> Vec<Line<'static>> {
        let l = self.locale;
        let Some(s) = &self.card.standing else {
            return Vec::new();
        };
        let (f, c, loyal) = (&s.facts, &s.classification, &s.loyalty);
        let bond = l.t(if loyal.bonded {
            Msg::Bonded
        } else {
            Msg::NotBonded
        });
        let mut lines = vec![Line::from(vec![
            Span::styled(format!("{:<26}", l.t(Msg::ColQuadrant)), theme::section()),
            Span::styled(l.label(&loyal.quadrant).to_string(), theme::section()),
            Span::raw(format!(" · {bond} · {}", l.label(&loyal.action()))),
        ])];
        let satisfaction = match c.satisfaction_gap {
            Some(gap) => format!("{} ({})", l.label(&c.satisfaction), l.decimal(gap, 2, true)),
            None => l.t(Msg::FactNoValuations).to_string(),
        };
        let last = f.last_purchase.map_or_else(
            || l.t(Msg::FactNoPurchases).to_string(),
            |d| fill(l.t(Msg::CardLastPurchase), l.date(d)),
        );
        let endures = match (f.first_purchase, f.last_purchase) {
            (Some(first), Some(last)) => {
                let (a, b) = (l.quarter(first), l.quarter(last));
                let span = if a == b {
                    fill(l.t(Msg::FactOneQuarter), a)
                } else {
                    fill2(l.t(Msg::FactQuarters), a, b)
                };
                format!(
                    "{} · {span}",
                    fill(l.t(Msg::FactFirstPurchase), l.date(first))
                )
            }
            _ => l.t(Msg::FactNoPurchases).to_string(),
        };
        let margin = f.margin_in_window_cents.map_or_else(
            || l.t(Msg::FactNoMargin).to_string(),
            |m| fill(l.t(Msg::FactMargin), l.money(m)),
        );
        let k = &loyal.conditions;
        for (holds, name, fact) in [
            (k.predisposition, Msg::CondPredisposition, satisfaction),
            (Some(k.buys), Msg::CondBuys, last),
            (Some(k.endures), Msg::CondEndures, endures),
            (k.profitable, Msg::CondProfitable, margin),
        ] {
            let (mark, style) = match holds {
                Some(true) => ("[✓]", theme::ok()),
                Some(false) => ("[✗]", theme::error()),
                None => ("[?]", theme::hint()),
            };
            lines.push(Line::from(vec![
                Span::styled(format!(" {mark} "), style),
                Span::styled(format!("{:<26}", l.t(name)), theme::label()),
                Span::raw(fact),
            ]));
        }
        let met = [
            k.predisposition,
            Some(k.buys),
            Some(k.endures),
            k.profitable,
        ]
        .iter()
        .filter(|v| **v == Some(true))
        .count();
        let verdict = if loyal.loyal() {
            Span::styled(l.t(Msg::Loyal).to_string(), theme::ok())
        } else if k.loyal_but_not_profitable() {
            Span::styled(l.t(Msg::LoyalNotProfitable).to_string(), theme::error())
        } else {
            Span::raw(fill(l.t(Msg::NotLoyal), met))
        };
        let behaviour = self.card.details.client.card.buying_behaviour;
        let member = match (loyal.member, self.card.details.client.card.member_since) {
            (true, Some(since)) => fill(l.t(Msg::MemberSince), l.date(since)),
            _ => l.t(Msg::NotMember).to_string(),
        };
        lines.push(Line::from(vec![
            verdict,
            Span::styled(
                format!(
                    " · {}: {} · {member}",
                    l.label(&CardField::BuyingBehaviour),
                    behaviour.map_or_else(|| l.t(Msg::None), |b| l.label(&b)),
                ),
                theme::hint(),
            ),
        ]));
        lines
    }

    /// Everything the card says above the history, as lines `width` columns wide:
    /// contact and profile side by side when there is room, one under the other when
    /// not.
    pub fn details_lines(&self, width: u16) -> Vec<Line<'static>> {
        let l = self.locale;
        let d = &self.card.details;
        let c = &d.client.card;
        let none = || l.t(Msg::None).to_string();
        let date = |v: Option<chrono::NaiveDate>| v.map(|v| l.date(v)).unwrap_or_else(none);
        let opt = |v: &Option<String>| v.clone().unwrap_or_else(none);
        let list = |v: &[String]| if v.is_empty() { none() } else { v.join(", ") };
        let number = |id| fill(l.t(Msg::ClientNumber), id);

        use CardField as F;
        // A field most cards leave empty is shown only when it holds something.
        let some =
            |field: F, v: &Option<String>| v.as_ref().map(|v| field_line(l, field, v.clone()));
        let mut contact = vec![
            Line::from(Span::styled(l.t(Msg::CardContact), theme::section())),
            field_line(l, F::Phones, list(&c.phones)),
            field_line(l, F::Emails, list(&c.emails)),
            field_line(l, F::Address, opt(&c.address)),
            field_line(l, F::City, opt(&c.city)),
            field_line(l, F::Postcode, opt(&c.postcode)),
        ];
        contact.extend(
            [
                some(F::Region, &c.region),
                some(F::Country, &c.country),
                some(F::Website, &c.website),
            ]
            .into_iter()
            .flatten(),
        );
        contact.extend([
            field_line(
                l,
                F::PreferredChannel,
                c.preferred_channel
                    .map(|v| l.label(&v).to_string())
                    .unwrap_or_else(none),
            ),
            field_line(
                l,
                F::MarketingConsent,
                match (c.marketing_consent, c.consent_date) {
                    (yes, Some(when)) => format!(
                        "{} ({})",
                        l.t(if yes { Msg::Yes } else { Msg::No }),
                        l.date(when)
                    ),
                    (yes, None) => l.t(if yes { Msg::Yes } else { Msg::No }).to_string(),
                },
            ),
            field_line(l, F::Birthday, date(c.birthday)),
        ]);
        let referrer = match (&d.referrer_name, c.referred_by) {
            (Some(name), Some(id)) => format!("{name} ({})", number(id)),
            _ => none(),
        };
        let mut profile = vec![
            Line::from(Span::styled(l.t(Msg::CardProfile), theme::section())),
            field_line(l, F::Kind, l.label(&c.kind).into()),
            field_line(l, F::Relation, l.label(&c.relation).into()),
        ];
        profile.extend(
            [
                some(F::Organisation, &c.organisation),
                some(F::JobTitle, &c.job_title),
                some(F::Prefix, &c.prefix),
                some(F::Nickname, &c.nickname),
            ]
            .into_iter()
            .flatten(),
        );
        profile.extend([
            field_line(l, F::TaxId, opt(&c.tax_id)),
            field_line(
                l,
                F::Source,
                c.source
                    .map(|v| l.label(&v).to_string())
                    .unwrap_or_else(none),
            ),
            field_line(l, F::ReferredBy, referrer),
            field_line(l, F::Influence, l.label(&c.influence).into()),
            field_line(
                l,
                F::InactivityReason,
                c.inactivity_reason
                    .map(|v| l.label(&v).to_string())
                    .unwrap_or_else(none),
            ),
            field_line(l, F::Tags, list(&c.tags)),
        ]);
        let width = width as usize;
        let mut lines = cut(self.summary_lines(), width);
        // Side by side only when each half leaves a value 24 columns after its label.
        let half = width.saturating_sub(2) / 2;
        if half >= LABEL + 24 {
            let (left, right) = (cut(contact, half), cut(profile, half));
            for i in 0..left.len().max(right.len()) {
                let mut spans = left.get(i).map(|l| l.spans.clone()).unwrap_or_default();
                let used: usize = spans.iter().map(|s| s.width()).sum();
                spans.push(Span::raw(" ".repeat(half + 2 - used)));
                spans.extend(right.get(i).map(|l| l.spans.clone()).unwrap_or_default());
                lines.push(Line::from(spans));
            }
        } else {
            lines.extend(cut(contact, width));
            lines.push(Line::default());
            lines.extend(cut(profile, width));
        }
        let loyalty = self.loyalty_lines();
        if !loyalty.is_empty() {
            lines.push(Line::default());
            lines.extend(cut(loyalty, width));
        }
        let referred = if d.referred.is_empty() {
            none()
        } else {
            d.referred
                .iter()
                .map(|(id, name)| format!("{name} ({})", number(*id)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let notes = if c.notes.is_empty() {
            none()
        } else {
            c.notes.clone()
        };
        let rest = vec![
            Line::default(),
            labelled(l.t(Msg::CardNotes), notes),
            labelled(
                l.t(Msg::CardReferrals),
                format!("{} · {referred}", d.referred.len()),
            ),
            Line::from(Span::styled(
                format!(
                    "{} {} · {} {}",
                    l.t(Msg::CardCreated),
                    l.date(d.client.created_at.date()),
                    l.t(Msg::CardUpdated),
                    l.date(d.client.updated_at.date())
                ),
                theme::hint(),
            )),
        ];
        lines.extend(cut(rest, width));
        lines
    }

    /// The first details line shown in a card of `area`, the last one that can be, and
    /// how many rows the details get.
    pub fn scroll_bounds(&self, area: Rect) -> (usize, usize, usize) {
        let total = self.details_lines(area.width.saturating_sub(2)).len();
        let (rows, _) = card_rows(area, self.card.log.len(), total);
        let last = total.saturating_sub(rows as usize);
        (self.card.scroll.min(last), last, rows as usize)
    }
}

impl Widget for CardViewWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let l = self.locale;
        let d = &self.card.details;
        let title = format!(
            " {} · {} ({}) ",
            l.t(Msg::CardTitle),
            d.client.card.name,
            fill(l.t(Msg::ClientNumber), d.client.id)
        );
        let block = Block::default().borders(Borders::ALL).title(title);
        let inner = block.inner(area);
        block.render(area, buf);
        let lines = self.details_lines(inner.width);
        let (details_rows, history_rows) = card_rows(area, self.card.log.len(), lines.len());
        let [details_area, log_area] = Layout::vertical([
            Constraint::Length(details_rows),
            Constraint::Length(history_rows),
        ])
        .areas(inner);
        // The same bounds as `scroll_bounds`, from the lines already made.
        let last = lines.len().saturating_sub(usize::from(details_rows));
        let top = self.card.scroll.min(last);
        let shown: Vec<Line<'static>> = lines
            .into_iter()
            .skip(top)
            .take(details_rows as usize)
            .collect();
        Paragraph::new(shown).render(details_area, buf);
        // Marks on the right edge say there is more above or below (PgUp/PgDn).
        let mark = |y: u16, text: &str, buf: &mut Buffer| {
            let x = details_area
                .right()
                .saturating_sub(text.chars().count() as u16);
            buf.set_string(x, y, text, theme::hint());
        };
        if details_rows > 0 {
            if top > 0 {
                mark(details_area.y, l.t(Msg::MoreAbove), buf);
            }
            if top < last {
                mark(details_area.bottom() - 1, l.t(Msg::MoreBelow), buf);
            }
        }
        render_history(self.card, l, log_area, buf);
    }
}
