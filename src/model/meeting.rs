//! Meetings: talks, sessions, summits, forums, calls and visits, held or
//! planned, with their participants and how they relate to one another.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::evidence::Evidence;
use crate::model::quantity::{Duration, Quantity};
use crate::read::de::model;
use crate::value::date::{PartialDate, TimeOfDay, When};
use crate::value::id::Id;
use crate::value::vocab::vocabulary;

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
        /// Called for or proposed by a party, not yet agreed ("called for
        /// negotiations").
        Proposed = "proposed",
        /// Only possible: nobody announced or called for it, but the
        /// article says it could take place ("Putin could meet Erdogan",
        /// "a meeting is not ruled out"). Not `proposed`, which a party
        /// asked for, nor `certainty: possible`, which hedges a meeting
        /// that is planned. Not held and not planned; the ledger keeps it
        /// as it keeps a proposed meeting.
        Possible = "possible",
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
        /// Could not come: kept away by illness, travel or another duty
        /// ("will not be able to make it due to health reasons"), as
        /// against `declined`, which the party chose. Why, in the
        /// participant's `reasons`. New in 2.1.
        Unable = "unable",
        /// Does not take part, and was not expected to: a party with a
        /// `role` toward the meeting from outside it (a sponsor of talks
        /// that does not sit at them, the country that requested a call).
        NotAttending = "not_attending",
    }
}

vocabulary! {
    /// The part a party plays toward a meeting, apart from whether it
    /// attends: who receives whom, who convenes, chairs or mediates, and
    /// at whose request it is held.
    pub enum MeetingRole {
        /// Receives the others ("will be received by the President", "at
        /// the invitation of"); the country or body that hosts talks.
        Host = "host",
        /// Is received by the host: the visitor, the invited party.
        Guest = "guest",
        /// Called the meeting together ("convened by the Secretary-General").
        Convener = "convener",
        /// Sponsors or brokers the talks, whether or not it attends them
        /// ("talks sponsored by Qatar").
        Sponsor = "sponsor",
        /// Chairs it, alone.
        Chair = "chair",
        /// Chairs it with another (each co-chair has this role).
        CoChair = "co_chair",
        /// Mediates between the other parties.
        Mediator = "mediator",
        /// Attends as an observer, without taking part in the decisions.
        Observer = "observer",
        /// Asked for it: the party at whose request a call or meeting was
        /// held ("at the request of the Turkish side").
        Requester = "requester",
    }
}

vocabulary! {
    /// How a meeting is held, as the article says: who sits at it and how
    /// formally. A meeting may have several ("talks in restricted and
    /// expanded format").
    pub enum MeetingFormat {
        /// One on one, tête-à-tête («один на один», «тет-а-тет»).
        OneOnOne = "one_on_one",
        /// In restricted format, with few aides («в узком составе»).
        Restricted = "restricted",
        /// In expanded format, with the delegations («в расширенном составе»).
        Expanded = "expanded",
        /// Informal ("an informal meeting of foreign ministers").
        Informal = "informal",
        /// Extraordinary, called outside the usual schedule ("an
        /// extraordinary summit").
        Extraordinary = "extraordinary",
    }
}

vocabulary! {
    /// The level at which a meeting is held: who leads each side.
    pub enum MeetingLevel {
        /// Heads of state ("a summit of presidents").
        HeadsOfState = "heads_of_state",
        /// Heads of government.
        HeadsOfGovernment = "heads_of_government",
        /// Leaders, heads of state and of government both ("at summit
        /// level", where presidents and prime ministers come). New in 2.1.
        Leaders = "leaders",
        /// Ministers ("at the level of foreign ministers").
        Ministers = "ministers",
        /// Deputy ministers.
        DeputyMinisters = "deputy_ministers",
        /// Senior officials.
        SeniorOfficials = "senior_officials",
        /// Experts.
        Experts = "experts",
    }
}

vocabulary! {
    /// The protocol level of a visit, as the article names it.
    pub enum VisitLevel {
        /// A state visit, the highest level, of a head of state.
        State = "state",
        /// An official visit.
        Official = "official",
        /// A working visit.
        Working = "working",
        /// A private visit.
        Private = "private",
    }
}

vocabulary! {
    /// How a meeting relates to an earlier meeting or event.
    pub enum MeetingRelation {
        /// Comes after it, as its follow-up or next step.
        Follows = "follows",
        /// Builds on it ("will build on the successful visit").
        BuildsOn = "builds_on",
        /// Answers it ("talks called in response to the strikes"). New in
        /// 2.1.
        RespondsTo = "responds_to",
        /// Takes place against its background ("the talks come as the two
        /// countries remain at odds over the pipeline"): a meeting, an event
        /// or an issue. New in 2.1.
        Background = "background",
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
    /// builds on, or to the meeting, event or issue it takes place against
    /// the background of.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct MeetingLink {
        /// How this meeting relates to it.
        pub relation: MeetingRelation,
        /// The id of the meeting or event; must name one
        /// (`unknown_reference`, `wrong_reference_kind`). With relation
        /// `background` it may also name an issue ("the talks come as the
        /// two countries remain at odds over the pipeline"). New in 2.1.
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
        /// The reason given ("due to the situation in Sudan"), by no source
        /// the article names, or the article's own. Must not be blank. A
        /// reason that a party or a statement gives is in `reasons`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub reason: Option<String>,
        /// The reasons given by the sources the article names, each with
        /// its source ("the ministry cited security concerns; the guest's
        /// side spoke of scheduling"): two sources, two entries.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub reasons: Vec<StatusReason>,
        /// The id of the party that decided it ("The President made this
        /// decision"); must name a party.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub decided_by: Option<Id>,
        /// The ids of the parties that decided it together with
        /// `decided_by` ("by agreement with the Turkish side"): parties, none
        /// twice and not `decided_by` (`unknown_reference`,
        /// `wrong_reference_kind`, `duplicate_reference`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub decided_with: Vec<Id>,
        /// How it came about, in the article's words ("abruptly", "at the
        /// last minute"; several as the article joins them). Must not be
        /// blank.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(regex(pattern = r"\S"))]
        pub manner: Option<String>,
        /// The words in the body (or headline) that report it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
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
            reasons: Vec::new(),
            decided_by: None,
            decided_with: Vec::new(),
            manner: None,
            evidence: Vec::new(),
        }
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

    /// Adds a reason with its source.
    #[must_use]
    pub fn sourced_reason(mut self, reason: StatusReason) -> Self {
        self.reasons.push(reason);
        self
    }

    /// How it came about, in the article's words ("abruptly").
    #[must_use]
    pub fn manner(mut self, manner: &str) -> Self {
        self.manner = Some(manner.to_owned());
        self
    }
}

model! {
    /// A reason for a meeting's status, or for a participant's attendance
    /// (2.1), as one source gives it: the party that gives it, the
    /// statement that voices it, or both ("the host's ministry cited
    /// security concerns"; "Qin will not attend due to health reasons").
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct StatusReason {
        /// The reason, as the article gives it ("security concerns"). Must
        /// not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub text: String,
        /// The id of the party that gives it: a person, an organization, a
        /// country or a group (`unknown_reference`, `wrong_reference_kind`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub given_by: Option<Id>,
        /// The id of the statement that gives it; must name a statement
        /// (`unknown_reference`, `wrong_reference_kind`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub statement: Option<Id>,
        /// The words in the body that report it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl StatusReason {
    /// A reason with its words and no source yet.
    pub fn new(text: impl Into<String>) -> Self {
        StatusReason {
            text: text.into(),
            given_by: None,
            statement: None,
            evidence: Vec::new(),
        }
    }

    /// Adds evidence as given (checked by validation, not located).
    #[must_use]
    pub fn evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }
}

model! {
    /// What a meeting or a commitment is for, in the article's words ("to
    /// deepen trade ties"), and the document, commitment, event or meeting
    /// it is meant to carry out or bring about ("meant to implement last
    /// year's ceasefire"). New in 2.1.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Purpose {
        /// The aim, in the article's words. Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub text: String,
        /// The id of the document, commitment, event or meeting it serves
        /// (`unknown_reference`, `wrong_reference_kind`; not the meeting
        /// or commitment itself: `self_reference`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub serves: Option<Id>,
        /// The words in the body that give the aim; each must really be
        /// there (`evidence_not_found`, ...).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

impl Purpose {
    /// An aim in the article's words, serving nothing named.
    pub fn new(text: impl Into<String>) -> Self {
        Purpose {
            text: text.into(),
            serves: None,
            evidence: Vec::new(),
        }
    }
}

model! {
    /// A party of a meeting: someone who takes part in it, in what capacity
    /// and role, or a party with a role toward it from outside
    /// (`attendance` `not_attending`: a sponsor that does not attend, the
    /// country that requested a call).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Participant {
        /// The id of a person, organization, country, region or group ("the E3"
        /// at talks; checked by the validator: `unknown_reference`,
        /// `wrong_reference_kind`; no entity twice in one meeting:
        /// `duplicate_reference`).
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
        /// The part they play toward the meeting (host, guest, chair,
        /// mediator, requester...); absent when the article gives none. One
        /// bilateral meeting, visit or call has one host (or hosts of one
        /// country), and one meeting one chair; a party that does not attend
        /// has a role it can play from outside (`meeting_role_conflict`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub role: Option<MeetingRole>,
        /// The id of the party they take part in place of ("Secretary Kerry
        /// will lead delegations ... in place of the President"); must name
        /// a party, not the participant (`self_reference`). The reason
        /// they stand in is in `reasons`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub in_place_of: Option<Id>,
        /// Why they take part, stand in or stay away, each reason with its
        /// source as a meeting's status step gives it ("as the incumbent
        /// foreign minister is unwell"; "due to health reasons", in the
        /// statement of the absent minister's government). New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub reasons: Vec<StatusReason>,
        /// The words in the body (or headline) that name them as taking part.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
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
        /// The protocol level of a visit ("a state visit", "an official
        /// visit", "a working visit"). New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub visit_level: Option<VisitLevel>,
        /// How it is held: one on one, restricted, expanded, informal,
        /// extraordinary ("an informal meeting", «в узком и расширенном
        /// составе»). New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub formats: Vec<MeetingFormat>,
        /// The level at which it is held ("at the level of foreign
        /// ministers": `ministers`). New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub level: Option<MeetingLevel>,
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
        /// Other names the article uses for it ("the ASEAN meetings" beside
        /// "the ASEAN plus meetings"). None may be blank. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub aliases: Vec<String>,
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
        /// How long it lasts or lasted ("a two-day visit": `P2D`), without
        /// a start date; absent when the article does not say.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<Duration>,
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
            deserialize_with = "crate::read::null_as_empty"
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
            deserialize_with = "crate::read::null_as_empty"
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
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub about: Vec<Id>,
        /// What was discussed, as the article says. None may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub topics: Vec<String>,
        /// Whether `topics` are only some of what was discussed ("discussed,
        /// among other things, sanctions", «в том числе»); absent when the
        /// article gives the list as whole or gives none. Needs `topics`
        /// (`partial_without_topics`). New in 2.1.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub topics_partial: bool,
        /// What is expected to be discussed. None may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub expected_topics: Vec<String>,
        /// What it is for, each aim with what it serves. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub purposes: Vec<Purpose>,
        /// The numbers the article gives for it ("delegates from some 60
        /// countries", "dozens of journalists").
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub quantities: Vec<Quantity>,
        /// The statuses it has had, oldest first, each with its date and
        /// reason (scheduled, then postponed "due to pressing issues"); the
        /// last is `status` (`status_disagrees`) and says when and why it
        /// came to stand where it does; no date before the one listed
        /// before it (`history_out_of_order`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub status_history: Vec<MeetingStatusChange>,
        /// The date it was planned for before it was rescheduled; not its
        /// new `date` (`no_new_date`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub rescheduled_from: Option<When>,
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
        /// name the same meeting, so that records of it in several articles
        /// can be joined (see [`Ledger`](crate::Ledger)); no URI twice.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identifiers: Option<crate::model::entity::Identifiers>,
        /// The words in the body (or headline) that report it.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
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
            role: None,
            in_place_of: None,
            reasons: Vec::new(),
            evidence: Vec::new(),
        }
    }

    /// The party they take part in place of.
    #[must_use]
    pub fn in_place_of(mut self, replaced: Id) -> Self {
        self.in_place_of = Some(replaced);
        self
    }

    /// Adds a reason they take part, stand in or stay away, with its
    /// source.
    #[must_use]
    pub fn reason(mut self, reason: StatusReason) -> Self {
        self.reasons.push(reason);
        self
    }

    /// The part they play toward the meeting.
    #[must_use]
    pub fn role(mut self, role: MeetingRole) -> Self {
        self.role = Some(role);
        self
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
            visit_level: None,
            formats: Vec::new(),
            level: None,
            certainty: None,
            name: None,
            aliases: Vec::new(),
            date: None,
            time: None,
            duration: None,
            place: None,
            organization: None,
            participants: Vec::new(),
            part_of: None,
            coincides_with: None,
            related: Vec::new(),
            sequence: None,
            about: Vec::new(),
            topics: Vec::new(),
            topics_partial: false,
            expected_topics: Vec::new(),
            purposes: Vec::new(),
            quantities: Vec::new(),
            status_history: Vec::new(),
            rescheduled_from: None,
            according_to: Vec::new(),
            identifiers: None,
            evidence: Vec::new(),
        }
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
    /// cancelled or was postponed. Scheduled, proposed, possible, announced
    /// and rescheduled meetings have none yet, nor has a value this version
    /// does not know.
    ///
    /// ```
    /// use structured_news::MeetingStatus;
    ///
    /// assert!(MeetingStatus::Held.is_outcome());
    /// assert!(MeetingStatus::Postponed.is_outcome());
    /// assert!(!MeetingStatus::Rescheduled.is_outcome());
    /// assert!(!MeetingStatus::Possible.is_outcome());
    /// ```
    pub fn is_outcome(&self) -> bool {
        self.took_place() || matches!(self, MeetingStatus::Cancelled | MeetingStatus::Postponed)
    }
}

impl Attendance {
    /// Whether the value says the party is not there: it declined, stayed
    /// away or could not come (`unable`), or has a role toward the meeting
    /// from outside it (`not_attending`). A value this version does not
    /// know is not taken for absence.
    ///
    /// ```
    /// use structured_news::Attendance;
    ///
    /// assert!(Attendance::NotAttending.absent());
    /// assert!(Attendance::Declined.absent());
    /// assert!(Attendance::Unable.absent());
    /// assert!(!Attendance::Invited.absent());
    /// ```
    pub fn absent(&self) -> bool {
        matches!(
            self,
            Attendance::Declined | Attendance::Unable | Attendance::NotAttending
        )
    }
}

impl MeetingRole {
    /// Whether a party can play the role without attending: a host,
    /// convener, sponsor or requester can; a guest, chair, co-chair,
    /// mediator or observer is one by being there. A value this version
    /// does not know can.
    ///
    /// ```
    /// use structured_news::MeetingRole;
    ///
    /// assert!(MeetingRole::Requester.played_from_outside());
    /// assert!(!MeetingRole::Guest.played_from_outside());
    /// ```
    pub fn played_from_outside(&self) -> bool {
        !matches!(
            self,
            MeetingRole::Guest
                | MeetingRole::Chair
                | MeetingRole::CoChair
                | MeetingRole::Mediator
                | MeetingRole::Observer
        )
    }
}
