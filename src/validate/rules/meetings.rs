//! The rules of meetings.

use super::{
    dates, each, evidence_list, grounding, optional_reference, parties, reference, reference_list,
    value_of, when, History,
};
use crate::error::ErrorCode;
use crate::model::meeting::{
    Attendance, Meeting, MeetingKind, MeetingRelation, MeetingRole, MeetingStatus,
    MeetingStatusChange, PartOf, Participant, StatusReason,
};
use crate::validate::checker::{repeats_by, Checker};
use crate::validate::ids::{
    Target, BACKGROUND, MEETING, OCCASION, ORGANIZATION, PARTY, PLACE, SERVED, STATEMENT, SUBJECT,
};
use crate::validate::scope::Scope;
use crate::value::date::EventDate;
use crate::value::vocab::Vocabulary;

/// A meeting, field by field.
pub(crate) fn meeting(c: &mut Checker, m: &Meeting, scope: &impl Scope) {
    c.vocabulary("kind", &m.kind);
    if let Some(level) = &m.visit_level {
        c.vocabulary("visit_level", level);
    }
    each(c, "formats", &m.formats, |c, _, format| {
        c.vocabulary_here(format)
    });
    if let Some(level) = &m.level {
        c.vocabulary("level", level);
    }
    c.vocabulary("status", &m.status);
    let status_mark = c.mark();
    let larger = m
        .part_of
        .as_ref()
        .filter(|p| p.meeting != m.id)
        .and_then(|p| scope.meeting(&p.meeting));
    status_fits(c, m, larger);
    if let Some(certainty) = &m.certainty {
        c.vocabulary("certainty", certainty);
    }
    let certainty_mark = c.mark();
    c.optional_text("name", m.name.as_deref());
    c.texts("aliases", &m.aliases);
    let happened = matches!(m.status, MeetingStatus::Held).then_some("a held meeting");
    when(c, scope, &m.id, "date", m.date.as_ref(), happened);
    super::duration(c, "duration", m.duration.as_ref());
    dates_fit(c, m, larger, scope);
    optional_reference(c, scope, "place", m.place.as_ref(), PLACE);
    let place_mark = c.mark();
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
            let expected = if link.relation == MeetingRelation::Background {
                BACKGROUND
            } else {
                OCCASION
            };
            reference(c, scope, "to", &link.to, expected);
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
    if m.topics_partial && m.topics.is_empty() {
        c.report_at(
            "topics_partial",
            ErrorCode::PartialWithoutTopics,
            "only some of the topics are listed (\"among other things\"), but `topics` lists none",
        );
    }
    c.texts("expected_topics", &m.expected_topics);
    each(c, "purposes", &m.purposes, |c, _, p| {
        c.text("text", &p.text);
        super::not_itself(c, "serves", p.serves.as_ref(), &m.id, "a meeting");
        if p.serves.as_ref() != Some(&m.id) {
            optional_reference(c, scope, "serves", p.serves.as_ref(), SERVED);
        }
        evidence_list(c, scope, &p.evidence, false);
    });
    super::quantities(c, scope, &m.quantities);
    let mut history = History::default();
    each(c, "status_history", &m.status_history, |c, _, change| {
        status_change(c, scope, change, &mut history);
    });
    when(
        c,
        scope,
        &m.id,
        "rescheduled_from",
        m.rescheduled_from.as_ref(),
        None,
    );
    reference_list(c, scope, "according_to", &m.according_to, PARTY);
    super::entities::identifiers(c, m.identifiers.as_ref());
    let reads = grounding::reads_status(scope, &m.status);
    let found = evidence_list(c, scope, &m.evidence, reads);
    let certainty = m.certainty.as_ref().map(|k| (k, certainty_mark));
    grounding::status(
        c,
        scope,
        (&m.status, status_mark),
        certainty,
        &m.evidence,
        &found,
    );
    grounding::meeting_place(c, scope, m, place_mark);
}

/// One status change of a meeting: a known status, its date in order, a
/// reason not blank, who decided it, its evidence.
pub(super) fn status_change(
    c: &mut Checker,
    scope: &impl Scope,
    change: &MeetingStatusChange,
    history: &mut History,
) {
    c.vocabulary("status", &change.status);
    let status_mark = c.mark();
    history.as_of(c, scope, change.as_of.as_ref(), "a status of the meeting");
    c.optional_text("reason", change.reason.as_deref());
    each(c, "reasons", &change.reasons, |c, _, r| {
        status_reason(c, scope, r);
    });
    optional_reference(c, scope, "decided_by", change.decided_by.as_ref(), PARTY);
    decided_with(c, scope, change);
    c.optional_text("manner", change.manner.as_deref());
    let reads = grounding::reads_status(scope, &change.status);
    let found = evidence_list(c, scope, &change.evidence, reads);
    grounding::status(
        c,
        scope,
        (&change.status, status_mark),
        None,
        &change.evidence,
        &found,
    );
}

/// A reason with its source: words not blank, a party that gives it, a
/// statement that voices it, its evidence.
pub(crate) fn status_reason(c: &mut Checker, scope: &impl Scope, r: &StatusReason) {
    c.text("text", &r.text);
    optional_reference(c, scope, "given_by", r.given_by.as_ref(), PARTY);
    optional_reference(c, scope, "statement", r.statement.as_ref(), STATEMENT);
    evidence_list(c, scope, &r.evidence, false);
}

/// The parties that decided a status together with `decided_by`: parties,
/// none twice, and not `decided_by` itself (`duplicate_reference`).
fn decided_with(c: &mut Checker, scope: &impl Scope, change: &MeetingStatusChange) {
    reference_list(c, scope, "decided_with", &change.decided_with, PARTY);
    let Some(decider) = &change.decided_by else {
        return;
    };
    if let Some(i) = change.decided_with.iter().position(|p| p == decider) {
        c.at("decided_with", |c| {
            c.at_index(i, |c| {
                c.report(
                    ErrorCode::DuplicateReference,
                    format!(
                        "{:?} is already `decided_by`: `decided_with` names the others",
                        decider.as_str()
                    ),
                )
            })
        });
    }
}

/// Whether a meeting with `status` has not taken place (and is not taking
/// place): cancelled, postponed or still planned. A status this version
/// does not know is reported as such, not taken for either.
pub(crate) fn not_held(status: &MeetingStatus) -> bool {
    matches!(
        status,
        MeetingStatus::Cancelled
            | MeetingStatus::Postponed
            | MeetingStatus::Proposed
            | MeetingStatus::Possible
            | MeetingStatus::Announced
            | MeetingStatus::Scheduled
            | MeetingStatus::Rescheduled
    )
}

/// Whether a meeting with `status` is still to come (or, possible, may
/// still come).
fn still_planned(status: &MeetingStatus) -> bool {
    matches!(
        status,
        MeetingStatus::Proposed
            | MeetingStatus::Possible
            | MeetingStatus::Announced
            | MeetingStatus::Scheduled
            | MeetingStatus::Rescheduled
    )
}

/// The status agrees with the last status of the history, a rescheduled
/// meeting has a new date, and a held meeting is not part of a cancelled
/// one (problems at `status`).
fn status_fits(c: &mut Checker, m: &Meeting, larger: Option<&Meeting>) {
    if let Some(last) = m.status_history.last() {
        let known = m.status.unknown().is_none() && last.status.unknown().is_none();
        if known && last.status != m.status {
            c.report_at(
                "status",
                ErrorCode::StatusDisagrees,
                format!(
                    "the meeting is {}, but the last status of its history is {}",
                    m.status, last.status
                ),
            );
        }
    }
    if matches!(m.status, MeetingStatus::Rescheduled) && m.date.is_none() {
        c.report_at(
            "status",
            ErrorCode::NoNewDate,
            "a rescheduled meeting needs the date it was moved to (a value, or the words that say it)",
        );
    }
    if matches!(m.status, MeetingStatus::Held | MeetingStatus::InProgress) {
        if let Some(larger) = larger {
            if matches!(
                larger.status,
                MeetingStatus::Cancelled | MeetingStatus::Postponed
            ) {
                c.report_at(
                    "status",
                    ErrorCode::PartOfCancelled,
                    format!(
                        "the meeting is {}, but the meeting it is part of ({:?}) is {}",
                        m.status,
                        larger.id.as_str(),
                        larger.status
                    ),
                );
            }
        }
    }
}

/// The date lies within the larger meeting's, overlaps the one it
/// coincides with, is not still planned before the publication, and is
/// not the date it was moved from (problems at `date/value`).
fn dates_fit(c: &mut Checker, m: &Meeting, larger: Option<&Meeting>, scope: &impl Scope) {
    let Some(date) = value_of(m.date.as_ref()) else {
        return;
    };
    let coinciding = m
        .coincides_with
        .as_ref()
        .filter(|id| **id != m.id)
        .and_then(|id| scope.meeting(id));
    fn apart_from<'m>(date: &EventDate, other: &'m Meeting) -> Option<&'m EventDate> {
        value_of(other.date.as_ref()).filter(|theirs| dates::apart(date, theirs))
    }
    let problem = if let Some((larger, theirs)) =
        larger.and_then(|l| Some((l, apart_from(date, l)?)))
    {
        Some(format!(
            "the meeting ({date}) is part of {:?}, which is dated {theirs}",
            larger.id.as_str()
        ))
    } else if let Some((other, theirs)) = coinciding.and_then(|o| Some((o, apart_from(date, o)?))) {
        Some(format!(
            "the meeting ({date}) coincides with {:?}, which is dated {theirs}",
            other.id.as_str()
        ))
    } else {
        None
    };
    c.at("date", |c| {
        if let Some(problem) = problem {
            c.report_at("value", ErrorCode::OutsideLargerMeeting, problem);
        }
        if still_planned(&m.status) {
            if let Some(publication) = scope.publication() {
                publication.check_not_before(c, "value", date, &format!("a {} meeting", m.status));
            }
        }
        let moved_from = value_of(m.rescheduled_from.as_ref());
        if moved_from == Some(date) {
            c.report_at(
                "value",
                ErrorCode::NoNewDate,
                format!("the meeting was moved from {date}, and this is the same date"),
            );
        }
    });
}

/// Each participant is a party, none twice, with a capacity that is not
/// blank, a known attendance and role, roles that fit together; a bilateral
/// meeting has two sides (a party that does not attend is none).
fn participants(c: &mut Checker, m: &Meeting, scope: &impl Scope) {
    if m.participants.is_empty() {
        return;
    }
    let repeated = repeats_by(&m.participants, |p| &p.entity);
    let third_side = if matches!(m.kind, MeetingKind::Bilateral) {
        // Counted by their place among all participants.
        let sides: Vec<usize> = (0..m.participants.len())
            .filter(|&i| {
                m.participants
                    .get(i)
                    .is_some_and(|p| p.attendance != Some(Attendance::NotAttending))
            })
            .collect();
        let attending = sides.iter().filter_map(|&i| m.participants.get(i));
        parties::third_side(scope, attending.map(|p| &p.entity))
            .and_then(|(at, countries)| Some((*sides.get(at)?, countries)))
    } else {
        None
    };
    each(c, "participants", &m.participants, |c, i, p| {
        reference(c, scope, "entity", &p.entity, PARTY);
        if repeated.binary_search(&i).is_ok() {
            c.report_at(
                "entity",
                ErrorCode::DuplicateReference,
                format!("{:?} already takes part in this meeting", p.entity.as_str()),
            );
        }
        if let Some((at, countries)) = &third_side {
            if *at == i {
                c.report_at(
                    "entity",
                    ErrorCode::TooManySides,
                    format!("a bilateral meeting has two sides, and its participants come from {countries}"),
                );
            }
        }
        replaced_yet_attending(c, m, p);
        participant_fields(c, p, scope);
        role_fits(c, m, i, p, scope);
    });
}

/// A participant's role fits the others' (`meeting_role_conflict`, at
/// `role`, or at `attendance` for a party not attending without a role):
/// no second host of a bilateral meeting, visit or call (a host of the
/// same country as the first, the president of the host country, is
/// its side), no second chair, and a party that does not attend plays a
/// role from outside.
fn role_fits(c: &mut Checker, m: &Meeting, i: usize, p: &Participant, scope: &impl Scope) {
    let not_attending = p.attendance == Some(Attendance::NotAttending);
    let Some(role) = &p.role else {
        if not_attending {
            c.report_at(
                "attendance",
                ErrorCode::MeetingRoleConflict,
                "a party that does not attend needs the role it plays toward the meeting (sponsor, requester...), or is no party of it",
            );
        }
        return;
    };
    if not_attending && !role.played_from_outside() {
        c.report_at(
            "role",
            ErrorCode::MeetingRoleConflict,
            format!("a party with the role {role} takes part in the meeting, and this one is marked as not attending"),
        );
        return;
    }
    let one_host = matches!(
        m.kind,
        MeetingKind::Bilateral
            | MeetingKind::Visit
            | MeetingKind::PhoneCall
            | MeetingKind::VideoConference
    );
    let single = match role {
        MeetingRole::Host if one_host => "host",
        MeetingRole::Chair => "chair",
        _ => return,
    };
    let same_side = |other: &Participant| {
        single == "host"
            && parties::country_of(scope, &other.entity)
                .is_some_and(|theirs| parties::country_of(scope, &p.entity) == Some(theirs))
    };
    let earlier = m
        .participants
        .iter()
        .take(i)
        .find(|other| other.role.as_ref() == Some(role) && !same_side(other));
    if let Some(other) = earlier {
        let advice = if single == "chair" {
            "; co-chairs are co_chair"
        } else {
            ""
        };
        c.report_at(
            "role",
            ErrorCode::MeetingRoleConflict,
            format!(
                "a {} meeting has one {single}, and {:?} is already its {single}{advice}",
                m.kind,
                other.entity.as_str()
            ),
        );
    }
}

/// A participant listed as attending (confirmed, expected, or with no
/// attendance) while another participant of the meeting stands in for
/// them (`replaced_attends`, at `entity`): whoever is replaced is not there.
fn replaced_yet_attending(c: &mut Checker, m: &Meeting, p: &Participant) {
    let attends = matches!(
        p.attendance,
        None | Some(Attendance::Confirmed) | Some(Attendance::Expected)
    );
    if !attends {
        return;
    }
    let stand_in = m
        .participants
        .iter()
        .find(|other| other.in_place_of.as_ref() == Some(&p.entity) && other.entity != p.entity);
    if let Some(other) = stand_in {
        c.report_at(
            "entity",
            ErrorCode::ReplacedAttends,
            format!(
                "{:?} takes part in place of {:?}, who is listed as attending",
                other.entity.as_str(),
                p.entity.as_str()
            ),
        );
    }
}

/// A participant's capacity, attendance, stand-in, reasons and evidence.
pub(super) fn participant_fields(c: &mut Checker, p: &Participant, scope: &impl Scope) {
    c.optional_text("capacity", p.capacity.as_deref());
    if let Some(attendance) = &p.attendance {
        c.vocabulary("attendance", attendance);
    }
    if let Some(role) = &p.role {
        c.vocabulary("role", role);
    }
    if p.in_place_of.as_ref() == Some(&p.entity) {
        c.report_at(
            "in_place_of",
            ErrorCode::SelfReference,
            "a participant cannot stand in for themselves",
        );
    } else {
        optional_reference(c, scope, "in_place_of", p.in_place_of.as_ref(), PARTY);
    }
    each(c, "reasons", &p.reasons, |c, _, r| {
        status_reason(c, scope, r);
    });
    evidence_list(c, scope, &p.evidence, false);
}

/// The larger meeting is a meeting, related in a known way.
fn larger_meeting(c: &mut Checker, part_of: &PartOf, scope: &impl Scope) {
    reference(c, scope, "meeting", &part_of.meeting, MEETING);
    c.vocabulary("relation", &part_of.relation);
}
