//! A client gone from the list: deleted or erased here, or by someone else while shown;
//! what the list and the card do, and what is said.

use super::{CardView, ClientList, RowStatus};
use crate::domain::ClientId;
use crate::i18n::{Msg, fill};
use crate::store::Overwritten;
use crate::tui::action::ClientsLoaded;
use crate::tui::tabs::Cx;

/// Takes client `id` off `list` (its row and status, the cursor kept in sight within
/// `page` rows) and, when `close_card`, off `card` if it is theirs. Returns its status
/// and whether its card was closed.
pub(super) fn take_off(
    list: &mut ClientList,
    card: &mut Option<CardView>,
    id: ClientId,
    page: usize,
    close_card: bool,
) -> (Option<RowStatus>, bool) {
    list.remove(id);
    let status = list.statuses.remove(&id);
    list.scroll_into_view(page);
    let shown = card.as_ref().is_some_and(|c| c.details.client.id == id);
    if close_card && shown {
        *card = None;
    }
    (status, close_card && shown)
}

/// What a delete or an erasure done here says: done, or how much of the client is
/// still in the file or its backups.
pub(super) fn said(loaded: &ClientsLoaded, cx: &mut Cx<'_>) {
    match loaded {
        ClientsLoaded::Erased {
            overwritten: Overwritten::NotYetReaders,
            ..
        } => cx.fail(cx.locale.t(Msg::ErasedNotOverwritten).to_string()),
        ClientsLoaded::Erased {
            overwritten: Overwritten::NotYet(why),
            ..
        } => cx.fail(fill(cx.locale.t(Msg::ErasedNotRewritten), why)),
        ClientsLoaded::Erased { backups: 0, .. } => cx.say(Msg::ClientErased),
        ClientsLoaded::Erased { backups, .. } => {
            cx.say_text(fill(cx.locale.t(Msg::ErasedBackupsHold), backups));
        }
        _ => cx.say(Msg::Deleted),
    }
}
