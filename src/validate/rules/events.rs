//! The rules of events that are not meetings.

use super::{evidence_list, optional_reference, quantities, reference_list, value_of, when};
use crate::model::event::{Event, EventStatus};
use crate::validate::checker::Checker;
use crate::validate::ids::{MEETING, PARTY, PLACE, SUBJECT};
use crate::validate::scope::Scope;

/// An event, field by field; one that took place is not dated after the
/// publication.
pub(crate) fn event(c: &mut Checker, e: &Event, scope: &impl Scope) {
    c.vocabulary("kind", &e.kind);
    c.text("description", &e.description);
    c.vocabulary("status", &e.status);
    super::grounding::event_status(c, scope, e);
    let happened = matches!(e.status, EventStatus::Occurred | EventStatus::Ongoing)
        .then_some("an event that took place or is going on");
    when(c, scope, "date", e.date.as_ref(), happened);
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
    reference_list(c, scope, "actors", &e.actors, PARTY);
    reference_list(c, scope, "affected", &e.affected, PARTY);
    quantities(c, scope, &e.quantities);
    reference_list(c, scope, "about", &e.about, SUBJECT);
    super::entities::identifiers(c, e.identifiers.as_ref());
    evidence_list(c, scope, &e.evidence, false);
    super::evidence::unrelated(c, "description", &e.description, &e.evidence);
}
