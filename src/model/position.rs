//! Issues and positions: the questions an article says parties hold
//! positions on or are divided over ("water sharing", "the Trans-Caspian
//! pipeline"), and each party's stand on them ("Russia opposes the
//! pipeline", "Ankara backs a two-state solution while Athens rejects it").

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::evidence::Evidence;
use crate::read::de::model;
use crate::value::date::When;
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

vocabulary! {
    /// A party's stand on an issue.
    pub enum Stance {
        /// For it: "backs", "supports", "favours", "calls for", "insists on".
        Supports = "supports",
        /// Against it: "opposes", "rejects", "objects to", "is against".
        Opposes = "opposes",
        /// Takes neither side, on purpose: "remains neutral", "does not
        /// take sides".
        Neutral = "neutral",
        /// Has not made up its mind, or has not said: "is still weighing",
        /// "has yet to decide".
        Undecided = "undecided",
        /// For it on a condition: "would support it if", "only provided
        /// that". The condition is in the position's `text`.
        Conditional = "conditional",
    }
}

model! {
    /// A question the article says parties hold positions on or are
    /// divided over ("water sharing", "a two-state solution"), in the
    /// article's words, with what it concerns and who is at odds over it.
    ///
    /// The parties' stands are [`Position`]s, each naming the issue; an
    /// issue may have none ("the two countries remain at odds over water
    /// sharing" says who is divided, not who holds what).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Issue {
        /// The issue's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// The issue in the article's words ("water sharing", "the
        /// Trans-Caspian pipeline"). Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub text: String,
        /// The ids of the parts it concerns: entities, documents, meetings,
        /// events or commitments of the article (`unknown_reference`,
        /// `wrong_reference_kind`); none twice (`duplicate_reference`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// The ids of the parties the article says are at odds over it
        /// ("the two countries remain at odds"): people, organizations,
        /// countries, regions or groups (`unknown_reference`,
        /// `wrong_reference_kind`); none twice (`duplicate_reference`).
        /// When given, at least two, or one group that stands for its
        /// members ("the E3 are divided over") (`divided_too_few`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub divided: Vec<Id>,
        /// The ids of the parties the article says agree on it ("our
        /// positions on many international issues are similar"): people,
        /// organizations, countries, regions or groups
        /// (`unknown_reference`, `wrong_reference_kind`); none twice
        /// (`duplicate_reference`) and none also in `divided`
        /// (`party_conflict`); two or more, or one group that stands for
        /// its members (`aligned_too_few`). What each holds, if the article says, is a
        /// [`Position`]. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub aligned: Vec<Id>,
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

impl Issue {
    /// An issue with its required fields and nothing else.
    pub fn new(id: Id, text: impl Into<String>) -> Self {
        Issue {
            id,
            text: text.into(),
            about: Vec::new(),
            divided: Vec::new(),
            aligned: Vec::new(),
            evidence: Vec::new(),
        }
    }
}

model! {
    /// A party's stand on an [`Issue`]: who holds it, for or against, in
    /// the article's words, the statements that voice it and since when.
    ///
    /// A position says what a party stands for; what it does is an event's
    /// or a commitment's, and how it judges a meeting is an assessment's.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Position {
        /// The position's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// The id of who holds it: a person, an organization, a country, a
        /// region or a group (`unknown_reference`, `wrong_reference_kind`).
        pub holder: Id,
        /// The id of the issue it is a stand on (`unknown_reference`,
        /// `wrong_reference_kind`). One holder with two positions of
        /// different stances on one issue at the same date is
        /// `conflicting_positions`.
        pub issue: Id,
        /// For or against, or neither.
        pub stance: Stance,
        /// The position in the article's words ("backs a two-state
        /// solution"). Must not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub text: Option<String>,
        /// The ids of the statements that voice it (`unknown_reference`,
        /// `wrong_reference_kind`); none twice (`duplicate_reference`). Each
        /// is said by the holder, a co-speaker or someone speaking on the
        /// holder's behalf (`holder_not_speaker`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub statements: Vec<Id>,
        /// When the article says it was held (a position "since 2019", or
        /// voiced on a day).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<When>,
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

impl Position {
    /// A position with its required fields and nothing else: `holder`'s
    /// `stance` on `issue`.
    pub fn new(id: Id, holder: Id, issue: Id, stance: Stance) -> Self {
        Position {
            id,
            holder,
            issue,
            stance,
            text: None,
            statements: Vec::new(),
            date: None,
            evidence: Vec::new(),
        }
    }
}
