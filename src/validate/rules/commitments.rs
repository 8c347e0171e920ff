//! The rules of commitments.

use super::{evidence_list, optional_reference, reference_list};
use crate::commitment::Commitment;
use crate::error::ErrorCode;
use crate::id::Id;
use crate::validate::checker::{repeats, Checker};
use crate::validate::ids::{MEETING, PARTY, STATEMENT, SUBJECT};
use crate::validate::rules::dates::check_due_not_before_made;
use crate::validate::scope::Scope;

/// A commitment, field by field.
pub(crate) fn commitment(c: &mut Checker, m: &Commitment, scope: &impl Scope) {
    c.vocabulary("kind", &m.kind);
    c.text("action", &m.action);
    if m.bound_parties.is_empty() {
        c.report_at(
            "bound_parties",
            ErrorCode::NoBoundParty,
            "a commitment binds at least one party",
        );
    }
    reference_list(c, scope, "bound_parties", &m.bound_parties, PARTY);
    counterparties(c, m, scope);
    if let (Some(due), Some(statement)) = (&m.due, &m.statement) {
        if let Some(made) = scope.statement_date(statement) {
            check_due_not_before_made(c, due, made);
        }
    }
    optional_reference(c, scope, "meeting", m.meeting.as_ref(), MEETING);
    optional_reference(c, scope, "statement", m.statement.as_ref(), STATEMENT);
    reference_list(c, scope, "about", &m.about, SUBJECT);
    c.vocabulary("status", &m.status);
    evidence_list(c, scope, &m.evidence, false);
}

/// Each counterparty is a party, none twice, and none also bound.
fn counterparties(c: &mut Checker, m: &Commitment, scope: &impl Scope) {
    if m.counterparties.is_empty() {
        return;
    }
    let repeated = repeats(&m.counterparties);
    let bound = Bound::new(&m.bound_parties);
    super::each(c, "counterparties", &m.counterparties, |c, i, party| {
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
