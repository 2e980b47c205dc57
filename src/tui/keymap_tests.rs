use super::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, NONE)
}

#[test]
fn first_context_that_binds_the_key_wins() {
    let ctx = [Context::Global, Context::List, Context::TopLevel];
    assert_eq!(lookup(&ctx, &key(Char('j'))), Some(Action::MoveDown));
    assert_eq!(lookup(&ctx, &key(Char('q'))), Some(Action::Quit));
    assert_eq!(
        lookup(&ctx, &KeyEvent::new(Char('c'), CTRL)),
        Some(Action::ForceQuit)
    );
    assert_eq!(lookup(&ctx, &key(Char('z'))), None);
    assert_eq!(lookup(&[Context::Search], &key(Char('q'))), None);
}

#[test]
fn shifted_characters_match_without_naming_shift() {
    let ctx = [Context::List];
    assert_eq!(
        lookup(&ctx, &KeyEvent::new(Char('G'), KeyModifiers::SHIFT)),
        Some(Action::Last)
    );
    assert_eq!(
        lookup(
            &[Context::FormText],
            &KeyEvent::new(BackTab, KeyModifiers::SHIFT)
        ),
        Some(Action::PrevField)
    );
}

#[test]
fn help_groups_keys_of_one_action() {
    let lines = help_lines(&[Context::List, Context::TopLevel], false);
    assert!(lines.contains(&("j/↓".to_string(), Msg::Keys(crate::i18n::KeyMsg::KeyDown))));
    assert!(lines.contains(&("1-4".to_string(), Msg::Keys(crate::i18n::KeyMsg::KeyTab))));
    let status = help_lines(&[Context::FormText], true);
    assert!(status.contains(&(
        "Ctrl-S".to_string(),
        Msg::Keys(crate::i18n::KeyMsg::KeySave)
    )));
}

#[test]
fn every_tab_has_its_number_key() {
    for tab in Tab::ALL {
        let digit = char::from_digit(tab.number() as u32, 10).expect("a digit");
        assert_eq!(
            lookup(&[Context::TopLevel], &key(Char(digit))),
            Some(Action::SwitchTab(tab)),
            "{tab:?}"
        );
    }
}

#[test]
fn no_key_is_bound_twice_in_one_context() {
    for (i, a) in BINDINGS.iter().enumerate() {
        for b in &BINDINGS[i + 1..] {
            assert!(
                !(a.context == b.context && a.code == b.code && a.mods == b.mods),
                "{:?} {:?} bound twice",
                a.context,
                a.code
            );
        }
    }
}
