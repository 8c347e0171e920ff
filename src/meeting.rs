//! Meetings: talks, sessions, summits, forums, calls and visits, held or
//! planned, with their participants and how they relate to one another.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::article::Context;
use crate::codes::{object_serde, string_enum, Id};
use crate::date::EventDate;
use crate::reference::{
    AsLocation, AsParty, Handle, MeetingHandle, OrganizationHandle, Target, MEETING, ORGANIZATION,
    PARTY, PLACE,
};
use crate::validate::{
    check_alone, finish_build, repeats_by, Checker, ErrorCode, Validate, ValidationErrors,
};

string_enum! {
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

string_enum! {
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

impl MeetingStatus {
    /// The schema.org `EventStatusType` this status maps onto: a held,
    /// scheduled or announced meeting is `EventScheduled`.
    pub fn schema_org_event_status(self) -> &'static str {
        match self {
            MeetingStatus::Held | MeetingStatus::Scheduled | MeetingStatus::Announced => {
                "https://schema.org/EventScheduled"
            }
            MeetingStatus::Postponed => "https://schema.org/EventPostponed",
            MeetingStatus::Rescheduled => "https://schema.org/EventRescheduled",
            MeetingStatus::Cancelled => "https://schema.org/EventCancelled",
        }
    }
}

string_enum! {
    /// How a meeting relates to the larger meeting it belongs to.
    pub enum PartOfRelation {
        /// Held on the sidelines of the larger meeting.
        Sidelines = "sidelines",
        /// A session or event that is part of the larger meeting's programme.
        Part = "part",
    }
}

/// The larger meeting a meeting belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct PartOf {
    /// The id of the larger meeting; must name a meeting, and the chain of
    /// `part_of` may not come back to this one (checked by the validator:
    /// `unknown_reference`, `wrong_reference_kind`, `reference_cycle`).
    pub meeting: Id,
    /// How this meeting relates to it.
    pub relation: PartOfRelation,
}

/// Someone who takes part in a meeting, and in what capacity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
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

/// A meeting the article reports: held, or planned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
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

impl Meeting {
    /// The PLOVER event type of a meeting.
    pub const PLOVER_EVENT_TYPE: &'static str = "CONSULT";

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
    pub fn builder(id: &str, kind: MeetingKind, status: MeetingStatus) -> MeetingBuilder {
        MeetingBuilder::new(id, kind, status)
    }

    /// The CAMEO event code of what the article reports: a held meeting is
    /// a consultation (`040`; `041` by telephone or video, `042` a visit,
    /// `046` negotiations); a planned one is an intent to meet (`036`); a
    /// cancelled one has none.
    pub fn cameo_code(&self) -> Option<&'static str> {
        match self.status {
            MeetingStatus::Held => Some(match self.kind {
                MeetingKind::PhoneCall | MeetingKind::VideoConference => "041",
                MeetingKind::Visit => "042",
                MeetingKind::Negotiations => "046",
                _ => "040",
            }),
            MeetingStatus::Cancelled => None,
            _ => Some("036"),
        }
    }

    /// Checks the meeting's rules, field by field; references, cycles and
    /// dates only within an article (`cx`).
    pub(crate) fn check(&self, c: &mut Checker, cx: Option<&Context<'_>>) {
        c.optional_text("name", self.name.as_deref());
        if let (Some(cx), Some(date), MeetingStatus::Held) = (cx, &self.date, self.status) {
            cx.check_not_after_publication(c, "date", date, "a held meeting");
        }
        if let Some(cx) = cx {
            cx.ids
                .check_optional(c, "place", self.place.as_ref(), PLACE);
            cx.ids
                .check_optional(c, "organization", self.organization.as_ref(), ORGANIZATION);
        }
        if !self.participants.is_empty() {
            let repeated = repeats_by(&self.participants, |p| &p.entity);
            c.at("participants", |c| {
                for (i, p) in self.participants.iter().enumerate() {
                    c.at_index(i, |c| {
                        if let Some(cx) = cx {
                            cx.ids.check(c, "entity", &p.entity, PARTY);
                        }
                        if repeated.binary_search(&i).is_ok() {
                            c.report_at(
                                "entity",
                                ErrorCode::DuplicateReference,
                                format!(
                                    "{:?} already takes part in this meeting",
                                    p.entity.as_str()
                                ),
                            );
                        }
                        c.optional_text("capacity", p.capacity.as_deref());
                    });
                }
            });
        }
        if let (Some(cx), Some(part_of)) = (cx, &self.part_of) {
            c.at("part_of", |c| {
                cx.ids.check(c, "meeting", &part_of.meeting, MEETING)
            });
            cx.report_cycle(c, Target::Meeting, &self.id, "part_of");
        }
        if let Some(other) = &self.coincides_with {
            if *other == self.id {
                c.report_at(
                    "coincides_with",
                    ErrorCode::SelfReference,
                    "a meeting cannot coincide with itself",
                );
            } else if let Some(cx) = cx {
                cx.ids.check(c, "coincides_with", other, MEETING);
            }
        }
        c.texts("topics", &self.topics);
    }
}

impl Validate for Meeting {
    fn validate(&self) -> Result<(), ValidationErrors> {
        check_alone(|c| self.check(c, None))
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
    id: String,
    kind: MeetingKind,
    status: MeetingStatus,
    name: Option<String>,
    date: Option<String>,
    place: Option<String>,
    organization: Option<String>,
    participants: Vec<(String, Option<String>)>,
    part_of: Option<(String, PartOfRelation)>,
    coincides_with: Option<String>,
    topics: Vec<String>,
}

impl MeetingBuilder {
    /// A meeting with `id`, `kind` and `status`.
    pub fn new(id: &str, kind: MeetingKind, status: MeetingStatus) -> Self {
        MeetingBuilder {
            id: id.to_owned(),
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

    /// Sets the name as the article gives it.
    pub fn name(mut self, name: &str) -> Self {
        self.name = Some(name.to_owned());
        self
    }

    /// Sets the date: text such as `"2023-12-11"`, `"2023-12"` or
    /// `"2023-12-04/2023-12-05"`, or a date type ([`EventDate`],
    /// [`PartialDate`](crate::PartialDate), chrono's `NaiveDate`); checked by
    /// `build`.
    pub fn date(mut self, date: impl std::fmt::Display) -> Self {
        self.date = Some(date.to_string());
        self
    }

    /// Sets where it takes place.
    pub fn place(mut self, place: &impl AsLocation) -> Self {
        self.place = Some(place.id().to_owned());
        self
    }

    /// Sets the organization or body whose meeting it is.
    pub fn organization(mut self, organization: &OrganizationHandle) -> Self {
        self.organization = Some(organization.id().to_owned());
        self
    }

    /// Adds a participant.
    pub fn participant(mut self, party: &impl AsParty) -> Self {
        self.participants.push((party.id().to_owned(), None));
        self
    }

    /// Adds a participant in `capacity` ("Minister of Foreign Affairs of
    /// Turkmenistan").
    pub fn participant_as(mut self, party: &impl AsParty, capacity: &str) -> Self {
        self.participants
            .push((party.id().to_owned(), Some(capacity.to_owned())));
        self
    }

    /// Records that it was held on the sidelines of `meeting`.
    pub fn on_sidelines_of(mut self, meeting: &MeetingHandle) -> Self {
        self.part_of = Some((meeting.id().to_owned(), PartOfRelation::Sidelines));
        self
    }

    /// Records that it is a session or event within `meeting`.
    pub fn part_of(mut self, meeting: &MeetingHandle) -> Self {
        self.part_of = Some((meeting.id().to_owned(), PartOfRelation::Part));
        self
    }

    /// Records that it takes place at the same time as `meeting`.
    pub fn coincides_with(mut self, meeting: &MeetingHandle) -> Self {
        self.coincides_with = Some(meeting.id().to_owned());
        self
    }

    /// Adds a topic.
    pub fn topic(mut self, topic: &str) -> Self {
        self.topics.push(topic.to_owned());
        self
    }

    pub(crate) fn raw_id(&self) -> &str {
        &self.id
    }

    /// Checks the values and runs the meeting's own rules.
    ///
    /// # Errors
    /// Every problem, with paths relative to the meeting.
    pub fn build(self) -> Result<Meeting, ValidationErrors> {
        finish_build(
            |c| {
                let id = c.parse("id", &self.id);
                let date = c.parse_optional("date", self.date.as_deref());
                let place = c.parse_optional("place", self.place.as_deref());
                let organization = c.parse_optional("organization", self.organization.as_deref());
                let participants = c.at("participants", |c| {
                    let mut out = Vec::with_capacity(self.participants.len());
                    for (i, (entity, capacity)) in self.participants.into_iter().enumerate() {
                        if let Some(entity) = c.at_index(i, |c| c.parse("entity", &entity)) {
                            out.push(Participant { entity, capacity });
                        }
                    }
                    out
                });
                let part_of = self.part_of.and_then(|(meeting, relation)| {
                    let meeting = c.at("part_of", |c| c.parse("meeting", &meeting))?;
                    Some(PartOf { meeting, relation })
                });
                let coincides_with =
                    c.parse_optional("coincides_with", self.coincides_with.as_deref());
                Some(Meeting {
                    id: id?,
                    kind: self.kind,
                    status: self.status,
                    name: self.name,
                    date,
                    place,
                    organization,
                    participants,
                    part_of,
                    coincides_with,
                    topics: self.topics,
                })
            },
            |meeting, c| meeting.check(c, None),
        )
    }
}

object_serde!(PartOf);
object_serde!(Participant);
object_serde!(Meeting);
