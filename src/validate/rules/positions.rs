//! The rules of issues and positions.

use std::collections::HashMap;

use super::{evidence_list, reference, reference_list, when};
use crate::error::ErrorCode;
use crate::model::graph::Part;
use crate::model::position::{Issue, Position};
use crate::validate::checker::Checker;
use crate::validate::ids::{Target, ISSUE, ISSUE_ABOUT, PARTY, STATEMENT};
use crate::validate::scope::Scope;
use crate::value::id::Id;

/// An issue, field by field; `divided` names two parties or more, or one
/// group (`divided_too_few`), and so does `aligned` (`aligned_too_few`);
/// no party is both `divided` and `aligned` (`party_conflict`, at
/// `aligned/i`).
pub(crate) fn issue(c: &mut Checker, i: &Issue, scope: &impl Scope) {
    c.text("text", &i.text);
    reference_list(c, scope, "about", &i.about, ISSUE_ABOUT);
    reference_list(c, scope, "divided", &i.divided, PARTY);
    if let [only] = i.divided.as_slice() {
        match scope.find(only) {
            // Unknown, or a part checked alone: the reference's problem.
            None | Some(Part::Group(_)) => {}
            Some(part) => c.report_at(
                "divided",
                ErrorCode::DividedTooFew,
                format!(
                    "only {:?} ({}) is at odds over this issue: name each side, or a group that stands for its members",
                    only.as_str(),
                    Target::of(part).noun()
                ),
            ),
        }
    }
    reference_list(c, scope, "aligned", &i.aligned, PARTY);
    if let [only] = i.aligned.as_slice() {
        match scope.find(only) {
            // Unknown, or a part checked alone: the reference's problem.
            None | Some(Part::Group(_)) => {}
            Some(part) => c.report_at(
                "aligned",
                ErrorCode::AlignedTooFew,
                format!(
                    "only {:?} ({}) is aligned on this issue: name each party that agrees, or a group that stands for its members",
                    only.as_str(),
                    Target::of(part).noun()
                ),
            ),
        }
    }
    for (j, party) in i.aligned.iter().enumerate() {
        if i.divided.contains(party) {
            c.at("aligned", |c| {
                c.at_index(j, |c| {
                    c.report(
                        ErrorCode::PartyConflict,
                        format!(
                            "{:?} is both at odds over this issue (`divided`) and aligned on it",
                            party.as_str()
                        ),
                    );
                });
            });
        }
    }
    evidence_list(c, scope, &i.evidence, false);
}

/// A position, field by field; each statement that voices it is its
/// holder's (`holder_not_speaker`).
pub(crate) fn position(c: &mut Checker, p: &Position, scope: &impl Scope) {
    reference(c, scope, "holder", &p.holder, PARTY);
    reference(c, scope, "issue", &p.issue, ISSUE);
    c.vocabulary("stance", &p.stance);
    c.optional_text("text", p.text.as_deref());
    reference_list(c, scope, "statements", &p.statements, STATEMENT);
    holder_speaks(c, p, scope);
    when(c, scope, &p.id, "date", p.date.as_ref(), None);
    evidence_list(c, scope, &p.evidence, false);
}

/// Each statement of a position that its holder neither said, co-said nor
/// was spoken for in (`holder_not_speaker`, at `statements/i`); only for a
/// holder that names a party of the article.
fn holder_speaks(c: &mut Checker, p: &Position, scope: &impl Scope) {
    // A holder that is not a party is the reference's problem.
    if !scope
        .find(&p.holder)
        .is_some_and(|part| PARTY.allows(Target::of(part)))
    {
        return;
    }
    for (i, id) in p.statements.iter().enumerate() {
        let Some(Part::Statement(s)) = scope.find(id) else {
            continue;
        };
        let speaks = p.holder == s.speaker
            || s.co_speakers.contains(&p.holder)
            || s.on_behalf_of.as_ref() == Some(&p.holder);
        if !speaks {
            c.at("statements", |c| {
                c.at_index(i, |c| {
                    c.report(
                        ErrorCode::HolderNotSpeaker,
                        format!(
                            "{:?} holds this position, but neither said the statement {:?} that voices it nor was spoken for in it (its speaker is {:?})",
                            p.holder.as_str(),
                            s.id.as_str(),
                            s.speaker.as_str()
                        ),
                    );
                });
            });
        }
    }
}

/// The most earlier positions of one holder on one issue that a position
/// is compared with, so that a document full of them stays linear.
const COMPARED: usize = 16;

/// For each position, the index of an earlier one of the same holder on
/// the same issue at the same date with another stance
/// (`conflicting_positions`), if any.
pub(crate) fn conflicts(positions: &[Position]) -> Vec<Option<usize>> {
    let mut seen: HashMap<(&Id, &Id), Vec<usize>> = HashMap::new();
    positions
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let earlier = seen.entry((&p.holder, &p.issue)).or_default();
            let found = earlier.iter().copied().find(|&j| {
                positions
                    .get(j)
                    .is_some_and(|q| q.date == p.date && q.stance != p.stance)
            });
            if earlier.len() < COMPARED {
                earlier.push(i);
            }
            found
        })
        .collect()
}

/// Reports the position at the current path as conflicting with the one
/// at `/positions/j`.
pub(crate) fn conflicting(c: &mut Checker, p: &Position, earlier: Option<&Position>, j: usize) {
    let (id, stance) = earlier.map_or(("", ""), |q| (q.id.as_str(), q.stance.as_str()));
    c.report_at(
        "stance",
        ErrorCode::ConflictingPositions,
        format!(
            "{:?} {} {:?} here, but {} in {id:?} (/positions/{j}) at the same date",
            p.holder.as_str(),
            p.stance.as_str(),
            p.issue.as_str(),
            stance
        ),
    );
}
