//! Commitments: who promised what to whom, by when, and whether it was kept.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::article::Context;
use crate::codes::{object_serde, string_enum, Id};
use crate::date::{EventDate, PartialDate};
use crate::evidence::{check_evidence, Evidence, TextQuoteSelector};
use crate::reference::{
    check_id_list, AsParty, AsSubject, Handle, MeetingHandle, StatementHandle, Target, MEETING,
    PARTY, STATEMENT, SUBJECT,
};
use crate::statement::EvidenceDraft;
use crate::validate::{
    check_alone, finish_build, repeats, Checker, ErrorCode, Validate, ValidationErrors,
};

string_enum! {
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

impl CommitmentKind {
    /// The PLOVER event type of a commitment.
    pub const PLOVER_EVENT_TYPE: &'static str = "AGREE";

    /// The CAMEO code of the intent: `036` to meet or negotiate, `031`
    /// material cooperation, `032` diplomatic support, `033` material aid,
    /// `030` cooperation not otherwise specified.
    pub fn cameo_code(self) -> &'static str {
        match self {
            CommitmentKind::Attend
            | CommitmentKind::Host
            | CommitmentKind::Hold
            | CommitmentKind::Visit
            | CommitmentKind::Meet
            | CommitmentKind::Negotiate => "036",
            CommitmentKind::Build | CommitmentKind::Implement => "031",
            CommitmentKind::Support => "032",
            CommitmentKind::Fund | CommitmentKind::Supply => "033",
            CommitmentKind::Cooperate
            | CommitmentKind::Sign
            | CommitmentKind::Ratify
            | CommitmentKind::Other => "030",
        }
    }
}

string_enum! {
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

/// A promise the article reports: who is bound, toward whom, to do what, by
/// when, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
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
    pub fn builder(id: &str, kind: CommitmentKind, action: &str) -> CommitmentBuilder {
        CommitmentBuilder::new(id, kind, action)
    }

    /// Checks the commitment's rules, field by field; references, dates and
    /// evidence only within an article (`cx`).
    pub(crate) fn check(&self, c: &mut Checker, cx: Option<&Context<'_>>) {
        c.text("action", &self.action);
        if self.bound_parties.is_empty() {
            c.report_at(
                "bound_parties",
                ErrorCode::NoBoundParty,
                "a commitment binds at least one party",
            );
        }
        check_id_list(
            c,
            cx.map(|cx| &cx.ids),
            "bound_parties",
            &self.bound_parties,
            PARTY,
        );
        let repeated = repeats(&self.counterparties);
        // Sorted, to find conflicts in a long list without comparing every
        // pair.
        let mut bound: Vec<&str> = Vec::new();
        if !self.counterparties.is_empty() && self.bound_parties.len() > 16 {
            bound = self.bound_parties.iter().map(Id::as_str).collect();
            bound.sort_unstable();
        }
        let is_bound = |party: &Id| {
            if bound.is_empty() {
                self.bound_parties.contains(party)
            } else {
                bound.binary_search(&party.as_str()).is_ok()
            }
        };
        if !self.counterparties.is_empty() {
            c.at("counterparties", |c| {
                for (i, party) in self.counterparties.iter().enumerate() {
                    c.at_index(i, |c| {
                        if let Some(cx) = cx {
                            cx.ids.check_here(c, "counterparties", party, PARTY);
                        }
                        if repeated.binary_search(&i).is_ok() {
                            c.report(
                                ErrorCode::DuplicateReference,
                                format!("{:?} is already in counterparties", party.as_str()),
                            );
                        }
                        if is_bound(party) {
                            c.report(
                                ErrorCode::PartyConflict,
                                format!(
                                    "{:?} is both bound by the commitment and its counterparty",
                                    party.as_str()
                                ),
                            );
                        }
                    });
                }
            });
        }
        if let (Some(cx), Some(due)) = (cx, &self.due) {
            let made = self
                .statement
                .as_ref()
                .and_then(|s| cx.ids.index_of(s.as_str(), Target::Statement))
                .and_then(|i| cx.article.statements.get(i))
                .and_then(|s| s.date);
            if let Some(made) = made {
                if due.last_day() < made.first_day() {
                    c.report_at(
                        "due",
                        ErrorCode::DueBeforeMade,
                        format!("it falls due ({due}) before the statement that made it ({made})"),
                    );
                }
            }
        }
        if let Some(cx) = cx {
            cx.ids
                .check_optional(c, "meeting", self.meeting.as_ref(), MEETING);
            cx.ids
                .check_optional(c, "statement", self.statement.as_ref(), STATEMENT);
        }
        check_id_list(c, cx.map(|cx| &cx.ids), "about", &self.about, SUBJECT);
        if !self.evidence.is_empty() {
            c.at("evidence", |c| {
                for (i, e) in self.evidence.iter().enumerate() {
                    c.at_index(i, |c| check_evidence(c, e, cx.map(|cx| &cx.body)));
                }
            });
        }
    }
}

impl Validate for Commitment {
    fn validate(&self) -> Result<(), ValidationErrors> {
        check_alone(|c| self.check(c, None))
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
    id: String,
    kind: CommitmentKind,
    action: String,
    bound_parties: Vec<String>,
    counterparties: Vec<String>,
    due: Option<String>,
    meeting: Option<String>,
    statement: Option<String>,
    about: Vec<String>,
    status: CommitmentStatus,
    status_as_of: Option<String>,
    pub(crate) evidence: Vec<EvidenceDraft>,
}

impl CommitmentBuilder {
    /// A commitment with `id`, `kind` and `action`.
    pub fn new(id: &str, kind: CommitmentKind, action: &str) -> Self {
        CommitmentBuilder {
            id: id.to_owned(),
            kind,
            action: action.to_owned(),
            bound_parties: Vec::new(),
            counterparties: Vec::new(),
            due: None,
            meeting: None,
            statement: None,
            about: Vec::new(),
            status: CommitmentStatus::Stated,
            status_as_of: None,
            evidence: Vec::new(),
        }
    }

    /// Adds a party bound by the commitment.
    pub fn bound_party(mut self, party: &impl AsParty) -> Self {
        self.bound_parties.push(party.id().to_owned());
        self
    }

    /// Adds a party the commitment is made toward.
    pub fn counterparty(mut self, party: &impl AsParty) -> Self {
        self.counterparties.push(party.id().to_owned());
        self
    }

    /// Sets when it falls due: text such as `"2023-12-11"` or
    /// `"2024"`, or a date type; checked by `build`.
    pub fn due(mut self, date: impl std::fmt::Display) -> Self {
        self.due = Some(date.to_string());
        self
    }

    /// Sets the meeting it concerns or was made at.
    pub fn meeting(mut self, meeting: &MeetingHandle) -> Self {
        self.meeting = Some(meeting.id().to_owned());
        self
    }

    /// Sets the statement that made it.
    pub fn statement(mut self, statement: &StatementHandle) -> Self {
        self.statement = Some(statement.id().to_owned());
        self
    }

    /// Adds an entity or meeting it is about.
    pub fn about(mut self, subject: &impl AsSubject) -> Self {
        self.about.push(subject.id().to_owned());
        self
    }

    /// Sets where it stands.
    pub fn status(mut self, status: CommitmentStatus) -> Self {
        self.status = status;
        self
    }

    /// Sets the date the status is known to hold on (checked by `build`).
    pub fn status_as_of(mut self, date: impl std::fmt::Display) -> Self {
        self.status_as_of = Some(date.to_string());
        self
    }

    /// Adds evidence: `exact` words of the body, located (first occurrence)
    /// when the article is built.
    pub fn evidence(mut self, exact: &str) -> Self {
        self.evidence
            .push(EvidenceDraft::Locate(TextQuoteSelector::new(exact)));
        self
    }

    /// Adds evidence as given (it is checked, not located).
    pub fn evidence_selector(mut self, evidence: Evidence) -> Self {
        self.evidence.push(EvidenceDraft::Given(evidence));
        self
    }

    pub(crate) fn raw_id(&self) -> &str {
        &self.id
    }

    /// Checks the values and runs the commitment's own rules.
    ///
    /// # Errors
    /// Every problem, with paths relative to the commitment.
    pub fn build(self) -> Result<Commitment, ValidationErrors> {
        finish_build(
            |c| {
                let id = c.parse("id", &self.id);
                let bound_parties = c.parse_list("bound_parties", &self.bound_parties);
                let counterparties = c.parse_list("counterparties", &self.counterparties);
                let due = c.parse_optional("due", self.due.as_deref());
                let meeting = c.parse_optional("meeting", self.meeting.as_deref());
                let statement = c.parse_optional("statement", self.statement.as_deref());
                let about = c.parse_list("about", &self.about);
                let status_as_of = c.parse_optional("status_as_of", self.status_as_of.as_deref());
                Some(Commitment {
                    id: id?,
                    kind: self.kind,
                    action: self.action,
                    bound_parties,
                    counterparties,
                    due,
                    meeting,
                    statement,
                    about,
                    status: self.status,
                    status_as_of,
                    evidence: self
                        .evidence
                        .into_iter()
                        .map(EvidenceDraft::into_unlocated)
                        .collect(),
                })
            },
            |commitment, c| commitment.check(c, None),
        )
    }
}

object_serde!(Commitment);
