//! A client card: who this is, at a glance.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::domain::{CardField, ClientDetails, LogEntry, Standing};
use crate::i18n::{Locale, Msg, fill, fill2};
use crate::tui::theme;

/// State of the card pane: the client shown, their log and classification.
#[derive(Debug, Clone, PartialEq)]
pub struct CardView {
    /// The client and the people around them.
    pub details: ClientDetails,
    /// Their log, newest first.
    pub log: Vec<LogEntry>,
    /// Their classes, loyalty and to-do groups as of today.
    pub standing: Option<Standing>,
}

/// Draws a card.
pub struct CardViewWidget<'a> {
    /// The state to draw.
    pub card: &'a CardView,
    /// Language and dates.
    pub locale: &'a Locale,
    /// Today, for the age of complaints.
    pub today: chrono::NaiveDate,
}

fn field_line(locale: &Locale, field: CardField, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{:<26}", locale.label(&field)), theme::label()),
        Span::raw(value),
    ])
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

    /// The log, newest first; open complaints in red.
    fn render_log(&self, area: Rect, buf: &mut Buffer) {
        let l = self.locale;
        let mut lines = vec![Line::from(Span::styled(
            l.t(Msg::CardHistory),
            theme::section(),
        ))];
        if self.card.log.is_empty() {
            lines.push(Line::from(Span::styled(
                l.t(Msg::CardNoHistory),
                theme::hint(),
            )));
        }
        for e in self.card.log.iter().take(area.height as usize) {
            let amount = e.amount_cents.map(|c| l.money(c)).unwrap_or_default();
            let valuation = e
                .valuation
                .map(|v| format!("{}→{}", v.expected, v.perceived))
                .unwrap_or_default();
            let detail = match (&e.resolution, e.note.is_empty()) {
                (Some(r), _) => format!("{} → {}", e.note, r.answer),
                (None, _) => e.note.clone(),
            };
            let text = format!(
                "{} {}  {:<14} {:>10} {:>5}  {}",
                l.date(e.at.date()),
                e.at.format("%H:%M"),
                l.label(&e.kind),
                amount,
                valuation,
                detail
            );
            let style = if e.is_open_complaint() {
                theme::error()
            } else {
                Style::default()
            };
            lines.push(Line::styled(text, style));
        }
        Paragraph::new(lines).render(area, buf);
    }
}

impl Widget for CardViewWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let l = self.locale;
        let d = &self.card.details;
        let c = &d.client.card;
        let none = || l.t(Msg::None).to_string();
        let date = |v: Option<chrono::NaiveDate>| v.map(|v| l.date(v)).unwrap_or_else(none);
        let opt = |v: &Option<String>| v.clone().unwrap_or_else(none);
        let list = |v: &[String]| if v.is_empty() { none() } else { v.join(", ") };
        let number = |id| fill(l.t(Msg::ClientNumber), id);
        let title = format!(
            " {} · {} ({}) ",
            l.t(Msg::CardTitle),
            c.name,
            number(d.client.id)
        );
        let block = Block::default().borders(Borders::ALL).title(title);
        let inner = block.inner(area);
        block.render(area, buf);

        use CardField as F;
        let contact = vec![
            Line::from(Span::styled(l.t(Msg::CardContact), theme::section())),
            field_line(l, F::Phones, list(&c.phones)),
            field_line(l, F::Emails, list(&c.emails)),
            field_line(l, F::Address, opt(&c.address)),
            field_line(l, F::City, opt(&c.city)),
            field_line(l, F::Postcode, opt(&c.postcode)),
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
        ];
        let referrer = match (&d.referrer_name, c.referred_by) {
            (Some(name), Some(id)) => format!("{name} ({})", number(id)),
            _ => none(),
        };
        let profile = vec![
            Line::from(Span::styled(l.t(Msg::CardProfile), theme::section())),
            field_line(l, F::Kind, l.label(&c.kind).into()),
            field_line(l, F::Relation, l.label(&c.relation).into()),
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
        ];
        let summary = self.summary_lines();
        let loyalty = self.loyalty_lines();
        let top_height = contact.len().max(profile.len()) as u16;
        let [summary_area, fields_area, loyalty_area, rest_area, log_area] = Layout::vertical([
            Constraint::Length(summary.len() as u16),
            Constraint::Length(top_height),
            Constraint::Length(loyalty.len() as u16 + 1),
            Constraint::Length(3),
            Constraint::Fill(1),
        ])
        .areas(inner);
        // A blank line above the loyalty panel.
        let [_, loyalty_area] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(loyalty_area);
        Paragraph::new(loyalty).render(loyalty_area, buf);
        Paragraph::new(summary).render(summary_area, buf);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .spacing(2)
                .areas(fields_area);
        Paragraph::new(contact).render(left, buf);
        Paragraph::new(profile).render(right, buf);

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
            Line::from(vec![
                Span::styled(format!("{:<26}", l.t(Msg::CardNotes)), theme::label()),
                Span::raw(notes),
            ]),
            Line::from(vec![
                Span::styled(format!("{:<26}", l.t(Msg::CardReferrals)), theme::label()),
                Span::raw(format!("{} · {referred}", d.referred.len())),
            ]),
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
        Paragraph::new(rest).render(rest_area, buf);
        self.render_log(log_area, buf);
    }
}
