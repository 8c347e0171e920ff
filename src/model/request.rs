//! Requests: who asks whom to do what, how firmly, by when, and whether it
//! was met or refused ("Wang urged India to meet China halfway", "the EU
//! demanded the release of the detainees by Friday").

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::entity::Identifiers;
use crate::model::evidence::Evidence;
use crate::read::de::model;
use crate::value::date::{PartialDate, When};
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

vocabulary! {
    /// How firmly a request is made. New in 2.1.
    ///
    /// A proposal is not a force of its own: one that asks only the
    /// addressees to act is a `request`; one of a course the proposer
    /// would share ("proposed holding joint talks") is the statement's
    /// speech act `proposed`, or a commitment with the modality `offer`.
    pub enum RequestForce {
        /// Asked: "asked", "requested", "invited ... to", "sought".
        Request = "request",
        /// Urged or called on, in public or in general terms: "urged",
        /// "called on", "appealed to", "should".
        Call = "call",
        /// Insisted on, as a must: "demanded", "insisted", "must",
        /// "ultimatum".
        Demand = "demand",
    }
}

vocabulary! {
    /// Where a request stands, as an observation of its history says.
    /// New in 2.1.
    pub enum RequestStatus {
        /// Made, for the first time as far as the article says.
        Made = "made",
        /// Made again: asked before and repeated.
        Repeated = "repeated",
        /// Agreed to by the addressees, not yet done ("India agreed to
        /// consider it"); what they promise is a commitment of its own.
        /// Not an outcome.
        Accepted = "accepted",
        /// Answered by the addressees, what they said not given ("Qin
        /// responded to the demands"). Not an outcome. New in 2.1.
        Answered = "answered",
        /// Partly done as asked.
        PartlyMet = "partly_met",
        /// Done as asked.
        Met = "met",
        /// Turned down by the addressees.
        Refused = "refused",
        /// Taken back by the requesters.
        Withdrawn = "withdrawn",
    }
}

model! {
    /// What an article says about where a request stands on a date: one
    /// step of its history. New in 2.1.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct RequestObservation {
        /// Where it stands. Met, partly met, refused or withdrawn needs
        /// `evidence` or a `statement` behind it (`unsupported_outcome`).
        pub status: RequestStatus,
        /// The date the status is known to hold on: not after the
        /// publication (`date_after_publication`), not before the request
        /// was made (`observed_before_made`), nor before the observation
        /// listed before it (`history_out_of_order`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub as_of: Option<PartialDate>,
        /// The id of the statement the observation comes from (an
        /// addressee's refusal); must name a statement.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub statement: Option<Id>,
        /// The words in the body (or headline) that report it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl RequestObservation {
    /// An observation of `status` with nothing else.
    pub fn new(status: RequestStatus) -> Self {
        RequestObservation {
            status,
            as_of: None,
            statement: None,
            evidence: Vec::new(),
        }
    }

    /// The date the status is known to hold on.
    #[must_use]
    pub fn as_of(mut self, date: PartialDate) -> Self {
        self.as_of = Some(date);
        self
    }

    /// Adds evidence as given (checked by validation, not located).
    #[must_use]
    pub fn evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }
}

model! {
    /// A request or demand the article reports: who asks whom to do what,
    /// how firmly, by when, and where it has stood (made, refused, met).
    /// The mirror of a [`Commitment`](crate::Commitment): a commitment
    /// binds its parties; a request asks its addressees. New in 2.1.
    ///
    /// The statements that make it keep their own speech act (`called_for`,
    /// `asked`); the request is what can be followed: "what did China ask
    /// of India, and did India do it?".
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Request {
        /// The request's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// How firmly it is made; absent when the article does not say.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub force: Option<RequestForce>,
        /// What the addressees are asked to do, in the article's words
        /// where possible ("meet China halfway"). Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub action: String,
        /// The ids of the parties who ask: people, organizations,
        /// countries, regions or groups (`unknown_reference`,
        /// `wrong_reference_kind`); none twice (`duplicate_reference`).
        /// Empty when the article does not say who asks ("India was
        /// urged to"); then the request needs its `addressees`
        /// (`request_without_party`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub requesters: Vec<Id>,
        /// The ids of the parties asked: each a party
        /// (`unknown_reference`, `wrong_reference_kind`), none twice
        /// (`duplicate_reference`). Empty when the article names no one
        /// asked ("That must include fighting corruption"); then the
        /// request needs its `requesters` (`request_without_party`). A
        /// requester may be among them ("both sides should"), but not be
        /// all of them: a party that asks only itself makes a commitment
        /// (`party_conflict`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub addressees: Vec<Id>,
        /// When it is to be done ("by Friday", "soon"); not before it was
        /// made (`due_before_made`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub deadline: Option<When>,
        /// The id of the meeting it was made at; must name a meeting that
        /// took place (`setting_not_held`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub made_at: Option<Id>,
        /// The ids of the statements that make or repeat it; none twice.
        /// Each is said by a requester, a co-speaker or someone speaking
        /// on a requester's behalf (`requester_not_speaker`); a third
        /// party's report of it ("the ministry said Wang urged") is not
        /// listed here. Empty for a request the article reports in its own
        /// narration.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub statements: Vec<Id>,
        /// The ids of what it is about (the border tensions it is meant to
        /// defuse, a document to sign, a person to release); no id twice.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// Where it has stood, oldest first: at least one observation
        /// (`no_status`); the last is where it stands as the article
        /// reports it.
        #[schemars(length(min = 1))]
        pub status_history: Vec<RequestObservation>,
        /// Identifiers outside the article (a Wikidata item, URIs) that name the same
        /// request, so that records of it in several articles can be
        /// joined; no URI twice.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<Identifiers>,
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

impl Request {
    /// A request with its required fields and one status observation:
    /// `addressees` asked to do `action`.
    pub fn new(
        id: Id,
        action: impl Into<String>,
        addressees: Vec<Id>,
        status: RequestStatus,
    ) -> Self {
        Request {
            id,
            force: None,
            action: action.into(),
            requesters: Vec::new(),
            addressees,
            deadline: None,
            made_at: None,
            statements: Vec::new(),
            about: Vec::new(),
            status_history: vec![RequestObservation::new(status)],
            identifiers: None,
            evidence: Vec::new(),
        }
    }

    /// Where it stands as the article reports it: the last observation's
    /// status (`None` when the history is empty, which validation refuses).
    pub fn status(&self) -> Option<&RequestStatus> {
        self.status_history.last().map(|o| &o.status)
    }
}

impl RequestStatus {
    /// Whether the status is an outcome, what finally became of the
    /// request (met, partly met, refused or withdrawn), rather than a step
    /// on the way to one (made, repeated, accepted). A value this version
    /// does not know is not an outcome.
    ///
    /// ```
    /// use structured_news::RequestStatus;
    ///
    /// assert!(RequestStatus::Refused.is_outcome());
    /// assert!(!RequestStatus::Accepted.is_outcome());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn is_outcome(&self) -> bool {
        matches!(
            self,
            RequestStatus::Met
                | RequestStatus::PartlyMet
                | RequestStatus::Refused
                | RequestStatus::Withdrawn
        )
    }
}
