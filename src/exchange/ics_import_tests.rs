//! Tests of `ics_import`.

use super::*;

#[test]
fn durations_in_minutes() {
    assert_eq!(minutes("PT1H30M"), Some(90));
    assert_eq!(minutes("-PT15M"), Some(-15));
    assert_eq!(minutes("P1D"), Some(1440));
    assert_eq!(minutes("-P1W"), Some(-10080));
    assert_eq!(minutes("PT"), Some(0));
    assert_eq!(minutes("1H"), None);
    assert_eq!(minutes("PT5X"), None);
}
