//! Importing 100,000 clients from CSV: a file made by exporting 100,000 demo clients
//! (seed 42, every card column, rfc4180; 24 MB) imported the way
//! `clientela import clients FILE` does it — decode, read and map every row, plan the
//! duplicates against the database, write everything in one transaction — into a new
//! database each time. Also: the same file checked against a database that already
//! holds those 100,000 clients (`--dry-run`: every row a duplicate).
//!
//! `cargo bench --bench import`. The reference is the sqlite3 shell (when installed)
//! importing the same file into a new table of a new database (`.import --csv`),
//! process start-up included, measured in the same run.

use std::hint::black_box;
use std::process::Command;

use chrono::NaiveDate;
use clientela::demo::{self, DemoOptions};
use clientela::domain::import_plan::{OnDuplicate, plan};
use clientela::exchange::client_csv::{Column, Dialect, ExportRow, write_clients};
use clientela::exchange::csv_import::{CsvOptions, read_csv};
use clientela::exchange::csv_safe::Cells;
use clientela::store::{ClientOrder, Store};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

const CLIENTS: usize = 100_000;

fn import(
    bytes: &[u8],
    store: &mut Store,
    now: chrono::NaiveDateTime,
    on_duplicate: OnDuplicate,
) -> (usize, usize, usize) {
    let read = read_csv(bytes, &CsvOptions::default()).expect("reads");
    let existing = store
        .clients(clientela::store::ClientOrder::Id)
        .expect("clients");
    let plan = plan(&existing, read.read.cards, on_duplicate, now.date()).expect("plan");
    store.import_clients(&plan, now).expect("import");
    plan.counts()
}

fn bench_import(c: &mut Criterion) {
    let now = NaiveDate::from_ymd_opt(2026, 11, 22)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("now");
    let dir = tempfile::tempdir().expect("temp dir");
    let source = dir.path().join("source.db");
    let mut store = Store::open(&source).expect("open");
    let options = DemoOptions {
        clients: CLIENTS,
        seed: 42,
        entries: Some(0),
    };
    demo::fill(&mut store, options, now).expect("demo");
    let clients = store.clients(ClientOrder::Id).expect("clients");
    let rows: Vec<ExportRow<'_>> = clients
        .iter()
        .map(|client| ExportRow {
            client,
            standing: None,
        })
        .collect();
    let mut bytes = Vec::new();
    write_clients(
        &mut bytes,
        &rows,
        (&Column::card(), Dialect::Rfc4180),
        Cells::Safe,
        &clientela::i18n::Locale::new(clientela::i18n::Lang::En, "auto"),
    )
    .expect("csv");
    let file = dir.path().join("clients.csv");
    std::fs::write(&file, &bytes).expect("write csv");
    eprintln!("{} rows, {} bytes", clients.len(), bytes.len());

    // Once outside the timing: what the import does with the file.
    let mut once = Store::open(&dir.path().join("once.db")).expect("open");
    let (created, merged, skipped) = import(&bytes, &mut once, now, OnDuplicate::Skip);
    eprintln!(
        "import: created {created}, merged {merged}, skipped {skipped} (same email or phone)"
    );

    let mut group = c.benchmark_group("import_100k_clients_csv");
    group.sample_size(10);
    let mut n = 0;
    // The demo generator repeats some emails and phones at this size, so the default
    // (skip) writes about three quarters of the rows; `add` writes all 100,000.
    for (name, on_duplicate) in [
        (
            "import_into_new_database_skip_duplicates",
            OnDuplicate::Skip,
        ),
        ("import_into_new_database_add_all_100k", OnDuplicate::Add),
    ] {
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    n += 1;
                    Store::open(&dir.path().join(format!("new-{n}.db"))).expect("open")
                },
                |mut fresh| black_box(import(&bytes, &mut fresh, now, on_duplicate)),
                BatchSize::PerIteration,
            )
        });
    }
    group.bench_function("dry_run_against_the_same_100k", |b| {
        b.iter(|| {
            let read = read_csv(&bytes, &CsvOptions::default()).expect("reads");
            let existing = store
                .clients(clientela::store::ClientOrder::Id)
                .expect("clients");
            black_box(
                plan(&existing, read.read.cards, OnDuplicate::Skip, now.date()).expect("plan"),
            )
        })
    });
    group.bench_function("read_and_map_rows_only", |b| {
        b.iter(|| black_box(read_csv(&bytes, &CsvOptions::default()).expect("reads")))
    });
    if Command::new("sqlite3").arg("-version").output().is_ok() {
        let mut m = 0;
        group.bench_function("reference_sqlite3_shell_import_csv", |b| {
            b.iter_batched(
                || {
                    m += 1;
                    dir.path().join(format!("shell-{m}.db"))
                },
                |db| {
                    let out = Command::new("sqlite3")
                        .arg(&db)
                        .arg(format!(".import --csv {} client", file.display()))
                        .output()
                        .expect("sqlite3");
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                    black_box(out.stdout)
                },
                BatchSize::PerIteration,
            )
        });
    } else {
        eprintln!("\n*** sqlite3 is not installed: the shell reference is skipped ***\n");
    }
    group.finish();
}

criterion_group!(benches, bench_import);
criterion_main!(benches);
