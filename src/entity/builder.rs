//! The builders of people, organizations and places.

use super::{Identifiers, Organization, OrganizationKind, Person, Place, PlaceKind, Role};
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::codes::{CountryCode, Url, WikidataId};
use crate::error::ValidationErrors;
use crate::handle::{AsLocation, Handle, OrganizationHandle};
use crate::id::Id;

/// The setters every entity builder has; each builder holds the entity it
/// builds in `value` and what it refused in `refusals`.
macro_rules! entity_setters {
    () => {
        /// Adds another name the article uses.
        pub fn alias(mut self, alias: &str) -> Self {
            self.value.aliases.push(alias.to_owned());
            self
        }

        /// Sets the country (ISO 3166-1 alpha-2, e.g. `"RU"`, or a
        /// [`CountryCode`]); a refused code is reported by `build`.
        pub fn country(mut self, code: impl IntoValue<CountryCode>) -> Self {
            self.value.country = self.refusals.set(at("country"), code);
            self
        }

        /// Sets the Wikidata item id, e.g. `"Q159"` (or a [`WikidataId`]); a
        /// refused id is reported by `build`.
        pub fn wikidata(mut self, id: impl IntoValue<WikidataId>) -> Self {
            let path = at("identifiers").key("wikidata");
            let id = self.refusals.set(path, id);
            self.value
                .identifiers
                .get_or_insert_with(Identifiers::default)
                .wikidata = id;
            self
        }

        /// Adds a URI that names the same entity (or a [`Url`]); a refused
        /// URI is reported by `build`.
        pub fn same_as(mut self, url: impl IntoValue<Url>) -> Self {
            let identifiers = self
                .value
                .identifiers
                .get_or_insert_with(Identifiers::default);
            let path = at("identifiers")
                .key("same_as")
                .index(identifiers.same_as.len());
            if let Some(url) = self.refusals.add(path, url) {
                identifiers.same_as.push(url);
            }
            self
        }

        /// The id the entity will have.
        pub(crate) fn id(&self) -> &Id {
            &self.value.id
        }
    };
}

/// The id given to a builder, or [`refused_id`] with the refusal recorded.
fn checked_id(refusals: &mut Refusals, id: impl IntoValue<Id>) -> Id {
    refusals.set(at("id"), id).unwrap_or_else(refused_id)
}

/// Builds a [`Person`]: the id and name are required, the rest chained.
/// A value a setter refuses is reported by [`build`](Self::build) with
/// every other problem.
///
/// ```
/// use structured_news::{ArticleBuilder, OrganizationKind, Person, Organization};
///
/// let mut article = ArticleBuilder::new("a1", "en", "Lavrov spoke.");
/// let mfa = article.add_organization(Organization::builder(
///     "mfa-russia", "Ministry of Foreign Affairs of the Russian Federation", OrganizationKind::Ministry,
/// ));
/// let lavrov = article.add_person(
///     Person::builder("sergei-lavrov", "Sergei Lavrov")
///         .country("RU")
///         .role("Minister of Foreign Affairs", &mfa),
/// );
/// let article = article.build()?;
/// assert_eq!(article.entities.people[0].roles[0].organization.as_ref().unwrap().as_str(), "mfa-russia");
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct PersonBuilder {
    value: Person,
    refusals: Refusals,
}

impl PersonBuilder {
    /// A person with `id` and `name`.
    pub fn new(id: impl IntoValue<Id>, name: &str) -> Self {
        let mut refusals = Refusals::default();
        let id = checked_id(&mut refusals, id);
        PersonBuilder {
            value: Person::new(id, name),
            refusals,
        }
    }

    entity_setters!();

    /// Adds a role with `title` in `organization`.
    pub fn role(mut self, title: &str, organization: &OrganizationHandle) -> Self {
        let mut role = Role::new(title);
        role.organization = Some(organization.id().clone());
        self.value.roles.push(role);
        self
    }

    /// Adds a role with `title` and no organization.
    pub fn role_title(mut self, title: &str) -> Self {
        self.value.roles.push(Role::new(title));
        self
    }

    /// The person, if every value was accepted and the person's own rules
    /// hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the person.
    pub fn build(self) -> Result<Person, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The person and the refusals, for the article builder.
    pub(crate) fn into_parts(self) -> (Person, Refusals) {
        (self.value, self.refusals)
    }
}

/// Builds an [`Organization`]: id, name and kind required, the rest
/// chained; [`build`](Self::build) reports every problem.
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct OrganizationBuilder {
    value: Organization,
    refusals: Refusals,
}

impl OrganizationBuilder {
    /// An organization with `id`, `name` and `kind`.
    pub fn new(id: impl IntoValue<Id>, name: &str, kind: OrganizationKind) -> Self {
        let mut refusals = Refusals::default();
        let id = checked_id(&mut refusals, id);
        OrganizationBuilder {
            value: Organization::new(id, name, kind),
            refusals,
        }
    }

    entity_setters!();

    /// Sets the organization this one is part of.
    pub fn parent(mut self, parent: &OrganizationHandle) -> Self {
        self.value.parent = Some(parent.id().clone());
        self
    }

    /// Sets where the organization is.
    pub fn location(mut self, place: &impl AsLocation) -> Self {
        self.value.location = Some(place.id().clone());
        self
    }

    /// The organization, if every value was accepted and its own rules
    /// hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the organization.
    pub fn build(self) -> Result<Organization, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The organization and the refusals, for the article builder.
    pub(crate) fn into_parts(self) -> (Organization, Refusals) {
        (self.value, self.refusals)
    }
}

/// Builds a [`Place`] that is not a country (for countries, see
/// [`CountryBuilder`]).
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct PlaceBuilder {
    value: Place,
    refusals: Refusals,
}

impl PlaceBuilder {
    /// A place with `id`, `name` and `kind`.
    pub fn new(id: impl IntoValue<Id>, name: &str, kind: PlaceKind) -> Self {
        let mut refusals = Refusals::default();
        let id = checked_id(&mut refusals, id);
        PlaceBuilder {
            value: Place::new(id, name, kind),
            refusals,
        }
    }

    entity_setters!();

    /// Sets the place this one lies within.
    pub fn within(mut self, place: &impl AsLocation) -> Self {
        self.value.within = Some(place.id().clone());
        self
    }

    /// The place, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the place.
    pub fn build(self) -> Result<Place, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The place and the refusals, for the article builder.
    pub(crate) fn into_parts(self) -> (Place, Refusals) {
        (self.value, self.refusals)
    }
}

/// Builds a [`Place`] of kind [`PlaceKind::Country`] with its country code.
/// Added to an article it gives a [`CountryHandle`](crate::CountryHandle),
/// which can be a party to commitments and meetings.
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct CountryBuilder(PlaceBuilder);

impl CountryBuilder {
    /// A country with `id`, `name` and ISO 3166-1 alpha-2 `code`.
    pub fn new(id: impl IntoValue<Id>, name: &str, code: impl IntoValue<CountryCode>) -> Self {
        CountryBuilder(PlaceBuilder::new(id, name, PlaceKind::Country).country(code))
    }

    /// Adds another name the article uses.
    pub fn alias(self, alias: &str) -> Self {
        CountryBuilder(self.0.alias(alias))
    }

    /// Sets the Wikidata item id, e.g. `"Q159"`.
    pub fn wikidata(self, id: impl IntoValue<WikidataId>) -> Self {
        CountryBuilder(self.0.wikidata(id))
    }

    /// Adds a URI that names the same country.
    pub fn same_as(self, url: impl IntoValue<Url>) -> Self {
        CountryBuilder(self.0.same_as(url))
    }

    pub(crate) fn into_place(self) -> PlaceBuilder {
        self.0
    }

    /// The country, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the place.
    pub fn build(self) -> Result<Place, ValidationErrors> {
        self.0.build()
    }
}
