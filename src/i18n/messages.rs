//! The message table: every UI string in Spanish and English.

use super::Lang;
use super::moment_messages::MomentMsg;

/// Defines a message enumeration and its texts; `nested` variants carry the
/// messages of another table (one per part of the program), so every UI string is a
/// [`Msg`] wherever it is defined.
macro_rules! messages {
    (
        $(#[$meta:meta])* $name:ident
        $(@nested { $($nest:ident($inner:ty)),* $(,)? })?
        $($id:ident => $es:literal, $en:literal;)*
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum $name { $($($nest($inner),)*)? $($id),* }

        impl $name {
            /// The message in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $($(($name::$nest(inner), lang) => inner.text(lang),)*)?
                    $(($name::$id, Lang::Es) => $es, ($name::$id, Lang::En) => $en,)*
                }
            }
        }

        $($(
            impl From<$inner> for $name {
                fn from(inner: $inner) -> Self {
                    $name::$nest(inner)
                }
            }
        )*)?
    };
}
pub(super) use messages;

messages! {
    /// A UI message; its text comes from [`Msg::text`].
    Msg
    @nested { Moments(MomentMsg) }
    AppName => "clientela", "clientela";
    TabClients => "Clientes", "Clients";
    TabAgenda => "Agenda", "Agenda";
    TabDashboard => "Panel", "Dashboard";
    TabMoments => "Momentos de la verdad", "Moments of truth";
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
    ConfirmErase => "¿Borrar a {} para siempre, sin dejar rastro en el archivo (derecho de supresión)? s/n", "Erase {} for good, leaving no trace in the file (right to erasure)? y/n";
    ConfirmExport => "¿Exportar todos los datos de {} a un archivo (derecho de acceso)? s/n", "Export everything held about {} to a file (right of access)? y/n";
    ClientErased => "Cliente borrado para siempre.", "Client erased for good.";
    ClientExported => "Datos exportados a {}", "Data exported to {}";
    KeyExportList => "exportar la lista (CSV)", "export the list (CSV)";
    ExportListTitle => "Exportar {} clientes", "Export {} clients";
    ExportDialect => "Formato: {}", "Format: {}";
    KeyToggleColumn => "marcar columna", "check column";
    KeyDialect => "cambiar formato", "change format";
    KeyExport => "exportar", "export";
    NoColumns => "Marque al menos una columna.", "Check at least one column.";
    NothingToExport => "La lista está vacía: nada que exportar.", "The list is empty: nothing to export.";
    ListExported => "{} clientes exportados a {}", "{} clients exported to {}";
    KeyEraseClient => "borrar para siempre", "erase for good";
    KeyExportClient => "exportar sus datos", "export their data";
    ConfirmDiscard => "¿Descartar los cambios? s/n", "Discard your changes? y/n";
    Saved => "Cliente guardado.", "Client saved.";
    Deleted => "Cliente borrado.", "Client deleted.";
    NoSuchClient => "No existe el cliente {}.", "There is no client {}.";
    NoSuchEntry => "No existe la anotación {}.", "There is no log entry {}.";
    NoSuchAppointment => "No existe la cita {}.", "There is no agenda entry {}.";
    NoSuchScene => "No existe la escena {}.", "There is no scene {}.";
    AgendaExists => "Ya hay una agenda llamada «{}».", "An agenda named “{}” already exists.";
    AlreadyAnswered => "Ese reclamo ya tiene respuesta.", "That complaint is already answered.";
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
    QuadrantApostle => "Apóstol", "Apostle";
    QuadrantMercenary => "Mercenario", "Mercenary";
    QuadrantHostage => "Rehén", "Hostage";
    QuadrantTerrorist => "Terrorista", "Terrorist";
    QuadrantUnknown => "Sin valorar", "Not rated";
    QuadrantsApostle => "Apóstoles", "Apostles";
    QuadrantsMercenary => "Mercenarios", "Mercenaries";
    QuadrantsHostage => "Rehenes", "Hostages";
    QuadrantsTerrorist => "Terroristas", "Terrorists";
    QuadrantsUnknown => "Sin valorar", "Not rated";
    ActionAskForReferrals => "pídale que nos recomiende", "ask for referrals";
    ActionBuildBond => "cree un vínculo (tarjeta de cliente, trato personal)", "build a bond (loyalty card, personal attention)";
    ActionFixFirst => "resuelva primero lo que falla", "fix what is wrong first";
    ActionRecoverOrLetGo => "recupérelo o déjelo ir", "recover or let go";
    ActionAskForValuation => "pídale una valoración", "ask for a valuation";
    TodoHostageComplaints => "Rehenes con reclamos abiertos", "Hostages with open complaints";
    TodoMercenariesToBond => "Mercenarios a vincular", "Mercenaries to bond";
    TodoWinBack => "Inactivos de alto volumen", "Inactive high-volume clients";
    TodoBirthdays => "Cumpleaños esta semana", "Birthdays this week";
    ColQuadrant => "Fidelización", "Loyalty";
    ColToDo => "Tareas", "To do";
    ColBonded => "Vinculado", "Bonded";
    ColConditions => "Condiciones", "Conditions";
    ColAction => "Acción sugerida", "Suggested action";
    ColClients => "Clientes", "Clients";
    ColReferrals => "Recomendados", "Referred";
    ColMonth => "Mes", "Month";
    ColActiveClients => "Activos", "Active";
    CondPredisposition => "Predisposición favorable", "Favourable predisposition";
    CondBuys => "Compra y usa", "Buys and uses";
    CondEndures => "Perdura en el tiempo", "Endures over time";
    CondProfitable => "Rentable", "Profitable";
    FactNoValuations => "sin valoraciones", "no valuations";
    FactNoPurchases => "sin compras", "no purchases";
    FactFirstPurchase => "primera compra {}", "first purchase {}";
    FactQuarters => "compras de {} a {}", "purchases from {} to {}";
    FactOneQuarter => "todas las compras en {}", "every purchase in {}";
    Quarter => "T{} {}", "Q{} {}";
    FactMargin => "margen {} en el periodo", "margin {} in the window";
    FactNoMargin => "sin márgenes anotados en el periodo", "no margin recorded in the window";
    Loyal => "Fiel: cumple las cuatro condiciones", "Loyal: all four conditions hold";
    LoyalNotProfitable => "Fiel pero no rentable", "Loyal but not profitable";
    NotLoyal => "Aún no es fiel: {} de 4 condiciones", "Not loyal yet: {} of 4 conditions";
    Bonded => "vinculado", "bonded";
    NotBonded => "sin vínculo", "not bonded";
    MemberSince => "tarjeta de cliente desde {}", "loyalty card since {}";
    NotMember => "sin tarjeta de cliente", "no loyalty card";
    DashAsOf => "a {}", "as of {}";
    DashSpend => "gasto {}", "spend {}";
    DashReferred => "recomendados: {}", "referred: {}";
    DashLoyal => "Fieles: {}", "Loyal: {}";
    DashLoyalNotProfitable => "fieles no rentables: {}", "loyal but not profitable: {}";
    DashRetention => "Retención", "Retention";
    DashRetentionHint => "activos hace un año", "active a year ago";
    DashConversion => "Conversión", "Conversion";
    DashConversionHint => "potenciales hace un año", "potential a year ago";
    RateOf => "{} de {}", "{} of {}";
    DashComplaints => "Reclamos abiertos", "Open complaints";
    DashMedianAge => "antigüedad mediana {} días", "median age {} days";
    DashChart => "Últimos 24 meses: gasto y clientes activos", "Last 24 months: spend and active clients";
    DashToDo => "Tareas de hoy", "To do today";
    DashFigures => "Indicadores", "Key figures";
    DashTitle => "Panel", "Dashboard";
    DashNone => "nadie", "nobody";
    ChartSpend => "Gasto por mes · máximo {} ({}) · este mes {}", "Spend per month · peak {} ({}) · this month {}";
    ChartActive => "Clientes activos a fin de mes · ahora {}", "Clients active at each month's end · now {}";
    LoadingDashboard => "Calculando el panel…", "Computing the dashboard…";
    CategoryMeeting => "Reunión", "Meeting";
    CategoryActivity => "Actividad", "Activity";
    CategoryOrganisation => "Organización", "Organisation";
    CategoryCall => "Llamada", "Call";
    CategoryVisit => "Visita", "Visit";
    CategoryFamily => "Familia", "Family";
    CategoryLeisure => "Ocio", "Leisure";
    StatusPlanned => "prevista", "planned";
    StatusDone => "hecha", "done";
    StatusCancelled => "anulada", "cancelled";
    RepeatNone => "no se repite", "does not repeat";
    RepeatDaily => "cada día", "daily";
    RepeatWeekly => "cada semana", "weekly";
    RepeatMonthly => "cada mes", "monthly";
    RepeatYearly => "cada año", "yearly";
    Weekdays => "lunes,martes,miércoles,jueves,viernes,sábado,domingo", "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday";
    ColTime => "Hora", "Time";
    ColAgenda => "Agenda", "Agenda";
    ColTitle => "Asunto", "Title";
    ColCategory => "Categoría", "Category";
    ColClashes => "Choca con", "Clashes with";
    AllDay => "Todo el día", "All day";
    AllDayShort => "día", "day";
    ClashRefused => "choca con {}; use --allow-clash para reservarla igualmente", "clashes with {}; use --allow-clash to book it anyway";
    ClashWarning => "⚠ Choca con {}. Ctrl-S otra vez para guardar igualmente.", "⚠ Clashes with {}. Ctrl-S again to save anyway.";
    ClashesWith => "⚠ choca con {}", "⚠ clashes with {}";
    ClashMore => " y {} más", " and {} more";
    EntryRef => "«{}» (nº {}, {})", "“{}” (no. {}, {})";
    SheetTitle => "Agenda «{}» · {}", "Agenda “{}” · {}";
    NothingBooked => "Nada previsto.", "Nothing booked.";
    Imported => "{} citas importadas en «{}»", "{} entries imported into “{}”";
    WouldImport => "Se importarían {} citas en «{}» (simulación: no se ha escrito nada)", "{} entries would be imported into “{}” (dry run: nothing written)";
    AlreadyThere => " ({} ya estaban y se han dejado como estaban)", " ({} already there, left as they were)";
    SheetClient => "Cliente", "Client";
    ReminderDue => "⏰ {}", "⏰ {}";
    ViewDay => "Día", "Day";
    ViewWeek => "Semana", "Week";
    ViewUpcoming => "Próximas", "Upcoming";
    AgendaHint => "←/→ día · PgUp/PgDn semana · t hoy · g ir a · v vista · a agendas · n nueva · e editar · x hecha · d borrar · Intro ficha", "←/→ day · PgUp/PgDn week · t today · g go to · v view · a agendas · n new · e edit · x done · d delete · Enter card";
    NoAgendaShown => "Ninguna agenda a la vista: pulse a para elegirlas.", "No agenda shown: press a to choose them.";
    UpcomingNone => "Nada previsto en los próximos 60 días.", "Nothing booked in the next 60 days.";
    AgendasTitle => "Agendas a la vista", "Agendas shown";
    AgendasHint => "Espacio mostrar/ocultar · n nueva agenda · Esc cerrar", "Space show/hide · n new agenda · Esc close";
    NewAgendaTitle => "Nueva agenda", "New agenda";
    GoToTitle => "Ir a una fecha", "Go to a date";
    NameNeeded => "Escriba un nombre.", "Write a name.";
    ConflictTitle => "Cambiado en otro puesto", "Changed elsewhere";
    ConflictQuestion => "Otra persona cambió «{}» después de que usted lo abriera.", "Someone else changed “{}” after you opened it.";
    GoneQuestion => "Otra persona borró «{}» después de que usted lo abriera. ¿Guardarlo como nuevo? s/n", "Someone else deleted “{}” after you opened it. Save it as new? y/n";
    KeyReloadTheirs => "cargar lo suyo (se pierde lo escrito)", "load theirs (yours is lost)";
    KeyOverwrite => "guardar lo mío encima", "save mine over theirs";
    KeyKeepEditing => "seguir editando", "keep editing";
    ReloadedTheirs => "Cargado lo que guardó la otra persona.", "Loaded what the other person saved.";
    ChangedElsewhere => "Otra persona lo cambió mientras tanto: se muestra de nuevo.", "Someone else changed it meanwhile: shown again.";
    GoneElsewhere => "Otra persona lo borró mientras tanto.", "Someone else deleted it meanwhile.";
    FormNewAppointment => "Nueva cita", "New entry";
    FormEditAppointment => "Editar cita", "Edit entry";
    FormEditOccurrence => "Cambiar solo esta vez", "Change this occurrence only";
    FieldAgenda => "Agenda", "Agenda";
    FieldTitle => "Asunto", "Title";
    FieldDate => "Fecha", "Date";
    FieldStart => "Empieza (HH:MM)", "Starts (HH:MM)";
    FieldEnd => "Acaba (HH:MM)", "Ends (HH:MM)";
    FieldAllDay => "Todo el día", "All day";
    FieldCategory => "Categoría", "Category";
    FieldClient => "Cliente (nº)", "Client (no.)";
    FieldLocation => "Lugar", "Location";
    FieldStatus => "Estado", "Status";
    FieldReminder => "Aviso (minutos antes)", "Reminder (minutes before)";
    FieldRepeat => "Se repite", "Repeats";
    FieldUntil => "Hasta (fecha)", "Until (date)";
    FieldCount => "Número de veces", "Number of times";
    ProblemTime => "«{}» no es una hora (HH:MM)", "“{}” is not a time (HH:MM)";
    ProblemEndBeforeStart => "acaba antes de empezar", "ends before it starts";
    AppointmentSaved => "Cita guardada.", "Entry saved.";
    AppointmentDeleted => "Cita borrada.", "Entry deleted.";
    AppointmentDone => "Marcada como hecha.", "Marked as done.";
    ConfirmDeleteAppointment => "¿Borrar «{}»? (s/n)", "Delete “{}”? (y/n)";
    SeriesQuestion => "«{}» se repite: o = solo esta vez · s = toda la serie · Esc = nada", "“{}” repeats: o = this occurrence · s = the whole series · Esc = nothing";
    SeriesDelete => "Borrar", "Delete";
    SeriesEdit => "Editar", "Edit";
    Recurring => "↻", "↻";
    KeyPrevDay => "día anterior", "previous day";
    KeyNextDay => "día siguiente", "next day";
    KeyPrevWeek => "semana anterior", "previous week";
    KeyNextWeek => "semana siguiente", "next week";
    KeyNextAgenda => "agenda siguiente", "next agenda";
    KeyToday => "hoy", "today";
    KeyGoTo => "ir a una fecha", "go to a date";
    KeyView => "día/semana/próximas", "day/week/upcoming";
    KeyAgendas => "agendas a la vista", "agendas shown";
    KeyMarkDone => "hecha", "done";
    KeyToggleAgenda => "mostrar/ocultar", "show/hide";
    KeyNewAgenda => "nueva agenda", "new agenda";
    KeyThisOccurrence => "solo esta vez", "this occurrence";
    KeyWholeSeries => "toda la serie", "whole series";
    OccurrenceCancelled => "Anulada esta vez.", "This occurrence cancelled.";
}
