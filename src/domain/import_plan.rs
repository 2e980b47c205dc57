//! What an import does with each card: create it, or, when it has the email or phone
//! of a client already there (or of an earlier card of the same file), skip it, merge
//! it into that client, or add it anyway — as `--on-duplicate` says.

use std::collections::HashMap;

use chrono::NaiveDate;
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::client::{CardField, ClientCard, ClientId, ClientSummary, FieldError, Problem};
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

fn keys(card: &ClientCard) -> impl Iterator<Item = Same> + '_ {
    card.emails.iter().map(|e| Same::Email(email_key(e))).chain(
        card.phones
            .iter()
            .filter_map(|p| phone_key(p).map(Same::Phone)),
    )
}

/// `extra` merged into `base`: empty fields filled, new phones, emails and tags added,
/// notes appended when new. Name, kind, relation, influence and marketing consent
/// stay as they are (consent is never granted by a merge).
pub fn merge_cards(mut base: ClientCard, extra: &ClientCard) -> ClientCard {
    for (slot, value) in [
        (&mut base.tax_id, &extra.tax_id),
        (&mut base.address, &extra.address),
        (&mut base.city, &extra.city),
        (&mut base.postcode, &extra.postcode),
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
    let note = extra.notes.trim();
    if !note.is_empty() && !base.notes.contains(note) {
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
    existing: &[ClientSummary],
    cards: Vec<ImportedCard>,
    on_duplicate: OnDuplicate,
    today: NaiveDate,
) -> Result<ImportPlan, Refused> {
    let mut index: HashMap<Same, Target> = HashMap::new();
    for c in existing {
        let card = ClientCard {
            phones: c.phones.clone(),
            emails: c.emails.clone(),
            ..ClientCard::named("")
        };
        for key in keys(&card) {
            index
                .entry(key)
                .or_insert_with(|| Target::Existing(c.id, c.name.clone()));
        }
    }
    let mut plan = ImportPlan::default();
    // Line of each created card → its place in `plan.create`.
    let mut created: HashMap<usize, usize> = HashMap::new();
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
        let found = keys(&card).find_map(|k| index.get(&k).map(|t| (t.clone(), k)));
        let outcome = match (found, on_duplicate) {
            (None, _) => Outcome::Created,
            (Some((t, k)), OnDuplicate::Skip) => Outcome::Skipped(t, k),
            (Some((t, k)), OnDuplicate::Add) => Outcome::AddedAnyway(t, k),
            (Some((t, k)), OnDuplicate::Merge) => Outcome::Merged(t, k),
        };
        match &outcome {
            Outcome::Created | Outcome::AddedAnyway(..) => {
                created.insert(line, plan.create.len());
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
    Ok(plan)
}

#[cfg(test)]
#[path = "import_plan_tests.rs"]
mod tests;
