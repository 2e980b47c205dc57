//! The columns of the exports other programs write (Google Contacts, Outlook): each
//! header's field.

use super::{Field, common_field};

/// `E-mail 2 - Value` → `Some(("E-mail", "Value"))`: Google's numbered columns.
pub(super) fn numbered(header: &str) -> Option<(&str, &str)> {
    let (head, tail) = header.split_once(" - ")?;
    let (kind, number) = head.rsplit_once(' ')?;
    number.parse::<u32>().ok()?;
    Some((kind, tail))
}

pub(super) fn google_field(header: &str) -> Field {
    match header {
        "Name" => Field::Name,
        "First Name" | "Given Name" => Field::GivenName,
        "Middle Name" | "Additional Name" => Field::MiddleName,
        "Last Name" | "Family Name" => Field::FamilyName,
        "Organization Name" => Field::Company,
        "Organization Title" => Field::JobTitle,
        "Name Prefix" => Field::Prefix,
        "Nickname" => Field::Nickname,
        "Birthday" => Field::Birthday,
        "Notes" => Field::Notes,
        "Labels" | "Group Membership" => Field::Tags,
        // Numbered columns, in English or Spanish.
        _ => match numbered(header) {
            Some(("E-mail" | "Correo electrónico", "Value" | "Valor")) => Field::Email,
            Some(("Phone" | "Teléfono", "Value" | "Valor")) => Field::Phone,
            Some(("Address" | "Dirección", "Street" | "Calle")) => Field::Address,
            Some(("Address" | "Dirección", "City" | "Ciudad")) => Field::City,
            Some(("Address" | "Dirección", "Postal Code" | "Código postal")) => Field::Postcode,
            Some(("Organization" | "Organización", "Name" | "Nombre")) => Field::Company,
            Some(("Organization" | "Organización", "Title" | "Cargo")) => Field::JobTitle,
            Some(("Address" | "Dirección", "Region" | "Región")) => Field::Region,
            Some(("Address" | "Dirección", "Country" | "País")) => Field::Country,
            Some(("Website" | "Sitio web", "Value" | "Valor")) => Field::Website,
            _ => common_field(header, true),
        },
    }
}

pub(super) fn outlook_field(header: &str) -> Field {
    match header {
        "First Name" => Field::GivenName,
        "Middle Name" => Field::MiddleName,
        "Last Name" => Field::FamilyName,
        "Company" => Field::Company,
        "Job Title" => Field::JobTitle,
        "Title" => Field::Prefix,
        "Web Page" => Field::Website,
        "Home State" | "Business State" | "Other State" => Field::Region,
        "Home Country/Region" | "Business Country/Region" | "Other Country/Region" => {
            Field::Country
        }
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
