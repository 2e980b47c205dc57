//! `clientela classify`

use color_eyre::eyre::Result;

use super::Session;
use super::args::ClassifyArgs;
use super::output::{Csv, as_of, emit_with_csv};
use crate::exchange::log::write_classification_csv;
use crate::i18n::Msg;

/// Classifies every client (or one) as of a day.
pub fn run(session: &Session, args: ClassifyArgs) -> Result<()> {
    let store = crate::ops::open(session)?;
    let today = as_of(session, args.as_of.as_deref())?;
    let rows = store.classify(&session.config.classification, today, args.client)?;
    let l = &session.locale;
    // Its own CSV: the header comes even with no rows, and gaps have 2 decimals.
    let csv = |w: &mut Csv| write_classification_csv(w, &rows);
    emit_with_csv((args.format, session.cells), &rows, csv, || {
        let header = vec![
            l.t(Msg::ColIdText),
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
