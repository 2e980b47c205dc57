use super::*;
use crate::i18n::Lang;
use crossterm::event::{KeyCode, KeyModifiers};

fn now() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("date")
}

fn typed(q: &mut QuickLog, text: &str) {
    for c in text.chars() {
        q.type_key(
            KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
            &Locale::new(crate::i18n::Lang::En, "auto"),
        );
    }
}

#[test]
fn a_purchase_asks_for_the_amount_and_an_optional_margin() {
    let locale = Locale::new(Lang::Es, "auto");
    let mut q = QuickLog::new(7, "Ana".into(), EntryKind::Purchase, false);
    assert_eq!(q.fields(), [QuickField::Amount, QuickField::Margin]);
    typed(&mut q, "12,5,0");
    assert!(q.to_entry(now(), &locale).is_err());
    let mut q = QuickLog::new(7, "Ana".into(), EntryKind::Purchase, false);
    typed(&mut q, "12,50");
    let e = q.to_entry(now(), &locale).expect("valid");
    assert_eq!((e.client_id, e.amount_cents, e.at), (7, Some(1250), now()));
}

#[test]
fn any_kind_with_a_valuation() {
    let locale = Locale::new(Lang::En, "auto");
    let mut q = QuickLog::new(7, "Ana".into(), EntryKind::Visit, true);
    assert_eq!(
        q.fields(),
        [
            QuickField::Kind,
            QuickField::Note,
            QuickField::Expected,
            QuickField::Perceived
        ]
    );
    q.move_focus(2);
    q.cycle(3);
    assert!(
        q.to_entry(now(), &locale).is_err(),
        "expected without perceived"
    );
    q.move_focus(1);
    q.cycle(-1);
    let e = q.to_entry(now(), &locale).expect("valid");
    assert_eq!(
        e.valuation,
        Some(Valuation {
            expected: 3,
            perceived: 5
        })
    );
    q.focus = QuickField::Kind;
    q.cycle(1);
    assert_eq!(q.kind, EntryKind::Call);
    assert_eq!(q.fields(), [QuickField::Kind, QuickField::Note]);
}

#[test]
fn a_complaint_needs_its_text() {
    let locale = Locale::new(Lang::Es, "auto");
    let mut q = QuickLog::new(7, "Ana".into(), EntryKind::Complaint, false);
    assert!(q.to_entry(now(), &locale).is_err());
    typed(&mut q, "Llegó roto");
    assert_eq!(
        q.to_entry(now(), &locale).map(|e| e.note),
        Ok("Llegó roto".to_string())
    );
}
