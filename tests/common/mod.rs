//! Fixtures shared by the integration tests.
#![allow(dead_code)]

pub mod agenda;
pub mod disk;
pub mod sandbox;
pub mod tmux;

use chrono::NaiveDate;
use clientela::domain::dashboard::chart_months;
use clientela::domain::{
    ClassificationRules, Client, ClientCard, ClientDetails, ClientFacts, ClientSummary, Complaint,
    DashboardFigures, EntryKind, LogEntry, LoyaltyRules, Market, MonthFigures, NewEntry, Standing,
    Valuation,
};
use clientela::i18n::{Lang, Locale};
use clientela::tui::action::{ClientsLoaded, DashboardLoaded};
use clientela::tui::app::App;
use clientela::tui::effect::{AgendaEffect, ClientsEffect, DashboardEffect, Effect};
use clientela::tui::tabs::clients::{CardView, RowStatus};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::HashMap;

/// The whole screen of `app` drawn at its size into a test terminal.
pub fn render(app: &App) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let (w, h) = app.size();
    let backend = ratatui::backend::TestBackend::new(w, h);
    let mut terminal = ratatui::Terminal::new(backend).expect("test terminal");
    terminal
        .draw(|frame| clientela::tui::view::draw(app, frame))
        .expect("draw");
    terminal
}

/// The status bar (the screen's last row) of `app` as drawn.
pub fn status_row(app: &App) -> String {
    let terminal = render(app);
    let buf = terminal.backend().buffer();
    let y = buf.area.height - 1;
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

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
        sort_key: ClientCard::named(name).normalized().sort_key(),
        organisation: None,
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
        ClientSummary {
            // A company sorts by its whole name.
            sort_key: clientela::domain::text::sort_key("Ferretería Pérez S.L."),
            ..summary(
                5,
                "Ferretería Pérez S.L.",
                "+34 91 555 12 12",
                "Madrid",
                &["empresa"],
            )
        },
        summary(6, "Begoña Núñez", "", "Zaragoza", &["newsletter"]),
    ]
}

/// The fixed "today" of the UI tests.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

/// The start of the fixed "today": where the UI tests' clock stands.
pub fn midnight() -> chrono::NaiveDateTime {
    today().and_time(chrono::NaiveTime::MIN)
}

/// Moves the list's cursor down to client `id` with the keys, as a user would.
pub fn select_client(app: &mut App, id: i64) {
    app.on_key(key(KeyCode::Home));
    for _ in 0..app.clients().list().len() {
        if app.clients().list().selected_id() == Some(id) {
            return;
        }
        app.on_key(key(KeyCode::Down));
    }
    assert_eq!(
        app.clients().list().selected_id(),
        Some(id),
        "client {id} is listed"
    );
}

/// The card of client 2 with a short log (an open complaint among it) and classes.
pub fn card_view() -> Box<CardView> {
    let entry = |id, kind, day: u32, note: &str| LogEntry {
        version: 1,
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
    // Delighted (gap +2), member since 2024, buying since Q1 2024 with a margin:
    // a loyal apostle.
    let facts = ClientFacts {
        client_id: 2,
        name: "José Muñoz Ruiz".into(),
        first_purchase: NaiveDate::from_ymd_opt(2024, 3, 20),
        last_purchase: NaiveDate::from_ymd_opt(2026, 11, 20),
        purchases_in_window: 5,
        spend_in_window_cents: 45_000,
        margin_in_window_cents: Some(12_000),
        gap_sum: 4,
        valuations: 2,
        referrals: 1,
        open_complaints: 1,
        member_since: NaiveDate::from_ymd_opt(2024, 3, 14),
        ..Default::default()
    };
    Box::new(CardView::new(
        details(),
        vec![purchase, survey, complaint],
        Some(standing(facts)),
    ))
}

/// The settings of a run on `store`'s file in `dir`: default config, `lang`, a clock
/// stopped at `now`; and a runtime over them, as the TUI has.
pub fn runtime_on(
    store: clientela::store::Store,
    dir: &tempfile::TempDir,
    lang: Lang,
    now: chrono::NaiveDateTime,
) -> clientela::tui::runtime::Runtime {
    let session = clientela::session::Session {
        config: clientela::config::Config::default(),
        locale: Locale::new(lang, "auto"),
        clock: clientela::clock::Clock::Fixed(now),
        database: dir.path().join("shop.db"),
        demo: false,
        cells: Default::default(),
        view_state: Some(dir.path().join("state").join("view.toml")),
    };
    clientela::tui::runtime::Runtime::new(store, session)
}

/// A fresh store in a real SQLite file of a temporary directory (kept while the
/// directory lives).
pub fn temp_store() -> (tempfile::TempDir, clientela::store::Store) {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let store = clientela::store::Store::open(&dir.path().join("shop.db")).expect("open");
    (dir, store)
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
    card.organisation = Some("Talleres Giralda".into());
    card.job_title = Some("Encargado".into());
    // As the store keeps it: the name's parts split.
    let card = card.normalized();
    ClientDetails {
        client: Client {
            version: 1,
            id: 2,
            card,
            created_at: at(2024, 3, 1),
            updated_at: at(2026, 11, 2),
        },
        referrer_name: Some("María García López".into()),
        referred: vec![(4, "Ana Álvarez Soler".into())],
    }
}

/// The shop the fixture clients are measured against: ten buyers, 3.000,00 € in all.
const MARKET: Market = Market {
    buyers_in_window: 10,
    spend_in_window_cents: 300_000,
};

/// A client's standing as of the fixed today, with the default rules.
pub fn standing(facts: ClientFacts) -> Standing {
    Standing::assess(
        &ClassificationRules::default(),
        &LoyaltyRules::default(),
        facts,
        MARKET,
        today(),
    )
}

/// An app of `size` in `lang`, with the fixture clients and dashboard loaded.
pub fn loaded_app(lang: Lang, size: (u16, u16)) -> App {
    let (mut app, effects) = App::new(Locale::new(lang, "auto"), midnight(), size);
    assert_eq!(
        effects,
        vec![
            Effect::Clients(ClientsEffect::LoadRows),
            Effect::Dashboard(DashboardEffect::Load(today())),
            Effect::Dashboard(DashboardEffect::LoadComplaints),
            Effect::Agenda(AgendaEffect::LoadReminders(midnight()))
        ]
    );
    app.update(ClientsLoaded::Rows(summaries()).into());
    app.update(DashboardLoaded::Figures(statuses(), Box::new(figures())).into());
    app
}

/// The fixture clients' standings, from facts through the real rules:
/// 1 active, frequent, high, delighted, buying since 2020 with a margin: loyal apostle;
/// 2 inactive, occasional, high, dissatisfied, member, an open complaint: hostage, to
///   win back; 3 inactive without valuations; 4 inactive, occasional, low, satisfied:
///   mercenary with a birthday on Tuesday; 5 active, habitual, average, satisfied, new:
///   mercenary; 6 potential.
pub fn standings() -> Vec<Standing> {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let client = |id: i64,
                  last: Option<NaiveDate>,
                  purchases: u32,
                  spend: i64,
                  gap_sum: i64,
                  valuations: u32| ClientFacts {
        client_id: id,
        name: summaries()[(id - 1) as usize].name.clone(),
        first_purchase: last.and(day(2020, 5, 4)),
        last_purchase: last,
        last_purchase_a_year_ago: last.filter(|d| Some(*d) <= day(2025, 11, 22)),
        purchases_in_window: purchases,
        spend_in_window_cents: spend,
        gap_sum,
        valuations,
        ..Default::default()
    };
    let mut all = [
        client(1, day(2026, 11, 10), 14, 60_000, 3, 3),
        client(2, day(2026, 4, 1), 2, 50_000, -3, 3),
        client(3, day(2025, 1, 1), 0, 0, 0, 0),
        client(4, day(2026, 3, 1), 1, 5_000, 0, 1),
        client(5, day(2026, 11, 1), 5, 27_000, 0, 2),
        client(6, None, 0, 0, 0, 0),
    ];
    all[0].margin_in_window_cents = Some(9_000);
    // A year ago 1, 2 and 4 were active; only 1 still is. 5 and 6 were potential;
    // 5 has bought since.
    all[0].last_purchase_a_year_ago = day(2025, 10, 1);
    all[1].last_purchase_a_year_ago = day(2025, 9, 1);
    all[3].last_purchase_a_year_ago = day(2025, 6, 1);
    all[1].member_since = day(2024, 3, 14);
    all[1].open_complaints = 1;
    all[4].first_purchase = day(2026, 6, 1);
    all[3].birthday = day(1990, 11, 24);
    all.into_iter().map(standing).collect()
}

/// The status of each fixture client, as the list shows it.
pub fn statuses() -> HashMap<i64, RowStatus> {
    standings()
        .iter()
        .map(|s| (s.facts.client_id, RowStatus::from(s)))
        .collect()
}

/// The dashboard of the fixture clients, with a made-up 24-month history that grows.
pub fn figures() -> DashboardFigures {
    let months: Vec<MonthFigures> = chart_months(today())
        .into_iter()
        .enumerate()
        .map(|(i, month)| MonthFigures {
            month,
            spend_cents: 50_000 + (i as i64 % 6) * 12_000 + i as i64 * 4_000,
            active_clients: 20 + i as u32,
        })
        .collect();
    DashboardFigures::compute(
        &ClassificationRules::default(),
        &standings(),
        months,
        vec![20, 3],
        today(),
    )
}

/// Names of the rows the list shows, in order.
pub fn shown_names(app: &App) -> Vec<String> {
    let list = app.clients().list();
    let Some(index) = list.index.as_ref() else {
        return vec![];
    };
    list.matches
        .positions
        .iter()
        .filter_map(|p| index.get(*p))
        .map(|s| s.name.clone())
        .collect()
}

/// The boxes open over the screen, bottom first.
pub fn overlays(app: &App) -> Vec<&clientela::tui::overlay::Overlay> {
    app.overlays().iter().collect()
}

/// Two open complaints, the oldest first.
pub fn complaints() -> Vec<Complaint> {
    let entry = |id, client_id, day, note: &str| LogEntry {
        version: 1,
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
