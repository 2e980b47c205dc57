//! Every UI string, in Spanish and English, in one table.
//!
//! Strings with a parameter mark it `{}`; [`fill`] puts the value in.

mod labels;

use chrono::NaiveDate;

use crate::config::{Config, LanguageSetting};
pub use labels::Label;

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Spanish.
    Es,
    /// English.
    En,
}

impl Lang {
    /// The language to use: the config's choice, else the locale environment
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; `es*` is Spanish), else English.
    /// `env` reads a variable; it is a parameter so tests need not touch the process.
    pub fn resolve(setting: LanguageSetting, env: impl Fn(&str) -> Option<String>) -> Self {
        match setting {
            LanguageSetting::Es => Lang::Es,
            LanguageSetting::En => Lang::En,
            LanguageSetting::Auto => {
                let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                    .iter()
                    .filter_map(|v| env(v))
                    .find(|v| !v.is_empty())
                    .unwrap_or_default();
                if locale.to_ascii_lowercase().starts_with("es") {
                    Lang::Es
                } else {
                    Lang::En
                }
            }
        }
    }
}

/// Language plus date pattern: everything needed to put a value on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    /// UI language.
    pub lang: Lang,
    /// strftime pattern for dates.
    pub date_pattern: String,
}

impl Locale {
    /// The locale of a configuration, with the language resolved from `env`.
    pub fn from_config(config: &Config, env: impl Fn(&str) -> Option<String>) -> Self {
        Self::new(Lang::resolve(config.language, env), &config.date_format)
    }

    /// `date_format = "auto"` means dd/mm/yyyy in Spanish and yyyy-mm-dd in English.
    pub fn new(lang: Lang, date_format: &str) -> Self {
        let date_pattern = match (date_format, lang) {
            ("auto", Lang::Es) => "%d/%m/%Y".to_string(),
            ("auto", Lang::En) => "%Y-%m-%d".to_string(),
            (pattern, _) => pattern.to_string(),
        };
        Self { lang, date_pattern }
    }

    /// The text of a message in this locale.
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang)
    }

    /// An amount in cents as this locale writes it: 12,50 in Spanish, 12.50 in English.
    pub fn money(&self, cents: i64) -> String {
        crate::domain::money::format_cents(cents, if self.lang == Lang::Es { ',' } else { '.' })
    }

    /// A number with `places` decimals and the locale's decimal separator; `signed`
    /// always shows the sign.
    pub fn decimal(&self, value: f64, places: usize, signed: bool) -> String {
        let text = if signed {
            format!("{value:+.places$}")
        } else {
            format!("{value:.places$}")
        };
        if self.lang == Lang::Es {
            text.replace('.', ",")
        } else {
            text
        }
    }

    /// A date as this locale writes it.
    pub fn date(&self, date: NaiveDate) -> String {
        date.format(&self.date_pattern).to_string()
    }
}

/// Puts `value` where a message has `{}`.
pub fn fill(template: &str, value: impl std::fmt::Display) -> String {
    template.replacen("{}", &value.to_string(), 1)
}

macro_rules! messages {
    ($($id:ident => $es:literal, $en:literal;)*) => {
        /// A UI message; its text comes from [`Msg::text`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Msg { $($id),* }

        impl Msg {
            /// The message in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$id, Lang::Es) => $es, (Msg::$id, Lang::En) => $en,)*
                }
            }
        }
    };
}

messages! {
    AppName => "clientela", "clientela";
    TabClients => "Clientes", "Clients";
    TabAgenda => "Agenda", "Agenda";
    TabDashboard => "Panel", "Dashboard";
    TabMoments => "Momentos de la verdad", "Moments of truth";
    PlaceholderAgenda => "La agenda (varias agendas, choques, recordatorios) llegará en una próxima versión.", "The agenda (several agendas, clashes, reminders) comes in a later version.";
    PlaceholderDashboard => "El panel de clasificación y fidelización llegará en una próxima versión.", "The classification and loyalty dashboard comes in a later version.";
    PlaceholderMoments => "El editor de momentos de la verdad llegará en una próxima versión.", "The moments-of-truth editor comes in a later version.";
    TooSmall => "Ventana demasiado pequeña: amplíela al menos a 60×15.", "Window too small: make it at least 60×15.";
    Loading => "Cargando clientes…", "Loading clients…";
    NoClients => "No hay clientes todavía. Pulse n para crear el primero.", "No clients yet. Press n to create the first one.";
    NoMatches => "Ningún cliente coincide con la búsqueda.", "No client matches the search.";
    SearchPrompt => "Buscar: ", "Search: ";
    CountOf => "{} clientes", "{} clients";
    CountOne => "1 cliente", "1 client";
    ClientNumber => "nº {}", "no. {}";
    ColName => "Nombre", "Name";
    ColPhone => "Teléfono", "Phone";
    ColEmail => "Correo", "Email";
    ColCity => "Ciudad", "City";
    ColTags => "Etiquetas", "Tags";
    ColComplaints => "!", "!";
    ColLifecycle => "Ciclo", "Lifecycle";
    ColFrequency => "Frecuencia", "Frequency";
    ColVolume => "Volumen", "Volume";
    ColSatisfaction => "Satisfacción", "Satisfaction";
    ColSpend => "Gasto", "Spend";
    ComplaintOpen => "abierto", "open";
    Expected => "Esperaba (1-5)", "Expected (1-5)";
    Perceived => "Percibió (1-5)", "Perceived (1-5)";
    BadAmount => "«{}» no es un importe (12,50)", "“{}” is not an amount (12.50)";
    ValuationBoth => "Indique lo esperado y lo percibido, o ninguno.", "Give both expected and perceived, or neither.";
    ComplaintNeedsText => "Escriba qué reclama el cliente.", "Write what the client complains about.";
    QuickLogHint => "Enter: guardar · Esc: cancelar · Tab: campo · ←/→: opción", "Enter: save · Esc: cancel · Tab: field · ←/→: choice";
    Logged => "Anotado: {}.", "Logged: {}.";
    Classification => "Clasificación", "Classification";
    OpenComplaints => "Reclamos abiertos: {}", "Open complaints: {}";
    NoOpenComplaints => "No hay reclamos sin responder.", "No complaint is waiting for an answer.";
    DaysShort => "{} d", "{} d";
    ResolveTitle => "Responder al reclamo", "Answer the complaint";
    ResolveHint => "Escriba la respuesta dada al cliente · Enter: guardar · Esc: cancelar", "Write the answer given to the client · Enter: save · Esc: cancel";
    Resolved => "Reclamo respondido.", "Complaint answered.";
    AnswerNeeded => "Escriba la respuesta dada.", "Write the answer given.";
    CardHistory => "Historial", "History";
    CardNoHistory => "Sin anotaciones todavía: v visita, c llamada, p compra, r reclamo, l otra.", "Nothing logged yet: v visit, c call, p purchase, r complaint, l other.";
    CardReferralsCount => "recomendó a {}", "referred {}";
    CardLastPurchase => "última compra {}", "last purchase {}";
    ComplaintResolved => "resuelto", "resolved";
    ColLastPurchase => "Última compra", "Last purchase";
    ColDate => "Fecha", "Date";
    ColKind => "Tipo", "Kind";
    ColChannel => "Canal", "Channel";
    ColAmount => "Importe", "Amount";
    ColNote => "Nota", "Note";
    ColDays => "Días", "Days";
    ColStatus => "Estado", "Status";
    CardTitle => "Ficha de cliente", "Client card";
    CardContact => "Contacto", "Contact";
    CardProfile => "Perfil", "Profile";
    CardNotes => "Notas", "Notes";
    CardCreated => "Alta", "Created";
    CardUpdated => "Modificado", "Updated";
    CardReferrals => "Ha recomendado a", "Has referred";
    FormNew => "Nuevo cliente", "New client";
    FormEdit => "Editar cliente", "Edit client";
    FormHint => "Tab/Mayús-Tab: campo · ←/→: opción · Ctrl-S: guardar · Esc: salir", "Tab/Shift-Tab: field · ←/→: choice · Ctrl-S: save · Esc: leave";
    FormListHint => "separados por comas", "comma-separated";
    FormDateHint => "dd/mm/aaaa", "dd/mm/yyyy";
    FormHasErrors => "Revise los campos marcados.", "Please check the marked fields.";
    ProblemRequired => "obligatorio", "required";
    ProblemEmail => "«{}» no es un correo electrónico", "“{}” is not an email address";
    ProblemDate => "«{}» no es una fecha (dd/mm/aaaa)", "“{}” is not a date (dd/mm/yyyy)";
    ProblemNumber => "«{}» no es un número de cliente", "“{}” is not a client number";
    ConfirmDelete => "¿Borrar a {} y todo su historial? s/n", "Delete {} and all their history? y/n";
    ConfirmDiscard => "¿Descartar los cambios? s/n", "Discard your changes? y/n";
    Saved => "Cliente guardado.", "Client saved.";
    Deleted => "Cliente borrado.", "Client deleted.";
    NoSuchClient => "No existe el cliente {}.", "There is no client {}.";
    Failed => "Error: {}", "Error: {}";
    HelpTitle => "Teclas", "Keys";
    HelpClose => "Esc o ? para cerrar", "Esc or ? to close";
    None => "—", "—";
    Yes => "sí", "yes";
    No => "no", "no";
    FieldName => "Nombre", "Name";
    FieldKind => "Tipo", "Kind";
    FieldRelation => "Relación", "Relation";
    FieldPhones => "Teléfonos", "Phones";
    FieldEmails => "Correos", "Emails";
    FieldTaxId => "NIF/CIF", "Tax id";
    FieldAddress => "Dirección", "Address";
    FieldCity => "Ciudad", "City";
    FieldPostcode => "Código postal", "Postcode";
    FieldBirthday => "Cumpleaños", "Birthday";
    FieldPreferredChannel => "Canal preferido", "Preferred channel";
    FieldMarketingConsent => "Acepta publicidad", "Marketing consent";
    FieldConsentDate => "Fecha consentimiento", "Consent date";
    FieldSource => "Procedencia", "Source";
    FieldReferredBy => "Recomendado por (nº)", "Referred by (no.)";
    FieldInfluence => "Influencia", "Influence";
    FieldBuyingBehaviour => "Comportamiento", "Buying behaviour";
    FieldInactivityReason => "Motivo de inactividad", "Inactivity reason";
    FieldMemberSince => "Tarjeta de cliente desde", "Loyalty card since";
    FieldTags => "Etiquetas", "Tags";
    FieldNotes => "Notas", "Notes";
    KindPerson => "persona física", "person";
    KindCompany => "persona jurídica", "company";
    RelationClient => "cliente", "client";
    RelationSupplier => "proveedor", "supplier";
    RelationSocial => "entorno social", "social environment";
    RelationInternal => "cliente interno", "internal client";
    ChannelInPerson => "presencial", "in person";
    ChannelPhone => "teléfono", "phone";
    ChannelEmail => "correo electrónico", "email";
    ChannelPost => "correo postal", "post";
    ChannelPrinted => "impreso", "printed";
    ChannelElectronic => "otro electrónico", "other electronic";
    SourceWalkIn => "entró en la tienda", "walk-in";
    SourceMarketResearch => "estudio de mercado", "market research";
    SourceReferral => "recomendación", "referral";
    SourceAdvert => "publicidad", "advert";
    SourceOther => "otra", "other";
    InfluenceHighPositive => "alta, percepción positiva", "high, positive";
    InfluenceHighNegative => "alta, percepción negativa", "high, negative";
    InfluenceRegular => "regular", "regular";
    InfluenceFamily => "a nivel familiar", "family level";
    InfluenceUnknown => "desconocida", "unknown";
    BuyingLoyal => "fiel", "loyal";
    BuyingPriceConditional => "compra supeditada al precio", "price-conditional";
    BuyingAuction => "subastas", "auction (shops around)";
    BuyingPromotion => "promociones", "promotion-driven";
    BuyingAnarchic => "anárquico", "anarchic";
    ReasonBoughtLongAgo => "compró hace tiempo", "bought long ago";
    ReasonCompetitor => "se fue a la competencia", "moved to a competitor";
    ReasonDissatisfied => "insatisfecho con el producto", "dissatisfied with the product";
    ReasonNoLongerNeeded => "ya no lo necesita", "no longer needs it";
    EntryVisit => "visita", "visit";
    EntryCall => "llamada", "call";
    EntryPurchase => "compra", "purchase";
    EntryComplaint => "reclamo", "complaint";
    EntryCompliment => "cumplido", "compliment";
    EntrySuggestion => "sugerencia", "suggestion";
    EntryQuery => "consulta", "query";
    EntrySurvey => "encuesta", "survey";
    EntryOffer => "oferta enviada", "offer sent";
    LifecycleActive => "activo", "active";
    LifecycleInactive => "inactivo", "inactive";
    LifecyclePotential => "potencial", "potential";
    FrequencyFrequent => "frecuente", "frequent";
    FrequencyHabitual => "habitual", "habitual";
    FrequencyOccasional => "ocasional", "occasional";
    FrequencyNone => "sin compras", "no purchases";
    VolumeHigh => "alto", "high";
    VolumeAverage => "medio", "average";
    VolumeLow => "bajo", "low";
    VolumeNone => "sin gasto", "no spend";
    SatisfactionDelighted => "complacido", "delighted";
    SatisfactionSatisfied => "satisfecho", "satisfied";
    SatisfactionDissatisfied => "insatisfecho", "dissatisfied";
    SatisfactionUnknown => "sin valorar", "unknown";
    KeyQuit => "salir", "quit";
    KeyForceQuit => "salir siempre", "quit from anywhere";
    KeyHelp => "ayuda", "help";
    KeyTab => "pestaña", "tab";
    KeyUp => "subir", "up";
    KeyDown => "bajar", "down";
    KeyPageUp => "página arriba", "page up";
    KeyPageDown => "página abajo", "page down";
    KeyFirst => "primero", "first";
    KeyLast => "último", "last";
    KeySearch => "buscar", "search";
    KeyClearSearch => "borrar búsqueda o filtro", "clear search or filter";
    KeyOpen => "abrir ficha", "open card";
    KeyNew => "nuevo", "new";
    KeyEdit => "editar", "edit";
    KeyDelete => "borrar", "delete";
    KeyBack => "volver", "back";
    KeyNextField => "campo siguiente", "next field";
    KeyPrevField => "campo anterior", "previous field";
    KeyNextChoice => "opción siguiente", "next choice";
    KeyPrevChoice => "opción anterior", "previous choice";
    KeySave => "guardar", "save";
    KeyCancel => "cancelar", "cancel";
    KeyConfirm => "confirmar", "confirm";
    KeyLogVisit => "anotar visita", "log a visit";
    KeyLogCall => "anotar llamada", "log a call";
    KeyLogPurchase => "anotar compra", "log a purchase";
    KeyLogComplaint => "anotar reclamo", "log a complaint";
    KeyLogAny => "anotar otra cosa", "log anything";
    KeySwitchPane => "cambiar de panel", "other pane";
    KeyToggleClass => "elegir clase", "choose class";
    KeyActivate => "filtrar clientes / responder", "filter clients / answer";
    KeyClearClasses => "quitar clases", "clear classes";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn language_from_config_then_environment() {
        assert_eq!(
            Lang::resolve(LanguageSetting::En, env_of(&[("LANG", "es_ES.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve(LanguageSetting::Auto, env_of(&[("LANG", "es_ES.UTF-8")])),
            Lang::Es
        );
        assert_eq!(
            Lang::resolve(LanguageSetting::Auto, env_of(&[("LANG", "de_DE.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::resolve(
                LanguageSetting::Auto,
                env_of(&[("LC_ALL", "en_GB"), ("LANG", "es_ES")])
            ),
            Lang::En
        );
        assert_eq!(Lang::resolve(LanguageSetting::Auto, env_of(&[])), Lang::En);
    }

    #[test]
    fn spanish_dates_are_day_first() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 14).expect("date");
        assert_eq!(Locale::new(Lang::Es, "auto").date(date), "14/03/2026");
        assert_eq!(Locale::new(Lang::En, "auto").date(date), "2026-03-14");
        assert_eq!(Locale::new(Lang::En, "%d.%m.%Y").date(date), "14.03.2026");
    }

    #[test]
    fn fill_puts_the_value_in() {
        assert_eq!(fill(Msg::CountOf.text(Lang::Es), 12), "12 clientes");
    }
}
