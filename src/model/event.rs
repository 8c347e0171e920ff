//! Events that are not meetings but that statements and commitments refer
//! to: a deal reached, a ban lifted, a country leaving a union, an
//! election, an attack and its casualties, a sporting event.
//!
//! Meetings keep a type of their own ([`Meeting`](crate::Meeting)): they
//! have participants with capacities and attendance, a planning status and
//! links to larger meetings, which PLOVER codes as CONSULT and schema.org as
//! `Event`s with an `eventStatus`. Other events are told by what happened to
//! whom — actors, those affected, numbers — and keeping them beside
//! meetings, rather than folding both into one type, keeps each schema free
//! of fields that do not apply to it.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::evidence::Evidence;
use crate::model::quantity::{Duration, Quantity};
use crate::read::de::model;
use crate::value::date::When;
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

vocabulary! {
    /// What kind of event.
    pub enum EventKind {
        /// An agreement or deal reached.
        AgreementReached = "agreement_reached",
        /// A ban, embargo or restriction imposed.
        RestrictionImposed = "restriction_imposed",
        /// A ban, embargo or restriction lifted.
        RestrictionLifted = "restriction_lifted",
        /// Sanctions imposed.
        SanctionsImposed = "sanctions_imposed",
        /// Sanctions lifted.
        SanctionsLifted = "sanctions_lifted",
        /// A party leaving a union, treaty or organization.
        Withdrawal = "withdrawal",
        /// A party joining a union, treaty or organization.
        Accession = "accession",
        /// An election or referendum.
        Election = "election",
        /// A vote in a legislature, council or other body.
        Vote = "vote",
        /// An attack, strike or bombing.
        Attack = "attack",
        /// Fighting, a war or an armed conflict.
        ArmedConflict = "armed_conflict",
        /// People killed, wounded or displaced.
        Casualties = "casualties",
        /// A natural or industrial disaster.
        Disaster = "disaster",
        /// A sporting or cultural event.
        SportingOrCulturalEvent = "sporting_or_cultural_event",
        /// A release of prisoners or hostages.
        Release = "release",
        /// A standing dispute or tension between parties: "border
        /// tensions", "the stand-off", "strained ties" (what they are at
        /// odds over is an [`Issue`](crate::Issue)). New in 2.1.
        Tension = "tension",
        /// A person's illness or incapacity: "Qin Gang is unwell", "was
        /// taken to hospital", "health reasons". New in 2.1.
        Illness = "illness",
        /// The anniversary of something, marked or celebrated: "the 30th
        /// anniversary of diplomatic relations"; `about` names what it is
        /// the anniversary of (a [`Relation`](crate::Relation), a document,
        /// an event). New in 2.1.
        Anniversary = "anniversary",
        /// A person arrested, detained or held by the authorities: "a
        /// Japanese national has been detained", "was arrested on
        /// suspicion of espionage". New in 2.1.
        Detention = "detention",
        /// Any other event.
        Other = "other",
    }
}

vocabulary! {
    /// Whether an event took place, as the article reports it.
    pub enum EventStatus {
        /// It took place.
        Occurred = "occurred",
        /// It is going on.
        Ongoing = "ongoing",
        /// It is expected or planned.
        Expected = "expected",
        /// It may happen.
        Possible = "possible",
        /// It was called off or did not happen.
        DidNotOccur = "did_not_occur",
    }
}

model! {
    /// An event the article reports that is not a meeting.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Event {
        /// The event's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// What kind of event it is.
        pub kind: EventKind,
        /// What happened, in the article's words where possible. Must not be
        /// blank.
        #[schemars(regex(pattern = r"\S"))]
        pub description: String,
        /// Whether it took place.
        pub status: EventStatus,
        /// When it took or takes place.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<When>,
        /// How long it has lasted or lasted, without a start date: "three
        /// years into the war" (`P3Y`, a war going on), "after months of
        /// negotiation" (the unit `months`), "a two-day strike" (`P2D`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<Duration>,
        /// The id of the place where it took place; must name a place.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub place: Option<Id>,
        /// The id of the meeting at which it happened ("the deal, signed at
        /// the summit"); must name a meeting. New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub setting: Option<Id>,
        /// The ids of the meetings and events that led to it ("the strike
        /// that followed the collapse of the talks", "the protests brought
        /// about by the vote"); none twice, not itself, none that began
        /// after it ended (`cause_after_effect`). New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub caused_by: Vec<Id>,
        /// The ids of the meetings and events it answered ("sanctions
        /// imposed in response to the test", "a statement in reply to the
        /// summit"); none twice, not itself, none that began after it ended
        /// (`cause_after_effect`). New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub responds_to: Vec<Id>,
        /// The ids of the parties that acted (people, organizations,
        /// countries, regions such as "the Sahel", or groups); none twice.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub actors: Vec<Id>,
        /// The ids of the parties it was done to or that it affected; none
        /// twice.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub affected: Vec<Id>,
        /// The numbers the article gives for it ("killed over 100,000").
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub quantities: Vec<Quantity>,
        /// The ids of what it is about (entities, documents, meetings,
        /// events); none twice.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// The ids of the parties the article credits this fact to when
        /// it states it in its own words: an outlet ("the agreement
        /// includes benchmarks, the Wall Street Journal reported";
        /// "according to the New York Times"), a person, an organization,
        /// a country or a group; none twice (`unknown_reference`,
        /// `wrong_reference_kind`, `duplicate_reference`). Not a
        /// [`Statement`](crate::Statement), which is words someone said
        /// (the outlets they came through are its `reported_by`), and not
        /// the article's [`sources`](crate::Article::sources), which are
        /// where the whole report comes from. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub according_to: Vec<Id>,
        /// Identifiers outside the article (a Wikidata item, URIs) that
        /// name the same event, so that records of it in several articles
        /// can be joined (see [`Ledger`](crate::Ledger)); no URI twice.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<crate::model::entity::Identifiers>,
        /// The words in the body (or headline) that report it; each must
        /// really be there.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Event {
    /// An event with its required fields and nothing else.
    pub fn new(
        id: Id,
        kind: EventKind,
        status: EventStatus,
        description: impl Into<String>,
    ) -> Self {
        Event {
            id,
            kind,
            description: description.into(),
            status,
            date: None,
            duration: None,
            place: None,
            setting: None,
            caused_by: Vec::new(),
            responds_to: Vec::new(),
            actors: Vec::new(),
            affected: Vec::new(),
            quantities: Vec::new(),
            about: Vec::new(),
            according_to: Vec::new(),
            identifiers: None,
            evidence: Vec::new(),
        }
    }
}
