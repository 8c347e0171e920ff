//! The rules of people, organizations, places and groups.

use super::{
    each, name_evidence, name_evidence_found, optional_reference, parties, reference_list,
};
use crate::error::ErrorCode;
use crate::model::entity::{
    Entities, Group, Identifiers, Organization, OrganizationKind, Person, Place, PlaceKind, Role,
};
use crate::model::graph::Part;
use crate::validate::checker::{repeats, Checker};
use crate::validate::ids::{Target, ORGANIZATION, PARTY, PLACE};
use crate::validate::lexicon::country_of_item;
use crate::validate::scope::Scope;
use crate::value::codes::{CountryCode, WikidataId};
use crate::value::id::Id;

/// A person: a name or a description, roles, unique identifiers.
pub(crate) fn person(c: &mut Checker, p: &Person, scope: &impl Scope) {
    name_or_description(c, p.name.as_deref(), p.description.as_deref(), "a person");
    c.texts("aliases", &p.aliases);
    each(c, "roles", &p.roles, |c, _, role| {
        self::role(c, role, &p.id, p.country, scope)
    });
    super::grounding::person_country(c, scope, p);
    identifiers(c, p.identifiers.as_ref());
    let keep = !p.roles.is_empty() && scope.people().len() > 1;
    let found = name_evidence_found(c, scope, &p.evidence, keep);
    if keep {
        each(c, "roles", &p.roles, |c, _, role| {
            super::grounding::title_of_another(c, scope, p, role, &found)
        });
    }
}

/// A role of `holder`: a title, an organization, whom it is held toward,
/// dates in order (a former role's end not after publication), a
/// predecessor and successor other than the holder.
fn role(
    c: &mut Checker,
    role: &Role,
    holder: &Id,
    country: Option<CountryCode>,
    scope: &impl Scope,
) {
    c.text("title", &role.title);
    optional_reference(
        c,
        scope,
        "organization",
        role.organization.as_ref(),
        ORGANIZATION,
    );
    let theirs = role
        .organization
        .as_ref()
        .and_then(|o| Some((o, parties::country_of(scope, o)?)));
    if let (Some(own), Some((organization, theirs))) = (country, theirs) {
        if own != theirs {
            c.report_at(
                "organization",
                ErrorCode::ForeignRole,
                format!(
                    "the person is of {own}, and {:?} of {theirs}",
                    organization.as_str()
                ),
            );
        }
    }
    optional_reference(c, scope, "toward", role.toward.as_ref(), PARTY);
    for (key, other) in [
        ("predecessor", role.predecessor.as_ref()),
        ("successor", role.successor.as_ref()),
    ] {
        optional_reference(c, scope, key, other, PARTY);
        if other == Some(holder) {
            c.report_at(
                key,
                ErrorCode::SelfReference,
                format!("the {key} of a role is another party than its holder"),
            );
        }
    }
    if let (true, Some(end)) = (role.former, &role.end) {
        scope.not_after_publication(c, "end", end, "the end of a former role");
    }
    if let (Some(start), Some(end)) = (&role.start, &role.end) {
        if let (Some(first), Some(last)) = (start.first_day(), end.last_day()) {
            if last < first {
                c.report_at(
                    "end",
                    ErrorCode::EndBeforeStart,
                    format!("the role ends ({end}) before it starts ({start})"),
                );
            }
        }
    }
}

/// An organization: a name, a known kind, a parent without cycles, a
/// location.
pub(crate) fn organization(c: &mut Checker, o: &Organization, scope: &impl Scope) {
    c.text("name", &o.name);
    c.texts("aliases", &o.aliases);
    c.vocabulary("kind", &o.kind);
    let mark = c.mark();
    optional_reference(c, scope, "parent", o.parent.as_ref(), ORGANIZATION);
    scope.cycle(c, Target::Organization, &o.id, "parent");
    // A parent that is wrong in kind, or a chain that comes back to the
    // organization, says enough.
    if c.mark() == mark {
        parent_of_another_country(c, o, scope);
    }
    each(c, "roles", &o.roles, |c, _, role| {
        self::role(c, role, &o.id, o.country, scope)
    });
    optional_reference(c, scope, "location", o.location.as_ref(), PLACE);
    identifiers(c, o.identifiers.as_ref());
    name_evidence(c, scope, &o.evidence);
}

/// A place: a name, a known kind, a place it lies within without cycles.
pub(crate) fn place(c: &mut Checker, p: &Place, scope: &impl Scope) {
    name_or_description(c, p.name.as_deref(), p.description.as_deref(), "a place");
    c.texts("aliases", &p.aliases);
    c.vocabulary("kind", &p.kind);
    optional_reference(c, scope, "within", p.within.as_ref(), PLACE);
    if let (Some(own), Some(up)) = (p.country, parties::other_country(scope, p)) {
        c.report_at(
            "within",
            ErrorCode::PlaceOutsideCountry,
            format!(
                "the place's country is {own}, and it lies within {:?}, of {}",
                up.id.as_str(),
                up.country
                    .map_or_else(|| "another country".to_owned(), |c| c.to_string())
            ),
        );
    }
    scope.cycle(c, Target::Place, &p.id, "within");
    let party = matches!(
        p.kind,
        PlaceKind::Country
            | PlaceKind::Region
            | PlaceKind::GeographicRegion
            | PlaceKind::Unknown(_)
    );
    each(c, "roles", &p.roles, |c, _, role| {
        if !party {
            c.report(
                ErrorCode::RoleOfPlace,
                format!(
                    "{:?} is a {}; only a country or a region holds an office",
                    p.label(),
                    p.kind
                ),
            );
        }
        self::role(c, role, &p.id, p.country, scope)
    });
    identifiers(c, p.identifiers.as_ref());
    country_item(c, p);
    name_evidence(c, scope, &p.evidence);
}

/// A place whose Wikidata item is, in the table of the countries' items,
/// another country's than its own country code (`country_item_mismatch`).
fn country_item(c: &mut Checker, p: &Place) {
    let (Some(own), Some(item)) = (p.country, p.identifiers.as_ref().and_then(|i| i.wikidata))
    else {
        return;
    };
    match country_of_item(item) {
        Some(theirs) if theirs != own => c.at("identifiers", |c| {
            c.report_at(
                "wikidata",
                ErrorCode::CountryItemMismatch,
                format!("the place is of {own}, and {item} is the Wikidata item of {theirs}"),
            )
        }),
        _ => {}
    }
}

/// The entities that have the Wikidata item of an entity listed before
/// them, by where they stand (`"people"`, `"organizations"`, `"places"`,
/// `"groups"`, and the index), with the earlier entity's id.
pub(crate) struct RepeatedItems<'a> {
    repeats: Vec<((&'static str, usize), &'a Id)>,
}

impl<'a> RepeatedItems<'a> {
    pub(crate) fn of(e: &'a Entities) -> Self {
        fn listed<'a, T>(
            list: &'static str,
            items: &'a [T],
            item: impl Fn(&'a T) -> (Option<WikidataId>, &'a Id),
        ) -> impl Iterator<Item = (WikidataId, (&'static str, usize), &'a Id)> {
            items
                .iter()
                .enumerate()
                .filter_map(move |(i, t)| match item(t) {
                    (Some(q), id) => Some((q, (list, i), id)),
                    (None, _) => None,
                })
        }
        let wikidata = |i: &Option<Identifiers>| i.as_ref().and_then(|i| i.wikidata);
        let mut all: Vec<_> = listed("people", &e.people, |p| (wikidata(&p.identifiers), &p.id))
            .chain(listed("organizations", &e.organizations, |o| {
                (wikidata(&o.identifiers), &o.id)
            }))
            .chain(listed("places", &e.places, |p| {
                (wikidata(&p.identifiers), &p.id)
            }))
            .chain(listed("groups", &e.groups, |g| {
                (wikidata(&g.identifiers), &g.id)
            }))
            .enumerate()
            .map(|(n, (q, at, id))| (q, n, at, id))
            .collect();
        if all.len() < 2 {
            return RepeatedItems {
                repeats: Vec::new(),
            };
        }
        all.sort_unstable_by_key(|&(q, n, _, _)| (q, n));
        let mut repeats = Vec::new();
        for group in all.chunk_by(|a, b| a.0 == b.0) {
            if let Some((&(_, _, _, first), rest)) = group.split_first() {
                repeats.extend(rest.iter().map(|&(_, _, at, _)| (at, first)));
            }
        }
        RepeatedItems { repeats }
    }

    /// Reports the entity at index `i` of `list` (at the current path) if
    /// it repeats an earlier entity's item (`duplicate_wikidata`).
    pub(crate) fn check(&self, c: &mut Checker, list: &'static str, i: usize) {
        if let Some((_, first)) = self.repeats.iter().find(|(at, _)| *at == (list, i)) {
            c.at("identifiers", |c| {
                c.report_at(
                    "wikidata",
                    ErrorCode::DuplicateWikidata,
                    format!(
                        "{:?} has the same Wikidata item: two entities cannot be one item",
                        first.as_str()
                    ),
                )
            });
        }
    }
}

/// An organization of one country placed under a state body (a government,
/// ministry, agency, head of state's office, legislature, court, armed
/// force or diplomatic mission) of another (`parent_of_another_country`,
/// at `parent`). Silent when either has no country, and under a company,
/// party or international organization, whose branches abroad are of
/// other countries.
fn parent_of_another_country(c: &mut Checker, o: &Organization, scope: &impl Scope) {
    let (Some(own), Some(id)) = (o.country, o.parent.as_ref()) else {
        return;
    };
    let Some(Part::Organization(parent)) = scope.find(id) else {
        return;
    };
    let state_body = matches!(
        parent.kind,
        OrganizationKind::Government
            | OrganizationKind::Ministry
            | OrganizationKind::Agency
            | OrganizationKind::HeadOfStateOffice
            | OrganizationKind::Legislature
            | OrganizationKind::Judiciary
            | OrganizationKind::Military
            | OrganizationKind::DiplomaticMission
    );
    match parent.country {
        Some(theirs) if state_body && theirs != own => c.report_at(
            "parent",
            ErrorCode::ParentOfAnotherCountry,
            format!(
                "the organization is of {own}, and its parent {:?}, a body of the state, of {theirs}",
                id.as_str()
            ),
        ),
        _ => {}
    }
}

/// Whether `a` and `b` are the same words but for the case of their
/// letters and white space around them; unequal lengths in bytes, the
/// common case, are told at once (a letter and its other case have the
/// same length in the scripts of news).
fn same_words(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.len() == b.len()
        && (a.eq_ignore_ascii_case(b)
            || a.chars()
                .zip(b.chars())
                .all(|(x, y)| x == y || x.to_lowercase().eq(y.to_lowercase())))
}

/// The lists of entities, in the order of the article.
const LISTS: [&str; 4] = ["people", "organizations", "places", "groups"];

/// What a name is found by: its length in bytes without the white space
/// around it and its first byte in lower case (a letter and its other case
/// have the same length in the scripts of news).
fn name_key(name: &str) -> (usize, u8) {
    let name = name.trim();
    let first = name.bytes().next().unwrap_or_default();
    (name.len(), first.to_ascii_lowercase())
}

/// One name of an entity: its key, where the entity stands (the rank of
/// its list and its index), its id, the name, and whether it is an alias.
type Name<'a> = ((usize, u8), (usize, usize), &'a Id, &'a str, bool);

/// The names, descriptions and aliases of the entities, to find an alias
/// that is another entity's (`alias_of_another`).
pub(crate) struct EntityNames<'a> {
    /// Sorted by key; nothing when no entity has an alias.
    names: Vec<Name<'a>>,
}

impl<'a> EntityNames<'a> {
    /// The names of `e`.
    pub(crate) fn of(e: &'a Entities) -> Self {
        let any_alias = e.people.iter().any(|p| !p.aliases.is_empty())
            || e.organizations.iter().any(|o| !o.aliases.is_empty())
            || e.places.iter().any(|p| !p.aliases.is_empty())
            || e.groups.iter().any(|g| !g.aliases.is_empty());
        let mut names: Vec<Name<'a>> = Vec::new();
        if !any_alias {
            return EntityNames { names };
        }
        let mut add =
            |at: (usize, usize), id: &'a Id, words: [Option<&'a str>; 2], aliases: &'a [String]| {
                for w in words.into_iter().flatten() {
                    names.push((name_key(w), at, id, w, false));
                }
                for w in aliases {
                    names.push((name_key(w), at, id, w, true));
                }
            };
        for (i, p) in e.people.iter().enumerate() {
            add(
                (0, i),
                &p.id,
                [p.name.as_deref(), p.description.as_deref()],
                &p.aliases,
            );
        }
        for (i, o) in e.organizations.iter().enumerate() {
            add((1, i), &o.id, [Some(o.name.as_str()), None], &o.aliases);
        }
        for (i, p) in e.places.iter().enumerate() {
            add((2, i), &p.id, [p.name.as_deref(), None], &p.aliases);
        }
        for (i, g) in e.groups.iter().enumerate() {
            add(
                (3, i),
                &g.id,
                [g.name.as_deref(), g.description.as_deref()],
                &g.aliases,
            );
        }
        names.sort_unstable_by_key(|&(key, at, ..)| (key, at));
        EntityNames { names }
    }

    /// Reports each alias of the entity at index `i` of `list` (at the
    /// current path) that is the name or description of another entity, or
    /// an alias of one listed before it, without regard to case.
    pub(crate) fn check(&self, c: &mut Checker, list: &'static str, i: usize, aliases: &[String]) {
        if self.names.is_empty() || aliases.is_empty() {
            return;
        }
        let own = (
            LISTS.iter().position(|l| *l == list).unwrap_or(LISTS.len()),
            i,
        );
        each(c, "aliases", aliases, |c, _, alias| {
            let key = name_key(alias);
            let from = self.names.partition_point(|n| n.0 < key);
            let other = self
                .names
                .get(from..)
                .unwrap_or_default()
                .iter()
                .take_while(|n| n.0 == key)
                .find(|&&(_, at, _, name, is_alias)| {
                    at != own && (!is_alias || at < own) && same_words(name, alias)
                });
            if let Some((_, _, id, _, _)) = other {
                c.report(
                    ErrorCode::AliasOfAnother,
                    format!(
                        "{:?} is also the name, description or alias of {:?}: an alias names one entity",
                        alias.trim(),
                        id.as_str()
                    ),
                );
            }
        });
    }
}

/// A group: a name or a description, members that are parties (not the
/// group itself).
pub(crate) fn group(c: &mut Checker, g: &Group, scope: &impl Scope) {
    name_or_description(c, g.name.as_deref(), g.description.as_deref(), "a group");
    c.texts("aliases", &g.aliases);
    reference_list(c, scope, "members", &g.members, PARTY);
    optional_reference(
        c,
        scope,
        "organization",
        g.organization.as_ref(),
        ORGANIZATION,
    );
    if let Some(i) = g.members.iter().position(|m| *m == g.id) {
        c.at("members", |c| {
            c.at_index(i, |c| {
                c.report(ErrorCode::SelfReference, "a group cannot be its own member")
            })
        });
    }
    super::quantities(c, scope, &g.quantities);
    identifiers(c, g.identifiers.as_ref());
    let keep = g.members.len() > 1;
    let found = name_evidence_found(c, scope, &g.evidence, keep);
    if keep {
        super::grounding::group_members(c, scope, g, &found);
    }
}

/// A name or a description, neither blank.
fn name_or_description(c: &mut Checker, name: Option<&str>, description: Option<&str>, what: &str) {
    if name.is_none() && description.is_none() {
        c.report_at(
            "name",
            ErrorCode::NoName,
            format!("{what} needs a name or, when the article gives none, a description"),
        );
    }
    c.optional_text("name", name);
    c.optional_text("description", description);
}

/// No URI twice in `same_as`.
pub(super) fn identifiers(c: &mut Checker, identifiers: Option<&Identifiers>) {
    let Some(identifiers) = identifiers else {
        return;
    };
    let repeated = repeats(&identifiers.same_as);
    if repeated.is_empty() {
        return;
    }
    c.at("identifiers", |c| {
        c.at("same_as", |c| {
            for i in repeated {
                c.at_index(i, |c| {
                    c.report(
                        ErrorCode::DuplicateReference,
                        "this URI is already in same_as",
                    )
                });
            }
        })
    });
}
