//! The Spanish texts of `--help`, by place: a command ("client add"), or an option or
//! argument of one ("client add --phone", "client show <ID>"); the global options and
//! the help flags by themselves ("--db", "--help"). The texts are a table in
//! `assets/help_es.tsv`; `tests/cli_help.rs` keeps it the same list as the English doc
//! comments. Also the Spanish names of the values (`<RUTA>`).

/// (place, text) for every command and option of the help, from `assets/help_es.tsv`
/// (a line each: the place, a tab, the text), read once.
pub fn help_es() -> &'static [(&'static str, &'static str)] {
    static TEXTS: std::sync::OnceLock<Vec<(&'static str, &'static str)>> =
        std::sync::OnceLock::new();
    TEXTS.get_or_init(|| {
        include_str!("../../assets/help_es.tsv")
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| line.split_once('\t'))
            .collect()
    })
}

/// The names values take in the help and the usage line, in Spanish.
pub const VALUE_NAMES_ES: &[(&str, &str)] = &[
    ("PATH", "RUTA"),
    ("DATE", "FECHA"),
    ("FILE", "ARCHIVO"),
    ("FILE.md", "ARCHIVO.md"),
    ("FILE.json", "ARCHIVO.json"),
    ("NAME", "NOMBRE"),
    ("FORMAT", "FORMATO"),
    ("WHEN", "CUÁNDO"),
    ("KIND", "TIPO"),
    ("CLIENT_ID", "ID_CLIENTE"),
    ("ENTRY_ID", "ID_ANOTACIÓN"),
    ("SCENE_ID", "ID_ESCENA"),
    ("TITLE", "TÍTULO"),
    ("TEXT", "TEXTO"),
    ("TAX_ID", "NIF"),
    ("TAG", "ETIQUETA"),
    ("SOURCE", "ORIGEN"),
    ("RELATION", "RELACIÓN"),
    ("PREFERRED_CHANNEL", "CANAL"),
    ("CHANNEL", "CANAL"),
    ("POSTCODE", "CP"),
    ("PHONE", "TELÉFONO"),
    ("EMAIL", "CORREO"),
    ("EXPECTED", "ESPERADA"),
    ("PERCEIVED", "PERCIBIDA"),
    ("NOTE", "NOTA"),
    ("NOTES", "NOTAS"),
    ("MARGIN", "MARGEN"),
    ("AMOUNT", "IMPORTE"),
    ("INFLUENCE", "INFLUENCIA"),
    ("INACTIVITY_REASON", "MOTIVO"),
    ("BUYING_BEHAVIOUR", "COMPORTAMIENTO"),
    ("CITY", "CIUDAD"),
    ("ADDRESS", "DIRECCIÓN"),
    ("SEED", "SEMILLA"),
    ("SEARCH", "BÚSQUEDA"),
    ("REPEAT", "REPETICIÓN"),
    ("ON_DUPLICATE", "SI_REPETIDA"),
    ("MINUTES", "MINUTOS"),
    ("MAP", "MAPA"),
    ("LOCATION", "LUGAR"),
    ("LIST", "LISTA"),
    ("ENTRIES", "ANOTACIONES"),
    ("ENCODING", "CODIFICACIÓN"),
    ("DIALECT", "DIALECTO"),
    ("CLIENTS", "CLIENTES"),
    ("CATEGORY", "CATEGORÍA"),
    ("COMMAND", "ORDEN"),
    ("SUBCOMMAND", "ORDEN"),
    ("name", "nombre"),
];
