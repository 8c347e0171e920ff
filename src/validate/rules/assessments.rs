//! The rules of assessments.

use super::{evidence_list, optional_reference, reference};
use crate::model::assessment::Assessment;
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
    let found = evidence_list(c, scope, &a.evidence, true);
    scope.judging_words(c, words_mark, &a.words, &found);
}
