//! The rules of requests.

use super::{
    dates, each, evidence_list, meetings, optional_reference, reference_list, value_of, when,
    History,
};
use crate::error::ErrorCode;
use crate::model::graph::Part;
use crate::model::meeting::Meeting;
use crate::model::request::{Request, RequestObservation};
use crate::validate::checker::Checker;
use crate::validate::ids::{Target, MEETING, PARTY, STATEMENT, SUBJECT};
use crate::validate::rules::dates::check_due_not_before_made;
use crate::validate::scope::Scope;
use crate::value::date::EventDate;

/// A request, field by field.
pub(crate) fn request(c: &mut Checker, r: &Request, scope: &impl Scope) {
    if let Some(force) = &r.force {
        c.vocabulary("force", force);
    }
    c.text("action", &r.action);
    reference_list(c, scope, "requesters", &r.requesters, PARTY);
    if r.addressees.is_empty() && r.requesters.is_empty() {
        c.report(
            ErrorCode::RequestWithoutParty,
            "a request names at least one party: who asks (`requesters`) or who is asked (`addressees`)",
        );
    }
    reference_list(c, scope, "addressees", &r.addressees, PARTY);
    asks_only_itself(c, r);
    when(c, scope, &r.id, "deadline", r.deadline.as_ref(), None);
    let made_at = r.made_at.as_ref().and_then(|id| scope.meeting(id));
    let made = made_on(r, made_at, scope);
    if let (Some(deadline), Some(made)) = (value_of(r.deadline.as_ref()), made) {
        c.at("deadline", |c| check_due_not_before_made(c, deadline, made));
    }
    optional_reference(c, scope, "made_at", r.made_at.as_ref(), MEETING);
    made_at_held(c, made_at);
    reference_list(c, scope, "statements", &r.statements, STATEMENT);
    requesters_speak(c, r, scope);
    reference_list(c, scope, "about", &r.about, SUBJECT);
    if r.status_history.is_empty() {
        c.report_at(
            "status_history",
            ErrorCode::NoStatus,
            "a request needs at least one status observation",
        );
    }
    let mut history = History::default();
    each(c, "status_history", &r.status_history, |c, _, o| {
        observation(c, scope, o, made, &mut history);
    });
    super::entities::identifiers(c, r.identifiers.as_ref());
    evidence_list(c, scope, &r.evidence, false);
}

/// A request whose every addressee is one of its requesters asks no one
/// but itself (`party_conflict`, at `addressees`).
fn asks_only_itself(c: &mut Checker, r: &Request) {
    if r.addressees.is_empty() || r.requesters.is_empty() {
        return;
    }
    if r.addressees.iter().all(|a| r.requesters.contains(a)) {
        let asked: Vec<&str> = r.addressees.iter().map(|a| a.as_str()).collect();
        c.report_at(
            "addressees",
            ErrorCode::PartyConflict,
            format!(
                "the request asks only its own requesters ({asked:?}): a party that asks itself to act makes a commitment"
            ),
        );
    }
}

/// When the request was made: the earliest date of its statements and of
/// the meeting it was made at.
fn made_on<'a>(
    r: &Request,
    made_at: Option<&'a Meeting>,
    scope: &'a impl Scope,
) -> Option<&'a EventDate> {
    r.statements
        .iter()
        .filter_map(|s| scope.statement_date(s))
        .chain(made_at.and_then(|meeting| value_of(meeting.date.as_ref())))
        .filter(|d| d.first_day().is_some())
        .min_by_key(|d| d.first_day())
}

/// The meeting the request was made at took place.
fn made_at_held(c: &mut Checker, made_at: Option<&Meeting>) {
    let Some(meeting) = made_at else {
        return;
    };
    if meetings::not_held(&meeting.status) {
        c.report_at(
            "made_at",
            ErrorCode::SettingNotHeld,
            format!(
                "the request was made at {:?}, which is {}",
                meeting.id.as_str(),
                meeting.status
            ),
        );
    }
}

/// Each statement of a request that none of its requesters said, co-said
/// or was spoken for in (`requester_not_speaker`, at `statements/i`);
/// only when every requester names a party of the article.
fn requesters_speak(c: &mut Checker, r: &Request, scope: &impl Scope) {
    // Unknown requesters, or those that are not parties, are the
    // references' problem; with none named, any statement may make it.
    let parties = !r.requesters.is_empty()
        && r.requesters.iter().all(|id| {
            scope
                .find(id)
                .is_some_and(|part| PARTY.allows(Target::of(part)))
        });
    if !parties {
        return;
    }
    for (i, id) in r.statements.iter().enumerate() {
        let Some(Part::Statement(s)) = scope.find(id) else {
            continue;
        };
        let speaks = r.requesters.iter().any(|requester| {
            *requester == s.speaker
                || s.co_speakers.contains(requester)
                || s.on_behalf_of.as_ref() == Some(requester)
        });
        if !speaks {
            c.at("statements", |c| {
                c.at_index(i, |c| {
                    c.report(
                        ErrorCode::RequesterNotSpeaker,
                        format!(
                            "no requester said the statement {:?} that makes this request, nor was spoken for in it (its speaker is {:?}); a statement that only reports the request is not listed",
                            s.id.as_str(),
                            s.speaker.as_str()
                        ),
                    );
                });
            });
        }
    }
}

/// One status observation of a request made on `made`: a known status, an
/// outcome with evidence or a statement, its date after the making and in
/// order, its statement and evidence.
fn observation(
    c: &mut Checker,
    scope: &impl Scope,
    o: &RequestObservation,
    made: Option<&EventDate>,
    history: &mut History,
) {
    c.vocabulary("status", &o.status);
    if o.status.is_outcome() && o.evidence.is_empty() && o.statement.is_none() {
        c.report_at(
            "status",
            ErrorCode::UnsupportedOutcome,
            format!(
                "an observation that the request is {} needs evidence or the statement it comes from",
                o.status
            ),
        );
    }
    history.as_of(c, scope, o.as_of.as_ref(), "a status of the request");
    if let (Some(as_of), Some(made)) = (o.as_of, made) {
        if dates::ends_before(&EventDate::from(as_of), made) {
            c.report_at(
                "as_of",
                ErrorCode::ObservedBeforeMade,
                format!("the status is observed on {as_of}, before the request was made ({made})"),
            );
        }
    }
    optional_reference(c, scope, "statement", o.statement.as_ref(), STATEMENT);
    evidence_list(c, scope, &o.evidence, false);
}
