//! [`DocumentBuilder`]: building a [`Document`] the way it reads.

use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{AsParty, Handle, MeetingHandle};
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::document::{Document, DocumentKind, DocumentStatus};
use crate::value::date::When;
use crate::value::id::Id;

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

    /// Sets the meeting it was adopted or signed at.
    pub fn adopted_at(mut self, meeting: &MeetingHandle) -> Self {
        self.value.adopted_at = Some(meeting.id().clone());
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
