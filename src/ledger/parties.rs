//! The parties as the report names them: one key and name for each group
//! of joined party records, and the parties the report uses.

use std::collections::{HashMap, HashSet};

use super::join::UnionFind;
use super::records::Records;
use super::report::TrackedParty;
use crate::value::codes::{CountryCode, Url, WikidataId};

/// The tracked party of every group of party records, made when asked
/// (a group keeps references into the records, not a copy of its name
/// and key).
pub(super) struct Parties<'r> {
    records: &'r Records,
    /// The root of each party record's group.
    root_of: Vec<usize>,
    /// What each group's records say together, by its root.
    groups: HashMap<usize, Group<'r>>,
    /// The groups whose party the report names, by their roots.
    used: HashSet<usize>,
}

/// What the records of one group of parties say together.
struct Group<'a> {
    first: usize,
    wikidata: Option<&'a WikidataId>,
    country: Option<CountryCode>,
    uri: Option<&'a Url>,
}

impl<'r> Parties<'r> {
    /// The parties of `records`, grouped by `joins`.
    pub(super) fn new(records: &'r Records, joins: &mut UnionFind) -> Self {
        let root_of: Vec<usize> = (0..records.parties.len()).map(|i| joins.root(i)).collect();
        let mut groups: HashMap<usize, Group<'r>> = HashMap::new();
        for ((i, p), &r) in records.parties.iter().enumerate().zip(&root_of) {
            let g = groups.entry(r).or_insert(Group {
                first: i,
                wikidata: None,
                country: None,
                uri: None,
            });
            let earlier = |j: usize| {
                records
                    .parties
                    .get(j)
                    .map(|q| (records.order(q.article), j))
            };
            if earlier(i) < earlier(g.first) {
                g.first = i;
            }
            g.wikidata = g.wikidata.or(p.wikidata.as_ref());
            g.country = g.country.or(p.country);
            if let Some(u) = p.same_as.iter().min() {
                g.uri = Some(g.uri.map_or(u, |v| v.min(u)));
            }
        }
        Parties {
            records,
            root_of,
            groups,
            used: HashSet::new(),
        }
    }

    /// The key of party record `i`, noting the party as named.
    pub(super) fn key(&mut self, i: usize) -> Option<String> {
        let r = *self.root_of.get(i)?;
        let key = key(self.records, self.groups.get(&r)?)?;
        self.used.insert(r);
        Some(key)
    }

    /// Adds to `out` the keys of the party records `indexes` not in it yet.
    pub(super) fn keys_of(&mut self, indexes: &[usize], out: &mut Vec<String>) {
        for &i in indexes {
            if let Some(key) = self.key(i) {
                if !out.contains(&key) {
                    out.push(key);
                }
            }
        }
    }

    /// The parties named so far, in the order of their keys (then of their
    /// groups' roots, should two keys be the same: a `same_as` URI may
    /// read as another kind of key, `country:RU`), as
    /// [`used_keys`](Self::used_keys) gives them.
    pub(super) fn used(&self) -> Vec<TrackedParty> {
        self.used_keys()
            .into_iter()
            .filter_map(|(_, root)| self.party(root))
            .collect()
    }

    /// The roots of the parties named so far, with their keys, in the
    /// order of their keys, then (two groups under one key) of their
    /// first records' articles and ids, whatever order the articles came
    /// in: to write them one at a time ([`Self::party`]).
    pub(super) fn used_keys(&self) -> Vec<(String, usize)> {
        let records = self.records;
        let mut used: Vec<_> = self
            .used
            .iter()
            .filter_map(|&r| {
                let g = self.groups.get(&r)?;
                let first = records.parties.get(g.first)?;
                let tie = (records.order(first.article), first.id.as_str());
                Some((key(records, g)?, tie, r))
            })
            .collect();
        used.sort_unstable();
        used.into_iter().map(|(key, _, r)| (key, r)).collect()
    }

    /// The tracked party of the group `root`.
    pub(super) fn party(&self, root: usize) -> Option<TrackedParty> {
        view(self.records, self.groups.get(&root)?)
    }
}

/// The key of a group: its Wikidata item, else its country code, else its
/// least URI, else `ARTICLE#ID` of its first record.
fn key(records: &Records, g: &Group<'_>) -> Option<String> {
    let first = records.parties.get(g.first)?;
    Some(match (g.wikidata, g.country, g.uri) {
        (Some(w), _, _) => format!("wikidata:{w}"),
        (None, Some(c), _) => format!("country:{c}"),
        (None, None, Some(u)) => u.to_string(),
        (None, None, None) => records.key(first.article, &first.id),
    })
}

/// The tracked party of a group, named as its first record names it.
fn view(records: &Records, g: &Group<'_>) -> Option<TrackedParty> {
    let first = records.parties.get(g.first)?;
    Some(TrackedParty {
        key: key(records, g)?,
        name: first.name.clone(),
        wikidata: g.wikidata.cloned(),
        country: g.country,
    })
}
