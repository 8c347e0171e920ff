//! [`RequestBuilder`]: building a [`Request`] the way it reads.

use crate::build::commitment::{observation_statement, status_history_setters};
use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{AsParty, AsSubject, Handle, MeetingHandle, StatementHandle};
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::request::{Request, RequestForce, RequestObservation, RequestStatus};
use crate::value::date::When;
use crate::value::id::Id;

impl Request {
    /// A builder for a request that its addressees do `action`.
    pub fn builder(id: impl IntoValue<Id>, action: &str) -> RequestBuilder {
        RequestBuilder::new(id, action)
    }
}

/// Builds a [`Request`]: id and action required; at least one
/// [`requester`](Self::requester) or [`addressee`](Self::addressee)
/// (`request_without_party`); the status is [`RequestStatus::Made`]
/// unless set.
///
/// ```
/// use structured_news::prelude::*;
/// use structured_news::RequestForce;
///
/// let body = "Wang Yi urged India to meet China halfway.";
/// let mut article = ArticleBuilder::new("a1", "en", body);
/// let wang = article.add_person(Person::builder("wang-yi", "Wang Yi"));
/// let india = article.add_country(Place::country_builder("india", "India", "IN"));
/// article.add_request(
///     Request::builder("r1", "meet China halfway")
///         .requester(&wang)
///         .addressee(&india)
///         .force(RequestForce::Call)
///         .evidence("Wang Yi urged India to meet China halfway"),
/// );
/// let article = article.build()?;
/// assert_eq!(article.requests[0].addressees[0].as_str(), "india");
/// assert_eq!(article.requests[0].status(), Some(&RequestStatus::Made));
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct RequestBuilder {
    value: Request,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl RequestBuilder {
    /// A request with `id` and `action`, its status
    /// [`RequestStatus::Made`] until set.
    pub fn new(id: impl IntoValue<Id>, action: &str) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        RequestBuilder {
            value: Request::new(id, action, Vec::new(), RequestStatus::Made),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    /// Sets how firmly it is made.
    pub fn force(mut self, force: RequestForce) -> Self {
        self.value.force = Some(force);
        self
    }

    /// Adds a party who asks.
    pub fn requester(mut self, party: &impl AsParty) -> Self {
        self.value.requesters.push(party.id().clone());
        self
    }

    /// Adds a party asked.
    pub fn addressee(mut self, party: &impl AsParty) -> Self {
        self.value.addressees.push(party.id().clone());
        self
    }

    /// Sets when it is to be done; a refused date is reported by `build`.
    pub fn deadline(mut self, date: impl IntoValue<When>) -> Self {
        self.value.deadline = self.refusals.set(at("deadline"), date);
        self
    }

    /// Sets the meeting it was made at.
    pub fn made_at(mut self, meeting: &MeetingHandle) -> Self {
        self.value.made_at = Some(meeting.id().clone());
        self
    }

    /// Adds a statement that makes or repeats it.
    pub fn statement(mut self, statement: &StatementHandle) -> Self {
        self.value.statements.push(statement.id().clone());
        self
    }

    /// Adds something it is about.
    pub fn about(mut self, subject: &impl AsSubject) -> Self {
        self.value.about.push(subject.id().clone());
        self
    }

    status_history_setters!(RequestStatus, RequestObservation);

    /// Sets the statement the current status comes from (an addressee's
    /// refusal).
    pub fn status_statement(mut self, statement: &StatementHandle) -> Self {
        if let Some(last) = self.value.status_history.last_mut() {
            last.statement = Some(statement.id().clone());
        }
        self
    }

    evidence_setters!();

    crate::build::entity::identifier_setters!();

    /// The id the request will have.
    pub(crate) fn id(&self) -> &Id {
        &self.value.id
    }

    /// The request, if every value was accepted and its own rules hold.
    /// Evidence to be located is kept as a quote without position.
    ///
    /// # Errors
    /// Every problem, with paths relative to the request.
    pub fn build(self) -> Result<Request, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The request with its evidence located, and the refusals, for the
    /// article builder.
    pub(crate) fn into_parts(mut self, texts: &Texts<'_>) -> (Request, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        (self.value, self.refusals)
    }
}

observation_statement!(RequestObservation);
