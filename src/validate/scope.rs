//! What the rules are checked against: the whole article, through its
//! [`ArticleIndex`] (ids, body, publication date, cycles), or a part
//! [`Alone`], where only the rules that need nothing outside it apply.
//!
//! The rules of each part are written once, over a [`Scope`]; the rules
//! that need the article (references, evidence in the body, dates against
//! the publication, cycles, dates of other parts) are the scope's methods,
//! and a part alone has none of them to check.

use std::ops::Range;

use super::checker::Checker;
use super::cycles::Cycles;
use super::ids::{Expected, IdTable, Target};
use super::rules::dates::Publication;
use super::rules::evidence;
use crate::article::Article;
use crate::date::EventDate;
use crate::document::Document;
use crate::entity::{Group, Organization, Person, Place, PlaceKind};
use crate::error::ErrorCode;
use crate::event::Event;
use crate::evidence::{Evidence, OffsetIndex, TextTarget};
use crate::id::Id;
use crate::meeting::Meeting;
use crate::statement::Statement;

/// What an id of the article names.
#[derive(Clone, Copy)]
pub(super) enum Found<'a> {
    Person(&'a Person),
    Organization(&'a Organization),
    Place(&'a Place),
    Group(&'a Group),
    Document(&'a Document),
    Meeting(&'a Meeting),
    Event(&'a Event),
    Statement(&'a Statement),
}

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
    fn find(&self, id: &Id) -> Option<Found<'_>>;

    /// The article's publication, when it has a date.
    fn publication(&self) -> Option<&Publication>;

    /// The meeting `id` names.
    fn meeting(&self, id: &Id) -> Option<&Meeting> {
        match self.find(id)? {
            Found::Meeting(m) => Some(m),
            _ => None,
        }
    }
}

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

    fn not_after_publication(&self, _: &mut Checker, _: &'static str, _: &EventDate, _: &str) {}

    fn statement_date(&self, _: &Id) -> Option<&EventDate> {
        None
    }

    fn cycle(&self, _: &mut Checker, _: Target, _: &Id, _: &'static str) {}

    fn find(&self, _: &Id) -> Option<Found<'_>> {
        None
    }

    fn publication(&self) -> Option<&Publication> {
        None
    }
}

/// Everything the article-wide rules need, built once per article: the
/// table of ids, the body with its offset index (built on first use), the
/// publication date and the cycles.
pub(super) struct ArticleIndex<'a> {
    pub(super) ids: IdTable<'a>,
    body: Body<'a>,
    headline: Option<Body<'a>>,
    article: &'a Article,
    publication: Option<Publication>,
    cycles: Cycles<'a>,
}

impl<'a> ArticleIndex<'a> {
    pub(super) fn new(article: &'a Article) -> Self {
        let ids = id_table(article);
        let cycles = Cycles::of(article, &ids);
        ArticleIndex {
            ids,
            body: Body::new(&article.body),
            headline: article.headline.as_deref().map(Body::new),
            article,
            publication: article.published.map(Publication::new),
            cycles,
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
            None | Some(TextTarget::Body) => evidence::in_body(c, e, &self.body, grounds),
            Some(TextTarget::Headline) => match &self.headline {
                // A range of the headline says nothing of the body.
                Some(headline) => evidence::in_body(c, e, headline, grounds).and(None),
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
            Found::Statement(s) => s.date.as_ref()?.value.as_ref(),
            _ => None,
        }
    }

    fn cycle(&self, c: &mut Checker, target: Target, id: &Id, key: &'static str) {
        self.cycles.report(c, target, id, key);
    }

    fn find(&self, id: &Id) -> Option<Found<'_>> {
        let a = self.article;
        let e = &a.entities;
        let (target, i) = self.ids.lookup(id.as_bytes())?;
        Some(match target {
            Target::Person => Found::Person(e.people.get(i)?),
            Target::Organization => Found::Organization(e.organizations.get(i)?),
            Target::Place | Target::Country | Target::UnknownPlace => {
                Found::Place(e.places.get(i)?)
            }
            Target::Group => Found::Group(e.groups.get(i)?),
            Target::Document => Found::Document(a.documents.get(i)?),
            Target::Meeting => Found::Meeting(a.meetings.get(i)?),
            Target::Event => Found::Event(a.events.get(i)?),
            Target::Statement => Found::Statement(a.statements.get(i)?),
            // No rule needs to look a commitment up.
            Target::Commitment => return None,
        })
    }

    fn publication(&self) -> Option<&Publication> {
        self.publication.as_ref()
    }
}

/// Every id of `article` with what it names and where.
fn id_table(article: &Article) -> IdTable<'_> {
    let e = &article.entities;
    let mut ids = IdTable::with_capacity(
        e.people.len()
            + e.organizations.len()
            + e.places.len()
            + e.groups.len()
            + article.documents.len()
            + article.meetings.len()
            + article.events.len()
            + article.statements.len()
            + article.commitments.len(),
    );
    for (i, p) in e.people.iter().enumerate() {
        ids.define(&p.id, Target::Person, "/entities/people", i);
    }
    for (i, o) in e.organizations.iter().enumerate() {
        ids.define(&o.id, Target::Organization, "/entities/organizations", i);
    }
    for (i, p) in e.places.iter().enumerate() {
        let target = match p.kind {
            PlaceKind::Country => Target::Country,
            PlaceKind::Unknown(_) => Target::UnknownPlace,
            _ => Target::Place,
        };
        ids.define(&p.id, target, "/entities/places", i);
    }
    for (i, g) in e.groups.iter().enumerate() {
        ids.define(&g.id, Target::Group, "/entities/groups", i);
    }
    for (i, d) in article.documents.iter().enumerate() {
        ids.define(&d.id, Target::Document, "/documents", i);
    }
    for (i, m) in article.meetings.iter().enumerate() {
        ids.define(&m.id, Target::Meeting, "/meetings", i);
    }
    for (i, ev) in article.events.iter().enumerate() {
        ids.define(&ev.id, Target::Event, "/events", i);
    }
    for (i, s) in article.statements.iter().enumerate() {
        ids.define(&s.id, Target::Statement, "/statements", i);
    }
    for (i, m) in article.commitments.iter().enumerate() {
        ids.define(&m.id, Target::Commitment, "/commitments", i);
    }
    ids.seal();
    ids
}

/// The body as validation sees it: its text and, built on first use, its
/// offset index.
pub(super) struct Body<'a> {
    text: &'a str,
    index: std::cell::OnceCell<OffsetIndex<'a>>,
    collapsed: std::cell::OnceCell<String>,
}

impl<'a> Body<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Body {
            text,
            index: std::cell::OnceCell::new(),
            collapsed: std::cell::OnceCell::new(),
        }
    }

    pub(super) fn text(&self) -> &'a str {
        self.text
    }

    pub(super) fn index(&self) -> &OffsetIndex<'a> {
        self.index.get_or_init(|| OffsetIndex::new(self.text))
    }

    /// The text with every run of white space made one space (built on
    /// first use), to find quotes in.
    pub(super) fn collapsed(&self) -> &str {
        self.collapsed
            .get_or_init(|| evidence::collapse_space(self.text))
    }
}
