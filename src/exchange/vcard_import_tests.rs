//! Tests of `vcard_import`.

use super::*;
use chrono::NaiveDate;

#[test]
fn version_2_1_quoted_printable_and_bare_parameters() {
    let card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:N=FA=F1ez;Ana\r\n\
                TEL;CELL;VOICE:+34 600 111 222\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:L=C3=ADnea uno=0D=0A=\r\nl=C3=ADnea dos\r\nEND:VCARD\r\n";
    let read = read_vcards(card.as_bytes()).expect("reads");
    let c = &read.cards[0].card;
    assert_eq!(c.name, "Ana Núñez");
    assert_eq!(c.phones, ["+34 600 111 222"]);
    assert_eq!(c.notes, "Línea uno\nlínea dos");
}

#[test]
fn errors_point_at_the_property() {
    let bad = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEMAIL;TYPE=home:not-an-email\nEND:VCARD\n";
    let read = read_vcards(bad.as_bytes()).expect("read; checked when planned");
    let card = &read.cards[0];
    let errors = card.card.validate(NaiveDate::MAX).expect_err("email");
    assert_eq!(card.place_of(&errors[0]), (4, 17, Some("EMAIL")));
    for empty in ["", "\r\n\r\n"] {
        let err = read_vcards(empty.as_bytes()).expect_err("empty");
        assert_eq!((err.line, err.column), (1, 1));
        assert!(err.why.to_string().contains("no vCard in the file"));
    }
    let open = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\n";
    assert_eq!(read_vcards(open.as_bytes()).map_err(|e| e.line), Err(1));
    let date = "BEGIN:VCARD\nVERSION:4.0\nFN:Ana\nBDAY:19800230\nEND:VCARD\n";
    assert_eq!(read_vcards(date.as_bytes()).map_err(|e| e.line), Err(4));
}
