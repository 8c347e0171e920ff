//! The rules of documents.

use super::{
    dates, each, evidence_list, meetings, not_itself, optional_reference, quantities,
    reference_list, value_of, when,
};
use crate::error::ErrorCode;
use crate::model::document::{Document, DocumentStatus};
use crate::validate::checker::Checker;
use crate::validate::ids::{Target, DOCUMENT, MEETING, PARTY, PLACE, SUBJECT};
use crate::validate::scope::Scope;
use crate::value::date::EventDate;

/// A document, field by field.
pub(crate) fn document(c: &mut Checker, d: &Document, scope: &impl Scope) {
    c.vocabulary("kind", &d.kind);
    c.optional_text("title", d.title.as_deref());
    c.texts("aliases", &d.aliases);
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
    let mut previous: Option<&EventDate> = None;
    each(c, "status_history", &d.status_history, |c, i, step| {
        c.vocabulary("status", &step.status);
        when(
            c,
            scope,
            &d.id,
            "date",
            step.date.as_ref(),
            Some("a step of a document's history"),
        );
        if let (Some(date), Some(before)) = (value_of(step.date.as_ref()), previous) {
            if dates::ends_before(date, before) {
                c.report_at(
                    "date",
                    ErrorCode::HistoryOutOfOrder,
                    format!(
                        "the history is oldest first, and this step ({date}) is dated before the one listed before it ({before})"
                    ),
                );
            }
        }
        // The step's own date, borrowed from the document (the closure's
        // item is only lent for the call).
        if let Some(date) = d
            .status_history
            .get(i)
            .and_then(|s| value_of(s.date.as_ref()))
        {
            previous = Some(date);
        }
        reference_list(c, scope, "parties", &step.parties, PARTY);
        optional_reference(c, scope, "place", step.place.as_ref(), PLACE);
        evidence_list(c, scope, &step.evidence, false);
    });
    reference_list(c, scope, "issuers", &d.issuers, PARTY);
    reference_list(c, scope, "signatories", &d.signatories, PARTY);
    reference_list(c, scope, "parties", &d.parties, PARTY);
    optional_reference(c, scope, "adopted_at", d.adopted_at.as_ref(), MEETING);
    not_itself(c, "part_of", d.part_of.as_ref(), &d.id, "a document");
    if d.part_of.as_ref() != Some(&d.id) {
        optional_reference(c, scope, "part_of", d.part_of.as_ref(), DOCUMENT);
        if d.part_of.is_some() {
            scope.cycle(c, Target::Document, &d.id, "part_of");
        }
    }
    reference_list(c, scope, "about", &d.about, SUBJECT);
    c.texts("topics", &d.topics);
    if d.topics_partial && d.topics.is_empty() {
        c.report_at(
            "topics_partial",
            ErrorCode::PartialWithoutTopics,
            "only some of what the document contains is listed (\"including\"), but `topics` lists none",
        );
    }
    quantities(c, scope, &d.quantities);
    reference_list(c, scope, "according_to", &d.according_to, PARTY);
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
