//! Client cards as CSV and JSON, with stable column names and keys.
//!
//! JSON is an array of objects whose snake_case keys are the fields of
//! [`ClientCard`](crate::domain::ClientCard) plus `id`, `created_at` and `updated_at`;
//! lists (phones, emails, tags) are arrays, absent values `null`.

use std::io::Write;

use super::client_csv::{Column, Dialect, ExportRow, write_clients};
use super::csv_safe::Cells;
use crate::domain::Client;

/// Writes `clients` as RFC 4180 CSV (UTF-8, comma, CRLF, quotes where needed) with
/// the card's columns ([`Column::card`]); list fields hold their items joined by `; `.
pub fn write_csv(out: impl Write, clients: &[Client], cells: Cells) -> csv::Result<()> {
    let rows: Vec<ExportRow<'_>> = clients
        .iter()
        .map(|client| ExportRow {
            client,
            standing: None,
        })
        .collect();
    // rfc4180 writes codes whatever the language.
    let codes = crate::i18n::Locale::new(crate::i18n::Lang::En, "auto");
    write_clients(
        out,
        &rows,
        (&Column::card(), Dialect::Rfc4180),
        cells,
        &codes,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ClientCard;
    use chrono::NaiveDate;

    fn client() -> Client {
        let mut card = ClientCard::named("Núñez, Ana \"la del 5º\"");
        card.phones = vec!["+34 600 111 222".into(), "91 555 12 12".into()];
        card.tags = vec!["vip".into()];
        card.birthday = NaiveDate::from_ymd_opt(1980, 2, 29);
        let at = NaiveDate::from_ymd_opt(2026, 11, 22)
            .and_then(|d| d.and_hms_opt(9, 30, 0))
            .expect("timestamp");
        Client {
            version: 1,
            id: 7,
            card,
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn csv_quotes_only_where_needed_and_ends_lines_with_crlf() {
        let mut out = Vec::new();
        write_csv(&mut out, &[client()], Cells::Safe).expect("csv");
        let text = String::from_utf8(out).expect("utf-8");
        let mut lines = text.split("\r\n");
        assert!(
            lines
                .next()
                .expect("header")
                .starts_with("id,name,kind,relation,phones")
        );
        let row = lines.next().expect("row");
        assert!(
            row.starts_with(
                "7,\"Núñez, Ana \"\"la del 5º\"\"\",person,client,+34 600 111 222; 91 555 12 12,"
            ),
            "{row}"
        );
        assert!(row.contains(",1980-02-29,"));
    }

    #[test]
    fn json_has_snake_case_keys_and_arrays() {
        let mut out = Vec::new();
        crate::exchange::write_json(&mut out, &[client()]).expect("json");
        let value: serde_json::Value = serde_json::from_slice(&out).expect("parses");
        let obj = &value[0];
        assert_eq!(obj["id"], 7);
        assert_eq!(obj["kind"], "person");
        assert_eq!(obj["phones"][1], "91 555 12 12");
        assert_eq!(obj["birthday"], "1980-02-29");
        assert_eq!(obj["city"], serde_json::Value::Null);
        assert_eq!(obj["created_at"], "2026-11-22T09:30:00");
        assert_eq!(obj["marketing_consent"], false);
    }
}
