//! Demo client cards: Spanish names, phones, emails, cities, referrals.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};

use super::{DemoOptions, Rng, lines};
use crate::domain::{
    BuyingBehaviour, Channel, ClientCard, ClientKind, InactivityReason, Influence, Relation, Source,
};

struct City {
    name: &'static str,
    postcode: &'static str,
    landline: &'static str,
}

struct Words {
    female: Vec<&'static str>,
    male: Vec<&'static str>,
    surnames: Vec<&'static str>,
    cities: Vec<City>,
    streets: Vec<&'static str>,
    companies: Vec<&'static str>,
    tags: Vec<&'static str>,
    notes: Vec<&'static str>,
}

impl Words {
    fn load() -> Self {
        let cities = lines(include_str!("../../assets/demo/cities.txt"))
            .into_iter()
            .filter_map(|l| {
                let mut parts = l.split(';');
                Some(City {
                    name: parts.next()?,
                    postcode: parts.next()?,
                    landline: parts.next()?,
                })
            })
            .collect();
        Self {
            female: lines(include_str!("../../assets/demo/female_names.txt")),
            male: lines(include_str!("../../assets/demo/male_names.txt")),
            surnames: lines(include_str!("../../assets/demo/surnames.txt")),
            cities,
            streets: lines(include_str!("../../assets/demo/streets.txt")),
            companies: lines(include_str!("../../assets/demo/companies.txt")),
            tags: lines(include_str!("../../assets/demo/tags.txt")),
            notes: lines(include_str!("../../assets/demo/notes.txt")),
        }
    }
}

/// Lowercase ASCII for email addresses: accents dropped, spaces removed.
fn ascii_slug(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c.to_lowercase().next().unwrap_or(c) {
            'á' | 'à' => Some('a'),
            'é' | 'è' => Some('e'),
            'í' => Some('i'),
            'ó' | 'ò' => Some('o'),
            'ú' | 'ü' => Some('u'),
            'ñ' => Some('n'),
            'ç' => Some('c'),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// The DNI check letter of an 8-digit number.
fn dni_letter(number: u32) -> char {
    const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    char::from(LETTERS[(number % 23) as usize])
}

/// A generated data set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoData {
    /// The cards, oldest client first.
    pub cards: Vec<ClientCard>,
    /// When each card was created: spread over the five years before today, in order.
    pub created: Vec<NaiveDateTime>,
    /// Referrals as (index of the referred card, index of its referrer, an older card).
    pub referrals: Vec<(usize, usize)>,
}

/// Years of history the demo shop has.
const HISTORY_YEARS: i32 = 5;

/// Generates a demo data set as of `today`.
pub fn generate(options: DemoOptions, today: NaiveDate) -> DemoData {
    let words = Words::load();
    let mut rng = Rng(options.seed);
    let n = options.clients;
    let mut data = DemoData {
        cards: Vec::with_capacity(n),
        created: Vec::with_capacity(n),
        referrals: Vec::new(),
    };
    let opened = today
        .with_year(today.year() - HISTORY_YEARS)
        .unwrap_or(today);
    let history_days = (today - opened).num_days().max(1) as u64;
    // A few well-connected clients (prescriptores) bring in many of the referred ones.
    let prescribers = (n / 40).max(1);
    // Two clients never share an email or a phone (an import matches cards by them).
    let mut taken = std::collections::HashSet::new();
    for i in 0..n {
        let day = opened + Days::new(history_days * i as u64 / n.max(1) as u64);
        let minute = 9 * 60 + rng.below(11 * 60) as u32;
        let created = day
            .and_hms_opt(minute / 60, minute % 60, 0)
            .unwrap_or_default();
        let mut card = person_or_company(&mut rng, &words, day, today);
        if i > 10 && rng.chance(15) {
            let referrer = if rng.chance(50) {
                rng.below(prescribers.min(i) as u64) as usize
            } else {
                rng.below(i as u64) as usize
            };
            data.referrals.push((i, referrer));
            card.source = Some(Source::Referral);
        }
        if rng.chance(20) {
            card.member_since = Some(rng.day_between(day, today));
        }
        // One person in sixty has a birthday in the coming week, for the greetings.
        if i % 60 == 30 {
            let soon = today + Days::new((i / 60 % 7) as u64);
            card.birthday = card.birthday.and_then(|b| soon.with_year(b.year()));
        }
        make_unique(&mut card, &mut taken);
        data.cards.push(card);
        data.created.push(created);
    }
    data
}

/// Changes the emails and phones of `card` that another card has (`taken`) into ones
/// no card has: a number after the email's name (`info2@…`), the next phone number.
/// Draws nothing from the random stream, so the rest of the data stays as it was.
fn make_unique(card: &mut ClientCard, taken: &mut std::collections::HashSet<String>) {
    for email in &mut card.emails {
        let (name, domain) = email.split_once('@').unwrap_or((email.as_str(), ""));
        let (name, domain) = (name.to_string(), domain.to_string());
        let mut n = 1;
        while !taken.insert(email.to_lowercase()) {
            n += 1;
            *email = format!("{name}{n}@{domain}");
        }
    }
    for phone in &mut card.phones {
        while !taken.insert(phone.chars().filter(char::is_ascii_digit).collect()) {
            // The last group as a number, one up, as wide as it was.
            let (head, last) = phone.rsplit_once(' ').unwrap_or(("", phone.as_str()));
            let width = last.len();
            let next = (last.parse::<u64>().unwrap_or(0) + 1) % 10u64.pow(width as u32);
            *phone = format!("{head} {next:0width$}");
        }
    }
}

/// A random card of a client who first came on `since`.
fn person_or_company(rng: &mut Rng, w: &Words, since: NaiveDate, today: NaiveDate) -> ClientCard {
    let city = &w.cities[rng.below(w.cities.len() as u64) as usize];
    let is_company = rng.chance(12);
    let surname = rng.pick(&w.surnames);
    let mut card = if is_company {
        let pattern = rng.pick(&w.companies);
        let mut c = ClientCard::named(
            pattern
                .replace("{surname}", surname)
                .replace("{city}", city.name),
        );
        c.kind = ClientKind::Company;
        c.tax_id = rng.chance(95).then(|| format!("B{}", rng.digits(8)));
        c.emails.push(format!(
            "info@{}.es",
            ascii_slug(&c.name.replace(" S.L.", "").replace(" S.A.", ""))
        ));
        c
    } else {
        let first = if rng.chance(52) {
            rng.pick(&w.female)
        } else {
            rng.pick(&w.male)
        };
        let second = rng.pick(&w.surnames);
        let mut c = ClientCard::named(format!("{first} {surname} {second}"));
        if rng.chance(40) {
            let n = 10_000_000 + rng.below(89_999_999) as u32;
            c.tax_id = Some(format!("{n}{}", dni_letter(n)));
        }
        if rng.chance(75) {
            let domain = rng.pick(&[
                "gmail.com",
                "hotmail.es",
                "yahoo.es",
                "telefonica.net",
                "outlook.es",
            ]);
            let number = if rng.chance(40) {
                rng.below(100).to_string()
            } else {
                String::new()
            };
            c.emails.push(format!(
                "{}.{}{number}@{domain}",
                ascii_slug(first),
                ascii_slug(surname)
            ));
        }
        if rng.chance(60) {
            let born = NaiveDate::from_ymd_opt(today.year() - 80, 1, 1).unwrap_or(today);
            let adult = NaiveDate::from_ymd_opt(today.year() - 18, 12, 31).unwrap_or(today);
            c.birthday = Some(rng.day_between(born, adult));
        }
        c
    };
    card.relation = match rng.below(100) {
        0..=89 => Relation::Client,
        90..=93 => Relation::Supplier,
        94..=96 => Relation::Social,
        _ => Relation::Internal,
    };
    if rng.chance(92) {
        card.phones.push(format!(
            "+34 6{} {} {}",
            rng.digits(2),
            rng.digits(3),
            rng.digits(3)
        ));
    }
    if rng.chance(30) {
        let rest = 9 - city.landline.len();
        card.phones
            .push(format!("+34 {} {}", city.landline, rng.digits(rest)));
    }
    if rng.chance(8) {
        card.emails.push(format!(
            "{}{}@gmail.com",
            ascii_slug(surname),
            rng.digits(3)
        ));
    }
    if rng.chance(95) {
        card.city = Some(city.name.to_string());
        card.postcode = Some(format!(
            "{}{}",
            city.postcode,
            rng.digits(5 - city.postcode.len())
        ));
        card.address = Some(format!("{}, {}", rng.pick(&w.streets), 1 + rng.below(120)));
    }
    card.preferred_channel = match rng.below(10) {
        0..=3 => Some(Channel::InPerson),
        4..=5 => Some(Channel::Phone),
        6 => Some(Channel::Email),
        7 => Some(Channel::Electronic),
        _ => None,
    };
    if rng.chance(55) {
        card.marketing_consent = true;
        card.consent_date = Some(rng.day_between(since, today));
    }
    card.source = Some(match rng.below(100) {
        0..=54 => Source::WalkIn,
        55..=74 => Source::Advert,
        75..=84 => Source::MarketResearch,
        _ => Source::Other,
    });
    card.influence = match rng.below(100) {
        0..=4 => Influence::HighPositive,
        5..=6 => Influence::HighNegative,
        7..=26 => Influence::Regular,
        27..=41 => Influence::Family,
        _ => Influence::Unknown,
    };
    card.buying_behaviour = match rng.below(10) {
        0..=2 => Some(BuyingBehaviour::Loyal),
        3 => Some(BuyingBehaviour::PriceConditional),
        4 => Some(BuyingBehaviour::Auction),
        5 => Some(BuyingBehaviour::Promotion),
        6 => Some(BuyingBehaviour::Anarchic),
        _ => None,
    };
    if rng.chance(8) {
        card.inactivity_reason = Some(match rng.below(4) {
            0 => InactivityReason::BoughtLongAgo,
            1 => InactivityReason::Competitor,
            2 => InactivityReason::Dissatisfied,
            _ => InactivityReason::NoLongerNeeded,
        });
    }
    for _ in 0..rng.below(4) {
        let tag = rng.pick(&w.tags).to_string();
        if !card.tags.contains(&tag) {
            card.tags.push(tag);
        }
    }
    if rng.chance(15) {
        card.notes = rng.pick(&w.notes).to_string();
    }
    card
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
    }

    /// No two demo clients share an email or a phone, so an export imports back whole.
    #[test]
    fn no_two_clients_share_an_email_or_a_phone() {
        let data = generate(
            DemoOptions {
                clients: 20_000,
                seed: 42,
                ..Default::default()
            },
            today(),
        );
        let mut seen = std::collections::HashSet::new();
        for card in &data.cards {
            for email in &card.emails {
                assert!(seen.insert(email.to_lowercase()), "{email} twice");
            }
            for phone in &card.phones {
                let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
                assert!(seen.insert(digits), "{phone} twice");
            }
        }
    }

    #[test]
    fn same_seed_same_data_other_seed_other_data() {
        let a = generate(
            DemoOptions {
                clients: 200,
                seed: 7,
                ..Default::default()
            },
            today(),
        );
        let b = generate(
            DemoOptions {
                clients: 200,
                seed: 7,
                ..Default::default()
            },
            today(),
        );
        let c = generate(
            DemoOptions {
                clients: 200,
                seed: 8,
                ..Default::default()
            },
            today(),
        );
        assert_eq!(a, b);
        assert_ne!(a.cards, c.cards);
    }

    #[test]
    fn data_looks_like_a_spanish_shop() {
        let DemoData {
            cards,
            created,
            referrals,
        } = generate(DemoOptions::default(), today());
        assert!(
            created.windows(2).all(|w| w[0].date() <= w[1].date()),
            "created in id order"
        );
        assert!(
            created.first().is_some_and(|c| c.date() < today())
                && created.iter().all(|c| c.date() <= today())
        );
        for (card, created) in cards.iter().zip(&created) {
            for date in [card.member_since, card.consent_date].into_iter().flatten() {
                assert!(
                    date >= created.date() && date <= today(),
                    "{date} outside {created}..today"
                );
            }
        }
        assert_eq!(cards.len(), 300);
        assert!(
            cards
                .iter()
                .all(|c| c.validate(chrono::NaiveDate::MAX).is_ok())
        );
        assert!(
            cards
                .iter()
                .any(|c| c.name.chars().any(|ch| "áéíóúñÁÉÍÓÚÑ".contains(ch)))
        );
        assert!(cards.iter().any(|c| c.kind == ClientKind::Company));
        assert!(cards.iter().filter(|c| !c.phones.is_empty()).count() > 250);
        assert!(referrals.len() > 10);
        assert!(
            referrals
                .iter()
                .all(|(referred, referrer)| referrer < referred)
        );
        let with_dni = cards
            .iter()
            .filter_map(|c| c.tax_id.as_deref())
            .find(|t| !t.starts_with('B'));
        let dni = with_dni.expect("some DNI");
        let number: u32 = dni[..8].parse().expect("digits");
        assert_eq!(dni.chars().last(), Some(dni_letter(number)));
    }
}
