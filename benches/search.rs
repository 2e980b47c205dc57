//! Search over the large data set: 100,000 demo clients.
//!
//! `cargo bench --bench search`. Per keystroke the TUI runs `ClientIndex::search`
//! in memory; the reference is what a database round trip per key would cost: a
//! `LIKE` query on the same data through SQLite, measured in the same run.

use std::hint::black_box;

use chrono::NaiveDate;
use clientela::demo::{self, DemoOptions};
use clientela::search::ClientIndex;
use clientela::store::Store;
use criterion::{Criterion, criterion_group, criterion_main};

const CLIENTS: usize = 100_000;

fn large_store(dir: &std::path::Path) -> Store {
    let mut store = Store::open(&dir.join("bench.db")).expect("open bench db");
    let now = NaiveDate::from_ymd_opt(2026, 11, 22)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("date");
    demo::fill(
        &mut store,
        DemoOptions {
            clients: CLIENTS,
            seed: 42,
            entries: Some(0),
        },
        now,
    )
    .expect("fill");
    store
}

fn bench_search(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = large_store(dir.path());
    let mut index = ClientIndex::new(store.client_summaries().expect("summaries"));

    let mut group = c.benchmark_group("search_100k");
    // A first keystroke scores every client and sorts almost all of them.
    group.bench_function("keystroke_first_letter_m", |b| {
        b.iter(|| black_box(index.search("m", None)))
    });
    // A name typed fresh (a paste, or a query edited in the middle): a full scan.
    group.bench_function("keystroke_full_scan_garcia", |b| {
        b.iter(|| black_box(index.search("garcia", None)))
    });
    // Typing one more letter narrows the previous result.
    let previous = index.search("garci", None);
    group.bench_function("keystroke_narrowing_garcia", |b| {
        b.iter(|| black_box(index.search("garcia", Some(&previous))))
    });
    group.bench_function("keystroke_phone_digits", |b| {
        b.iter(|| black_box(index.search("600 12", None)))
    });
    group.finish();

    let mut group = c.benchmark_group("reference_sqlite_100k");
    let conn = rusqlite::Connection::open(dir.path().join("bench.db")).expect("open reference");
    let mut stmt = conn
        .prepare(
            "SELECT c.id FROM client c WHERE c.name LIKE '%' || ?1 || '%'
             OR EXISTS (SELECT 1 FROM client_phone p WHERE p.client_id = c.id AND p.number LIKE '%' || ?1 || '%')
             OR EXISTS (SELECT 1 FROM client_email e WHERE e.client_id = c.id AND e.address LIKE '%' || ?1 || '%')
             ORDER BY c.name",
        )
        .expect("prepare");
    group.bench_function("like_roundtrip_garcia", |b| {
        b.iter(|| {
            let ids: Vec<i64> = stmt
                .query_map(["garcia"], |r| r.get(0))
                .expect("query")
                .collect::<Result<_, _>>()
                .expect("rows");
            black_box(ids)
        })
    });
    group.finish();

    let mut group = c.benchmark_group("open_100k");
    group.sample_size(10);
    // The index alone, from rows already read.
    let rows = store.client_summaries().expect("summaries");
    group.bench_function("build_index", |b| {
        b.iter_batched(
            || rows.clone(),
            |rows| black_box(ClientIndex::new(rows)),
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("load_summaries_and_build_index", |b| {
        b.iter(|| {
            black_box(ClientIndex::new(
                store.client_summaries().expect("summaries"),
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, bench_search);
criterion_main!(benches);
