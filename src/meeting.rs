//! Meetings: talks, sessions, summits, forums, calls and visits, held or
//! planned, with their participants and how they relate to one another.

use schemars::JsonSchema;
use serde::Serialize;

use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::date::EventDate;
use crate::de::model;
use crate::error::ValidationErrors;
use crate::handle::{AsLocation, AsParty, Handle, MeetingHandle, OrganizationHandle};
use crate::id::Id;
use crate::vocab::vocabulary;

vocabulary! {
    /// What kind of meeting. Every kind is a CONSULT event in PLOVER, and a
    /// CAMEO 04 (consult) event when held.
    pub enum MeetingKind {
        /// Talks between two parties.
        Bilateral = "bilateral",
        /// A meeting of more than two parties (ministers, delegations).
        Multilateral = "multilateral",
        /// A meeting of heads of state or government.
        Summit = "summit",
        /// A forum: business, expert or public.
        Forum = "forum",
        /// A session of a standing commission or committee.
        CommissionSession = "commission_session",
        /// A conference with many participants.
        Conference = "conference",
        /// Negotiations toward an agreement.
        Negotiations = "negotiations",
        /// A telephone conversation.
        PhoneCall = "phone_call",
        /// A meeting by video link.
        VideoConference = "video_conference",
        /// An official or working visit.
        Visit = "visit",
        /// Any other kind.
        Other = "other",
    }
}

vocabulary! {
    /// Whether a meeting took place, and if not, where its planning stands.
    /// The values map onto schema.org event statuses.
    pub enum MeetingStatus {
        /// It took place.
        Held = "held",
        /// It is planned for a known date.
        Scheduled = "scheduled",
        /// It was announced or is being prepared, without a known date.
        Announced = "announced",
        /// It was put off to an unknown later date.
        Postponed = "postponed",
        /// It was moved to a new date.
        Rescheduled = "rescheduled",
        /// It was called off.
        Cancelled = "cancelled",
    }
}

vocabulary! {
    /// How a meeting relates to the larger meeting it belongs to.
    pub enum PartOfRelation {
        /// Held on the sidelines of the larger meeting.
        Sidelines = "sidelines",
        /// A session or event that is part of the larger meeting's programme.
        Part = "part",
    }
}

model! {
    /// The larger meeting a meeting belongs to.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct PartOf {
        /// The id of the larger meeting; must name a meeting, and the chain of
        /// `part_of` may not come back to this one (checked by the validator:
        /// `unknown_reference`, `wrong_reference_kind`, `reference_cycle`).
        pub meeting: Id,
        /// How this meeting relates to it.
        pub relation: PartOfRelation,
    }
}

model! {
    /// Someone who takes part in a meeting, and in what capacity.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Participant {
        /// The id of a person, organization or country (checked by the
        /// validator: `unknown_reference`, `wrong_reference_kind`; no entity
        /// twice in one meeting: `duplicate_reference`).
        pub entity: Id,
        /// The capacity in which they take part, as the article says, e.g.
        /// "Minister of Foreign Affairs of the Russian Federation". Must not be
        /// blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub capacity: Option<String>,
    }
}

model! {
    /// A meeting the article reports: held, or planned.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Meeting {
        /// The meeting's id, unique in the article (`duplicate_id`).
        pub id: Id,
        /// What kind of meeting it is.
        pub kind: MeetingKind,
        /// Whether it took place, or where its planning stands.
        pub status: MeetingStatus,
        /// Its name as the article gives it, e.g. "meeting of Foreign Ministers
        /// of the Caspian Littoral States". Must not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub name: Option<String>,
        /// When it took or takes place. A held meeting may not be dated after
        /// the article's publication (`date_after_publication`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<EventDate>,
        /// The id of the place where it took or takes place; must name a place
        /// (`unknown_reference`, `wrong_reference_kind`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub place: Option<Id>,
        /// The id of the organization or body whose meeting it is (a
        /// commission, a group of states); must name an organization
        /// (`unknown_reference`, `wrong_reference_kind`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization: Option<Id>,
        /// Who takes part, and in what capacity.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub participants: Vec<Participant>,
        /// The larger meeting this one was held on the sidelines of or as part
        /// of.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub part_of: Option<PartOf>,
        /// The id of another meeting that takes place at the same time (a
        /// business forum alongside a commission session); must name a meeting
        /// other than this one (`unknown_reference`, `wrong_reference_kind`,
        /// `self_reference`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub coincides_with: Option<Id>,
        /// What was or will be discussed, as the article says. None may be
        /// blank.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub topics: Vec<String>,
    }
}

impl Meeting {
    /// A meeting with `id`, `kind` and `status` and nothing else.
    pub fn new(id: Id, kind: MeetingKind, status: MeetingStatus) -> Self {
        Meeting {
            id,
            kind,
            status,
            name: None,
            date: None,
            place: None,
            organization: None,
            participants: Vec::new(),
            part_of: None,
            coincides_with: None,
            topics: Vec::new(),
        }
    }

    /// A builder for a meeting.
    pub fn builder(
        id: impl IntoValue<Id>,
        kind: MeetingKind,
        status: MeetingStatus,
    ) -> MeetingBuilder {
        MeetingBuilder::new(id, kind, status)
    }
}

/// Builds a [`Meeting`]: id, kind and status required, the rest chained;
/// [`build`](Self::build) checks everything.
///
/// ```
/// use structured_news::{ArticleBuilder, Meeting, MeetingKind, MeetingStatus, Place, PlaceKind};
///
/// let mut article = ArticleBuilder::new("a1", "en", "The group meets on 11 December in Ashgabat.");
/// let ashgabat = article.add_place(Place::builder("ashgabat", "Ashgabat", PlaceKind::City).country("TM"));
/// article.add_meeting(
///     Meeting::builder("gfn-meeting", MeetingKind::Multilateral, MeetingStatus::Scheduled)
///         .date("2023-12-11")
///         .place(&ashgabat),
/// );
/// let article = article.build()?;
/// assert_eq!(article.meetings[0].date.unwrap().to_string(), "2023-12-11");
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct MeetingBuilder {
    value: Meeting,
    refusals: Refusals,
}

impl MeetingBuilder {
    /// A meeting with `id`, `kind` and `status`.
    pub fn new(id: impl IntoValue<Id>, kind: MeetingKind, status: MeetingStatus) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        MeetingBuilder {
            value: Meeting::new(id, kind, status),
            refusals,
        }
    }

    /// Sets the name as the article gives it.
    pub fn name(mut self, name: &str) -> Self {
        self.value.name = Some(name.to_owned());
        self
    }

    /// Sets the date: text such as `"2023-12-11"`, `"2023-12"` or
    /// `"2023-12-04/2023-12-05"`, or a date type ([`EventDate`],
    /// [`PartialDate`](crate::PartialDate), chrono's `NaiveDate`); a refused
    /// date is reported by `build`.
    pub fn date(mut self, date: impl IntoValue<EventDate>) -> Self {
        self.value.date = self.refusals.set(at("date"), date);
        self
    }

    /// Sets where it takes place.
    pub fn place(mut self, place: &impl AsLocation) -> Self {
        self.value.place = Some(place.id().clone());
        self
    }

    /// Sets the organization or body whose meeting it is.
    pub fn organization(mut self, organization: &OrganizationHandle) -> Self {
        self.value.organization = Some(organization.id().clone());
        self
    }

    /// Adds a participant.
    pub fn participant(mut self, party: &impl AsParty) -> Self {
        self.value.participants.push(Participant {
            entity: party.id().clone(),
            capacity: None,
        });
        self
    }

    /// Adds a participant in `capacity` ("Minister of Foreign Affairs of
    /// Turkmenistan").
    pub fn participant_as(mut self, party: &impl AsParty, capacity: &str) -> Self {
        self.value.participants.push(Participant {
            entity: party.id().clone(),
            capacity: Some(capacity.to_owned()),
        });
        self
    }

    /// Records that it was held on the sidelines of `meeting`.
    pub fn on_sidelines_of(mut self, meeting: &MeetingHandle) -> Self {
        self.value.part_of = Some(PartOf {
            meeting: meeting.id().clone(),
            relation: PartOfRelation::Sidelines,
        });
        self
    }

    /// Records that it is a session or event within `meeting`.
    pub fn part_of(mut self, meeting: &MeetingHandle) -> Self {
        self.value.part_of = Some(PartOf {
            meeting: meeting.id().clone(),
            relation: PartOfRelation::Part,
        });
        self
    }

    /// Records that it takes place at the same time as `meeting`.
    pub fn coincides_with(mut self, meeting: &MeetingHandle) -> Self {
        self.value.coincides_with = Some(meeting.id().clone());
        self
    }

    /// Adds a topic.
    pub fn topic(mut self, topic: &str) -> Self {
        self.value.topics.push(topic.to_owned());
        self
    }

    /// The id the meeting will have.
    pub(crate) fn id(&self) -> &Id {
        &self.value.id
    }

    /// The meeting, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the meeting.
    pub fn build(self) -> Result<Meeting, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The meeting and the refusals, for the article builder.
    pub(crate) fn into_parts(self) -> (Meeting, Refusals) {
        (self.value, self.refusals)
    }
}
