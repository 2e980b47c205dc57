//! The coded attributes of a card: enumerations stored, typed and exchanged as their
//! stable snake_case codes.

/// Implements `code()` (the stable snake_case text used in the database, the CLI
/// and JSON) for enumerations that derive strum's `IntoStaticStr`.
macro_rules! coded {
    ($($t:ty),*) => {$(
        impl $t {
            /// The stable snake_case code of this value.
            pub fn code(self) -> &'static str {
                self.into()
            }
        }
    )*};
}

/// Derives shared by every coded enumeration (the card's, the log's, the agenda's).
macro_rules! coded_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[derive(::serde::Serialize, ::serde::Deserialize)]
        #[derive(::strum::EnumString, ::strum::IntoStaticStr, ::strum::EnumIter)]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),* }
        $crate::domain::attributes::coded!($name);
    };
}

coded_enum! {
    /// Natural person or company (persona física / jurídica).
    pub enum ClientKind {
        /// A natural person.
        Person,
        /// A company or other legal person.
        Company,
    }
}

coded_enum! {
    /// How this contact relates to the shop.
    pub enum Relation {
        /// A client proper.
        Client,
        /// A supplier.
        Supplier,
        /// Someone of the shop's social environment.
        Social,
        /// An internal client: a member of the company.
        Internal,
    }
}

coded_enum! {
    /// A way of reaching a client; also the channel of a logged interaction.
    pub enum Channel {
        /// Face to face, at the counter.
        InPerson,
        /// By telephone.
        Phone,
        /// By email.
        Email,
        /// Post and correspondence.
        Post,
        /// Printed material.
        Printed,
        /// Other electronic channels (web, messaging).
        Electronic,
    }
}

coded_enum! {
    /// Where the client came from.
    pub enum Source {
        /// Walked into the shop.
        WalkIn,
        /// Found through market research.
        MarketResearch,
        /// Recommended by another client.
        Referral,
        /// Came through an advert.
        Advert,
        /// Any other source.
        Other,
    }
}

coded_enum! {
    /// Degree of influence (grado de influencia), set by hand.
    pub enum Influence {
        /// High influence, speaking well of the shop.
        HighPositive,
        /// High influence, speaking badly of the shop.
        HighNegative,
        /// Regular influence.
        Regular,
        /// Influence at family level only.
        Family,
        /// Not known yet.
        Unknown,
    }
}

coded_enum! {
    /// Buying behaviour (tipo de cliente por fidelidad), set by hand.
    pub enum BuyingBehaviour {
        /// Loyal (fiel).
        Loyal,
        /// Buys the preferred brand only at a good price (compra supeditada).
        PriceConditional,
        /// Shops around, rarely profitable (subastas).
        Auction,
        /// Driven by promotions.
        Promotion,
        /// No criterion (anárquico).
        Anarchic,
    }
}

coded_enum! {
    /// Why an inactive client stopped buying.
    pub enum InactivityReason {
        /// Bought long ago and simply has not come back.
        BoughtLongAgo,
        /// Moved to a competitor.
        Competitor,
        /// Dissatisfied with the product.
        Dissatisfied,
        /// No longer needs the product.
        NoLongerNeeded,
    }
}

pub(crate) use {coded, coded_enum};
