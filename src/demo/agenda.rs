//! Demo agenda entries: the boss's meetings and visits, the secretary's calls, the
//! shop's organisation, a few weekly and monthly series, all-day fairs, entries tied
//! to clients, and the odd clash (as real agendas have).

use chrono::{Duration, NaiveDate, NaiveTime};

use super::Rng;
use crate::domain::{
    Agenda, AppointmentStatus, Category, ClientId, NewAppointment, Recurrence, Repeat, RepeatEnd,
};

const TITLES: [(&str, Category); 10] = [
    ("Reunión con proveedor", Category::Meeting),
    ("Visita a cliente", Category::Visit),
    ("Llamar para confirmar pedido", Category::Call),
    ("Inventario de la tienda", Category::Organisation),
    ("Revisar escaparate", Category::Organisation),
    ("Curso de atención al cliente", Category::Activity),
    ("Entrevista a candidato", Category::Meeting),
    ("Llamar al gestor", Category::Call),
    ("Recoger a los niños", Category::Family),
    ("Pádel", Category::Leisure),
];

const LOCATIONS: [&str; 5] = [
    "Despacho",
    "Tienda",
    "Almacén",
    "Cafetería de la esquina",
    "",
];

/// `count` entries spread over the five years that end half a year after `today`, in
/// `agendas`, some tied to `clients`. The first ones are a few series around today.
pub fn appointments(
    agendas: &[Agenda],
    clients: &[ClientId],
    count: usize,
    seed: u64,
    today: NaiveDate,
) -> Vec<NewAppointment> {
    let mut rng = Rng(seed ^ 0xA6E7_DA00);
    let Some(first) = agendas.first() else {
        return Vec::new();
    };
    let agenda = |i: usize| agendas[i % agendas.len()].id;
    let at = |day: NaiveDate, h: u32, m: u32| {
        day.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN))
    };
    let monday = today
        - Duration::days(i64::from(
            chrono::Datelike::weekday(&today).num_days_from_monday(),
        ));
    let mut list = Vec::with_capacity(count);
    let series = |title: &str, agenda_id, start, minutes, repeat, end, reminder| {
        let mut a =
            NewAppointment::timed(agenda_id, title, start, start + Duration::minutes(minutes));
        a.recurrence = Some(Recurrence::new(repeat, end));
        a.reminder_minutes = reminder;
        a.location = "Despacho".into();
        a
    };
    list.push(series(
        "Reunión de equipo",
        first.id,
        at(monday - Duration::weeks(8), 9, 30),
        60,
        Repeat::Weekly,
        RepeatEnd::Never,
        Some(15),
    ));
    list.push(series(
        "Revisar la caja",
        agenda(2),
        at(monday - Duration::weeks(8), 20, 0),
        30,
        Repeat::Daily,
        RepeatEnd::Count(200),
        None,
    ));
    list.push(series(
        "Pagar a proveedores",
        agenda(1),
        at(monday - Duration::weeks(20), 12, 0),
        30,
        Repeat::Monthly,
        RepeatEnd::Until(today + Duration::days(365)),
        Some(60),
    ));
    // A visit booked over this week's team meeting: the clash the day view marks.
    let mut visit = NewAppointment::timed(
        first.id,
        "Visita a cliente",
        at(monday, 10, 0),
        at(monday, 11, 0),
    );
    visit.category = Category::Visit;
    visit.client_id = clients.first().copied();
    list.push(visit);
    let from = today - Duration::days(365 * 4 + 182);
    let to = today + Duration::days(182);
    while list.len() < count {
        // Half of them within six weeks of today, so the demo's week is full.
        let day = if rng.chance(50) {
            rng.day_between(today - Duration::days(21), today + Duration::days(21))
        } else {
            rng.day_between(from, to)
        };
        let (title, category) = TITLES[rng.below(TITLES.len() as u64) as usize];
        let agenda_id = agenda(rng.below(agendas.len() as u64) as usize);
        let mut a = if rng.chance(4) {
            let fair = NewAppointment::all_day(
                agenda_id,
                "Feria del sector",
                day,
                day + Duration::days(rng.below(3) as i64),
            );
            NewAppointment {
                category: Category::Activity,
                ..fair
            }
        } else {
            let start = at(
                day,
                9 + rng.below(10) as u32,
                [0, 15, 30, 45][rng.below(4) as usize],
            );
            let minutes = [15, 30, 45, 60, 90, 120][rng.below(6) as usize];
            let timed =
                NewAppointment::timed(agenda_id, title, start, start + Duration::minutes(minutes));
            NewAppointment { category, ..timed }
        };
        if category == Category::Visit && !clients.is_empty() {
            a.client_id = Some(clients[rng.below(clients.len() as u64) as usize]);
        }
        a.location = rng.pick(&LOCATIONS).to_string();
        if rng.chance(20) {
            a.reminder_minutes = Some([5, 15, 30, 60][rng.below(4) as usize]);
        }
        if day < today && rng.chance(80) {
            a.status = AppointmentStatus::Done;
        } else if rng.chance(3) {
            a.status = AppointmentStatus::Cancelled;
        }
        list.push(a);
    }
    list
}
