//! Tests of `scene`.

use super::*;

fn scene(position: u32, scores: Option<(u8, u8)>) -> Scene {
    let mut draft = SceneDraft::new(1);
    draft.title = format!("scene {position}");
    if let Some((e, d)) = scores {
        draft.evaluation.expected_score = Some(e);
        draft.evaluation.delivered_score = Some(d);
    }
    Scene {
        version: 1,
        id: i64::from(position),
        position,
        draft,
    }
}

#[test]
fn only_a_title_is_needed_to_leave_step_one() {
    let mut draft = SceneDraft::new(1);
    assert_eq!(
        draft.may_leave(SceneStep::Identify),
        Err(SceneError::NoTitle)
    );
    assert_eq!(draft.may_leave(SceneStep::Visualise), Ok(()));
    draft.title = "   ".into();
    assert_eq!(
        draft.may_leave(SceneStep::Identify),
        Err(SceneError::NoTitle)
    );
    draft.title = "Paying".into();
    assert_eq!(draft.may_leave(SceneStep::Identify), Ok(()));
    assert!(
        !draft.step_done(SceneStep::Identify),
        "category and channel missing"
    );
    draft.category = Some(SceneCategory::Payment);
    draft.channel = Some(SceneChannel::Personal);
    assert!(draft.step_done(SceneStep::Identify));
}

#[test]
fn progress_counts_each_step_on_its_own() {
    let mut draft = SceneDraft::new(1);
    draft.visualisation = "queue".into();
    draft.description.situation = "in a hurry".into();
    draft.description.material = "ticket".into();
    draft.description.furniture = "counter".into();
    assert_eq!(draft.progress(), [false, true, false, false, false]);
    draft.description.staff = "busy".into();
    draft.actions.push(ActionItem {
        area: ActionArea::Processes,
        what: "second till".into(),
        responsible: "Ana".into(),
        due: None,
        done: false,
    });
    assert_eq!(draft.progress(), [false, true, true, false, true]);
    draft.evaluation = Evaluation {
        expected: "quick".into(),
        expected_score: Some(5),
        delivered: "slow".into(),
        delivered_score: None,
    };
    assert!(!draft.step_done(SceneStep::Evaluate), "one score missing");
    draft.evaluation.delivered_score = Some(2);
    assert_eq!(draft.steps_done(), 4);
    assert_eq!(draft.evaluation.gap(), Some(3));
}

#[test]
fn validation_catches_what_the_database_refuses() {
    let mut draft = SceneDraft::new(1);
    assert_eq!(draft.validate(), Err(SceneError::NoTitle));
    draft.title = "Paying".into();
    draft.evaluation.expected_score = Some(6);
    assert_eq!(draft.validate(), Err(SceneError::BadScore));
    draft.evaluation.expected_score = Some(4);
    draft.actions.push(ActionItem {
        area: ActionArea::Staff,
        what: " ".into(),
        responsible: String::new(),
        due: None,
        done: false,
    });
    assert_eq!(draft.validate(), Err(SceneError::EmptyAction));
    draft.actions[0].what = "Train".into();
    assert_eq!(draft.validate(), Ok(()));
}

#[test]
fn overdue_means_open_and_past_its_date() {
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d);
    let mut item = ActionItem {
        area: ActionArea::Tools,
        what: "card reader".into(),
        responsible: "Luis".into(),
        due: day(21),
        done: false,
    };
    let today = day(22).unwrap_or_default();
    assert!(item.overdue(today));
    item.due = day(22);
    assert!(!item.overdue(today), "due today is not late yet");
    item.due = day(1);
    item.done = true;
    assert!(!item.overdue(today));
    item.done = false;
    item.due = None;
    assert!(!item.overdue(today));
}

#[test]
fn worst_gap_first_puts_unscored_last() {
    let mut scenes = vec![
        scene(1, None),
        scene(2, Some((4, 3))),
        scene(3, Some((5, 1))),
        scene(4, Some((3, 4))),
        scene(5, Some((5, 4))),
    ];
    worst_gap_first(&mut scenes);
    let order: Vec<u32> = scenes.iter().map(|s| s.position).collect();
    assert_eq!(order, [3, 2, 5, 4, 1]);
}
