//! The article as a graph: its parts refer to each other by local ids, and
//! this is the one place that says what an id names. Validation (the id
//! table, references of the right kind, what a rule looks up), the exports
//! (names, identifiers, countries) and the ledger (the kind of a local id)
//! all read an article through it, so a new kind of part is added here
//! once: a [`PartKind`], a [`Part`], and the collection it is read from in
//! [`parts`].

use crate::model::article::Article;
use crate::model::assessment::Assessment;
use crate::model::commitment::Commitment;
use crate::model::document::Document;
use crate::model::entity::{Group, Identifiers, Organization, Person, Place};
use crate::model::event::Event;
use crate::model::meeting::Meeting;
use crate::model::position::{Issue, Position};
use crate::model::relation::Relation;
use crate::model::request::Request;
use crate::model::statement::Statement;
use crate::value::codes::CountryCode;
use crate::value::id::Id;

/// The kinds of part an id of an article can name, in document order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum PartKind {
    Person,
    Organization,
    Place,
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

impl PartKind {
    /// Every kind, in document order.
    pub(crate) const ALL: [PartKind; 14] = [
        PartKind::Person,
        PartKind::Organization,
        PartKind::Place,
        PartKind::Group,
        PartKind::Document,
        PartKind::Meeting,
        PartKind::Event,
        PartKind::Statement,
        PartKind::Commitment,
        PartKind::Assessment,
        PartKind::Issue,
        PartKind::Position,
        PartKind::Relation,
        PartKind::Request,
    ];

    /// The kind with its article, for messages: "a person".
    pub(crate) fn noun(self) -> &'static str {
        match self {
            PartKind::Person => "a person",
            PartKind::Organization => "an organization",
            PartKind::Place => "a place",
            PartKind::Group => "a group",
            PartKind::Document => "a document",
            PartKind::Meeting => "a meeting",
            PartKind::Event => "an event",
            PartKind::Statement => "a statement",
            PartKind::Commitment => "a commitment",
            PartKind::Assessment => "an assessment",
            PartKind::Issue => "an issue",
            PartKind::Position => "a position",
            PartKind::Relation => "a relation",
            PartKind::Request => "a request",
        }
    }

    /// The JSON Pointer of the list that holds parts of this kind.
    pub(crate) fn collection(self) -> &'static str {
        match self {
            PartKind::Person => "/entities/people",
            PartKind::Organization => "/entities/organizations",
            PartKind::Place => "/entities/places",
            PartKind::Group => "/entities/groups",
            PartKind::Document => "/documents",
            PartKind::Meeting => "/meetings",
            PartKind::Event => "/events",
            PartKind::Statement => "/statements",
            PartKind::Commitment => "/commitments",
            PartKind::Assessment => "/assessments",
            PartKind::Issue => "/issues",
            PartKind::Position => "/positions",
            PartKind::Relation => "/relations",
            PartKind::Request => "/requests",
        }
    }
}

/// A part of an article, borrowed.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Part<'a> {
    Person(&'a Person),
    Organization(&'a Organization),
    Place(&'a Place),
    Group(&'a Group),
    Document(&'a Document),
    Meeting(&'a Meeting),
    Event(&'a Event),
    Statement(&'a Statement),
    Commitment(&'a Commitment),
    Assessment(&'a Assessment),
    Issue(&'a Issue),
    Position(&'a Position),
    Relation(&'a Relation),
    Request(&'a Request),
}

impl<'a> Part<'a> {
    /// What kind of part it is.
    pub(crate) fn kind(self) -> PartKind {
        match self {
            Part::Person(_) => PartKind::Person,
            Part::Organization(_) => PartKind::Organization,
            Part::Place(_) => PartKind::Place,
            Part::Group(_) => PartKind::Group,
            Part::Document(_) => PartKind::Document,
            Part::Meeting(_) => PartKind::Meeting,
            Part::Event(_) => PartKind::Event,
            Part::Statement(_) => PartKind::Statement,
            Part::Commitment(_) => PartKind::Commitment,
            Part::Assessment(_) => PartKind::Assessment,
            Part::Issue(_) => PartKind::Issue,
            Part::Position(_) => PartKind::Position,
            Part::Relation(_) => PartKind::Relation,
            Part::Request(_) => PartKind::Request,
        }
    }

    /// Its id.
    pub(crate) fn id(self) -> &'a Id {
        match self {
            Part::Person(p) => &p.id,
            Part::Organization(o) => &o.id,
            Part::Place(p) => &p.id,
            Part::Group(g) => &g.id,
            Part::Document(d) => &d.id,
            Part::Meeting(m) => &m.id,
            Part::Event(e) => &e.id,
            Part::Statement(s) => &s.id,
            Part::Commitment(c) => &c.id,
            Part::Assessment(a) => &a.id,
            Part::Issue(i) => &i.id,
            Part::Position(p) => &p.id,
            Part::Relation(r) => &r.id,
            Part::Request(r) => &r.id,
        }
    }

    /// The name a reader would see: a name, else a description or title,
    /// else the kind (a statement: its text; a commitment: its action; an
    /// assessment: its words; an issue: its text; a position: its text,
    /// else its stance; a relation: its name, else its kind; a request:
    /// its action).
    pub(crate) fn display_name(self) -> &'a str {
        match self {
            Part::Person(p) => p
                .name
                .as_deref()
                .or(p.description.as_deref())
                .unwrap_or_else(|| p.id.as_str()),
            Part::Organization(o) => &o.name,
            Part::Place(p) => p
                .name
                .as_deref()
                .or(p.description.as_deref())
                .unwrap_or_else(|| p.id.as_str()),
            Part::Group(g) => g
                .name
                .as_deref()
                .or(g.description.as_deref())
                .unwrap_or_else(|| g.id.as_str()),
            Part::Document(d) => d.title.as_deref().unwrap_or_else(|| d.kind.as_str()),
            Part::Meeting(m) => m.name.as_deref().unwrap_or_else(|| m.kind.as_str()),
            Part::Event(e) => &e.description,
            Part::Statement(s) => &s.text,
            Part::Commitment(c) => &c.action,
            Part::Assessment(a) => &a.words,
            Part::Issue(i) => &i.text,
            Part::Position(p) => p.text.as_deref().unwrap_or_else(|| p.stance.as_str()),
            Part::Relation(r) => r.name.as_deref().unwrap_or_else(|| r.kind.as_str()),
            Part::Request(r) => &r.action,
        }
    }

    /// Its identifiers outside the article, for the parts that have them.
    pub(crate) fn identifiers(self) -> Option<&'a Identifiers> {
        match self {
            Part::Person(p) => p.identifiers.as_ref(),
            Part::Organization(o) => o.identifiers.as_ref(),
            Part::Place(p) => p.identifiers.as_ref(),
            Part::Group(g) => g.identifiers.as_ref(),
            Part::Document(d) => d.identifiers.as_ref(),
            Part::Meeting(m) => m.identifiers.as_ref(),
            Part::Event(e) => e.identifiers.as_ref(),
            Part::Statement(s) => s.identifiers.as_ref(),
            Part::Commitment(c) => c.identifiers.as_ref(),
            Part::Request(r) => r.identifiers.as_ref(),
            Part::Assessment(_) | Part::Issue(_) | Part::Position(_) | Part::Relation(_) => None,
        }
    }

    /// The country, for the entities that have one (a country its own).
    pub(crate) fn country(self) -> Option<CountryCode> {
        match self {
            Part::Person(p) => p.country,
            Part::Organization(o) => o.country,
            Part::Place(p) => p.country,
            _ => None,
        }
    }
}

/// Every part of `article` with its index in its list, in document order
/// (the order of [`PartKind::ALL`], then of each list).
pub(crate) fn parts(article: &Article) -> impl Iterator<Item = (Part<'_>, usize)> {
    PartKind::ALL.into_iter().flat_map(move |kind| {
        (0..).map_while(move |i| part_at(article, kind, i).map(|part| (part, i)))
    })
}

/// The part of kind `kind` at `index` in its list.
pub(crate) fn part_at(article: &Article, kind: PartKind, index: usize) -> Option<Part<'_>> {
    let e = &article.entities;
    match kind {
        PartKind::Person => e.people.get(index).map(Part::Person),
        PartKind::Organization => e.organizations.get(index).map(Part::Organization),
        PartKind::Place => e.places.get(index).map(Part::Place),
        PartKind::Group => e.groups.get(index).map(Part::Group),
        PartKind::Document => article.documents.get(index).map(Part::Document),
        PartKind::Meeting => article.meetings.get(index).map(Part::Meeting),
        PartKind::Event => article.events.get(index).map(Part::Event),
        PartKind::Statement => article.statements.get(index).map(Part::Statement),
        PartKind::Commitment => article.commitments.get(index).map(Part::Commitment),
        PartKind::Assessment => article.assessments.get(index).map(Part::Assessment),
        PartKind::Issue => article.issues.get(index).map(Part::Issue),
        PartKind::Position => article.positions.get(index).map(Part::Position),
        PartKind::Relation => article.relations.get(index).map(Part::Relation),
        PartKind::Request => article.requests.get(index).map(Part::Request),
    }
}

/// The key the index is ordered by: the length, then the last eight
/// bytes, then the whole id. Ids that share a prefix ("statement-12",
/// "statement-34") are then told apart by comparing integers, not strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key<'a> {
    len: usize,
    tail: u64,
    text: &'a [u8],
}

impl<'a> Key<'a> {
    fn of(text: &'a [u8]) -> Self {
        // The last eight bytes as a big-endian number (fewer, zero-extended).
        let tail = match text.len().checked_sub(8).and_then(|at| text.get(at..)) {
            Some(last) => u64::from_be_bytes(last.try_into().expect("the last eight bytes")),
            None => text.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
        };
        Key {
            len: text.len(),
            tail,
            text,
        }
    }
}

/// Every id of an article with the kind and index of the part that first
/// has it, sorted, and hashed for lookup. Built once per article.
///
/// A lookup probes at most [`PROBES`] slots of the hash table and falls
/// back to a binary search of the sorted ids: ids made to collide (hostile
/// input) cost a logarithm each, not a pass over them all.
pub(crate) struct ArticleGraph<'a> {
    article: &'a Article,
    ids: Vec<(Key<'a>, PartKind, usize)>,
    /// Open addressing over `ids`: each slot 0 (empty) or one more than an
    /// index of `ids`; a power of two long, at most half full, or empty
    /// for fewer than [`TABLE_MIN`] ids. An id whose first [`PROBES`]
    /// slots were taken is not in it.
    table: Vec<u32>,
}

/// How many slots of the hash table a lookup probes before it searches
/// the sorted ids.
const PROBES: usize = 8;

/// The fewest ids that are hashed; fewer are only searched.
const TABLE_MIN: usize = 16;

/// The home slot of `key` in a table of `mask + 1` slots: from its length,
/// its first and its last eight bytes.
fn home(key: &Key<'_>, mask: usize) -> usize {
    let head = key.text.get(..8).map_or(key.tail, |first| {
        u64::from_le_bytes(first.try_into().expect("eight bytes"))
    });
    let mixed =
        (key.tail ^ head.rotate_left(29) ^ key.len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> 32) as usize & mask
}

impl<'a> ArticleGraph<'a> {
    /// The index of `article`'s ids. Where two parts have one id (a
    /// validation error), the first in document order keeps it.
    pub(crate) fn new(article: &'a Article) -> Self {
        let mut ids: Vec<(Key<'a>, PartKind, usize)> = parts(article)
            .map(|(part, i)| (Key::of(part.id().as_bytes()), part.kind(), i))
            .collect();
        // A stable sort keeps the parts of one id in document order.
        ids.sort_by(|a, b| a.0.cmp(&b.0));
        ids.dedup_by(|later, first| later.0 == first.0);
        // A few ids are searched faster than a table is made.
        let hashed = ids.len() >= TABLE_MIN && u32::try_from(ids.len()).is_ok();
        let mut table = vec![
            0u32;
            if hashed {
                (ids.len() * 2).next_power_of_two()
            } else {
                0
            }
        ];
        let mask = table.len().wrapping_sub(1);
        for (i, (key, _, _)) in ids.iter().enumerate().filter(|_| hashed) {
            let stored = u32::try_from(i + 1).expect("fewer ids than u32::MAX, checked above");
            let mut at = home(key, mask);
            for _ in 0..PROBES {
                match table.get_mut(at) {
                    Some(slot) if *slot == 0 => {
                        *slot = stored;
                        break;
                    }
                    _ => at = (at + 1) & mask,
                }
            }
        }
        ArticleGraph {
            article,
            ids,
            table,
        }
    }

    /// The article.
    pub(crate) fn article(&self) -> &'a Article {
        self.article
    }

    /// The kind and list index of the part that `id` names.
    pub(crate) fn locate(&self, id: &[u8]) -> Option<(PartKind, usize)> {
        let key = Key::of(id);
        if !self.table.is_empty() {
            let mask = self.table.len() - 1;
            let mut at = home(&key, mask);
            for _ in 0..PROBES {
                // An empty slot ends the search: no id is stored past one.
                let index = (*self.table.get(at)? as usize).checked_sub(1)?;
                if let Some(&(stored, kind, i)) = self.ids.get(index) {
                    if stored == key {
                        return Some((kind, i));
                    }
                }
                at = (at + 1) & mask;
            }
        }
        let at = self.ids.binary_search_by(|d| d.0.cmp(&key)).ok()?;
        self.ids.get(at).map(|&(_, kind, i)| (kind, i))
    }

    /// The part that `id` names.
    pub(crate) fn find(&self, id: &Id) -> Option<Part<'a>> {
        let (kind, i) = self.locate(id.as_bytes())?;
        part_at(self.article, kind, i)
    }

    /// The name a reader would see of what `id` names (the id itself when
    /// it names nothing).
    pub(crate) fn display_name(&self, id: &'a Id) -> &'a str {
        self.find(id).map_or(id.as_str(), Part::display_name)
    }

    /// Every id with the kind and list index of what it names, sorted by
    /// the index's key (not alphabetically).
    pub(crate) fn ids(&self) -> impl Iterator<Item = (&'a [u8], PartKind, usize)> + '_ {
        self.ids.iter().map(|&(key, kind, i)| (key.text, kind, i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        Article::from_json_str(
            r#"{"format_version": "2.0", "id": "a", "language": "en", "published": "2023-12-04",
                "body": "Lavrov met Meredov in Ashgabat.",
                "entities": {"people": [{"id": "lavrov", "name": "Sergei Lavrov"}, {"id": "p2", "description": "an aide"}],
                             "places": [{"id": "tm", "name": "Turkmenistan", "kind": "country", "country": "TM"}]},
                "meetings": [{"id": "m1", "kind": "bilateral", "status": "held",
                              "participants": [{"entity": "lavrov"}], "place": "tm"}]}"#,
        )
        .expect("a valid article")
    }

    #[test]
    fn every_part_is_found_by_its_id_with_its_kind() {
        let article = article();
        let graph = ArticleGraph::new(&article);
        let all: Vec<_> = parts(&article)
            .map(|(p, i)| (p.id().as_str(), p.kind(), i))
            .collect();
        assert_eq!(
            all,
            [
                ("lavrov", PartKind::Person, 0),
                ("p2", PartKind::Person, 1),
                ("tm", PartKind::Place, 0),
                ("m1", PartKind::Meeting, 0),
            ]
        );
        for (id, kind, i) in all {
            assert_eq!(graph.locate(id.as_bytes()), Some((kind, i)));
        }
        assert_eq!(graph.locate(b"nobody"), None);
        let tm: Id = "tm".parse().expect("an id");
        assert_eq!(graph.display_name(&tm), "Turkmenistan");
        assert_eq!(
            graph
                .find(&tm)
                .and_then(Part::country)
                .map(|c| c.to_string()),
            Some("TM".into())
        );
        let p2: Id = "p2".parse().expect("an id");
        assert_eq!(graph.display_name(&p2), "an aide");
        assert_eq!(graph.find(&p2).map(Part::kind), Some(PartKind::Person));
    }

    /// Ids made to share their hash slots are still all found (past the
    /// probes, by the binary search), and an unknown one is not.
    #[test]
    fn ids_past_the_probes_are_found() {
        let mut article = article();
        let people: Vec<_> = (0..200)
            .map(|i| {
                serde_json::json!({"id": format!("same-beg{i:03}same-end"), "name": format!("P {i}")})
            })
            .collect();
        article.entities.people =
            serde_json::from_value(serde_json::Value::Array(people)).expect("people");
        let graph = ArticleGraph::new(&article);
        for (i, person) in article.entities.people.iter().enumerate() {
            assert_eq!(
                graph.locate(person.id.as_bytes()),
                Some((PartKind::Person, i))
            );
        }
        assert_eq!(graph.locate(b"same-beg999same-end"), None);
        assert_eq!(graph.locate(b""), None);
    }

    #[test]
    fn the_first_of_two_parts_keeps_their_id() {
        let mut article = article();
        let mut copy = article.meetings[0].clone();
        copy.id = "lavrov".parse().expect("an id");
        article.meetings.push(copy);
        let graph = ArticleGraph::new(&article);
        let lavrov: Id = "lavrov".parse().expect("an id");
        assert_eq!(graph.find(&lavrov).map(Part::kind), Some(PartKind::Person));
        assert_eq!(graph.ids().count(), 4);
    }

    #[test]
    fn each_kind_has_its_own_collection_and_noun() {
        let collections: std::collections::BTreeSet<_> =
            PartKind::ALL.iter().map(|k| k.collection()).collect();
        let nouns: std::collections::BTreeSet<_> = PartKind::ALL.iter().map(|k| k.noun()).collect();
        assert_eq!(collections.len(), PartKind::ALL.len());
        assert_eq!(nouns.len(), PartKind::ALL.len());
    }
}
