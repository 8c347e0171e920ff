//! The rules of statements.

use super::{evidence_list, optional_reference, quantities, reference, reference_list, when};
use crate::error::ErrorCode;
use crate::statement::{Statement, StatementMode};
use crate::validate::checker::Checker;
use crate::validate::ids::{AUTHOR, DOCUMENT, MEETING, PARTY, SPEAKER, SUBJECT};
use crate::validate::scope::Scope;

/// A statement, field by field; a direct quote's problem is placed at its
/// text.
pub(crate) fn statement(c: &mut Checker, s: &Statement, scope: &impl Scope) {
    reference(c, scope, "speaker", &s.speaker, SPEAKER);
    optional_reference(c, scope, "document", s.document.as_ref(), DOCUMENT);
    optional_reference(c, scope, "on_behalf_of", s.on_behalf_of.as_ref(), PARTY);
    reference_list(c, scope, "reported_by", &s.reported_by, AUTHOR);
    co_speakers(c, s, scope);
    reference_list(c, scope, "addressees", &s.addressees, PARTY);
    c.vocabulary("mode", &s.mode);
    c.text("text", &s.text);
    let quote_mark = c.mark();
    c.texts("pieces", &s.pieces);
    c.vocabulary("speech_act", &s.speech_act);
    c.optional_text("reporting_verb", s.reporting_verb.as_deref());
    optional_reference(c, scope, "setting", s.setting.as_ref(), MEETING);
    when(c, scope, "date", s.date.as_ref(), Some("a statement"));
    reference_list(c, scope, "about", &s.about, SUBJECT);
    quantities(c, scope, &s.quantities);
    // Only a direct quote needs the evidence's ranges afterwards.
    let direct = matches!(s.mode, StatementMode::DirectQuote | StatementMode::OwnText);
    let found = evidence_list(c, scope, &s.evidence, direct);
    if direct {
        scope.direct_quote(c, quote_mark, s, &found);
    }
}

/// The co-speakers are speakers, none twice, and not the speaker.
fn co_speakers(c: &mut Checker, s: &Statement, scope: &impl Scope) {
    reference_list(c, scope, "co_speakers", &s.co_speakers, SPEAKER);
    if let Some(i) = s.co_speakers.iter().position(|other| *other == s.speaker) {
        c.at("co_speakers", |c| {
            c.at_index(i, |c| {
                c.report(
                    ErrorCode::DuplicateReference,
                    "a co-speaker cannot be the speaker",
                )
            })
        });
    }
}
