//! The table of an article's ids: what each names and where, the check
//! that a reference resolves to the right kind of thing, and the "did you
//! mean" of an unknown one.

use super::checker::Checker;
use crate::error::{edit_distance_at_most, ErrorCode};
use crate::model::article::Article;
use crate::model::entity::PlaceKind;
use crate::model::graph::{part_at, ArticleGraph, Part, PartKind};
use crate::value::id::Id;

/// What an id in an article names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Target {
    Person,
    Organization,
    /// A place that is not a country nor a region.
    Place,
    /// A place of kind `country`.
    Country,
    /// A place of kind `region` or `geographic_region` ("the Sahel", "the
    /// region"), which may also be a party.
    Region,
    /// A place whose kind this version does not know (reported as
    /// `unknown_variant`): taken for a place or a country, so that one
    /// unknown kind gives one problem, not one at every reference to it.
    UnknownPlace,
    /// A group of parties ("the E3", "Western powers").
    Group,
    Document,
    Meeting,
    Event,
    Statement,
    Commitment,
    Assessment,
    Issue,
    Position,
    Relation,
    Request,
}

impl Target {
    /// What `part` is, as a reference sees it.
    pub(crate) fn of(part: Part<'_>) -> Target {
        match part {
            Part::Person(_) => Target::Person,
            Part::Organization(_) => Target::Organization,
            Part::Place(p) => match p.kind {
                PlaceKind::Country => Target::Country,
                PlaceKind::Region | PlaceKind::GeographicRegion => Target::Region,
                PlaceKind::Unknown(_) => Target::UnknownPlace,
                _ => Target::Place,
            },
            Part::Group(_) => Target::Group,
            Part::Document(_) => Target::Document,
            Part::Meeting(_) => Target::Meeting,
            Part::Event(_) => Target::Event,
            Part::Statement(_) => Target::Statement,
            Part::Commitment(_) => Target::Commitment,
            Part::Assessment(_) => Target::Assessment,
            Part::Issue(_) => Target::Issue,
            Part::Position(_) => Target::Position,
            Part::Relation(_) => Target::Relation,
            Part::Request(_) => Target::Request,
        }
    }

    /// The bit of a kind that a reference may point at; a place of an
    /// unknown kind is taken for both a place and a country.
    const fn bit(self) -> u32 {
        match self {
            Target::UnknownPlace => {
                (1 << Target::Place as u32)
                    | (1 << Target::Country as u32)
                    | (1 << Target::Region as u32)
            }
            _ => 1 << self as u32,
        }
    }

    pub(crate) fn noun(self) -> &'static str {
        match self {
            Target::Person => "a person",
            Target::Organization => "an organization",
            Target::Place => "a place (not a country or region)",
            Target::Country => "a country",
            Target::Region => "a region",
            Target::UnknownPlace => "a place of an unknown kind",
            Target::Group => "a group",
            Target::Document => "a document",
            Target::Meeting => "a meeting",
            Target::Event => "an event",
            Target::Statement => "a statement",
            Target::Commitment => "a commitment",
            Target::Assessment => "an assessment",
            Target::Issue => "an issue",
            Target::Position => "a position",
            Target::Relation => "a relation",
            Target::Request => "a request",
        }
    }
}

/// The kinds of thing a reference may point at, and how to say so.
#[derive(Clone, Copy)]
pub(crate) struct Expected {
    mask: u32,
    what: &'static str,
}

impl Expected {
    /// A reference to any of `targets`, said as `what` in messages.
    const fn any_of(targets: &[Target], what: &'static str) -> Self {
        let mut mask = 0;
        let mut rest = targets;
        while let [first, others @ ..] = rest {
            mask |= first.bit();
            rest = others;
        }
        Expected { mask, what }
    }

    pub(crate) fn allows(self, target: Target) -> bool {
        self.mask & target.bit() != 0
    }
}

use Target::{
    Commitment as C, Country as K, Document as D, Event as V, Group as G, Issue as I, Meeting as M,
    Organization as O, Person as P, Place as L, Position as Q, Region as R, Relation as N,
    Request as A, Statement as S,
};

/// Who can say something: a person, an organization, a country, a group,
/// or a document ("the joint statement said").
pub(crate) const SPEAKER: Expected = Expected::any_of(
    &[P, O, K, G, D],
    "a person, an organization, a country, a group or a document",
);
/// Who can author or report: a person or an organization (bylines,
/// sources, outlets).
pub(crate) const AUTHOR: Expected = Expected::any_of(&[P, O], "a person or an organization");
/// Who can act, be bound, be affected or take part: a person, an
/// organization, a country, a region ("the Sahel") or a group.
pub(crate) const PARTY: Expected = Expected::any_of(
    &[P, O, K, R, G],
    "a person, an organization, a country, a region or a group",
);
/// Any place, countries and regions included.
pub(crate) const PLACE: Expected = Expected::any_of(&[L, K, R], "a place");
/// An organization.
pub(crate) const ORGANIZATION: Expected = Expected::any_of(&[O], "an organization");
/// A meeting.
pub(crate) const MEETING: Expected = Expected::any_of(&[M], "a meeting");
/// A meeting or another event (what a commitment concerns, what a meeting
/// follows).
pub(crate) const OCCASION: Expected = Expected::any_of(&[M, V], "a meeting or an event");
/// What a meeting's purpose may serve: a document, a commitment, an
/// event or a meeting.
pub(crate) const SERVED: Expected = Expected::any_of(
    &[D, C, V, M],
    "a document, a commitment, an event or a meeting",
);
/// A document.
pub(crate) const DOCUMENT: Expected = Expected::any_of(&[D], "a document");
/// A statement.
pub(crate) const STATEMENT: Expected = Expected::any_of(&[S], "a statement");
/// A commitment.
pub(crate) const COMMITMENT: Expected = Expected::any_of(&[C], "a commitment");
/// What an assessment may judge: a meeting, an event, a commitment, a
/// document, a statement, a party, an issue or a relation.
pub(crate) const ASSESSED: Expected = Expected::any_of(
    &[M, V, C, D, S, P, O, K, R, G, I, N],
    "a meeting, an event, a commitment, a document, a statement, a party, an issue or a relation",
);
/// What a meeting's link of relation `background` may point at: a
/// meeting, an event or an issue ("the talks come as the two countries
/// remain at odds over the pipeline").
pub(crate) const BACKGROUND: Expected =
    Expected::any_of(&[M, V, I], "a meeting, an event or an issue");
/// An issue.
pub(crate) const ISSUE: Expected = Expected::any_of(&[I], "an issue");
/// What an issue may concern: entities, documents, meetings, events and
/// commitments.
pub(crate) const ISSUE_ABOUT: Expected = Expected::any_of(
    &[P, O, L, K, R, G, D, M, V, C],
    "an entity, a document, a meeting, an event or a commitment",
);
/// What an update may be about: a commitment or a meeting.
pub(crate) const TRACKED: Expected = Expected::any_of(&[C, M], "a commitment or a meeting");
/// Anything the article reports (what statements, commitments, meetings
/// and events are about).
pub(crate) const SUBJECT: Expected = Expected::any_of(
    &[P, O, L, K, R, G, D, M, V, S, C, I, Q, N, A],
    "anything the article reports (an entity, a document, a meeting, an event, a statement, a commitment, an issue, a position, a relation or a request; not an assessment)",
);

/// The article's ids (its [`ArticleGraph`]) as the rules read them: what
/// kind of thing each names, and the "did you mean" of an unknown one.
pub(crate) struct IdTable<'a> {
    graph: ArticleGraph<'a>,
    /// How many more unknown references get a "did you mean" (each costs a
    /// pass over the ids, so a document full of them stays linear).
    suggestions_left: std::cell::Cell<usize>,
    /// How many more ids the suggestions may compare, in all.
    comparisons_left: std::cell::Cell<usize>,
}

/// How many unknown references of one article get a suggestion.
const SUGGESTIONS: usize = 20;

/// How many ids all the suggestions of one article may compare.
const COMPARISONS: usize = 50_000;

impl<'a> IdTable<'a> {
    pub(crate) fn new(article: &'a Article) -> Self {
        IdTable {
            graph: ArticleGraph::new(article),
            suggestions_left: std::cell::Cell::new(SUGGESTIONS),
            comparisons_left: std::cell::Cell::new(COMPARISONS),
        }
    }

    /// What the part of `kind` at `index` is, as a reference sees it.
    fn target_at(&self, kind: PartKind, index: usize) -> Option<Target> {
        part_at(self.graph.article(), kind, index).map(Target::of)
    }

    /// The part that `id` names.
    pub(crate) fn find(&self, id: &Id) -> Option<Part<'a>> {
        self.graph.find(id)
    }

    /// Reports `id` (at `id` below the current path) when an earlier item
    /// has it.
    pub(crate) fn check_unique(&self, c: &mut Checker, id: &Id, kind: PartKind, index: usize) {
        if let Some((first_kind, first_index)) = self.graph.locate(id.as_bytes()) {
            if (first_kind, first_index) != (kind, index) {
                let first_collection = first_kind.collection();
                c.report_at(
                    "id",
                    ErrorCode::DuplicateId,
                    format!(
                        "id {:?} is already used by {first_collection}/{first_index}",
                        id.as_str()
                    ),
                );
            }
        }
    }

    /// What `id` names, if anything.
    pub(crate) fn target(&self, id: &[u8]) -> Option<Target> {
        let (kind, index) = self.graph.locate(id)?;
        self.target_at(kind, index)
    }

    /// The index of `id` in its collection, if it names a `target`.
    pub(crate) fn index_of(&self, id: &[u8], target: Target) -> Option<usize> {
        let (kind, index) = self.graph.locate(id)?;
        (self.target_at(kind, index) == Some(target)).then_some(index)
    }

    /// Checks the reference at the current path; `field` names it in messages.
    pub(crate) fn resolve(&self, c: &mut Checker, field: &str, id: &Id, expected: Expected) {
        match self.target(id.as_bytes()) {
            Some(target) if expected.allows(target) => {}
            Some(target) => c.report(
                ErrorCode::WrongReferenceKind,
                format!(
                    "{field} must be {}, but {:?} is {}",
                    expected.what,
                    id.as_str(),
                    target.noun()
                ),
            ),
            None => {
                let budget = self.suggestions_left.get();
                self.suggestions_left.set(budget.saturating_sub(1));
                let hint = (budget > 0)
                    .then(|| self.suggest(id.as_str(), expected))
                    .flatten()
                    .map(|s| format!("; did you mean {s:?}?"))
                    .unwrap_or_default();
                c.report(
                    ErrorCode::UnknownReference,
                    format!(
                        "{field} refers to {:?}, which is not the id of anything in this article (expected {}){hint}",
                        id.as_str(),
                        expected.what
                    ),
                );
            }
        }
    }

    /// The id of the expected kind closest to `missing` (at most two edits
    /// away), to suggest in a message.
    fn suggest(&self, missing: &str, expected: Expected) -> Option<&'a str> {
        // Each comparison is cheap, but a document may have very many ids:
        // all the suggestions of one article share a budget of comparisons.
        let budget = self.comparisons_left.get();
        let candidates = self.graph.ids().filter(|&(_, kind, index)| {
            self.target_at(kind, index)
                .is_some_and(|target| expected.allows(target))
        });
        let mut used = 0;
        let best = candidates
            .take_while(|_| {
                used += 1;
                used <= budget
            })
            .filter_map(|(id, _, _)| {
                edit_distance_at_most(missing.as_bytes(), id, 2).map(|d| (d, id))
            })
            .min()
            .and_then(|(_, id)| std::str::from_utf8(id).ok());
        self.comparisons_left.set(budget.saturating_sub(used));
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::handle::*;
    use std::marker::PhantomData;

    /// Whether the handle type implements the trait, for concrete types
    /// (method resolution prefers the impl that needs no autoref, which
    /// exists only when the bound holds).
    macro_rules! implements {
        ($handle:ty: $bound:path) => {{
            struct Probe<T>(PhantomData<T>);
            // One of the two is dead wherever the answer is known.
            #[allow(dead_code)]
            trait Yes {
                fn holds(&self) -> bool {
                    true
                }
            }
            impl<T: $bound> Yes for Probe<T> {}
            #[allow(dead_code)]
            trait No {
                fn holds(&self) -> bool {
                    false
                }
            }
            impl<T> No for &Probe<T> {}
            (&Probe::<$handle>(PhantomData)).holds()
        }};
    }

    /// For every handle (the kind of part it stands for) and every trait
    /// that says where a handle may go (the mask that validation checks
    /// the same reference with): a handle may be given where reading would
    /// accept its kind, and nowhere else.
    #[test]
    fn the_handle_traits_and_the_reference_masks_agree() {
        macro_rules! check {
            ($($handle:ty => $target:expr),* $(,)?) => {{
                let mut checked = 0;
                $(
                    for (allowed, mask, name) in [
                        (implements!($handle: AsSpeaker), SPEAKER, "AsSpeaker"),
                        (implements!($handle: AsAuthor), AUTHOR, "AsAuthor"),
                        (implements!($handle: AsParty), PARTY, "AsParty"),
                        (implements!($handle: AsLocation), PLACE, "AsLocation"),
                        (implements!($handle: AsOccasion), OCCASION, "AsOccasion"),
                        (implements!($handle: AsSubject), SUBJECT, "AsSubject"),
                        (implements!($handle: AsAssessed), ASSESSED, "AsAssessed"),
                        (implements!($handle: AsServed), SERVED, "AsServed"),
                        (implements!($handle: AsConcerned), ISSUE_ABOUT, "AsConcerned"),
                        (implements!($handle: AsBackground), BACKGROUND, "AsBackground"),
                    ] {
                        assert_eq!(
                            allowed,
                            mask.allows($target),
                            "{} as {name}: the trait and the mask ({}) disagree",
                            stringify!($handle),
                            mask.what
                        );
                        checked += 1;
                    }
                )*
                checked
            }};
        }
        let checked = check!(
            PersonHandle => Target::Person,
            OrganizationHandle => Target::Organization,
            PlaceHandle => Target::Place,
            CountryHandle => Target::Country,
            RegionHandle => Target::Region,
            GroupHandle => Target::Group,
            DocumentHandle => Target::Document,
            MeetingHandle => Target::Meeting,
            EventHandle => Target::Event,
            StatementHandle => Target::Statement,
            CommitmentHandle => Target::Commitment,
            AssessmentHandle => Target::Assessment,
            IssueHandle => Target::Issue,
            PositionHandle => Target::Position,
            RelationHandle => Target::Relation,
            RequestHandle => Target::Request,
        );
        assert_eq!(checked, 160);
        // The probe itself can say no.
        assert!(!implements!(PlaceHandle: AsSpeaker));
        assert!(implements!(CountryHandle: AsSpeaker));
    }
}
