//! `--help` in the user's language. The English texts are the doc comments of the
//! argument structs (clap's derive); in Spanish each command's and each option's text
//! is looked up in [`help_es`] by its place ("client add --phone"), and clap's own
//! words (headings, "Print help", the lists of values, defaults and variables) are
//! said in Spanish too.

use clap::builder::PossibleValue;
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::help_es::{VALUE_NAMES_ES, help_es};
use crate::i18n::{CliMsg as C, fill};
use crate::i18n::{Lang, Locale};

/// Parses the command line, with its help and its mistakes in `locale`'s language.
pub fn parse(locale: &Locale) -> Result<Cli, clap::Error> {
    let mut command = command(locale);
    let matches = command.try_get_matches_from_mut(std::env::args_os())?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))
}

/// The whole command line, its help in `locale`'s language.
pub fn command(locale: &Locale) -> Command {
    let mut command = Cli::command();
    match locale.lang {
        Lang::En => command,
        Lang::Es => {
            // Built first, so the help flags, the `help` command and the global
            // options are in every command and are said in Spanish there too.
            command.build();
            spanish(command, "", locale)
        }
    }
}

/// The place of `arg` in `path`, as [`help_es`] names it: "client add --phone",
/// "client show <ID>".
pub fn arg_key(path: &str, arg: &Arg) -> String {
    let name = match arg.get_long() {
        Some(long) => format!("--{long}"),
        None => format!("<{}>", arg.get_id().as_str().to_uppercase()),
    };
    format!("{path} {name}").trim_start().to_string()
}

/// A text of [`help_es`]: by place, else (the help and version flags and the global
/// options, which are everywhere) by the option alone.
fn text_for(key: &str) -> Option<&'static str> {
    let alone = key.rsplit(' ').next().unwrap_or(key);
    let find = |k: &str| {
        help_es()
            .iter()
            .find(|(place, _)| *place == k)
            .map(|(_, t)| *t)
    };
    // `help client add` says what `client add` does.
    let helped = key
        .strip_prefix("help ")
        .filter(|_| key.split(' ').count() > 1);
    find(key)
        .or_else(|| helped.and_then(find))
        .or_else(|| find(alone).filter(|_| alone.starts_with("--")))
}

fn spanish(mut command: Command, path: &str, l: &Locale) -> Command {
    if let Some(about) = text_for(if path.is_empty() { "clientela" } else { path }) {
        let long = about.contains("\n\n").then_some(about);
        command = command.about(first_paragraph(about)).long_about(long);
    }
    command = command
        .subcommand_help_heading(l.t(C::HelpCommands))
        .subcommand_value_name(l.t(C::HelpCommand));
    let ids: Vec<(String, String)> = command
        .get_arguments()
        .map(|a| (a.get_id().to_string(), arg_key(path, a)))
        .collect();
    for (id, key) in ids {
        command = command.mut_arg(id, |arg| spanish_arg(arg, &key, l));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let inner = format!("{path} {name}").trim_start().to_string();
        command = command.mut_subcommand(name, |c| spanish(c, &inner, l));
    }
    command
}

/// One option in Spanish: its text, then what clap would add in English (the values
/// it takes, its default, its variable) in Spanish.
fn spanish_arg(mut arg: Arg, key: &str, l: &Locale) -> Arg {
    if arg.is_hide_set() {
        return arg;
    }
    let mut text = text_for(key).unwrap_or_default().to_string();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(PossibleValue::get_name)
        .map(str::to_string)
        .collect();
    let takes_value = matches!(arg.get_action(), ArgAction::Set | ArgAction::Append);
    if takes_value && !values.is_empty() {
        text.push(' ');
        text.push_str(&fill(l.t(C::HelpValues), values.join(", ")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    // Not twice where the text already says it.
    if takes_value
        && !defaults.is_empty()
        && !arg.is_hide_default_value_set()
        && !text.contains(l.t(C::HelpDefaultSaid))
    {
        text.push(' ');
        text.push_str(&fill(l.t(C::HelpDefault), defaults.join(", ")));
    }
    if let Some(env) = arg.get_env()
        && !arg.is_hide_env_set()
    {
        text.push(' ');
        text.push_str(&fill(l.t(C::HelpVariable), env.to_string_lossy()));
    }
    let names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(ToString::to_string).collect(),
        None if takes_value || arg.is_positional() => vec![arg.get_id().as_str().to_uppercase()],
        None => Vec::new(),
    };
    let spanish: Option<Vec<&'static str>> = names.iter().map(|n| value_name(n)).collect();
    if let Some(spanish) = spanish.filter(|s| !s.is_empty()) {
        arg = arg.value_names(spanish);
    }
    let heading = l.t(if arg.is_positional() {
        C::HelpArguments
    } else {
        C::HelpOptions
    });
    // A long help only for texts of several paragraphs, as clap does in English (one
    // makes `--help` list every option on two lines).
    arg = if text.contains("\n\n") {
        arg.long_help(text.clone())
    } else {
        arg.long_help(None::<&str>)
    };
    arg = arg
        .help(first_paragraph(&text).to_string())
        .hide_possible_values(true)
        .hide_default_value(true)
        .hide_env(true);
    if arg.get_help_heading().is_none() {
        arg = arg.help_heading(heading);
    }
    arg
}

/// The name a value has in the help and the usage line, in Spanish.
fn value_name(name: &str) -> Option<&'static str> {
    VALUE_NAMES_ES
        .iter()
        .find(|(en, _)| *en == name)
        .map(|(_, es)| *es)
}

/// The help clap wrote, in bold and underline only for a terminal (and not under
/// `NO_COLOR`), with the words of its usage line that no setting reaches in `locale`'s
/// language.
pub fn said_help(error: &clap::Error, locale: &Locale, terminal: bool) -> String {
    let rendered = error.render();
    let text = if terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) {
        rendered.ansi().to_string()
    } else {
        rendered.to_string()
    };
    match locale.lang {
        Lang::En => text,
        Lang::Es => text
            .replacen("Usage:", locale.t(C::HelpUsage), 1)
            .replace("[OPTIONS]", locale.t(C::HelpOptionsUsage)),
    }
}

/// The command named on the command line `args` (after the program) that needs one of
/// its subcommands, in `locale`'s words on one line: what clap shows as the whole help
/// when a command is given with nothing after it.
pub fn missing_command(args: &[String], locale: &Locale) -> Option<String> {
    let root = command(locale);
    let mut path = vec![root.get_name().to_string()];
    let mut at = &root;
    for word in args.iter().filter(|a| !a.starts_with('-')) {
        match at.find_subcommand(word) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                at = sub;
            }
            None => break,
        }
    }
    let subs: Vec<&str> = at
        .get_subcommands()
        .map(|c| c.get_name())
        .filter(|n| *n != "help")
        .collect();
    if path.len() < 2 || subs.is_empty() {
        return None;
    }
    use crate::i18n::{CliMsg, fill, fill2};
    let said = fill2(
        locale.t(CliMsg::MissingCommand),
        path.join(" "),
        subs.join(", "),
    );
    Some(format!(
        "{said} {}",
        fill(locale.t(CliMsg::SeeHelpOf), path.join(" "))
    ))
}

fn first_paragraph(text: &str) -> &str {
    text.split("\n\n").next().unwrap_or(text)
}

/// Every place that has a text in the help, with its English text: the commands, then
/// their options (for the test that keeps [`help_es`] whole).
pub fn english_places() -> Vec<(String, String)> {
    let mut command = Cli::command();
    command.build();
    let mut out = Vec::new();
    walk(&command, "", &mut out);
    out
}

fn walk(command: &Command, path: &str, out: &mut Vec<(String, String)>) {
    let about = command
        .get_long_about()
        .or(command.get_about())
        .map(ToString::to_string)
        .unwrap_or_default();
    out.push((
        if path.is_empty() { "clientela" } else { path }.to_string(),
        about,
    ));
    // The global options and the help and version flags once, at the top.
    let everywhere =
        |a: &Arg| a.is_global_set() || matches!(a.get_id().as_str(), "help" | "version");
    for arg in command
        .get_arguments()
        .filter(|a| !a.is_hide_set() && (path.is_empty() || !everywhere(a)))
    {
        let help = arg
            .get_long_help()
            .or(arg.get_help())
            .map(ToString::to_string)
            .unwrap_or_default();
        out.push((arg_key(path, arg), help));
    }
    // `help`'s own commands are the commands again: said by their texts.
    if command.get_name() == "help" {
        return;
    }
    for sub in command.get_subcommands() {
        let inner = format!("{path} {}", sub.get_name())
            .trim_start()
            .to_string();
        walk(sub, &inner, out);
    }
}
