//! Keys are data: one table `(context, key) → action`, from which both dispatch and
//! the help screen are made.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{
    Action, AgendaAction, ClientAct, ClientsAction as C, DashboardAction, MomentsAction,
};
use super::tabs::Tab;
use crate::domain::EntryKind;
use crate::i18n::{MomentMsg, Msg};

/// Where the keyboard focus is; each context has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere, checked first.
    Global,
    /// A tab's top level (tab switching, quit, help).
    TopLevel,
    /// The client list.
    List,
    /// Typing in the search line.
    Search,
    /// A client card.
    Card,
    /// A client card with a history entry chosen.
    CardEntry,
    /// A form, on a text field.
    FormText,
    /// A form, on a choice field.
    FormChoice,
    /// A popup, on a text field (quick log, complaint answer).
    PopupText,
    /// A popup, on a choice field.
    PopupChoice,
    /// The dashboard tab, whichever pane has the keys.
    Dashboard,
    /// The dashboard's quadrants, to-do groups or classes.
    DashboardClasses,
    /// The dashboard's open complaints.
    DashboardComplaints,
    /// The Agenda tab.
    Agenda,
    /// The Agenda tab with an entry under the cursor.
    AgendaEntry,
    /// Choosing the agendas shown.
    AgendaChooser,
    /// "This occurrence or the whole series?"
    Series,
    /// The Moments-of-truth tab's lists.
    Moments,
    /// The scene editor, on a text.
    SceneText,
    /// The scene editor, on a choice.
    SceneChoice,
    /// The scene editor, on step 5's list of actions.
    ScenePlanList,
    /// The column picker of the list export.
    Picker,
    /// Step 4's picker of log entries to tie, on its list.
    TiePicker,
    /// Step 4's picker, typing its search.
    TieSearch,
    /// The scene picker of a history entry.
    ScenePicker,
    /// A yes/no question.
    Confirm,
    /// Someone else changed what is being saved: load theirs or save ours.
    Conflict,
    /// The help overlay.
    Help,
}

impl Context {
    /// Whether keys bound nowhere in this context are typed into a text input.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Search
                | Context::FormText
                | Context::PopupText
                | Context::SceneText
                | Context::TiePicker
                | Context::TieSearch
        )
    }

    /// Whether letters bound nowhere in this context pick a choice by its initial.
    pub fn picks_by_initial(self) -> bool {
        matches!(
            self,
            Context::FormChoice | Context::PopupChoice | Context::SceneChoice
        )
    }
}

/// One key binding.
pub struct Binding {
    /// Where it applies.
    pub context: Context,
    /// The key.
    pub code: KeyCode,
    /// Modifiers that must be held (exactly; Shift is ignored for characters).
    pub mods: KeyModifiers,
    /// What it does.
    pub action: Action,
    /// What the help calls it.
    pub help: Msg,
    /// Whether the status bar shows it.
    pub status: bool,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

macro_rules! bindings {
    ($($ctx:ident $code:expr, $mods:expr => $action:expr, $($help:ident)::+ $(, $status:ident)?;)*) => {
        /// Every key binding, in the order help lists them.
        pub static BINDINGS: &[Binding] = &[$(Binding {
            context: Context::$ctx,
            code: $code,
            mods: $mods,
            action: $action,
            help: bindings!(@msg $($help)::+),
            status: bindings!(@status $($status)?),
        }),*];
    };
    (@msg M::$help:ident) => { Msg::Moments(MomentMsg::$help) };
    (@msg $help:ident) => { Msg::Keys(crate::i18n::KeyMsg::$help) };
    (@status shown) => { true };
    (@status) => { false };
}

pub use super::key_names::{key_name, localize_keys};
use KeyCode::{
    BackTab, Char, Delete, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp, Right,
    Tab as TabKey, Up,
};

bindings! {
    Global Char('c'), CTRL => Action::ForceQuit, KeyForceQuit;
    TopLevel Char('q'), NONE => Action::Quit, KeyQuit, shown;
    TopLevel Char('?'), NONE => Action::ToggleHelp, KeyHelp, shown;
    Global F(1), NONE => Action::ToggleHelp, KeyHelp;
    FormChoice Char('?'), NONE => Action::ToggleHelp, KeyHelp;
    PopupChoice Char('?'), NONE => Action::ToggleHelp, KeyHelp;
    SceneChoice Char('?'), NONE => Action::ToggleHelp, KeyHelp;
    ScenePlanList Char('?'), NONE => Action::ToggleHelp, KeyHelp;
    TopLevel Char('1'), NONE => Action::SwitchTab(Tab::Clients), KeyTab;
    TopLevel Char('2'), NONE => Action::SwitchTab(Tab::Agenda), KeyTab;
    TopLevel Char('3'), NONE => Action::SwitchTab(Tab::Dashboard), KeyTab;
    TopLevel Char('4'), NONE => Action::SwitchTab(Tab::Moments), KeyTab;
    List Char('/'), NONE => Action::Clients(C::StartSearch), KeySearch, shown;
    List Enter, NONE => Action::Clients(C::OpenCard), KeyOpen, shown;
    List Char('n'), NONE => Action::Clients(C::NewClient), KeyNew, shown;
    List Char('e'), NONE => Action::Clients(C::EditClient), KeyEdit;
    List Char('d'), NONE => Action::Clients(C::Ask(ClientAct::Delete)), KeyDelete;
    List Char('v'), NONE => Action::Clients(C::StartLog(EntryKind::Visit)), KeyLogVisit;
    List Char('c'), NONE => Action::Clients(C::StartLog(EntryKind::Call)), KeyLogCall;
    List Char('p'), NONE => Action::Clients(C::StartLog(EntryKind::Purchase)), KeyLogPurchase, shown;
    List Char('r'), NONE => Action::Clients(C::StartLog(EntryKind::Complaint)), KeyLogComplaint;
    List Char('l'), NONE => Action::Clients(C::StartLogAny(EntryKind::Visit)), KeyLogAny, shown;
    List Char('E'), NONE => Action::Clients(C::ExportList), KeyExportList, shown;
    List Esc, NONE => Action::Clients(C::ClearSearch), KeyClearSearch;
    List Char('j'), NONE => Action::MoveDown, KeyDown;
    List Down, NONE => Action::MoveDown, KeyDown;
    List Char('k'), NONE => Action::MoveUp, KeyUp;
    List Up, NONE => Action::MoveUp, KeyUp;
    List PageDown, NONE => Action::PageDown, KeyPageDown;
    List PageUp, NONE => Action::PageUp, KeyPageUp;
    List Home, NONE => Action::First, KeyFirst;
    List Char('g'), NONE => Action::First, KeyFirst;
    List End, NONE => Action::Last, KeyLast;
    List Char('G'), NONE => Action::Last, KeyLast;
    Search Enter, NONE => Action::Clients(C::AcceptSearch), KeyOpen, shown;
    Search Esc, NONE => Action::Clients(C::ClearSearch), KeyClearSearch, shown;
    Search TabKey, NONE => Action::Clients(C::LeaveSearch), KeyToList, shown;
    Search Down, NONE => Action::MoveDown, KeyDown;
    Search Up, NONE => Action::MoveUp, KeyUp;
    Search PageDown, NONE => Action::PageDown, KeyPageDown;
    Search PageUp, NONE => Action::PageUp, KeyPageUp;
    CardEntry Char('e'), NONE => Action::Clients(C::EditEntry), KeyEditEntry, shown;
    CardEntry Char('d'), NONE => Action::Clients(C::AskDeleteEntry), KeyDeleteEntry, shown;
    CardEntry Char('t'), NONE => Action::Clients(C::ChooseScene), M::KeyTieToScene;
    CardEntry Esc, NONE => Action::Clients(C::LeaveEntry), KeyLeaveEntry, shown;
    Card Esc, NONE => Action::Clients(C::Back), KeyBack, shown;
    Card Char('/'), NONE => Action::Clients(C::StartSearch), KeySearch;
    Card Down, NONE => Action::MoveDown, KeyHistoryDown;
    Card Char('j'), NONE => Action::MoveDown, KeyHistoryDown;
    Card Up, NONE => Action::MoveUp, KeyHistoryUp;
    Card Char('k'), NONE => Action::MoveUp, KeyHistoryUp;
    Card PageDown, NONE => Action::PageDown, KeyScrollDown;
    Card PageUp, NONE => Action::PageUp, KeyScrollUp;
    Card Home, NONE => Action::First, KeyScrollTop;
    Card End, NONE => Action::Last, KeyHistoryLast;
    Card Char('q'), NONE => Action::Clients(C::Back), KeyBack;
    Card Char('e'), NONE => Action::Clients(C::EditClient), KeyEdit, shown;
    Card Char('d'), NONE => Action::Clients(C::Ask(ClientAct::Delete)), KeyDelete, shown;
    Card Char('x'), NONE => Action::Clients(C::Ask(ClientAct::Export)), KeyExportClient;
    Card Char('X'), NONE => Action::Clients(C::Ask(ClientAct::Erase)), KeyEraseClient;
    Card Char('?'), NONE => Action::ToggleHelp, KeyHelp, shown;
    Card Char('v'), NONE => Action::Clients(C::StartLog(EntryKind::Visit)), KeyLogVisit;
    Card Char('c'), NONE => Action::Clients(C::StartLog(EntryKind::Call)), KeyLogCall;
    Card Char('p'), NONE => Action::Clients(C::StartLog(EntryKind::Purchase)), KeyLogPurchase, shown;
    Card Char('r'), NONE => Action::Clients(C::StartLog(EntryKind::Complaint)), KeyLogComplaint;
    Card Char('l'), NONE => Action::Clients(C::StartLogAny(EntryKind::Visit)), KeyLogAny, shown;
    FormText Char('s'), CTRL => Action::SaveForm, KeySave, shown;
    FormText Esc, NONE => Action::CancelForm, KeyCancel, shown;
    FormText TabKey, NONE => Action::NextField, KeyNextField, shown;
    FormText BackTab, KeyModifiers::SHIFT => Action::PrevField, KeyPrevField;
    FormText Down, NONE => Action::NextField, KeyNextField;
    FormText Up, NONE => Action::PrevField, KeyPrevField;
    FormChoice Char('s'), CTRL => Action::SaveForm, KeySave, shown;
    FormChoice Esc, NONE => Action::CancelForm, KeyCancel, shown;
    FormChoice TabKey, NONE => Action::NextField, KeyNextField, shown;
    FormChoice BackTab, KeyModifiers::SHIFT => Action::PrevField, KeyPrevField;
    FormChoice Down, NONE => Action::NextField, KeyNextField;
    FormChoice Up, NONE => Action::PrevField, KeyPrevField;
    FormChoice Right, NONE => Action::NextChoice, KeyNextChoice, shown;
    FormChoice Char(' '), NONE => Action::NextChoice, KeyNextChoice;
    FormChoice Left, NONE => Action::PrevChoice, KeyPrevChoice;
    PopupText Enter, NONE => Action::SavePopup, KeySave, shown;
    PopupText Esc, NONE => Action::Deny, KeyCancel, shown;
    PopupText TabKey, NONE => Action::NextField, KeyNextField;
    PopupText BackTab, KeyModifiers::SHIFT => Action::PrevField, KeyPrevField;
    PopupChoice Enter, NONE => Action::SavePopup, KeySave, shown;
    PopupChoice Esc, NONE => Action::Deny, KeyCancel, shown;
    PopupChoice TabKey, NONE => Action::NextField, KeyNextField;
    PopupChoice BackTab, KeyModifiers::SHIFT => Action::PrevField, KeyPrevField;
    PopupChoice Right, NONE => Action::NextChoice, KeyNextChoice, shown;
    PopupChoice Char(' '), NONE => Action::NextChoice, KeyNextChoice;
    PopupChoice Left, NONE => Action::PrevChoice, KeyPrevChoice;
    Dashboard Char('j'), NONE => Action::MoveDown, KeyDown;
    Dashboard Down, NONE => Action::MoveDown, KeyDown;
    Dashboard Char('k'), NONE => Action::MoveUp, KeyUp;
    Dashboard Up, NONE => Action::MoveUp, KeyUp;
    DashboardClasses Enter, NONE => Action::Activate, KeyShowClients, shown;
    DashboardComplaints Enter, NONE => Action::Activate, KeyAnswer, shown;
    Dashboard TabKey, NONE => Action::SwitchPane, KeySwitchPane, shown;
    DashboardClasses Char(' '), NONE => Action::Toggle, KeyToggleClass, shown;
    DashboardClasses Char('E'), NONE => Action::Dashboard(DashboardAction::Export), KeyExportGroup, shown;
    DashboardClasses Char('x'), NONE => Action::Dashboard(DashboardAction::ClearClasses), KeyClearClasses;
    // Not offered here, but explained if pressed: E exports clients by class.
    DashboardComplaints Char('E'), NONE => Action::Dashboard(DashboardAction::Export), KeyExportGroup;
    Agenda Left, NONE => Action::Agenda(AgendaAction::PrevDay), KeyPrevDay;
    Agenda Right, NONE => Action::Agenda(AgendaAction::NextDay), KeyNextDay;
    Agenda Char('h'), NONE => Action::Agenda(AgendaAction::PrevDay), KeyPrevDay;
    Agenda Char('l'), NONE => Action::Agenda(AgendaAction::NextDay), KeyNextDay;
    Agenda Up, NONE => Action::MoveUp, KeyUp;
    Agenda Char('k'), NONE => Action::MoveUp, KeyUp;
    Agenda Down, NONE => Action::MoveDown, KeyDown;
    Agenda Char('j'), NONE => Action::MoveDown, KeyDown;
    Agenda PageUp, NONE => Action::PageUp, KeyPrevWeek;
    Agenda PageDown, NONE => Action::PageDown, KeyNextWeek;
    Agenda TabKey, NONE => Action::SwitchPane, KeyNextAgenda;
    Agenda Char('t'), NONE => Action::Agenda(AgendaAction::Today), KeyToday, shown;
    Agenda Char('g'), NONE => Action::Agenda(AgendaAction::GoToDate), KeyGoTo;
    Agenda Char('v'), NONE => Action::Agenda(AgendaAction::CycleView), KeyView, shown;
    Agenda Char('a'), NONE => Action::Agenda(AgendaAction::ChooseAgendas), KeyAgendas;
    Agenda Char('n'), NONE => Action::Agenda(AgendaAction::NewAppointment), KeyNew, shown;
    AgendaEntry Char('e'), NONE => Action::Agenda(AgendaAction::EditAppointment), KeyEdit, shown;
    AgendaEntry Char('x'), NONE => Action::Agenda(AgendaAction::MarkDone), KeyMarkDone, shown;
    AgendaEntry Char('d'), NONE => Action::Agenda(AgendaAction::DeleteAppointment), KeyDelete;
    AgendaEntry Enter, NONE => Action::Agenda(AgendaAction::OpenClient), KeyOpen;
    AgendaChooser Up, NONE => Action::MoveUp, KeyUp;
    AgendaChooser Down, NONE => Action::MoveDown, KeyDown;
    AgendaChooser Char(' '), NONE => Action::Toggle, KeyToggleAgenda, shown;
    AgendaChooser Char('n'), NONE => Action::Agenda(AgendaAction::NewAgenda), KeyNewAgenda, shown;
    AgendaChooser Esc, NONE => Action::Deny, KeyBack, shown;
    AgendaChooser Enter, NONE => Action::Deny, KeyBack;
    Series Char('o'), NONE => Action::Pick(0), KeyThisOccurrence, shown;
    // Not `s`: that is yes to every other question, and here it would take the series.
    Series Char('t'), NONE => Action::Pick(1), KeyWholeSeries, shown;
    Series Esc, NONE => Action::Deny, KeyCancel, shown;
    Moments Up, NONE => Action::MoveUp, KeyUp;
    Moments Char('k'), NONE => Action::MoveUp, KeyUp;
    Moments Down, NONE => Action::MoveDown, KeyDown;
    Moments Char('j'), NONE => Action::MoveDown, KeyDown;
    Moments PageUp, NONE => Action::PageUp, KeyPageUp;
    Moments PageDown, NONE => Action::PageDown, KeyPageDown;
    Moments Home, NONE => Action::First, KeyFirst;
    Moments Char('g'), NONE => Action::First, KeyFirst;
    Moments End, NONE => Action::Last, KeyLast;
    Moments Char('G'), NONE => Action::Last, KeyLast;
    Moments TabKey, NONE => Action::SwitchPane, KeySwitchPane;
    Moments Enter, NONE => Action::Moments(MomentsAction::EditScene), M::KeyOpenScene, shown;
    Moments Char('e'), NONE => Action::Moments(MomentsAction::EditScene), M::KeyOpenScene;
    Moments Char('n'), NONE => Action::Moments(MomentsAction::NewScene), M::KeyNewScene, shown;
    Moments Char('c'), NONE => Action::Moments(MomentsAction::NewCycle), M::KeyNewCycle, shown;
    Moments Char('K'), NONE => Action::Moments(MomentsAction::MoveSceneUp), M::KeyMoveUp;
    Moments Char('J'), NONE => Action::Moments(MomentsAction::MoveSceneDown), M::KeyMoveDown;
    Moments Char('s'), NONE => Action::Moments(MomentsAction::ToggleSort), M::KeySortGap, shown;
    Moments Char('d'), NONE => Action::Moments(MomentsAction::DeleteScene), KeyDelete;
    SceneText Char('s'), CTRL => Action::SaveForm, KeySave, shown;
    SceneText Esc, NONE => Action::CancelForm, KeyCancel, shown;
    SceneText TabKey, NONE => Action::NextField, KeyNextField, shown;
    SceneText BackTab, KeyModifiers::SHIFT => Action::PrevField, KeyPrevField;
    SceneText Char('n'), CTRL => Action::Moments(MomentsAction::NextStep), M::KeyNextStep, shown;
    SceneText Char('p'), CTRL => Action::Moments(MomentsAction::PrevStep), M::KeyPrevStep, shown;
    SceneChoice Char('s'), CTRL => Action::SaveForm, KeySave, shown;
    SceneChoice Esc, NONE => Action::CancelForm, KeyCancel, shown;
    SceneChoice TabKey, NONE => Action::NextField, KeyNextField, shown;
    SceneChoice BackTab, KeyModifiers::SHIFT => Action::PrevField, KeyPrevField;
    SceneChoice Right, NONE => Action::NextChoice, KeyNextChoice, shown;
    SceneChoice Char(' '), NONE => Action::NextChoice, KeyNextChoice;
    SceneChoice Left, NONE => Action::PrevChoice, KeyPrevChoice;
    SceneChoice Enter, NONE => Action::NextField, KeyNextField;
    SceneChoice Char('n'), CTRL => Action::Moments(MomentsAction::NextStep), M::KeyNextStep, shown;
    SceneChoice Char('p'), CTRL => Action::Moments(MomentsAction::PrevStep), M::KeyPrevStep, shown;
    ScenePlanList Char('s'), CTRL => Action::SaveForm, KeySave, shown;
    ScenePlanList Esc, NONE => Action::CancelForm, KeyCancel, shown;
    ScenePlanList Up, NONE => Action::MoveUp, KeyUp;
    ScenePlanList Char('k'), NONE => Action::MoveUp, KeyUp;
    ScenePlanList Down, NONE => Action::MoveDown, KeyDown;
    ScenePlanList Char('j'), NONE => Action::MoveDown, KeyDown;
    ScenePlanList Char(' '), NONE => Action::Moments(MomentsAction::ToggleDone), M::KeyToggleDone, shown;
    ScenePlanList Enter, NONE => Action::Moments(MomentsAction::EditAction), M::KeyEditAction, shown;
    ScenePlanList Char('d'), NONE => Action::Moments(MomentsAction::RemoveAction), M::KeyRemoveAction, shown;
    ScenePlanList Delete, NONE => Action::Moments(MomentsAction::RemoveAction), M::KeyRemoveAction;
    ScenePlanList TabKey, NONE => Action::NextField, KeyNextField;
    ScenePlanList BackTab, KeyModifiers::SHIFT => Action::PrevField, KeyPrevField;
    ScenePlanList Char('n'), CTRL => Action::Moments(MomentsAction::NextStep), M::KeyNextStep;
    ScenePlanList Char('p'), CTRL => Action::Moments(MomentsAction::PrevStep), M::KeyPrevStep, shown;
    TiePicker Char(' '), NONE => Action::Toggle, M::KeyToggleTie, shown;
    TiePicker Down, NONE => Action::MoveDown, KeyDown;
    TiePicker Up, NONE => Action::MoveUp, KeyUp;
    TiePicker PageDown, NONE => Action::PageDown, KeyPageDown;
    TiePicker PageUp, NONE => Action::PageUp, KeyPageUp;
    TiePicker Enter, NONE => Action::SavePopup, M::KeyToggleTie;
    TiePicker Esc, NONE => Action::Deny, KeyBack, shown;
    TieSearch Enter, NONE => Action::SavePopup, KeyToList, shown;
    TieSearch Char(' '), NONE => Action::Toggle, M::KeySpaceInSearch;
    TieSearch Down, NONE => Action::MoveDown, KeyToList;
    TieSearch Up, NONE => Action::MoveUp, KeyToList;
    TieSearch PageDown, NONE => Action::PageDown, KeyToList;
    TieSearch PageUp, NONE => Action::PageUp, KeyToList;
    TieSearch Esc, NONE => Action::Deny, KeyBack, shown;
    SceneText Char('t'), CTRL => Action::Moments(MomentsAction::OpenTies), M::KeyTies;
    SceneChoice Char('t'), CTRL => Action::Moments(MomentsAction::OpenTies), M::KeyTies;
    ScenePicker Up, NONE => Action::MoveUp, KeyUp;
    ScenePicker Char('k'), NONE => Action::MoveUp, KeyUp;
    ScenePicker Down, NONE => Action::MoveDown, KeyDown;
    ScenePicker Char('j'), NONE => Action::MoveDown, KeyDown;
    ScenePicker Enter, NONE => Action::SavePopup, M::KeyTieToScene, shown;
    ScenePicker Esc, NONE => Action::Deny, KeyBack, shown;
    Picker Up, NONE => Action::MoveUp, KeyUp;
    Picker Char('k'), NONE => Action::MoveUp, KeyUp;
    Picker Down, NONE => Action::MoveDown, KeyDown;
    Picker Char('j'), NONE => Action::MoveDown, KeyDown;
    Picker Char(' '), NONE => Action::Toggle, KeyToggleColumn, shown;
    Picker TabKey, NONE => Action::NextChoice, KeyDialect, shown;
    Picker Right, NONE => Action::NextChoice, KeyDialect;
    Picker Left, NONE => Action::PrevChoice, KeyDialect;
    Picker Enter, NONE => Action::SavePopup, KeyExport, shown;
    Picker Esc, NONE => Action::Deny, KeyCancel, shown;
    Confirm Char('y'), NONE => Action::Confirm, KeyConfirm, shown;
    Confirm Char('s'), NONE => Action::Confirm, KeyConfirm, shown;
    Confirm Enter, NONE => Action::Confirm, KeyConfirm;
    Confirm Char('n'), NONE => Action::Deny, KeyCancel, shown;
    Confirm Esc, NONE => Action::Deny, KeyCancel;
    Conflict Char('r'), NONE => Action::Pick(0), KeyReloadTheirs, shown;
    Conflict Char('o'), NONE => Action::Pick(1), KeyOverwrite, shown;
    Conflict Esc, NONE => Action::Deny, KeyKeepEditing, shown;
    Help Esc, NONE => Action::ToggleHelp, KeyBack, shown;
    Help Down, NONE => Action::MoveDown, KeyDown;
    Help Char('j'), NONE => Action::MoveDown, KeyDown;
    Help Up, NONE => Action::MoveUp, KeyUp;
    Help Char('k'), NONE => Action::MoveUp, KeyUp;
    Help PageDown, NONE => Action::PageDown, KeyPageDown, shown;
    Help PageUp, NONE => Action::PageUp, KeyPageUp, shown;
    Help Home, NONE => Action::First, KeyFirst;
    Help End, NONE => Action::Last, KeyLast;
    Help Char('?'), NONE => Action::ToggleHelp, KeyBack;
    Help Char('q'), NONE => Action::ToggleHelp, KeyBack;
}

/// Whether `key` is `binding`'s key.
fn matches(binding: &Binding, key: &KeyEvent) -> bool {
    let mods = match key.code {
        // Shift is part of the character itself ('G', '?'); BackTab carries it too.
        Char(_) => key.modifiers - KeyModifiers::SHIFT,
        _ => key.modifiers,
    };
    binding.code == key.code && binding.mods == mods
}

/// The action bound to `key` in the first of `contexts` that binds it.
pub fn lookup(contexts: &[Context], key: &KeyEvent) -> Option<Action> {
    contexts.iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .find(|b| b.context == *ctx && matches(b, key))
            .map(|b| b.action.clone())
    })
}

/// The bindings of `contexts` grouped by action: (keys, help) in table order.
pub fn help_lines(contexts: &[Context], only_status: bool) -> Vec<(String, Msg)> {
    let mut lines: Vec<(Action, Vec<String>, Msg)> = Vec::new();
    for b in BINDINGS.iter().filter(|b| contexts.contains(&b.context)) {
        if only_status && !b.status {
            continue;
        }
        let name = key_name(b.code, b.mods);
        match lines.iter_mut().find(|(a, _, _)| *a == b.action) {
            Some((_, keys, _)) => {
                if !keys.contains(&name) {
                    keys.push(name);
                }
            }
            None => lines.push((b.action.clone(), vec![name], b.help)),
        }
    }
    let mut out: Vec<(String, Msg)> = Vec::new();
    for (action, keys, help) in lines {
        // Tab switches share one line: "1-4 tab".
        if matches!(action, Action::SwitchTab(_)) {
            if !out
                .iter()
                .any(|(_, m)| *m == Msg::Keys(crate::i18n::KeyMsg::KeyTab))
            {
                out.push((format!("1-{}", Tab::ALL.len()), help));
            }
            continue;
        }
        out.push((keys.join("/"), help));
    }
    out
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
