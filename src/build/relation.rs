//! [`RelationBuilder`]: building a [`Relation`] between parties, the way it
//! reads.

use crate::build::evidence::{evidence_setters, Texts, ToLocate};
use crate::build::handle::{AsParty, DocumentHandle, Handle, StatementHandle};
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::error::ValidationErrors;
use crate::model::relation::{Relation, RelationKind};
use crate::value::date::When;
use crate::value::id::Id;

impl Relation {
    /// A builder for a relation of `kind`; add its parties with
    /// [`RelationBuilder::party`].
    pub fn builder(id: impl IntoValue<Id>, kind: RelationKind) -> RelationBuilder {
        RelationBuilder::new(id, kind)
    }
}

/// Builds a [`Relation`]: id and kind required; the parties (two or more,
/// or one group), its name, when it began, its documents and statements,
/// and the evidence chained.
///
/// ```
/// use structured_news::prelude::*;
///
/// let body = "Both countries celebrate the 30th anniversary of diplomatic relations.";
/// let mut article = ArticleBuilder::new("a1", "en", body);
/// article.published("2022-05-10");
/// // The 30th anniversary in 2022: established in 1992, worked out.
/// let mut established = When::as_written("1992".parse()?, "the 30th anniversary");
/// established.inferred = true;
/// let kz = article.add_country(Place::country_builder("kz", "Kazakhstan", "KZ"));
/// let tr = article.add_country(Place::country_builder("tr", "Turkey", "TR"));
/// let ties = article.add_relation(
///     Relation::builder("kz-tr", RelationKind::DiplomaticRelations)
///         .party(&kz)
///         .party(&tr)
///         .name("diplomatic relations")
///         .established(established)
///         .evidence("diplomatic relations"),
/// );
/// article.add_event(
///     Event::builder("jubilee", EventKind::Anniversary, EventStatus::Ongoing, "the 30th anniversary")
///         .about(&ties)
///         .evidence("celebrate the 30th anniversary of diplomatic relations"),
/// );
/// let article = article.build()?;
/// assert_eq!(article.relations[0].parties.len(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built or added to an article"]
pub struct RelationBuilder {
    value: Relation,
    refusals: Refusals,
    to_locate: ToLocate,
}

impl RelationBuilder {
    /// A relation of `kind`, with no parties yet.
    pub fn new(id: impl IntoValue<Id>, kind: RelationKind) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        RelationBuilder {
            value: Relation::new(id, kind, Vec::new()),
            refusals,
            to_locate: ToLocate::default(),
        }
    }

    /// Adds a party to it.
    pub fn party(mut self, party: &impl AsParty) -> Self {
        self.value.parties.push(party.id().clone());
        self
    }

    /// Sets the relation in the article's words ("strategic partnership").
    pub fn name(mut self, name: &str) -> Self {
        self.value.name = Some(name.to_owned());
        self
    }

    /// Sets when it began; a refused date is reported by `build`.
    pub fn established(mut self, date: impl IntoValue<When>) -> Self {
        self.value.established = self.refusals.set(at("established"), date);
        self
    }

    /// Adds a document that founded or sets it out.
    pub fn document(mut self, document: &DocumentHandle) -> Self {
        self.value.documents.push(document.id().clone());
        self
    }

    /// Adds a statement that states it.
    pub fn statement(mut self, statement: &StatementHandle) -> Self {
        self.value.statements.push(statement.id().clone());
        self
    }

    evidence_setters!();

    /// The id the relation will have.
    pub(crate) fn id(&self) -> &Id {
        &self.value.id
    }

    /// The relation, if every value was accepted and its own rules hold.
    ///
    /// # Errors
    /// Every problem, with paths relative to the relation.
    pub fn build(self) -> Result<Relation, ValidationErrors> {
        self.refusals.finish(self.value)
    }

    /// The relation with its evidence located, and the refusals.
    pub(crate) fn into_parts(mut self, texts: &Texts<'_>) -> (Relation, Refusals) {
        self.to_locate.locate(&mut self.value.evidence, texts);
        (self.value, self.refusals)
    }
}
