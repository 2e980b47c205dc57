//! Which card field each column of an imported CSV fills: the known exports (Google
//! Contacts current and legacy, Outlook, clientela's own) recognised by their headers,
//! any other CSV through a `Column=field` mapping.

use std::str::FromStr;

use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

use super::client_csv::Column;
use crate::domain::CardField;

/// Where an imported CSV comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, EnumIter, EnumString, IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum ImportFormat {
    /// Recognised by the header.
    #[default]
    Auto,
    /// A Google Contacts export (current or legacy headers).
    Google,
    /// An Outlook contacts export (English headers).
    Outlook,
    /// clientela's own export, either dialect.
    Clientela,
    /// Any CSV; `--map` says which column is which field.
    Generic,
}

impl ImportFormat {
    /// The format's code.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// The card field a column fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, EnumString, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Field {
    /// The full name.
    Name,
    /// Given name, joined with the others when there is no full name.
    GivenName,
    /// Middle name.
    MiddleName,
    /// Family name (the first surname, or both in one column).
    FamilyName,
    /// Second surname, when a list gives it a column of its own.
    SecondSurname,
    /// Organisation: a person's organisation, or the name of a contact that has no
    /// personal name (a company).
    Company,
    /// Job title.
    JobTitle,
    /// Honorific before the name.
    Prefix,
    /// Nickname.
    Nickname,
    /// Web site.
    Website,
    /// Province or region.
    Region,
    /// Country.
    Country,
    /// Address-book identity (vCard UID).
    Uid,
    /// The card's id in the database it was exported from (clientela's own files).
    SourceId,
    /// The original id of the client who referred this one (clientela's own files).
    ReferredBy,
    /// Phones (several per cell allowed).
    Phone,
    /// Emails (several per cell allowed).
    Email,
    /// NIF/CIF.
    TaxId,
    /// Street address.
    Address,
    /// City.
    City,
    /// Postcode.
    Postcode,
    /// Birthday.
    Birthday,
    /// Notes.
    Notes,
    /// Tags (several per cell allowed).
    Tags,
    /// Person or company (codes).
    Kind,
    /// Relation (codes).
    Relation,
    /// Preferred channel (codes).
    PreferredChannel,
    /// Marketing consent (yes/no).
    MarketingConsent,
    /// When consent was given.
    ConsentDate,
    /// Source (codes).
    Source,
    /// Influence (codes).
    Influence,
    /// Buying behaviour (codes).
    BuyingBehaviour,
    /// Inactivity reason (codes).
    InactivityReason,
    /// Loyalty programme join date.
    MemberSince,
    /// Not imported.
    Ignore,
}

impl Field {
    /// Parses a field name of `--map` (`phones`, `emails`, `tag`, `note` also accepted).
    pub fn parse(name: &str) -> Result<Field, super::why::Why> {
        match name.trim() {
            "phones" => Ok(Field::Phone),
            "emails" => Ok(Field::Email),
            "tag" => Ok(Field::Tags),
            "note" => Ok(Field::Notes),
            "surname" => Ok(Field::FamilyName),
            "id" => Ok(Field::SourceId),
            "organisation" | "organization" => Ok(Field::Company),
            other => Field::from_str(other).map_err(|_| {
                let known: Vec<&str> = Field::iter().map(Into::into).collect();
                super::why::Why::UnknownField {
                    field: other.to_string(),
                    known: known.join(", "),
                }
            }),
        }
    }
}

/// Parses `--map "Column=field,..."`; a column name may not hold `=` or `,`.
pub fn parse_mapping(map: &str) -> Result<Vec<(String, Field)>, super::why::Why> {
    map.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (column, field) = pair
                .rsplit_once('=')
                .ok_or_else(|| super::why::Why::NotAPair(pair.to_string()))?;
            Ok((column.trim().to_string(), Field::parse(field)?))
        })
        .collect()
}

/// The field of one of clientela's own columns, named by its code or its Spanish or
/// English name (excel-es files name them in the UI's language).
fn clientela_field(header: &str) -> Option<Field> {
    Some(match Column::from_header(header)? {
        Column::Id => Field::SourceId,
        Column::Card(field) => Field::parse(field.code()).unwrap_or(Field::Ignore),
        _ => Field::Ignore,
    })
}

/// A header reduced to what tells it apart: accents and case folded, punctuation as
/// spaces, one space between words, a trailing number dropped (`C.P.` → `c p`,
/// `Teléfono 2` → `telefono`, `E-mail` → `e mail`).
fn header_key(header: &str) -> String {
    let folded: String = crate::domain::text::fold(header)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    {
        words.pop();
    }
    words.join(" ")
}

/// What a header usually means in a list made by hand, a Spanish spreadsheet, or a
/// Spanish Outlook or Google export (accents, case, punctuation and a trailing number
/// ignored); `split_name`: the list has a surname column, so `Nombre` is the given name.
fn common_field(header: &str, split_name: bool) -> Field {
    let key = header_key(header);
    match key.as_str() {
        "nombre" | "name" | "nombre de pila" if split_name => Field::GivenName,
        "nombre" | "nombre completo" | "nombre y apellidos" | "apellidos y nombre" | "name"
        | "full name" | "display name" | "cliente" | "razon social" => Field::Name,
        "nombre de pila" | "first name" | "given name" => Field::GivenName,
        "segundo nombre" | "middle name" | "additional name" => Field::MiddleName,
        "apellidos" | "apellido" | "primer apellido" | "apellido 1" | "surname" | "last name"
        | "family name" => Field::FamilyName,
        "segundo apellido" | "apellido 2" => Field::SecondSurname,
        "telefono"
        | "telefonos"
        | "tel"
        | "tlf"
        | "tlfno"
        | "tfno"
        | "telf"
        | "movil"
        | "telefono movil"
        | "movil personal"
        | "celular"
        | "fijo"
        | "telefono fijo"
        | "particular"
        | "telefono particular"
        | "telefono del trabajo"
        | "telefono principal"
        | "otro telefono"
        | "numero de telefono"
        | "phone"
        | "phones"
        | "mobile"
        | "mobile phone"
        | "home phone"
        | "business phone"
        | "primary phone"
        | "other phone"
        | "telephone" => Field::Phone,
        "correo"
        | "correos"
        | "email"
        | "emails"
        | "e mail"
        | "mail"
        | "correo electronico"
        | "direccion de correo electronico"
        | "direccion del correo electronico"
        | "email address"
        | "e mail address" => Field::Email,
        "nif" | "cif" | "dni" | "nie" | "nif cif" | "cif nif" | "dni nif" | "nif nie"
        | "tax id" | "vat" | "vat number" => Field::TaxId,
        "direccion"
        | "domicilio"
        | "calle"
        | "direccion postal"
        | "calle del domicilio"
        | "calle de residencia"
        | "calle del trabajo"
        | "otra calle"
        | "address"
        | "street"
        | "home street"
        | "business street" => Field::Address,
        "ciudad"
        | "localidad"
        | "poblacion"
        | "municipio"
        | "ciudad de residencia"
        | "ciudad de trabajo"
        | "otra ciudad"
        | "city"
        | "town"
        | "home city"
        | "business city" => Field::City,
        "cp"
        | "c p"
        | "codigo postal"
        | "cod postal"
        | "codigo postal del trabajo"
        | "codigo postal del domicilio"
        | "codigo postal de residencia"
        | "otro codigo postal"
        | "postcode"
        | "postal code"
        | "zip"
        | "zip code"
        | "home postal code"
        | "business postal code" => Field::Postcode,
        "empresa" | "compania" | "organizacion" | "company" | "organization" | "organisation" => {
            Field::Company
        }
        "cargo" | "puesto" | "job title" | "title in company" => Field::JobTitle,
        "tratamiento" | "prefijo" | "prefix" | "name prefix" => Field::Prefix,
        "apodo" | "alias" | "mote" | "nickname" => Field::Nickname,
        "web" | "pagina web" | "sitio web" | "website" | "web page" | "url" => Field::Website,
        "provincia"
        | "region"
        | "provincia o estado"
        | "provincia o estado de trabajo"
        | "provincia o estado de residencia"
        | "otra provincia o estado"
        | "state"
        | "home state"
        | "business state" => Field::Region,
        "pais"
        | "pais o region"
        | "pais o region del trabajo"
        | "pais o region del domicilio"
        | "pais o region de residencia"
        | "otro pais o region"
        | "country"
        | "country region"
        | "home country region"
        | "business country region" => Field::Country,
        "notas" | "nota" | "observaciones" | "comentarios" | "notes" | "note" | "comments" => {
            Field::Notes
        }
        "cumpleanos"
        | "fecha de nacimiento"
        | "fecha nacimiento"
        | "f nacimiento"
        | "nacimiento"
        | "birthday"
        | "date of birth"
        | "birth date" => Field::Birthday,
        "etiquetas" | "etiqueta" | "categorias" | "grupos" | "tags" | "labels" | "categories" => {
            Field::Tags
        }
        _ => Field::parse(header.trim()).unwrap_or(Field::Ignore),
    }
}

#[path = "import_known.rs"]
mod known;
use known::{google_field, numbered, outlook_field};

/// The format a header says the file is in; `Generic` when none is recognised.
pub fn detect(headers: &[&str]) -> ImportFormat {
    let has = |h: &str| headers.contains(&h);
    let google_numbered = headers.iter().any(|h| {
        matches!(
            numbered(h),
            Some((
                "E-mail" | "Phone" | "Correo electrónico" | "Teléfono",
                "Value" | "Valor"
            )) | Some(("Organization" | "Organización", "Name" | "Nombre"))
        )
    });
    if has("Group Membership") || has("Labels") || google_numbered {
        ImportFormat::Google
    } else if has("E-mail Address") || has("Mobile Phone") || has("Categories") {
        ImportFormat::Outlook
    } else if headers
        .iter()
        .any(|h| Column::from_header(h) == Some(Column::Card(CardField::Name)))
        && headers.iter().all(|h| clientela_field(h).is_some())
    {
        // Our own file, by its whole header set: every column is one of ours, so its
        // Nombre is the full name (a foreign list's Nombre beside Apellidos is not).
        ImportFormat::Clientela
    } else {
        ImportFormat::Generic
    }
}

/// The field of every column: the format's own table, then `mapping` on top (by
/// exact header). Fails when a mapped column is not in the header or no column
/// gives a name.
pub fn fields(
    headers: &[&str],
    format: ImportFormat,
    mapping: &[(String, Field)],
) -> Result<Vec<Field>, super::why::Why> {
    // `Nombre` beside a surname column is the given name, unless another column is
    // (`Nombre de pila`): then it is the whole name.
    let has = |field: Field| headers.iter().any(|h| common_field(h, false) == field);
    let split_name = has(Field::FamilyName) && !has(Field::GivenName);
    let mut fields: Vec<Field> = headers
        .iter()
        .map(|h| match format {
            ImportFormat::Google => google_field(h),
            ImportFormat::Outlook => outlook_field(h),
            ImportFormat::Clientela => clientela_field(h).unwrap_or(Field::Ignore),
            // A generic header that is a field's name (`name`, `phone`, `Email`…) or a
            // usual name of one (`Teléfono`, `Apellidos`) fills it.
            ImportFormat::Auto | ImportFormat::Generic => common_field(h, split_name),
        })
        .collect();
    for (column, field) in mapping {
        let i =
            headers
                .iter()
                .position(|h| h == column)
                .ok_or_else(|| super::why::Why::MapColumn {
                    column: column.clone(),
                    headers: headers.join(", "),
                })?;
        fields[i] = *field;
    }
    let named = fields.iter().any(|f| {
        matches!(
            f,
            Field::Name | Field::GivenName | Field::FamilyName | Field::Company
        )
    });
    if !named {
        return Err(super::why::Why::NoNameColumn(headers.join(", ")));
    }
    Ok(fields)
}

#[cfg(test)]
#[path = "import_map_tests.rs"]
mod tests;
