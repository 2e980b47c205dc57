//! Fixtures shared by the integration tests.
#![allow(dead_code)]

pub mod sandbox;

use chrono::NaiveDate;
use clientela::domain::{
    ClassSet, Classification, Client, ClientCard, ClientDetails, ClientSummary, Complaint,
    EntryKind, Frequency, Lifecycle, LogEntry, NewEntry, Satisfaction, Valuation, Volume,
};
use clientela::i18n::{Lang, Locale};
use clientela::tui::action::Action;
use clientela::tui::app::App;
use clientela::tui::effect::Effect;
use clientela::tui::panes::card::CardView;
use clientela::tui::panes::client_list::RowStatus;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::HashMap;

/// A plain key press.
pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// A character key press.
pub fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

/// Ctrl + a character.
pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Types `text` one key at a time, returning the effects of the last key.
pub fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    let mut last = Vec::new();
    for c in text.chars() {
        last = app.on_key(ch(c));
    }
    last
}

/// A client summary.
pub fn summary(id: i64, name: &str, phone: &str, city: &str, tags: &[&str]) -> ClientSummary {
    ClientSummary {
        id,
        name: name.into(),
        phones: if phone.is_empty() {
            vec![]
        } else {
            vec![phone.into()]
        },
        emails: vec![format!("cliente{id}@correo.es")],
        tax_id: None,
        city: Some(city.into()),
        tags: tags.iter().map(|t| t.to_string()).collect(),
    }
}

/// Six clients with Spanish names.
pub fn summaries() -> Vec<ClientSummary> {
    vec![
        summary(
            1,
            "María García López",
            "+34 600 111 222",
            "Madrid",
            &["vip"],
        ),
        summary(2, "José Muñoz Ruiz", "+34 611 333 444", "Sevilla", &[]),
        summary(
            3,
            "Íñigo Echeverría",
            "+34 622 555 666",
            "Bilbao",
            &["boda", "barrio"],
        ),
        summary(4, "Ana Álvarez Soler", "+34 633 777 888", "Valencia", &[]),
        summary(
            5,
            "Ferretería Pérez S.L.",
            "+34 91 555 12 12",
            "Madrid",
            &["empresa"],
        ),
        summary(6, "Begoña Núñez", "", "Zaragoza", &["newsletter"]),
    ]
}

/// The fixed "today" of the UI tests.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

/// The card of client 2 with a short log (an open complaint among it) and classes.
pub fn card_view() -> Box<CardView> {
    let entry = |id, kind, day: u32, note: &str| LogEntry {
        id,
        entry: NewEntry {
            client_id: 2,
            at: at(2026, 11, day),
            kind,
            channel: kind.usual_channel(),
            note: note.into(),
            amount_cents: None,
            margin_cents: None,
            valuation: None,
            resolution: None,
        },
    };
    let mut purchase = entry(3, EntryKind::Purchase, 20, "");
    purchase.entry.amount_cents = Some(4_590);
    let mut survey = entry(2, EntryKind::Survey, 12, "");
    survey.entry.valuation = Some(Valuation {
        expected: 3,
        perceived: 5,
    });
    let complaint = entry(1, EntryKind::Complaint, 2, "El pedido llegó roto");
    let classification = Classification {
        client_id: 2,
        name: "José Muñoz Ruiz".into(),
        lifecycle: Lifecycle::Active,
        frequency: Frequency::Habitual,
        volume: Volume::High,
        satisfaction: Satisfaction::Delighted,
        satisfaction_gap: Some(2.0),
        purchases_in_window: 5,
        spend_in_window_cents: 45_000,
        last_purchase: NaiveDate::from_ymd_opt(2026, 11, 20),
        referrals: 1,
    };
    Box::new(CardView {
        details: details(),
        log: vec![purchase, survey, complaint],
        classification: Some(classification),
    })
}

/// A fixed timestamp.
pub fn at(y: i32, m: u32, d: u32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|d| d.and_hms_opt(10, 30, 0))
        .expect("valid timestamp")
}

/// A full card for client 2.
pub fn details() -> ClientDetails {
    let mut card = ClientCard::named("José Muñoz Ruiz");
    card.phones = vec!["+34 611 333 444".into(), "+34 954 22 33 44".into()];
    card.emails = vec!["jose.munoz@correo.es".into()];
    card.tax_id = Some("12345678Z".into());
    card.address = Some("Calle Sierpes, 12".into());
    card.city = Some("Sevilla".into());
    card.postcode = Some("41004".into());
    card.birthday = NaiveDate::from_ymd_opt(1975, 3, 14);
    card.marketing_consent = true;
    card.consent_date = NaiveDate::from_ymd_opt(2025, 1, 10);
    card.referred_by = Some(1);
    card.member_since = NaiveDate::from_ymd_opt(2024, 3, 14);
    card.tags = vec!["vip".into()];
    card.notes = "Prefiere que le llamen por la tarde.".into();
    ClientDetails {
        client: Client {
            id: 2,
            card,
            created_at: at(2024, 3, 1),
            updated_at: at(2026, 11, 2),
        },
        referrer_name: Some("María García López".into()),
        referred: vec![(4, "Ana Álvarez Soler".into())],
    }
}

/// An app of `size` in `lang`, with the fixture clients loaded.
pub fn loaded_app(lang: Lang, size: (u16, u16)) -> App {
    let (mut app, effects) = App::new(Locale::new(lang, "auto"), today(), size);
    assert_eq!(
        effects,
        vec![
            Effect::LoadClients,
            Effect::LoadStatuses,
            Effect::LoadComplaints
        ]
    );
    app.update(Action::ClientsLoaded(summaries()));
    app.update(Action::StatusesLoaded(statuses()));
    app
}

/// Classes of the fixture clients: 1 and 5 active, 2 inactive with high volume and an
/// open complaint, 3 and 4 inactive, 6 potential.
pub fn statuses() -> HashMap<i64, RowStatus> {
    let set = |lifecycle, frequency, volume, satisfaction| ClassSet {
        lifecycle,
        frequency,
        volume,
        satisfaction,
    };
    use Frequency as F;
    use Lifecycle as L;
    use Satisfaction as S;
    use Volume as V;
    [
        (1, set(L::Active, F::Frequent, V::High, S::Delighted), 0),
        (
            2,
            set(L::Inactive, F::Occasional, V::High, S::Dissatisfied),
            1,
        ),
        (3, set(L::Inactive, F::None, V::None, S::Unknown), 0),
        (4, set(L::Inactive, F::Occasional, V::Low, S::Satisfied), 0),
        (5, set(L::Active, F::Habitual, V::Average, S::Satisfied), 0),
        (6, set(L::Potential, F::None, V::None, S::Unknown), 0),
    ]
    .into_iter()
    .map(|(id, classes, open_complaints)| {
        (
            id,
            RowStatus {
                classes,
                open_complaints,
            },
        )
    })
    .collect()
}

/// Names of the rows the list shows, in order.
pub fn shown_names(app: &App) -> Vec<String> {
    let Some(index) = app.list.index.as_ref() else {
        return vec![];
    };
    app.list
        .matches
        .positions
        .iter()
        .filter_map(|p| index.get(*p))
        .map(|s| s.name.clone())
        .collect()
}

/// Two open complaints, the oldest first.
pub fn complaints() -> Vec<Complaint> {
    let entry = |id, client_id, day, note: &str| LogEntry {
        id,
        entry: NewEntry {
            client_id,
            at: at(2026, 11, day),
            kind: EntryKind::Complaint,
            channel: clientela::domain::Channel::InPerson,
            note: note.into(),
            amount_cents: None,
            margin_cents: None,
            valuation: None,
            resolution: None,
        },
    };
    vec![
        Complaint {
            entry: entry(11, 2, 2, "El pedido llegó roto"),
            client_name: "José Muñoz Ruiz".into(),
        },
        Complaint {
            entry: entry(12, 4, 18, "Esperó veinte minutos"),
            client_name: "Ana Álvarez Soler".into(),
        },
    ]
}
