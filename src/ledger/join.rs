//! Which records are one: a union-find over the records of each kind,
//! joined here by shared identifiers (and by updates, in `resolve`).

use std::collections::HashMap;

use super::records::Records;
use crate::model::entity::Identifiers;
use crate::value::codes::{CountryCode, Url, WikidataId};

/// A union-find over record indexes.
pub(super) struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    /// The index that stands for `i`'s group.
    pub(super) fn root(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.parent.get(i) {
            if p == i {
                break;
            }
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(i) {
                *slot = grand;
            }
            i = p;
        }
        i
    }

    /// Joins `a` and `b`, the lower index becoming the root.
    pub(super) fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        let (low, high) = if ra <= rb { (ra, rb) } else { (rb, ra) };
        if let Some(slot) = self.parent.get_mut(high) {
            *slot = low;
        }
    }

    /// Every group, in the order of its first member: its root and its
    /// members.
    pub(super) fn groups(&mut self) -> Vec<(usize, Vec<usize>)> {
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut at: HashMap<usize, usize> = HashMap::new();
        for i in 0..self.parent.len() {
            let r = self.root(i);
            match at.get(&r) {
                Some(&g) => {
                    if let Some(group) = groups.get_mut(g) {
                        group.1.push(i);
                    }
                }
                None => {
                    at.insert(r, groups.len());
                    groups.push((r, vec![i]));
                }
            }
        }
        groups
    }
}

/// The groups of parties, commitments and meetings.
pub(super) struct Joined {
    pub(super) parties: UnionFind,
    pub(super) commitments: UnionFind,
    pub(super) meetings: UnionFind,
}

impl Joined {
    /// The records of `records`, joined by their identifiers.
    pub(super) fn by_identifiers(records: &Records) -> Self {
        let mut joined = Joined {
            parties: UnionFind::new(records.parties.len()),
            commitments: UnionFind::new(records.commitments.len()),
            meetings: UnionFind::new(records.meetings.len()),
        };
        join_by_identifiers(
            &mut joined.parties,
            records.parties.iter().enumerate().map(|(i, p)| Identified {
                record: i,
                wikidata: p.wikidata.as_ref(),
                same_as: &p.same_as,
                country: p.country,
            }),
        );
        join_by_identifiers(
            &mut joined.commitments,
            records
                .commitments
                .iter()
                .enumerate()
                .map(|(i, c)| Identified::of(i, c.identifiers.as_ref())),
        );
        join_by_identifiers(
            &mut joined.meetings,
            records
                .meetings
                .iter()
                .enumerate()
                .map(|(i, m)| Identified::of(i, m.identifiers.as_ref())),
        );
        joined
    }
}

/// A record's identifiers.
#[derive(Clone, Copy)]
struct Identified<'r> {
    record: usize,
    wikidata: Option<&'r WikidataId>,
    same_as: &'r [Url],
    country: Option<CountryCode>,
}

impl<'r> Identified<'r> {
    fn of(record: usize, identifiers: Option<&'r Identifiers>) -> Self {
        Identified {
            record,
            wikidata: identifiers.and_then(|i| i.wikidata.as_ref()),
            same_as: identifiers.map_or(&[], |i| i.same_as.as_slice()),
            country: None,
        }
    }
}

/// Joins records that share an identifier: the same Wikidata item, or a
/// country code or URI when their Wikidata items do not differ.
fn join_by_identifiers<'r>(
    joins: &mut UnionFind,
    identified: impl Iterator<Item = Identified<'r>>,
) {
    let entries: Vec<Identified<'r>> = identified.collect();
    let mut wikidata: HashMap<&WikidataId, usize> = HashMap::new();
    let mut item_of: HashMap<usize, &WikidataId> = HashMap::new();
    for e in &entries {
        if let Some(item) = e.wikidata {
            item_of.insert(e.record, item);
            match wikidata.get(item) {
                Some(&first) => joins.join(first, e.record),
                None => {
                    wikidata.insert(item, e.record);
                }
            }
        }
    }
    // The Wikidata item of each root, to keep different items apart.
    let mut items = Items(HashMap::new());
    for (&i, &item) in &item_of {
        let r = joins.root(i);
        items.0.insert(r, item);
    }
    let mut countries: HashMap<CountryCode, usize> = HashMap::new();
    for e in &entries {
        if let Some(code) = e.country {
            match countries.get(&code) {
                Some(&first) => items.join_if_compatible(joins, first, e.record),
                None => {
                    countries.insert(code, e.record);
                }
            }
        }
    }
    let mut uris: HashMap<&Url, usize> = HashMap::new();
    for e in &entries {
        for uri in e.same_as {
            match uris.get(uri) {
                Some(&first) => items.join_if_compatible(joins, first, e.record),
                None => {
                    uris.insert(uri, e.record);
                }
            }
        }
    }
}

/// The Wikidata item of each group that has one, by its root.
struct Items<'r>(HashMap<usize, &'r WikidataId>);

impl Items<'_> {
    /// Joins `a` and `b` unless their groups have different items.
    fn join_if_compatible(&mut self, joins: &mut UnionFind, a: usize, b: usize) {
        let (ra, rb) = (joins.root(a), joins.root(b));
        if ra == rb {
            return;
        }
        let (ia, ib) = (self.0.get(&ra).copied(), self.0.get(&rb).copied());
        if let (Some(x), Some(y)) = (ia, ib) {
            if x != y {
                return;
            }
        }
        joins.join(ra, rb);
        let r = joins.root(ra);
        if let Some(item) = ia.or(ib) {
            self.0.insert(r, item);
        }
    }
}
