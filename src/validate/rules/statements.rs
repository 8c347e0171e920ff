//! The rules of statements.

use super::{evidence_list, optional_reference, reference, reference_list};
use crate::error::ErrorCode;
use crate::statement::{Statement, StatementMode};
use crate::validate::checker::Checker;
use crate::validate::ids::{MEETING, SPEAKER, SUBJECT};
use crate::validate::scope::Scope;

/// A statement, field by field; a direct quote's problem is placed at its
/// text.
pub(crate) fn statement(c: &mut Checker, s: &Statement, scope: &impl Scope) {
    reference(c, scope, "speaker", &s.speaker, SPEAKER);
    co_speakers(c, s, scope);
    c.vocabulary("mode", &s.mode);
    c.text("text", &s.text);
    let quote_mark = c.mark();
    c.vocabulary("speech_act", &s.speech_act);
    c.optional_text("reporting_verb", s.reporting_verb.as_deref());
    optional_reference(c, scope, "setting", s.setting.as_ref(), MEETING);
    if let Some(date) = &s.date {
        scope.not_after_publication(c, "date", date, "a statement");
    }
    reference_list(c, scope, "about", &s.about, SUBJECT);
    // Only a direct quote needs the evidence's ranges afterwards.
    let direct = s.mode == StatementMode::DirectQuote;
    let found = evidence_list(c, scope, &s.evidence, direct);
    if direct {
        scope.direct_quote(c, quote_mark, &s.text, &found);
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
