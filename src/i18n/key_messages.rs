//! The keys' part of the message table: what each key does, as the help and the status
//! bar say it.

use super::Lang;
use super::messages::messages;

messages! {
    /// What a key does.
    KeyMsg
    KeyExportGroup => "exportar", "export";
    KeyEditEntry => "corregir anotación", "correct entry";
    KeyDeleteEntry => "borrar anotación", "delete entry";
    KeyLeaveEntry => "volver a la ficha", "back to the card";
    KeyHistoryDown => "siguiente anotación", "next entry";
    KeyHistoryUp => "anotación anterior", "previous entry";
    KeyScrollDown => "bajar la ficha", "scroll the card down";
    KeyScrollUp => "subir la ficha", "scroll the card up";
    KeyScrollTop => "principio de la ficha", "top of the card";
    KeyHistoryLast => "anotación más antigua", "oldest entry";
    KeyExportList => "exportar la lista (CSV)", "export the list (CSV)";
    KeyToggleColumn => "marcar columna", "check column";
    KeyDialect => "cambiar formato", "change format";
    KeyExport => "exportar", "export";
    KeyEraseClient => "borrar para siempre", "erase for good";
    KeyExportClient => "exportar sus datos", "export their data";
    KeyQuit => "salir", "quit";
    KeyForceQuit => "salir siempre", "quit from anywhere";
    KeyHelp => "ayuda", "help";
    KeyTab => "pestaña", "tab";
    KeyUp => "subir", "up";
    KeyDown => "bajar", "down";
    KeyPageUp => "página arriba", "page up";
    KeyPageDown => "página abajo", "page down";
    KeyFirst => "primero", "first";
    KeyLast => "último", "last";
    KeySearch => "buscar", "search";
    KeyClearSearch => "borrar búsqueda o filtro", "clear search or filter";
    KeyOpen => "abrir ficha", "open card";
    KeyNew => "nuevo", "new";
    KeyEdit => "editar", "edit";
    KeyDelete => "borrar", "delete";
    KeyBack => "volver", "back";
    KeyNextField => "campo siguiente", "next field";
    KeyPrevField => "campo anterior", "previous field";
    KeyNextChoice => "opción siguiente (o su inicial)", "next choice (or its initial)";
    KeyPrevChoice => "opción anterior", "previous choice";
    KeySave => "guardar", "save";
    KeyCancel => "cancelar", "cancel";
    KeyConfirm => "confirmar", "confirm";
    KeyLogVisit => "anotar visita", "log a visit";
    KeyLogCall => "anotar llamada", "log a call";
    KeyLogPurchase => "anotar compra", "log a purchase";
    KeyLogComplaint => "anotar reclamo", "log a complaint";
    KeyLogAny => "anotar otra cosa", "log anything";
    KeySwitchPane => "cambiar de panel", "other pane";
    KeyToggleClass => "elegir clase", "choose class";
    KeyToList => "a la lista", "to the list";
    KeyShowClients => "ver sus clientes", "show its clients";
    KeyAnswer => "responder", "answer";
    KeyClearClasses => "quitar clases", "clear classes";
    KeyReloadTheirs => "cargar lo suyo, perder lo mío", "load theirs, lose yours";
    KeyOverwrite => "guardar lo mío encima", "save mine over theirs";
    KeyKeepEditing => "seguir editando", "keep editing";
    KeyPrevDay => "día anterior", "previous day";
    KeyNextDay => "día siguiente", "next day";
    KeyPrevWeek => "semana anterior", "previous week";
    KeyNextWeek => "semana siguiente", "next week";
    KeyNextAgenda => "agenda siguiente", "next agenda";
    KeyToday => "hoy", "today";
    KeyGoTo => "ir a una fecha", "go to a date";
    KeyView => "día/semana/próximas", "day/week/upcoming";
    KeyAgendas => "agendas a la vista", "agendas shown";
    KeyMarkDone => "hecha", "done";
    KeyToggleAgenda => "mostrar/ocultar", "show/hide";
    KeyNewAgenda => "nueva agenda", "new agenda";
    KeyThisOccurrence => "solo esta vez", "this occurrence";
    KeyWholeSeries => "toda la serie", "whole series";
}
