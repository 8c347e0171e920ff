//! The builders of people, organizations and places.

use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{AsLocation, AsParty, Handle, OrganizationHandle};
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::entity::{Group, Organization, OrganizationKind, Person, Place, PlaceKind, Role};
use crate::model::quantity::Quantity;
use crate::value::codes::{CountryCode, Url, WikidataId};
use crate::value::id::Id;

/// The setters of external identifiers, for every builder that holds a
/// part with `identifiers` in `value` and its refusals in `refusals`.
macro_rules! identifier_setters {
    () => {
        /// Sets the Wikidata item id, e.g. `"Q159"` (or a [`WikidataId`](crate::WikidataId)); a
        /// refused id is reported by `build`.
        pub fn wikidata(
            mut self,
            id: impl $crate::build::IntoValue<$crate::value::codes::WikidataId>,
        ) -> Self {
            let path = $crate::build::at("identifiers").key("wikidata");
            let id = self.refusals.set(path, id);
            self.value
                .identifiers
                .get_or_insert_with($crate::model::entity::Identifiers::default)
                .wikidata = id;
            self
        }

        /// Adds a URI that names the same thing (or a [`Url`](crate::Url)); a refused
        /// URI is reported by `build`.
        pub fn same_as(
            mut self,
            url: impl $crate::build::IntoValue<$crate::value::codes::Url>,
        ) -> Self {
            let identifiers = self
                .value
                .identifiers
                .get_or_insert_with($crate::model::entity::Identifiers::default);
            let path = $crate::build::at("identifiers")
                .key("same_as")
                .index(identifiers.same_as.len());
            if let Some(url) = self.refusals.add(path, url) {
                identifiers.same_as.push(url);
            }
            self
        }
    };
}
pub(crate) use identifier_setters;

/// The setters every entity builder has; each builder holds the entity it
/// builds in `value` and what it refused in `refusals`.
macro_rules! entity_setters {
    ($entity:ty) => {
        /// Adds another name the article uses.
        pub fn alias(mut self, alias: &str) -> Self {
            self.value.aliases.push(alias.to_owned());
            self
        }

        identifier_setters!();

        /// The id the entity will have.
        pub(crate) fn id(&self) -> &Id {
            &self.value.id
        }

        evidence_setters!();

        /// The entity with its evidence located, and the refusals, for the
        /// article builder.
        pub(crate) fn into_parts(mut self, texts: &Texts<'_>) -> ($entity, Refusals) {
            self.to_locate.locate(&mut self.value.evidence, texts);
            (self.value, self.refusals)
        }
    };
}

/// The country setter of the builders of entities that have a country.
macro_rules! country_setter {
    () => {
        /// Sets the country (ISO 3166-1 alpha-2, e.g. `"RU"`, or a
        /// [`CountryCode`]); a refused code is reported by `build`.
        pub fn country(mut self, code: impl IntoValue<CountryCode>) -> Self {
            self.value.country = self.refusals.set(at("country"), code);
            self
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
    to_locate: ToLocate,
}

impl PersonBuilder {
    /// A person with `id` and `name`.
    pub fn new(id: impl IntoValue<Id>, name: &str) -> Self {
        let mut refusals = Refusals::default();
        let id = checked_id(&mut refusals, id);
        PersonBuilder {
            value: Person::new(id, name),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    entity_setters!(Person);
    country_setter!();

    /// Someone the article only describes ("a spokesman for the Secretary
    /// of State"), with `id`.
    pub fn unnamed(id: impl IntoValue<Id>, description: &str) -> Self {
        let mut builder = PersonBuilder::new(id, "");
        builder.value.name = None;
        builder.value.description = Some(description.to_owned());
        builder
    }

    /// Sets how the article describes the person, besides the name.
    pub fn description(mut self, description: &str) -> Self {
        self.value.description = Some(description.to_owned());
        self
    }

    /// Adds a role with `title` in `organization`.
    pub fn role(self, title: &str, organization: &OrganizationHandle) -> Self {
        self.with_role(Role::new(title).in_organization(organization))
    }

    /// Adds a role made with [`Role`]'s own methods (held toward someone,
    /// with dates).
    pub fn with_role(mut self, role: Role) -> Self {
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
}

/// Builds an [`Organization`]: id, name and kind required, the rest
/// chained; [`build`](Self::build) reports every problem.
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct OrganizationBuilder {
    value: Organization,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl OrganizationBuilder {
    /// An organization with `id`, `name` and `kind`.
    pub fn new(id: impl IntoValue<Id>, name: &str, kind: OrganizationKind) -> Self {
        let mut refusals = Refusals::default();
        let id = checked_id(&mut refusals, id);
        OrganizationBuilder {
            value: Organization::new(id, name, kind),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    entity_setters!(Organization);
    country_setter!();

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

    /// Adds a role it holds as an office ("the rotating chair of the
    /// SCO"), made with [`Role`]'s own methods (its organization, period,
    /// predecessor and successor).
    pub fn with_role(mut self, role: Role) -> Self {
        self.value.roles.push(role);
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
}

/// Builds a [`Place`] that is not a country (for countries, see
/// [`CountryBuilder`]).
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct PlaceBuilder {
    value: Place,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl PlaceBuilder {
    /// A place with `id`, `name` and `kind`.
    pub fn new(id: impl IntoValue<Id>, name: &str, kind: PlaceKind) -> Self {
        let mut refusals = Refusals::default();
        let id = checked_id(&mut refusals, id);
        PlaceBuilder {
            value: Place::new(id, name, kind),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    entity_setters!(Place);
    country_setter!();

    /// Sets the place this one lies within.
    pub fn within(mut self, place: &impl AsLocation) -> Self {
        self.value.within = Some(place.id().clone());
        self
    }

    /// Adds a role a region holds as an office ("the rotating chair of the
    /// SCO"), made with [`Role`]'s own methods (its organization, period,
    /// predecessor and successor).
    pub fn with_role(mut self, role: Role) -> Self {
        self.value.roles.push(role);
        self
    }

    /// The place, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the place.
    pub fn build(self) -> Result<Place, ValidationErrors> {
        self.refusals.finish(self.value)
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

    /// Adds evidence: `exact` words of the body that mention the country.
    pub fn evidence(self, exact: &str) -> Self {
        CountryBuilder(self.0.evidence(exact))
    }

    /// Adds evidence of the `nth` occurrence (from 1) of `exact`.
    pub fn evidence_nth(self, exact: &str, nth: usize) -> Self {
        CountryBuilder(self.0.evidence_nth(exact, nth))
    }

    /// Adds evidence of `exact` where it follows `prefix`.
    pub fn evidence_after(self, prefix: &str, exact: &str) -> Self {
        CountryBuilder(self.0.evidence_after(prefix, exact))
    }

    /// Adds evidence of `exact` in the headline.
    pub fn evidence_in_headline(self, exact: &str) -> Self {
        CountryBuilder(self.0.evidence_in_headline(exact))
    }

    /// Adds evidence as given.
    pub fn evidence_selector(self, evidence: crate::model::evidence::Evidence) -> Self {
        CountryBuilder(self.0.evidence_selector(evidence))
    }

    /// Adds a role the country holds as an office ("this year's G20
    /// presidency"), made with [`Role`]'s own methods.
    ///
    /// ```
    /// use structured_news::{ArticleBuilder, EventDate, OrganizationKind, Organization, Place, Role};
    ///
    /// let body = "India, which holds the G20 presidency this year, hands it to Brazil.";
    /// let mut article = ArticleBuilder::new("a1", "en", body);
    /// let g20 = article.add_organization(
    ///     Organization::builder("g20", "G20", OrganizationKind::IntergovernmentalBody).evidence("G20"),
    /// );
    /// let brazil = article.add_country(Place::country_builder("brazil", "Brazil", "BR").evidence("Brazil"));
    /// let year: EventDate = "2023".parse()?;
    /// article.add_country(
    ///     Place::country_builder("india", "India", "IN").evidence("India").with_role(
    ///         Role::new("G20 presidency")
    ///             .in_organization(&g20)
    ///             .during(Some(year), Some(year))
    ///             .successor(&brazil),
    ///     ),
    /// );
    /// let article = article.build()?;
    /// let role = &article.entities.places[1].roles[0];
    /// assert_eq!(role.successor.as_ref().unwrap().as_str(), "brazil");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_role(self, role: Role) -> Self {
        CountryBuilder(self.0.with_role(role))
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

/// Builds a [`Group`]: named ([`Group::builder`]) or described
/// ([`Group::described_builder`]), with its members.
///
/// ```
/// use structured_news::{ArticleBuilder, Group, Place};
///
/// let mut article = ArticleBuilder::new("a1", "en", "The E3 leaders met.");
/// let france = article.add_country(Place::country_builder("france", "France", "FR"));
/// let e3 = article.add_group(Group::builder("e3", "E3").member(&france).evidence("E3"));
/// let article = article.build()?;
/// assert_eq!(article.entities.groups[0].members[0].as_str(), "france");
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct GroupBuilder {
    value: Group,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl GroupBuilder {
    pub(crate) fn new(
        id: impl IntoValue<Id>,
        name: Option<&str>,
        description: Option<&str>,
    ) -> Self {
        let mut refusals = Refusals::default();
        let id = checked_id(&mut refusals, id);
        let mut value = Group::new(id);
        value.name = name.map(str::to_owned);
        value.description = description.map(str::to_owned);
        GroupBuilder {
            value,
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    entity_setters!(Group);

    /// Sets how the article describes the group, besides its name.
    pub fn description(mut self, description: &str) -> Self {
        self.value.description = Some(description.to_owned());
        self
    }

    /// Adds a member.
    pub fn member(mut self, party: &impl AsParty) -> Self {
        self.value.members.push(party.id().clone());
        self
    }

    /// Sets the organization whose members the group is ("all 27
    /// countries of the European Union": the EU), so that its chief speaks
    /// for the group.
    ///
    /// ```
    /// use structured_news::{ArticleBuilder, Group, Organization, OrganizationKind};
    ///
    /// let mut article =
    ///     ArticleBuilder::new("a1", "en", "All 27 countries of the European Union agreed.");
    /// let eu = article.add_organization(
    ///     Organization::builder(
    ///         "eu",
    ///         "European Union",
    ///         OrganizationKind::IntergovernmentalOrganization,
    ///     )
    ///     .evidence("European Union"),
    /// );
    /// article.add_group(
    ///     Group::described_builder("eu27", "all 27 countries of the European Union")
    ///         .organization(&eu)
    ///         .evidence("All 27 countries of the European Union"),
    /// );
    /// let article = article.build()?;
    /// assert_eq!(
    ///     article.entities.groups[0].organization.as_ref().map(|o| o.as_str()),
    ///     Some("eu")
    /// );
    /// # Ok::<(), structured_news::ValidationErrors>(())
    /// ```
    pub fn organization(mut self, organization: &OrganizationHandle) -> Self {
        self.value.organization = Some(organization.id().clone());
        self
    }

    /// Adds a number the article gives for the group, most often its size
    /// ("a delegation of some 40 officials").
    pub fn quantity(mut self, quantity: Quantity) -> Self {
        self.value.quantities.push(quantity);
        self
    }

    /// The group, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the group.
    pub fn build(self) -> Result<Group, ValidationErrors> {
        self.refusals.finish(self.value)
    }
}

impl Person {
    /// A builder for a person with `id` and `name`.
    pub fn builder(id: impl IntoValue<Id>, name: &str) -> PersonBuilder {
        PersonBuilder::new(id, name)
    }

    /// A builder for someone the article only describes ("a spokesman for
    /// the Secretary of State").
    pub fn unnamed_builder(id: impl IntoValue<Id>, description: &str) -> PersonBuilder {
        PersonBuilder::unnamed(id, description)
    }
}

impl Organization {
    /// A builder for an organization.
    pub fn builder(
        id: impl IntoValue<Id>,
        name: &str,
        kind: OrganizationKind,
    ) -> OrganizationBuilder {
        OrganizationBuilder::new(id, name, kind)
    }
}

impl Place {
    /// A builder for a place; for a country use [`Place::country_builder`].
    pub fn builder(id: impl IntoValue<Id>, name: &str, kind: PlaceKind) -> PlaceBuilder {
        PlaceBuilder::new(id, name, kind)
    }

    /// A builder for a place the article does not name, only describes
    /// ("a village near the border").
    ///
    /// ```
    /// use structured_news::{ArticleBuilder, Place, PlaceKind};
    ///
    /// let mut article = ArticleBuilder::new("a1", "en", "Shelling hit a village near the border.");
    /// article.add_place(
    ///     Place::described_builder("border-village", "a village near the border", PlaceKind::Other)
    ///         .country("UA")
    ///         .evidence("a village near the border"),
    /// );
    /// let article = article.build()?;
    /// assert_eq!(article.entities.places[0].name, None);
    /// assert_eq!(article.entities.places[0].label(), "a village near the border");
    /// # Ok::<(), structured_news::ValidationErrors>(())
    /// ```
    pub fn described_builder(
        id: impl IntoValue<Id>,
        description: &str,
        kind: PlaceKind,
    ) -> PlaceBuilder {
        let mut builder = PlaceBuilder::new(id, "", kind);
        builder.value.name = None;
        builder.value.description = Some(description.to_owned());
        builder
    }
}

impl Group {
    /// A builder for a group named `name`.
    pub fn builder(id: impl IntoValue<Id>, name: &str) -> GroupBuilder {
        GroupBuilder::new(id, Some(name), None)
    }

    /// A builder for a group the article only describes ("Western
    /// powers").
    pub fn described_builder(id: impl IntoValue<Id>, description: &str) -> GroupBuilder {
        GroupBuilder::new(id, None, Some(description))
    }
}

impl Place {
    /// A builder for a country with its ISO 3166-1 alpha-2 `code`.
    pub fn country_builder(
        id: impl IntoValue<Id>,
        name: &str,
        code: impl IntoValue<CountryCode>,
    ) -> CountryBuilder {
        CountryBuilder::new(id, name, code)
    }
}

impl Role {
    /// The role in `organization`.
    #[must_use]
    pub fn in_organization(mut self, organization: &OrganizationHandle) -> Self {
        self.organization = Some(organization.id().clone());
        self
    }

    /// The role held toward `party` ("special envoy" of a person,
    /// "counterpart" for a country).
    #[must_use]
    pub fn toward(mut self, party: &impl AsParty) -> Self {
        self.toward = Some(party.id().clone());
        self
    }

    /// The role held before by `party` ("taking over the chair from
    /// India").
    #[must_use]
    pub fn predecessor(mut self, party: &impl AsParty) -> Self {
        self.predecessor = Some(party.id().clone());
        self
    }

    /// The role held next by `party` ("before handing the presidency to
    /// Brazil").
    #[must_use]
    pub fn successor(mut self, party: &impl AsParty) -> Self {
        self.successor = Some(party.id().clone());
        self
    }
}
