//! What an import does with each card: create it, or, when it is a client already there
//! (or an earlier card of the same file) the way a person judges it — the same email,
//! phone or address-book identity (vCard `UID`), or the same name at the same address
//! or postcode — skip it, merge it into that client, or add it anyway, as
//! `--on-duplicate` says. Cards of clientela's own export carry their original ids:
//! two of them with different ids are different clients (seven companies may share
//! one email), and a referral between them is kept by those ids.

use std::collections::HashMap;

use chrono::NaiveDate;
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::client::{CardField, Client, ClientCard, ClientId, FieldError, Problem};
use super::validate::Invalid;

/// One card read from a file, with the line it starts on and where each of its values
/// was, so a value that breaks a rule is pointed at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCard {
    /// The 1-based line where its row (or `BEGIN:VCARD`) starts.
    pub line: usize,
    /// The card.
    pub card: ClientCard,
    /// Where its values were read.
    pub places: Vec<Place>,
    /// Its id in the database it was exported from (clientela's own files).
    pub origin_id: Option<ClientId>,
    /// The original id of the client who referred it, in that database.
    pub origin_referrer: Option<ClientId>,
}

/// Where one value of a card was in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The field it went to.
    pub field: CardField,
    /// What the file calls it: the CSV column's header, the vCard property.
    pub label: String,
    /// The value as read (for lists: the one item).
    pub value: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column: the field number in a CSV row, the character in a vCard line.
    pub column: usize,
}

impl ImportedCard {
    /// A card read at `line` with no places noted.
    pub fn at(line: usize, card: ClientCard) -> Self {
        Self {
            line,
            card,
            places: Vec::new(),
            origin_id: None,
            origin_referrer: None,
        }
    }

    /// Notes that `value` of `field`, which the file calls `label`, was at `line`,
    /// `column`.
    pub fn note(
        &mut self,
        (field, label): (CardField, &str),
        value: &str,
        (line, column): (usize, usize),
    ) {
        self.places.push(Place {
            field,
            label: label.to_owned(),
            value: value.trim().to_owned(),
            line,
            column,
        });
    }

    /// Where the value `error` is about was (line, column, what the file calls it):
    /// the item it names, else the field's first value, else the start of the card.
    pub fn place_of(&self, error: &FieldError) -> (usize, usize, Option<&str>) {
        let item = match &error.problem {
            Problem::Invalid(Invalid::Phone(v) | Invalid::Email(v)) => Some(v.trim()),
            _ => None,
        };
        let of_field = || self.places.iter().filter(|p| p.field == error.field);
        of_field()
            .find(|p| item.is_none_or(|v| p.value == v))
            .or_else(|| of_field().next())
            .map_or((self.line, 1, None), |p| {
                (p.line, p.column, Some(p.label.as_str()))
            })
    }
}

/// A card that cannot be imported: where, and every problem it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// 1-based line of the first problem.
    pub line: usize,
    /// 1-based column of the first problem.
    pub column: usize,
    /// The problems.
    pub errors: Vec<FieldError>,
    /// What the file calls the field of the first problem.
    pub label: Option<String>,
}

impl std::fmt::Display for Refused {
    /// `line:column: what`, the first problem named as the file names its field.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: ", self.line, self.column)?;
        for (i, e) in self.errors.iter().enumerate() {
            match (i, &self.label) {
                (0, Some(label)) => write!(f, "{label}: {}", e.problem)?,
                (0, None) => write!(f, "{e}")?,
                _ => write!(f, "; {e}")?,
            }
        }
        Ok(())
    }
}

/// What to do with a card that matches a client by email or phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, EnumIter, EnumString, IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum OnDuplicate {
    /// Leave the client as it is and drop the card.
    #[default]
    Skip,
    /// Fill the client's empty fields and add new phones, emails, tags and notes.
    Merge,
    /// Create the card anyway.
    Add,
}

/// The client a card matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A client already in the database: id and name.
    Existing(ClientId, String),
    /// An earlier card of the same file: its line.
    Earlier(usize),
}

/// What was the same.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Same {
    /// This email (normalised).
    Email(String),
    /// This phone (normalised).
    Phone(String),
    /// This address-book identity (vCard `UID`).
    Uid(String),
    /// This name at this address or postcode (as compared: folded, spaces and
    /// punctuation aside).
    NameAddress(String),
}

/// What happens to one card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A new client.
    Created,
    /// Merged into `Target`.
    Merged(Target, Same),
    /// Dropped: `Target` is the same client.
    Skipped(Target, Same),
    /// Created though it matches `Target` (`--on-duplicate add`).
    AddedAnyway(Target, Same),
}

/// One card's fate, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// Its line.
    pub line: usize,
    /// Its name.
    pub name: String,
    /// What happens.
    pub outcome: Outcome,
}

/// Everything an import will write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPlan {
    /// New cards, already merged with later cards of the file that matched them.
    pub create: Vec<ClientCard>,
    /// Cards to merge into existing clients, in file order (an id may repeat).
    pub merge: Vec<(ClientId, ClientCard)>,
    /// Every card's fate, in file order.
    pub rows: Vec<Planned>,
    /// Referrals among the new cards, by their places in `create`: (referred, referrer),
    /// from the original ids the file carries.
    pub referrals: Vec<(usize, usize)>,
}

impl ImportPlan {
    /// How many cards end in each outcome: created (added anyway included), merged,
    /// skipped.
    pub fn counts(&self) -> (usize, usize, usize) {
        self.rows
            .iter()
            .fold((0, 0, 0), |(c, m, s), r| match r.outcome {
                Outcome::Created | Outcome::AddedAnyway(..) => (c + 1, m, s),
                Outcome::Merged(..) => (c, m + 1, s),
                Outcome::Skipped(..) => (c, m, s + 1),
            })
    }
}

/// An email as compared: trimmed, lowercased.
pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A phone as compared: its digits, without a leading `00` or Spain's `34` before a
/// nine-digit number; `None` under six digits (an extension is not a phone).
pub fn phone_key(phone: &str) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.strip_prefix("00").unwrap_or(&digits);
    let national = match digits.strip_prefix("34") {
        Some(rest) if rest.len() == 9 => rest,
        _ => digits,
    };
    (national.len() >= 6).then(|| national.to_string())
}

/// Text as compared for a duplicate: folded (accents and case aside), letters and
/// digits only, one space between words.
fn compared(text: &str) -> String {
    super::text::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The same name at the same place: the name with the address or, without one, the
/// postcode; `None` for a card with neither (a name alone is not enough: two people
/// may share it).
fn name_address_key(card: &ClientCard) -> Option<String> {
    let name = compared(&card.name);
    let place = card
        .address
        .as_deref()
        .map(compared)
        .filter(|a| !a.is_empty())
        .or_else(|| card.postcode.as_deref().map(compared))
        .filter(|p| !p.is_empty())?;
    (!name.is_empty()).then(|| format!("{name} | {place}"))
}

fn keys(card: &ClientCard) -> impl Iterator<Item = Same> + '_ {
    card.emails
        .iter()
        .map(|e| Same::Email(email_key(e)))
        .chain(
            card.phones
                .iter()
                .filter_map(|p| phone_key(p).map(Same::Phone)),
        )
        .chain(card.uid.iter().map(|u| Same::Uid(u.trim().to_string())))
        .chain(name_address_key(card).map(Same::NameAddress))
}

/// `extra` merged into `base`: empty fields filled, new phones, emails and tags added,
/// notes appended when new. Name, kind, relation, influence and marketing consent
/// stay as they are (consent is never granted by a merge).
pub fn merge_cards(mut base: ClientCard, extra: &ClientCard) -> ClientCard {
    for (slot, value) in [
        (&mut base.prefix, &extra.prefix),
        (&mut base.nickname, &extra.nickname),
        (&mut base.organisation, &extra.organisation),
        (&mut base.job_title, &extra.job_title),
        (&mut base.website, &extra.website),
        (&mut base.tax_id, &extra.tax_id),
        (&mut base.address, &extra.address),
        (&mut base.city, &extra.city),
        (&mut base.postcode, &extra.postcode),
        (&mut base.region, &extra.region),
        (&mut base.country, &extra.country),
        (&mut base.uid, &extra.uid),
    ] {
        if slot.is_none() {
            slot.clone_from(value);
        }
    }
    base.birthday = base.birthday.or(extra.birthday);
    base.preferred_channel = base.preferred_channel.or(extra.preferred_channel);
    base.source = base.source.or(extra.source);
    base.buying_behaviour = base.buying_behaviour.or(extra.buying_behaviour);
    base.inactivity_reason = base.inactivity_reason.or(extra.inactivity_reason);
    base.member_since = base.member_since.or(extra.member_since);
    for phone in &extra.phones {
        let key = phone_key(phone);
        if !base
            .phones
            .iter()
            .any(|p| *p == *phone || (key.is_some() && phone_key(p) == key))
        {
            base.phones.push(phone.clone());
        }
    }
    for email in &extra.emails {
        if !base.emails.iter().any(|e| email_key(e) == email_key(email)) {
            base.emails.push(email.clone());
        }
    }
    for tag in &extra.tags {
        if !base.tags.contains(tag) {
            base.tags.push(tag.clone());
        }
    }
    // A note already there (line by line, spaces aside) is not added again.
    let note = extra.notes.trim();
    let lines = |text: &str| -> Vec<String> {
        text.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect()
    };
    let (have, new) = (lines(&base.notes).join("\n"), lines(note).join("\n"));
    if !new.is_empty() && !have.contains(&new) {
        if !base.notes.is_empty() {
            base.notes.push('\n');
        }
        base.notes.push_str(note);
    }
    base
}

/// Plans the import of `cards` next to the `existing` clients. Fails with the line
/// and problems of the first card that could not be stored.
pub fn plan(
    existing: &[Client],
    cards: Vec<ImportedCard>,
    on_duplicate: OnDuplicate,
    today: NaiveDate,
) -> Result<ImportPlan, Refused> {
    let mut index: HashMap<Same, Target> = HashMap::new();
    for c in existing {
        for key in keys(&c.card) {
            index
                .entry(key)
                .or_insert_with(|| Target::Existing(c.id, c.card.name.clone()));
        }
    }
    let mut plan = ImportPlan::default();
    // Line of each created card → its place in `plan.create`.
    let mut created: HashMap<usize, usize> = HashMap::new();
    // Line of each card → its original id; original id → its place in `plan.create`.
    let mut origin_of_line: HashMap<usize, ClientId> = HashMap::new();
    let mut created_by_origin: HashMap<ClientId, usize> = HashMap::new();
    let mut wanted_referrers: Vec<(usize, ClientId)> = Vec::new();
    for imported in cards {
        let line = imported.line;
        let card = imported.card.clone().normalized();
        card.validate(today).map_err(|errors| {
            let (line, column, label) = imported.place_of(&errors[0]);
            Refused {
                line,
                column,
                label: label.map(str::to_owned),
                errors,
            }
        })?;
        let origin = imported.origin_id;
        if let Some(id) = origin {
            origin_of_line.insert(line, id);
        }
        // Two cards of our own export with different original ids are two clients.
        let other_client = |t: &Target| match (t, origin) {
            (Target::Earlier(l), Some(mine)) => origin_of_line.get(l).is_some_and(|o| *o != mine),
            _ => false,
        };
        let found = keys(&card).find_map(|k| {
            index
                .get(&k)
                .filter(|t| !other_client(t))
                .map(|t| (t.clone(), k))
        });
        let outcome = match (found, on_duplicate) {
            (None, _) => Outcome::Created,
            (Some((t, k)), OnDuplicate::Skip) => Outcome::Skipped(t, k),
            (Some((t, k)), OnDuplicate::Add) => Outcome::AddedAnyway(t, k),
            (Some((t, k)), OnDuplicate::Merge) => Outcome::Merged(t, k),
        };
        // A card added though it is a contact already there is a contact of its own:
        // it does not share that one's address-book identity.
        let card = match &outcome {
            Outcome::AddedAnyway(..) => ClientCard { uid: None, ..card },
            _ => card,
        };
        match &outcome {
            Outcome::Created | Outcome::AddedAnyway(..) => {
                created.insert(line, plan.create.len());
                if let Some(id) = origin {
                    created_by_origin.insert(id, plan.create.len());
                }
                if let Some(referrer) = imported.origin_referrer {
                    wanted_referrers.push((plan.create.len(), referrer));
                }
                for key in keys(&card) {
                    index.entry(key).or_insert(Target::Earlier(line));
                }
                plan.create.push(card.clone());
            }
            Outcome::Merged(Target::Earlier(first), _) => {
                if let Some(slot) = created.get(first).and_then(|&i| plan.create.get_mut(i)) {
                    *slot = merge_cards(slot.clone(), &card);
                }
                for key in keys(&card) {
                    index.entry(key).or_insert(Target::Earlier(*first));
                }
            }
            Outcome::Merged(target @ Target::Existing(id, _), _) => {
                for key in keys(&card) {
                    index.entry(key).or_insert_with(|| target.clone());
                }
                plan.merge.push((*id, card.clone()));
            }
            Outcome::Skipped(..) => {}
        }
        plan.rows.push(Planned {
            line,
            name: card.name,
            outcome,
        });
    }
    // A referrer the file does not hold is left out: its id is another database's.
    plan.referrals = wanted_referrers
        .into_iter()
        .filter_map(|(referred, origin)| {
            created_by_origin
                .get(&origin)
                .filter(|r| **r != referred)
                .map(|r| (referred, *r))
        })
        .collect();
    Ok(plan)
}

#[cfg(test)]
#[path = "import_plan_tests.rs"]
mod tests;
