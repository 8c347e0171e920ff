//! What a later article reports about a commitment or a meeting of an
//! earlier one: [`Update`], and [`ExternalRef`], the way a part of one
//! article names a part of another.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::commitment::StatusObservation;
use crate::model::evidence::Evidence;
use crate::model::meeting::{MeetingStatusChange, Participant};
use crate::read::de::model;
use crate::value::codes::Url;
use crate::value::id::Id;

model! {
    /// A part of another article: that article's id and the part's id in
    /// it ("the commitment `friends-of-neutrality-participation` of
    /// `nca-2023-12-04-lavrov-meredov`").
    ///
    /// Only its form is checked by [`validate`](crate::Validate::validate);
    /// whether the article and the part exist, and what kind of part it
    /// is, is checked where the other article is known, by a
    /// [`Ledger`](crate::Ledger) (`unknown_article`, `unknown_target`,
    /// `wrong_target_kind`).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct ExternalRef {
        /// The other article's `id`. May not be this article's own id
        /// (`self_reference`): a part of this article is named by its id
        /// alone.
        pub article: Id,
        /// The id of the part in that article.
        pub id: Id,
        /// The other article's URL, by which a ledger finds it when it
        /// holds no article with the id `article` (pipelines that give
        /// articles their own ids).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<Url>,
    }
}

impl ExternalRef {
    /// The part `id` of the article `article`.
    pub fn new(article: Id, id: Id) -> Self {
        ExternalRef {
            article,
            id,
            url: None,
        }
    }
}

impl ExternalRef {
    /// The other article's URL, too.
    #[must_use]
    pub fn url(mut self, url: Url) -> Self {
        self.url = Some(url);
        self
    }
}

impl std::fmt::Display for ExternalRef {
    /// `ARTICLE#ID`, the form a [`Ledger`](crate::Ledger) prints.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}#{}", self.article, self.id)
    }
}

model! {
    /// What this article reports about a commitment or a meeting recorded
    /// by an earlier article: that it is the same as one of this article's
    /// own parts, where the commitment now stands, or what became of the
    /// meeting and who attended.
    ///
    /// An update says at least one thing (`empty_update`), and it is about
    /// a commitment or about a meeting, not both (`mixed_update`).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Update {
        /// The commitment or meeting of the other article.
        pub target: ExternalRef,
        /// The id of this article's own commitment or meeting that is the
        /// same one, when the article records it; must name a commitment or
        /// a meeting (a commitment with `commitment_status`, a meeting with
        /// `meeting_status` or `participants`). Its own statuses count as
        /// reports about the target.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub same_as: Option<Id>,
        /// Where the commitment stands now, for a commitment. Fulfilled,
        /// partially fulfilled, broken or withdrawn needs evidence or a
        /// statement (`unsupported_outcome`); its `as_of` is not after this
        /// article's publication, nor before the commitment was made
        /// (`update_before_made`, found by the ledger).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub commitment_status: Option<StatusObservation>,
        /// What became of the meeting, for a meeting: held as planned,
        /// postponed, cancelled, rescheduled.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub meeting_status: Option<MeetingStatusChange>,
        /// Who attended the meeting (or declined), for a meeting; each
        /// names a person, organization or country of this article.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub participants: Vec<Participant>,
        /// The words in the body (or headline) that tie this article to the
        /// earlier commitment or meeting ("the meeting of the Group of
        /// Friends of Neutrality was held").
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Update {
    /// An update of `target` that says nothing yet; set at least one of
    /// its other fields.
    pub fn new(target: ExternalRef) -> Self {
        Update {
            target,
            same_as: None,
            commitment_status: None,
            meeting_status: None,
            participants: Vec::new(),
            evidence: Vec::new(),
        }
    }

    /// The id of this article's own part that is the same as the target.
    #[must_use]
    pub fn same_as(mut self, id: Id) -> Self {
        self.same_as = Some(id);
        self
    }

    /// Where the target commitment stands now.
    #[must_use]
    pub fn commitment_status(mut self, observation: StatusObservation) -> Self {
        self.commitment_status = Some(observation);
        self
    }

    /// What became of the target meeting.
    #[must_use]
    pub fn meeting_status(mut self, change: MeetingStatusChange) -> Self {
        self.meeting_status = Some(change);
        self
    }

    /// Adds a participant of the target meeting.
    #[must_use]
    pub fn participant(mut self, participant: Participant) -> Self {
        self.participants.push(participant);
        self
    }

    /// Adds evidence as given (checked by validation, not located).
    #[must_use]
    pub fn evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }

    /// Whether the update is about a commitment (it has a
    /// `commitment_status`) or a meeting (a `meeting_status` or
    /// `participants`); `None` when it says neither.
    pub fn target_kind(&self) -> Option<TargetKind> {
        let meeting = self.meeting_status.is_some() || !self.participants.is_empty();
        match (self.commitment_status.is_some(), meeting) {
            (true, false) => Some(TargetKind::Commitment),
            (false, true) => Some(TargetKind::Meeting),
            _ => None,
        }
    }
}

/// What kind of part an [`Update`] is about, as its fields say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetKind {
    /// A commitment.
    Commitment,
    /// A meeting.
    Meeting,
}
