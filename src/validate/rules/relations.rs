//! The rules of relations between parties.

use super::{evidence_list, reference_list, when};
use crate::error::ErrorCode;
use crate::model::graph::Part;
use crate::model::relation::Relation;
use crate::validate::checker::Checker;
use crate::validate::ids::{Target, DOCUMENT, PARTY, STATEMENT};
use crate::validate::scope::Scope;

/// A relation, field by field; it is between two parties or more, or
/// within one group (`relation_too_few_parties`), and began no later than
/// the publication.
pub(crate) fn relation(c: &mut Checker, r: &Relation, scope: &impl Scope) {
    c.vocabulary("kind", &r.kind);
    c.optional_text("name", r.name.as_deref());
    reference_list(c, scope, "parties", &r.parties, PARTY);
    match r.parties.as_slice() {
        [] => c.report_at(
            "parties",
            ErrorCode::RelationTooFewParties,
            "a relation has no parties: name each party to it, or a group that stands for its members",
        ),
        [only] => match scope.find(only) {
            // Unknown, or a part checked alone: the reference's problem.
            None | Some(Part::Group(_)) => {}
            Some(part) => c.report_at(
                "parties",
                ErrorCode::RelationTooFewParties,
                format!(
                    "only {:?} ({}) is a party to this relation: name each party to it, or a group that stands for its members",
                    only.as_str(),
                    Target::of(part).noun()
                ),
            ),
        },
        _ => {}
    }
    when(
        c,
        scope,
        &r.id,
        "established",
        r.established.as_ref(),
        Some("a relation's establishment"),
    );
    reference_list(c, scope, "documents", &r.documents, DOCUMENT);
    reference_list(c, scope, "statements", &r.statements, STATEMENT);
    evidence_list(c, scope, &r.evidence, false);
}
