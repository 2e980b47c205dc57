//! Client cards: create, read, update, delete, list.

use std::str::FromStr;

use chrono::NaiveDateTime;
use rusqlite::types::{FromSql, FromSqlError, ValueRef};
use rusqlite::{Connection, Row, ToSql, Transaction, params};

use super::client_sql::{CARD_COLUMNS, INSERT_CARD, UPDATE_CARD};
use super::{Base, Result, Store, StoreError, Table, bump_version, row_exists};
use crate::domain::import_plan::{ImportPlan, merge_cards};
use crate::domain::{Client, ClientCard, ClientDetails, ClientId, ClientSummary};

/// Separates list items inside one `group_concat` value; never typed by a user
/// (control characters are stripped from cards).
const SEP: char = '\u{1f}';

/// Every column of a full card, in the order `client_from_row` reads them.
const CLIENT_COLUMNS: &str = "c.id, c.name, c.kind, c.relation, c.tax_id, c.address, c.city, \
    c.postcode, c.birthday, c.preferred_channel, c.marketing_consent, c.consent_date, c.source, \
    c.referred_by, c.influence, c.buying_behaviour, c.inactivity_reason, c.member_since, c.notes, \
    c.created_at, c.updated_at, c.version, c.given_name, c.surname, c.second_surname, c.prefix, \
    c.nickname, c.organisation, c.job_title, c.website, c.region, c.country, c.uid";

/// The multi-valued fields of `c`, each as one text.
const LIST_COLUMNS: &str = "\
    (SELECT group_concat(number, char(31) ORDER BY position) FROM client_phone WHERE client_id = c.id), \
    (SELECT group_concat(address, char(31) ORDER BY position) FROM client_email WHERE client_id = c.id), \
    (SELECT group_concat(tag, char(31) ORDER BY tag) FROM client_tag WHERE client_id = c.id)";

/// The order in which lists come back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientOrder {
    /// By id, oldest first.
    Id,
    /// By name as the program shows it: surnames first for people, Spanish rules.
    Name,
}

/// ISO-8601 text of a timestamp, to the second.
pub(super) fn timestamp(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// A column that holds the snake_case code of an enumeration.
struct Code<T>(T);

impl<T: FromStr> FromSql for Code<T> {
    fn column_result(value: ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let text = value.as_str()?;
        T::from_str(text)
            .map(Code)
            .map_err(|_| FromSqlError::Other(format!("unknown code `{text}`").into()))
    }
}

pub(super) fn code<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T> {
    Ok(row.get::<_, Code<T>>(idx)?.0)
}

pub(super) fn optional_code<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<T>> {
    Ok(row.get::<_, Option<Code<T>>>(idx)?.map(|c| c.0))
}

fn split(value: Option<String>) -> Vec<String> {
    value
        .map(|v| v.split(SEP).map(str::to_string).collect())
        .unwrap_or_default()
}

/// Reads `CLIENT_COLUMNS` then `LIST_COLUMNS`.
fn client_from_row(row: &Row<'_>) -> rusqlite::Result<Client> {
    Ok(Client {
        id: row.get(0)?,
        card: ClientCard {
            name: row.get(1)?,
            kind: code(row, 2)?,
            relation: code(row, 3)?,
            tax_id: row.get(4)?,
            address: row.get(5)?,
            city: row.get(6)?,
            postcode: row.get(7)?,
            birthday: row.get(8)?,
            preferred_channel: optional_code(row, 9)?,
            marketing_consent: row.get(10)?,
            consent_date: row.get(11)?,
            source: optional_code(row, 12)?,
            referred_by: row.get(13)?,
            influence: code(row, 14)?,
            buying_behaviour: optional_code(row, 15)?,
            inactivity_reason: optional_code(row, 16)?,
            member_since: row.get(17)?,
            notes: row.get(18)?,
            given_name: row.get(22)?,
            surname: row.get(23)?,
            second_surname: row.get(24)?,
            prefix: row.get(25)?,
            nickname: row.get(26)?,
            organisation: row.get(27)?,
            job_title: row.get(28)?,
            website: row.get(29)?,
            region: row.get(30)?,
            country: row.get(31)?,
            uid: row.get(32)?,
            phones: split(row.get(33)?),
            emails: split(row.get(34)?),
            tags: split(row.get(35)?),
        },
        created_at: row.get(19)?,
        updated_at: row.get(20)?,
        version: row.get(21)?,
    })
}

impl Store {
    /// Stores a new client and returns its id.
    pub fn add_client(&mut self, card: &ClientCard, now: NaiveDateTime) -> Result<ClientId> {
        let tx = self.write()?;
        let id = insert_card(&tx, card, (now, now))?;
        tx.commit()?;
        Ok(id)
    }

    /// Stores many new clients in one transaction (imports, demo data): all or none.
    /// `referrals` links cards of the batch as (index of the referred card, index of
    /// its referrer); `created(i)` is when card `i` was created; `now` bounds the
    /// cards' dates.
    pub fn add_clients(
        &mut self,
        cards: &[ClientCard],
        referrals: &[(usize, usize)],
        created: impl Fn(usize) -> NaiveDateTime,
        now: NaiveDateTime,
    ) -> Result<Vec<ClientId>> {
        let tx = self.write()?;
        let ids = cards
            .iter()
            .enumerate()
            .map(|(i, card)| insert_card(&tx, card, (created(i), now)))
            .collect::<Result<Vec<_>>>()?;
        {
            let mut link = tx.prepare_cached("UPDATE client SET referred_by = ?2 WHERE id = ?1")?;
            for &(referred, referrer) in referrals {
                match (ids.get(referred), ids.get(referrer)) {
                    (Some(a), Some(b)) if a != b => link.execute([a, b])?,
                    _ => return Err(StoreError::BadReferrer(referrer as ClientId)),
                };
            }
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Replaces the card of client `id`, if it is still at `base`.
    pub fn update_client(
        &mut self,
        id: ClientId,
        card: &ClientCard,
        now: NaiveDateTime,
        base: Base,
    ) -> Result<()> {
        let tx = self.write()?;
        update_card(&tx, (id, base), card, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Writes an import in one transaction: the new cards, then each merge (the
    /// client's current card merged with the imported one). All or nothing.
    pub fn import_clients(&mut self, plan: &ImportPlan, now: NaiveDateTime) -> Result<()> {
        let tx = self.write()?;
        let ids = plan
            .create
            .iter()
            .map(|card| insert_card(&tx, card, (now, now)))
            .collect::<Result<Vec<_>>>()?;
        {
            let mut link = tx.prepare_cached("UPDATE client SET referred_by = ?2 WHERE id = ?1")?;
            for &(referred, referrer) in &plan.referrals {
                if let (Some(a), Some(b)) = (ids.get(referred), ids.get(referrer)) {
                    link.execute([a, b])?;
                }
            }
        }
        for (id, extra) in &plan.merge {
            let current = client_on(&tx, *id)?;
            update_card(
                &tx,
                (*id, Base::Latest),
                &merge_cards(current.card, extra),
                now,
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Deletes client `id` with their phones, emails and tags; clients they referred
    /// keep their cards, with the referral unlinked.
    pub fn delete_client(&mut self, id: ClientId) -> Result<()> {
        let tx = self.write()?;
        if tx.execute("DELETE FROM client WHERE id = ?1", [id])? == 0 {
            return Err(StoreError::NoClient(id));
        }
        tx.commit()?;
        Ok(())
    }

    /// One client's full card.
    pub fn client(&self, id: ClientId) -> Result<Client> {
        client_on(&self.conn, id)
    }

    /// One client with the names of their referrer and of the clients they referred.
    pub fn client_details(&self, id: ClientId) -> Result<ClientDetails> {
        let client = self.client(id)?;
        let referrer_name = match client.card.referred_by {
            Some(r) => Some(self.conn.query_row(
                "SELECT name FROM client WHERE id = ?1",
                [r],
                |row| row.get(0),
            )?),
            None => None,
        };
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM client WHERE referred_by = ?1 ORDER BY id")?;
        let referred = stmt
            .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ClientDetails {
            client,
            referrer_name,
            referred,
        })
    }

    /// Every client's full card.
    pub fn clients(&self, order: ClientOrder) -> Result<Vec<Client>> {
        let order = match order {
            ClientOrder::Id => "c.id",
            ClientOrder::Name => "c.sort_key, c.id",
        };
        let sql = format!("SELECT {CLIENT_COLUMNS}, {LIST_COLUMNS} FROM client c ORDER BY {order}");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], client_from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// What the client list shows for every client, by id.
    pub fn client_summaries(&self) -> Result<Vec<ClientSummary>> {
        let sql = format!(
            "SELECT c.id, c.name, c.tax_id, c.city, {LIST_COLUMNS}, c.sort_key, c.organisation
             FROM client c ORDER BY c.id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], |row| {
            Ok(ClientSummary {
                id: row.get(0)?,
                name: row.get(1)?,
                tax_id: row.get(2)?,
                city: row.get(3)?,
                phones: split(row.get(4)?),
                emails: split(row.get(5)?),
                tags: split(row.get(6)?),
                sort_key: row.get(7)?,
                organisation: row.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// How many clients there are.
    pub fn client_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM client", [], |row| row.get(0))?)
    }
}

fn client_on(conn: &Connection, id: ClientId) -> Result<Client> {
    let sql = format!("SELECT {CLIENT_COLUMNS}, {LIST_COLUMNS} FROM client c WHERE c.id = ?1");
    match conn.query_row(&sql, [id], client_from_row) {
        Err(rusqlite::Error::QueryReturnedNoRows) => Err(StoreError::NoClient(id)),
        other => Ok(other?),
    }
}

fn update_card(
    tx: &Transaction<'_>,
    (id, base): (ClientId, Base),
    card: &ClientCard,
    now: NaiveDateTime,
) -> Result<()> {
    let card = checked(card, now)?;
    bump_version(tx, Table::Client, id, base)?;
    check_referrer(tx, Some(id), card.referred_by)?;
    let changed = execute_with_card(tx, &UPDATE_CARD, &card, &[&timestamp(now), &id])?;
    if changed == 0 {
        return Err(StoreError::NoClient(id));
    }
    for table in ["client_phone", "client_email", "client_tag"] {
        tx.execute(&format!("DELETE FROM {table} WHERE client_id = ?1"), [id])?;
    }
    insert_lists(tx, id, &card)
}

/// The card, normalised and validated (its dates bounded by `now`).
fn checked(card: &ClientCard, now: NaiveDateTime) -> Result<ClientCard> {
    let card = card.clone().normalized();
    card.validate(now.date()).map_err(StoreError::Invalid)?;
    Ok(card)
}

fn check_referrer(
    tx: &Transaction<'_>,
    id: Option<ClientId>,
    referrer: Option<ClientId>,
) -> Result<()> {
    let Some(referrer) = referrer else {
        return Ok(());
    };
    if Some(referrer) == id || !row_exists(tx, Table::Client, referrer)? {
        return Err(StoreError::BadReferrer(referrer));
    }
    Ok(())
}

/// Inserts `card`, stamped `created`; its dates are bounded by `now`.
fn insert_card(
    tx: &Transaction<'_>,
    card: &ClientCard,
    (created, now): (NaiveDateTime, NaiveDateTime),
) -> Result<ClientId> {
    let card = checked(card, now)?;
    check_referrer(tx, None, card.referred_by)?;
    execute_with_card(tx, &INSERT_CARD, &card, &[&timestamp(created)])?;
    let id = tx.last_insert_rowid();
    insert_lists(tx, id, &card)?;
    Ok(id)
}

/// Runs `sql` (a cached statement) with the card's columns ([`CARD_COLUMNS`]) as `?1`…,
/// followed by `tail`.
fn execute_with_card(
    tx: &Transaction<'_>,
    sql: &str,
    card: &ClientCard,
    tail: &[&dyn ToSql],
) -> Result<usize> {
    let (kind, relation, influence) = (
        card.kind.code(),
        card.relation.code(),
        card.influence.code(),
    );
    let channel = card.preferred_channel.map(|c| c.code());
    let source = card.source.map(|s| s.code());
    let buying = card.buying_behaviour.map(|b| b.code());
    let reason = card.inactivity_reason.map(|r| r.code());
    let sort_key = card.sort_key();
    let mut values: Vec<&dyn ToSql> = vec![
        &card.name,
        &kind,
        &relation,
        &card.tax_id,
        &card.address,
        &card.city,
        &card.postcode,
        &card.birthday,
        &channel,
        &card.marketing_consent,
        &card.consent_date,
        &source,
        &card.referred_by,
        &influence,
        &buying,
        &reason,
        &card.member_since,
        &card.notes,
        &card.given_name,
        &card.surname,
        &card.second_surname,
        &card.prefix,
        &card.nickname,
        &card.organisation,
        &card.job_title,
        &card.website,
        &card.region,
        &card.country,
        &card.uid,
        &sort_key,
    ];
    debug_assert_eq!(values.len(), CARD_COLUMNS.len());
    values.extend_from_slice(tail);
    Ok(tx.prepare_cached(sql)?.execute(values.as_slice())?)
}

fn insert_lists(tx: &Transaction<'_>, id: ClientId, card: &ClientCard) -> Result<()> {
    let mut phone = tx.prepare_cached(
        "INSERT INTO client_phone (client_id, position, number) VALUES (?1, ?2, ?3)",
    )?;
    for (i, number) in card.phones.iter().enumerate() {
        phone.execute(params![id, i as i64, number])?;
    }
    let mut email = tx.prepare_cached(
        "INSERT INTO client_email (client_id, position, address) VALUES (?1, ?2, ?3)",
    )?;
    for (i, address) in card.emails.iter().enumerate() {
        email.execute(params![id, i as i64, address])?;
    }
    let mut tag = tx.prepare_cached("INSERT INTO client_tag (client_id, tag) VALUES (?1, ?2)")?;
    for t in &card.tags {
        tag.execute(params![id, t])?;
    }
    Ok(())
}
