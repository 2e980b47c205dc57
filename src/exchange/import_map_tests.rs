//! Tests of `import_map`.

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

/// The usual names of a Spanish list and of a Spanish Outlook export, spelt as
/// people spell them.
#[test]
fn spanish_headers_and_their_variants() {
    let cases = [
        ("C.P.", Field::Postcode),
        ("Cód. postal", Field::Postcode),
        ("Código Postal", Field::Postcode),
        ("Tlf.", Field::Phone),
        ("Tfno", Field::Phone),
        ("Teléfono 2", Field::Phone),
        ("Teléfono móvil", Field::Phone),
        ("Particular", Field::Phone),
        ("E-mail", Field::Email),
        ("Correo Electrónico", Field::Email),
        ("Dirección de correo electrónico 2", Field::Email),
        ("Dirección del correo electrónico 3", Field::Email),
        ("Domicilio", Field::Address),
        ("Calle del trabajo", Field::Address),
        ("Localidad", Field::City),
        ("Municipio", Field::City),
        ("Ciudad de trabajo", Field::City),
        ("DNI", Field::TaxId),
        ("NIF/CIF", Field::TaxId),
        ("Organización", Field::Company),
        ("Observaciones", Field::Notes),
        ("Fecha de nacimiento", Field::Birthday),
        ("Categorías", Field::Tags),
        ("Segundo nombre", Field::MiddleName),
        ("Primer apellido", Field::FamilyName),
        ("Segundo apellido", Field::SecondSurname),
        ("Saldo pendiente (€)", Field::Ignore),
    ];
    for (header, field) in cases {
        assert_eq!(common_field(header, true), field, "{header}");
    }
    let outlook_es = [
        "Nombre",
        "Segundo nombre",
        "Apellidos",
        "Organización",
        "Dirección de correo electrónico",
        "Teléfono móvil",
        "Código postal del trabajo",
        "Categorías",
    ];
    assert_eq!(
        fields(&outlook_es, detect(&outlook_es), &[]),
        Ok(vec![
            Field::GivenName,
            Field::MiddleName,
            Field::FamilyName,
            Field::Company,
            Field::Email,
            Field::Phone,
            Field::Postcode,
            Field::Tags
        ])
    );
    let google_es = [
        "Nombre",
        "Correo electrónico 1 - Valor",
        "Teléfono 1 - Valor",
    ];
    assert_eq!(detect(&google_es), ImportFormat::Google);
    assert_eq!(
        fields(&google_es, ImportFormat::Google, &[]),
        Ok(vec![Field::GivenName, Field::Email, Field::Phone])
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

#[test]
fn nombre_beside_nombre_de_pila_is_the_whole_name() {
    let h = [
        "Nombre",
        "Nombre de pila",
        "Primer apellido",
        "Segundo apellido",
    ];
    assert_eq!(
        fields(&h, ImportFormat::Generic, &[]),
        Ok(vec![
            Field::Name,
            Field::GivenName,
            Field::FamilyName,
            Field::SecondSurname
        ])
    );
}
