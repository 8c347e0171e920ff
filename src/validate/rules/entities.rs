//! The rules of people, organizations and places.

use super::{each, optional_reference};
use crate::entity::{Identifiers, Organization, Person, Place};
use crate::error::ErrorCode;
use crate::validate::checker::{repeats, Checker};
use crate::validate::ids::{Target, ORGANIZATION, PLACE};
use crate::validate::scope::Scope;

/// A person: a name, roles in organizations, unique identifiers.
pub(crate) fn person(c: &mut Checker, p: &Person, scope: &impl Scope) {
    c.text("name", &p.name);
    c.texts("aliases", &p.aliases);
    each(c, "roles", &p.roles, |c, _, role| {
        c.text("title", &role.title);
        optional_reference(
            c,
            scope,
            "organization",
            role.organization.as_ref(),
            ORGANIZATION,
        );
    });
    identifiers(c, p.identifiers.as_ref());
}

/// An organization: a name, a known kind, a parent without cycles, a
/// location.
pub(crate) fn organization(c: &mut Checker, o: &Organization, scope: &impl Scope) {
    c.text("name", &o.name);
    c.texts("aliases", &o.aliases);
    c.vocabulary("kind", &o.kind);
    optional_reference(c, scope, "parent", o.parent.as_ref(), ORGANIZATION);
    scope.cycle(c, Target::Organization, &o.id, "parent");
    optional_reference(c, scope, "location", o.location.as_ref(), PLACE);
    identifiers(c, o.identifiers.as_ref());
}

/// A place: a name, a known kind, a place it lies within without cycles.
pub(crate) fn place(c: &mut Checker, p: &Place, scope: &impl Scope) {
    c.text("name", &p.name);
    c.texts("aliases", &p.aliases);
    c.vocabulary("kind", &p.kind);
    optional_reference(c, scope, "within", p.within.as_ref(), PLACE);
    scope.cycle(c, Target::Place, &p.id, "within");
    identifiers(c, p.identifiers.as_ref());
}

/// No URI twice in `same_as`.
fn identifiers(c: &mut Checker, identifiers: Option<&Identifiers>) {
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
