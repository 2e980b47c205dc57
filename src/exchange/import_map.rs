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
    /// Family name.
    FamilyName,
    /// Organisation: the name of a contact that has no personal name (a company).
    Company,
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

/// The field of a header of clientela's export; `None` when it is not one of ours. A
/// card column fills the field of the same code (`referred_by` names an id of another
/// database, and ids, timestamps and computed columns are the export's own: ignored).
/// The field of one of clientela's own columns, named by its code or its Spanish or
/// English name (excel-es files name them in the UI's language).
fn clientela_field(header: &str) -> Option<Field> {
    Some(match Column::from_header(header)? {
        Column::Card(field) => Field::parse(field.code()).unwrap_or(Field::Ignore),
        _ => Field::Ignore,
    })
}

/// What a header of a list made by hand usually means, in Spanish or English (accents
/// and case ignored); `split_name`: the list has a family-name column, so `Nombre` is
/// the given name.
fn common_field(header: &str, split_name: bool) -> Field {
    let h = crate::domain::text::fold(header.trim());
    match h.as_str() {
        "nombre" | "name" if split_name => Field::GivenName,
        "nombre" | "nombre completo" | "name" | "full name" | "cliente" => Field::Name,
        "apellidos" | "apellido" | "surname" | "last name" | "family name" => Field::FamilyName,
        "telefono" | "telefonos" | "movil" | "tel" | "tlf" | "phone" | "mobile" => Field::Phone,
        "correo" | "email" | "e-mail" | "correo electronico" | "mail" => Field::Email,
        "nif" | "cif" | "dni" | "nif/cif" => Field::TaxId,
        "direccion" | "domicilio" | "address" => Field::Address,
        "ciudad" | "localidad" | "poblacion" | "city" => Field::City,
        "cp" | "codigo postal" | "postcode" | "zip" => Field::Postcode,
        "empresa" | "company" => Field::Company,
        "notas" | "observaciones" | "notes" => Field::Notes,
        "cumpleanos" | "fecha de nacimiento" | "birthday" => Field::Birthday,
        other => Field::parse(other).unwrap_or(Field::Ignore),
    }
}

/// `E-mail 2 - Value` → `Some(("E-mail", "Value"))`: Google's numbered columns.
fn numbered(header: &str) -> Option<(&str, &str)> {
    let (head, tail) = header.split_once(" - ")?;
    let (kind, number) = head.rsplit_once(' ')?;
    number.parse::<u32>().ok()?;
    Some((kind, tail))
}

fn google_field(header: &str) -> Field {
    match header {
        "Name" => Field::Name,
        "First Name" | "Given Name" => Field::GivenName,
        "Middle Name" | "Additional Name" => Field::MiddleName,
        "Last Name" | "Family Name" => Field::FamilyName,
        "Organization Name" => Field::Company,
        "Birthday" => Field::Birthday,
        "Notes" => Field::Notes,
        "Labels" | "Group Membership" => Field::Tags,
        _ => match numbered(header) {
            Some(("E-mail", "Value")) => Field::Email,
            Some(("Phone", "Value")) => Field::Phone,
            Some(("Address", "Street")) => Field::Address,
            Some(("Address", "City")) => Field::City,
            Some(("Address", "Postal Code")) => Field::Postcode,
            Some(("Organization", "Name")) => Field::Company,
            _ => Field::Ignore,
        },
    }
}

fn outlook_field(header: &str) -> Field {
    match header {
        "First Name" => Field::GivenName,
        "Middle Name" => Field::MiddleName,
        "Last Name" => Field::FamilyName,
        "Company" => Field::Company,
        "E-mail Address" | "E-mail 2 Address" | "E-mail 3 Address" => Field::Email,
        "Mobile Phone" | "Primary Phone" | "Home Phone" | "Home Phone 2" | "Business Phone"
        | "Business Phone 2" | "Other Phone" | "Company Main Phone" => Field::Phone,
        "Home Street" | "Business Street" | "Other Street" => Field::Address,
        "Home City" | "Business City" | "Other City" => Field::City,
        "Home Postal Code" | "Business Postal Code" | "Other Postal Code" => Field::Postcode,
        "Birthday" => Field::Birthday,
        "Notes" => Field::Notes,
        "Categories" => Field::Tags,
        _ => Field::Ignore,
    }
}

/// The format a header says the file is in; `Generic` when none is recognised.
pub fn detect(headers: &[&str]) -> ImportFormat {
    let has = |h: &str| headers.contains(&h);
    let google_numbered = headers.iter().any(|h| {
        matches!(
            numbered(h),
            Some(("E-mail" | "Phone", "Value")) | Some(("Organization", "Name"))
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
    let split_name = headers
        .iter()
        .any(|h| common_field(h, false) == Field::FamilyName);
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
mod tests {
    use super::*;

    #[test]
    fn headers_tell_the_format() {
        let google = ["First Name", "Last Name", "E-mail 1 - Value", "Labels"];
        assert_eq!(detect(&google), ImportFormat::Google);
        let legacy = ["Name", "Given Name", "Family Name", "Group Membership"];
        assert_eq!(detect(&legacy), ImportFormat::Google);
        let outlook = ["First Name", "Last Name", "E-mail Address", "Mobile Phone"];
        assert_eq!(detect(&outlook), ImportFormat::Outlook);
        assert_eq!(
            detect(&["id", "name", "phones", "lifecycle"]),
            ImportFormat::Clientela
        );
        assert_eq!(detect(&["Cliente", "Tel"]), ImportFormat::Generic);
    }

    /// clientela's own files by their whole header set, in codes, Spanish or English;
    /// a list made by hand by the usual names, `Nombre` beside `Apellidos` being the
    /// given name.
    #[test]
    fn our_spanish_headers_and_a_hand_made_lists_usual_names() {
        let ours = [
            "Nombre",
            "Teléfonos",
            "Correos",
            "Ciudad",
            "Ciclo",
            "Cuadrante",
        ];
        assert_eq!(detect(&ours), ImportFormat::Clientela);
        assert_eq!(
            fields(&ours, ImportFormat::Clientela, &[]),
            Ok(vec![
                Field::Name,
                Field::Phone,
                Field::Email,
                Field::City,
                Field::Ignore,
                Field::Ignore
            ])
        );
        assert_eq!(
            detect(&["Name", "Phones", "Lifecycle"]),
            ImportFormat::Clientela
        );
        let foreign = [
            "Nombre",
            "Apellidos",
            "Teléfono",
            "Correo electrónico",
            "Población",
        ];
        assert_eq!(detect(&foreign), ImportFormat::Generic);
        assert_eq!(
            fields(&foreign, ImportFormat::Generic, &[]),
            Ok(vec![
                Field::GivenName,
                Field::FamilyName,
                Field::Phone,
                Field::Email,
                Field::City
            ])
        );
        assert_eq!(
            fields(&["Nombre", "Móvil"], ImportFormat::Generic, &[]),
            Ok(vec![Field::Name, Field::Phone])
        );
    }

    #[test]
    fn numbered_google_columns_and_the_mapping() {
        let h = [
            "Given Name",
            "Phone 2 - Value",
            "Address 1 - City",
            "Phone 1 - Type",
        ];
        assert_eq!(
            fields(&h, ImportFormat::Google, &[]),
            Ok(vec![
                Field::GivenName,
                Field::Phone,
                Field::City,
                Field::Ignore
            ])
        );
        let map = parse_mapping("Cliente=name, Tel=phone").expect("map");
        assert_eq!(
            fields(&["Cliente", "Tel", "X"], ImportFormat::Generic, &map),
            Ok(vec![Field::Name, Field::Phone, Field::Ignore])
        );
        assert_eq!(
            fields(&["Name", "phone", "Fax"], ImportFormat::Generic, &[]),
            Ok(vec![Field::Name, Field::Phone, Field::Ignore]),
            "field names need no mapping"
        );
        let err = fields(&["Código"], ImportFormat::Generic, &[])
            .expect_err("no name")
            .to_string();
        assert!(err.contains("--map") && err.contains("Código"), "{err}");
        let err = fields(&["A"], ImportFormat::Generic, &map)
            .expect_err("not there")
            .to_string();
        assert!(err.contains("`Cliente`"), "{err}");
        assert!(parse_mapping("Cliente=fax").is_err());
        assert!(parse_mapping("Cliente").is_err());
    }
}
