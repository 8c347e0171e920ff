//! The two scopes: the whole article, through its [`ArticleIndex`] (ids,
//! body, publication date, cycles), or a part [`Alone`], where only the
//! rules that need nothing outside it apply.

use std::ops::Range;

use super::body::Body;
use super::checker::Checker;
use super::cycles::Cycles;
use super::ids::{Expected, IdTable, Target};
use super::lexicon::Lexicon;
use super::rules::dates::Publication;
use super::rules::evidence;
use super::scope::{Grounds, Scope};
use crate::error::ErrorCode;
use crate::model::article::Article;
use crate::model::commitment::Commitment;
use crate::model::entity::{Organization, Person, Place};
use crate::model::evidence::{Evidence, TextTarget};
use crate::model::graph::Part;
use crate::model::statement::Statement;
use crate::value::date::EventDate;
use crate::value::id::Id;

/// A part checked alone: only its own rules.
pub(super) struct Alone;

impl Scope for Alone {
    fn reference(&self, _: &mut Checker, _: &str, _: &Id, _: Expected) {}

    fn evidence(&self, c: &mut Checker, e: &Evidence, grounds: Grounds) -> Option<Range<usize>> {
        if evidence::quote_not_blank(c, e) && grounds == Grounds::Claim {
            evidence::not_weak(c, e);
        }
        None
    }

    fn direct_quote(&self, _: &mut Checker, _: usize, _: &Statement, _: &[Range<usize>]) {}

    fn judging_words(&self, _: &mut Checker, _: usize, _: &str, _: &[Range<usize>]) {}

    fn quoted_words(&self, _: &mut Checker, _: usize, _: usize, _: &str, _: &[Range<usize>]) {}

    fn not_after_publication(&self, _: &mut Checker, _: &'static str, _: &EventDate, _: &str) {}

    fn statement_date(&self, _: &Id) -> Option<&EventDate> {
        None
    }

    fn cycle(&self, _: &mut Checker, _: Target, _: &Id, _: &'static str) {}

    fn find(&self, _: &Id) -> Option<Part<'_>> {
        None
    }

    fn publication(&self) -> Option<&Publication> {
        None
    }

    fn lexicon(&self) -> Option<&'static Lexicon> {
        None
    }

    fn sentence(&self, _: &Range<usize>) -> Option<&str> {
        None
    }

    fn people(&self) -> &[Person] {
        &[]
    }

    fn organizations(&self) -> &[Organization] {
        &[]
    }

    fn places(&self) -> &[Place] {
        &[]
    }

    fn commitments(&self) -> &[Commitment] {
        &[]
    }
}

/// Everything the article-wide rules need, built once per article: the
/// table of ids, the body with its offset index (built on first use), the
/// publication date, the cycles and the lexicon (looked up on first use).
pub(super) struct ArticleIndex<'a> {
    pub(super) ids: IdTable<'a>,
    body: Body<'a>,
    headline: Option<Body<'a>>,
    publication: Option<Publication>,
    cycles: Cycles<'a>,
    /// The primary language subtag, and its lexicon looked up on first use
    /// (an article with nothing to read in words never parses one).
    language: &'a str,
    lexicon: std::cell::OnceCell<Option<&'static Lexicon>>,
    people: &'a [Person],
    organizations: &'a [Organization],
    places: &'a [Place],
    commitments: &'a [Commitment],
}

impl<'a> ArticleIndex<'a> {
    pub(super) fn new(article: &'a Article) -> Self {
        let ids = IdTable::new(article);
        let cycles = Cycles::of(article, &ids);
        ArticleIndex {
            ids,
            body: Body::new(&article.body),
            headline: article.headline.as_deref().map(Body::new),
            publication: article.published.map(Publication::new),
            cycles,
            language: article.language.primary_language(),
            lexicon: std::cell::OnceCell::new(),
            people: &article.entities.people,
            organizations: &article.entities.organizations,
            places: &article.entities.places,
            commitments: &article.commitments,
        }
    }
}

impl Scope for ArticleIndex<'_> {
    fn reference(&self, c: &mut Checker, field: &str, id: &Id, expected: Expected) {
        self.ids.resolve(c, field, id, expected);
    }

    fn evidence(&self, c: &mut Checker, e: &Evidence, grounds: Grounds) -> Option<Range<usize>> {
        if let Some(target) = &e.target {
            c.vocabulary("target", target);
        }
        if !evidence::quote_not_blank(c, e) {
            return None;
        }
        if grounds == Grounds::Claim {
            evidence::not_weak(c, e);
        }
        match &e.target {
            None | Some(TextTarget::Body) => {
                let found = evidence::in_body(c, e, &self.body, grounds);
                if let Some(range) = &found {
                    evidence::whole_words(c, self.body.text(), range);
                }
                found
            }
            Some(TextTarget::Headline) => match &self.headline {
                // A range of the headline says nothing of the body.
                Some(headline) => {
                    if let Some(range) = evidence::in_body(c, e, headline, grounds) {
                        evidence::whole_words(c, headline.text(), &range);
                    }
                    None
                }
                None => {
                    c.report_at(
                        "target",
                        ErrorCode::EvidenceNotFound,
                        "the evidence points into the headline, and the article has none",
                    );
                    None
                }
            },
            Some(_) => None,
        }
    }

    fn direct_quote(&self, c: &mut Checker, mark: usize, s: &Statement, found: &[Range<usize>]) {
        if let Some((code, problem)) = evidence::quote_problem(s, &self.body, found) {
            c.insert_at(mark, "text", code, problem);
        }
    }

    fn judging_words(&self, c: &mut Checker, mark: usize, words: &str, found: &[Range<usize>]) {
        if let Some((code, problem)) = evidence::judging_words_problem(words, &self.body, found) {
            c.insert_at(mark, "words", code, problem);
        }
    }

    fn quoted_words(
        &self,
        c: &mut Checker,
        mark: usize,
        index: usize,
        words: &str,
        found: &[Range<usize>],
    ) {
        if let Some((code, problem)) = evidence::quoted_words_problem(words, &self.body, found) {
            c.insert_at_index(mark, "quoted", index, code, problem);
        }
    }

    fn not_after_publication(
        &self,
        c: &mut Checker,
        key: &'static str,
        date: &EventDate,
        what: &str,
    ) {
        if let Some(publication) = &self.publication {
            publication.check_not_after(c, key, date, what);
        }
    }

    fn statement_date(&self, id: &Id) -> Option<&EventDate> {
        match self.find(id)? {
            Part::Statement(s) => s.date.as_ref()?.value.as_ref(),
            _ => None,
        }
    }

    fn cycle(&self, c: &mut Checker, target: Target, id: &Id, key: &'static str) {
        self.cycles.report(c, target, id, key);
    }

    fn find(&self, id: &Id) -> Option<Part<'_>> {
        self.ids.find(id)
    }

    fn publication(&self) -> Option<&Publication> {
        self.publication.as_ref()
    }

    fn lexicon(&self) -> Option<&'static Lexicon> {
        *self
            .lexicon
            .get_or_init(|| Lexicon::for_language(self.language))
    }

    fn sentence(&self, range: &Range<usize>) -> Option<&str> {
        super::body::sentence_around(self.body.text(), range)
    }

    fn people(&self) -> &[Person] {
        self.people
    }

    fn organizations(&self) -> &[Organization] {
        self.organizations
    }

    fn places(&self) -> &[Place] {
        self.places
    }

    fn commitments(&self) -> &[Commitment] {
        self.commitments
    }
}
