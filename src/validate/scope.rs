//! What the rules are checked against: a [`Scope`], either the whole
//! article (`ArticleIndex`, in `index.rs`) or a part alone (`Alone`).
//!
//! The rules of each part are written once, over a [`Scope`]; the rules
//! that need the article (references, evidence in the body, dates against
//! the publication, cycles, dates of other parts) are the scope's methods,
//! and a part alone has none of them to check.

use std::ops::Range;

use super::checker::Checker;
use super::ids::{Expected, Target};
use super::lexicon::Lexicon;
use super::rules::dates::Publication;
use crate::model::commitment::Commitment;
use crate::model::entity::{Organization, Person, Place};
use crate::model::evidence::Evidence;
use crate::model::graph::Part;
use crate::model::meeting::Meeting;
use crate::model::statement::Statement;
use crate::value::date::EventDate;
use crate::value::id::Id;

/// What a piece of evidence grounds: a name (any occurrence of a name
/// grounds its entity, however short or often repeated) or a claim.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Grounds {
    Name,
    Claim,
}

/// The rules that need more than the part being checked.
pub(super) trait Scope {
    /// Checks the reference `id` at the current path; `field` names it in
    /// messages.
    fn reference(&self, c: &mut Checker, field: &str, id: &Id, expected: Expected);

    /// Checks a piece of evidence (paths relative to it) for what it
    /// `grounds`; the byte range of the body it selects, when it is really
    /// there.
    fn evidence(
        &self,
        c: &mut Checker,
        evidence: &Evidence,
        grounds: Grounds,
    ) -> Option<Range<usize>>;

    /// Checks that a direct quote stands in the body, inside its evidence;
    /// `found` are the ranges its evidence selects. A problem is placed at
    /// `mark` among the problems, at the key `text`.
    fn direct_quote(&self, c: &mut Checker, mark: usize, s: &Statement, found: &[Range<usize>]);

    /// Checks that an assessment's judging `words` stand in the body,
    /// inside its evidence; `found` are the ranges its evidence selects. A
    /// problem is placed at `mark` among the problems, at the key `words`.
    fn judging_words(&self, c: &mut Checker, mark: usize, words: &str, found: &[Range<usize>]);

    /// Checks that words a paraphrase quotes, the item `index` of its
    /// `quoted`, stand in the body, inside its evidence; `found` are the
    /// ranges its evidence selects. A problem is placed at `mark` among the
    /// problems, at `quoted/index`.
    fn quoted_words(
        &self,
        c: &mut Checker,
        mark: usize,
        index: usize,
        words: &str,
        found: &[Range<usize>],
    );

    /// Checks that `what`, dated `date` at `key`, is not after the
    /// publication.
    fn not_after_publication(
        &self,
        c: &mut Checker,
        key: &'static str,
        date: &EventDate,
        what: &str,
    );

    /// The date of the statement `id`, if it names a dated statement.
    fn statement_date(&self, id: &Id) -> Option<&EventDate>;

    /// Reports at `key` the cycle whose first member is the item `id`.
    fn cycle(&self, c: &mut Checker, target: Target, id: &Id, key: &'static str);

    /// What `id` names in the article.
    fn find(&self, id: &Id) -> Option<Part<'_>>;

    /// The article's publication, when it has a date.
    fn publication(&self) -> Option<&Publication>;

    /// The lexicon of the article's language, when the crate has one.
    fn lexicon(&self) -> Option<&'static Lexicon>;

    /// The sentence of the body around the byte range `range`.
    fn sentence(&self, range: &Range<usize>) -> Option<&str>;

    /// The people of the article (none for a part alone).
    fn people(&self) -> &[Person];

    /// The organizations of the article (none for a part alone).
    fn organizations(&self) -> &[Organization];

    /// The places of the article (none for a part alone).
    fn places(&self) -> &[Place];

    /// The commitments of the article (none for a part alone).
    fn commitments(&self) -> &[Commitment];

    /// The meeting `id` names.
    fn meeting(&self, id: &Id) -> Option<&Meeting> {
        match self.find(id)? {
            Part::Meeting(m) => Some(m),
            _ => None,
        }
    }
}
