//! Relations: lasting ties the article says two or more parties have
//! ("diplomatic relations", "a comprehensive strategic partnership", an
//! alliance, a friendship treaty's ties), with when they began and the
//! documents that founded them.
//!
//! A relation is a standing state between parties, not an occurrence: its
//! anniversary is an [`Event`](crate::Event) of kind `anniversary` that is
//! `about` it, and a judgement of it ("relations at their highest level",
//! "the common interests outweigh the differences") is an
//! [`Assessment`](crate::Assessment) that assesses it. A dispute is not a
//! relation: what parties are at odds over is an [`Issue`](crate::Issue)
//! with `divided`, and a standing tension ("border tensions") an event of
//! kind `tension`. Membership is not a relation either: a group or an
//! organization has members.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::evidence::Evidence;
use crate::read::de::model;
use crate::value::date::When;
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

vocabulary! {
    /// What kind of lasting relation parties have.
    pub enum RelationKind {
        /// Diplomatic relations: "diplomatic relations", «дипломатические
        /// отношения», "established ties in 1992".
        DiplomaticRelations = "diplomatic_relations",
        /// A partnership the article calls strategic, whatever its other
        /// words: "strategic partnership", "comprehensive strategic
        /// partnership", «стратегическое партнерство».
        StrategicPartnership = "strategic_partnership",
        /// Another named partnership: "enhanced partnership", "partnership
        /// and cooperation".
        Partnership = "partnership",
        /// An alliance, military or political: "allies", "the alliance
        /// between".
        Alliance = "alliance",
        /// Friendship and cooperation, mostly under a treaty: "treaty of
        /// friendship", "good-neighbourly relations".
        Friendship = "friendship",
        /// Relations between the parties in general, with no name of their
        /// own: "ties", "bilateral relations", "China and India" as one
        /// relationship.
        Ties = "ties",
        /// Any other lasting relation.
        Other = "other",
    }
}

model! {
    /// A lasting relation the article says two or more parties have
    /// ("diplomatic relations", "a comprehensive strategic partnership"):
    /// of what kind, between whom, in the article's words, since when and
    /// on what documents. New in 2.1.
    ///
    /// A dispute is an [`Issue`](crate::Issue) with `divided`, not a
    /// relation; membership is a group's or organization's members.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Relation {
        /// The relation's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// What kind of relation it is.
        pub kind: RelationKind,
        /// The relation in the article's words («стратегическое
        /// партнерство», "comprehensive strategic partnership"). Must not
        /// be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub name: Option<String>,
        /// The ids of the parties to it: people, organizations, countries,
        /// regions or groups (`unknown_reference`, `wrong_reference_kind`);
        /// none twice (`duplicate_reference`). At least two, or one group
        /// that stands for its members ("the BRICS partnership")
        /// (`relation_too_few_parties`).
        #[schemars(extend("uniqueItems" = true), length(min = 1))]
        pub parties: Vec<Id>,
        /// When it began: "established 30 years ago", or worked out from an
        /// anniversary ("the 30th anniversary of diplomatic relations" in
        /// 2022 is `1992`, `inferred`, with the words that give it). Not
        /// after the publication (`date_after_publication`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub established: Option<When>,
        /// The ids of the documents that founded or set it out (a treaty of
        /// friendship, a declaration on strategic partnership)
        /// (`unknown_reference`, `wrong_reference_kind`); none twice
        /// (`duplicate_reference`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub documents: Vec<Id>,
        /// The ids of the statements that state it ("Tokayev called Turkey
        /// a very important strategic partner") (`unknown_reference`,
        /// `wrong_reference_kind`); none twice (`duplicate_reference`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub statements: Vec<Id>,
        /// The words in the body (or headline) that report it; each must
        /// really be there (`evidence_not_found`, `invalid_position`,
        /// `evidence_position_mismatch`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Relation {
    /// A relation with its required fields and nothing else: one of `kind`
    /// between `parties`.
    pub fn new(id: Id, kind: RelationKind, parties: Vec<Id>) -> Self {
        Relation {
            id,
            kind,
            name: None,
            parties,
            established: None,
            documents: Vec::new(),
            statements: Vec::new(),
            evidence: Vec::new(),
        }
    }
}
