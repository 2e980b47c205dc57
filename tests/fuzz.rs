//! Fuzz targets for every parser of outside input — CSV import, vCard, iCalendar, the
//! export filter expression, amounts, dates — run by `cargo test` with proptest: a
//! fixed number of cases from a fixed seed, so a run is quick and repeatable. Each
//! target feeds random bytes, and random mutations of the committed corpus
//! (`tests/fuzz-corpus/`: good files of every dialect, and the bad files of issue 16),
//! and checks that the parser never panics, never hangs, and either reads the input or
//! says where it is wrong (a line and column from 1). Where the input is generated
//! well-formed, what is written reads back the same.
//!
//! More cases, another seed: `FUZZ_CASES=20000 FUZZ_SEED=7 cargo test --test fuzz`.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use clientela::domain::client_filter::ClientFilter;
use clientela::domain::dates::parse_date;
use clientela::domain::money::{MAX_AMOUNT_CENTS, format_cents, parse_cents};
use clientela::domain::{CardField, Client, ClientCard};
use clientela::exchange::client_csv::{Column, Dialect, ExportRow, write_clients};
use clientela::exchange::csv_import::{CsvOptions, read_csv};
use clientela::exchange::csv_safe::Cells;
use clientela::exchange::ics_import::read_ics;
use clientela::exchange::vcard_import::read_vcards;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestRng, TestRunner};

/// How many cases each target runs (`FUZZ_CASES`), from which seed (`FUZZ_SEED`).
fn runner() -> TestRunner {
    let number = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let config = Config {
        cases: u32::try_from(number("FUZZ_CASES", 1000)).unwrap_or(1000),
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(number("FUZZ_SEED", 16)),
        rng_algorithm: RngAlgorithm::ChaCha,
        ..Config::default()
    };
    let seed = number("FUZZ_SEED", 16).to_le_bytes().repeat(4);
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed))
}

/// The committed corpus files whose names end in `ext`.
fn corpus(ext: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz-corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .{ext} files in the corpus");
    files
        .iter()
        .map(|p| std::fs::read(p).expect("corpus file"))
        .collect()
}

/// A change to a file: a byte replaced, a run cut out, bytes put in, the end cut off.
#[derive(Debug, Clone)]
enum Mutation {
    Set(usize, u8),
    Cut(usize, usize),
    Insert(usize, Vec<u8>),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let tricky = prop::sample::select(vec![
        b'"', b',', b';', b'\n', b'\r', b':', b'=', b'\\', 0, 0x1b, 0xc3, 0xe9, 0xff, b'\t',
    ]);
    prop_oneof![
        (any::<usize>(), prop_oneof![tricky.clone(), any::<u8>()])
            .prop_map(|(i, b)| Mutation::Set(i, b)),
        (any::<usize>(), 0usize..40).prop_map(|(i, n)| Mutation::Cut(i, n)),
        (any::<usize>(), prop::collection::vec(tricky, 1..8))
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(mut bytes: Vec<u8>, changes: &[Mutation]) -> Vec<u8> {
    for change in changes {
        let at = |i: usize| {
            if bytes.is_empty() {
                0
            } else {
                i % (bytes.len() + 1)
            }
        };
        match change {
            Mutation::Set(i, b) if !bytes.is_empty() => {
                let i = i % bytes.len();
                bytes[i] = *b;
            }
            Mutation::Set(..) => {}
            Mutation::Cut(i, n) => {
                let start = at(*i);
                let end = (start + n).min(bytes.len());
                bytes.drain(start..end);
            }
            Mutation::Insert(i, more) => {
                let i = at(*i);
                bytes.splice(i..i, more.iter().copied());
            }
            Mutation::Truncate(i) => bytes.truncate(at(*i)),
        }
    }
    bytes
}

/// Inputs for a parser: random bytes, or a corpus file with a few mutations.
fn inputs(ext: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let files = corpus(ext);
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        (
            prop::sample::select(files),
            prop::collection::vec(mutation(), 0..6)
        )
            .prop_map(|(file, changes)| mutate(file, &changes)),
    ]
}

#[test]
fn csv_import_reads_or_says_where() {
    runner()
        .run(&inputs("csv"), |bytes| {
            match read_csv(&bytes, &CsvOptions::default()) {
                Ok(csv) => {
                    for card in &csv.read.cards {
                        prop_assert!(card.line >= 2, "a card on the header line");
                        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
                        if let Err(errors) = card.card.clone().normalized().validate(today) {
                            let (line, column, _) = card.place_of(&errors[0]);
                            prop_assert!(line >= 1 && column >= 1);
                        }
                    }
                }
                Err(e) => {
                    prop_assert!(e.line >= 1 && e.column >= 1, "{e}");
                    prop_assert!(
                        !e.why.to_string().is_empty() && !e.why.to_string().contains('\n'),
                        "{e}"
                    );
                }
            }
            Ok(())
        })
        .expect("csv import");
}

#[test]
fn vcard_import_reads_or_says_where() {
    runner()
        .run(&inputs("vcf"), |bytes| {
            if let Err(e) = read_vcards(&bytes) {
                prop_assert!(e.line >= 1 && e.column >= 1, "{e}");
                prop_assert!(!e.why.to_string().is_empty(), "{e}");
            }
            Ok(())
        })
        .expect("vcard import");
}

#[test]
fn ics_import_reads_or_says_where() {
    runner()
        .run(&inputs("ics"), |bytes| {
            let text = String::from_utf8_lossy(&bytes);
            let zone: chrono_tz::Tz = "Europe/Madrid".parse().expect("zone");
            match read_ics(Path::new("f.ics"), &text, (1, zone), true) {
                Ok(read) => {
                    for event in read.events {
                        prop_assert!(event.fields.validate().is_ok(), "{:?}", event.fields);
                    }
                }
                Err(e) => prop_assert!(!e.why.to_string().is_empty(), "{}", e.why),
            }
            Ok(())
        })
        .expect("ics import");
}

/// Text with what breaks CSV (quotes, separators, line breaks), accents and the
/// characters of formulas; no control characters but line breaks (those are removed
/// before anything is stored).
fn cell_text(lines: bool) -> impl Strategy<Value = String> {
    let pattern = if lines {
        "[a-zA-ZñÑáéíóúü0-9 \"',;=+@\\-\n]{1,40}"
    } else {
        "[a-zA-ZñÑáéíóúü0-9\"',=+@\\-][a-zA-ZñÑáéíóúü0-9 \"',=+@\\-]{0,38}[a-zA-Z0-9]"
    };
    prop::string::string_regex(pattern).expect("pattern")
}

fn phone() -> impl Strategy<Value = String> {
    prop::string::string_regex("(\\+34 )?[6-9][0-9]{2} [0-9]{3} [0-9]{3}").expect("pattern")
}

#[test]
fn csv_written_by_clientela_reads_back_the_same_in_both_dialects() {
    let card = (
        cell_text(false),
        prop::collection::vec(phone(), 0..3),
        cell_text(true),
    );
    let cards = prop::collection::vec(card, 1..6);
    let dialects = prop::sample::select(vec![Dialect::Rfc4180, Dialect::ExcelEs]);
    runner()
        .run(&(cards, dialects), |(cards, dialect)| {
            let at = NaiveDateTime::default();
            let clients: Vec<Client> = cards
                .iter()
                .enumerate()
                .map(|(i, (name, phones, notes))| {
                    let mut card = ClientCard::named(name.clone());
                    card.phones = phones.clone();
                    card.notes = notes.trim_end().to_owned();
                    Client {
                        id: i64::try_from(i).unwrap_or(0) + 1,
                        card: card.normalized(),
                        created_at: at,
                        updated_at: at,
                        version: Default::default(),
                    }
                })
                .collect();
            let rows: Vec<ExportRow<'_>> = clients
                .iter()
                .map(|client| ExportRow {
                    client,
                    standing: None,
                })
                .collect();
            let columns = [
                Column::Card(CardField::Name),
                Column::Card(CardField::Phones),
                Column::Card(CardField::Notes),
            ];
            let mut bytes = Vec::new();
            // excel-es names its columns in the UI's language: Spanish here, and read
            // back as clientela's own file all the same.
            let spanish = clientela::i18n::Locale::new(clientela::i18n::Lang::Es, "auto");
            write_clients(
                &mut bytes,
                &rows,
                (&columns, dialect),
                Cells::Safe,
                &spanish,
            )
            .expect("write");
            let read = read_csv(&bytes, &CsvOptions::default()).expect("reads back");
            prop_assert_eq!(read.read.cards.len(), clients.len());
            for (got, want) in read.read.cards.iter().zip(&clients) {
                let got = got.card.clone().normalized();
                prop_assert_eq!(&got.name, &want.card.name);
                prop_assert_eq!(&got.phones, &want.card.phones);
                prop_assert_eq!(&got.notes, &want.card.notes);
            }
            Ok(())
        })
        .expect("round trip");
}

#[test]
fn filter_expressions_parse_or_say_what_is_wrong() {
    let words = prop::sample::select(vec![
        "lifecycle",
        "active",
        "inactive",
        "volume",
        "high",
        "tag",
        "vip",
        "city",
        "Madrid",
        "quadrant",
        "apostle",
        "kind",
        "company",
        "=",
        "|",
        ",",
        " ",
        "",
        "Ñ",
        "==",
    ]);
    let expressions = prop_oneof![
        prop::collection::vec(words, 0..12).prop_map(|w| w.concat()),
        ".{0,60}",
    ];
    runner()
        .run(&expressions, |expr| {
            if let Err(e) = expr.parse::<ClientFilter>() {
                prop_assert!(!e.to_string().is_empty());
            }
            Ok(())
        })
        .expect("filter");
    for good in [
        "lifecycle=inactive,volume=high",
        "tag=vip|boda,city=Málaga",
        "",
    ] {
        assert!(good.parse::<ClientFilter>().is_ok(), "{good}");
    }
}

#[test]
fn amounts_read_back_and_garbage_is_refused_without_panic() {
    let cents = -MAX_AMOUNT_CENTS..=MAX_AMOUNT_CENTS;
    let separators = prop::sample::select(vec![',', '.']);
    runner()
        .run(&(cents, separators), |(cents, separator)| {
            let written = format_cents(cents, separator);
            prop_assert_eq!(parse_cents(&written, true), Ok(cents), "{}", written);
            Ok(())
        })
        .expect("amounts round trip");
    runner()
        .run(&"[-+0-9,. €a-z]{0,30}", |text| {
            if let Ok(cents) = parse_cents(&text, true) {
                prop_assert!(cents.unsigned_abs() <= i64::MAX.unsigned_abs());
            }
            Ok(())
        })
        .expect("amounts");
}

#[test]
fn dates_read_back_and_garbage_is_refused_without_panic() {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).expect("date");
    let last = NaiveDate::from_ymd_opt(2200, 12, 31).expect("date");
    let days = (0..=(last - first).num_days()).prop_map(move |d| first + chrono::Duration::days(d));
    runner()
        .run(&days, |day| {
            for written in [day.format("%d/%m/%Y"), day.format("%Y-%m-%d")] {
                let written = written.to_string();
                prop_assert_eq!(parse_date(&written).ok(), Some(day), "{}", written);
            }
            Ok(())
        })
        .expect("dates round trip");
    runner()
        .run(&"[0-9/\\- a-zA-Z]{0,20}", |text| {
            if let Ok(day) = parse_date(&text) {
                prop_assert!(clientela::domain::dates::in_range(day), "{day}");
            }
            Ok(())
        })
        .expect("dates");
}
