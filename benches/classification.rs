//! Classification, loyalty and the dashboard on the large data set: 100,000 clients
//! and 1,000,000 log entries.
//!
//! `cargo bench --bench classification`. The reference is SQLite itself computing the
//! same facts in one aggregate query (the store merges simpler ordered queries instead):
//! through rusqlite (facts only, no Rust rules) and through the `sqlite3` command-line
//! shell when it is installed, measured in the same run.

use std::hint::black_box;
use std::path::Path;
use std::process::Command;

use chrono::{Days, NaiveDate};
use clientela::demo::{self, DemoOptions};
use clientela::domain::dashboard::a_year_before;
use clientela::domain::{ClassificationRules, LoyaltyRules};
use clientela::store::{FACTS_SQL, Store};
use criterion::{Criterion, criterion_group, criterion_main};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn large_store(path: &Path) -> Store {
    let mut store = Store::open(path).expect("open bench db");
    let now = today().and_hms_opt(12, 0, 0).expect("time");
    let options = DemoOptions {
        clients: 100_000,
        seed: 42,
        entries: Some(1_000_000),
    };
    demo::fill(&mut store, options, now).expect("fill");
    store
}

/// The facts query with its parameters written in, for the sqlite3 shell.
fn literal_query(rules: &ClassificationRules) -> String {
    let next_day = today().checked_add_days(Days::new(1)).expect("date");
    FACTS_SQL
        .replace("?1", &format!("'{next_day}'"))
        .replace("?2", &format!("'{}'", rules.window_start(today())))
        .replace("?3", &rules.satisfaction_last.to_string())
        .replace("?4", "NULL")
        .replace(
            "?5",
            &format!("'{}'", a_year_before(today()).succ_opt().expect("date")),
        )
}

fn bench_classification(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.db");
    let store = large_store(&path);
    let rules = ClassificationRules::default();

    let mut group = c.benchmark_group("classify_100k_clients_1m_entries");
    group.sample_size(20);
    group.bench_function("all_clients", |b| {
        b.iter(|| black_box(store.classify(&rules, today(), None).expect("classify")))
    });
    let loyalty = LoyaltyRules::default();
    group.bench_function("dashboard_all_figures", |b| {
        b.iter(|| {
            black_box(
                store
                    .dashboard(&rules, &loyalty, today())
                    .expect("dashboard"),
            )
        })
    });
    group.bench_function("standings_all_clients", |b| {
        b.iter(|| {
            black_box(
                store
                    .standings(&rules, &loyalty, today(), None)
                    .expect("standings"),
            )
        })
    });
    group.bench_function("one_client", |b| {
        b.iter(|| {
            black_box(
                store
                    .classify(&rules, today(), Some(4242))
                    .expect("classify"),
            )
        })
    });
    group.bench_function("reference_rusqlite_same_query", |b| {
        let conn = rusqlite::Connection::open(&path).expect("open");
        let sql = literal_query(&rules);
        let mut stmt = conn.prepare(&sql).expect("prepare");
        b.iter(|| {
            let n = stmt
                .query_map([], |r| r.get::<_, i64>(0))
                .expect("query")
                .count();
            black_box(n)
        })
    });
    let have_cli = Command::new("sqlite3")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    if have_cli {
        let sql = format!(
            "SELECT count(*) FROM ({});",
            literal_query(&rules).trim().trim_end_matches(';')
        );
        group.bench_function("reference_sqlite3_cli_same_query", |b| {
            b.iter(|| {
                let out = Command::new("sqlite3")
                    .arg(&path)
                    .arg(&sql)
                    .output()
                    .expect("sqlite3");
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
                black_box(out.stdout)
            })
        });
    } else {
        eprintln!("*** sqlite3 is not installed: the sqlite3 CLI reference is not measured ***");
    }
    group.finish();
}

criterion_group!(benches, bench_classification);
criterion_main!(benches);
