//! The flags of `client add` and `client edit`: every field of a card.

use clap::Args;

use super::codes::codes;
use crate::domain::{
    BuyingBehaviour, Channel, ClientKind, InactivityReason, Influence, Relation, Source,
};

/// The fields of a card as flags (all optional; `add` requires --name).
#[derive(Debug, Clone, Default, Args)]
pub struct CardArgs {
    /// Full name or company name, as the person writes it
    #[arg(long)]
    pub name: Option<String>,
    /// A person's given name [default: split from --name]
    #[arg(long, value_name = "TEXT")]
    pub given_name: Option<String>,
    /// A person's first surname [default: split from --name]
    #[arg(long, value_name = "TEXT")]
    pub surname: Option<String>,
    /// A person's second surname [default: split from --name]
    #[arg(long, value_name = "TEXT")]
    pub second_surname: Option<String>,
    /// Honorific before the name (Sra., Dr.)
    #[arg(long, value_name = "TEXT")]
    pub prefix: Option<String>,
    /// What the person is called
    #[arg(long, value_name = "TEXT")]
    pub nickname: Option<String>,
    /// The organisation a person works for
    #[arg(long, value_name = "TEXT")]
    pub organisation: Option<String>,
    /// A person's job title
    #[arg(long, value_name = "TEXT")]
    pub job_title: Option<String>,
    /// Web site
    #[arg(long, value_name = "URL")]
    pub website: Option<String>,
    /// Phone number (repeat for several)
    #[arg(long = "phone", value_name = "PHONE")]
    pub phones: Vec<String>,
    /// Email address (repeat for several)
    #[arg(long = "email", value_name = "EMAIL")]
    pub emails: Vec<String>,
    /// Person or company
    #[arg(long, value_parser = codes::<ClientKind>())]
    pub kind: Option<ClientKind>,
    /// Relation to the shop
    #[arg(long, value_parser = codes::<Relation>())]
    pub relation: Option<Relation>,
    /// NIF/CIF
    #[arg(long)]
    pub tax_id: Option<String>,
    /// Street address
    #[arg(long)]
    pub address: Option<String>,
    /// City
    #[arg(long)]
    pub city: Option<String>,
    /// Postcode
    #[arg(long)]
    pub postcode: Option<String>,
    /// Province or region
    #[arg(long, value_name = "TEXT")]
    pub region: Option<String>,
    /// Country
    #[arg(long, value_name = "TEXT")]
    pub country: Option<String>,
    /// Birthday (YYYY-MM-DD or DD/MM/YYYY; DD/MM or --MM-DD when the year is not known)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    /// Preferred channel
    #[arg(long, value_parser = codes::<Channel>())]
    pub preferred_channel: Option<Channel>,
    /// Marketing consent
    #[arg(long, value_name = "yes|no")]
    pub consent: Option<String>,
    /// Date consent was given or withdrawn [default with --consent: today]
    #[arg(long, value_name = "DATE")]
    pub consent_date: Option<String>,
    /// Where the client came from
    #[arg(long, value_parser = codes::<Source>())]
    pub source: Option<Source>,
    /// Id of the client who recommended this one (empty to clear)
    #[arg(long, value_name = "ID")]
    pub referred_by: Option<String>,
    /// Degree of influence
    #[arg(long, value_parser = codes::<Influence>())]
    pub influence: Option<Influence>,
    /// Buying behaviour
    #[arg(long = "buying", value_parser = codes::<BuyingBehaviour>())]
    pub buying_behaviour: Option<BuyingBehaviour>,
    /// Why an inactive client stopped buying
    #[arg(long, value_parser = codes::<InactivityReason>())]
    pub inactivity_reason: Option<InactivityReason>,
    /// Loyalty programme join date (empty to clear)
    #[arg(long, value_name = "DATE")]
    pub member_since: Option<String>,
    /// Tag (repeat for several)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Free notes
    #[arg(long = "note", value_name = "TEXT")]
    pub notes: Option<String>,
}
