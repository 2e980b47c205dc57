//! Tests of `csv_import`.

use super::*;
use chrono::NaiveDate;

fn read(text: &str) -> Result<CsvCards, ImportError> {
    read_csv(text.as_bytes(), &CsvOptions::default())
}

#[test]
fn semicolons_are_detected_outside_quotes() {
    assert_eq!(delimiter("name;phones;\"a,b\"\n"), b';');
    assert_eq!(delimiter("\"a;b;c\",x,y\n"), b',');
    assert_eq!(delimiter("single\n"), b',');
}

#[test]
fn google_multi_values_labels_and_composed_names() {
    let csv = "First Name,Middle Name,Last Name,Birthday,Labels,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Value\r\n\
               Ana,,Núñez,--02-29,* myContacts ::: vip ::: boda,* Home,ana@x.es ::: ana@y.es,+34 600 111 222\r\n";
    let got = read(csv).expect("reads");
    assert_eq!(got.columns.format, ImportFormat::Google);
    let card = &got.read.cards[0].card;
    assert_eq!(card.name, "Ana Núñez");
    assert_eq!(card.emails, ["ana@x.es", "ana@y.es"]);
    assert_eq!(card.tags, ["vip", "boda"]);
    assert_eq!(card.phones, ["+34 600 111 222"]);
    assert_eq!(
        card.birthday,
        crate::domain::dates::yearless(2, 29),
        "day and month kept"
    );
    assert!(got.read.warnings.is_empty(), "{:?}", got.read.warnings);
}

#[test]
fn row_errors_name_line_field_and_header() {
    let err = read("name,birthday\nAna,1980-02-29\nLuis,31/02/1980\n").expect_err("date");
    assert_eq!((err.line, err.column), (3, 2));
    assert!(err.why.to_string().contains("birthday") && err.why.to_string().contains("31/02/1980"));
    let err = read("name,phones\nAna,1\nLuis,2,3\n").expect_err("count");
    assert_eq!((err.line, err.column), (3, 3));
    assert!(
        err.why
            .to_string()
            .contains("3 fields where the header has 2"),
        "{err}"
    );
    let err = read("name,notes\nAna,ok\nLuis,\"never\nclosed\n").expect_err("quote");
    assert_eq!((err.line, err.column), (3, 2));
    assert!(err.why.to_string().contains("never closed"), "{err}");
    // Open at the very end of the file, with no line break after it.
    let err = read("name,notes\nAna,\"never closed").expect_err("quote at the end");
    assert_eq!((err.line, err.column), (2, 2));
    assert!(
        err.why
            .to_string()
            .contains("notes: the quote opened here is never closed")
    );
    // Quotes that close, doubled quotes inside, a quote inside an unquoted field.
    assert!(read("name,notes\n\"Ana, \"\"la\"\" de Soria\",5\"\n").is_ok());
    let err = read("name,name,phones,phones\nAna,Luisa,1,2\n").expect_err("repeated");
    assert_eq!((err.line, err.column), (1, 2));
    assert!(err.why.to_string().contains("`name` is repeated"), "{err}");
    // Old Mac files end lines with a lone CR: lines are counted the same way.
    let err = read("name\rAna\rLuis,x\r").expect_err("count");
    assert_eq!((err.line, err.column), (3, 2));
    let err = read("\"name\nnotes\nAna").expect_err("quote in the header");
    assert!(
        err.why.to_string().starts_with("header field 1: the quote"),
        "{err}"
    );
    let two = read("name,phones,Phones\nAna,600 111 222,600 333 444\n").expect("adds");
    assert_eq!(two.read.cards[0].card.phones.len(), 2);
    let err = read_csv(
        b"name,notes\nAna,caf\xe9\n",
        &CsvOptions {
            encoding: TextEncoding::Utf8,
            ..CsvOptions::default()
        },
    )
    .expect_err("bytes");
    assert_eq!((err.line, err.column), (2, 2));
    // Rules on values are checked when the import is planned, pointing here.
    let got = read("name,phones,emails\nAna,600 111 222,ana@x.es;ana-at-x.es\n").expect("reads");
    let card = &got.read.cards[0];
    let errors = card.card.validate(NaiveDate::MAX).expect_err("email");
    assert_eq!(card.place_of(&errors[0]), (2, 3, Some("emails")));
}
