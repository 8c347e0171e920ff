//! Commitments: who promised what to whom, by when, and whether it was kept.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::evidence::Evidence;
use crate::model::meeting::Purpose;
use crate::model::quantity::Quantity;
use crate::read::de::model;
use crate::value::date::{PartialDate, When};
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

vocabulary! {
    /// What a commitment promises. Every kind is an AGREE event in PLOVER
    /// and a CAMEO 03 "express intent to cooperate" event.
    pub enum CommitmentKind {
        /// Attend or take part in an event.
        Attend = "attend",
        /// Host an event or a visitor.
        Host = "host",
        /// Hold or organize an event (a meeting, a forum).
        Hold = "hold",
        /// Make a visit.
        Visit = "visit",
        /// Meet someone.
        Meet = "meet",
        /// Negotiate toward an agreement.
        Negotiate = "negotiate",
        /// Cooperate, or strengthen cooperation or a partnership.
        Cooperate = "cooperate",
        /// Build, establish or expand something (a building, an institution, a network).
        Build = "build",
        /// Sign an agreement or document.
        Sign = "sign",
        /// Ratify an agreement.
        Ratify = "ratify",
        /// Carry out an agreed plan or project.
        Implement = "implement",
        /// Pay for something.
        Fund = "fund",
        /// Deliver goods, energy or aid.
        Supply = "supply",
        /// Give political or diplomatic support.
        Support = "support",
        /// Any other promise.
        Other = "other",
    }
}

vocabulary! {
    /// Where a commitment stands, as of `status_as_of`.
    pub enum CommitmentStatus {
        /// Made, for the first time as far as the article says.
        Stated = "stated",
        /// Repeated: made before and restated.
        Reiterated = "reiterated",
        /// Confirmed in answer to an expectation or request.
        Confirmed = "confirmed",
        /// Being carried out.
        InProgress = "in_progress",
        /// Begun, but held up or stopped.
        Stalled = "stalled",
        /// Put off to a later time, not given up ("the visit has been
        /// postponed"); not an outcome.
        Postponed = "postponed",
        /// Given a new time after being put off ("the visit will now take
        /// place in June"); the new time is the `due` of the record that
        /// says so. Not an outcome.
        Rescheduled = "rescheduled",
        /// Partly kept.
        PartiallyFulfilled = "partially_fulfilled",
        /// Kept.
        Fulfilled = "fulfilled",
        /// Not kept.
        Broken = "broken",
        /// Taken back.
        Withdrawn = "withdrawn",
    }
}

vocabulary! {
    /// How firmly a commitment is made.
    pub enum Modality {
        /// A pledge or promise ("we will").
        Pledge = "pledge",
        /// An intention or plan ("we intend to", "plans to").
        Intention = "intention",
        /// An aspiration or hope ("our ambition is", "look forward to").
        Aspiration = "aspiration",
        /// An offer ("stands ready to").
        Offer = "offer",
        /// A promise that holds only if a condition is met (see `condition`).
        Conditional = "conditional",
        /// A duty the party says it is under: "we must do what we can",
        /// «должны». As firm as a pledge (no hedge of it), but a need
        /// stated rather than a promise given. New in 2.1.
        Obligation = "obligation",
    }
}

model! {
    /// What an article says about where a commitment stands on a date: one
    /// step of its history.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct StatusObservation {
        /// Where it stands. Fulfilled, partially fulfilled, broken or
        /// withdrawn needs `evidence` or a `statement` behind it
        /// (`unsupported_outcome`).
        pub status: CommitmentStatus,
        /// The date the status is known to hold on: not after the
        /// publication (`date_after_publication`), not before the
        /// commitment was made (`observed_before_made`), nor before the
        /// observation listed before it (`history_out_of_order`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub as_of: Option<PartialDate>,
        /// The id of the statement the observation comes from; must name a
        /// statement.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub statement: Option<Id>,
        /// The words in the body (or headline) that report it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
        /// The amounts it reports delivered, disbursed or spent so far ("by
        /// spring it had paid 120 million of its 300 million pledge": 120
        /// million), each in the currency it is given in.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub quantities: Vec<Quantity>,
    }
}

impl StatusObservation {
    /// An observation of `status` with nothing else.
    pub fn new(status: CommitmentStatus) -> Self {
        StatusObservation {
            status,
            as_of: None,
            statement: None,
            evidence: Vec::new(),
            quantities: Vec::new(),
        }
    }

    /// Adds an amount it reports delivered, disbursed or spent so far.
    #[must_use]
    pub fn quantity(mut self, quantity: Quantity) -> Self {
        self.quantities.push(quantity);
        self
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
    /// A promise the article reports: who is bound, toward whom, to do what,
    /// how firmly, by when, and where it has stood.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Commitment {
        /// The commitment's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// What kind of promise it is.
        pub kind: CommitmentKind,
        /// How firmly it is made; absent when the article does not say.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub modality: Option<Modality>,
        /// What is promised, in the article's words where possible, e.g.
        /// "participate in the next meeting of the Group of Friends of
        /// Neutrality". Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub action: String,
        /// The condition of a conditional promise ("if Russia wishes to
        /// contribute"). Must not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub condition: Option<String>,
        /// The ids of the parties bound by it: people, organizations,
        /// countries, regions or groups ("both sides": two ids). At least one
        /// (`no_bound_party`), unless `provided_by` names the document that
        /// provides for it and the article names no one bound; each must
        /// resolve to a party (`unknown_reference`, `wrong_reference_kind`),
        /// none twice (`duplicate_reference`).
        #[schemars(extend("uniqueItems" = true))]
        pub bound_parties: Vec<Id>,
        /// The ids of the parties it is made toward; none may also be bound
        /// (`party_conflict`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub counterparties: Vec<Id>,
        /// The ids of the parties the bound parties are to act with, who
        /// are themselves neither bound nor the ones it is made toward
        /// ("Qin pledged to work together with Foreign Minister Hayashi":
        /// Hayashi is a partner of Qin's promise, which binds Qin alone).
        /// Each a party (`unknown_reference`, `wrong_reference_kind`), none
        /// twice (`duplicate_reference`), none also bound
        /// (`party_conflict`). New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub partners: Vec<Id>,
        /// Whether the bound parties make it to each other ("the two
        /// committed to continued discussion", "both sides agreed to
        /// meet again"): each is bound toward the others, which
        /// `counterparties` cannot say, as no party is both bound and a
        /// counterparty (`party_conflict`). Needs two bound parties, or a
        /// group (`mutual_with_one_party`). New in 2.1.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub mutual: bool,
        /// Whether it is to go on with something the parties do already
        /// ("ongoing support", "agreed to continue cooperation",
        /// «продолжить сотрудничество»), rather than to start something
        /// new. The earlier commitment, when the article reports it, is
        /// `builds_on`. New in 2.1.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub continuing: bool,
        /// The capacity in which the bound parties commit ("as this year's
        /// chair, we will"): the title of a role one of them holds
        /// (`capacity_not_held`). Must not be blank. New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub capacity: Option<String>,
        /// When it falls due ("by the end of the year", "soon"); not before
        /// it was made (`due_before_made`), nor, for a promise to attend,
        /// host, hold, visit, meet or negotiate, before the occasion it
        /// concerns (`due_before_occasion`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub due: Option<When>,
        /// The id of the meeting it was made at; must name a meeting that
        /// took place (`setting_not_held`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub made_at: Option<Id>,
        /// The id of the meeting or event it concerns (the meeting someone
        /// promises to attend); must name a meeting or an event.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub concerns: Option<Id>,
        /// The id of the document that provides for it ("the agreement
        /// provides for a joint commission"): a step the document lays
        /// down, whoever is to take it; with it, `bound_parties` may be
        /// empty when the article names no one bound. Must name a document
        /// (`unknown_reference`, `wrong_reference_kind`). New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub provided_by: Option<Id>,
        /// The ids of the statements that made, repeated or reported it;
        /// none twice. Empty for a commitment the article reports in its
        /// own narration. A statement by someone who neither is nor speaks
        /// for a bound party, about the commitment or a bound party, with an
        /// act that binds no one ("officials said the Secretary will
        /// visit"), reports it and does not make it: the rule
        /// `unrepresented_party` leaves it out.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub statements: Vec<Id>,
        /// The id of the larger commitment this one is part of ("including
        /// ..."); must name another commitment.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub part_of: Option<Id>,
        /// The id of an earlier commitment this one builds on; must name
        /// another commitment.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub builds_on: Option<Id>,
        /// The id of a commitment this one replaces; must name another
        /// commitment.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub replaces: Option<Id>,
        /// The ids of the other commitments this one is traded for, each
        /// kept for the others' sake ("foreign governments will assure
        /// Afghanistan a steady stream of financing in exchange for
        /// stronger anticorruption measures": the financing is in exchange
        /// for the measures). Each must name another commitment
        /// (`unknown_reference`, `wrong_reference_kind`, `self_reference`),
        /// none twice (`duplicate_reference`); the other may name this one
        /// back, as an exchange goes both ways. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub in_exchange_for: Vec<Id>,
        /// What it is for, in the article's words ("to further the aims of
        /// our two countries"), and the document, commitment, event or
        /// meeting it serves: the same aims as a meeting's
        /// ([`Purpose`]), not serving the commitment itself
        /// (`self_reference`). New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub purposes: Vec<Purpose>,
        /// The ids of what it is about (projects, institutions, documents to
        /// sign or ratify, events); no id twice.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// The numbers it gives (the money pledged).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub quantities: Vec<Quantity>,
        /// Where it has stood, oldest first: at least one observation
        /// (`no_status`); the last is where it stands as the article reports
        /// it.
        #[schemars(length(min = 1))]
        pub status_history: Vec<StatusObservation>,
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
        /// name the same commitment, so that records of it in several articles
        /// can be joined (see [`Ledger`](crate::Ledger)); no URI twice.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<crate::model::entity::Identifiers>,
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

impl Commitment {
    /// A commitment with its required fields and one status observation.
    pub fn new(
        id: Id,
        kind: CommitmentKind,
        action: impl Into<String>,
        bound_parties: Vec<Id>,
        status: CommitmentStatus,
    ) -> Self {
        Commitment {
            id,
            kind,
            modality: None,
            action: action.into(),
            condition: None,
            bound_parties,
            counterparties: Vec::new(),
            partners: Vec::new(),
            mutual: false,
            continuing: false,
            capacity: None,
            due: None,
            made_at: None,
            concerns: None,
            provided_by: None,
            statements: Vec::new(),
            part_of: None,
            builds_on: None,
            replaces: None,
            in_exchange_for: Vec::new(),
            purposes: Vec::new(),
            about: Vec::new(),
            quantities: Vec::new(),
            status_history: vec![StatusObservation::new(status)],
            according_to: Vec::new(),
            identifiers: None,
            evidence: Vec::new(),
        }
    }

    /// Where it stands as the article reports it: the last observation's
    /// status (`None` when the history is empty, which validation refuses).
    pub fn status(&self) -> Option<&CommitmentStatus> {
        self.status_history.last().map(|o| &o.status)
    }
}

impl CommitmentStatus {
    /// Whether the status is an outcome, what finally became of the
    /// commitment (fulfilled, partially fulfilled, broken or withdrawn),
    /// rather than a step on the way to one (stated, reiterated, confirmed,
    /// in progress, stalled, postponed, rescheduled). A value this version does not know is not an
    /// outcome.
    ///
    /// ```
    /// use structured_news::CommitmentStatus;
    ///
    /// assert!(CommitmentStatus::Broken.is_outcome());
    /// assert!(!CommitmentStatus::Stalled.is_outcome());
    /// assert!(!CommitmentStatus::Postponed.is_outcome());
    /// let unknown: CommitmentStatus = serde_json::from_str(r#""rumoured""#)?;
    /// assert!(!unknown.is_outcome());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn is_outcome(&self) -> bool {
        matches!(
            self,
            CommitmentStatus::Fulfilled
                | CommitmentStatus::PartiallyFulfilled
                | CommitmentStatus::Broken
                | CommitmentStatus::Withdrawn
        )
    }
}
