//! The rules of updates: what an article reports about commitments and
//! meetings of earlier articles. Only what this article can show is
//! checked here; the ledger checks the targets.

use super::{commitments, each, evidence_list, meetings, optional_reference, reference, History};
use crate::error::ErrorCode;
use crate::model::update::{TargetKind, Update};
use crate::validate::checker::{repeats_by, Checker};
use crate::validate::ids::{COMMITMENT, MEETING, PARTY, TRACKED};
use crate::validate::scope::Scope;
use crate::value::id::Id;

/// An update of the article `article`, field by field.
pub(crate) fn update(c: &mut Checker, u: &Update, article: &Id, scope: &impl Scope) {
    if &u.target.article == article {
        c.report_at(
            "target",
            ErrorCode::SelfReference,
            "an update names a part of another article; a part of this one is named by its id alone",
        );
    }
    let meeting_part = u.meeting_status.is_some() || !u.participants.is_empty();
    if u.commitment_status.is_some() && meeting_part {
        let at = if u.meeting_status.is_some() {
            "meeting_status"
        } else {
            "participants"
        };
        c.report_at(
            at,
            ErrorCode::MixedUpdate,
            "an update is about a commitment (commitment_status) or a meeting (meeting_status, participants), not both",
        );
    }
    if u.same_as.is_none() && u.commitment_status.is_none() && !meeting_part {
        c.report(
            ErrorCode::EmptyUpdate,
            "an update says something: same_as, commitment_status, meeting_status or participants",
        );
    }
    let expected = match u.target_kind() {
        Some(TargetKind::Commitment) => COMMITMENT,
        Some(TargetKind::Meeting) => MEETING,
        None => TRACKED,
    };
    optional_reference(c, scope, "same_as", u.same_as.as_ref(), expected);
    if let Some(observation) = &u.commitment_status {
        c.at("commitment_status", |c| {
            commitments::observation(c, scope, observation, None, &mut History::default());
        });
    }
    if let Some(change) = &u.meeting_status {
        c.at("meeting_status", |c| {
            meetings::status_change(c, scope, change, &mut History::default());
        });
    }
    let repeated = repeats_by(&u.participants, |p| &p.entity);
    each(c, "participants", &u.participants, |c, i, p| {
        reference(c, scope, "entity", &p.entity, PARTY);
        if repeated.binary_search(&i).is_ok() {
            c.report_at(
                "entity",
                ErrorCode::DuplicateReference,
                format!(
                    "{:?} is already a participant in this update",
                    p.entity.as_str()
                ),
            );
        }
        meetings::participant_fields(c, p, scope);
    });
    evidence_list(c, scope, &u.evidence, false);
}
