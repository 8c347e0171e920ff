//! Cycles in the chains an article links: meetings `part_of` meetings,
//! documents `part_of` documents,
//! organizations with a `parent`, places `within` places, commitments
//! `part_of`, `builds_on` or `replacing` commitments. Each cycle is
//! found once, in time linear in the number of items, and reported at its
//! first member.

use std::collections::BTreeMap;

use super::checker::Checker;
use super::ids::{IdTable, Target};
use crate::error::ErrorCode;
use crate::model::article::Article;
use crate::model::commitment::Commitment;
use crate::value::id::Id;

/// The cycles of an article, each with its message, keyed by the kind and
/// id of its first member and the field of the link.
pub(super) struct Cycles<'a>(BTreeMap<(Target, &'static str, &'a str), String>);

/// How many members of a cycle a message names.
const SHOWN: usize = 8;

impl<'a> Cycles<'a> {
    /// Finds the cycles of `article`, whose ids are in `ids`. Most articles
    /// link nothing into a chain: then nothing is searched or allocated.
    pub(super) fn of(article: &'a Article, ids: &IdTable<'_>) -> Self {
        let mut cycles = Cycles(BTreeMap::new());
        let organizations = &article.entities.organizations;
        if organizations.iter().any(|o| o.parent.is_some()) {
            let parents = organizations.iter().map(|o| {
                let parent = o.parent.as_ref()?;
                ids.index_of(parent.as_bytes(), Target::Organization)
            });
            let ids_in_order = organizations.iter().map(|o| &o.id).collect();
            cycles.add(
                (Target::Organization, "parent"),
                "this organization is a parent of itself",
                ids_in_order,
                parents.collect(),
            );
        }
        let places = &article.entities.places;
        if places.iter().any(|p| p.within.is_some()) {
            let parents = places.iter().map(|p| {
                let within = p.within.as_ref()?.as_bytes();
                [
                    Target::Place,
                    Target::Country,
                    Target::Region,
                    Target::UnknownPlace,
                ]
                .into_iter()
                .find_map(|target| ids.index_of(within, target))
            });
            let ids_in_order = places.iter().map(|p| &p.id).collect();
            cycles.add(
                (Target::Place, "within"),
                "this place is within itself",
                ids_in_order,
                parents.collect(),
            );
        }
        let meetings = &article.meetings;
        if meetings.iter().any(|m| m.part_of.is_some()) {
            let parents = meetings.iter().map(|m| {
                let part_of = m.part_of.as_ref()?;
                ids.index_of(part_of.meeting.as_bytes(), Target::Meeting)
            });
            let ids_in_order = meetings.iter().map(|m| &m.id).collect();
            cycles.add(
                (Target::Meeting, "part_of"),
                "this meeting is part of itself",
                ids_in_order,
                parents.collect(),
            );
        }
        let documents = &article.documents;
        if documents.iter().any(|d| d.part_of.is_some()) {
            // One that names itself is a `self_reference`, not a cycle here.
            let parents = documents.iter().map(|d| {
                let part_of = d.part_of.as_ref().filter(|p| **p != d.id)?;
                ids.index_of(part_of.as_bytes(), Target::Document)
            });
            let ids_in_order = documents.iter().map(|d| &d.id).collect();
            cycles.add(
                (Target::Document, "part_of"),
                "this document is part of itself",
                ids_in_order,
                parents.collect(),
            );
        }
        cycles.commitments(article, ids);
        cycles.statements(article, ids);
        cycles
    }

    /// Adds the cycles of the commitments' three chains, each apart: a
    /// commitment part of, building on or replacing itself through others
    /// (one that names itself is a `self_reference`, not a cycle here).
    fn commitments(&mut self, article: &'a Article, ids: &IdTable<'_>) {
        type Link = fn(&Commitment) -> Option<&Id>;
        let commitments = &article.commitments;
        let chains: [(&'static str, &str, Link); 3] = [
            ("part_of", "this commitment is part of itself", |m| {
                m.part_of.as_ref()
            }),
            ("builds_on", "this commitment builds on itself", |m| {
                m.builds_on.as_ref()
            }),
            ("replaces", "this commitment replaces itself", |m| {
                m.replaces.as_ref()
            }),
        ];
        for (key, what, link) in chains {
            if commitments.iter().all(|m| link(m).is_none()) {
                continue;
            }
            let parents = commitments.iter().map(|m| {
                let to = link(m).filter(|to| **to != m.id)?;
                ids.index_of(to.as_bytes(), Target::Commitment)
            });
            let ids_in_order = commitments.iter().map(|m| &m.id).collect();
            self.add(
                (Target::Commitment, key),
                what,
                ids_in_order,
                parents.collect(),
            );
        }
    }

    /// Adds the cycles of statements' `same_as` longer than a pair: two
    /// statements that name each other are one utterance reported twice;
    /// one that names itself is a `self_reference`, not a cycle here.
    fn statements(&mut self, article: &'a Article, ids: &IdTable<'_>) {
        let statements = &article.statements;
        if statements.iter().all(|s| s.same_as.is_none()) {
            return;
        }
        let parents = statements.iter().map(|s| {
            let to = s.same_as.as_ref().filter(|to| **to != s.id)?;
            ids.index_of(to.as_bytes(), Target::Statement)
        });
        let ids_in_order = statements.iter().map(|s| &s.id).collect();
        self.add_longer_than(
            2,
            (Target::Statement, "same_as"),
            "this statement is the same as itself through others",
            ids_in_order,
            parents.collect(),
        );
    }

    /// Adds the cycles of one collection: `ids` of its items and the index
    /// of each item's parent.
    fn add(
        &mut self,
        link: (Target, &'static str),
        what: &str,
        ids: Vec<&'a Id>,
        parents: Vec<Option<usize>>,
    ) {
        self.add_longer_than(0, link, what, ids, parents);
    }

    /// Adds the cycles of more than `allowed` members of one collection.
    fn add_longer_than(
        &mut self,
        allowed: usize,
        (target, key): (Target, &'static str),
        what: &str,
        ids: Vec<&'a Id>,
        parents: Vec<Option<usize>>,
    ) {
        for cycle in find_cycles(&parents)
            .into_iter()
            .filter(|cycle| cycle.len() > allowed)
        {
            let name = |&i: &usize| ids.get(i).copied().map(Id::as_str);
            let mut chain: Vec<&str> = cycle.iter().take(SHOWN).filter_map(name).collect();
            let more = cycle.len().saturating_sub(SHOWN);
            let tail;
            if more > 0 {
                tail = format!("… ({more} more)");
                chain.push(&tail);
            } else if let Some(first) = cycle.first().and_then(name) {
                chain.push(first);
            }
            if let Some(first) = cycle.first().and_then(name) {
                self.0.insert(
                    (target, key, first),
                    format!("{what}: {}", chain.join(" → ")),
                );
            }
        }
    }

    /// Reports at `key` the cycle whose first member is the item `id` of
    /// kind `target`, if there is one.
    pub(super) fn report(&self, c: &mut Checker, target: Target, id: &Id, key: &'static str) {
        // Most articles have no cycle: no need to look.
        if self.0.is_empty() {
            return;
        }
        if let Some(message) = self.0.get(&(target, key, id.as_str())) {
            c.report_at(key, ErrorCode::ReferenceCycle, message.clone());
        }
    }
}

/// Finds the cycles in a forest given by parent links (`parents[i]` is the
/// index of `i`'s parent). Each cycle is returned once, as the indices along
/// it starting from its smallest. Linear in the number of items.
fn find_cycles(parents: &[Option<usize>]) -> Vec<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let mut marks = vec![Mark::New; parents.len()];
    let mut cycles = Vec::new();
    let mut path = Vec::new();
    for start in 0..parents.len() {
        path.clear();
        let mut at = Some(start);
        while let Some(i) = at {
            match marks.get(i) {
                Some(Mark::New) => {
                    if let Some(m) = marks.get_mut(i) {
                        *m = Mark::OnPath;
                    }
                    path.push(i);
                    at = parents.get(i).copied().flatten();
                }
                Some(Mark::OnPath) => {
                    if let Some(from) = path.iter().position(|&p| p == i) {
                        let mut cycle: Vec<usize> = path
                            .get(from..)
                            .expect("`from` is a position in `path`")
                            .to_vec();
                        if let Some(min_at) = cycle
                            .iter()
                            .enumerate()
                            .min_by_key(|(_, &v)| v)
                            .map(|(k, _)| k)
                        {
                            cycle.rotate_left(min_at);
                        }
                        cycles.push(cycle);
                    }
                    break;
                }
                Some(Mark::Done) | None => break,
            }
        }
        for &p in &path {
            if let Some(m) = marks.get_mut(p) {
                *m = Mark::Done;
            }
        }
    }
    cycles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_are_found_once_from_their_smallest_member() {
        // 0 -> 1 -> 2 -> 0, 3 -> 1, 4 -> 4, 5 -> none
        let parents = [Some(1), Some(2), Some(0), Some(1), Some(4), None];
        assert_eq!(find_cycles(&parents), vec![vec![0, 1, 2], vec![4]]);
        assert!(find_cycles(&[None, Some(0), Some(1)]).is_empty());
        assert_eq!(find_cycles(&[Some(1), Some(2), Some(1)]), vec![vec![1, 2]]);
    }
}
