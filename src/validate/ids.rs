//! The table of an article's ids: what each names and where, the check
//! that a reference resolves to the right kind of thing, and the "did you
//! mean" of an unknown one.

use super::checker::Checker;
use crate::error::ErrorCode;
use crate::id::Id;

/// What an id in an article names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Target {
    Person,
    Organization,
    /// A place that is not a country.
    Place,
    /// A place of kind `country`.
    Country,
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
}

const PERSON: u16 = 1;
const ORGANIZATION_BIT: u16 = 2;
const PLACE_BIT: u16 = 4;
const COUNTRY: u16 = 8;
const GROUP: u16 = 16;
const DOCUMENT_BIT: u16 = 32;
const MEETING_BIT: u16 = 64;
const EVENT: u16 = 128;
const STATEMENT_BIT: u16 = 256;
const COMMITMENT: u16 = 512;

impl Target {
    fn bit(self) -> u16 {
        match self {
            Target::Person => PERSON,
            Target::Organization => ORGANIZATION_BIT,
            Target::Place => PLACE_BIT,
            Target::Country => COUNTRY,
            Target::UnknownPlace => PLACE_BIT | COUNTRY,
            Target::Group => GROUP,
            Target::Document => DOCUMENT_BIT,
            Target::Meeting => MEETING_BIT,
            Target::Event => EVENT,
            Target::Statement => STATEMENT_BIT,
            Target::Commitment => COMMITMENT,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Target::Person => "a person",
            Target::Organization => "an organization",
            Target::Place => "a place (not a country)",
            Target::Country => "a country",
            Target::UnknownPlace => "a place of an unknown kind",
            Target::Group => "a group",
            Target::Document => "a document",
            Target::Meeting => "a meeting",
            Target::Event => "an event",
            Target::Statement => "a statement",
            Target::Commitment => "a commitment",
        }
    }
}

/// The kinds of thing a reference may point at, and how to say so.
#[derive(Clone, Copy)]
pub(crate) struct Expected {
    mask: u16,
    what: &'static str,
}

impl Expected {
    const fn new(mask: u16, what: &'static str) -> Self {
        Expected { mask, what }
    }

    fn allows(self, target: Target) -> bool {
        self.mask & target.bit() != 0
    }
}

/// Who can say something: a person, an organization, a country, a group,
/// or a document ("the joint statement said").
pub(crate) const SPEAKER: Expected = Expected::new(
    PERSON | ORGANIZATION_BIT | COUNTRY | GROUP | DOCUMENT_BIT,
    "a person, an organization, a country, a group or a document",
);
/// Who can author or report: a person or an organization (bylines,
/// sources, outlets).
pub(crate) const AUTHOR: Expected =
    Expected::new(PERSON | ORGANIZATION_BIT, "a person or an organization");
/// Who can act, be bound or take part: a person, an organization, a
/// country or a group.
pub(crate) const PARTY: Expected = Expected::new(
    PERSON | ORGANIZATION_BIT | COUNTRY | GROUP,
    "a person, an organization, a country or a group",
);
/// Any place, countries included.
pub(crate) const PLACE: Expected = Expected::new(PLACE_BIT | COUNTRY, "a place");
/// An organization.
pub(crate) const ORGANIZATION: Expected = Expected::new(ORGANIZATION_BIT, "an organization");
/// A meeting.
pub(crate) const MEETING: Expected = Expected::new(MEETING_BIT, "a meeting");
/// A meeting or another event (what a commitment concerns, what a meeting
/// follows).
pub(crate) const OCCASION: Expected = Expected::new(MEETING_BIT | EVENT, "a meeting or an event");
/// A document.
pub(crate) const DOCUMENT: Expected = Expected::new(DOCUMENT_BIT, "a document");
/// A statement.
pub(crate) const STATEMENT: Expected = Expected::new(STATEMENT_BIT, "a statement");
/// A commitment.
pub(crate) const COMMITMENT_KIND: Expected = Expected::new(COMMITMENT, "a commitment");
/// What an update may be about: a commitment or a meeting.
pub(crate) const TRACKED: Expected =
    Expected::new(COMMITMENT | MEETING_BIT, "a commitment or a meeting");
/// Anything the article reports (what statements, commitments, meetings
/// and events are about).
pub(crate) const SUBJECT: Expected = Expected::new(
    PERSON
        | ORGANIZATION_BIT
        | PLACE_BIT
        | COUNTRY
        | GROUP
        | DOCUMENT_BIT
        | MEETING_BIT
        | EVENT
        | STATEMENT_BIT
        | COMMITMENT,
    "anything the article reports",
);

/// The key the id table is ordered by: the length, then the last eight
/// bytes, then the whole id. Ids that share a prefix ("statement-12",
/// "statement-34") are then told apart by comparing integers, not strings.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key<'a> {
    len: usize,
    tail: u64,
    text: &'a [u8],
}

impl<'a> Key<'a> {
    fn of(text: &'a [u8]) -> Self {
        let bytes = text;
        // The last eight bytes as a big-endian number (fewer, zero-extended).
        let tail = match bytes.len().checked_sub(8).and_then(|at| bytes.get(at..)) {
            Some(last) => u64::from_be_bytes(last.try_into().expect("the last eight bytes")),
            None => bytes.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
        };
        Key {
            len: bytes.len(),
            tail,
            text,
        }
    }
}

/// One id: what it names, and the collection and index of the item.
type Definition<'a> = (Key<'a>, Target, &'static str, usize);

/// Every id of an article with what it names and where it is first
/// defined, sorted by id for binary search (no hashing: fast for the few
/// dozen ids of an article, and no hash-flooding on hostile input).
pub(crate) struct IdTable<'a> {
    definitions: Vec<Definition<'a>>,
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
    pub(crate) fn with_capacity(n: usize) -> Self {
        IdTable {
            definitions: Vec::with_capacity(n),
            suggestions_left: std::cell::Cell::new(SUGGESTIONS),
            comparisons_left: std::cell::Cell::new(COMPARISONS),
        }
    }

    /// Sorts the definitions, keeping only the first of each id; call once
    /// after every `define` and before any lookup.
    pub(crate) fn seal(&mut self) {
        // A stable sort keeps definitions of one id in document order.
        self.definitions.sort_by(|a, b| a.0.cmp(&b.0));
        self.definitions.dedup_by(|later, first| later.0 == first.0);
    }

    fn get(&self, id: &[u8]) -> Option<&Definition<'a>> {
        let key = Key::of(id);
        let at = self.definitions.binary_search_by(|d| d.0.cmp(&key)).ok()?;
        self.definitions.get(at)
    }

    /// Records `id` of the item at `collection`/`index` (an earlier item
    /// with the same id keeps it).
    pub(crate) fn define(
        &mut self,
        id: &'a Id,
        target: Target,
        collection: &'static str,
        index: usize,
    ) {
        self.definitions
            .push((Key::of(id.as_bytes()), target, collection, index));
    }

    /// Reports `id` (at `id` below the current path) when an earlier item
    /// has it.
    pub(crate) fn check_unique(
        &self,
        c: &mut Checker,
        id: &Id,
        collection: &'static str,
        index: usize,
    ) {
        if let Some(&(_, _, first_collection, first_index)) = self.get(id.as_bytes()) {
            if (first_collection, first_index) != (collection, index) {
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
        self.get(id).map(|&(_, t, _, _)| t)
    }

    /// What `id` names and its index in its collection, if anything.
    pub(crate) fn lookup(&self, id: &[u8]) -> Option<(Target, usize)> {
        self.get(id).map(|&(_, t, _, i)| (t, i))
    }

    /// The index of `id` in its collection, if it names a `target`.
    pub(crate) fn index_of(&self, id: &[u8], target: Target) -> Option<usize> {
        match self.get(id) {
            Some(&(_, t, _, i)) if t == target => Some(i),
            _ => None,
        }
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
        let candidates = self
            .definitions
            .iter()
            .filter(|&&(_, t, _, _)| expected.allows(t));
        let mut used = 0;
        let best = candidates
            .take_while(|_| {
                used += 1;
                used <= budget
            })
            .filter_map(|&(key, _, _, _)| {
                edit_distance_at_most(missing.as_bytes(), key.text, 2).map(|d| (d, key.text))
            })
            .min()
            .and_then(|(_, id)| std::str::from_utf8(id).ok());
        self.comparisons_left.set(budget.saturating_sub(used));
        best
    }
}

/// The Levenshtein distance of `a` and `b` when it is at most `limit`.
/// Ids are ASCII, so bytes are characters. Only the cells within `limit` of
/// the diagonal are computed, and the work stops as soon as a whole row
/// exceeds the limit, so a comparison costs at most a few hundred steps.
fn edit_distance_at_most(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    const FAR: usize = usize::MAX / 2;
    let mut prev: Vec<usize> = (0..=b.len())
        .map(|j| if j <= limit { j } else { FAR })
        .collect();
    let mut cur = vec![FAR; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let row = i + 1;
        cur.fill(FAR);
        // Rows have b.len() + 1 cells and j runs over 1..=b.len().
        const IN_ROW: &str = "j - 1 and j are cells of a row, and of b for j - 1";
        let first = cur.first_mut().expect(IN_ROW);
        if row <= limit {
            *first = row;
        }
        let mut best = *first;
        let from = row.saturating_sub(limit).max(1);
        let to = (row + limit).min(b.len());
        for j in from..=to {
            let cb = *b.get(j - 1).expect(IN_ROW);
            let substitute = prev
                .get(j - 1)
                .expect(IN_ROW)
                .saturating_add(usize::from(*ca != cb));
            let delete = prev.get(j).expect(IN_ROW).saturating_add(1);
            let insert = cur.get(j - 1).expect(IN_ROW).saturating_add(1);
            let cell = substitute.min(delete).min(insert);
            *cur.get_mut(j).expect(IN_ROW) = cell;
            best = best.min(cell);
        }
        if best > limit {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().filter(|&d| d <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert_eq!(
            edit_distance_at_most(b"mfa-rusia", b"mfa-russia", 2),
            Some(1)
        );
        assert_eq!(edit_distance_at_most(b"abc", b"abc", 2), Some(0));
        assert_eq!(edit_distance_at_most(b"lavrov", b"meredov", 2), None);
        assert_eq!(edit_distance_at_most(b"ab", b"ba", 2), Some(2));
        assert_eq!(edit_distance_at_most(b"", b"ab", 2), Some(2));
        assert_eq!(edit_distance_at_most(b"abc", b"", 2), None);
        assert_eq!(edit_distance_at_most(b"kitten", b"sitting", 3), Some(3));
        assert_eq!(edit_distance_at_most(b"kitten", b"sitting", 2), None);
    }
}
