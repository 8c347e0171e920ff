//! The rules of meetings.

use super::{each, optional_reference, reference};
use crate::error::ErrorCode;
use crate::meeting::{Meeting, MeetingStatus, PartOf};
use crate::validate::checker::{repeats_by, Checker};
use crate::validate::ids::{Target, MEETING, ORGANIZATION, PARTY, PLACE};
use crate::validate::scope::Scope;

/// A meeting, field by field.
pub(crate) fn meeting(c: &mut Checker, m: &Meeting, scope: &impl Scope) {
    c.vocabulary("kind", &m.kind);
    c.vocabulary("status", &m.status);
    c.optional_text("name", m.name.as_deref());
    if let (Some(date), MeetingStatus::Held) = (&m.date, &m.status) {
        scope.not_after_publication(c, "date", date, "a held meeting");
    }
    optional_reference(c, scope, "place", m.place.as_ref(), PLACE);
    optional_reference(
        c,
        scope,
        "organization",
        m.organization.as_ref(),
        ORGANIZATION,
    );
    participants(c, m, scope);
    if let Some(part_of) = &m.part_of {
        c.at("part_of", |c| larger_meeting(c, part_of, scope));
        scope.cycle(c, Target::Meeting, &m.id, "part_of");
    }
    if let Some(other) = &m.coincides_with {
        if *other == m.id {
            c.report_at(
                "coincides_with",
                ErrorCode::SelfReference,
                "a meeting cannot coincide with itself",
            );
        } else {
            reference(c, scope, "coincides_with", other, MEETING);
        }
    }
    c.texts("topics", &m.topics);
}

/// Each participant is a party, none twice, with a capacity that is not
/// blank.
fn participants(c: &mut Checker, m: &Meeting, scope: &impl Scope) {
    if m.participants.is_empty() {
        return;
    }
    let repeated = repeats_by(&m.participants, |p| &p.entity);
    each(c, "participants", &m.participants, |c, i, p| {
        reference(c, scope, "entity", &p.entity, PARTY);
        if repeated.binary_search(&i).is_ok() {
            c.report_at(
                "entity",
                ErrorCode::DuplicateReference,
                format!("{:?} already takes part in this meeting", p.entity.as_str()),
            );
        }
        c.optional_text("capacity", p.capacity.as_deref());
    });
}

/// The larger meeting is a meeting, related in a known way.
fn larger_meeting(c: &mut Checker, part_of: &PartOf, scope: &impl Scope) {
    reference(c, scope, "meeting", &part_of.meeting, MEETING);
    c.vocabulary("relation", &part_of.relation);
}
