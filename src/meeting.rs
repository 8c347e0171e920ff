//! Meetings: talks, sessions, summits, forums, calls and visits, held or
//! planned, with their participants and how they relate to one another.

use schemars::JsonSchema;
use serde::Serialize;

use crate::build::{at, refused_id, resolve, IntoValue, Refusals};
use crate::date::{PartialDate, Tense, TimeOfDay, When};
use crate::de::model;
use crate::error::ValidationErrors;
use crate::evidence::{evidence_setters, Evidence, Texts, ToLocate};
use crate::handle::{
    AsLocation, AsOccasion, AsParty, AsSubject, Handle, MeetingHandle, OrganizationHandle,
};
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
        /// A trip with several stops (its visits and meetings are `part_of` it).
        Trip = "trip",
        /// A structured dialogue ("strategic dialogue").
        Dialogue = "dialogue",
        /// A news conference or press briefing.
        NewsConference = "news_conference",
        /// One round of a series of negotiations.
        NegotiationRound = "negotiation_round",
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
        /// It is going on (a trip under way).
        InProgress = "in_progress",
        /// It is planned for a known date.
        Scheduled = "scheduled",
        /// Called for or proposed, not yet agreed ("called for
        /// negotiations").
        Proposed = "proposed",
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
    /// How sure the article is that a planned meeting will take place, or
    /// that a reported one did.
    pub enum Certainty {
        /// Said or confirmed as a fact.
        Confirmed = "confirmed",
        /// Likely or expected ("likely to hold talks").
        Likely = "likely",
        /// Possible ("could be received by Putin").
        Possible = "possible",
    }
}

vocabulary! {
    /// Whether a participant takes or took part.
    pub enum Attendance {
        /// Confirmed: takes or took part.
        Confirmed = "confirmed",
        /// Expected to take part.
        Expected = "expected",
        /// Invited; the article does not say more.
        Invited = "invited",
        /// Unclear ("it remained unclear whether Iran would attend").
        Uncertain = "uncertain",
        /// Declined or stayed away.
        Declined = "declined",
    }
}

vocabulary! {
    /// How a meeting relates to an earlier meeting or event.
    pub enum MeetingRelation {
        /// Comes after it, as its follow-up or next step.
        Follows = "follows",
        /// Builds on it ("will build on the successful visit").
        BuildsOn = "builds_on",
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
    /// A link from a meeting to an earlier meeting or event it follows or
    /// builds on.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct MeetingLink {
        /// How this meeting relates to it.
        pub relation: MeetingRelation,
        /// The id of the meeting or event; must name one.
        pub to: Id,
    }
}

model! {
    /// The place of a meeting in a series: "the second meeting this month",
    /// "the first direct talks".
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Sequence {
        /// Its number in the series, from 1.
        #[schemars(range(min = 1))]
        pub number: u32,
        /// The series, in the article's words ("meetings this month", "direct
        /// talks"). Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub series: String,
    }
}

model! {
    /// What an article says about a meeting's status on a date, with the
    /// reason given: one step of its history ("scheduled", then "postponed
    /// as of 20 April, citing scheduling reasons").
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct MeetingStatusChange {
        /// The status.
        pub status: MeetingStatus,
        /// The date it held on, or was decided.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub as_of: Option<PartialDate>,
        /// The reason given ("due to the situation in Sudan"). Must not be
        /// blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub reason: Option<String>,
        /// The id of the party that decided it ("The President made this
        /// decision"); must name a party.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub decided_by: Option<Id>,
        /// The words in the body (or headline) that report it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl MeetingStatusChange {
    /// A change to `status` with nothing else.
    pub fn new(status: MeetingStatus) -> Self {
        MeetingStatusChange {
            status,
            as_of: None,
            reason: None,
            decided_by: None,
            evidence: Vec::new(),
        }
    }

    /// The party that decided it.
    #[must_use]
    pub fn decided_by(mut self, party: &impl AsParty) -> Self {
        self.decided_by = Some(party.id().clone());
        self
    }

    /// Adds evidence as given (checked by validation, not located).
    #[must_use]
    pub fn evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }

    /// The date it held on or was decided.
    #[must_use]
    pub fn as_of(mut self, date: PartialDate) -> Self {
        self.as_of = Some(date);
        self
    }

    /// The reason given.
    #[must_use]
    pub fn reason(mut self, reason: &str) -> Self {
        self.reason = Some(reason.to_owned());
        self
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
        /// Whether they take or took part; absent when the article does not
        /// say otherwise than that they do.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub attendance: Option<Attendance>,
        /// The id of the party they take part in place of ("Secretary Kerry
        /// will lead delegations ... in place of the President"); must name
        /// a party.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub in_place_of: Option<Id>,
        /// The words in the body (or headline) that name them as taking part.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
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
        /// Whether it took place, or where its planning stands, as the article
        /// reports it.
        pub status: MeetingStatus,
        /// How sure the article is of it; absent when it does not hedge.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub certainty: Option<Certainty>,
        /// Its name as the article gives it, e.g. "meeting of Foreign Ministers
        /// of the Caspian Littoral States". Must not be blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub name: Option<String>,
        /// When it took or takes place. A held meeting may not be dated after
        /// the article's publication (`date_after_publication`), a planned
        /// one is not dated before it (`planned_in_past`, a warning); it lies
        /// within the larger meeting's dates (`outside_larger_meeting`) and
        /// its words agree with its value (`date_words_disagree`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<When>,
        /// The time of day it starts, with its UTC offset when known
        /// ("14:30+03:00").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time: Option<TimeOfDay>,
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
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        pub participants: Vec<Participant>,
        /// The larger meeting this one was held on the sidelines of or as part
        /// of; a held meeting is not part of a cancelled or postponed one
        /// (`part_of_cancelled`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub part_of: Option<PartOf>,
        /// The id of another meeting that takes place at the same time (a
        /// business forum alongside a commission session); must name a meeting
        /// other than this one (`unknown_reference`, `wrong_reference_kind`,
        /// `self_reference`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub coincides_with: Option<Id>,
        /// The earlier meetings and events it follows or builds on.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        pub related: Vec<MeetingLink>,
        /// Its place in a series ("the second meeting this month").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub sequence: Option<Sequence>,
        /// The ids of what it is about (entities, documents, events); none
        /// twice.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// What was discussed, as the article says. None may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub topics: Vec<String>,
        /// What is expected to be discussed. None may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub expected_topics: Vec<String>,
        /// The statuses it has had, oldest first, each with its date and
        /// reason (scheduled, then postponed "due to pressing issues"); the
        /// last is `status` (`status_disagrees`) and says when and why it
        /// came to stand where it does; no date before the one listed
        /// before it (`history_out_of_order`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        pub status_history: Vec<MeetingStatusChange>,
        /// The date it was planned for before it was rescheduled; not its
        /// new `date` (`no_new_date`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub rescheduled_from: Option<When>,
        /// Identifiers outside the article (a Wikidata item, URIs) that
        /// name the same meeting, so that records of it in several articles
        /// can be joined (see [`Ledger`](crate::Ledger)); no URI twice.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<crate::entity::Identifiers>,
        /// The words in the body (or headline) that report it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::de::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Participant {
    /// The participant `entity` (the id of a person, organization or
    /// country) with nothing else.
    pub fn new(entity: Id) -> Self {
        Participant {
            entity,
            capacity: None,
            attendance: None,
            in_place_of: None,
            evidence: Vec::new(),
        }
    }

    /// Whether they take or took part.
    #[must_use]
    pub fn attendance(mut self, attendance: Attendance) -> Self {
        self.attendance = Some(attendance);
        self
    }

    /// The capacity in which they take part.
    #[must_use]
    pub fn capacity(mut self, capacity: &str) -> Self {
        self.capacity = Some(capacity.to_owned());
        self
    }

    /// Adds evidence as given (checked by validation, not located).
    #[must_use]
    pub fn evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }
}

impl Meeting {
    /// A meeting with `id`, `kind` and `status` and nothing else.
    pub fn new(id: Id, kind: MeetingKind, status: MeetingStatus) -> Self {
        Meeting {
            id,
            kind,
            status,
            certainty: None,
            name: None,
            date: None,
            time: None,
            place: None,
            organization: None,
            participants: Vec::new(),
            part_of: None,
            coincides_with: None,
            related: Vec::new(),
            sequence: None,
            about: Vec::new(),
            topics: Vec::new(),
            expected_topics: Vec::new(),
            status_history: Vec::new(),
            rescheduled_from: None,
            identifiers: None,
            evidence: Vec::new(),
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
/// assert_eq!(article.meetings[0].date.as_ref().unwrap().value.unwrap().to_string(), "2023-12-11");
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct MeetingBuilder {
    value: Meeting,
    refusals: Refusals,
    to_locate: ToLocate,
    /// The evidence of status changes to locate: the index of the change.
    status_to_locate: Vec<(usize, ToLocate)>,
    /// The evidence of participants to locate: the index of the participant.
    participants_to_locate: Vec<(usize, ToLocate)>,
    /// Whether the date was given as written, to be resolved by the article
    /// builder.
    resolve_date: bool,
}

impl MeetingBuilder {
    /// A meeting with `id`, `kind` and `status`.
    pub fn new(id: impl IntoValue<Id>, kind: MeetingKind, status: MeetingStatus) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        MeetingBuilder {
            value: Meeting::new(id, kind, status),
            refusals,
            to_locate: ToLocate::default(),
            status_to_locate: Vec::new(),
            participants_to_locate: Vec::new(),
            resolve_date: false,
        }
    }

    /// Sets the name as the article gives it.
    pub fn name(mut self, name: &str) -> Self {
        self.value.name = Some(name.to_owned());
        self
    }

    /// Sets the date: text such as `"2023-12-11"`, `"2023-12"` or
    /// `"2023-12-04/2023-12-05"`, or a date type ([`EventDate`](crate::EventDate),
    /// [`PartialDate`](crate::PartialDate), chrono's `NaiveDate`); a refused
    /// date is reported by `build`.
    pub fn date(mut self, date: impl IntoValue<When>) -> Self {
        self.value.date = self.refusals.set(at("date"), date);
        self
    }

    /// Sets the date as the article writes it ("on Monday", "next
    /// month"), resolved against the publication date when the article is
    /// built (in the past for a held meeting, the future otherwise) and
    /// recorded as inferred.
    pub fn date_as_written(mut self, text: &str) -> Self {
        self.value.date = Some(When::vague(text));
        self.resolve_date = true;
        self
    }

    /// Sets the time of day it starts ("14:30", "14:30+03:00", or a
    /// [`TimeOfDay`]); a refused time is reported by `build`.
    pub fn time(mut self, time: impl IntoValue<TimeOfDay>) -> Self {
        self.value.time = self.refusals.set(at("time"), time);
        self
    }

    /// Sets how sure the article is of it.
    pub fn certainty(mut self, certainty: Certainty) -> Self {
        self.value.certainty = Some(certainty);
        self
    }

    /// Adds an earlier status, with the date it held on and the reason
    /// given (before the entry of the current status, if there is one).
    pub fn earlier_status(mut self, change: MeetingStatusChange) -> Self {
        let history = &mut self.value.status_history;
        let at = match history.last() {
            Some(last) if last.status == self.value.status => history.len() - 1,
            _ => history.len(),
        };
        history.insert(at, change);
        // The entries from `at` on moved one place down.
        for (entry, _) in &mut self.status_to_locate {
            if *entry >= at {
                *entry += 1;
            }
        }
        self
    }

    /// The entry of the current status in the history, added if missing.
    fn current_change(&mut self) -> &mut MeetingStatusChange {
        let history = &mut self.value.status_history;
        if history
            .last()
            .is_none_or(|last| last.status != self.value.status)
        {
            history.push(MeetingStatusChange::new(self.value.status.clone()));
        }
        history
            .last_mut()
            .expect("the history has an entry: one was just pushed if it had none")
    }

    /// Sets the reason given for the current status ("due to the situation
    /// in Sudan").
    pub fn reason(mut self, reason: &str) -> Self {
        self.current_change().reason = Some(reason.to_owned());
        self
    }

    /// Sets the date the current status was decided or known to hold on; a
    /// refused date is reported by `build`.
    pub fn status_as_of(mut self, date: impl IntoValue<PartialDate>) -> Self {
        let at_last = self.current_index();
        let path = at("status_history").index(at_last).key("as_of");
        let date = self.refusals.set(path, date);
        self.current_change().as_of = date;
        self
    }

    /// The index the current status's entry has (or will have).
    fn current_index(&self) -> usize {
        let history = &self.value.status_history;
        match history.last() {
            Some(last) if last.status == self.value.status => history.len() - 1,
            _ => history.len(),
        }
    }

    /// Sets the date it was planned for before it was rescheduled; a
    /// refused date is reported by `build`.
    pub fn rescheduled_from(mut self, date: impl IntoValue<When>) -> Self {
        self.value.rescheduled_from = self.refusals.set(at("rescheduled_from"), date);
        self
    }

    /// Records that it follows an earlier meeting or event.
    pub fn follows(mut self, earlier: &impl AsOccasion) -> Self {
        self.value.related.push(MeetingLink {
            relation: MeetingRelation::Follows,
            to: earlier.id().clone(),
        });
        self
    }

    /// Records that it builds on an earlier meeting or event.
    pub fn builds_on(mut self, earlier: &impl AsOccasion) -> Self {
        self.value.related.push(MeetingLink {
            relation: MeetingRelation::BuildsOn,
            to: earlier.id().clone(),
        });
        self
    }

    /// Sets its place in a series: `number` (from 1) of `series`.
    pub fn sequence(mut self, number: u32, series: &str) -> Self {
        self.value.sequence = Some(Sequence {
            number,
            series: series.to_owned(),
        });
        self
    }

    /// Adds something it is about.
    pub fn about(mut self, subject: &impl AsSubject) -> Self {
        self.value.about.push(subject.id().clone());
        self
    }

    /// Adds a topic expected to be discussed.
    pub fn expected_topic(mut self, topic: &str) -> Self {
        self.value.expected_topics.push(topic.to_owned());
        self
    }

    /// Adds evidence to the participant added last: `exact` words of the
    /// body that name them as taking part, located when the article is
    /// built.
    pub fn participant_evidence(mut self, exact: &str) -> Self {
        let Some(at) = self.value.participants.len().checked_sub(1) else {
            let refusal = crate::error::ValueError::new(
                crate::error::ErrorCode::InvalidValue,
                exact,
                "participant evidence was given before any participant",
            );
            self.refusals.record(at("participants"), &refusal);
            return self;
        };
        let participant = self
            .value
            .participants
            .get_mut(at)
            .expect("the last index of a non-empty list");
        match self
            .participants_to_locate
            .iter_mut()
            .find(|(i, _)| *i == at)
        {
            Some((_, to_locate)) => to_locate.push(&mut participant.evidence, exact),
            None => {
                let mut to_locate = ToLocate::default();
                to_locate.push(&mut participant.evidence, exact);
                self.participants_to_locate.push((at, to_locate));
            }
        }
        self
    }

    /// Adds a participant who takes part in place of another ("in place of
    /// the President").
    pub fn participant_in_place_of(
        mut self,
        party: &impl AsParty,
        replaced: &impl AsParty,
    ) -> Self {
        self.value.participants.push(Participant {
            entity: party.id().clone(),
            capacity: None,
            attendance: None,
            in_place_of: Some(replaced.id().clone()),
            evidence: Vec::new(),
        });
        self
    }

    /// Sets who decided the current status ("The President made this
    /// decision").
    pub fn decided_by(mut self, party: &impl AsParty) -> Self {
        self.current_change().decided_by = Some(party.id().clone());
        self
    }

    /// Adds evidence of the current status: `exact` words of the body,
    /// located when the article is built.
    pub fn status_evidence(mut self, exact: &str) -> Self {
        self.current_change();
        let at = self.current_index();
        let change = self
            .value
            .status_history
            .get_mut(at)
            .expect("current_change made the entry of the current status");
        match self
            .status_to_locate
            .iter_mut()
            .find(|(entry, _)| *entry == at)
        {
            Some((_, to_locate)) => to_locate.push(&mut change.evidence, exact),
            None => {
                let mut to_locate = ToLocate::default();
                to_locate.push(&mut change.evidence, exact);
                self.status_to_locate.push((at, to_locate));
            }
        }
        self
    }

    /// Adds a participant with whether they take part ("it remained
    /// unclear whether Iran would attend": [`Attendance::Uncertain`]).
    pub fn participant_attending(mut self, party: &impl AsParty, attendance: Attendance) -> Self {
        self.value.participants.push(Participant {
            entity: party.id().clone(),
            capacity: None,
            attendance: Some(attendance),
            in_place_of: None,
            evidence: Vec::new(),
        });
        self
    }

    evidence_setters!();

    crate::entity::identifier_setters!();

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
            attendance: None,
            in_place_of: None,
            evidence: Vec::new(),
        });
        self
    }

    /// Adds a participant in `capacity` ("Minister of Foreign Affairs of
    /// Turkmenistan").
    pub fn participant_as(mut self, party: &impl AsParty, capacity: &str) -> Self {
        self.value.participants.push(Participant {
            entity: party.id().clone(),
            capacity: Some(capacity.to_owned()),
            attendance: None,
            in_place_of: None,
            evidence: Vec::new(),
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

    /// The meeting with its evidence located and its date as written
    /// resolved against `published`, and the refusals, for the article
    /// builder.
    pub(crate) fn into_parts(
        mut self,
        texts: &Texts<'_>,
        published: Option<chrono::NaiveDate>,
    ) -> (Meeting, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        let recorded = "an index is recorded as its entry is made, and none is removed";
        for (entry, to_locate) in &self.status_to_locate {
            let change = self.value.status_history.get_mut(*entry).expect(recorded);
            to_locate.locate(&mut change.evidence, texts);
        }
        for (entry, to_locate) in &self.participants_to_locate {
            let participant = self.value.participants.get_mut(*entry).expect(recorded);
            to_locate.locate(&mut participant.evidence, texts);
        }
        if self.resolve_date {
            let tense = match self.value.status {
                MeetingStatus::Held | MeetingStatus::InProgress => Tense::Past,
                _ => Tense::Future,
            };
            self.value.date = resolve(&mut self.refusals, self.value.date.take(), published, tense);
        }
        (self.value, self.refusals)
    }
}

impl MeetingStatus {
    /// Whether the status says the meeting took place: held, or in
    /// progress. Every other value, one this version does not know among
    /// them, says it was planned (or called off).
    ///
    /// ```
    /// use structured_news::MeetingStatus;
    ///
    /// assert!(MeetingStatus::InProgress.took_place());
    /// assert!(!MeetingStatus::Scheduled.took_place());
    /// let unknown: MeetingStatus = serde_json::from_str(r#""adjourned""#)?;
    /// assert!(!unknown.took_place());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn took_place(&self) -> bool {
        matches!(self, MeetingStatus::Held | MeetingStatus::InProgress)
    }

    /// Whether the status is an outcome, what became of the planned
    /// meeting: it took place ([`took_place`](Self::took_place)), was
    /// cancelled or was postponed. Scheduled, proposed, announced and
    /// rescheduled meetings have none yet, nor has a value this version does
    /// not know.
    ///
    /// ```
    /// use structured_news::MeetingStatus;
    ///
    /// assert!(MeetingStatus::Held.is_outcome());
    /// assert!(MeetingStatus::Postponed.is_outcome());
    /// assert!(!MeetingStatus::Rescheduled.is_outcome());
    /// ```
    pub fn is_outcome(&self) -> bool {
        self.took_place() || matches!(self, MeetingStatus::Cancelled | MeetingStatus::Postponed)
    }
}
