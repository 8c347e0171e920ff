//! The parties as the report names them: one key and name for each group
//! of joined party records, and the parties the report uses.

use std::collections::{BTreeMap, HashMap};

use super::join::UnionFind;
use super::records::Records;
use super::report::TrackedParty;
use crate::value::codes::{CountryCode, Url, WikidataId};

/// The tracked party of every group of party records.
pub(super) struct Parties {
    /// The root of each party record's group.
    root_of: Vec<usize>,
    /// The tracked party of each group, by its root.
    views: HashMap<usize, TrackedParty>,
    /// The parties the report names, by key.
    used: BTreeMap<String, TrackedParty>,
}

/// What the records of one group of parties say together.
struct Group<'a> {
    first: usize,
    wikidata: Option<&'a WikidataId>,
    country: Option<CountryCode>,
    uri: Option<&'a Url>,
}

impl Parties {
    /// The parties of `records`, grouped by `joins`.
    pub(super) fn new(records: &Records, joins: &mut UnionFind) -> Self {
        let root_of: Vec<usize> = (0..records.parties.len()).map(|i| joins.root(i)).collect();
        let mut groups: HashMap<usize, Group<'_>> = HashMap::new();
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
        let views = groups
            .into_iter()
            .filter_map(|(r, g)| Some((r, view(records, &g)?)))
            .collect();
        Parties {
            root_of,
            views,
            used: BTreeMap::new(),
        }
    }

    /// The key of party record `i`, noting the party as named.
    pub(super) fn key(&mut self, i: usize) -> Option<String> {
        let r = self.root_of.get(i)?;
        let p = self.views.get(r)?;
        if !self.used.contains_key(&p.key) {
            self.used.insert(p.key.clone(), p.clone());
        }
        Some(p.key.clone())
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

    /// The parties named so far, by key.
    pub(super) fn used(&self) -> Vec<TrackedParty> {
        self.used.values().cloned().collect()
    }
}

/// The tracked party of a group: keyed by its Wikidata item, else its
/// country code, else its least URI, else `ARTICLE#ID` of its first record.
fn view(records: &Records, g: &Group<'_>) -> Option<TrackedParty> {
    let first = records.parties.get(g.first)?;
    let key = match (g.wikidata, g.country, g.uri) {
        (Some(w), _, _) => format!("wikidata:{w}"),
        (None, Some(c), _) => format!("country:{c}"),
        (None, None, Some(u)) => u.to_string(),
        (None, None, None) => records.key(first.article, &first.id),
    };
    Some(TrackedParty {
        key,
        name: first.name.clone(),
        wikidata: g.wikidata.cloned(),
        country: g.country,
    })
}
