//! The rules of meetings.

use super::{each, evidence_list, optional_reference, reference, reference_list, when};
use crate::error::ErrorCode;
use crate::meeting::{Meeting, MeetingStatus, PartOf};
use crate::validate::checker::{repeats_by, Checker};
use crate::validate::ids::{Target, MEETING, OCCASION, ORGANIZATION, PARTY, PLACE, SUBJECT};
use crate::validate::scope::Scope;

/// A meeting, field by field.
pub(crate) fn meeting(c: &mut Checker, m: &Meeting, scope: &impl Scope) {
    c.vocabulary("kind", &m.kind);
    c.vocabulary("status", &m.status);
    if let Some(certainty) = &m.certainty {
        c.vocabulary("certainty", certainty);
    }
    c.optional_text("name", m.name.as_deref());
    let happened = matches!(m.status, MeetingStatus::Held).then_some("a held meeting");
    when(c, scope, "date", m.date.as_ref(), happened);
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
    each(c, "related", &m.related, |c, _, link| {
        c.vocabulary("relation", &link.relation);
        if link.to == m.id {
            c.report_at(
                "to",
                ErrorCode::SelfReference,
                "a meeting cannot follow itself",
            );
        } else {
            reference(c, scope, "to", &link.to, OCCASION);
        }
    });
    if let Some(sequence) = &m.sequence {
        c.at("sequence", |c| {
            if sequence.number == 0 {
                c.report_at("number", ErrorCode::InvalidValue, "a series counts from 1");
            }
            c.text("series", &sequence.series);
        });
    }
    reference_list(c, scope, "about", &m.about, SUBJECT);
    c.texts("topics", &m.topics);
    c.texts("expected_topics", &m.expected_topics);
    each(c, "status_history", &m.status_history, |c, _, change| {
        c.vocabulary("status", &change.status);
        c.optional_text("reason", change.reason.as_deref());
        optional_reference(c, scope, "decided_by", change.decided_by.as_ref(), PARTY);
        evidence_list(c, scope, &change.evidence, false);
    });
    when(
        c,
        scope,
        "rescheduled_from",
        m.rescheduled_from.as_ref(),
        None,
    );
    evidence_list(c, scope, &m.evidence, false);
}

/// Each participant is a party, none twice, with a capacity that is not
/// blank and a known attendance.
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
        if let Some(attendance) = &p.attendance {
            c.vocabulary("attendance", attendance);
        }
        optional_reference(c, scope, "in_place_of", p.in_place_of.as_ref(), PARTY);
        evidence_list(c, scope, &p.evidence, false);
    });
}

/// The larger meeting is a meeting, related in a known way.
fn larger_meeting(c: &mut Checker, part_of: &PartOf, scope: &impl Scope) {
    reference(c, scope, "meeting", &part_of.meeting, MEETING);
    c.vocabulary("relation", &part_of.relation);
}
