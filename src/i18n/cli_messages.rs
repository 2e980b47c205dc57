//! The command line's part of the message table: what its commands report. Counts
//! come in pairs (`…One` for exactly one, the plain name for every other number), both
//! with `{}` for the number when they go through `Locale::count_msg`.

use super::Lang;
use super::messages::messages;

messages! {
    /// A report or refusal of a command.
    CliMsg
    NotOverwrittenReaders => "{}el archivo aún guarda sus datos antiguos: otro programa está leyendo la base de datos (se esperó {} s); se sobrescriben cuando lo cierre el último programa que la usa, o ciérrelos y ejecute «clientela compact»", "{}the file still holds its old data: another program is reading the database (waited {} s); it is overwritten when the last program using the database closes it, or close them and run `clientela compact`";
    NotOverwrittenWhy => "{}no se pudo reescribir el archivo para tapar sus datos antiguos ({}); haga sitio y ejecute «clientela compact»", "{}the file could not be rewritten to overwrite its old data ({}); make room and run `clientela compact`";
    ErasedBut => "el cliente {} se borró, pero ", "client {} was erased, but ";
    Erased => "cliente {} borrado. Anotaciones borradas: {}; citas desvinculadas: {}; recomendaciones desvinculadas: {}", "client {} erased. Log entries deleted: {}; agenda entries unlinked: {}; referrals unlinked: {}";
    BackupsStillHold => "Copias tomadas antes que aún guardan a este cliente: {}. Las automáticas se quitan cuando hay {} copias más nuevas de su tipo; las hechas con «clientela backup», solo cuando usted las borre:", "Backups taken before that still hold this client: {}. Automatic ones are removed once {} newer copies of their kind are taken; copies made with `clientela backup` only when you delete them:";
    Compacted => "{} reescrito: no queda en él nada de lo borrado", "{} rewritten: nothing deleted is left in it";
    CopiedTo => "copiado en {}", "copied to {}";
    Whole => "{} está íntegro (el quick_check de SQLite leyó todas las páginas en {} s)", "{} is whole (SQLite's quick_check read every page in {} s)";
    Restored => "{} restaurado desde {} ({}); la base de datos tal como estaba se guarda en {}", "restored {} from {} ({}); the database as it was is kept in {}";
    DemoRefused => "{} ya tiene {}: use --force para cambiarlos por los datos de demostración", "{} already holds {}; use --force to replace them with demo data";
    DemoKept => "lo que había ({}) se guarda en {}", "what was there ({}) is kept in {}";
    DemoWritten => "{}, {}, {} y {} escritos en {}", "{}, {}, {} and {} written to {}";
    DemoClientsOne => "1 cliente de demostración", "1 demo client";
    DemoClients => "{} clientes de demostración", "{} demo clients";
    LogEntriesOne => "1 anotación", "1 log entry";
    LogEntries => "{} anotaciones", "{} log entries";
    AgendaEntriesOne => "1 cita", "1 agenda entry";
    AgendaEntries => "{} citas", "{} agenda entries";
    ScenesOne => "1 escena", "1 scene";
    Scenes => "{} escenas", "{} scenes";
    NameRequired => "falta --name: el nombre del cliente", "--name is required";
    ConsentYesNo => "--consent: «{}» no es yes (sí) ni no", "--consent: `{}` is not yes or no";
    NotAClientId => "--referred-by: «{}» no es un nº de cliente", "--referred-by: `{}` is not a client id";
    NotUtf8Ics => "{}: no es texto UTF-8 (byte {}): los archivos iCalendar son UTF-8", "{}: not UTF-8 text (byte {}): iCalendar files are UTF-8";
    AgendasAre => "--agenda (las agendas son: {})", "--agenda (the agendas are: {})";
    ToBeforeFrom => "--to ({}) es anterior a --from ({})", "--to ({}) is before --from ({})";
    ExportedOne => "{} cliente escrito en {}", "{} client written to {}";
    WorkbookToTerminal => "un libro xlsx es un archivo binario: indica dónde escribirlo con -o ARCHIVO.xlsx", "an xlsx workbook is a binary file: say where to write it with -o FILE.xlsx";
    Exported => "{} clientes escritos en {}", "{} clients written to {}";
    EntriesExportedOne => "{} cita escrita en {}", "{} agenda entry written to {}";
    EntriesExported => "{} citas escritas en {}", "{} agenda entries written to {}";
    PersonalWritten => "Todo lo guardado del cliente {} escrito en {}", "Everything held about client {} written to {}";
    EntryTied => "anotación {} ligada a la escena {}", "entry {} tied to scene {}";
    EntryMoved => "anotación {} pasada de la escena {} a la escena {}", "entry {} moved from scene {} to scene {}";
    EntryUntied => "anotación {} desligada", "entry {} untied";
    FoundCsv => "{}: formato {}, {}, separador «{}»", "{}: {} format, {}, delimiter '{}'";
    FormatGeneric => "genérico", "generic";
    FoundSheet => "{}: formato {}, hoja «{}»", "{}: {} format, sheet '{}'";
    SheetOfCsv => "--sheet: el archivo es un CSV, no un libro", "--sheet: the file is a CSV, not a workbook";
    ColumnsRead => "columnas: {}", "columns: {}";
    ColumnsIgnored => "no se importan: {}", "ignored: {}";
    ReportLine => "línea {}: {} {} {} ({})", "line {}: {} {} {} ({})";
    MergedInto => "se fusionó con", "merged into";
    SkippedAs => "se omitió: ya está como", "skipped, already there as";
    AddedThough => "se añadió aunque coincide con", "added though it matches";
    TargetClient => "el cliente {} {}", "client {} {}";
    TargetLine => "la ficha de la línea {}", "the card on line {}";
    SameEmail => "mismo correo {}", "same email {}";
    SamePhone => "mismo teléfono {}", "same phone {}";
    IcsNeedsAgenda => "el archivo no dice en qué agenda va «{}»: indíquela con --agenda NOMBRE", "the file does not say which agenda “{}” goes to: name one with --agenda NAME";
    IcsSkippedOne => "{} evento con una repetición que la agenda no admite se ha dejado fuera (--skip-unsupported)", "{} event with a repeat rule the agenda cannot hold was left out (--skip-unsupported)";
    IcsSkipped => "{} eventos con una repetición que la agenda no admite se han dejado fuera (--skip-unsupported)", "{} events with a repeat rule the agenda cannot hold were left out (--skip-unsupported)";
    SameUid => "misma identidad de agenda (UID) {}", "same address-book identity (UID) {}";
    SameNameAddress => "mismo nombre y misma dirección", "same name and address";
    ImportDone => "creados {}, fusionados {}, omitidos {}", "created {}, merged {}, skipped {}";
    ImportDry => "se crearían {}, se fusionarían {}, se omitirían {} (prueba: no se ha escrito nada)", "would create {}, merge {}, skip {} (dry run: nothing written)";
    KeptBeforeMerge => "la base de datos tal como estaba antes de la fusión se guarda en {}", "the database as it was before the merge is kept in {}";
    UnknownArgument => "sobra el argumento «{}»", "unexpected argument '{}'";
    UnknownCommand => "no hay ninguna orden «{}»", "unrecognized subcommand '{}'";
    InvalidValue => "«{}» no es un valor de {}", "invalid value '{}' for {}";
    PossibleValues => " (valores posibles: {})", " (possible values: {})";
    MissingArgument => "falta un argumento obligatorio: {}", "a required argument was not provided: {}";
    NewDatabase => "base de datos nueva: {}", "new database: {}";
    MissingCommand => "«{}» necesita una orden: {}", "'{}' needs a command: {}";
    SeeHelpOf => "(vea {} --help)", "(see {} --help)";
    HelpCommands => "Órdenes", "Commands";
    HelpCommand => "ORDEN", "COMMAND";
    HelpOptions => "Opciones", "Options";
    HelpArguments => "Argumentos", "Arguments";
    HelpValues => "[valores: {}]", "[possible values: {}]";
    HelpDefault => "[por omisión: {}]", "[default: {}]";
    HelpDefaultSaid => "[por omisión", "[default";
    HelpVariable => "[variable: {}]", "[env: {}]";
    HelpUsage => "Uso:", "Usage:";
    HelpOptionsUsage => "[OPCIONES]", "[OPTIONS]";
    BadValue => "«{}» no vale para {}: {}", "invalid value '{}' for {}: {}";
    NotInRange => "tiene que estar entre {} y {}", "must be between {} and {}";
    NotANumber => "no es un número entero", "not a whole number";
    Conflict => "{} no puede ir con {}", "{} cannot be used with {}";
    TooManyValues => "sobra el valor «{}» de {}", "unexpected value '{}' for {}";
    ValueMissing => "a {} le falta un valor", "{} needs a value";
    UsedTwice => "{} solo puede ir una vez", "{} cannot be used more than once";
    DidYouMean => " (¿quiso decir «{}»?)", " (did you mean '{}'?)";
    SeeHelp => "(vea clientela --help)", "(see clientela --help)";
    NoTerminal => "no se puede abrir la interfaz de terminal (¿es esto una terminal?); las órdenes funcionan sin ella", "cannot start the terminal UI (is this a terminal?); the subcommands work without one";
    NoHome => "No hay carpeta personal donde guardar la base de datos: use --db RUTA", "no home directory to keep the database in; use --db PATH";
    ReadingFile => "No se puede leer {}", "cannot read {}";
}
