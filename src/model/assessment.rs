//! Assessments: how someone judges what the article reports ("productive
//! discussions", "a historic agreement", "the meeting was constructive").

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::evidence::Evidence;
use crate::read::de::model;
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

vocabulary! {
    /// Which way a judgement leans.
    pub enum Polarity {
        /// Favourable: "productive", "constructive", "a successful visit",
        /// "a historic agreement".
        Positive = "positive",
        /// Unfavourable: "fruitless", "a setback", "disappointing".
        Negative = "negative",
        /// Favourable and unfavourable at once: "frank but difficult",
        /// "useful, though no breakthrough".
        Mixed = "mixed",
        /// Neither: a judgement that weighs without leaning ("businesslike",
        /// "as expected").
        Neutral = "neutral",
    }
}

model! {
    /// A judgement of something the article reports, in the words it is
    /// written in: whose judgement, of what, the judging words ("productive"),
    /// which way they lean, and the statement that voices it, if any.
    ///
    /// An assessment adds the judgement to a record; the record itself (the
    /// meeting, the commitment) stays as the article reports it.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Assessment {
        /// The assessment's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// The id of whose judgement it is: a person, an organization, a
        /// country, a group, or a document ("the joint statement called the
        /// talks constructive") (`unknown_reference`,
        /// `wrong_reference_kind`). Absent when the article judges in its
        /// own voice, its publisher's ("held productive discussions"). For
        /// a judgement a statement voices, its speaker, a co-speaker or the
        /// party the speaker spoke for (`assessor_not_speaker`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub assessor: Option<Id>,
        /// The id of what is judged: a meeting, an event, a commitment, a
        /// document or a statement of the article, or a party ("a very
        /// important strategic partner") or an issue (judgements of a
        /// party or an issue are new in 2.1) (`unknown_reference`,
        /// `wrong_reference_kind`).
        pub assessed: Id,
        /// The judging words as the article writes them, e.g. "productive"
        /// or "constructive"; they must stand in the body
        /// (`quote_not_in_body`) and, when there is evidence, inside it
        /// (`quote_outside_evidence`); runs of white space match any white
        /// space. Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub words: String,
        /// Which way the words lean.
        pub polarity: Polarity,
        /// The id of the statement that voices the judgement ("the talks
        /// were constructive, the Foreign Office said"); must name a
        /// statement (`unknown_reference`, `wrong_reference_kind`), and then
        /// the assessor is who said it (`assessor_not_speaker`). Absent for
        /// a judgement in the article's narration.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub statement: Option<Id>,
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

impl Assessment {
    /// An assessment with its required fields and nothing else: the
    /// article's own judgement, in `words`, of the part `assessed`.
    pub fn new(id: Id, assessed: Id, words: impl Into<String>, polarity: Polarity) -> Self {
        Assessment {
            id,
            assessor: None,
            assessed,
            words: words.into(),
            polarity,
            statement: None,
            evidence: Vec::new(),
        }
    }
}
