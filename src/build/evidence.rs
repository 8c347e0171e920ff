//! Evidence given to a builder as words, located in the article's texts
//! when the article is built.

use crate::model::evidence::{
    find_nth_quote, Evidence, OffsetIndex, TextPositionSelector, TextTarget,
};

/// The texts of an article that a builder locates evidence in, indexed.
pub(crate) struct Texts<'a> {
    pub(crate) body: OffsetIndex<'a>,
    pub(crate) headline: Option<OffsetIndex<'a>>,
}

/// The evidence a builder was given as words, to be located when the
/// article is built: their indices in the evidence list, and which
/// occurrence (counted from 1) each is.
#[derive(Debug, Clone, Default)]
pub(crate) struct ToLocate(Vec<(usize, usize)>);

impl ToLocate {
    /// Adds `evidence` to the list, to be located at its `nth` occurrence.
    pub(crate) fn push_nth(&mut self, list: &mut Vec<Evidence>, evidence: Evidence, nth: usize) {
        self.0.push((list.len(), nth));
        list.push(evidence);
    }

    /// Adds evidence of `exact` in the body to `evidence`, to be located.
    pub(crate) fn push(&mut self, evidence: &mut Vec<Evidence>, exact: &str) {
        self.push_nth(evidence, Evidence::quote(exact), 1);
    }

    /// Gives each piece of evidence to be located its occurrence in its
    /// text; words not there keep no position, for validation to report.
    pub(crate) fn locate(&self, evidence: &mut [Evidence], texts: &Texts<'_>) {
        for &(i, nth) in &self.0 {
            let item = evidence
                .get_mut(i)
                .expect("an index is recorded as its evidence is pushed, and none is removed");
            let index = match item.target {
                Some(TextTarget::Headline) => texts.headline.as_ref(),
                _ => Some(&texts.body),
            };
            let Some(index) = index else { continue };
            let found = find_nth_quote(index.text(), &item.quote, nth)
                .and_then(|bytes| TextPositionSelector::from_utf8_range(index, bytes));
            if let Some(position) = found {
                item.position = Some(position);
            }
        }
    }
}

/// The evidence setters of every builder whose part has evidence; the
/// builder holds the part in `value` and a [`ToLocate`] in `to_locate`.
macro_rules! evidence_setters {
    () => {
        /// Adds evidence: `exact` words of the body, located (first
        /// occurrence) when the article is built.
        pub fn evidence(mut self, exact: &str) -> Self {
            self.to_locate.push(&mut self.value.evidence, exact);
            self
        }

        /// Adds evidence of the `nth` occurrence (counted from 1) of `exact`
        /// in the body, located when the article is built.
        pub fn evidence_nth(mut self, exact: &str, nth: usize) -> Self {
            let evidence = $crate::model::evidence::Evidence::quote(exact);
            self.to_locate
                .push_nth(&mut self.value.evidence, evidence, nth);
            self
        }

        /// Adds evidence of `exact` where it follows `prefix` in the body,
        /// located when the article is built.
        pub fn evidence_after(mut self, prefix: &str, exact: &str) -> Self {
            let mut evidence = $crate::model::evidence::Evidence::quote(exact);
            evidence.quote.prefix = Some(prefix.to_owned());
            self.to_locate
                .push_nth(&mut self.value.evidence, evidence, 1);
            self
        }

        /// Adds evidence of `exact` in the headline, located when the
        /// article is built.
        pub fn evidence_in_headline(mut self, exact: &str) -> Self {
            let mut evidence = $crate::model::evidence::Evidence::quote(exact);
            evidence.target = Some($crate::model::evidence::TextTarget::Headline);
            self.to_locate
                .push_nth(&mut self.value.evidence, evidence, 1);
            self
        }

        /// Adds evidence as given (it is checked, not located).
        pub fn evidence_selector(mut self, evidence: $crate::model::evidence::Evidence) -> Self {
            self.value.evidence.push(evidence);
            self
        }
    };
}
pub(crate) use evidence_setters;
