//! A client card: who this is, at a glance.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::domain::{CardField, ClientDetails};
use crate::i18n::{Locale, Msg, fill};
use crate::tui::theme;

/// State of the card pane: the client shown.
#[derive(Debug, Clone, PartialEq)]
pub struct CardView {
    /// The client and the people around them.
    pub details: ClientDetails,
}

/// Draws a card.
pub struct CardViewWidget<'a> {
    /// The state to draw.
    pub card: &'a CardView,
    /// Language and dates.
    pub locale: &'a Locale,
}

fn field_line(locale: &Locale, field: CardField, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{:<26}", locale.label(&field)), theme::label()),
        Span::raw(value),
    ])
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
                F::BuyingBehaviour,
                c.buying_behaviour
                    .map(|v| l.label(&v).to_string())
                    .unwrap_or_else(none),
            ),
            field_line(
                l,
                F::InactivityReason,
                c.inactivity_reason
                    .map(|v| l.label(&v).to_string())
                    .unwrap_or_else(none),
            ),
            field_line(l, F::MemberSince, date(c.member_since)),
            field_line(l, F::Tags, list(&c.tags)),
        ];
        let top_height = contact.len().max(profile.len()) as u16 + 1;
        let [top, bottom] =
            Layout::vertical([Constraint::Length(top_height), Constraint::Fill(1)]).areas(inner);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .spacing(2)
                .areas(top);
        Paragraph::new(contact).render(left, buf);
        Paragraph::new(profile).render(right, buf);

        let mut rest = vec![Line::from(Span::styled(
            l.t(Msg::CardNotes),
            theme::section(),
        ))];
        rest.push(Line::raw(if c.notes.is_empty() {
            none()
        } else {
            c.notes.clone()
        }));
        rest.push(Line::default());
        let referred = if d.referred.is_empty() {
            none()
        } else {
            d.referred
                .iter()
                .map(|(id, name)| format!("{name} ({})", number(*id)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        rest.push(Line::from(vec![
            Span::styled(format!("{:<26}", l.t(Msg::CardReferrals)), theme::label()),
            Span::raw(format!("{} · {referred}", d.referred.len())),
        ]));
        rest.push(Line::from(Span::styled(
            format!(
                "{} {} · {} {}",
                l.t(Msg::CardCreated),
                l.date(d.client.created_at.date()),
                l.t(Msg::CardUpdated),
                l.date(d.client.updated_at.date())
            ),
            theme::hint(),
        )));
        Paragraph::new(rest)
            .wrap(Wrap { trim: false })
            .render(bottom, buf);
    }
}
