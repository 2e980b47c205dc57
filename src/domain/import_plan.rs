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
mod tests {
    use super::*;

    fn card(name: &str, phone: &str, email: &str) -> ClientCard {
        let mut c = ClientCard::named(name);
        c.phones = [phone]
            .iter()
            .filter(|p| !p.is_empty())
            .map(|p| p.to_string())
            .collect();
        c.emails = [email]
            .iter()
            .filter(|e| !e.is_empty())
            .map(|e| e.to_string())
            .collect();
        c
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
    }

    fn rows(cards: Vec<ClientCard>) -> Vec<ImportedCard> {
        cards
            .into_iter()
            .enumerate()
            .map(|(i, card)| ImportedCard::at(i + 2, card))
            .collect()
    }

    fn existing() -> Vec<ClientSummary> {
        vec![ClientSummary {
            id: 7,
            name: "Ana Núñez".into(),
            phones: vec!["+34 600 111 222".into()],
            emails: vec!["Ana@X.es".into()],
            tax_id: None,
            city: None,
            tags: vec![],
        }]
    }

    #[test]
    fn phones_and_emails_are_compared_normalised() {
        assert_eq!(phone_key("+34 600 111 222"), phone_key("600111222"));
        assert_eq!(phone_key("0034 600-111-222"), Some("600111222".into()));
        assert_eq!(phone_key("+44 20 7946 0958"), Some("442079460958".into()));
        assert_eq!(phone_key("ext 12"), None);
        assert_eq!(email_key(" Ana@X.es "), "ana@x.es");
    }

    #[test]
    fn each_policy_does_what_it_says() {
        let file = || {
            rows(vec![
                card("Ana N.", "600 111 222", ""),
                card("Luis", "", "luis@y.es"),
                card("Luis Gil", "91 555 12 12", "LUIS@y.es"),
            ])
        };
        let skip = plan(&existing(), file(), OnDuplicate::Skip, today()).expect("plan");
        assert_eq!(skip.counts(), (1, 0, 2));
        assert_eq!(
            skip.rows[0].outcome,
            Outcome::Skipped(
                Target::Existing(7, "Ana Núñez".into()),
                Same::Phone("600111222".into())
            )
        );
        assert_eq!(
            skip.rows[2].outcome,
            Outcome::Skipped(Target::Earlier(3), Same::Email("luis@y.es".into()))
        );
        let merge = plan(&existing(), file(), OnDuplicate::Merge, today()).expect("plan");
        assert_eq!(merge.counts(), (1, 2, 0));
        assert_eq!(merge.merge.len(), 1);
        assert_eq!(
            merge.create[0].phones,
            ["91 555 12 12"],
            "merged into line 3"
        );
        assert_eq!(merge.create[0].name, "Luis");
        let add = plan(&existing(), file(), OnDuplicate::Add, today()).expect("plan");
        assert_eq!((add.counts(), add.create.len()), ((3, 0, 0), 3));
    }

    #[test]
    fn merging_fills_gaps_and_keeps_what_is_there() {
        let mut base = card("Ana", "600 111 222", "ana@x.es");
        base.city = Some("Madrid".into());
        let mut extra = card("Ana Núñez", "+34 600 111 222", "ANA@x.es");
        extra.city = Some("Toledo".into());
        extra.postcode = Some("45001".into());
        extra.tags = vec!["vip".into()];
        extra.notes = "Prefiere tardes".into();
        extra.marketing_consent = true;
        let merged = merge_cards(base, &extra);
        assert_eq!(merged.name, "Ana");
        assert_eq!(merged.city.as_deref(), Some("Madrid"));
        assert_eq!(merged.postcode.as_deref(), Some("45001"));
        assert_eq!((merged.phones.len(), merged.emails.len()), (1, 1));
        assert_eq!(merged.tags, ["vip"]);
        assert_eq!(merged.notes, "Prefiere tardes");
        assert!(!merged.marketing_consent);
        assert_eq!(merge_cards(merged.clone(), &extra), merged, "idempotent");
    }

    #[test]
    fn an_invalid_card_stops_the_plan_with_its_line() {
        let bad = rows(vec![card("Ana", "", ""), card(" ", "1", "")]);
        let refused = plan(&[], bad, OnDuplicate::Skip, today()).expect_err("refused");
        assert_eq!((refused.line, refused.column), (3, 1));
    }
}
