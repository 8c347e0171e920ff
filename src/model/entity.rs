//! The entities an article mentions: people ([`Person`]), organizations
//! ([`Organization`]) and places ([`Place`], countries included), with their
//! builders.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::evidence::Evidence;
use crate::model::quantity::Quantity;
use crate::read::de::model;
use crate::value::codes::{CountryCode, Url, WikidataId};
use crate::value::date::EventDate;
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

model! {
    /// Identifiers of an entity outside the article.
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Identifiers {
        /// The Wikidata item, e.g. "Q159" for Russia.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub wikidata: Option<WikidataId>,
        /// Other URIs that name the same entity (an official site, a registry
        /// entry, a knowledge-graph node).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub same_as: Vec<Url>,
    }
}

impl Identifiers {
    /// Whether no identifier is set.
    pub fn is_empty(&self) -> bool {
        self.wikidata.is_none() && self.same_as.is_empty()
    }
}

model! {
    /// A role a person holds: a title, the organization it is in, whom it is
    /// held toward ("Ban's special envoy", "his Chinese counterpart"), and
    /// when. Countries and organizations hold roles too, as offices ("the
    /// rotating chair of the SCO", "this year's G20 presidency"), with the
    /// period and who held it before and holds it next (new in 2.1).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Role {
        /// The title, e.g. "Minister of Foreign Affairs". Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub title: String,
        /// The id of the organization the role is in; must name an organization
        /// in `entities` (checked by the validator: `unknown_reference`,
        /// `wrong_reference_kind`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization: Option<Id>,
        /// The id of the party the role is held toward: the person someone is
        /// an envoy of, the country someone is the counterpart for; must name
        /// a party (`unknown_reference`, `wrong_reference_kind`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub toward: Option<Id>,
        /// When the role began.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start: Option<EventDate>,
        /// When the role ended; not before it began (`end_before_start`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end: Option<EventDate>,
        /// Whether the holder no longer holds it, as the article says
        /// ("a former foreign minister", "ex-president") without saying
        /// when it ended: no `end` needs to be made up. A former role's
        /// `end`, when given, is not after the article's publication
        /// (`date_after_publication`). New in 2.1.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub former: bool,
        /// The id of the party that held the role before ("taking over the
        /// chair from India"); must name a party other than the holder
        /// (`unknown_reference`, `wrong_reference_kind`, `self_reference`).
        /// New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub predecessor: Option<Id>,
        /// The id of the party that holds the role next ("before handing
        /// the presidency to Brazil"); must name a party other than the
        /// holder (`unknown_reference`, `wrong_reference_kind`,
        /// `self_reference`). New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub successor: Option<Id>,
    }
}

impl Role {
    /// A role with `title` and nothing else.
    pub fn new(title: impl Into<String>) -> Self {
        Role {
            title: title.into(),
            organization: None,
            toward: None,
            start: None,
            end: None,
            former: false,
            predecessor: None,
            successor: None,
        }
    }

    /// The role as one the holder no longer holds ("a former foreign
    /// minister"), with no end date made up.
    ///
    /// ```
    /// use structured_news::Role;
    ///
    /// let role = Role::new("foreign minister").former();
    /// assert_eq!(
    ///     serde_json::to_string(&role).unwrap(),
    ///     r#"{"title":"foreign minister","former":true}"#
    /// );
    /// ```
    #[must_use]
    pub fn former(mut self) -> Self {
        self.former = true;
        self
    }

    /// The role from `start` (and until `end`, when given).
    #[must_use]
    pub fn during(mut self, start: Option<EventDate>, end: Option<EventDate>) -> Self {
        self.start = start;
        self.end = end;
        self
    }
}

model! {
    /// A person the article mentions, named ("Sergei Lavrov") or only
    /// described ("a spokesman for U.S. President Barack Obama").
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Person {
        /// The person's id, unique in the article (checked by the validator:
        /// `duplicate_id`).
        pub id: Id,
        /// The name as the article gives it, e.g. "Sergei Lavrov"; absent for
        /// someone the article does not name. Must not be blank, and a person
        /// has a name or a description (`no_name`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub name: Option<String>,
        /// How the article describes someone it does not name ("a spokesman
        /// for U.S. President Barack Obama", "the World Bank President"). Must
        /// not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub description: Option<String>,
        /// Other names the article uses for the person. None may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub aliases: Vec<String>,
        /// The roles the article gives the person, in its order.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub roles: Vec<Role>,
        /// The country the person belongs to or represents.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub country: Option<CountryCode>,
        /// Identifiers outside the article.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<Identifiers>,
        /// The words in the body (or headline) that mention the person.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Person {
    /// A person with `id` and `name` and nothing else.
    pub fn new(id: Id, name: impl Into<String>) -> Self {
        Person {
            id,
            name: Some(name.into()),
            description: None,
            aliases: Vec::new(),
            roles: Vec::new(),
            country: None,
            identifiers: None,
            evidence: Vec::new(),
        }
    }

    /// Someone the article does not name, only describes.
    pub fn unnamed(id: Id, description: impl Into<String>) -> Self {
        let mut person = Person::new(id, String::new());
        person.name = None;
        person.description = Some(description.into());
        person
    }
}

vocabulary! {
    /// What kind of organization.
    pub enum OrganizationKind {
        /// A national or regional government or cabinet.
        Government = "government",
        /// A ministry or department of a government.
        Ministry = "ministry",
        /// A government agency, service or office.
        Agency = "agency",
        /// The office of a head of state or government.
        HeadOfStateOffice = "head_of_state_office",
        /// A parliament or other legislature.
        Legislature = "legislature",
        /// A court or other judicial body.
        Judiciary = "judiciary",
        /// Armed forces or a unit of them.
        Military = "military",
        /// An organization of states with members and a secretariat (the UN, the SCO).
        IntergovernmentalOrganization = "intergovernmental_organization",
        /// A body or format of states without its own organization: a joint commission, a group of friends, a regional format.
        IntergovernmentalBody = "intergovernmental_body",
        /// An embassy, consulate or permanent mission.
        DiplomaticMission = "diplomatic_mission",
        /// A political party.
        PoliticalParty = "political_party",
        /// A newspaper, agency, broadcaster or other news publisher.
        Media = "media",
        /// A business.
        Company = "company",
        /// A university, school or academy.
        EducationalInstitution = "educational_institution",
        /// A theatre, museum, library or other cultural institution.
        CulturalInstitution = "cultural_institution",
        /// A non-governmental or civil-society organization.
        NonGovernmentalOrganization = "non_governmental_organization",
        /// Any other kind.
        Other = "other",
    }
}

model! {
    /// An organization the article mentions: a ministry, a commission, a
    /// publisher, a university, ...
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Organization {
        /// The organization's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// The name, e.g. "Ministry of Foreign Affairs of the Russian
        /// Federation". Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub name: String,
        /// Other names the article uses ("the Russian Foreign Ministry"). None
        /// may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub aliases: Vec<String>,
        /// What kind of organization it is.
        pub kind: OrganizationKind,
        /// The country it belongs to, if it belongs to one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub country: Option<CountryCode>,
        /// The id of the organization it is part of; must name an organization,
        /// and parents may not form a cycle (checked by the validator:
        /// `unknown_reference`, `wrong_reference_kind`, `reference_cycle`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parent: Option<Id>,
        /// The roles it holds as an office ("the rotating chair of the
        /// SCO", "the G20 presidency"), with their periods, in the
        /// article's order. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub roles: Vec<Role>,
        /// The id of the place where it is; must name a place
        /// (`unknown_reference`, `wrong_reference_kind`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location: Option<Id>,
        /// Identifiers outside the article.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<Identifiers>,
        /// The words in the body (or headline) that mention it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Organization {
    /// An organization with `id`, `name` and `kind` and nothing else.
    pub fn new(id: Id, name: impl Into<String>, kind: OrganizationKind) -> Self {
        Organization {
            id,
            name: name.into(),
            aliases: Vec::new(),
            kind,
            country: None,
            parent: None,
            roles: Vec::new(),
            location: None,
            identifiers: None,
            evidence: Vec::new(),
        }
    }
}

vocabulary! {
    /// What kind of place.
    pub enum PlaceKind {
        /// A sovereign state or dependent territory; can be a party to commitments and meetings.
        Country = "country",
        /// A region, province or other subdivision of a country.
        Region = "region",
        /// A city, town or village.
        City = "city",
        /// A district or neighbourhood of a city.
        District = "district",
        /// A building or site: a palace, a hotel, a conference hall.
        Venue = "venue",
        /// A sea, lake or river.
        BodyOfWater = "body_of_water",
        /// A region spanning countries (Central Asia, the Caspian region).
        GeographicRegion = "geographic_region",
        /// Any other kind.
        Other = "other",
    }
}

model! {
    /// A place the article mentions: a country, a city, a venue, ... named
    /// ("Ashgabat") or only described ("a village near the border").
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Place {
        /// The place's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// The name, e.g. "Ashgabat"; absent for a place the article does
        /// not name. Must not be blank, and a place has a name or a
        /// description (`no_name`). Optional since 2.1 (required in 2.0).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub name: Option<String>,
        /// How the article describes a place it does not name ("a village
        /// near the border", "the venue of the talks"). Must not be blank.
        /// New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub description: Option<String>,
        /// Other names the article uses. None may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub aliases: Vec<String>,
        /// What kind of place it is.
        pub kind: PlaceKind,
        /// The country it is in (for a country, its own code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub country: Option<CountryCode>,
        /// The id of the place it lies within; must name a place, and the chain
        /// may not form a cycle (`unknown_reference`, `wrong_reference_kind`,
        /// `reference_cycle`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub within: Option<Id>,
        /// The roles a country or region holds as an office (only they
        /// may: `role_of_place`) ("the rotating chair of the
        /// SCO", "the G20 presidency"), with their periods, in the
        /// article's order. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub roles: Vec<Role>,
        /// Identifiers outside the article.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<Identifiers>,
        /// The words in the body (or headline) that mention it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Place {
    /// A place with `id`, `name` and `kind` and nothing else.
    pub fn new(id: Id, name: impl Into<String>, kind: PlaceKind) -> Self {
        Place {
            id,
            name: Some(name.into()),
            description: None,
            aliases: Vec::new(),
            kind,
            country: None,
            within: None,
            roles: Vec::new(),
            identifiers: None,
            evidence: Vec::new(),
        }
    }

    /// A place the article does not name, only describes ("a village near
    /// the border").
    pub fn unnamed(id: Id, description: impl Into<String>, kind: PlaceKind) -> Self {
        let mut place = Place::new(id, String::new(), kind);
        place.name = None;
        place.description = Some(description.into());
        place
    }

    /// The name, else the description: what to call the place.
    pub fn label(&self) -> &str {
        self.name
            .as_deref()
            .or(self.description.as_deref())
            .unwrap_or_default()
    }
}

model! {
    /// The entities of an article, by kind.
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Entities {
        /// The people the article mentions.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub people: Vec<Person>,
        /// The organizations the article mentions.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub organizations: Vec<Organization>,
        /// The places the article mentions, countries included.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub places: Vec<Place>,
        /// The groups of parties the article mentions ("the E3", "Western
        /// powers", "U.N. officials").
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub groups: Vec<Group>,
    }
}

impl Entities {
    /// Whether there are no entities.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
            && self.organizations.is_empty()
            && self.places.is_empty()
            && self.groups.is_empty()
    }
}

model! {
    /// A group of parties that acts or speaks as one: named ("the E3"),
    /// described ("Western powers", "U.N. officials"), with its members when
    /// the article names them.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Group {
        /// The group's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// Its name, e.g. "E3". Must not be blank; a group has a name or a
        /// description (`no_name`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub name: Option<String>,
        /// How the article describes it ("the two countries", "Western
        /// powers"). Must not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub description: Option<String>,
        /// Other names the article uses for it. None may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub aliases: Vec<String>,
        /// The ids of its members (people, organizations, countries or
        /// groups); none twice (`unknown_reference`, `wrong_reference_kind`,
        /// `duplicate_reference`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub members: Vec<Id>,
        /// The id of the organization whose member states or members the
        /// group is ("all 27 countries of the European Union": the EU), so
        /// that whoever speaks for the organization (a person in a role of
        /// it, the organization itself) speaks for the group too
        /// (`unrepresented_party`). Must name an organization
        /// (`wrong_reference_kind`). New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization: Option<Id>,
        /// The numbers the article gives for it, most often its size ("a
        /// delegation of some 40 officials", "dozens of protesters").
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub quantities: Vec<Quantity>,
        /// Identifiers outside the article.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<Identifiers>,
        /// The words in the body (or headline) that mention it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Group {
    /// A group with `id` and nothing else (give it a name or a
    /// description).
    pub fn new(id: Id) -> Self {
        Group {
            id,
            name: None,
            description: None,
            aliases: Vec::new(),
            members: Vec::new(),
            organization: None,
            quantities: Vec::new(),
            identifiers: None,
            evidence: Vec::new(),
        }
    }
}
