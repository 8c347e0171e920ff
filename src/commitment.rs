//! Commitments: who promised what to whom, by when, and whether it was kept.

use schemars::JsonSchema;
use serde::Serialize;

use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::date::{EventDate, PartialDate};
use crate::de::model;
use crate::error::ValidationErrors;
use crate::evidence::{Evidence, OffsetIndex, ToLocate};
use crate::handle::{AsParty, AsSubject, Handle, MeetingHandle, StatementHandle};
use crate::id::Id;
use crate::vocab::vocabulary;

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
        /// Kept.
        Fulfilled = "fulfilled",
        /// Not kept.
        Broken = "broken",
        /// Taken back.
        Withdrawn = "withdrawn",
    }
}

model! {
    /// A promise the article reports: who is bound, toward whom, to do what, by
    /// when, and where it stands.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Commitment {
        /// The commitment's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// What kind of promise it is.
        pub kind: CommitmentKind,
        /// What is promised, in the article's words where possible, e.g.
        /// "participate in the next meeting of the Group of Friends of
        /// Neutrality". Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub action: String,
        /// The ids of the people, organizations or countries bound by it ("both
        /// sides": two ids). At least one (`no_bound_party`); each must resolve
        /// to a party (`unknown_reference`, `wrong_reference_kind`), none twice
        /// (`duplicate_reference`).
        #[schemars(length(min = 1), extend("uniqueItems" = true))]
        pub bound_parties: Vec<Id>,
        /// The ids of the parties it is made toward; none may also be bound
        /// (`party_conflict`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(extend("uniqueItems" = true))]
        pub counterparties: Vec<Id>,
        /// When it falls due; not before the date of the statement that made it
        /// (`due_before_made`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub due: Option<EventDate>,
        /// The id of the meeting it concerns or was made at; must name a
        /// meeting.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub meeting: Option<Id>,
        /// The id of the statement that made it; must name a statement.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub statement: Option<Id>,
        /// The ids of the entities and meetings it is about (projects,
        /// institutions, events); no id twice.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// Where it stands.
        pub status: CommitmentStatus,
        /// The date the status is known to hold on.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status_as_of: Option<PartialDate>,
        /// The words in the body that report it; each must really be there
        /// (`evidence_not_found`, `invalid_position`,
        /// `evidence_position_mismatch`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub evidence: Vec<Evidence>,
    }
}

impl Commitment {
    /// A commitment with its required fields and nothing else.
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
            action: action.into(),
            bound_parties,
            counterparties: Vec::new(),
            due: None,
            meeting: None,
            statement: None,
            about: Vec::new(),
            status,
            status_as_of: None,
            evidence: Vec::new(),
        }
    }

    /// A builder for a commitment.
    pub fn builder(
        id: impl IntoValue<Id>,
        kind: CommitmentKind,
        action: &str,
    ) -> CommitmentBuilder {
        CommitmentBuilder::new(id, kind, action)
    }
}

/// Builds a [`Commitment`]: id, kind and action required; at least one
/// [`bound_party`](Self::bound_party); the status is
/// [`CommitmentStatus::Stated`] unless set.
///
/// ```
/// use structured_news::{ArticleBuilder, Commitment, CommitmentKind, CommitmentStatus, Place};
///
/// let mut article = ArticleBuilder::new("a1", "en", "Russia will attend.");
/// let russia = article.add_country(Place::country_builder("russia", "Russia", "RU"));
/// article.add_commitment(
///     Commitment::builder("c1", CommitmentKind::Attend, "attend the meeting")
///         .bound_party(&russia)
///         .status(CommitmentStatus::Confirmed)
///         .evidence("Russia will attend"),
/// );
/// let article = article.build()?;
/// assert_eq!(article.commitments[0].bound_parties[0].as_str(), "russia");
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct CommitmentBuilder {
    value: Commitment,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl CommitmentBuilder {
    /// A commitment with `id`, `kind` and `action`, its status
    /// [`CommitmentStatus::Stated`] until set.
    pub fn new(id: impl IntoValue<Id>, kind: CommitmentKind, action: &str) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        CommitmentBuilder {
            value: Commitment::new(id, kind, action, Vec::new(), CommitmentStatus::Stated),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    /// Adds a party bound by the commitment.
    pub fn bound_party(mut self, party: &impl AsParty) -> Self {
        self.value.bound_parties.push(party.id().clone());
        self
    }

    /// Adds a party the commitment is made toward.
    pub fn counterparty(mut self, party: &impl AsParty) -> Self {
        self.value.counterparties.push(party.id().clone());
        self
    }

    /// Sets when it falls due: text such as `"2023-12-11"` or `"2024"`, or
    /// a date type; a refused date is reported by `build`.
    pub fn due(mut self, date: impl IntoValue<EventDate>) -> Self {
        self.value.due = self.refusals.set(at("due"), date);
        self
    }

    /// Sets the meeting it concerns or was made at.
    pub fn meeting(mut self, meeting: &MeetingHandle) -> Self {
        self.value.meeting = Some(meeting.id().clone());
        self
    }

    /// Sets the statement that made it.
    pub fn statement(mut self, statement: &StatementHandle) -> Self {
        self.value.statement = Some(statement.id().clone());
        self
    }

    /// Adds an entity or meeting it is about.
    pub fn about(mut self, subject: &impl AsSubject) -> Self {
        self.value.about.push(subject.id().clone());
        self
    }

    /// Sets where it stands.
    pub fn status(mut self, status: CommitmentStatus) -> Self {
        self.value.status = status;
        self
    }

    /// Sets the date the status is known to hold on; a refused date is
    /// reported by `build`.
    pub fn status_as_of(mut self, date: impl IntoValue<PartialDate>) -> Self {
        self.value.status_as_of = self.refusals.set(at("status_as_of"), date);
        self
    }

    /// Adds evidence: `exact` words of the body, located (first occurrence)
    /// when the article is built.
    pub fn evidence(mut self, exact: &str) -> Self {
        self.to_locate.push(&mut self.value.evidence, exact);
        self
    }

    /// Adds evidence as given (it is checked, not located).
    pub fn evidence_selector(mut self, evidence: Evidence) -> Self {
        self.value.evidence.push(evidence);
        self
    }

    /// The id the commitment will have.
    pub(crate) fn id(&self) -> &Id {
        &self.value.id
    }

    /// The commitment, if every value was accepted and its own rules hold.
    /// Evidence to be located is kept as a quote without position.
    ///
    /// # Errors
    /// Every problem, with paths relative to the commitment.
    pub fn build(self) -> Result<Commitment, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The commitment with its evidence located in `body`, and the
    /// refusals, for the article builder.
    pub(crate) fn into_parts(mut self, body: &OffsetIndex<'_>) -> (Commitment, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, body);
        (self.value, self.refusals)
    }
}
