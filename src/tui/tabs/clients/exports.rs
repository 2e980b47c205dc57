//! The Clients tab's exports: the column picker opened on the clients shown, the work
//! handed to the runtime, and what is said once a file is written.

use std::path::Path;

use unicode_width::UnicodeWidthStr;

use crate::domain::ClientId;
use crate::exchange::client_csv::Column;
use crate::i18n::{Msg, fill, fill2};
use crate::ops::export::ListFormat;
use crate::ops::files::shown_path_in;
use crate::tui::effect::{ClientsEffect, Effect};
use crate::tui::overlay::{ExportPicker, Overlay};
use crate::tui::tabs::{Cx, Tab};

/// Opens the column picker on `ids`, the clients shown; says so when there are none.
pub(super) fn pick_columns(ids: Vec<ClientId>, cx: &mut Cx<'_>) {
    if ids.is_empty() {
        cx.say(Msg::NothingToExport);
    } else {
        let picker = Box::new(ExportPicker::new(ids));
        cx.overlays.open(Tab::Clients, Overlay::Columns(picker));
    }
}

/// The picker's choice, for the runtime: these clients, columns and format, today.
pub(super) fn export(
    ids: Vec<ClientId>,
    columns: Vec<Column>,
    format: ListFormat,
    cx: &Cx<'_>,
) -> Effect {
    ClientsEffect::ExportList {
        ids,
        columns,
        format,
        as_of: cx.today(),
    }
    .into()
}

/// Says where everything held about a client went: the file's name whole on the
/// status line, its folder shortened if need be.
pub(super) fn said_personal(path: &Path, cx: &mut Cx<'_>) {
    let template = cx.locale.t(Msg::ClientExported);
    // The status line's width less the words around the path and a space each side.
    let room = usize::from(cx.size.0).saturating_sub(fill(template, "").width() + 2);
    cx.say_text(fill(template, shown_path_in(path, room)));
}

/// Closes the picker and says how many clients went to which file.
pub(super) fn said_list(path: &Path, count: usize, cx: &mut Cx<'_>) {
    cx.overlays.close(|o| matches!(o, Overlay::Columns(_)));
    let template = cx
        .locale
        .count_msg(count as u64, Msg::ListExportedOne, Msg::ListExported);
    let room = usize::from(cx.size.0).saturating_sub(fill2(template, count, "").width() + 2);
    cx.say_text(fill2(template, count, shown_path_in(path, room)));
}
