//! The Spanish texts of `--help`, by place: a command ("client add"), or an option or
//! argument of one ("client add --phone", "client show <ID>"); the global options and
//! the help flags by themselves ("--db", "--help"). Each says what its English doc
//! comment says; `tests/cli_help.rs` keeps the two lists the same.

/// (place, text) for every command and option of the help.
pub const HELP_ES: &[(&str, &str)] = &[
    (
        "clientela",
        "Gestor de fichas de clientes en la terminal para pequeñas tiendas: fichas de clientes, registro de interacciones, clasificación, fidelización, agenda y momentos de la verdad, en un solo archivo SQLite.",
    ),
    (
        "--db",
        "Archivo de la base de datos [por omisión: clientela.db en la carpeta de datos del sistema]",
    ),
    (
        "--config",
        "Archivo de configuración [por omisión: clientela/config.toml en la carpeta de configuración del sistema]",
    ),
    (
        "--demo",
        "Usa la base de datos de demostración que está junto a la real (se crea y se llena la primera vez)",
    ),
    (
        "--raw",
        "CSV escrito y leído con las celdas tal como están guardadas, para scripts. No es seguro abrirlo en una hoja de cálculo: el texto que parece una fórmula no se neutraliza",
    ),
    ("--help", "Muestra la ayuda"),
    ("--version", "Muestra la versión"),
    (
        "client",
        "Fichas de clientes: añadir, listar, ver, editar, borrar",
    ),
    ("client add", "Añade un cliente y muestra su nº"),
    ("client add --name", "Nombre completo o razón social"),
    (
        "client add --phone",
        "Teléfono (repita la opción para dar varios)",
    ),
    (
        "client add --email",
        "Correo electrónico (repita la opción para dar varios)",
    ),
    ("client add --kind", "Persona física o jurídica"),
    ("client add --relation", "Relación con la tienda"),
    ("client add --tax-id", "NIF/CIF"),
    ("client add --address", "Dirección (calle y número)"),
    ("client add --city", "Ciudad"),
    ("client add --postcode", "Código postal"),
    (
        "client add --birthday",
        "Cumpleaños (AAAA-MM-DD o DD/MM/AAAA)",
    ),
    ("client add --preferred-channel", "Canal preferido"),
    ("client add --consent", "Acepta publicidad"),
    (
        "client add --consent-date",
        "Fecha en que dio o retiró el consentimiento [por omisión con --consent: hoy]",
    ),
    ("client add --source", "De dónde llegó el cliente"),
    (
        "client add --referred-by",
        "Nº del cliente que recomendó a este (vacío para quitarlo)",
    ),
    ("client add --influence", "Grado de influencia"),
    ("client add --buying", "Comportamiento de compra"),
    (
        "client add --inactivity-reason",
        "Por qué dejó de comprar un cliente inactivo",
    ),
    (
        "client add --member-since",
        "Fecha de alta en el programa de fidelización (vacío para quitarla)",
    ),
    (
        "client add --tag",
        "Etiqueta (repita la opción para dar varias)",
    ),
    ("client add --note", "Notas libres"),
    (
        "client list",
        "Lista los clientes, o solo los que encuentre una búsqueda",
    ),
    (
        "client list --search",
        "Búsqueda: cada palabra tiene que ser el principio de una palabra del nombre, de un correo, del NIF/CIF o de un teléfono (sin distinguir acentos ni mayúsculas); las cifras solas se encuentran también dentro de los teléfonos",
    ),
    ("client list --format", "Formato de salida"),
    ("client show", "Muestra la ficha de un cliente"),
    ("client show <ID>", "Nº de cliente"),
    ("client show --format", "Formato de salida"),
    (
        "client edit",
        "Cambia la ficha de un cliente: solo cambian los campos dados; una opción de lista (--phone, --email, --tag) sustituye la lista entera, y un valor vacío borra un campo",
    ),
    ("client edit <ID>", "Nº de cliente"),
    ("client edit --name", "Nombre completo o razón social"),
    (
        "client edit --phone",
        "Teléfono (repita la opción para dar varios)",
    ),
    (
        "client edit --email",
        "Correo electrónico (repita la opción para dar varios)",
    ),
    ("client edit --kind", "Persona física o jurídica"),
    ("client edit --relation", "Relación con la tienda"),
    ("client edit --tax-id", "NIF/CIF"),
    ("client edit --address", "Dirección (calle y número)"),
    ("client edit --city", "Ciudad"),
    ("client edit --postcode", "Código postal"),
    (
        "client edit --birthday",
        "Cumpleaños (AAAA-MM-DD o DD/MM/AAAA)",
    ),
    ("client edit --preferred-channel", "Canal preferido"),
    ("client edit --consent", "Acepta publicidad"),
    (
        "client edit --consent-date",
        "Fecha en que dio o retiró el consentimiento [por omisión con --consent: hoy]",
    ),
    ("client edit --source", "De dónde llegó el cliente"),
    (
        "client edit --referred-by",
        "Nº del cliente que recomendó a este (vacío para quitarlo)",
    ),
    ("client edit --influence", "Grado de influencia"),
    ("client edit --buying", "Comportamiento de compra"),
    (
        "client edit --inactivity-reason",
        "Por qué dejó de comprar un cliente inactivo",
    ),
    (
        "client edit --member-since",
        "Fecha de alta en el programa de fidelización (vacío para quitarla)",
    ),
    (
        "client edit --tag",
        "Etiqueta (repita la opción para dar varias)",
    ),
    ("client edit --note", "Notas libres"),
    ("client delete", "Borra un cliente y su historial"),
    ("client delete <ID>", "Nº de cliente"),
    ("client delete --yes", "Confirma el borrado"),
    (
        "client export",
        "Todo lo que se guarda de un cliente, en JSON (derecho de acceso): ficha, registro, citas, vínculos con escenas",
    ),
    ("client export <ID>", "Nº de cliente"),
    (
        "client export --output",
        "Escribe en este archivo en vez de en la salida estándar",
    ),
    (
        "client erase",
        "Borra un cliente para siempre (derecho de supresión): se borran la ficha, el registro y sus vínculos con escenas, se desvinculan las citas y las recomendaciones, y no queda nada legible en el archivo",
    ),
    ("client erase <ID>", "Nº de cliente"),
    ("client erase --yes", "Confirma el borrado para siempre"),
    (
        "client help",
        "Muestra este mensaje o la ayuda de la(s) orden(es) indicada(s)",
    ),
    (
        "log",
        "El registro de interacciones: añadir anotaciones, ver el registro de un cliente",
    ),
    (
        "log add",
        "Anota una visita, llamada, compra, reclamo… y muestra su nº",
    ),
    ("log add <CLIENT_ID>", "Nº de cliente"),
    (
        "log add --kind",
        "Qué pasó (return: una compra devuelta, con su importe guardado en negativo)",
    ),
    (
        "log add --channel",
        "Canal [log add: phone para las llamadas, email para las ofertas, in_person para lo demás]",
    ),
    (
        "log add --at",
        "Cuándo (\"AAAA-MM-DD[ HH:MM]\" o \"DD/MM/AAAA[ HH:MM]\") [log add: ahora]",
    ),
    (
        "log add --amount",
        "Compras: el importe (12,50 o 12.50; en negativo para una devolución: -12,50)",
    ),
    (
        "log add --margin",
        "Compras: el margen (12,50 o 12.50; puede ser negativo; \"\" lo borra en log edit)",
    ),
    (
        "log add --expected",
        "Encuestas y visitas: calidad esperada, 1-5",
    ),
    (
        "log add --perceived",
        "Encuestas y visitas: calidad percibida, 1-5",
    ),
    ("log add --note", "Texto libre (\"\" lo borra en log edit)"),
    (
        "log add --scene",
        "Liga la anotación a esta escena (momentos de la verdad) como prueba",
    ),
    (
        "log list",
        "El registro de un cliente, lo más reciente primero",
    ),
    ("log list <CLIENT_ID>", "Nº de cliente"),
    ("log list --format", "Formato de salida"),
    (
        "log edit",
        "Corrige una anotación: solo cambia lo que indican las opciones dadas (un --note, --margin o --expected vacío borra ese dato)",
    ),
    (
        "log edit <ENTRY_ID>",
        "Nº de la anotación (lo muestra `log list`)",
    ),
    (
        "log edit --kind",
        "Qué pasó (return: una compra devuelta, con su importe guardado en negativo)",
    ),
    (
        "log edit --channel",
        "Canal [log add: phone para las llamadas, email para las ofertas, in_person para lo demás]",
    ),
    (
        "log edit --at",
        "Cuándo (\"AAAA-MM-DD[ HH:MM]\" o \"DD/MM/AAAA[ HH:MM]\") [log add: ahora]",
    ),
    (
        "log edit --amount",
        "Compras: el importe (12,50 o 12.50; en negativo para una devolución: -12,50)",
    ),
    (
        "log edit --margin",
        "Compras: el margen (12,50 o 12.50; puede ser negativo; \"\" lo borra en log edit)",
    ),
    (
        "log edit --expected",
        "Encuestas y visitas: calidad esperada, 1-5",
    ),
    (
        "log edit --perceived",
        "Encuestas y visitas: calidad percibida, 1-5",
    ),
    ("log edit --note", "Texto libre (\"\" lo borra en log edit)"),
    ("log edit --no-valuation", "Quita la valoración de calidad"),
    (
        "log delete",
        "Borra una anotación para siempre (una compra anotada por error)",
    ),
    (
        "log delete <ENTRY_ID>",
        "Nº de la anotación (lo muestra `log list`)",
    ),
    ("log delete --yes", "Borra sin preguntar"),
    (
        "log help",
        "Muestra este mensaje o la ayuda de la(s) orden(es) indicada(s)",
    ),
    ("complaint", "Reclamos: listarlos, anotar la respuesta dada"),
    (
        "complaint list",
        "Reclamos, primero los que llevan más tiempo esperando",
    ),
    (
        "complaint list --open",
        "Solo los que aún esperan respuesta",
    ),
    ("complaint list --format", "Formato de salida"),
    ("complaint resolve", "Anota la respuesta dada a un reclamo"),
    (
        "complaint resolve <ENTRY_ID>",
        "Nº de la anotación del reclamo",
    ),
    ("complaint resolve --answer", "La respuesta dada al cliente"),
    (
        "complaint help",
        "Muestra este mensaje o la ayuda de la(s) orden(es) indicada(s)",
    ),
    (
        "classify",
        "Clasifica los clientes (ciclo, frecuencia, volumen, satisfacción) a fecha de un día",
    ),
    (
        "classify --as-of",
        "A fecha de este día (no cuenta nada con fecha posterior) [por omisión: hoy]",
    ),
    ("classify --client", "Solo este cliente"),
    ("classify --format", "Formato de salida"),
    (
        "loyalty",
        "Fidelización de los clientes (cuadrante, cuatro condiciones, acción sugerida) a fecha de un día",
    ),
    (
        "loyalty --as-of",
        "A fecha de este día (no cuenta nada con fecha posterior) [por omisión: hoy]",
    ),
    ("loyalty --client", "Solo este cliente"),
    ("loyalty --format", "Formato de salida"),
    (
        "dashboard",
        "El panel de la tienda: cuadrantes, retención, conversión, reclamos, 24 meses, tareas",
    ),
    (
        "dashboard --as-of",
        "Cifras a fecha de este día [por omisión: hoy]",
    ),
    ("dashboard --format", "Formato de salida"),
    (
        "agenda",
        "Agendas: reservar citas, listarlas con sus choques, hojas del día, avisos, iCalendar",
    ),
    (
        "agenda add",
        "Reserva una cita y muestra su nº; si choca con otra, se rechaza salvo con --allow-clash",
    ),
    ("agenda add --agenda", "La agenda, por su nombre"),
    ("agenda add --title", "Qué es"),
    (
        "agenda add --start",
        "Comienzo: \"AAAA-MM-DD HH:MM\" (solo el día con --all-day)",
    ),
    (
        "agenda add --end",
        "Final: HH:MM del día del comienzo, una duración (30m, 1h30, +45) o \"AAAA-MM-DD HH:MM\"",
    ),
    ("agenda add --all-day", "Todo el día de --start"),
    ("agenda add --category", "Qué tipo de cita"),
    (
        "agenda add --client",
        "El cliente al que se refiere, por su nº",
    ),
    ("agenda add --location", "Dónde"),
    ("agenda add --notes", "Notas libres"),
    ("agenda add --repeat", "Cómo se repite"),
    (
        "agenda add --every",
        "Cada cuántos días/semanas/meses/años [por omisión: 1]",
    ),
    ("agenda add --until", "Último día de la serie (incluido)"),
    ("agenda add --count", "Cuántas veces"),
    (
        "agenda add --reminder",
        "Avisa estos minutos antes del comienzo",
    ),
    (
        "agenda add --allow-clash",
        "Se reserva aunque choque con otra cita de la agenda",
    ),
    (
        "agenda list",
        "Las citas de varios días seguidos (cada repetición de una serie, por separado), con sus choques",
    ),
    (
        "agenda list --agenda",
        "Solo esta agenda (repita la opción para dar varias) [por omisión: todas las agendas]",
    ),
    ("agenda list --from", "Primer día [por omisión: hoy]"),
    (
        "agenda list --to",
        "Último día, incluido [por omisión: seis días después de --from]",
    ),
    ("agenda list --format", "Formato de salida"),
    (
        "agenda export",
        "Escribe un archivo iCalendar (.ics) de una agenda o de todas",
    ),
    (
        "agenda export --agenda",
        "Solo esta agenda [por omisión: todas las agendas]",
    ),
    (
        "agenda export --output",
        "El archivo .ics que se escribe (\"-\" para la salida estándar)",
    ),
    (
        "agenda import",
        "Lee en una agenda los eventos de un archivo iCalendar (.ics): todos o ninguno",
    ),
    ("agenda import <FILE>", "El archivo .ics"),
    (
        "agenda import --agenda",
        "La agenda a la que van (se crea si no existe)",
    ),
    (
        "agenda import --dry-run",
        "Dice qué se importaría y no escribe nada",
    ),
    (
        "agenda print",
        "Una hoja del día en texto plano, para imprimir",
    ),
    ("agenda print --date", "El día [por omisión: hoy]"),
    (
        "agenda print --agenda",
        "Solo esta agenda [por omisión: todas las agendas]",
    ),
    (
        "agenda due",
        "Citas cuyo aviso toca ahora y que no han empezado (para cron)",
    ),
    ("agenda due --format", "Formato de salida"),
    ("agenda agendas", "Lista las agendas, o añade una con --add"),
    (
        "agenda agendas --add",
        "Crea una agenda nueva con este nombre",
    ),
    (
        "agenda help",
        "Muestra este mensaje o la ayuda de la(s) orden(es) indicada(s)",
    ),
    (
        "scenes",
        "Momentos de la verdad: ciclos de servicio, sus escenas, informes en Markdown",
    ),
    (
        "scenes list",
        "Cada ciclo de servicio con sus escenas en orden: pasos completos, puntuaciones, brecha, acciones",
    ),
    (
        "scenes list --format",
        "Formato de salida (JSON: un array de ciclos, cada uno con sus `scenes`)",
    ),
    (
        "scenes show",
        "Todo sobre una escena: sus cinco pasos, el plan de acción y las anotaciones ligadas",
    ),
    ("scenes show <SCENE_ID>", "Nº de la escena"),
    (
        "scenes show --format",
        "Formato de salida (el formato text es Markdown)",
    ),
    (
        "scenes report",
        "Un ciclo como informe en Markdown: resumen, los pasos de cada escena, el plan de acción",
    ),
    ("scenes report <CYCLE_ID>", "Nº del ciclo de servicio"),
    (
        "scenes report --output",
        "Escribe en este archivo en vez de en la salida estándar",
    ),
    (
        "scenes new-cycle",
        "Crea un ciclo de servicio nuevo y muestra su nº",
    ),
    (
        "scenes new-cycle <NAME>",
        "Su nombre, p. ej. \"Visita a la tienda\"",
    ),
    (
        "scenes tie",
        "Liga una anotación del registro (un reclamo, por ejemplo) a una escena como prueba; sin escena, la desliga",
    ),
    ("scenes tie <ENTRY_ID>", "Nº de la anotación"),
    ("scenes tie <SCENE_ID>", "Nº de la escena"),
    (
        "scenes help",
        "Muestra este mensaje o la ayuda de la(s) orden(es) indicada(s)",
    ),
    (
        "export",
        "Exporta listas de clientes: CSV para hojas de cálculo (rfc4180 o excel-es), vCard para teléfonos",
    ),
    (
        "export clients",
        "Clientes en CSV para hojas de cálculo y combinación de correspondencia (la cabecera son los códigos de columna)",
    ),
    (
        "export clients --output",
        "Escribe en este archivo en vez de en la salida estándar",
    ),
    (
        "export clients --dialect",
        "rfc4180: coma, fechas ISO, datos exactos; excel-es: BOM, punto y coma, dd/mm/aaaa, coma decimal, fórmulas neutralizadas",
    ),
    (
        "export clients --columns",
        "Códigos de columna separados por comas [por omisión: todos los campos de la ficha]; columnas calculadas: lifecycle, frequency, volume, satisfaction, satisfaction_gap, purchases, spend, last_purchase, referrals, open_complaints, quadrant, bonded, loyal, suggested_action",
    ),
    (
        "export clients --filter",
        "Solo los clientes que cumplen todos los términos (campo=valor, `|` entre alternativas): lifecycle, frequency, volume, satisfaction, quadrant, kind, relation, source, influence, preferred_channel, consent, tag, city",
    ),
    (
        "export clients --as-of",
        "Clases y fidelización a fecha de este día [por omisión: hoy]",
    ),
    (
        "export vcard",
        "Clientes en vCard, para teléfonos y libretas de direcciones",
    ),
    (
        "export vcard --output",
        "Escribe en este archivo en vez de en la salida estándar",
    ),
    ("export vcard --vcard-version", "Versión de vCard"),
    (
        "export vcard --filter",
        "Solo los clientes que cumplen todos los términos (campo=valor, `|` entre alternativas): lifecycle, frequency, volume, satisfaction, quadrant, kind, relation, source, influence, preferred_channel, consent, tag, city",
    ),
    (
        "export vcard --as-of",
        "Clases y fidelización a fecha de este día [por omisión: hoy]",
    ),
    (
        "export help",
        "Muestra este mensaje o la ayuda de la(s) orden(es) indicada(s)",
    ),
    (
        "import",
        "Importa listas de clientes: CSV (Google, Outlook, clientela, cualquiera con --map) o vCard",
    ),
    (
        "import clients",
        "Clientes de un archivo CSV: Google Contacts, Outlook, la propia exportación de clientela o cualquier CSV con --map. Todo o nada: la primera fila errónea lo detiene y no se escribe nada",
    ),
    ("import clients <FILE>", "El archivo CSV"),
    (
        "import clients --format",
        "De dónde viene el archivo [por omisión: se reconoce por su cabecera]",
    ),
    (
        "import clients --map",
        "Qué columna llena cada campo: \"Columna=campo,...\", p. ej. \"Cliente=name,Móvil=phone\"",
    ),
    (
        "import clients --encoding",
        "La codificación del archivo [por omisión: la que indique su marca de orden de bytes; si no, UTF-8 si es válido; si no, Windows-1252]",
    ),
    (
        "import clients --dry-run",
        "Informa de lo que se crearía, fusionaría y omitiría, y no escribe nada",
    ),
    (
        "import clients --on-duplicate",
        "Una ficha con el correo o el teléfono de un cliente que ya está (o de una ficha anterior del archivo): omitirla, fusionarla con ese cliente o añadirla igualmente",
    ),
    (
        "import vcard",
        "Clientes de un archivo vCard (2.1, 3.0, 4.0). Todo o nada",
    ),
    ("import vcard <FILE>", "El archivo .vcf"),
    (
        "import vcard --dry-run",
        "Informa de lo que se crearía, fusionaría y omitiría, y no escribe nada",
    ),
    (
        "import vcard --on-duplicate",
        "Una ficha con el correo o el teléfono de un cliente que ya está (o de una ficha anterior del archivo): omitirla, fusionarla con ese cliente o añadirla igualmente",
    ),
    (
        "import help",
        "Muestra este mensaje o la ayuda de la(s) orden(es) indicada(s)",
    ),
    (
        "demo",
        "Llena la base de datos con datos de demostración realistas",
    ),
    ("demo --clients", "Cuántos clientes"),
    (
        "demo --seed",
        "Semilla: la misma semilla da los mismos datos",
    ),
    (
        "demo --entries",
        "Cuántas anotaciones en total [por omisión: diez por cliente]",
    ),
    (
        "demo --force",
        "Sustituye por la demostración una base de datos que no esté vacía (sus clientes, registro, agenda y escenas); antes se guarda una copia de ella en backups/, a su lado",
    ),
    (
        "backup",
        "Copia la base de datos (coherente aunque otros estén escribiendo) en backups/, a su lado, o en ARCHIVO",
    ),
    (
        "backup --output",
        "Escribe la copia en este archivo en vez de en backups/<nombre>-AAAAMMDD-HHMMSS.db",
    ),
    (
        "restore",
        "Sustituye la base de datos por una copia suya, tras comprobar la copia; antes se guarda en backups/ la base de datos tal como estaba",
    ),
    (
        "restore <FILE>",
        "La copia que se restaura (hecha con `clientela backup`, o una de backups/)",
    ),
    (
        "check",
        "Comprueba ahora todas las páginas de la base de datos (quick_check de SQLite); un archivo dañado se recuerda y no se deja escribir en él hasta que se restaure una copia o una comprobación lo encuentre íntegro",
    ),
    (
        "compact",
        "Reescribe el archivo de la base de datos para que no quede en sus bytes nada de lo borrado (lo que hace `client erase`; ejecute esta orden cuando erase avise de que el archivo aún no se ha sobrescrito)",
    ),
    (
        "help",
        "Muestra este mensaje o la ayuda de la(s) orden(es) indicada(s)",
    ),
];
