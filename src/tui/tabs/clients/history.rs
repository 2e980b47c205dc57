//! The card's history from the keys: moving in it, correcting and deleting an entry.

use ratatui::layout::Rect;

use super::FRAME_ROWS;
use super::card::CardView;
use super::card_view::CardViewWidget;
use crate::domain::{EntryId, NewEntry, Version};
use crate::i18n::Msg;
use crate::store::Base;
use crate::tui::action::{Action, ClientsAction};
use crate::tui::effect::{ClientsEffect, Effect};
use crate::tui::overlay::{Ask, Overlay, QuickLog};
use crate::tui::tabs::{Cx, Tab};

/// The card's keys that move in it: ↓/↑ through the history, PgDn/PgUp through the
/// details, Home to the top (to the newest entry while one is chosen), End to the
/// oldest entry. `None`: not a move.
/// What the card's history does with an entry: correct, delete, leave, tie to a scene.
pub(super) fn on_entry(
    card: Option<&mut CardView>,
    intent: ClientsAction,
    cx: &mut Cx<'_>,
) -> Vec<Effect> {
    match intent {
        ClientsAction::EditEntry => edit_entry(card.as_deref(), cx),
        ClientsAction::AskDeleteEntry => ask_delete_entry(card.as_deref(), cx),
        ClientsAction::ChooseScene => return choose_scene(card.as_deref()),
        ClientsAction::TieEntry(entry, scene) => return tie_entry(card.as_deref(), entry, scene),
        ClientsAction::DeleteEntry(id, version) => {
            return delete_entry(card.as_deref(), id, version);
        }
        ClientsAction::LeaveEntry => leave_entry(card),
        ClientsAction::CorrectEntry(id, version, entry) => {
            return vec![correct_entry(id, version, entry)];
        }
        _ => {}
    }
    Vec::new()
}

pub(super) fn card_move(card: &mut CardView, action: &Action, cx: &Cx<'_>) -> Option<Vec<Effect>> {
    let area = Rect::new(0, 0, cx.size.0, cx.size.1.saturating_sub(FRAME_ROWS));
    let widget = CardViewWidget {
        card,
        locale: cx.locale,
        today: cx.today(),
    };
    let (top, last, rows) = widget.scroll_bounds(area);
    let page = rows.max(2) - 1;
    match action {
        Action::MoveDown => card.move_entry(1),
        Action::MoveUp => card.move_entry(-1),
        Action::PageDown => card.scroll = (top + page).min(last),
        Action::PageUp => card.scroll = top.saturating_sub(page),
        // With an entry chosen, the newest entry (its keys stay the entry's: `d` after
        // Home deleted the whole client); else the top of the card.
        Action::First if card.entry.is_some() => card.entry = Some(0),
        Action::First => card.scroll = 0,
        Action::Last => card.entry = card.log.len().checked_sub(1),
        _ => return None,
    }
    Some(Vec::new())
}

/// Opens the box to correct the entry under the card's cursor.
fn edit_entry(card: Option<&CardView>, cx: &mut Cx<'_>) {
    if let Some(card) = card
        && let Some(e) = card.selected_entry()
    {
        let name = card.details.client.card.name.clone();
        let quick = Box::new(QuickLog::correct(e, name, cx.locale));
        cx.overlays.open(Tab::Clients, Overlay::QuickLog(quick));
    }
}

/// Asks before deleting the entry under the card's cursor, naming it.
fn ask_delete_entry(card: Option<&CardView>, cx: &mut Cx<'_>) {
    if let Some(e) = card.and_then(CardView::selected_entry) {
        let subject = cx.locale.entry_subject(e);
        let on_yes = Action::Clients(ClientsAction::DeleteEntry(e.id, e.version));
        let ask = Ask::delete(cx.locale, Msg::ConfirmDeleteEntry, &subject, on_yes);
        cx.overlays.open(Tab::Clients, Overlay::Ask(ask));
    }
}

/// The user said yes: delete entry `id` of the card's client, as it was when asked.
fn delete_entry(card: Option<&CardView>, id: EntryId, version: Version) -> Vec<Effect> {
    card.map(|card| {
        ClientsEffect::DeleteEntry {
            id,
            client_id: card.details.client.id,
            base: Base::Seen(version),
        }
        .into()
    })
    .into_iter()
    .collect()
}

/// Stores the corrected `entry` over entry `id`, as it was when the box opened.
fn correct_entry(id: EntryId, version: Version, entry: Box<NewEntry>) -> Effect {
    ClientsEffect::CorrectEntry {
        id,
        entry,
        base: Base::Seen(version),
    }
    .into()
}

/// What came back about a history entry: logged, corrected or deleted (the quick-log
/// box closes, it is said, the other tabs hear the client's log changed), the scenes it
/// may be tied to (the picker opens), or where it was tied.
pub(super) fn said_logged(
    loaded: &crate::tui::action::ClientsLoaded,
    cx: &mut crate::tui::tabs::Cx<'_>,
) {
    use crate::tui::action::ClientsLoaded as L;
    use crate::tui::overlay::Overlay;
    let client_id = match *loaded {
        L::SceneChoices {
            entry,
            ref cycles,
            current,
        } => return scenes_loaded(entry, cycles, current, cx),
        L::EntryTied {
            client_id,
            ref scene,
            ref left,
        } => return said_tied(client_id, scene.as_deref(), left.as_deref(), cx),
        L::EntryChanged { client_id, deleted } => {
            cx.say(if deleted {
                Msg::EntryDeleted
            } else {
                Msg::EntryCorrectedShort
            });
            client_id
        }
        L::Logged {
            client_id,
            kind,
            returned,
        } => {
            let what = if returned {
                cx.locale.t(Msg::KindReturn)
            } else {
                cx.locale.label(&kind)
            };
            cx.say_text(crate::i18n::fill(cx.locale.t(Msg::Logged), what));
            client_id
        }
        _ => return,
    };
    cx.overlays.close(|o| matches!(o, Overlay::QuickLog(_)));
    cx.tell(crate::tui::tabs::News::LogChanged(client_id));
}

/// Back from the history's entry to the card.
fn leave_entry(card: Option<&mut CardView>) {
    if let Some(card) = card {
        card.entry = None;
    }
}

/// Loads the scenes the history entry under the card's cursor may be tied to.
fn choose_scene(card: Option<&CardView>) -> Vec<Effect> {
    match card.and_then(CardView::selected_entry) {
        Some(e) => vec![crate::tui::effect::ClientsEffect::LoadSceneChoices(e.id).into()],
        None => Vec::new(),
    }
}

/// Ties the card's entry `entry` to `scene` (or unties it).
fn tie_entry(
    card: Option<&CardView>,
    entry: crate::domain::EntryId,
    scene: Option<crate::domain::SceneId>,
) -> Vec<Effect> {
    match card {
        Some(card) => vec![
            crate::tui::effect::ClientsEffect::TieEntry {
                entry,
                client_id: card.details.client.id,
                scene,
            }
            .into(),
        ],
        None => Vec::new(),
    }
}

/// The scenes came: the picker opens on the entry's own.
fn scenes_loaded(
    entry: crate::domain::EntryId,
    cycles: &[crate::domain::ServiceCycle],
    current: Option<crate::domain::SceneId>,
    cx: &mut Cx<'_>,
) {
    let picker = crate::tui::overlay::ScenePicker::new(entry, cycles, current);
    cx.overlays.open(
        crate::tui::tabs::Tab::Clients,
        crate::tui::overlay::Overlay::Scenes(picker),
    );
}

/// Says where the entry went, and has the card show it.
fn said_tied(
    client_id: crate::domain::ClientId,
    scene: Option<&str>,
    left: Option<&str>,
    cx: &mut Cx<'_>,
) {
    use crate::i18n::MomentMsg as M;
    match (scene, left) {
        (Some(title), Some(old)) => {
            cx.say_text(crate::i18n::fill2(
                cx.locale.t(M::EntryMovedScene),
                old,
                title,
            ));
        }
        (Some(title), None) => cx.say_text(crate::i18n::fill(cx.locale.t(M::EntryTied), title)),
        (None, _) => cx.say(M::EntryUntied),
    }
    cx.tell(crate::tui::tabs::News::LogChanged(client_id));
}
