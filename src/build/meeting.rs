//! [`MeetingBuilder`]: building a [`Meeting`] the way it reads.

use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{
    AsBackground, AsLocation, AsOccasion, AsParty, AsServed, AsSubject, Handle, MeetingHandle,
    OrganizationHandle, StatementHandle,
};
use crate::build::{at, refused_id, resolve, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::meeting::{
    Attendance, Certainty, Meeting, MeetingFormat, MeetingKind, MeetingLevel, MeetingLink,
    MeetingRelation, MeetingRole, MeetingStatus, MeetingStatusChange, PartOf, PartOfRelation,
    Participant, Purpose, Sequence, StatusReason, VisitLevel,
};
use crate::model::quantity::{Duration, Quantity};
use crate::value::date::{PartialDate, Tense, TimeOfDay, When};
use crate::value::id::Id;

impl Meeting {
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
    /// month", «в понедельник»), resolved against the publication date in
    /// the article's language when the article is built (in the past for
    /// a held meeting, the future otherwise;
    /// [`resolve_relative_in`](crate::resolve_relative_in)) and recorded as
    /// inferred.
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

    /// Adds how it is held ("an informal meeting": [`MeetingFormat::Informal`]).
    pub fn format(mut self, format: MeetingFormat) -> Self {
        self.value.formats.push(format);
        self
    }

    /// Sets the level at which it is held ("at the level of foreign
    /// ministers": [`MeetingLevel::Ministers`]).
    pub fn level(mut self, level: MeetingLevel) -> Self {
        self.value.level = Some(level);
        self
    }

    /// Sets the protocol level of a visit ("an official visit").
    pub fn visit_level(mut self, level: VisitLevel) -> Self {
        self.value.visit_level = Some(level);
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

    /// Records that it takes place against the background of a meeting,
    /// an event or an issue ("the talks come as the two countries remain at
    /// odds over the pipeline").
    pub fn against_background_of(mut self, background: &impl AsBackground) -> Self {
        self.value.related.push(MeetingLink {
            relation: MeetingRelation::Background,
            to: background.id().clone(),
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

    /// Adds a party the article credits it to, when it states it in its
    /// own words ("the Wall Street Journal reported", "according to the
    /// New York Times"): an outlet, person, organization, country or
    /// group. Words someone said are a [`Statement`](crate::Statement)
    /// instead.
    pub fn according_to(mut self, party: &impl AsParty) -> Self {
        self.value.according_to.push(party.id().clone());
        self
    }

    /// Adds something it is about.
    pub fn about(mut self, subject: &impl AsSubject) -> Self {
        self.value.about.push(subject.id().clone());
        self
    }

    /// Adds another name the article uses for the meeting ("the ASEAN
    /// meetings" beside its name "the ASEAN plus meetings").
    pub fn alias(mut self, alias: &str) -> Self {
        self.value.aliases.push(alias.to_owned());
        self
    }

    /// Adds an aim of the meeting, in the article's words ("to deepen
    /// trade ties").
    pub fn purpose(mut self, text: &str) -> Self {
        self.value.purposes.push(Purpose::new(text));
        self
    }

    /// Adds an aim of the meeting and the document, commitment, event or
    /// meeting it serves ("meant to implement the ceasefire").
    pub fn purpose_serving(mut self, text: &str, served: &impl AsServed) -> Self {
        let mut purpose = Purpose::new(text);
        purpose.serves = Some(served.id().clone());
        self.value.purposes.push(purpose);
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

    /// Adds a reason, with its source, to the participant added last: why
    /// they take part, stand in or stay away ("as the incumbent foreign
    /// minister is unwell", "due to health reasons"). New in 2.1.
    ///
    /// ```
    /// use structured_news::{
    ///     ArticleBuilder, Attendance, Meeting, MeetingKind, MeetingStatus, Person, StatusReason,
    /// };
    ///
    /// let mut article = ArticleBuilder::new(
    ///     "a1",
    ///     "en",
    ///     "Wang is attending the meetings as the incumbent foreign minister Qin Gang is unwell.",
    /// );
    /// let wang = article.add_person(Person::builder("wang-yi", "Wang Yi"));
    /// let qin = article.add_person(Person::builder("qin-gang", "Qin Gang"));
    /// article.add_meeting(
    ///     Meeting::builder("meetings", MeetingKind::Multilateral, MeetingStatus::InProgress)
    ///         .participant_in_place_of(&wang, &qin)
    ///         .participant_reason(StatusReason::new("the incumbent foreign minister Qin Gang is unwell"))
    ///         .participant_attending(&qin, Attendance::Unable),
    /// );
    /// let article = article.build()?;
    /// let wang = &article.meetings[0].participants[0];
    /// assert_eq!(wang.reasons[0].text, "the incumbent foreign minister Qin Gang is unwell");
    /// # Ok::<(), structured_news::ValidationErrors>(())
    /// ```
    pub fn participant_reason(mut self, reason: StatusReason) -> Self {
        match self.value.participants.last_mut() {
            Some(participant) => participant.reasons.push(reason),
            None => {
                let refusal = crate::error::ValueError::new(
                    crate::error::ErrorCode::InvalidValue,
                    &reason.text,
                    "a participant's reason was given before any participant",
                );
                self.refusals.record(at("participants"), &refusal);
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
            role: None,
            in_place_of: Some(replaced.id().clone()),
            reasons: Vec::new(),
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

    /// Adds a party that decided the current status together with the
    /// one `decided_by` names ("by agreement with the Turkish side").
    pub fn decided_with(mut self, party: &impl AsParty) -> Self {
        self.current_change().decided_with.push(party.id().clone());
        self
    }

    /// Adds a reason for the current status as `party` gives it ("the
    /// ministry cited security concerns").
    pub fn reason_given_by(mut self, reason: &str, party: &impl AsParty) -> Self {
        let mut given = StatusReason::new(reason);
        given.given_by = Some(party.id().clone());
        self.current_change().reasons.push(given);
        self
    }

    /// Adds a reason for the current status as `statement` voices it, by
    /// the statement's speaker.
    pub fn reason_in(mut self, reason: &str, statement: &StatementHandle) -> Self {
        let mut given = StatusReason::new(reason);
        given.statement = Some(statement.id().clone());
        self.current_change().reasons.push(given);
        self
    }

    /// Sets how the current status came about, in the article's words
    /// ("abruptly", "at the last minute").
    pub fn status_manner(mut self, manner: &str) -> Self {
        self.current_change().manner = Some(manner.to_owned());
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
            role: None,
            in_place_of: None,
            reasons: Vec::new(),
            evidence: Vec::new(),
        });
        self
    }

    /// Adds a participant with the part they play toward the meeting
    /// ("will be received by the President": the President as
    /// [`MeetingRole::Host`]).
    pub fn participant_in_role(mut self, party: &impl AsParty, role: MeetingRole) -> Self {
        self.value
            .participants
            .push(Participant::new(party.id().clone()).role(role));
        self
    }

    /// Adds a party with a role toward the meeting that does not take part
    /// in it (attendance [`Attendance::NotAttending`]): the sponsor of
    /// talks it does not attend, the country at whose request a call was
    /// held.
    pub fn party_not_attending(mut self, party: &impl AsParty, role: MeetingRole) -> Self {
        self.value.participants.push(
            Participant::new(party.id().clone())
                .attendance(Attendance::NotAttending)
                .role(role),
        );
        self
    }

    evidence_setters!();

    crate::build::entity::identifier_setters!();

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
            role: None,
            in_place_of: None,
            reasons: Vec::new(),
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
            role: None,
            in_place_of: None,
            reasons: Vec::new(),
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

    /// Says the topics added are only some of those discussed ("discussed,
    /// among other things, sanctions").
    ///
    /// ```
    /// use structured_news::{ArticleBuilder, Meeting, MeetingKind, MeetingStatus};
    ///
    /// let body = "The ministers discussed, among other things, sanctions.";
    /// let mut article = ArticleBuilder::new("a1", "en", body);
    /// article.add_meeting(
    ///     Meeting::builder("talks", MeetingKind::Multilateral, MeetingStatus::Held)
    ///         .topic("sanctions")
    ///         .topics_partial()
    ///         .evidence("The ministers discussed"),
    /// );
    /// let article = article.build()?;
    /// assert!(article.meetings[0].topics_partial);
    /// # Ok::<(), structured_news::ValidationErrors>(())
    /// ```
    pub fn topics_partial(mut self) -> Self {
        self.value.topics_partial = true;
        self
    }

    /// Sets how long it lasts or lasted ("a two-day visit").
    ///
    /// ```
    /// use structured_news::{Duration, Meeting, MeetingKind, MeetingStatus, Quantity, VagueSize};
    ///
    /// let visit = Meeting::builder("visit", MeetingKind::Visit, MeetingStatus::Held)
    ///     .duration(Duration::of("P2D".parse()?).as_written("two-day"))
    ///     .quantity(Quantity::count(60, "countries").about().as_written("some 60 countries"))
    ///     .quantity(Quantity::vague(VagueSize::Dozens, "journalists", "dozens of journalists"))
    ///     .build()?;
    /// assert_eq!(visit.quantities.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn duration(mut self, duration: Duration) -> Self {
        self.value.duration = Some(duration);
        self
    }

    /// Adds a number the article gives for it ("delegates from some 60
    /// countries").
    pub fn quantity(mut self, quantity: Quantity) -> Self {
        self.value.quantities.push(quantity);
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

    /// The meeting with its evidence located and its date as written (in
    /// the article's `language`) resolved against `published`, and the
    /// refusals, for the article builder.
    pub(crate) fn into_parts(
        mut self,
        texts: &Texts<'_>,
        published: Option<chrono::NaiveDate>,
        language: &str,
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
            self.value.date = resolve(
                &mut self.refusals,
                self.value.date.take(),
                published,
                language,
                tense,
            );
        }
        (self.value, self.refusals)
    }
}

impl MeetingStatusChange {
    /// The party that decided it.
    #[must_use]
    pub fn decided_by(mut self, party: &impl AsParty) -> Self {
        self.decided_by = Some(party.id().clone());
        self
    }

    /// A party that decided it together with the one `decided_by` names.
    #[must_use]
    pub fn decided_with(mut self, party: &impl AsParty) -> Self {
        self.decided_with.push(party.id().clone());
        self
    }
}

impl StatusReason {
    /// The party that gives it.
    #[must_use]
    pub fn given_by(mut self, party: &impl AsParty) -> Self {
        self.given_by = Some(party.id().clone());
        self
    }

    /// The statement that voices it.
    #[must_use]
    pub fn statement(mut self, statement: &StatementHandle) -> Self {
        self.statement = Some(statement.id().clone());
        self
    }
}
