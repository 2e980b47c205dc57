//! The agenda at scale: 50,000 entries over five years in three agendas (the demo
//! generator's mix: series, all-day entries, clashes). Measures what must feel
//! instant: loading a week (every occurrence of the three agendas, with clashes) and
//! the clash check before saving one entry, a recurring one, and an open series.
//!
//! `cargo bench --bench agenda`. The reference is the sqlite3 shell (when installed)
//! reading the same week's rows with the same query, measured in the same run.

use std::hint::black_box;
use std::process::Command;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use chrono_tz::Europe::Madrid;
use clientela::demo;
use clientela::domain::{NewAppointment, Recurrence, Repeat, RepeatEnd};
use clientela::store::Store;
use criterion::{Criterion, criterion_group, criterion_main};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

fn at(day: NaiveDate, h: u32) -> NaiveDateTime {
    day.and_hms_opt(h, 0, 0).expect("time")
}

fn bench_agenda(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("agenda.db");
    let mut store = Store::open(&path).expect("open");
    let agendas = store
        .ensure_agendas(&["Jefe".into(), "Secretaría".into(), "Tienda".into()])
        .expect("agendas");
    let list = demo::appointments(&agendas, &[], 50_000, 42, today());
    store
        .add_appointments(&list, at(today(), 12))
        .expect("fill");

    let week = |monday: NaiveDate| (at(monday, 0), at(monday + Duration::days(7), 0));
    let mut group = c.benchmark_group("agenda_50k_entries_3_agendas");
    group.sample_size(30);
    let (from, to) = week(today());
    group.bench_function("week_this_week", |b| {
        b.iter(|| black_box(store.schedule(&[], from, to, Madrid).expect("week")))
    });
    let (old_from, old_to) = week(NaiveDate::from_ymd_opt(2022, 9, 5).expect("date"));
    group.bench_function("week_four_years_ago", |b| {
        b.iter(|| black_box(store.schedule(&[], old_from, old_to, Madrid).expect("week")))
    });
    let one = NewAppointment::timed(agendas[0].id, "Check", at(today(), 10), at(today(), 11));
    group.bench_function("clash_check_one_entry", |b| {
        b.iter(|| black_box(store.clashes(None, &one, Madrid).expect("clashes")))
    });
    let mut weekly = one.clone();
    weekly.recurrence = Some(Recurrence::new(Repeat::Weekly, RepeatEnd::Count(52)));
    group.bench_function("clash_check_weekly_series_52", |b| {
        b.iter(|| black_box(store.clashes(None, &weekly, Madrid).expect("clashes")))
    });
    let mut daily = one.clone();
    daily.recurrence = Some(Recurrence::new(Repeat::Daily, RepeatEnd::Never));
    group.bench_function("clash_check_open_daily_series_2y", |b| {
        b.iter(|| black_box(store.clashes(None, &daily, Madrid).expect("clashes")))
    });
    group.finish();

    // The same week's rows through the sqlite3 shell: process start-up included, as a
    // user of the shell would see it.
    let sql = format!(
        "SELECT count(*) FROM appointment WHERE last_end >= '{}' AND start < '{}';",
        from.format("%Y-%m-%dT%H:%M:%S"),
        to.format("%Y-%m-%dT%H:%M:%S")
    );
    if Command::new("sqlite3").arg("-version").output().is_ok() {
        c.bench_function("reference_sqlite3_shell_week_rows", |b| {
            b.iter(|| {
                let out = Command::new("sqlite3")
                    .arg(&path)
                    .arg(&sql)
                    .output()
                    .expect("sqlite3");
                black_box(out.stdout)
            })
        });
    } else {
        eprintln!("\n*** sqlite3 is not installed: the shell reference is skipped ***\n");
    }
}

criterion_group!(benches, bench_agenda);
criterion_main!(benches);
