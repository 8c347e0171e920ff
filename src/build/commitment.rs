//! [`CommitmentBuilder`]: building a [`Commitment`] the way it reads.

use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{
    AsOccasion, AsParty, AsServed, AsSubject, CommitmentHandle, DocumentHandle, Handle,
    MeetingHandle, StatementHandle,
};
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::commitment::{
    Commitment, CommitmentKind, CommitmentStatus, Modality, StatusObservation,
};
use crate::model::meeting::Purpose;
use crate::model::quantity::Quantity;
use crate::value::date::When;
use crate::value::id::Id;

impl Commitment {
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
/// use structured_news::{ArticleBuilder, Commitment, CommitmentKind, CommitmentStatus, Modality, Place};
///
/// let mut article = ArticleBuilder::new("a1", "en", "Russia will attend.");
/// let russia = article.add_country(Place::country_builder("russia", "Russia", "RU"));
/// article.add_commitment(
///     Commitment::builder("c1", CommitmentKind::Attend, "attend the meeting")
///         .bound_party(&russia)
///         .modality(Modality::Pledge)
///         .status(CommitmentStatus::Confirmed)
///         .evidence("Russia will attend"),
/// );
/// let article = article.build()?;
/// assert_eq!(article.commitments[0].bound_parties[0].as_str(), "russia");
/// assert_eq!(article.commitments[0].status(), Some(&CommitmentStatus::Confirmed));
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

    /// Sets how firmly it is made.
    pub fn modality(mut self, modality: Modality) -> Self {
        self.value.modality = Some(modality);
        self
    }

    /// Sets the condition of a conditional promise (and its modality).
    pub fn condition(mut self, condition: &str) -> Self {
        self.value.condition = Some(condition.to_owned());
        self.value.modality = Some(Modality::Conditional);
        self
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

    /// Adds a party the bound parties are to act with, itself not bound
    /// ("Qin pledged to work together with Foreign Minister Hayashi").
    ///
    /// ```
    /// use structured_news::{ArticleBuilder, Commitment, CommitmentKind, Person};
    ///
    /// let mut article = ArticleBuilder::new(
    ///     "a1",
    ///     "en",
    ///     "Qin will work with Hayashi to further the aims of our two countries.",
    /// );
    /// let qin = article.add_person(Person::builder("qin", "Qin"));
    /// let hayashi = article.add_person(Person::builder("hayashi", "Hayashi"));
    /// article.add_commitment(
    ///     Commitment::builder("c1", CommitmentKind::Cooperate, "work with Hayashi")
    ///         .bound_party(&qin)
    ///         .partner(&hayashi)
    ///         .purpose("to further the aims of our two countries"),
    /// );
    /// let article = article.build()?;
    /// assert_eq!(article.commitments[0].partners[0].as_str(), "hayashi");
    /// assert_eq!(article.commitments[0].purposes[0].text, "to further the aims of our two countries");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn partner(mut self, party: &impl AsParty) -> Self {
        self.value.partners.push(party.id().clone());
        self
    }

    /// Adds an aim of the commitment, in the article's words ("to further
    /// the aims of our two countries").
    pub fn purpose(mut self, text: &str) -> Self {
        self.value.purposes.push(Purpose::new(text));
        self
    }

    /// Adds an aim of the commitment and the document, commitment, event
    /// or meeting it serves.
    pub fn purpose_serving(mut self, text: &str, served: &impl AsServed) -> Self {
        let mut purpose = Purpose::new(text);
        purpose.serves = Some(served.id().clone());
        self.value.purposes.push(purpose);
        self
    }

    /// Marks it as made by the bound parties to each other ("the two
    /// committed to continued discussion").
    pub fn mutual(mut self) -> Self {
        self.value.mutual = true;
        self
    }

    /// Marks it as going on with something under way ("ongoing support",
    /// "agreed to continue cooperation").
    pub fn continuing(mut self) -> Self {
        self.value.continuing = true;
        self
    }

    /// Sets the capacity in which the bound parties commit ("as this
    /// year's chair": `"chair"`), the title or part of the title of a role
    /// one of them holds.
    pub fn capacity(mut self, capacity: &str) -> Self {
        self.value.capacity = Some(capacity.to_owned());
        self
    }

    /// Sets when it falls due: text such as `"2023-12-11"`, `"2024"` or
    /// `"../2024-12-31"` (by the end of 2024), a date type, or a [`When`]
    /// with the words ("soon"); a refused date is reported by `build`.
    pub fn due(mut self, date: impl IntoValue<When>) -> Self {
        self.value.due = self.refusals.set(at("due"), date);
        self
    }

    /// Sets the meeting it was made at.
    pub fn made_at(mut self, meeting: &MeetingHandle) -> Self {
        self.value.made_at = Some(meeting.id().clone());
        self
    }

    /// Sets the meeting or event it concerns.
    pub fn concerns(mut self, occasion: &impl AsOccasion) -> Self {
        self.value.concerns = Some(occasion.id().clone());
        self
    }

    /// Sets the document that provides for it ("the agreement provides for
    /// a joint commission"); with it, no bound party is needed.
    pub fn provided_by(mut self, document: &DocumentHandle) -> Self {
        self.value.provided_by = Some(document.id().clone());
        self
    }

    /// Adds a statement that made or repeated it.
    pub fn statement(mut self, statement: &StatementHandle) -> Self {
        self.value.statements.push(statement.id().clone());
        self
    }

    /// Sets the larger commitment this one is part of.
    pub fn part_of(mut self, commitment: &CommitmentHandle) -> Self {
        self.value.part_of = Some(commitment.id().clone());
        self
    }

    /// Sets an earlier commitment this one builds on.
    pub fn builds_on(mut self, commitment: &CommitmentHandle) -> Self {
        self.value.builds_on = Some(commitment.id().clone());
        self
    }

    /// Sets a commitment this one replaces.
    pub fn replaces(mut self, commitment: &CommitmentHandle) -> Self {
        self.value.replaces = Some(commitment.id().clone());
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

    /// Adds a commitment this one is traded for ("financing in exchange
    /// for anticorruption measures": the financing's builder names the
    /// measures).
    ///
    /// ```
    /// use structured_news::{ArticleBuilder, Commitment, CommitmentKind, Place};
    ///
    /// let mut article = ArticleBuilder::new(
    ///     "a1",
    ///     "en",
    ///     "Japan will fund roads in exchange for Afghanistan's reforms.",
    /// );
    /// let japan = article.add_country(Place::country_builder("japan", "Japan", "JP"));
    /// let afghanistan = article.add_country(Place::country_builder("afghanistan", "Afghanistan", "AF"));
    /// let reforms = article.add_commitment(
    ///     Commitment::builder("reforms", CommitmentKind::Other, "reforms").bound_party(&afghanistan),
    /// );
    /// let funding = article.add_commitment(
    ///     Commitment::builder("funding", CommitmentKind::Fund, "fund roads")
    ///         .bound_party(&japan)
    ///         .in_exchange_for(&reforms),
    /// );
    /// let article = article.build()?;
    /// assert_eq!(article.commitments[1].in_exchange_for[0].as_str(), "reforms");
    /// # let _ = funding;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn in_exchange_for(mut self, commitment: &CommitmentHandle) -> Self {
        self.value.in_exchange_for.push(commitment.id().clone());
        self
    }

    /// Adds something it is about.
    pub fn about(mut self, subject: &impl AsSubject) -> Self {
        self.value.about.push(subject.id().clone());
        self
    }

    /// Adds a number it gives.
    pub fn quantity(mut self, quantity: Quantity) -> Self {
        self.value.quantities.push(quantity);
        self
    }

    status_history_setters!(CommitmentStatus, StatusObservation);

    evidence_setters!();

    crate::build::entity::identifier_setters!();

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

    /// The commitment with its evidence located, and the refusals, for the
    /// article builder.
    pub(crate) fn into_parts(mut self, texts: &Texts<'_>) -> (Commitment, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        (self.value, self.refusals)
    }
}

observation_statement!(StatusObservation);

/// The setters of a status history, for the builders of a part whose
/// `status_history` is a list of `$observation`s (`status`, `as_of`,
/// `statement`) with the current one last, holding the part in `value` and
/// its refusals in `refusals`.
macro_rules! status_history_setters {
    ($status:ty, $observation:ty) => {
        /// Sets where it stands now: the status of the last observation.
        pub fn status(mut self, status: $status) -> Self {
            match self.value.status_history.last_mut() {
                Some(last) => last.status = status,
                None => self.value.status_history.push(<$observation>::new(status)),
            }
            self
        }

        /// Sets the date the current status is known to hold on; a refused
        /// date is reported by `build`.
        pub fn status_as_of(
            mut self,
            date: impl $crate::build::IntoValue<$crate::value::date::PartialDate>,
        ) -> Self {
            let at_last = self.value.status_history.len().saturating_sub(1);
            let path = $crate::build::at("status_history")
                .index(at_last)
                .key("as_of");
            let date = self.refusals.set(path, date);
            if let Some(last) = self.value.status_history.last_mut() {
                last.as_of = date;
            }
            self
        }

        /// Adds an earlier observation of where it stood, before the current
        /// one (which stays last).
        pub fn earlier_status(mut self, observation: $observation) -> Self {
            let at = self.value.status_history.len().saturating_sub(1);
            self.value.status_history.insert(at, observation);
            self
        }
    };
}

pub(crate) use status_history_setters;

/// The setter of the statement an observation of a status history comes
/// from.
macro_rules! observation_statement {
    ($observation:ty) => {
        impl $observation {
            /// The statement the observation comes from.
            #[must_use]
            pub fn statement(mut self, statement: &$crate::build::handle::StatementHandle) -> Self {
                self.statement = Some(statement.id().clone());
                self
            }
        }
    };
}

pub(crate) use observation_statement;
