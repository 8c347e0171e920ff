//! The rules of commitments.

use super::{
    each, evidence_list, not_itself, optional_reference, quantities, reference_list, when,
};
use crate::commitment::Commitment;
use crate::error::ErrorCode;
use crate::id::Id;
use crate::validate::checker::{repeats, Checker};
use crate::validate::ids::{COMMITMENT_KIND, MEETING, OCCASION, PARTY, STATEMENT, SUBJECT};
use crate::validate::rules::dates::check_due_not_before_made;
use crate::validate::scope::Scope;

/// A commitment, field by field.
pub(crate) fn commitment(c: &mut Checker, m: &Commitment, scope: &impl Scope) {
    c.vocabulary("kind", &m.kind);
    if let Some(modality) = &m.modality {
        c.vocabulary("modality", modality);
    }
    c.text("action", &m.action);
    c.optional_text("condition", m.condition.as_deref());
    if m.bound_parties.is_empty() {
        c.report_at(
            "bound_parties",
            ErrorCode::NoBoundParty,
            "a commitment binds at least one party",
        );
    }
    reference_list(c, scope, "bound_parties", &m.bound_parties, PARTY);
    counterparties(c, m, scope);
    when(c, scope, "due", m.due.as_ref(), None);
    due_not_before_made(c, m, scope);
    optional_reference(c, scope, "made_at", m.made_at.as_ref(), MEETING);
    optional_reference(c, scope, "concerns", m.concerns.as_ref(), OCCASION);
    reference_list(c, scope, "statements", &m.statements, STATEMENT);
    for (key, link) in [
        ("part_of", &m.part_of),
        ("builds_on", &m.builds_on),
        ("replaces", &m.replaces),
    ] {
        not_itself(c, key, link.as_ref(), &m.id, "a commitment");
        if link.as_ref() != Some(&m.id) {
            optional_reference(c, scope, key, link.as_ref(), COMMITMENT_KIND);
        }
    }
    reference_list(c, scope, "about", &m.about, SUBJECT);
    quantities(c, scope, &m.quantities);
    if m.status_history.is_empty() {
        c.report_at(
            "status_history",
            ErrorCode::NoStatus,
            "a commitment needs at least one status observation",
        );
    }
    each(
        c,
        "status_history",
        &m.status_history,
        |c, _, observation| {
            c.vocabulary("status", &observation.status);
            optional_reference(
                c,
                scope,
                "statement",
                observation.statement.as_ref(),
                STATEMENT,
            );
            evidence_list(c, scope, &observation.evidence, false);
        },
    );
    evidence_list(c, scope, &m.evidence, false);
}

/// The due date is not before the earliest dated statement that made it.
fn due_not_before_made(c: &mut Checker, m: &Commitment, scope: &impl Scope) {
    let Some(due) = m.due.as_ref().and_then(|d| d.value.as_ref()) else {
        return;
    };
    let made = m
        .statements
        .iter()
        .filter_map(|s| scope.statement_date(s))
        .min_by_key(|d| d.first_day());
    if let Some(made) = made {
        c.at("due", |c| check_due_not_before_made(c, due, made));
    }
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
                    "{:?} is both bound by the commitment and its counterparty",
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
