//! `clientela log …` and `clientela complaint …`

use std::io::{self, Write};

use color_eyre::eyre::{Result, WrapErr, bail};

use super::Session;
use super::args::{ComplaintCommand, KindArg, LogAddArgs, LogCommand, LogEditArgs};
use super::output::emit;
use crate::domain::dates::parse_datetime;
use crate::domain::money::parse_cents;
use crate::domain::{EntryKind, NewEntry, Valuation};
use crate::exchange::log::{ComplaintRecord, EntryRecord};
use crate::i18n::{Msg, fill, fill2};
use crate::store::Base;

/// Runs one `log` subcommand.
pub fn run(session: &Session, command: LogCommand) -> Result<()> {
    let mut store = crate::ops::open(session)?;
    match command {
        LogCommand::Add(args) => {
            let entry = args.to_entry(session)?;
            let now = session.clock.now();
            let id = match args.scene {
                Some(scene) => stored(store.add_entry_in_scene(&entry, scene, now))?,
                None => stored(store.add_entry(&entry, now))?,
            };
            writeln!(io::stdout(), "{id}")?;
        }
        LogCommand::List { client_id, format } => {
            let entries = store.entries(client_id)?;
            let records: Vec<EntryRecord> = entries.iter().map(EntryRecord::from).collect();
            let l = &session.locale;
            emit((format, session.cells), &records, || {
                let header = vec![
                    l.t(Msg::ColIdText),
                    l.t(Msg::ColDate),
                    l.t(Msg::ColKind),
                    l.t(Msg::ColChannel),
                    l.t(Msg::ColAmount),
                    l.t(Msg::ColNote),
                ];
                let rows = entries
                    .iter()
                    .map(|e| {
                        vec![
                            e.id.to_string(),
                            l.date_time(e.at),
                            l.entry_kind(e).to_string(),
                            l.label(&e.channel).to_string(),
                            e.amount_cents.map(|c| l.money(c)).unwrap_or_default(),
                            e.note.clone(),
                        ]
                    })
                    .collect();
                (header, rows)
            })?;
        }
        LogCommand::Edit(args) => {
            let stored = store.entry(args.entry_id)?;
            let entry = args.apply(stored.entry.clone(), &session.locale)?;
            self::stored(store.update_entry(
                args.entry_id,
                &entry,
                Base::Seen(stored.version),
                session.clock.now(),
            ))?;
            let mut said = fill(session.locale.t(Msg::EntryCorrected), args.entry_id);
            // A purchase made something else loses its money: said, not silent.
            if stored.amount_cents.is_some() && entry.amount_cents.is_none() {
                said.push(' ');
                said.push_str(session.locale.t(Msg::AmountDropped));
            }
            writeln!(io::stdout(), "{said}")?;
        }
        LogCommand::Delete { entry_id, yes } => {
            let l = &session.locale;
            let stored = store.entry(entry_id)?;
            let what = l.entry_subject(&stored);
            if !yes {
                bail!(fill2(l.t(Msg::EntryDeleteNeedsYes), entry_id, &what));
            }
            store.delete_entry(entry_id, Base::Seen(stored.version))?;
            writeln!(io::stdout(), "{}", fill(l.t(Msg::EntryDeletedId), entry_id))?;
        }
    }
    Ok(())
}

impl LogEditArgs {
    /// `entry` with the flags given applied; the rest as stored.
    fn apply(&self, mut entry: NewEntry, l: &crate::i18n::Locale) -> Result<NewEntry> {
        let nothing = self.kind.is_none()
            && self.flags.channel.is_none()
            && self.flags.at.is_none()
            && self.flags.amount.is_none()
            && self.flags.margin.is_none()
            && self.flags.expected.is_none()
            && !self.no_valuation
            && self.flags.note.is_none();
        if nothing {
            bail!(l.t(Msg::NothingToChange));
        }
        if let Some(KindArg { kind, .. }) = self.kind {
            // A purchase that becomes something else loses its amount and margin; a
            // kind that takes no valuation loses it (as the TUI's box does).
            if kind != EntryKind::Purchase {
                (entry.amount_cents, entry.margin_cents) = (None, None);
            }
            if !kind.takes_valuation() {
                entry.valuation = None;
            }
            if kind != entry.kind && self.flags.channel.is_none() {
                entry.channel = kind.usual_channel();
            }
            entry.kind = kind;
        }
        if let Some(channel) = self.flags.channel {
            entry.channel = channel;
        }
        if let Some(text) = &self.flags.at {
            entry.at = parse_datetime(text).wrap_err("--at")?;
        }
        if let Some(a) = &self.flags.amount {
            entry.amount_cents = match a.trim() {
                "" => None,
                a => Some(parse_cents(a, true).wrap_err("--amount")?),
            };
        }
        if let Some(m) = &self.flags.margin {
            entry.margin_cents = match m.trim() {
                "" => None,
                m => Some(parse_cents(m, true).wrap_err("--margin")?),
            };
        }
        if let Some(note) = &self.flags.note {
            entry.note.clone_from(note);
        }
        if self.no_valuation {
            entry.valuation = None;
        }
        if let Some((expected, perceived)) = self.flags.expected.zip(self.flags.perceived) {
            entry.valuation = Some(Valuation {
                expected,
                perceived,
            });
        }
        if self.kind.is_some_and(|k| k.is_return) {
            given_back(&mut entry);
        }
        checked(entry)
    }
}

/// Runs one `complaint` subcommand.
pub fn run_complaint(session: &Session, command: ComplaintCommand) -> Result<()> {
    let mut store = crate::ops::open(session)?;
    match command {
        ComplaintCommand::Resolve { entry_id, answer } => {
            store.resolve_complaint(entry_id, &answer, session.clock.now(), Base::Latest)?;
        }
        ComplaintCommand::List { open, format } => {
            let today = session.clock.today();
            let complaints = store.complaints(open)?;
            let records: Vec<ComplaintRecord> = complaints
                .iter()
                .map(|c| ComplaintRecord::new(c, today))
                .collect();
            let l = &session.locale;
            emit((format, session.cells), &records, || {
                let header = vec![
                    l.t(Msg::ColIdText),
                    l.t(Msg::ColName),
                    l.t(Msg::ColDays),
                    l.t(Msg::ColStatus),
                    l.t(Msg::ColNote),
                ];
                let rows = records
                    .iter()
                    .map(|r| {
                        let status = if r.resolved_at.is_some() {
                            Msg::ComplaintResolved
                        } else {
                            Msg::ComplaintOpen
                        };
                        vec![
                            r.id.to_string(),
                            r.client_name.clone(),
                            r.age_days.to_string(),
                            l.t(status).to_string(),
                            r.note.clone(),
                        ]
                    })
                    .collect();
                (header, rows)
            })?;
        }
    }
    Ok(())
}

impl LogAddArgs {
    /// The entry these flags describe; bad values are refused with the flag's name.
    fn to_entry(&self, session: &Session) -> Result<NewEntry> {
        let at = match &self.flags.at {
            Some(text) => parse_datetime(text).wrap_err("--at")?,
            None => session.clock.now(),
        };
        let mut entry = NewEntry::new(self.client_id, self.kind.kind, at);
        if let Some(channel) = self.flags.channel {
            entry.channel = channel;
        }
        entry.note = self.flags.note.clone().unwrap_or_default();
        entry.amount_cents = self
            .flags
            .amount
            .as_deref()
            .map(|a| parse_cents(a, true))
            .transpose()
            .wrap_err("--amount")?;
        entry.margin_cents = self
            .flags
            .margin
            .as_deref()
            .map(|m| parse_cents(m, true))
            .transpose()
            .wrap_err("--margin")?;
        entry.valuation =
            self.flags
                .expected
                .zip(self.flags.perceived)
                .map(|(expected, perceived)| Valuation {
                    expected,
                    perceived,
                });
        if self.kind.is_return {
            given_back(&mut entry);
        }
        checked(entry)
    }
}

/// A return: the amount and margin given back, negative whatever sign was typed.
fn given_back(entry: &mut NewEntry) {
    entry.amount_cents = entry.amount_cents.map(|c| -c.abs());
    entry.margin_cents = entry.margin_cents.map(|c| -c.abs());
}

/// `entry` if it keeps the log's rules, else the store's refusal (said in the user's
/// language by `main`, as the store's own are).
fn checked(entry: NewEntry) -> Result<NewEntry> {
    entry.validate().map_err(by_flag)?;
    Ok(entry)
}

/// A refused entry named by the flag that gave the value at fault (`--at: …`), as the
/// user typed it.
fn by_flag(e: crate::domain::EntryError) -> color_eyre::eyre::Report {
    use crate::domain::EntryError as E;
    let flag = match &e {
        E::InTheFuture(_) => Some("--at"),
        E::MissingAmount | E::AmountNotPurchase | E::ZeroAmount | E::AmountTooLarge(_) => {
            Some("--amount")
        }
        E::MarginBeyondAmount => Some("--margin"),
        E::ValuationRange(_) | E::ValuationNotAllowed => Some("--expected/--perceived"),
        E::TooLong(..) => Some("--note"),
        _ => None,
    };
    let report = color_eyre::eyre::Report::new(crate::store::StoreError::InvalidEntry(e));
    match flag {
        Some(flag) => report.wrap_err(flag),
        None => report,
    }
}

/// The store's refusal of an entry, named by its flag when it is the entry's fault.
fn stored<T>(result: crate::store::Result<T>) -> Result<T> {
    result.map_err(|e| match e {
        crate::store::StoreError::InvalidEntry(e) => by_flag(e),
        other => other.into(),
    })
}
