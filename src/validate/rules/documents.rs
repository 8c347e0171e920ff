//! The rules of documents.

use super::{dates, evidence_list, meetings, optional_reference, reference_list, value_of, when};
use crate::error::ErrorCode;
use crate::model::document::{Document, DocumentStatus};
use crate::validate::checker::Checker;
use crate::validate::ids::{MEETING, PARTY};
use crate::validate::scope::Scope;

/// A document, field by field.
pub(crate) fn document(c: &mut Checker, d: &Document, scope: &impl Scope) {
    c.vocabulary("kind", &d.kind);
    c.optional_text("title", d.title.as_deref());
    let issued = matches!(
        d.status,
        Some(
            DocumentStatus::Adopted
                | DocumentStatus::Signed
                | DocumentStatus::Ratified
                | DocumentStatus::InForce
                | DocumentStatus::Suspended
                | DocumentStatus::Terminated
        )
    )
    .then_some("an issued, adopted or signed document");
    when(c, scope, &d.id, "date", d.date.as_ref(), issued);
    adopted_at_fits(c, d, scope);
    if let Some(status) = &d.status {
        c.vocabulary("status", status);
    }
    reference_list(c, scope, "issuers", &d.issuers, PARTY);
    reference_list(c, scope, "signatories", &d.signatories, PARTY);
    optional_reference(c, scope, "adopted_at", d.adopted_at.as_ref(), MEETING);
    super::entities::identifiers(c, d.identifiers.as_ref());
    evidence_list(c, scope, &d.evidence, false);
}

/// The meeting that adopted the document took place, and on the
/// document's date (problems at `date/value` and `adopted_at`, in field
/// order).
fn adopted_at_fits(c: &mut Checker, d: &Document, scope: &impl Scope) {
    let Some((id, meeting)) = d
        .adopted_at
        .as_ref()
        .and_then(|id| Some((id, scope.meeting(id)?)))
    else {
        return;
    };
    if let (Some(date), Some(theirs)) = (value_of(d.date.as_ref()), value_of(meeting.date.as_ref()))
    {
        if dates::apart(date, theirs) {
            c.at("date", |c| {
                c.report_at(
                    "value",
                    ErrorCode::OutsideSetting,
                    format!(
                        "the document ({date}) was adopted at {:?}, which is dated {theirs}",
                        id.as_str()
                    ),
                )
            });
        }
    }
    if meetings::not_held(&meeting.status) {
        c.report_at(
            "adopted_at",
            ErrorCode::SettingNotHeld,
            format!(
                "the document was adopted at {:?}, which is {}",
                id.as_str(),
                meeting.status
            ),
        );
    }
}
