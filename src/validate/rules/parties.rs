//! The rules of parties that must fit together: the sides of a bilateral
//! meeting, whom a commitment binds, a place's country, a role's
//! organization.

use crate::model::commitment::Commitment;
use crate::model::entity::{Person, Place, PlaceKind, Role};
use crate::model::graph::{ArticleGraph, Part};
use crate::model::statement::{SpeechAct, Statement};
use crate::validate::scope::Scope;
use crate::value::codes::CountryCode;
use crate::value::id::Id;

use super::evidence::share_a_stem;

/// What the rules of parties look ids up in: a rule's scope, or the
/// article's graph (as the ledger reads an article).
pub(crate) trait Lookup {
    /// The part `id` names.
    fn part(&self, id: &Id) -> Option<Part<'_>>;
    /// The article's places.
    fn places(&self) -> &[Place];
}

impl<T: Scope> Lookup for T {
    fn part(&self, id: &Id) -> Option<Part<'_>> {
        self.find(id)
    }
    fn places(&self) -> &[Place] {
        Scope::places(self)
    }
}

impl Lookup for ArticleGraph<'_> {
    fn part(&self, id: &Id) -> Option<Part<'_>> {
        self.find(id)
    }
    fn places(&self) -> &[Place] {
        &self.article().entities.places
    }
}

/// The country a party belongs to, when the article says: a person's or
/// organization's country, a place's country code. A group has none.
pub(crate) fn country_of(scope: &impl Lookup, id: &Id) -> Option<CountryCode> {
    match scope.part(id)? {
        Part::Person(p) => p.country,
        Part::Organization(o) => o.country,
        Part::Place(p) => p.country,
        _ => None,
    }
}

/// The index of the first participant that brings a third country to a
/// meeting, with the countries met so far (for the message).
pub(crate) fn third_side<'a>(
    scope: &impl Lookup,
    participants: impl Iterator<Item = &'a Id>,
) -> Option<(usize, String)> {
    let mut countries: Vec<CountryCode> = Vec::with_capacity(3);
    for (i, id) in participants.enumerate() {
        let Some(country) = country_of(scope, id) else {
            continue;
        };
        if !countries.contains(&country) {
            countries.push(country);
            if countries.len() == 3 {
                let named: Vec<&str> = countries.iter().map(CountryCode::as_str).collect();
                return Some((i, named.join(", ")));
            }
        }
    }
    None
}

/// The ids and countries that the makers of a commitment speak for.
#[derive(Default)]
struct Represented<'a> {
    ids: Vec<&'a str>,
    countries: Vec<CountryCode>,
    /// Whether some maker's affiliation is unknown (a person with no
    /// country and no role): then nothing can be said.
    unknown: bool,
}

impl<'a> Represented<'a> {
    /// Adds the maker `id` and whom it speaks for: a person's country and
    /// the organizations of their roles (with their parents); an
    /// organization's country and parents; a country; a group's members;
    /// a document's issuers and signatories.
    fn add(&mut self, scope: &'a impl Lookup, id: &'a Id, depth: usize) {
        if depth > 4 || self.ids.contains(&id.as_str()) {
            return;
        }
        self.ids.push(id.as_str());
        match scope.part(id) {
            Some(Part::Person(p)) => self.person(scope, p, depth),
            Some(Part::Organization(o)) => {
                self.country(o.country);
                if let Some(parent) = &o.parent {
                    self.add(scope, parent, depth + 1);
                }
            }
            Some(Part::Place(p)) => self.country(p.country),
            Some(Part::Group(g)) => {
                for member in &g.members {
                    self.add(scope, member, depth + 1);
                }
            }
            Some(Part::Document(d)) => {
                for party in d.issuers.iter().chain(&d.signatories) {
                    self.add(scope, party, depth + 1);
                }
            }
            _ => self.unknown = true,
        }
    }

    fn person(&mut self, scope: &'a impl Lookup, p: &'a Person, depth: usize) {
        let organizations: Vec<&Id> = p
            .roles
            .iter()
            .filter_map(|r| r.organization.as_ref())
            .collect();
        if p.country.is_none() && organizations.is_empty() {
            self.unknown = true;
        }
        self.country(p.country);
        for o in organizations {
            self.add(scope, o, depth + 1);
        }
    }

    fn country(&mut self, country: Option<CountryCode>) {
        if let Some(c) = country.filter(|c| !self.countries.contains(c)) {
            self.countries.push(c);
        }
    }

    /// Whether the party `id` is one of these or belongs to one of their
    /// countries (a group when one of its members does, or when these
    /// speak for the organization whose members it is).
    fn covers(&self, scope: &impl Lookup, id: &Id) -> bool {
        if self.ids.contains(&id.as_str()) {
            return true;
        }
        if country_of(scope, id).is_some_and(|c| self.countries.contains(&c)) {
            return true;
        }
        match scope.part(id) {
            Some(Part::Group(g)) => {
                g.organization
                    .as_ref()
                    .is_some_and(|o| self.ids.contains(&o.as_str()))
                    || g.members.iter().any(|m| {
                        self.ids.contains(&m.as_str())
                            || country_of(scope, m).is_some_and(|c| self.countries.contains(&c))
                    })
            }
            _ => false,
        }
    }
}

/// The roles `party` holds, as a capacity may name them: its own, and for
/// a person those of the organizations of its roles and of its country.
fn roles_of<'a>(scope: &'a impl Lookup, party: &Id) -> Vec<&'a Role> {
    let mut roles = Vec::new();
    match scope.part(party) {
        Some(Part::Person(p)) => {
            roles.extend(&p.roles);
            for organization in p.roles.iter().filter_map(|r| r.organization.as_ref()) {
                if let Some(Part::Organization(o)) = scope.part(organization) {
                    roles.extend(&o.roles);
                }
            }
            if let Some(country) = p.country {
                roles.extend(countries_roles(scope, country));
            }
        }
        Some(Part::Organization(o)) => roles.extend(&o.roles),
        Some(Part::Place(p)) => roles.extend(&p.roles),
        _ => {}
    }
    roles
}

/// The roles of the places that are the country `code`, found through the
/// parties' own ids as the lookup knows them.
fn countries_roles(scope: &impl Lookup, code: CountryCode) -> Vec<&Role> {
    scope
        .places()
        .iter()
        .filter(|p| p.kind == PlaceKind::Country && p.country == Some(code))
        .flat_map(|p| &p.roles)
        .collect()
}

/// The first of `parties` whose `capacity` is not a role they hold
/// (`capacity_not_held`): none of the roles of any party (its own, and a
/// person's organizations' and country's) shares a content word with it.
/// `None` when a role holds it or there is no capacity (inlined: most
/// statements and commitments have none).
#[inline]
pub(crate) fn capacity_not_held<'a>(
    scope: &impl Lookup,
    capacity: Option<&'a str>,
    mut parties: impl Iterator<Item = &'a Id>,
) -> Option<&'a str> {
    // A blank capacity is `blank_text` already.
    let capacity = capacity.filter(|c| !c.trim().is_empty())?;
    let held = parties.any(|party| {
        roles_of(scope, party)
            .iter()
            .any(|r| share_a_stem(capacity, &r.title))
    });
    (!held).then_some(capacity)
}

/// The speaker, co-speakers and the party spoken for of a statement.
pub(crate) fn speakers(s: &Statement) -> impl Iterator<Item = &Id> {
    std::iter::once(&s.speaker)
        .chain(&s.co_speakers)
        .chain(&s.on_behalf_of)
}

/// Whether `maker` is a bound party of `m`, or a person in a role of one.
fn is_bound(scope: &impl Lookup, m: &Commitment, maker: &Id) -> bool {
    m.bound_parties.contains(maker)
        || matches!(scope.part(maker), Some(Part::Person(p)) if p.roles.iter().any(|r| {
            r.organization.as_ref().is_some_and(|o| m.bound_parties.contains(o))
        }))
}

/// Whether statement `s` of commitment `m` reports it rather than makes or
/// repeats it: it is about the commitment, a bound party or someone who
/// speaks for one ("diplomats said the Secretary will visit": about the
/// Secretary); none of its makers (speakers, the party spoken for, the
/// document's issuers and signatories) is or speaks for a bound party;
/// and its act does not bind the speaker (one cannot promise, vow, agree
/// or offer for a party one does not speak for: that is a wrong bound
/// party, `unrepresented_party`).
pub(crate) fn reports(scope: &impl Lookup, m: &Commitment, s: &Statement) -> bool {
    if matches!(
        s.speech_act,
        SpeechAct::Promised | SpeechAct::Vowed | SpeechAct::Agreed | SpeechAct::Offered
    ) {
        return false;
    }
    let mut about = Represented::default();
    for id in &s.about {
        about.add(scope, id, 0);
    }
    let about_it =
        s.about.contains(&m.id) || m.bound_parties.iter().any(|b| about.covers(scope, b));
    if !about_it || speakers(s).any(|maker| is_bound(scope, m, maker)) {
        return false;
    }
    let mut makers = Represented::default();
    for maker in speakers(s).chain(&s.document) {
        makers.add(scope, maker, 0);
    }
    !m.bound_parties.iter().any(|b| makers.covers(scope, b))
}

/// Whether none of the commitment's bound parties made it or is
/// represented by whoever made it: the speakers, co-speakers, those
/// spoken for and the documents of the statements that make or repeat it
/// (a statement that reports it, see `reports`, binds no one). `None`
/// when that cannot be told (no such statement, or a maker whose
/// affiliation is unknown).
pub(crate) fn unrepresented(scope: &impl Lookup, m: &Commitment) -> Option<String> {
    if m.bound_parties.is_empty() {
        // `no_bound_party` says it, or the document that provides for it
        // binds no one the article names.
        return None;
    }
    let statements = || {
        m.statements
            .iter()
            .filter_map(|id| match scope.part(id) {
                Some(Part::Statement(s)) => Some(s),
                _ => None,
            })
            .filter(|s| !reports(scope, m, s))
    };
    // The common case first: a bound party made it itself.
    if statements().any(|s| speakers(s).any(|maker| is_bound(scope, m, maker))) {
        return None;
    }
    let mut makers = Represented::default();
    let mut any = false;
    for s in statements() {
        any = true;
        for maker in speakers(s).chain(&s.document) {
            makers.add(scope, maker, 0);
        }
    }
    if !any || makers.unknown || m.bound_parties.iter().any(|b| makers.covers(scope, b)) {
        return None;
    }
    let mut named = makers.ids;
    named.sort_unstable();
    named.truncate(4);
    Some(named.join(", "))
}

/// The first place up the `within` chain of `p` that has a country code,
/// when it differs from `p`'s own.
pub(crate) fn other_country<'a>(scope: &'a impl Lookup, p: &Place) -> Option<&'a Place> {
    let own = p.country?;
    let mut next = p.within.as_ref();
    // A chain longer than this is a cycle, reported as such.
    for _ in 0..64 {
        let Some(Part::Place(up)) = scope.part(next?) else {
            return None;
        };
        if up.id == p.id {
            return None;
        }
        if let Some(theirs) = up.country {
            return (theirs != own).then_some(up);
        }
        next = up.within.as_ref();
    }
    None
}
