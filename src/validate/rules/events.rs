//! The rules of events that are not meetings.

use super::{
    dates, each, evidence_list, optional_reference, quantities, reference_list, value_of, when,
};
use crate::error::ErrorCode;
use crate::model::event::{Event, EventStatus};
use crate::model::graph::Part;
use crate::validate::checker::Checker;
use crate::validate::ids::{MEETING, OCCASION, PARTY, PLACE, SUBJECT};
use crate::validate::scope::Scope;
use crate::value::id::Id;

/// An event, field by field; one that took place is not dated after the
/// publication.
pub(crate) fn event(c: &mut Checker, e: &Event, scope: &impl Scope) {
    c.vocabulary("kind", &e.kind);
    c.text("description", &e.description);
    c.vocabulary("status", &e.status);
    super::grounding::event_status(c, scope, e);
    let happened = matches!(e.status, EventStatus::Occurred | EventStatus::Ongoing)
        .then_some("an event that took place or is going on");
    when(c, scope, &e.id, "date", e.date.as_ref(), happened);
    super::duration(c, "duration", e.duration.as_ref());
    if matches!(e.status, EventStatus::Expected | EventStatus::Possible) {
        if let (Some(date), Some(publication)) = (value_of(e.date.as_ref()), scope.publication()) {
            c.at("date", |c| {
                publication.check_not_before(
                    c,
                    "value",
                    date,
                    &format!("an event still {}", e.status),
                )
            });
        }
    }
    optional_reference(c, scope, "place", e.place.as_ref(), PLACE);
    optional_reference(c, scope, "setting", e.setting.as_ref(), MEETING);
    for (key, causes) in [("caused_by", &e.caused_by), ("responds_to", &e.responds_to)] {
        reference_list(c, scope, key, causes, OCCASION);
        each(c, key, causes, |c, _, cause| {
            self::cause(c, scope, e, cause)
        });
    }
    reference_list(c, scope, "actors", &e.actors, PARTY);
    reference_list(c, scope, "affected", &e.affected, PARTY);
    quantities(c, scope, &e.quantities);
    reference_list(c, scope, "about", &e.about, SUBJECT);
    reference_list(c, scope, "according_to", &e.according_to, PARTY);
    super::entities::identifiers(c, e.identifiers.as_ref());
    evidence_list(c, scope, &e.evidence, false);
    super::evidence::unrelated(c, "description", &e.description, &e.evidence);
}

/// A meeting or event that led to `e`, or that `e` answered (at the
/// current path): not `e` itself, and not begun after `e` ended.
fn cause(c: &mut Checker, scope: &impl Scope, e: &Event, cause: &Id) {
    if *cause == e.id {
        c.report(
            ErrorCode::SelfReference,
            "an event is caused by, or responds to, another meeting or event than itself",
        );
        return;
    }
    let date = match scope.find(cause) {
        Some(Part::Meeting(m)) => value_of(m.date.as_ref()),
        Some(Part::Event(other)) => value_of(other.date.as_ref()),
        _ => None,
    };
    if let (Some(own), Some(theirs)) = (value_of(e.date.as_ref()), date) {
        if dates::ends_before(own, theirs) {
            c.report(
                ErrorCode::CauseAfterEffect,
                format!(
                    "the event ({own}) ends before {:?} ({theirs}) begins",
                    cause.as_str()
                ),
            );
        }
    }
}
