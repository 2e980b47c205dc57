//! `clientela client …`

use std::collections::HashSet;
use std::io::{self, Write};

use color_eyre::eyre::{Result, WrapErr, bail, eyre};

use super::Session;
use super::args::{CardArgs, ClientCommand, Format, ShowFormat};
use super::output::write_table;
use crate::domain::dates::parse_optional_date;
use crate::domain::text::non_empty;
use crate::domain::{Client, ClientCard};
use crate::exchange::clients::write_csv;
use crate::exchange::write_json;
use crate::i18n::{CliMsg, Locale, Msg, fill, fill_all, fill2, tell};
use crate::ops::export;
use crate::ops::files::write_output;
use crate::search::ClientIndex;
use crate::store::{BUSY_TIMEOUT, Base, ClientOrder, Overwritten};

/// Fails, saying so, when what was deleted is still in the bytes of the file.
/// `said` begins the line (what was done, if anything).
pub fn not_yet_overwritten(overwritten: &Overwritten, said: &str, l: &Locale) -> Result<()> {
    match overwritten {
        Overwritten::Yes => Ok(()),
        Overwritten::NotYetReaders => bail!(fill2(
            l.t(CliMsg::NotOverwrittenReaders),
            said,
            BUSY_TIMEOUT.as_secs()
        )),
        Overwritten::NotYet(why) => bail!(fill2(l.t(CliMsg::NotOverwrittenWhy), said, why)),
    }
}

/// Runs one `client` subcommand.
pub fn run(session: &Session, command: ClientCommand) -> Result<()> {
    let mut store = crate::ops::open(session)?;
    let mut stdout = io::stdout().lock();
    match command {
        ClientCommand::Add(args) => {
            let name = args
                .name
                .clone()
                .ok_or_else(|| eyre!(session.locale.t(CliMsg::NameRequired)))?;
            let mut card = ClientCard::named(name);
            args.apply(&mut card, session)?;
            let id = store.add_client(&card, session.clock.now())?;
            writeln!(io::stdout(), "{id}")?;
        }
        ClientCommand::Edit { id, card: args } => {
            let mut card = store.client(id)?.card;
            args.apply(&mut card, session)?;
            store.update_client(id, &card, session.clock.now(), Base::Latest)?;
        }
        ClientCommand::Delete { id, yes } => {
            // A client that is not there is said first: asking for --yes would imply it is.
            store.client(id)?;
            if !yes {
                bail!(fill(session.locale.t(Msg::ClientDeleteNeedsYes), id));
            }
            store.delete_client(id)?;
        }
        ClientCommand::Export { id, output } => {
            let now = session.clock.now();
            match output {
                Some(path) => {
                    write_output(&path, &session.database, |out| {
                        export::personal(&store, id, now, out)
                    })?;
                    if path.as_os_str() != "-" {
                        let said = fill2(
                            session.locale.t(CliMsg::PersonalWritten),
                            id,
                            path.display(),
                        );
                        writeln!(super::output::Report::default(), "{said}")?;
                    }
                }
                None => export::personal(&store, id, now, &mut stdout)?,
            }
        }
        ClientCommand::Erase { id, yes } => {
            if !yes {
                bail!(fill(session.locale.t(Msg::ClientEraseNeedsYes), id));
            }
            let erasure = crate::ops::erase::client(&mut store, session, id)?;
            let erased = &erasure.erased;
            let l = &session.locale;
            let said = fill_all(
                l.t(CliMsg::Erased),
                &[
                    &id,
                    &erased.log_entries,
                    &erased.agenda_entries_unlinked,
                    &erased.referrals_unlinked,
                ],
            );
            writeln!(stdout, "{said}")?;
            if !erasure.backups.is_empty() {
                let said = fill2(
                    l.t(CliMsg::BackupsStillHold),
                    erasure.backups.len(),
                    session.config.backup.keep,
                );
                writeln!(stdout, "{said}")?;
                for path in &erasure.backups {
                    writeln!(stdout, "  {}", path.display())?;
                }
            }
            stdout.flush()?;
            not_yet_overwritten(&erased.overwritten, &fill(l.t(CliMsg::ErasedBut), id), l)?;
        }
        ClientCommand::Show { id, format } => {
            let client = store.client(id)?;
            match format {
                ShowFormat::Json => write_json(stdout, &client)?,
                ShowFormat::Text => write_card(stdout, &client, &session.locale)?,
            }
        }
        ClientCommand::List { search, format } => {
            // As every list: people by surname, companies by name.
            let mut clients = store.clients(ClientOrder::Name)?;
            if let Some(query) = search.filter(|q| !q.trim().is_empty()) {
                let mut index = ClientIndex::new(clients.iter().map(Into::into).collect());
                let matches = index.search(&query, None);
                let order: Vec<_> = matches
                    .positions
                    .iter()
                    .filter_map(|p| index.get(*p))
                    .map(|s| s.id)
                    .collect();
                let wanted: HashSet<_> = order.iter().copied().collect();
                clients.retain(|c| wanted.contains(&c.id));
                let rank = |c: &Client| order.iter().position(|id| *id == c.id);
                clients.sort_by_key(rank);
            }
            match format {
                Format::Json => write_json(stdout, &clients)?,
                Format::Csv => write_csv(stdout, &clients, session.cells)?,
                Format::Table => write_list(stdout, &clients, &session.locale)?,
            }
        }
    }
    Ok(())
}

fn write_list(out: impl Write, clients: &[Client], locale: &Locale) -> io::Result<()> {
    let header = [
        locale.t(Msg::ColIdText),
        locale.t(Msg::ColName),
        locale.t(Msg::ColPhone),
        locale.t(Msg::ColEmail),
        locale.t(Msg::ColCity),
        locale.t(Msg::ColTags),
    ];
    let rows: Vec<Vec<String>> = clients
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.card.name.clone(),
                c.card.phones.first().cloned().unwrap_or_default(),
                c.card.emails.first().cloned().unwrap_or_default(),
                c.card.city.clone().unwrap_or_default(),
                c.card.tags.join(", "),
            ]
        })
        .collect();
    write_table(out, &header, &rows)
}

fn write_card(out: impl Write, client: &Client, locale: &Locale) -> io::Result<()> {
    let mut out = crate::exchange::Printable::new(out);
    use crate::domain::CardField as F;
    let c = &client.card;
    let none = || locale.t(Msg::None).to_string();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| locale.date(d)).unwrap_or_else(none);
    let text = |s: &Option<String>| s.clone().unwrap_or_else(none);
    let list = |l: &[String]| if l.is_empty() { none() } else { l.join(", ") };
    let rows: Vec<(F, String)> = vec![
        (F::Name, c.name.clone()),
        (F::GivenName, text(&c.given_name)),
        (F::Surname, text(&c.surname)),
        (F::SecondSurname, text(&c.second_surname)),
        (F::Prefix, text(&c.prefix)),
        (F::Nickname, text(&c.nickname)),
        (F::Kind, locale.label(&c.kind).into()),
        (F::Relation, locale.label(&c.relation).into()),
        (F::Organisation, text(&c.organisation)),
        (F::JobTitle, text(&c.job_title)),
        (F::Phones, list(&c.phones)),
        (F::Emails, list(&c.emails)),
        (F::Website, text(&c.website)),
        (F::TaxId, text(&c.tax_id)),
        (F::Address, text(&c.address)),
        (F::City, text(&c.city)),
        (F::Postcode, text(&c.postcode)),
        (F::Region, text(&c.region)),
        (F::Country, text(&c.country)),
        (F::Birthday, date(c.birthday)),
        (
            F::PreferredChannel,
            c.preferred_channel
                .map(|v| locale.label(&v).to_string())
                .unwrap_or_else(none),
        ),
        (
            F::MarketingConsent,
            locale
                .t(if c.marketing_consent {
                    Msg::Yes
                } else {
                    Msg::No
                })
                .into(),
        ),
        (F::ConsentDate, date(c.consent_date)),
        (
            F::Source,
            c.source
                .map(|v| locale.label(&v).to_string())
                .unwrap_or_else(none),
        ),
        (
            F::ReferredBy,
            c.referred_by.map(|v| v.to_string()).unwrap_or_else(none),
        ),
        (F::Influence, locale.label(&c.influence).into()),
        (
            F::BuyingBehaviour,
            c.buying_behaviour
                .map(|v| locale.label(&v).to_string())
                .unwrap_or_else(none),
        ),
        (
            F::InactivityReason,
            c.inactivity_reason
                .map(|v| locale.label(&v).to_string())
                .unwrap_or_else(none),
        ),
        (F::MemberSince, date(c.member_since)),
        (F::Tags, list(&c.tags)),
        (
            F::Notes,
            if c.notes.is_empty() {
                none()
            } else {
                c.notes.clone()
            },
        ),
    ];
    let width = rows
        .iter()
        .map(|(f, _)| unicode_width::UnicodeWidthStr::width(locale.label(f)))
        .max()
        .unwrap_or(0);
    writeln!(out, "#{}", client.id)?;
    for (field, value) in rows {
        let name = locale.label(&field);
        let pad = width - unicode_width::UnicodeWidthStr::width(name);
        writeln!(out, "{name}{}  {value}", " ".repeat(pad))?;
    }
    Ok(())
}

impl CardArgs {
    /// Applies the given flags to `card`; flags not given leave their field alone.
    pub fn apply(&self, card: &mut ClientCard, session: &Session) -> Result<()> {
        let date = |flag: &str, v: &Option<String>| -> Result<Option<Option<chrono::NaiveDate>>> {
            v.as_deref()
                .map(|s| parse_optional_date(s).wrap_err(format!("--{flag}")))
                .transpose()
        };
        let before = card.clone();
        if let Some(name) = &self.name {
            card.name = name.clone();
        }
        if !self.phones.is_empty() {
            card.phones = self.phones.clone();
        }
        if !self.emails.is_empty() {
            card.emails = self.emails.clone();
        }
        if !self.tags.is_empty() {
            card.tags = self.tags.clone();
        }
        card.kind = self.kind.unwrap_or(card.kind);
        card.relation = self.relation.unwrap_or(card.relation);
        for (field, value) in [
            (&mut card.given_name, &self.given_name),
            (&mut card.surname, &self.surname),
            (&mut card.second_surname, &self.second_surname),
            (&mut card.prefix, &self.prefix),
            (&mut card.nickname, &self.nickname),
            (&mut card.organisation, &self.organisation),
            (&mut card.job_title, &self.job_title),
            (&mut card.website, &self.website),
            (&mut card.tax_id, &self.tax_id),
            (&mut card.address, &self.address),
            (&mut card.city, &self.city),
            (&mut card.postcode, &self.postcode),
            (&mut card.region, &self.region),
            (&mut card.country, &self.country),
        ] {
            if let Some(v) = value {
                *field = non_empty(v);
            }
        }
        card.follow_name(&before);
        if let Some(b) = &self.birthday {
            card.birthday = crate::domain::dates::parse_birthday(b).wrap_err("--birthday")?;
        }
        if let Some(d) = date("member-since", &self.member_since)? {
            card.member_since = d;
        }
        card.preferred_channel = self.preferred_channel.or(card.preferred_channel);
        card.source = self.source.or(card.source);
        card.influence = self.influence.unwrap_or(card.influence);
        card.buying_behaviour = self.buying_behaviour.or(card.buying_behaviour);
        card.inactivity_reason = self.inactivity_reason.or(card.inactivity_reason);
        if let Some(consent) = &self.consent {
            card.marketing_consent = match consent.to_lowercase().as_str() {
                "yes" | "y" | "si" | "sí" | "true" => true,
                "no" | "n" | "false" => false,
                other => bail!(fill(session.locale.t(CliMsg::ConsentYesNo), other)),
            };
            card.consent_date = Some(session.clock.today());
        }
        if let Some(d) = date("consent-date", &self.consent_date)? {
            card.consent_date = d;
        }
        if let Some(r) = &self.referred_by {
            card.referred_by = match r.trim() {
                "" => None,
                s => Some(
                    s.parse()
                        .map_err(|_| eyre!(fill(session.locale.t(CliMsg::NotAClientId), s)))?,
                ),
            };
        }
        if let Some(notes) = &self.notes {
            card.notes = notes.clone();
        }
        if let Err(errors) = card.clone().normalized().validate(session.clock.today()) {
            // Named by the flag that gave it, as the user typed it, not the form's label.
            let first = errors
                .first()
                .map(|e| format!("{}: {}", flag(e.field), tell(&e.problem, &session.locale)))
                .unwrap_or_default();
            bail!("{first}");
        }
        Ok(())
    }
}

/// The flag of `client add`/`edit` that sets `field`.
fn flag(field: crate::domain::CardField) -> &'static str {
    use crate::domain::CardField as F;
    match field {
        F::Name => "--name",
        F::GivenName => "--given-name",
        F::Surname => "--surname",
        F::SecondSurname => "--second-surname",
        F::Prefix => "--prefix",
        F::Nickname => "--nickname",
        F::Kind => "--kind",
        F::Relation => "--relation",
        F::Organisation => "--organisation",
        F::JobTitle => "--job-title",
        F::Phones => "--phone",
        F::Emails => "--email",
        F::Website => "--website",
        F::TaxId => "--tax-id",
        F::Address => "--address",
        F::City => "--city",
        F::Postcode => "--postcode",
        F::Region => "--region",
        F::Country => "--country",
        // Set by imports only: no flag.
        F::Uid => "uid",
        F::Birthday => "--birthday",
        F::PreferredChannel => "--preferred-channel",
        F::MarketingConsent => "--consent",
        F::ConsentDate => "--consent-date",
        F::Source => "--source",
        F::ReferredBy => "--referred-by",
        F::Influence => "--influence",
        F::BuyingBehaviour => "--buying",
        F::InactivityReason => "--inactivity-reason",
        F::MemberSince => "--member-since",
        F::Tags => "--tag",
        F::Notes => "--note",
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use strum::IntoEnumIterator;

    use super::flag;
    use crate::cli::Cli;
    use crate::domain::CardField;

    /// Every field's flag is one `client add` takes.
    #[test]
    fn each_field_is_named_by_a_flag_of_client_add() {
        let cli = Cli::command();
        let add = cli
            .find_subcommand("client")
            .and_then(|c| c.find_subcommand("add"))
            .expect("client add");
        // The address-book identity comes from imports only.
        for field in CardField::iter().filter(|f| *f != CardField::Uid) {
            let long = flag(field).trim_start_matches("--");
            assert!(
                add.get_arguments().any(|a| a.get_long() == Some(long)),
                "{field:?}: --{long}"
            );
        }
    }
}
