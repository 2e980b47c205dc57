//! The refusals' part of the message table: what the store, the domain's rules and the
//! command line refuse, said to a person (the types' `Display` stays the English
//! scripts match).

use super::Lang;
use super::messages::messages;

messages! {
    /// A message saying why something was refused.
    ErrorMsg
    EntryOfAnotherClient => "La anotación {} es del cliente {}: una anotación no pasa a otro cliente.", "Log entry {} belongs to client {}: an entry cannot move to another client.";
    NotAComplaint => "La anotación {} no es un reclamo.", "Log entry {} is not a complaint.";
    NoAgenda => "No hay ninguna agenda llamada «{}».", "There is no agenda named “{}”.";
    NoOccurrence => "La cita {} no tiene ninguna repetición que empiece el {}.", "Agenda entry {} has no occurrence starting at {}.";
    DuplicateUid => "Ya hay una cita con el UID «{}».", "An agenda entry with UID “{}” already exists.";
    NoCycle => "No existe el ciclo de servicio {}.", "There is no service cycle {}.";
    TooNew => "{} lo escribió una versión más nueva de clientela (esquema {}; esta conoce hasta el {}); no se ha tocado: actualice clientela para abrirlo.", "{} was written by a newer clientela (schema {}; this one knows up to {}); it was left untouched: update clientela to open it.";
    ReadOnly => "{} es de solo lectura: ahí no se puede cambiar la base de datos (si existe, las listas, exportaciones y copias siguen funcionando); hágalo escribible, o copie la base de datos a una carpeta donde pueda escribir y use --db.", "{} is read-only, so the database cannot be changed there (if it exists, lists, exports and backups still work); make it writable, or copy the database to a folder you can write and use --db.";
    CannotCreate => "No se puede crear la base de datos {}: {}", "Cannot create the database {}: {}";
    Foreign => "{} no es una base de datos de clientela (guarda datos de otro programa); no se ha tocado: elija otro archivo.", "{} is not a clientela database (it holds another program's data); it was left untouched: choose another file.";
    Damaged => "{} está dañado ({}): clientela no escribe nada en él; recupere una copia de backups/ con «clientela restore ARCHIVO».", "{} is damaged ({}): clientela writes nothing to it; restore a copy from backups/ with `clientela restore FILE`.";
    CannotOpen => "No se puede abrir {} como base de datos de clientela: {}", "Cannot open {} as a clientela database: {}";
    Migration => "No se puede poner al día el esquema de la base de datos: {}", "Cannot bring the database schema up to date: {}";
    Database => "Error de la base de datos: {}", "Database error: {}";
    AmountTooLarge => "Un importe o un margen llega como mucho a 10.000.000,00 (se dio {}).", "An amount or margin goes up to 10,000,000.00 (got {}).";
    ValuationRange => "La calidad esperada y la percibida van de 1 a 5 (se dio {}).", "Expected and perceived quality go from 1 to 5 (got {}).";
    InTheFuture => "{} es después de hoy: el registro dice lo que pasó (lo previsto va en la agenda).", "{} is after today: the log says what happened (plans go in the agenda).";
    ValuationNotAllowed => "Solo las encuestas y las visitas llevan valoración de calidad.", "Only surveys and visits carry a quality valuation.";
    BadResolution => "Solo se responden los reclamos, y no antes de que se hagan.", "Only complaints are answered, and not before they are made.";
    NoTitle => "Una cita necesita un título.", "An agenda entry needs a title.";
    EndsBeforeStart => "El final ({}) es anterior al comienzo ({}).", "The end ({}) is before the start ({}).";
    NoInterval => "Una serie se repite cada 1 o más periodos.", "A series repeats every 1 or more periods.";
    IntervalTooLarge => "Una serie se repite como mucho cada {} periodos, no cada {}.", "A series repeats at most every {} periods, not {}.";
    NoOccurrences => "Una serie tiene al menos una vez.", "A series has at least one occurrence.";
    TooManyOccurrences => "Una serie tiene como mucho {} veces, no {}.", "A series has at most {} occurrences, not {}.";
    SeriesEndsBeforeStart => "La serie acaba ({}) antes de empezar ({}).", "The series ends ({}) before it starts ({}).";
    AllDayNotWholeDays => "Una cita de todo el día va de medianoche a medianoche.", "An all-day entry goes from midnight to midnight.";
    OutOfYears => "{} está fuera de los años 1900 a 2200.", "{} is outside the years 1900 to 2200.";
    ReminderTooEarly => "Un aviso va como mucho una semana antes ({} minutos), no {}.", "A reminder goes at most a week ahead ({} minutes), not {}.";
    SceneNoTitle => "La escena necesita un título.", "The scene needs a title.";
    SceneBadScore => "Las puntuaciones van de 1 a 5.", "Scores go from 1 to 5.";
    SceneEmptyAction => "Cada acción del plan tiene que decir qué hacer.", "Each action of the plan needs to say what to do.";
    DateShape => "«{}» no es una fecha (escriba DD/MM/AAAA o AAAA-MM-DD)", "“{}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)";
    NoSuchDay => "«{}» no es un día del calendario", "“{}” is not a day of the calendar";
    DateOutOfYears => "«{}» está fuera de los años 1900 a 2200", "“{}” is outside the years 1900 to 2200";
    FilterMalformed => "«{}» no es campo=valor", "“{}” is not field=value";
    FilterField => "no hay ningún campo de filtro «{}» (hay: {})", "unknown filter field “{}” (known: {})";
    FilterValue => "«{}» no es un valor de {} (uno de: {})", "“{}” is not a value of {} (one of: {})";
    ConfigRead => "No se puede leer el archivo de configuración {}: {}", "Cannot read the config file {}: {}";
    ConfigFile => "archivo de configuración {}", "config file {}";
    ConfigLine => ", línea {}", ", line {}";
    ConfigKey => ", clave «{}»", ", key “{}”";
    IoNotFound => "no existe", "it does not exist";
    IoDenied => "permiso denegado", "permission denied";
    IoExists => "ya existe", "it already exists";
    IoFull => "no queda espacio en el disco", "no space left on the disk";
    IoFolder => "es una carpeta", "it is a folder";
    IoReadOnly => "el sistema de archivos es de solo lectura", "the file system is read-only";
    NotKeptAside => "no se ha restaurado nada: antes no se pudo apartar la base de datos tal como estaba", "nothing was restored: the database as it was could not be kept aside first";
    Restoring => "al restaurar {} (la base de datos tal como estaba se guarda en {})", "restoring {} (the database as it was is kept in {})";
    IsTheDatabase => "No se escribe {}: es la base de datos {} (o uno de sus archivos de diario); elija otro archivo.", "Refusing to write {}: it is the database {} (or one of its journal files); choose another file.";
    ToTerminal => "No se escribe la base de datos en la terminal: envíela a un archivo («-o ARCHIVO») o a un programa («-o - | gzip > copia.gz»).", "Refusing to write the database to the terminal: send it to a file (`-o FILE`) or a program (`-o - | gzip > copy.gz`).";
    BackupsIsAFile => "{} es un archivo, no una carpeta: clientela guarda ahí sus copias; aparte ese archivo.", "{} is a file, not a folder: clientela keeps its backups there; move the file away.";
    RestoreFromItself => "{} es la propia base de datos; indique una copia (las copias están en {}).", "{} is the database itself; name a copy of it (backups are in {}).";
    RestoreFromFolder => "{} es una carpeta, no una copia de una base de datos.", "{} is a folder, not a copy of a database.";
    RestoreFromEmpty => "{} está vacío: no es una copia de una base de datos.", "{} is empty: it is not a copy of a database.";
    EmptyFile => "el archivo está vacío: no tiene cabecera", "the file is empty: no header";
    UnclosedHeaderQuote => "campo {} de la cabecera: las comillas abiertas aquí no se cierran", "header field {}: the quote opened here is never closed";
    UnclosedQuote => "{}: las comillas abiertas aquí no se cierran", "{}: the quote opened here is never closed";
    RepeatedColumn => "«{}» está repetida: una ficha tiene un solo campo {}; cambie el nombre de una de las columnas o quítela", "“{}” is repeated: a card has one {}; rename or remove one of the columns";
    FieldCount => "campos: {} en la fila, {} en la cabecera", "fields: {} in the row, {} in the header";
    MapColumn => "--map nombra la columna «{}», que la cabecera no tiene (tiene: {})", "--map names column “{}”, which the header does not have (it has: {})";
    NoNameColumn => "ninguna columna da el nombre: diga cuál con --map \"Columna=name,...\" (la cabecera tiene: {})", "no column gives the name: say which with --map \"Column=name,...\" (the header has: {})";
    CardNoName => "una ficha sin nombre, organización, correo ni teléfono: una ficha necesita un nombre", "a card with no name, organisation, email or phone: a card needs a name";
    NoEnd => "esta ficha no tiene END:VCARD", "this card has no END:VCARD";
    NoVcard => "no hay ninguna vCard en el archivo (una ficha empieza con BEGIN:VCARD)", "no vCard in the file (a card starts with BEGIN:VCARD)";
    NotADate => "«{}» no es una fecha", "“{}” is not a date";
    NotYesNo => "«{}» no es sí ni no", "“{}” is not yes or no";
    NotOneOf => "«{}» no es ninguno de: {}", "“{}” is not one of {}";
    Bom => "el archivo empieza con una marca de orden de bytes de {}", "the file starts with a {} byte-order mark";
    BadBytes => "bytes que no son {} en el byte {} ({})", "bytes that are not {} at byte {} ({})";
    MixedBytes => "; el archivo mezcla UTF-8 con otros bytes: guárdelo de nuevo como UTF-8 (un CSV también puede decir su codificación con --encoding)", "; the file mixes UTF-8 with other bytes: save it again as UTF-8 (a CSV file may also name its encoding with --encoding)";
    Control => "carácter de control U+{}: no es texto en {}", "control character U+{}: not text in {}";
    NoYear => "línea {}: el cumpleaños «{}» no tiene año y se ha dejado fuera", "line {}: birthday “{}” has no year and was left out";
    LineColumn => "línea {}, columna {}: {}", "line {}, column {}: {}";
    AtLine => "línea {}: {}", "line {}: {}";
    InEvent => "cita «{}»: {}", "event “{}”: {}";
    NotDateTime => "{} «{}» no es una fecha ni una hora", "{} “{}” is not a date or time";
    UnknownZone => "zona horaria desconocida «{}»", "unknown time zone “{}”";
    RulePart => "la parte «{}» de RRULE no se lee", "RRULE part “{}” is not supported";
    TooBig => "el archivo tiene {} MB; un archivo de agenda llega a {} MB", "the file is {} MB; an agenda file goes up to {} MB";
    NotIcs => "no es un archivo iCalendar (no tiene BEGIN:VCALENDAR)", "not an iCalendar file (no BEGIN:VCALENDAR)";
    InvalidNear => "iCalendar no válido cerca de «{}»", "not valid iCalendar near “{}”";
    UidTwice => "el UID «{}» aparece dos veces", "UID “{}” appears twice";
}
