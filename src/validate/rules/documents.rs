//! The rules of documents.

use super::{evidence_list, optional_reference, reference_list, when};
use crate::document::Document;
use crate::validate::checker::Checker;
use crate::validate::ids::{MEETING, PARTY};
use crate::validate::scope::Scope;

/// A document, field by field.
pub(crate) fn document(c: &mut Checker, d: &Document, scope: &impl Scope) {
    c.vocabulary("kind", &d.kind);
    c.optional_text("title", d.title.as_deref());
    when(c, scope, "date", d.date.as_ref(), None);
    if let Some(status) = &d.status {
        c.vocabulary("status", status);
    }
    reference_list(c, scope, "issuers", &d.issuers, PARTY);
    reference_list(c, scope, "signatories", &d.signatories, PARTY);
    optional_reference(c, scope, "adopted_at", d.adopted_at.as_ref(), MEETING);
    evidence_list(c, scope, &d.evidence, false);
}
