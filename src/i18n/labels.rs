//! Labels of domain values, and field problems as inline messages.

use super::{Locale, MomentMsg, Msg, fill, fill_all, fill2};
use crate::domain::validate::Invalid;
use crate::domain::{
    ActionArea, AppointmentStatus, BuyingBehaviour, CardField, Category, Channel, Clash,
    ClientKind, EntryKind, Frequency, InactivityReason, Influence, Lifecycle, Problem, Quadrant,
    Relation, Repeat, Satisfaction, SceneCategory, SceneChannel, SceneStep, Source,
    SuggestedAction, ToDo, Volume,
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

/// Labels whose messages live in the moments-of-truth table.
macro_rules! moment_labels {
    ($($t:ty { $($variant:ident => $msg:ident),* $(,)? })*) => {$(
        impl Label for $t {
            fn msg(&self) -> Msg {
                Msg::Moments(match self { $(<$t>::$variant => MomentMsg::$msg),* })
            }
        }
    )*};
}

moment_labels! {
    SceneStep {
        Identify => StepIdentify, Visualise => StepVisualise, Describe => StepDescribe,
        Evaluate => StepEvaluate, Plan => StepPlan,
    }
    SceneCategory {
        Information => CategoryInformation, Advice => CategoryAdvice,
        OrderTaking => CategoryOrderTaking, Hospitality => CategoryHospitality,
        Unexpected => CategoryUnexpected, Payment => CategoryPayment,
    }
    SceneChannel {
        Personal => ChannelPersonal, Printed => ChannelPrinted,
        Electronic => ChannelElectronic, Phone => ChannelPhone,
    }
    ActionArea {
        Staff => AreaStaff, Tools => AreaTools, Information => AreaInformation,
        Processes => AreaProcesses,
    }
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
    Quadrant {
        Apostle => QuadrantApostle, Mercenary => QuadrantMercenary, Hostage => QuadrantHostage,
        Terrorist => QuadrantTerrorist, Unknown => QuadrantUnknown,
    }
    SuggestedAction {
        AskForReferrals => ActionAskForReferrals, BuildBond => ActionBuildBond,
        FixFirst => ActionFixFirst, RecoverOrLetGo => ActionRecoverOrLetGo,
        AskForValuation => ActionAskForValuation,
    }
    ToDo {
        HostageComplaints => TodoHostageComplaints, MercenariesToBond => TodoMercenariesToBond,
        WinBack => TodoWinBack, Birthdays => TodoBirthdays,
    }
    Category {
        Meeting => CategoryMeeting, Activity => CategoryActivity,
        Organisation => CategoryOrganisation, Call => CategoryCall, Visit => CategoryVisit,
        Family => CategoryFamily, Leisure => CategoryLeisure,
    }
    AppointmentStatus {
        Planned => StatusPlanned, Done => StatusDone, Cancelled => StatusCancelled,
    }
    Repeat {
        Daily => RepeatDaily, Weekly => RepeatWeekly, Monthly => RepeatMonthly,
        Yearly => RepeatYearly,
    }
    CardField {
        Name => FieldName, GivenName => FieldGivenName, Surname => FieldSurname,
        SecondSurname => FieldSecondSurname, Prefix => FieldPrefix, Nickname => FieldNickname,
        Kind => FieldKind, Relation => FieldRelation, Organisation => FieldOrganisation,
        JobTitle => FieldJobTitle, Phones => FieldPhones, Emails => FieldEmails,
        Website => FieldWebsite, TaxId => FieldTaxId, Address => FieldAddress,
        City => FieldCity, Postcode => FieldPostcode, Region => FieldRegion,
        Country => FieldCountry, Uid => FieldUid,
        Birthday => FieldBirthday, PreferredChannel => FieldPreferredChannel,
        MarketingConsent => FieldMarketingConsent, ConsentDate => FieldConsentDate,
        Source => FieldSource, ReferredBy => FieldReferredBy, Influence => FieldInfluence,
        BuyingBehaviour => FieldBuyingBehaviour, InactivityReason => FieldInactivityReason,
        MemberSince => FieldMemberSince, Tags => FieldTags, Notes => FieldNotes,
    }
}

impl Locale {
    /// The plural name of a quadrant, for the dashboard's grid.
    pub fn quadrant_plural(&self, quadrant: Quadrant) -> &'static str {
        self.t(match quadrant {
            Quadrant::Apostle => Msg::QuadrantsApostle,
            Quadrant::Mercenary => Msg::QuadrantsMercenary,
            Quadrant::Hostage => Msg::QuadrantsHostage,
            Quadrant::Terrorist => Msg::QuadrantsTerrorist,
            Quadrant::Unknown => Msg::QuadrantsUnknown,
        })
    }

    /// "1 cliente", "12 clientes".
    pub fn clients(&self, n: impl Into<u64>) -> String {
        self.plural(n, Msg::CountOne, Msg::CountOf)
    }

    /// An entry named for a question or a refusal: its kind, day and amount
    /// ("compra 13/11/2026 2,00").
    pub fn entry_subject(&self, e: &crate::domain::NewEntry) -> String {
        let amount = e.amount_cents.map(|c| self.money(c)).unwrap_or_default();
        let text = format!("{} {} {amount}", self.entry_kind(e), self.date(e.at.date()));
        text.trim_end().to_string()
    }

    /// What an entry is: its kind, or "return" for a purchase with a negative amount.
    pub fn entry_kind(&self, entry: &crate::domain::NewEntry) -> &'static str {
        if entry.is_return() {
            self.t(Msg::KindReturn)
        } else {
            self.label(&entry.kind)
        }
    }

    /// The template for a count of `n`: `one` for exactly 1, `other` otherwise (0
    /// included); both hold `{}` for the number.
    pub fn count_msg(&self, n: u64, one: Msg, other: Msg) -> &'static str {
        self.t(if n == 1 { one } else { other })
    }

    /// A count with its noun: `one` for exactly 1, `other` (with `{}` for the number)
    /// for every other number, 0 included. Spanish and English share this rule.
    pub fn plural(&self, n: impl Into<u64>, one: Msg, other: Msg) -> String {
        match n.into() {
            1 => fill(self.t(one), 1),
            n => fill(self.t(other), n),
        }
    }

    /// A calendar quarter: "T4 2026" in Spanish, "Q4 2026" in English.
    pub fn quarter(&self, day: chrono::NaiveDate) -> String {
        let (year, q) = crate::domain::loyalty::quarter(day);
        fill2(self.t(Msg::Quarter), q, year)
    }

    /// A rate as "65,0 % (130 de 200)", or a dash when nobody could.
    pub fn rate(&self, rate: crate::domain::Rate) -> String {
        let of = fill2(self.t(Msg::RateOf), rate.count, rate.of);
        match rate.percent() {
            Some(p) => format!("{} % ({of})", self.decimal(p, 1, false)),
            None => format!("— ({of})"),
        }
    }

    /// The weekday of a date: "lunes", "Monday".
    pub fn weekday(&self, day: chrono::NaiveDate) -> &'static str {
        use chrono::Datelike;
        let i = day.weekday().num_days_from_monday() as usize;
        self.t(Msg::Weekdays).split(',').nth(i).unwrap_or("")
    }

    /// A time span on one day, "10:00–11:30", or "Todo el día".
    pub fn span(
        &self,
        start: chrono::NaiveDateTime,
        end: chrono::NaiveDateTime,
        all_day: bool,
    ) -> String {
        if all_day {
            self.t(Msg::AllDay).to_string()
        } else {
            format!("{}–{}", start.format("%H:%M"), end.format("%H:%M"))
        }
    }

    /// An entry another one clashes with: «Title» (no. 12, 23/11/2026 10:00–11:00).
    pub fn clash(&self, clash: &Clash) -> String {
        let when = format!(
            "{} {}",
            self.date(clash.start.date()),
            self.span(clash.start, clash.end, false)
        );
        fill_all(
            self.t(Msg::EntryRef),
            &[&clash.title, &clash.appointment_id, &when],
        )
    }

    /// Every clash named, up to three, then "and N more".
    pub fn clashes(&self, clashes: &[Clash]) -> String {
        let named: Vec<String> = clashes.iter().take(3).map(|c| self.clash(c)).collect();
        let mut text = named.join(", ");
        if clashes.len() > 3 {
            text.push_str(&fill(self.t(Msg::ClashMore), clashes.len() - 3));
        }
        text
    }

    /// The label of a domain value.
    pub fn label(&self, value: &impl Label) -> &'static str {
        self.t(value.msg())
    }

    /// A field problem as a short inline message.
    pub fn problem(&self, problem: &Problem) -> String {
        match problem {
            Problem::Required => self.t(Msg::ProblemRequired).to_string(),
            Problem::Invalid(Invalid::Email(s)) => fill(self.t(Msg::ProblemEmail), s),
            Problem::Invalid(Invalid::Phone(s)) => fill(self.t(Msg::ProblemPhone), s),
            Problem::Invalid(Invalid::TooLong { max, len }) => {
                fill2(self.t(Msg::ProblemTooLong), len, max)
            }
            Problem::Invalid(Invalid::Implausible(d)) => {
                fill(self.t(Msg::ProblemImplausible), self.date(*d))
            }
            Problem::DateShape(s) => fill(self.t(Msg::ProblemDate), s),
            Problem::NoSuchDay(s) => fill(self.t(crate::i18n::ErrorMsg::NoSuchDay), s),
            Problem::NotANumber(s) => fill(self.t(Msg::ProblemNumber), s),
        }
    }
}
