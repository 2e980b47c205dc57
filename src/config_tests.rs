//! Tests of `config`.

use super::*;

fn parse(text: &str) -> Result<Config, ConfigError> {
    Config::parse(text, Path::new("/tmp/c.toml"))
}

#[test]
fn empty_file_is_all_defaults() {
    assert_eq!(parse("").expect("empty config"), Config::default());
}

#[test]
fn the_example_file_is_the_defaults() {
    let example = include_str!("../config.example.toml");
    let uncommented: String = example
        .lines()
        .filter(|l| !l.trim_start().starts_with("# database"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        parse(&uncommented).expect("example parses"),
        Config::default()
    );
}

#[test]
fn agenda_colours_are_names_or_hex_and_a_wrong_one_is_named() {
    let config = parse("[agenda.colours]\nJefe = \"lightblue\"\n\"Secretaría\" = \"#00aa00\"\n")
        .expect("colours");
    assert_eq!(
        config.agenda.colours.get("Jefe"),
        Some(&ratatui::style::Color::LightBlue)
    );
    assert_eq!(
        config.agenda.colours.get("Secretaría"),
        Some(&ratatui::style::Color::Rgb(0, 0xaa, 0))
    );
    let text = parse("[agenda.colours]\nJefe = \"azulito\"\n")
        .expect_err("not a colour")
        .to_string();
    assert!(
        text.contains("`azulito` (agenda `Jefe`) is not a colour"),
        "{text}"
    );
}

#[test]
fn unknown_key_names_file_line_and_key() {
    let err = parse("language = \"es\"\n\n[classification]\nactive_dayz = 90\n")
        .expect_err("unknown key");
    let text = err.to_string();
    assert!(
        text.starts_with("config file /tmp/c.toml, line 4, key `classification.active_dayz`"),
        "{text}"
    );
}

#[test]
fn wrong_type_names_file_line_and_key() {
    let err = parse("[loyalty]\nbond_months = \"doce\"\n").expect_err("wrong type");
    let text = err.to_string();
    assert!(
        text.starts_with("config file /tmp/c.toml, line 2, key `loyalty.bond_months`"),
        "{text}"
    );
}

#[test]
fn bad_values_are_refused_with_their_key() {
    let err = parse("[classification]\nhabitual_min = 20\n").expect_err("range");
    assert!(
        err.to_string()
            .contains("line 2, key `classification.habitual_min`"),
        "{err}"
    );
    let err = parse("date_format = \"%Q\"\n").expect_err("pattern");
    assert!(err.to_string().contains("key `date_format`"), "{err}");
}

#[test]
fn a_tilde_means_home() {
    let expanded = expand_home(Path::new("~/tienda/clientela.db"));
    assert!(expanded.ends_with("tienda/clientela.db"));
    assert!(!expanded.starts_with("~"), "{}", expanded.display());
    assert_eq!(expand_home(Path::new("/srv/c.db")), Path::new("/srv/c.db"));
}

#[test]
fn demo_database_sits_beside_the_real_one() {
    assert_eq!(
        demo_database_beside(Path::new("/data/clientela/clientela.db")),
        Path::new("/data/clientela/clientela-demo.db")
    );
}
