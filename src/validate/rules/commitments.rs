//! The rules of commitments.

use super::{
    dates, each, evidence_list, grounding, meetings, not_itself, optional_reference, parties,
    quantities, reference_list, value_of, when, History,
};
use crate::error::ErrorCode;
use crate::model::commitment::{Commitment, CommitmentKind, CommitmentStatus, StatusObservation};
use crate::model::event::EventStatus;
use crate::model::graph::Part;
use crate::model::meeting::Meeting;
use crate::validate::checker::{repeats, Checker};
use crate::validate::ids::{
    Target, COMMITMENT, DOCUMENT, MEETING, OCCASION, PARTY, SERVED, STATEMENT, SUBJECT,
};
use crate::validate::rules::dates::check_due_not_before_made;
use crate::validate::scope::Scope;
use crate::value::date::EventDate;
use crate::value::id::Id;
use chrono::{Days, NaiveDate};

/// A commitment, field by field.
pub(crate) fn commitment(c: &mut Checker, m: &Commitment, scope: &impl Scope) {
    c.vocabulary("kind", &m.kind);
    if let Some(modality) = &m.modality {
        c.vocabulary("modality", modality);
    }
    let modality_mark = c.mark();
    c.text("action", &m.action);
    c.optional_text("condition", m.condition.as_deref());
    if m.bound_parties.is_empty() && m.provided_by.is_none() {
        c.report_at(
            "bound_parties",
            ErrorCode::NoBoundParty,
            "a commitment binds at least one party, unless `provided_by` names the document that provides for it",
        );
    }
    optional_reference(c, scope, "provided_by", m.provided_by.as_ref(), DOCUMENT);
    reference_list(c, scope, "bound_parties", &m.bound_parties, PARTY);
    if let Some(makers) = parties::unrepresented(scope, m) {
        c.report_at(
            "bound_parties",
            ErrorCode::UnrepresentedParty,
            format!("no bound party made the commitment or is represented by whoever made it ({makers})"),
        );
    }
    counterparties(c, m, scope);
    partners(c, m, scope);
    if m.mutual {
        if let [party] = m.bound_parties.as_slice() {
            if !matches!(scope.find(party), Some(Part::Group(_))) {
                c.report_at(
                    "mutual",
                    ErrorCode::MutualWithOneParty,
                    format!(
                        "a commitment made to each other needs two bound parties or a group, and binds only {:?}",
                        party.as_str()
                    ),
                );
            }
        }
    }
    c.optional_text("capacity", m.capacity.as_deref());
    if let Some(capacity) =
        parties::capacity_not_held(scope, m.capacity.as_deref(), m.bound_parties.iter())
    {
        c.report_at(
            "capacity",
            ErrorCode::CapacityNotHeld,
            format!("no bound party holds a role titled like {capacity:?}"),
        );
    }
    when(c, scope, &m.id, "due", m.due.as_ref(), None);
    let made_at = m.made_at.as_ref().and_then(|id| scope.meeting(id));
    let made = made_on(m, made_at, scope);
    due_not_before_made(c, m, made);
    due_not_before_occasion(c, m, scope);
    optional_reference(c, scope, "made_at", m.made_at.as_ref(), MEETING);
    made_at_held(c, made_at);
    optional_reference(c, scope, "concerns", m.concerns.as_ref(), OCCASION);
    reference_list(c, scope, "statements", &m.statements, STATEMENT);
    for (key, link) in [
        ("part_of", &m.part_of),
        ("builds_on", &m.builds_on),
        ("replaces", &m.replaces),
    ] {
        not_itself(c, key, link.as_ref(), &m.id, "a commitment");
        if link.as_ref() != Some(&m.id) {
            optional_reference(c, scope, key, link.as_ref(), COMMITMENT);
            if link.is_some() {
                scope.cycle(c, Target::Commitment, &m.id, key);
            }
            if key != "part_of" {
                based_on_later(c, scope, m, key, link.as_ref());
            }
        }
    }
    in_exchange_for(c, scope, m);
    each(c, "purposes", &m.purposes, |c, _, p| {
        c.text("text", &p.text);
        not_itself(c, "serves", p.serves.as_ref(), &m.id, "a commitment's aim");
        if p.serves.as_ref() != Some(&m.id) {
            optional_reference(c, scope, "serves", p.serves.as_ref(), SERVED);
        }
        evidence_list(c, scope, &p.evidence, false);
    });
    reference_list(c, scope, "about", &m.about, SUBJECT);
    quantities(c, scope, &m.quantities);
    if m.status_history.is_empty() {
        c.report_at(
            "status_history",
            ErrorCode::NoStatus,
            "a commitment needs at least one status observation",
        );
    }
    let mut history = History::default();
    each(c, "status_history", &m.status_history, |c, _, o| {
        observation(c, scope, o, made, &mut history);
        kept_before_occasion(c, scope, m, o);
        grounding::outcome(c, scope, o, &m.evidence);
    });
    reference_list(c, scope, "according_to", &m.according_to, PARTY);
    super::entities::identifiers(c, m.identifiers.as_ref());
    let found = evidence_list(c, scope, &m.evidence, grounding::reads_commitment(scope, m));
    super::evidence::unrelated(c, "action", &m.action, &m.evidence);
    grounding::pledge(c, scope, m, &found, modality_mark);
}

/// The days a commitment's own dates give for its making: the latest day
/// by which it was certainly made (the earliest last day of its
/// statements' dates, the meeting it was made at and its dated
/// observations) and the first day of the earliest of them.
fn made_bounds(m: &Commitment, scope: &impl Scope) -> Option<(NaiveDate, NaiveDate)> {
    let statements = m.statements.iter().filter_map(|s| scope.statement_date(s));
    let meeting = m
        .made_at
        .as_ref()
        .and_then(|id| scope.meeting(id))
        .and_then(|meeting| value_of(meeting.date.as_ref()));
    let dated = statements
        .chain(meeting)
        .filter_map(|d| Some((d.first_day()?, d.last_day()?)));
    let observed = m
        .status_history
        .iter()
        .filter_map(|o| o.as_of)
        .map(|d| (d.first_day(), d.last_day()));
    dated
        .chain(observed)
        .fold(None, |acc, (first, last)| match acc {
            None => Some((first, last)),
            Some((f, l)) => Some((f.min(first), l.min(last))),
        })
}

/// A commitment that builds on or replaces (`key`) another commitment
/// whose own dates all begin more than a day after the latest day by which
/// this one was made (`based_on_later`, at `key`): what is built on or
/// replaced came first. Read only for commitments with such a link.
fn based_on_later(
    c: &mut Checker,
    scope: &impl Scope,
    m: &Commitment,
    key: &'static str,
    link: Option<&Id>,
) {
    let Some(Part::Commitment(earlier)) = link.and_then(|id| scope.find(id)) else {
        return;
    };
    let (Some((_, made_by)), Some((theirs, _))) =
        (made_bounds(m, scope), made_bounds(earlier, scope))
    else {
        return;
    };
    let later = made_by
        .checked_add_days(Days::new(1))
        .is_some_and(|allowed| allowed < theirs);
    if later {
        c.report_at(
            key,
            ErrorCode::BasedOnLater,
            format!(
                "it was made by {made_by}, and {:?}, which it {}, was first made or observed on {theirs}",
                earlier.id.as_str(),
                if key == "replaces" { "replaces" } else { "builds on" }
            ),
        );
    }
}

/// Whether a commitment of `kind` is one to take part in a meeting or
/// event.
fn takes_part(kind: &CommitmentKind) -> bool {
    matches!(
        kind,
        CommitmentKind::Attend
            | CommitmentKind::Host
            | CommitmentKind::Hold
            | CommitmentKind::Visit
            | CommitmentKind::Meet
            | CommitmentKind::Negotiate
    )
}

/// A commitment to take part in a meeting or event observed fulfilled or
/// partially fulfilled while that occasion has not taken place: the meeting
/// cancelled, postponed or still planned, the event expected, possible or
/// called off (`kept_before_occasion`, at the observation's `status`).
fn kept_before_occasion(
    c: &mut Checker,
    scope: &impl Scope,
    m: &Commitment,
    o: &StatusObservation,
) {
    let kept = matches!(
        o.status,
        CommitmentStatus::Fulfilled | CommitmentStatus::PartiallyFulfilled
    );
    let (true, true, Some(id)) = (kept, takes_part(&m.kind), m.concerns.as_ref()) else {
        return;
    };
    let not_yet = match scope.find(id) {
        Some(Part::Meeting(meeting)) if meetings::not_held(&meeting.status) => {
            meeting.status.to_string()
        }
        Some(Part::Event(event))
            if matches!(
                event.status,
                EventStatus::Expected | EventStatus::Possible | EventStatus::DidNotOccur
            ) =>
        {
            event.status.to_string()
        }
        _ => return,
    };
    c.report_at(
        "status",
        ErrorCode::KeptBeforeOccasion,
        format!(
            "a commitment to {} {:?} is observed {} while {:?} is {not_yet}: it has not taken place",
            m.kind,
            id.as_str(),
            o.status,
            id.as_str()
        ),
    );
}

/// When the commitment was made: the earliest date of its statements and
/// of the meeting it was made at.
fn made_on<'a>(
    m: &Commitment,
    made_at: Option<&'a Meeting>,
    scope: &'a impl Scope,
) -> Option<&'a EventDate> {
    m.statements
        .iter()
        .filter_map(|s| scope.statement_date(s))
        .chain(made_at.and_then(|meeting| value_of(meeting.date.as_ref())))
        .filter(|d| d.first_day().is_some())
        .min_by_key(|d| d.first_day())
}

/// The due date is not before the commitment was made.
fn due_not_before_made(c: &mut Checker, m: &Commitment, made: Option<&EventDate>) {
    let (Some(due), Some(made)) = (value_of(m.due.as_ref()), made) else {
        return;
    };
    c.at("due", |c| check_due_not_before_made(c, due, made));
}

/// A commitment to take part in a meeting or event (attend, host, hold,
/// visit, meet, negotiate) is not due before it, nor long after it.
fn due_not_before_occasion(c: &mut Checker, m: &Commitment, scope: &impl Scope) {
    let (true, Some(due), Some(id)) = (
        takes_part(&m.kind),
        value_of(m.due.as_ref()),
        m.concerns.as_ref(),
    ) else {
        return;
    };
    let occasion = match scope.find(id) {
        Some(Part::Meeting(o)) => value_of(o.date.as_ref()),
        Some(Part::Event(e)) => value_of(e.date.as_ref()),
        _ => None,
    };
    if let Some(theirs) = occasion.filter(|theirs| long_after(due, theirs)) {
        c.at("due", |c| {
            c.report_at(
                "value",
                ErrorCode::DueAfterOccasion,
                format!(
                    "a commitment to {} {:?} falls due ({due}) more than {AFTER_OCCASION_DAYS} days after it takes place ({theirs})",
                    m.kind,
                    id.as_str()
                ),
            )
        });
    }
    if let Some(theirs) = occasion.filter(|theirs| dates::ends_before(due, theirs)) {
        c.at("due", |c| {
            c.report_at(
                "value",
                ErrorCode::DueBeforeOccasion,
                format!(
                    "a commitment to {} {:?} falls due ({due}) before it takes place ({theirs})",
                    m.kind,
                    id.as_str()
                ),
            )
        });
    }
}

/// The most days a commitment to take part in an occasion may fall due
/// after the occasion ends: a quarter of a year.
const AFTER_OCCASION_DAYS: u64 = 92;

/// Whether `due` certainly starts more than [`AFTER_OCCASION_DAYS`] after
/// `occasion` ends.
fn long_after(due: &EventDate, occasion: &EventDate) -> bool {
    match (occasion.last_day(), due.first_day()) {
        (Some(last), Some(first)) => last
            .checked_add_days(chrono::Days::new(AFTER_OCCASION_DAYS))
            .is_some_and(|limit| limit < first),
        _ => false,
    }
}

/// The meeting the commitment was made at took place.
fn made_at_held(c: &mut Checker, made_at: Option<&Meeting>) {
    let Some(meeting) = made_at else {
        return;
    };
    if meetings::not_held(&meeting.status) {
        c.report_at(
            "made_at",
            ErrorCode::SettingNotHeld,
            format!(
                "the commitment was made at {:?}, which is {}",
                meeting.id.as_str(),
                meeting.status
            ),
        );
    }
}

/// Each commitment it is traded for is another commitment, none twice
/// (`self_reference` at the item, and the rest as every list of
/// references).
fn in_exchange_for(c: &mut Checker, scope: &impl Scope, m: &Commitment) {
    reference_list(c, scope, "in_exchange_for", &m.in_exchange_for, COMMITMENT);
    each(c, "in_exchange_for", &m.in_exchange_for, |c, _, other| {
        if *other == m.id {
            c.report(
                ErrorCode::SelfReference,
                "a commitment is traded for another commitment, not for itself",
            );
        }
    });
}

/// Each partner is a party, none twice, and none also bound or a
/// counterparty.
fn partners(c: &mut Checker, m: &Commitment, scope: &impl Scope) {
    if m.partners.is_empty() {
        return;
    }
    let repeated = repeats(&m.partners);
    let bound = Bound::new(&m.bound_parties);
    each(c, "partners", &m.partners, |c, i, party| {
        scope.reference(c, "partners", party, PARTY);
        if repeated.binary_search(&i).is_ok() {
            c.report(
                ErrorCode::DuplicateReference,
                format!("{:?} is already in partners", party.as_str()),
            );
        }
        if bound.contains(party) {
            c.report(
                ErrorCode::PartyConflict,
                format!(
                    "{:?} is both bound by the commitment and a partner the bound parties act with (a partner is not bound; a party bound with the others is in `bound_parties`)",
                    party.as_str()
                ),
            );
        } else if m.counterparties.contains(party) {
            c.report(
                ErrorCode::PartyConflict,
                format!(
                    "{:?} is both a party the commitment is made toward and a partner the bound parties act with (\"together with\" is a partner, \"to\" or \"for\" a counterparty)",
                    party.as_str()
                ),
            );
        }
    });
}

/// Each counterparty is a party, none twice, and none also bound.
fn counterparties(c: &mut Checker, m: &Commitment, scope: &impl Scope) {
    if m.counterparties.is_empty() {
        return;
    }
    let repeated = repeats(&m.counterparties);
    let bound = Bound::new(&m.bound_parties);
    each(c, "counterparties", &m.counterparties, |c, i, party| {
        scope.reference(c, "counterparties", party, PARTY);
        if repeated.binary_search(&i).is_ok() {
            c.report(
                ErrorCode::DuplicateReference,
                format!("{:?} is already in counterparties", party.as_str()),
            );
        }
        if bound.contains(party) {
            c.report(
                ErrorCode::PartyConflict,
                format!(
                    "{:?} is both bound by the commitment and its counterparty (a promise made to each other is `mutual`)",
                    party.as_str()
                ),
            );
        }
    });
}

/// The bound parties, searched in place when there are few and sorted
/// when there are many, so a long list costs no pairwise comparison.
enum Bound<'a> {
    Few(&'a [Id]),
    Many(Vec<&'a str>),
}

impl<'a> Bound<'a> {
    fn new(parties: &'a [Id]) -> Self {
        if parties.len() <= 16 {
            return Bound::Few(parties);
        }
        let mut sorted: Vec<&str> = parties.iter().map(Id::as_str).collect();
        sorted.sort_unstable();
        Bound::Many(sorted)
    }

    fn contains(&self, party: &Id) -> bool {
        match self {
            Bound::Few(parties) => parties.contains(party),
            Bound::Many(sorted) => sorted.binary_search(&party.as_str()).is_ok(),
        }
    }
}

/// One status observation of a commitment made on `made`: a known status,
/// an outcome with evidence or a statement, its date after the making and
/// in order, its statement and evidence.
pub(super) fn observation(
    c: &mut Checker,
    scope: &impl Scope,
    observation: &StatusObservation,
    made: Option<&EventDate>,
    history: &mut History,
) {
    c.vocabulary("status", &observation.status);
    quantities(c, scope, &observation.quantities);
    let outcome = matches!(
        observation.status,
        CommitmentStatus::Fulfilled
            | CommitmentStatus::PartiallyFulfilled
            | CommitmentStatus::Broken
            | CommitmentStatus::Withdrawn
    );
    if outcome && observation.evidence.is_empty() && observation.statement.is_none() {
        c.report_at(
            "status",
            ErrorCode::UnsupportedOutcome,
            format!(
                "an observation that the commitment is {} needs evidence or the statement it comes from",
                observation.status
            ),
        );
    }
    history.as_of(
        c,
        scope,
        observation.as_of.as_ref(),
        "a status of the commitment",
    );
    if let (Some(as_of), Some(made)) = (observation.as_of, made) {
        if dates::ends_before(&EventDate::from(as_of), made) {
            c.report_at(
                "as_of",
                ErrorCode::ObservedBeforeMade,
                format!(
                    "the status is observed on {as_of}, before the commitment was made ({made})"
                ),
            );
        }
    }
    optional_reference(
        c,
        scope,
        "statement",
        observation.statement.as_ref(),
        STATEMENT,
    );
    evidence_list(c, scope, &observation.evidence, false);
}
