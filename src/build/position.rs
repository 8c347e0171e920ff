//! [`IssueBuilder`] and [`PositionBuilder`]: building an [`Issue`] and the
//! [`Position`]s parties hold on it, the way they read.

use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{AsConcerned, AsParty, Handle, IssueHandle, StatementHandle};
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::position::{Issue, Position, Stance};
use crate::value::date::When;
use crate::value::id::Id;

impl Issue {
    /// A builder for the issue `text`, in the article's words.
    pub fn builder(id: impl IntoValue<Id>, text: &str) -> IssueBuilder {
        IssueBuilder::new(id, text)
    }
}

/// Builds an [`Issue`]: id and text required; what it concerns, who is
/// divided over it and the evidence chained.
///
/// ```
/// use structured_news::prelude::*;
///
/// let body = "Turkmenistan and Uzbekistan remain at odds over water sharing.";
/// let mut article = ArticleBuilder::new("a1", "en", body);
/// let tm = article.add_country(Place::country_builder("tm", "Turkmenistan", "TM"));
/// let uz = article.add_country(Place::country_builder("uz", "Uzbekistan", "UZ"));
/// article.add_issue(
///     Issue::builder("water", "water sharing")
///         .divided(&tm)
///         .divided(&uz)
///         .evidence("remain at odds over water sharing"),
/// );
/// let article = article.build()?;
/// assert_eq!(article.issues[0].divided.len(), 2);
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct IssueBuilder {
    value: Issue,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl IssueBuilder {
    /// The issue `text`, in the article's words.
    pub fn new(id: impl IntoValue<Id>, text: &str) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        IssueBuilder {
            value: Issue::new(id, text),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    /// Adds a part it concerns: an entity, document, meeting, event or
    /// commitment.
    pub fn about(mut self, part: &impl AsConcerned) -> Self {
        self.value.about.push(part.id().clone());
        self
    }

    /// Adds a party the article says is at odds over it.
    pub fn divided(mut self, party: &impl AsParty) -> Self {
        self.value.divided.push(party.id().clone());
        self
    }

    /// Adds a party the article says agrees on it ("our positions on many
    /// international issues are similar"). New in 2.1.
    ///
    /// ```
    /// use structured_news::prelude::*;
    ///
    /// let body = "Our positions on many international issues are similar.";
    /// let mut article = ArticleBuilder::new("a1", "en", body);
    /// let kz = article.add_country(Place::country_builder("kz", "Kazakhstan", "KZ"));
    /// let tr = article.add_country(Place::country_builder("tr", "Turkey", "TR"));
    /// article.add_issue(
    ///     Issue::builder("international", "many international issues")
    ///         .aligned(&kz)
    ///         .aligned(&tr)
    ///         .evidence("Our positions on many international issues are similar"),
    /// );
    /// let article = article.build()?;
    /// assert_eq!(article.issues[0].aligned.len(), 2);
    /// # Ok::<(), structured_news::ValidationErrors>(())
    /// ```
    pub fn aligned(mut self, party: &impl AsParty) -> Self {
        self.value.aligned.push(party.id().clone());
        self
    }

    evidence_setters!();

    /// The id the issue will have.
    pub(crate) fn id(&self) -> &Id {
        &self.value.id
    }

    /// The issue, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the issue.
    pub fn build(self) -> Result<Issue, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The issue with its evidence located, and the refusals.
    pub(crate) fn into_parts(mut self, texts: &Texts<'_>) -> (Issue, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        (self.value, self.refusals)
    }
}

impl Position {
    /// A builder for `holder`'s `stance` on `issue`.
    pub fn builder(
        id: impl IntoValue<Id>,
        holder: &impl AsParty,
        issue: &IssueHandle,
        stance: Stance,
    ) -> PositionBuilder {
        PositionBuilder::new(id, holder, issue, stance)
    }
}

/// Builds a [`Position`]: id, holder, issue and stance required; the words,
/// the statements that voice it, the date and the evidence chained.
///
/// ```
/// use structured_news::prelude::*;
///
/// let body = "Ankara backs a two-state solution while Athens rejects it.";
/// let mut article = ArticleBuilder::new("a1", "en", body);
/// let tr = article.add_country(Place::country_builder("tr", "Turkey", "TR"));
/// let gr = article.add_country(Place::country_builder("gr", "Greece", "GR"));
/// let solution = article.add_issue(
///     Issue::builder("two-states", "a two-state solution").evidence("a two-state solution"),
/// );
/// article.add_position(
///     Position::builder("tr-backs", &tr, &solution, Stance::Supports)
///         .text("backs a two-state solution")
///         .evidence("Ankara backs a two-state solution"),
/// );
/// article.add_position(
///     Position::builder("gr-rejects", &gr, &solution, Stance::Opposes)
///         .text("rejects it")
///         .evidence("Athens rejects it"),
/// );
/// let article = article.build()?;
/// assert_eq!(article.positions[1].stance, Stance::Opposes);
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct PositionBuilder {
    value: Position,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl PositionBuilder {
    /// `holder`'s `stance` on `issue`.
    pub fn new(
        id: impl IntoValue<Id>,
        holder: &impl AsParty,
        issue: &IssueHandle,
        stance: Stance,
    ) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        PositionBuilder {
            value: Position::new(id, holder.id().clone(), issue.id().clone(), stance),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    /// Sets the position in the article's words.
    pub fn text(mut self, text: &str) -> Self {
        self.value.text = Some(text.to_owned());
        self
    }

    /// Adds a statement that voices it.
    pub fn statement(mut self, statement: &StatementHandle) -> Self {
        self.value.statements.push(statement.id().clone());
        self
    }

    /// Sets when it was held; a refused date is reported by `build`.
    pub fn date(mut self, date: impl IntoValue<When>) -> Self {
        self.value.date = self.refusals.set(at("date"), date);
        self
    }

    evidence_setters!();

    /// The id the position will have.
    pub(crate) fn id(&self) -> &Id {
        &self.value.id
    }

    /// The position, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the position.
    pub fn build(self) -> Result<Position, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The position with its evidence located, and the refusals.
    pub(crate) fn into_parts(mut self, texts: &Texts<'_>) -> (Position, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        (self.value, self.refusals)
    }
}
