//! Labels of domain values, and field problems as inline messages.

use super::{Locale, Msg, fill};
use crate::domain::{
    BuyingBehaviour, CardField, Channel, ClientKind, EntryKind, Frequency, InactivityReason,
    Influence, Lifecycle, Problem, Relation, Satisfaction, Source, Volume,
};

/// Domain values that have a label on screen.
pub trait Label {
    /// The message naming this value.
    fn msg(&self) -> Msg;
}

macro_rules! labels {
    ($($t:ty { $($variant:ident => $msg:ident),* $(,)? })*) => {$(
        impl Label for $t {
            fn msg(&self) -> Msg {
                match self { $(<$t>::$variant => Msg::$msg),* }
            }
        }
    )*};
}

labels! {
    ClientKind { Person => KindPerson, Company => KindCompany }
    Relation {
        Client => RelationClient, Supplier => RelationSupplier,
        Social => RelationSocial, Internal => RelationInternal,
    }
    Channel {
        InPerson => ChannelInPerson, Phone => ChannelPhone, Email => ChannelEmail,
        Post => ChannelPost, Printed => ChannelPrinted, Electronic => ChannelElectronic,
    }
    Source {
        WalkIn => SourceWalkIn, MarketResearch => SourceMarketResearch,
        Referral => SourceReferral, Advert => SourceAdvert, Other => SourceOther,
    }
    Influence {
        HighPositive => InfluenceHighPositive, HighNegative => InfluenceHighNegative,
        Regular => InfluenceRegular, Family => InfluenceFamily, Unknown => InfluenceUnknown,
    }
    BuyingBehaviour {
        Loyal => BuyingLoyal, PriceConditional => BuyingPriceConditional,
        Auction => BuyingAuction, Promotion => BuyingPromotion, Anarchic => BuyingAnarchic,
    }
    InactivityReason {
        BoughtLongAgo => ReasonBoughtLongAgo, Competitor => ReasonCompetitor,
        Dissatisfied => ReasonDissatisfied, NoLongerNeeded => ReasonNoLongerNeeded,
    }
    EntryKind {
        Visit => EntryVisit, Call => EntryCall, Purchase => EntryPurchase,
        Complaint => EntryComplaint, Compliment => EntryCompliment,
        Suggestion => EntrySuggestion, Query => EntryQuery, Survey => EntrySurvey,
        Offer => EntryOffer,
    }
    Lifecycle { Active => LifecycleActive, Inactive => LifecycleInactive, Potential => LifecyclePotential }
    Frequency {
        Frequent => FrequencyFrequent, Habitual => FrequencyHabitual,
        Occasional => FrequencyOccasional, None => FrequencyNone,
    }
    Volume { High => VolumeHigh, Average => VolumeAverage, Low => VolumeLow, None => VolumeNone }
    Satisfaction {
        Delighted => SatisfactionDelighted, Satisfied => SatisfactionSatisfied,
        Dissatisfied => SatisfactionDissatisfied, Unknown => SatisfactionUnknown,
    }
    CardField {
        Name => FieldName, Kind => FieldKind, Relation => FieldRelation,
        Phones => FieldPhones, Emails => FieldEmails, TaxId => FieldTaxId,
        Address => FieldAddress, City => FieldCity, Postcode => FieldPostcode,
        Birthday => FieldBirthday, PreferredChannel => FieldPreferredChannel,
        MarketingConsent => FieldMarketingConsent, ConsentDate => FieldConsentDate,
        Source => FieldSource, ReferredBy => FieldReferredBy, Influence => FieldInfluence,
        BuyingBehaviour => FieldBuyingBehaviour, InactivityReason => FieldInactivityReason,
        MemberSince => FieldMemberSince, Tags => FieldTags, Notes => FieldNotes,
    }
}

impl Locale {
    /// The label of a domain value.
    pub fn label(&self, value: &impl Label) -> &'static str {
        self.t(value.msg())
    }

    /// A field problem as a short inline message.
    pub fn problem(&self, problem: &Problem) -> String {
        match problem {
            Problem::Required => self.t(Msg::ProblemRequired).to_string(),
            Problem::EmailShape(s) => fill(self.t(Msg::ProblemEmail), s),
            Problem::DateShape(s) => fill(self.t(Msg::ProblemDate), s),
            Problem::NotANumber(s) => fill(self.t(Msg::ProblemNumber), s),
        }
    }
}
