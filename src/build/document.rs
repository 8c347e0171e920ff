//! [`DocumentBuilder`]: building a [`Document`] the way it reads.

use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{AsLocation, AsParty, AsSubject, DocumentHandle, Handle, MeetingHandle};
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::document::{Document, DocumentKind, DocumentStatus, DocumentStatusChange};
use crate::value::date::When;
use crate::value::id::Id;

impl DocumentStatusChange {
    /// The step taken on `date`.
    #[must_use]
    pub fn dated(mut self, date: When) -> Self {
        self.date = Some(date);
        self
    }

    /// Adds a party that took the step ("ratified by Russia").
    #[must_use]
    pub fn by(mut self, party: &impl AsParty) -> Self {
        self.parties.push(party.id().clone());
        self
    }

    /// The step taken at `place` ("signed in Aktau").
    #[must_use]
    pub fn at_place(mut self, place: &impl AsLocation) -> Self {
        self.place = Some(place.id().clone());
        self
    }

    /// Adds evidence given as a selector (`Evidence::quote(..)`).
    #[must_use]
    pub fn with_evidence(mut self, evidence: crate::model::evidence::Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }
}

impl Document {
    /// A builder for a document.
    pub fn builder(id: impl IntoValue<Id>, kind: DocumentKind) -> DocumentBuilder {
        DocumentBuilder::new(id, kind)
    }
}

/// Builds a [`Document`]: id and kind required, the rest chained.
///
/// ```
/// use structured_news::{ArticleBuilder, Document, DocumentKind, DocumentStatus, Place};
///
/// let body = "France, Germany and the UK issued a joint statement.";
/// let mut article = ArticleBuilder::new("a1", "en", body);
/// let france = article.add_country(Place::country_builder("france", "France", "FR"));
/// article.add_document(
///     Document::builder("e3-statement", DocumentKind::JointStatement)
///         .status(DocumentStatus::Adopted)
///         .issuer(&france)
///         .evidence("a joint statement"),
/// );
/// let article = article.build()?;
/// assert_eq!(article.documents[0].issuers[0].as_str(), "france");
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct DocumentBuilder {
    value: Document,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl DocumentBuilder {
    /// A document with `id` and `kind`.
    pub fn new(id: impl IntoValue<Id>, kind: DocumentKind) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        DocumentBuilder {
            value: Document::new(id, kind),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    /// Sets the title.
    pub fn title(mut self, title: &str) -> Self {
        self.value.title = Some(title.to_owned());
        self
    }

    /// Sets the date; a refused date is reported by `build`.
    pub fn date(mut self, date: impl IntoValue<When>) -> Self {
        self.value.date = self.refusals.set(at("date"), date);
        self
    }

    /// Sets where it stands.
    pub fn status(mut self, status: DocumentStatus) -> Self {
        self.value.status = Some(status);
        self
    }

    /// Adds a party that issued it.
    pub fn issuer(mut self, party: &impl AsParty) -> Self {
        self.value.issuers.push(party.id().clone());
        self
    }

    /// Adds a party that signed it.
    pub fn signatory(mut self, party: &impl AsParty) -> Self {
        self.value.signatories.push(party.id().clone());
        self
    }

    /// Makes it one of the documents of `package` ("15 documents,
    /// including one on strategic partnership"), or a part of a larger
    /// document (an annex of a treaty).
    ///
    /// ```
    /// use structured_news::{ArticleBuilder, Document, DocumentKind, DocumentStatus, Quantity};
    ///
    /// let body = "15 documents were signed, including one on strategic partnership.";
    /// let mut article = ArticleBuilder::new("a1", "en", body);
    /// let package = article.add_document(
    ///     Document::builder("docs-15", DocumentKind::Package)
    ///         .status(DocumentStatus::Signed)
    ///         .quantity(Quantity::count(15u64, "documents").as_written("15 documents"))
    ///         .evidence("15 documents were signed"),
    /// );
    /// article.add_document(
    ///     Document::builder("strategic-partnership", DocumentKind::Agreement)
    ///         .status(DocumentStatus::Signed)
    ///         .part_of(&package)
    ///         .evidence("including one on strategic partnership"),
    /// );
    /// let article = article.build()?;
    /// assert_eq!(article.documents[1].part_of.as_ref().map(|p| p.as_str()), Some("docs-15"));
    /// # Ok::<(), structured_news::ValidationErrors>(())
    /// ```
    pub fn part_of(mut self, package: &DocumentHandle) -> Self {
        self.value.part_of = Some(package.id().clone());
        self
    }

    /// Sets the meeting it was adopted or signed at, or as the outcome of
    /// ("signed following the talks").
    pub fn adopted_at(mut self, meeting: &MeetingHandle) -> Self {
        self.value.adopted_at = Some(meeting.id().clone());
        self
    }

    /// Adds a step of its history, after those added before ("signed in
    /// Aktau on 12 August 2018", then "ratified by Russia"), made with
    /// [`DocumentStatusChange`]'s own methods.
    ///
    /// ```
    /// use structured_news::{
    ///     ArticleBuilder, Document, DocumentKind, DocumentStatus, DocumentStatusChange, Evidence, Place,
    ///     When,
    /// };
    ///
    /// let body = "The Convention was signed in Aktau on 12 August 2018. Russia ratified it.";
    /// let mut article = ArticleBuilder::new("a1", "en", body);
    /// let aktau = article.add_place(Place::builder("aktau", "Aktau", structured_news::PlaceKind::City).evidence("Aktau"));
    /// let russia = article.add_country(Place::country_builder("russia", "Russia", "RU").evidence("Russia"));
    /// article.add_document(
    ///     Document::builder("convention", DocumentKind::Treaty)
    ///         .status(DocumentStatus::Signed)
    ///         .status_step(
    ///             DocumentStatusChange::new(DocumentStatus::Signed)
    ///                 .dated(When::as_written("2018-08-12".parse()?, "on 12 August 2018"))
    ///                 .at_place(&aktau)
    ///                 .with_evidence(Evidence::quote("signed in Aktau on 12 August 2018")),
    ///         )
    ///         .status_step(DocumentStatusChange::new(DocumentStatus::Ratified).by(&russia))
    ///         .evidence("The Convention"),
    /// );
    /// let article = article.build()?;
    /// assert_eq!(article.documents[0].status_history[1].parties[0].as_str(), "russia");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status_step(mut self, step: DocumentStatusChange) -> Self {
        self.value.status_history.push(step);
        self
    }

    /// Adds a number it gives ("agreements worth $1 billion").
    pub fn quantity(mut self, quantity: crate::model::quantity::Quantity) -> Self {
        self.value.quantities.push(quantity);
        self
    }

    /// Adds something it is about: the treaty a law ratifies, the
    /// agreement a protocol amends.
    pub fn about(mut self, subject: &impl AsSubject) -> Self {
        self.value.about.push(subject.id().clone());
        self
    }

    /// Adds a party the article credits it to, when it states it in its
    /// own words ("the Wall Street Journal reported", "according to the
    /// New York Times"): an outlet, person, organization, country or
    /// group. Words someone said are a [`Statement`](crate::Statement)
    /// instead.
    ///
    /// ```
    /// use structured_news::{ArticleBuilder, Document, DocumentKind, Organization, OrganizationKind};
    ///
    /// let body = "The agreement includes benchmarks in five areas, the Wall Street Journal reported.";
    /// let mut article = ArticleBuilder::new("a1", "en", body);
    /// let wsj = article.add_organization(
    ///     Organization::builder("wsj", "Wall Street Journal", OrganizationKind::Media)
    ///         .evidence("the Wall Street Journal"),
    /// );
    /// article.add_document(
    ///     Document::builder("agreement", DocumentKind::Agreement)
    ///         .topic("benchmarks in five areas")
    ///         .according_to(&wsj)
    ///         .evidence("The agreement includes benchmarks"),
    /// );
    /// let article = article.build()?;
    /// assert_eq!(article.documents[0].according_to[0].as_str(), "wsj");
    /// # Ok::<(), structured_news::ValidationErrors>(())
    /// ```
    pub fn according_to(mut self, party: &impl AsParty) -> Self {
        self.value.according_to.push(party.id().clone());
        self
    }

    /// Adds another name the article uses for it (the "Japan-China Peace
    /// and Amity Treaty" for "the treaty of friendship").
    pub fn alias(mut self, alias: &str) -> Self {
        self.value.aliases.push(alias.to_owned());
        self
    }

    /// Adds a party it is between ("the treaty between the two
    /// countries"), without saying that it issued or signed it.
    pub fn party(mut self, party: &impl AsParty) -> Self {
        self.value.parties.push(party.id().clone());
        self
    }

    /// Adds a thing it contains or covers ("benchmarks in five areas: free
    /// and fair elections, human rights, corruption").
    pub fn topic(mut self, topic: &str) -> Self {
        self.value.topics.push(topic.to_owned());
        self
    }

    /// Says its `topics` are only some of what it contains ("including").
    pub fn topics_partial(mut self) -> Self {
        self.value.topics_partial = true;
        self
    }

    evidence_setters!();

    crate::build::entity::identifier_setters!();

    /// The id the document will have.
    pub(crate) fn id(&self) -> &Id {
        &self.value.id
    }

    /// The document, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the document.
    pub fn build(self) -> Result<Document, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The document with its evidence located in `body`, and the refusals.
    pub(crate) fn into_parts(mut self, texts: &Texts<'_>) -> (Document, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        (self.value, self.refusals)
    }
}
