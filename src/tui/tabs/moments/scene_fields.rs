//! The fields of the scene editor: one per item of the five steps, how each is edited,
//! and the pages of fields built from a scene.

use crate::domain::{ActionArea, ActionItem, SceneCategory, SceneChannel, SceneDraft};
use crate::i18n::{Label, Locale, MomentMsg, Msg};
use crate::tui::widgets::fields::{Choice, Fields, Input, choice, choices};
use crate::tui::widgets::{TextBox, TextInput};

/// One field of the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum SceneField {
    Title,
    Category,
    Channel,
    Place,
    Visualisation,
    Situation,
    Material,
    Furniture,
    Location,
    Staff,
    OtherClients,
    Expected,
    ExpectedScore,
    Delivered,
    DeliveredScore,
    Area,
    What,
    Responsible,
    Due,
}

impl Label for SceneField {
    fn msg(&self) -> Msg {
        use MomentMsg as M;
        Msg::Moments(match self {
            SceneField::Title => M::FieldTitle,
            SceneField::Category => M::FieldCategory,
            SceneField::Channel => M::FieldChannel,
            SceneField::Place => M::FieldPosition,
            SceneField::Visualisation => M::FieldVisualisation,
            SceneField::Situation => M::FieldSituation,
            SceneField::Material => M::FieldMaterial,
            SceneField::Furniture => M::FieldFurniture,
            SceneField::Location => M::FieldLocation,
            SceneField::Staff => M::FieldStaff,
            SceneField::OtherClients => M::FieldOtherClients,
            SceneField::Expected => M::FieldExpected,
            SceneField::ExpectedScore => M::FieldExpectedScore,
            SceneField::Delivered => M::FieldDelivered,
            SceneField::DeliveredScore => M::FieldDeliveredScore,
            SceneField::Area => M::FieldArea,
            SceneField::What => M::FieldWhat,
            SceneField::Responsible => M::FieldResponsible,
            SceneField::Due => M::FieldDue,
        })
    }
}

/// The six aspects of step 3, in the order they show.
pub const ASPECTS: [SceneField; 6] = [
    SceneField::Situation,
    SceneField::Material,
    SceneField::Furniture,
    SceneField::Location,
    SceneField::Staff,
    SceneField::OtherClients,
];

const SCORES: [(&str, MomentMsg); 5] = [
    ("1", MomentMsg::Score1),
    ("2", MomentMsg::Score2),
    ("3", MomentMsg::Score3),
    ("4", MomentMsg::Score4),
    ("5", MomentMsg::Score5),
];

fn score_input(score: Option<u8>) -> Input {
    let none = Choice {
        code: None,
        msg: Msg::None,
    };
    let options = std::iter::once(none)
        .chain(SCORES.iter().map(|(code, msg)| Choice {
            code: Some(code),
            msg: Msg::Moments(*msg),
        }))
        .collect();
    let current = score.and_then(|s| SCORES.get(usize::from(s).checked_sub(1)?).map(|x| x.0));
    choice(options, current)
}

fn line(text: &str) -> Input {
    Input::Text(Box::new(TextInput::new(text)))
}

fn area(text: &str) -> Input {
    Input::Area(Box::new(TextBox::new(text)))
}

/// The empty form of one action (step 5).
pub(super) fn action_form(item: Option<&ActionItem>, l: &Locale) -> Fields<SceneField> {
    let due = item
        .and_then(|a| a.due)
        .map(|d| l.date(d))
        .unwrap_or_default();
    Fields::new(vec![
        (
            SceneField::Area,
            choice(choices::<ActionArea>(false), item.map(|a| a.area.code())),
        ),
        (SceneField::What, line(item.map_or("", |a| a.what.as_str()))),
        (
            SceneField::Responsible,
            line(item.map_or("", |a| a.responsible.as_str())),
        ),
        (SceneField::Due, line(&due)),
    ])
}

/// The fields of each step but the plan, built from a draft at `place` in its cycle
/// (none while new: it goes at the end).
pub(super) fn pages(d: &SceneDraft, place: Option<u32>, l: &Locale) -> [Fields<SceneField>; 4] {
    let desc = &d.description;
    let eval = &d.evaluation;
    let mut at = TextInput::new(&place.map(|p| p.to_string()).unwrap_or_default());
    // Empty means "at the end" only while the scene is new.
    if place.is_none() {
        at.set_placeholder(l.t(MomentMsg::PositionNew));
    }
    [
        Fields::new(vec![
            (SceneField::Title, line(&d.title)),
            (
                SceneField::Category,
                choice(choices::<SceneCategory>(true), d.category.map(|c| c.code())),
            ),
            (
                SceneField::Channel,
                choice(choices::<SceneChannel>(true), d.channel.map(|c| c.code())),
            ),
            (SceneField::Place, Input::Text(Box::new(at))),
        ]),
        Fields::new(vec![(SceneField::Visualisation, area(&d.visualisation))]),
        Fields::new(
            ASPECTS
                .iter()
                .zip(desc.aspects())
                .map(|(field, text)| (*field, area(text)))
                .collect(),
        ),
        Fields::new(vec![
            (SceneField::Expected, area(&eval.expected)),
            (SceneField::ExpectedScore, score_input(eval.expected_score)),
            (SceneField::Delivered, area(&eval.delivered)),
            (
                SceneField::DeliveredScore,
                score_input(eval.delivered_score),
            ),
        ]),
    ]
}
