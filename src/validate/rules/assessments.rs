//! The rules of assessments.

use super::{evidence_list, optional_reference, reference};
use crate::error::ErrorCode;
use crate::model::assessment::Assessment;
use crate::model::graph::Part;
use crate::validate::checker::Checker;
use crate::validate::ids::{ASSESSED, SPEAKER, STATEMENT};
use crate::validate::scope::Scope;

/// An assessment, field by field; a problem of its judging words (not in
/// the body, or outside its evidence) is placed at `words`.
pub(crate) fn assessment(c: &mut Checker, a: &Assessment, scope: &impl Scope) {
    optional_reference(c, scope, "assessor", a.assessor.as_ref(), SPEAKER);
    reference(c, scope, "assessed", &a.assessed, ASSESSED);
    c.text("words", &a.words);
    let words_mark = c.mark();
    c.vocabulary("polarity", &a.polarity);
    optional_reference(c, scope, "statement", a.statement.as_ref(), STATEMENT);
    assessor_speaks(c, a, scope);
    let found = evidence_list(c, scope, &a.evidence, true);
    scope.judging_words(c, words_mark, &a.words, &found);
}

/// An assessment voiced by a statement whose assessor is not the one who
/// said it: neither the speaker, a co-speaker nor the party the speaker
/// spoke for (`assessor_not_speaker`, at `assessor`, or at `statement`
/// when the assessment gives no assessor).
fn assessor_speaks(c: &mut Checker, a: &Assessment, scope: &impl Scope) {
    let Some(Part::Statement(s)) = a.statement.as_ref().and_then(|id| scope.find(id)) else {
        return;
    };
    let Some(assessor) = &a.assessor else {
        c.report_at(
            "statement",
            ErrorCode::AssessorNotSpeaker,
            format!(
                "the statement {:?} voices this judgement, so it is its speaker's ({:?}), not the article's own: give the assessor",
                s.id.as_str(),
                s.speaker.as_str()
            ),
        );
        return;
    };
    let speaks = *assessor == s.speaker
        || s.co_speakers.contains(assessor)
        || s.on_behalf_of.as_ref() == Some(assessor);
    if !speaks {
        c.report_at(
            "assessor",
            ErrorCode::AssessorNotSpeaker,
            format!(
                "{:?} neither said the statement {:?} that voices this judgement nor was spoken for in it (its speaker is {:?})",
                assessor.as_str(),
                s.id.as_str(),
                s.speaker.as_str()
            ),
        );
    }
}
