//! [`EventBuilder`]: building a [`Event`] the way it reads.

use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{AsLocation, AsOccasion, AsParty, AsSubject, Handle, MeetingHandle};
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::event::{Event, EventKind, EventStatus};
use crate::model::quantity::{Duration, Quantity};
use crate::value::date::When;
use crate::value::id::Id;

impl Event {
    /// A builder for an event.
    pub fn builder(
        id: impl IntoValue<Id>,
        kind: EventKind,
        status: EventStatus,
        description: &str,
    ) -> EventBuilder {
        EventBuilder::new(id, kind, status, description)
    }
}

/// Builds an [`Event`]: id, kind, status and description required, the
/// rest chained.
///
/// ```
/// use structured_news::{ArticleBuilder, Event, EventKind, EventStatus, Place, Quantity};
///
/// let body = "The war has killed over 100,000 people.";
/// let mut article = ArticleBuilder::new("a1", "en", body);
/// article.add_event(
///     Event::builder("deaths", EventKind::Casualties, EventStatus::Occurred, "the war has killed over 100,000 people")
///         .quantity(Quantity::count(100_000, "people").over())
///         .evidence("killed over 100,000 people"),
/// );
/// let article = article.build()?;
/// assert_eq!(article.events[0].quantities[0].amount, Some(100_000.into()));
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct EventBuilder {
    value: Event,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl EventBuilder {
    /// An event with `id`, `kind`, `status` and `description`.
    pub fn new(
        id: impl IntoValue<Id>,
        kind: EventKind,
        status: EventStatus,
        description: &str,
    ) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        EventBuilder {
            value: Event::new(id, kind, status, description),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    /// Sets the date; a refused date is reported by `build`.
    pub fn date(mut self, date: impl IntoValue<When>) -> Self {
        self.value.date = self.refusals.set(at("date"), date);
        self
    }

    /// Sets where it took place.
    pub fn place(mut self, place: &impl AsLocation) -> Self {
        self.value.place = Some(place.id().clone());
        self
    }

    /// Sets the meeting at which it happened ("signed at the summit").
    pub fn setting(mut self, meeting: &MeetingHandle) -> Self {
        self.value.setting = Some(meeting.id().clone());
        self
    }

    /// Adds a meeting or event that led to it ("the strike that followed
    /// the collapse of the talks").
    pub fn caused_by(mut self, occasion: &impl AsOccasion) -> Self {
        self.value.caused_by.push(occasion.id().clone());
        self
    }

    /// Adds a meeting or event it answered ("sanctions imposed in
    /// response to the test").
    pub fn responds_to(mut self, occasion: &impl AsOccasion) -> Self {
        self.value.responds_to.push(occasion.id().clone());
        self
    }

    /// Adds a party that acted.
    pub fn actor(mut self, party: &impl AsParty) -> Self {
        self.value.actors.push(party.id().clone());
        self
    }

    /// Adds a party it affected.
    pub fn affected(mut self, party: &impl AsParty) -> Self {
        self.value.affected.push(party.id().clone());
        self
    }

    /// Adds a number the article gives for it.
    pub fn quantity(mut self, quantity: Quantity) -> Self {
        self.value.quantities.push(quantity);
        self
    }

    /// Sets how long it has lasted or lasted ("three years into the war").
    pub fn duration(mut self, duration: Duration) -> Self {
        self.value.duration = Some(duration);
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

    evidence_setters!();

    crate::build::entity::identifier_setters!();

    /// The id the event will have.
    pub(crate) fn id(&self) -> &Id {
        &self.value.id
    }

    /// The event, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the event.
    pub fn build(self) -> Result<Event, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The event with its evidence located, and the refusals.
    pub(crate) fn into_parts(mut self, texts: &Texts<'_>) -> (Event, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        (self.value, self.refusals)
    }
}
