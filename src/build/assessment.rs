//! [`AssessmentBuilder`]: building an [`Assessment`] the way it reads.

use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{AsAssessed, AsSpeaker, Handle, StatementHandle};
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::assessment::{Assessment, Polarity};
use crate::value::id::Id;

impl Assessment {
    /// A builder for the judgement, in `words`, of the part `assessed`.
    pub fn builder(
        id: impl IntoValue<Id>,
        assessed: &impl AsAssessed,
        words: &str,
        polarity: Polarity,
    ) -> AssessmentBuilder {
        AssessmentBuilder::new(id, assessed, words, polarity)
    }
}

/// Builds an [`Assessment`]: id, what is judged, the judging words and
/// their polarity required; whose judgement, the statement that voices it
/// and the evidence chained. Without an assessor it is the article's own
/// judgement.
///
/// ```
/// use structured_news::prelude::*;
///
/// let body = "Lavrov and Meredov held productive discussions.";
/// let mut article = ArticleBuilder::new("a1", "en", body);
/// let talks = article.add_meeting(
///     Meeting::builder("talks", MeetingKind::Bilateral, MeetingStatus::Held)
///         .evidence("held productive discussions"),
/// );
/// article.add_assessment(
///     Assessment::builder("talks-productive", &talks, "productive", Polarity::Positive)
///         .evidence("held productive discussions"),
/// );
/// let article = article.build()?;
/// assert_eq!(article.assessments[0].assessed.as_str(), "talks");
/// assert!(article.assessments[0].assessor.is_none());
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct AssessmentBuilder {
    value: Assessment,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl AssessmentBuilder {
    /// The judgement, in `words`, of the part `assessed`, leaning
    /// `polarity`.
    pub fn new(
        id: impl IntoValue<Id>,
        assessed: &impl AsAssessed,
        words: &str,
        polarity: Polarity,
    ) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        AssessmentBuilder {
            value: Assessment::new(id, assessed.id().clone(), words, polarity),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    /// Sets whose judgement it is (absent: the article's own).
    pub fn assessor(mut self, assessor: &impl AsSpeaker) -> Self {
        self.value.assessor = Some(assessor.id().clone());
        self
    }

    /// Sets the statement that voices it.
    pub fn statement(mut self, statement: &StatementHandle) -> Self {
        self.value.statement = Some(statement.id().clone());
        self
    }

    evidence_setters!();

    /// The id the assessment will have.
    pub(crate) fn id(&self) -> &Id {
        &self.value.id
    }

    /// The assessment, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the assessment.
    pub fn build(self) -> Result<Assessment, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The assessment with its evidence located, and the refusals.
    pub(crate) fn into_parts(mut self, texts: &Texts<'_>) -> (Assessment, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        (self.value, self.refusals)
    }
}
