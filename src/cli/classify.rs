//! `clientela classify`

use std::io;

use color_eyre::eyre::Result;

use super::Session;
use super::args::{ClassifyArgs, Format};
use super::output::{as_of, emit};
use crate::exchange::log::write_classification_csv;
use crate::i18n::Msg;

/// Classifies every client (or one) as of a day.
pub fn run(session: &Session, args: ClassifyArgs) -> Result<()> {
    let store = session.open_store()?;
    let today = as_of(session, args.as_of.as_deref())?;
    let rows = store.classify(&session.config.classification, today, args.client)?;
    if args.format == Format::Csv {
        // Its own writer: the header comes even with no rows, and gaps have 2 decimals.
        write_classification_csv(io::stdout().lock(), &rows)?;
        return Ok(());
    }
    let l = &session.locale;
    emit(args.format, &rows, || {
        let header = vec![
            "id",
            l.t(Msg::ColName),
            l.t(Msg::ColLifecycle),
            l.t(Msg::ColFrequency),
            l.t(Msg::ColVolume),
            l.t(Msg::ColSatisfaction),
            l.t(Msg::ColSpend),
            l.t(Msg::ColLastPurchase),
        ];
        let table = rows
            .iter()
            .map(|c| {
                vec![
                    c.client_id.to_string(),
                    c.name.clone(),
                    l.label(&c.lifecycle).to_string(),
                    l.label(&c.frequency).to_string(),
                    l.label(&c.volume).to_string(),
                    l.label(&c.satisfaction).to_string(),
                    l.money(c.spend_in_window_cents),
                    c.last_purchase.map(|d| l.date(d)).unwrap_or_default(),
                ]
            })
            .collect();
        (header, table)
    })?;
    Ok(())
}
