//! The builders of people, organizations and places.

use super::{Identifiers, Organization, OrganizationKind, Person, Place, PlaceKind, Role};
use crate::codes::CountryCode;
use crate::reference::{AsLocation, Handle, OrganizationHandle};
use crate::validate::{finish_build, Checker, ValidationErrors};

/// What the entity builders share: aliases, a country and identifiers, kept
/// as given until `build`.
#[derive(Debug, Clone, Default)]
struct EntityDraft {
    aliases: Vec<String>,
    country: Option<String>,
    wikidata: Option<String>,
    same_as: Vec<String>,
}

impl EntityDraft {
    fn country(&mut self, c: &mut Checker) -> Option<CountryCode> {
        c.parse_optional("country", self.country.as_deref())
    }

    fn identifiers(&self, c: &mut Checker) -> Option<Identifiers> {
        if self.wikidata.is_none() && self.same_as.is_empty() {
            return None;
        }
        c.at("identifiers", |c| {
            let wikidata = c.parse_optional("wikidata", self.wikidata.as_deref());
            let same_as = c.parse_list("same_as", &self.same_as);
            Some(Identifiers { wikidata, same_as })
        })
    }
}

/// The setters every entity builder has.
macro_rules! entity_setters {
    () => {
        /// Adds another name the article uses.
        pub fn alias(mut self, alias: &str) -> Self {
            self.draft.aliases.push(alias.to_owned());
            self
        }

        /// Sets the Wikidata item id, e.g. `"Q159"` (checked by `build`).
        pub fn wikidata(mut self, id: impl std::fmt::Display) -> Self {
            self.draft.wikidata = Some(id.to_string());
            self
        }

        /// Adds a URI that names the same entity (checked by `build`).
        pub fn same_as(mut self, url: impl std::fmt::Display) -> Self {
            self.draft.same_as.push(url.to_string());
            self
        }
    };
}

/// Builds a [`Person`]: the id and name are required, the rest chained.
/// Values are checked by [`build`](Self::build), which reports every
/// problem at once.
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
    id: String,
    name: String,
    roles: Vec<(String, Option<String>)>,
    draft: EntityDraft,
}

impl PersonBuilder {
    /// A person with `id` and `name`.
    pub fn new(id: &str, name: &str) -> Self {
        PersonBuilder {
            id: id.to_owned(),
            name: name.to_owned(),
            roles: Vec::new(),
            draft: EntityDraft::default(),
        }
    }

    entity_setters!();

    /// Sets the country the person belongs to or represents (ISO 3166-1
    /// alpha-2, checked by `build`).
    pub fn country(mut self, code: impl std::fmt::Display) -> Self {
        self.draft.country = Some(code.to_string());
        self
    }

    /// Adds a role with `title` in `organization`.
    pub fn role(mut self, title: &str, organization: &OrganizationHandle) -> Self {
        self.roles
            .push((title.to_owned(), Some(organization.id().to_owned())));
        self
    }

    /// Adds a role with `title` and no organization.
    pub fn role_title(mut self, title: &str) -> Self {
        self.roles.push((title.to_owned(), None));
        self
    }

    /// The id as given.
    pub(crate) fn raw_id(&self) -> &str {
        &self.id
    }

    /// Checks the values and runs the person's own rules.
    ///
    /// # Errors
    /// Every problem, with paths relative to the person.
    pub fn build(mut self) -> Result<Person, ValidationErrors> {
        finish_build(
            |c| {
                let id = c.parse("id", &self.id);
                let country = self.draft.country(c);
                let identifiers = self.draft.identifiers(c);
                let roles = c.at("roles", |c| {
                    let mut roles = Vec::with_capacity(self.roles.len());
                    for (i, (title, org)) in self.roles.drain(..).enumerate() {
                        let organization =
                            c.at_index(i, |c| c.parse_optional("organization", org.as_deref()));
                        roles.push(Role {
                            title,
                            organization,
                        });
                    }
                    roles
                });
                Some(Person {
                    id: id?,
                    name: self.name,
                    aliases: self.draft.aliases,
                    roles,
                    country,
                    identifiers,
                })
            },
            |person, c| person.check(c, None),
        )
    }
}

/// Builds an [`Organization`]: id, name and kind required, the rest
/// chained; [`build`](Self::build) checks everything.
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct OrganizationBuilder {
    id: String,
    name: String,
    kind: OrganizationKind,
    parent: Option<String>,
    location: Option<String>,
    draft: EntityDraft,
}

impl OrganizationBuilder {
    /// An organization with `id`, `name` and `kind`.
    pub fn new(id: &str, name: &str, kind: OrganizationKind) -> Self {
        OrganizationBuilder {
            id: id.to_owned(),
            name: name.to_owned(),
            kind,
            parent: None,
            location: None,
            draft: EntityDraft::default(),
        }
    }

    entity_setters!();

    /// Sets the country the organization belongs to (checked by `build`).
    pub fn country(mut self, code: impl std::fmt::Display) -> Self {
        self.draft.country = Some(code.to_string());
        self
    }

    /// Sets the organization this one is part of.
    pub fn parent(mut self, parent: &OrganizationHandle) -> Self {
        self.parent = Some(parent.id().to_owned());
        self
    }

    /// Sets where the organization is.
    pub fn location(mut self, place: &impl AsLocation) -> Self {
        self.location = Some(place.id().to_owned());
        self
    }

    pub(crate) fn raw_id(&self) -> &str {
        &self.id
    }

    /// Checks the values and runs the organization's own rules.
    ///
    /// # Errors
    /// Every problem, with paths relative to the organization.
    pub fn build(mut self) -> Result<Organization, ValidationErrors> {
        finish_build(
            |c| {
                let id = c.parse("id", &self.id);
                let country = self.draft.country(c);
                let identifiers = self.draft.identifiers(c);
                Some(Organization {
                    id: id?,
                    name: self.name,
                    aliases: self.draft.aliases,
                    kind: self.kind,
                    country,
                    parent: c.parse_optional("parent", self.parent.as_deref()),
                    location: c.parse_optional("location", self.location.as_deref()),
                    identifiers,
                })
            },
            |organization, c| organization.check(c, None),
        )
    }
}

/// Builds a [`Place`] that is not a country (for countries, see
/// [`CountryBuilder`]).
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct PlaceBuilder {
    id: String,
    name: String,
    kind: PlaceKind,
    within: Option<String>,
    draft: EntityDraft,
}

impl PlaceBuilder {
    /// A place with `id`, `name` and `kind`.
    pub fn new(id: &str, name: &str, kind: PlaceKind) -> Self {
        PlaceBuilder {
            id: id.to_owned(),
            name: name.to_owned(),
            kind,
            within: None,
            draft: EntityDraft::default(),
        }
    }

    entity_setters!();

    /// Sets the country the place is in (checked by `build`).
    pub fn country(mut self, code: impl std::fmt::Display) -> Self {
        self.draft.country = Some(code.to_string());
        self
    }

    /// Sets the place this one lies within.
    pub fn within(mut self, place: &impl AsLocation) -> Self {
        self.within = Some(place.id().to_owned());
        self
    }

    pub(crate) fn raw_id(&self) -> &str {
        &self.id
    }

    /// Checks the values and runs the place's own rules.
    ///
    /// # Errors
    /// Every problem, with paths relative to the place.
    pub fn build(mut self) -> Result<Place, ValidationErrors> {
        finish_build(
            |c| {
                let id = c.parse("id", &self.id);
                let country = self.draft.country(c);
                let identifiers = self.draft.identifiers(c);
                Some(Place {
                    id: id?,
                    name: self.name,
                    aliases: self.draft.aliases,
                    kind: self.kind,
                    country,
                    within: c.parse_optional("within", self.within.as_deref()),
                    identifiers,
                })
            },
            |place, c| place.check(c, None),
        )
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
    pub fn new(id: &str, name: &str, code: impl std::fmt::Display) -> Self {
        CountryBuilder(PlaceBuilder::new(id, name, PlaceKind::Country).country(code))
    }

    /// Adds another name the article uses.
    pub fn alias(self, alias: &str) -> Self {
        CountryBuilder(self.0.alias(alias))
    }

    /// Sets the Wikidata item id, e.g. `"Q159"`.
    pub fn wikidata(self, id: impl std::fmt::Display) -> Self {
        CountryBuilder(self.0.wikidata(id))
    }

    /// Adds a URI that names the same country.
    pub fn same_as(self, url: impl std::fmt::Display) -> Self {
        CountryBuilder(self.0.same_as(url))
    }

    pub(crate) fn into_place(self) -> PlaceBuilder {
        self.0
    }

    /// Checks the values and runs the place's own rules.
    ///
    /// # Errors
    /// Every problem, with paths relative to the place.
    pub fn build(self) -> Result<Place, ValidationErrors> {
        self.0.build()
    }
}
