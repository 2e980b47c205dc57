//! Tests of `person_name`.

use super::*;

fn parts(given: &str, surname: &str, second: &str) -> NameParts {
    let o = |s: &str| Some(s.to_string()).filter(|s| !s.is_empty());
    NameParts {
        given: o(given),
        surname: o(surname),
        second: o(second),
    }
}

#[test]
fn spanish_names_split_into_given_name_and_surnames() {
    let table = [
        (
            "Mª Ángeles Güemes Muñoz",
            parts("Mª Ángeles", "Güemes", "Muñoz"),
        ),
        (
            "José Luis de la Fuente García",
            parts("José Luis", "de la Fuente", "García"),
        ),
        (
            "María del Carmen Ruiz López",
            parts("María del Carmen", "Ruiz", "López"),
        ),
        ("José García López", parts("José", "García", "López")),
        ("Juan Carlos Pérez", parts("Juan Carlos", "Pérez", "")),
        ("Carmen de la Fuente", parts("Carmen", "de la Fuente", "")),
        ("Ana Ruiz", parts("Ana", "Ruiz", "")),
        ("Madonna", parts("Madonna", "", "")),
        // Ambiguous: both words are given names; kept whole, no surname.
        ("Ana María", parts("Ana María", "", "")),
        (
            "Güemes Muñoz, Mª Ángeles",
            parts("Mª Ángeles", "Güemes", "Muñoz"),
        ),
        ("Núñez, Ana \"la del 5º\"", parts("Ana", "Núñez", "")),
        ("Luis Gil (hijo)", parts("Luis", "Gil", "")),
        ("Javier Cruz Ferrer", parts("Javier", "Cruz", "Ferrer")),
        (
            "Julia Vicente Navarro",
            parts("Julia", "Vicente", "Navarro"),
        ),
        ("María del Mar Ruiz", parts("María del Mar", "Ruiz", "")),
        ("Ana Mª de la Cruz", parts("Ana Mª", "de la Cruz", "")),
        (
            "Francisco Javier San José Gil",
            parts("Francisco Javier", "San José", "Gil"),
        ),
        (
            "Dña. Carmen Sevilla Ruiz",
            parts("Carmen", "Sevilla", "Ruiz"),
        ),
        ("", parts("", "", "")),
    ];
    for (name, want) in table {
        assert_eq!(split_name(name), want, "{name}");
    }
}

/// A part given by hand stays; the others come from what is left of the name.
#[test]
fn parts_given_by_hand_are_completed_from_the_name() {
    let table = [
        (
            "Ana Ruiz Gil",
            parts("", "", "Gil"),
            parts("Ana", "Ruiz", "Gil"),
        ),
        (
            "Eva Soto Paz",
            parts("", "Soto", ""),
            parts("Eva", "Soto", "Paz"),
        ),
        (
            "Luz Mar Vela",
            parts("Luz Mar", "", ""),
            parts("Luz Mar", "Vela", ""),
        ),
        (
            "Pedro Sánchez Gil",
            parts("Pedro", "X", ""),
            parts("Pedro", "X", ""),
        ),
        ("Ana Ruiz", parts("", "", ""), parts("Ana", "Ruiz", "")),
        ("Rosa Sa", parts("", "Sa", ""), parts("Rosa", "Sa", "")),
        (
            "Marisol Sol Ruiz",
            parts("", "Sol", ""),
            parts("Marisol", "Sol", "Ruiz"),
        ),
        (
            "Luis Gómez",
            parts("Luisito", "", ""),
            parts("Luisito", "Gómez", ""),
        ),
    ];
    for (name, given, want) in table {
        assert_eq!(complete(name, &given), want, "{name} with {given:?}");
    }
    assert_eq!(honorific("Dña. Carmen Ruiz"), Some(("Dña.", "Carmen Ruiz")));
    assert_eq!(honorific("Dora Ruiz"), None);
}

#[test]
fn people_sort_by_surnames_then_given_name() {
    let key = |n: &str| person_sort_key(n, &split_name(n));
    let mut names = vec![
        "Zoe Álvarez Ruiz",
        "Ana Ruiz Gil",
        "Bea Ruiz Abad",
        "José Luis de la Fuente García",
        "Ana Ñúñez",
        "Carlos Núñez",
        "Madonna",
    ];
    names.sort_by_key(|n| key(n));
    assert_eq!(
        names,
        [
            "Zoe Álvarez Ruiz",
            "José Luis de la Fuente García",
            "Madonna",
            "Carlos Núñez",
            "Ana Ñúñez",
            "Bea Ruiz Abad",
            "Ana Ruiz Gil",
        ]
    );
}
