//! [`ArticleBuilder`]: building an article the way it reads.

use crate::build::assessment::AssessmentBuilder;
use crate::build::commitment::CommitmentBuilder;
use crate::build::document::DocumentBuilder;
use crate::build::entity::{
    CountryBuilder, GroupBuilder, OrganizationBuilder, PersonBuilder, PlaceBuilder,
};
use crate::build::event::EventBuilder;
use crate::build::evidence::{Texts, ToLocate};
use crate::build::handle::{
    AsAuthor, AsLocation, AsSpeaker, AssessmentHandle, CommitmentHandle, CountryHandle,
    DocumentHandle, EventHandle, GroupHandle, Handle, IssueHandle, MeetingHandle,
    OrganizationHandle, PersonHandle, PlaceHandle, PositionHandle, RegionHandle, RelationHandle,
    RequestHandle, StatementHandle,
};
use crate::build::meeting::MeetingBuilder;
use crate::build::position::{IssueBuilder, PositionBuilder};
use crate::build::relation::RelationBuilder;
use crate::build::request::RequestBuilder;
use crate::build::statement::StatementBuilder;
use crate::build::{at, refused_id, IntoValue, Refusals};
use crate::error::{JsonPointer, Lints, Validate, ValidationError, ValidationErrors};
use crate::model::article::{Article, Attribution, Provenance};
use crate::model::evidence::OffsetIndex;
use crate::model::update::Update;
use crate::value::codes::{LanguageTag, Url};
use crate::value::date::PublicationDate;
use crate::value::id::Id;

/// Builds an [`Article`] the way the article reads: add the entities, get
/// typed handles back, and use the handles in meetings, statements and
/// commitments, so references are right by construction.
///
/// Setters take typed values or text that converts to them
/// ([`IntoValue`]); a value that does not convert is recorded where it was
/// given. [`build`](Self::build) works in two rounds. First it reports every
/// refused value and each part's own rules (no blank names, a commitment
/// binds someone), all at once, each with its path in the finished article.
/// When that round is clean, it locates the evidence given as words and
/// runs the same validation as [`Article::from_json_str`] on the whole
/// article, reporting all of those problems at once. A builder cannot
/// produce what `validate` rejects.
///
/// The setters take `&mut self` so that handles can be taken between them;
/// `build` takes the builder by value.
///
/// ```
/// use structured_news::prelude::*;
///
/// let body = "Lavrov confirmed Russia's participation in the meeting on 11 December.";
/// let mut article = ArticleBuilder::new("a1", "en", body);
/// article.published("2023-12-04");
/// let russia = article.add_country(Place::country_builder("russia", "Russia", "RU"));
/// let lavrov = article.add_person(Person::builder("sergei-lavrov", "Sergei Lavrov").country("RU"));
/// let meeting = article.add_meeting(
///     Meeting::builder("next-meeting", MeetingKind::Multilateral, MeetingStatus::Scheduled).date("2023-12-11"),
/// );
/// let said = article.add_statement(
///     Statement::paraphrase("s1", &lavrov, SpeechAct::Confirmed, "Russia will take part in the meeting")
///         .about(&meeting)
///         .evidence("Lavrov confirmed Russia's participation in the meeting on 11 December"),
/// );
/// article.add_commitment(
///     Commitment::builder("c1", CommitmentKind::Attend, "take part in the meeting on 11 December")
///         .bound_party(&russia)
///         .concerns(&meeting)
///         .statement(&said)
///         .due("2023-12-11")
///         .status(CommitmentStatus::Confirmed),
/// );
/// let article = article.build()?;
/// assert_eq!(article.commitments[0].statements[0].as_str(), "s1");
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built"]
pub struct ArticleBuilder {
    /// The article's own fields; its collections are filled by `build`.
    value: Article,
    refusals: Refusals,
    /// The attributions whose evidence was given as words.
    sources_to_locate: Vec<ToLocate>,
    provenance_to_locate: ToLocate,
    people: Vec<PersonBuilder>,
    organizations: Vec<OrganizationBuilder>,
    places: Vec<PlaceBuilder>,
    groups: Vec<GroupBuilder>,
    documents: Vec<DocumentBuilder>,
    meetings: Vec<MeetingBuilder>,
    events: Vec<EventBuilder>,
    statements: Vec<StatementBuilder>,
    commitments: Vec<CommitmentBuilder>,
    assessments: Vec<AssessmentBuilder>,
    issues: Vec<IssueBuilder>,
    positions: Vec<PositionBuilder>,
    relations: Vec<RelationBuilder>,
    requests: Vec<RequestBuilder>,
}

/// The article's fields that can refuse a value, in document order.
const REFUSING_FIELDS: [&str; 4] = ["id", "url", "language", "published"];

impl ArticleBuilder {
    /// An article with `id`, `language` (a BCP 47 tag such as `"en"`, or a
    /// [`LanguageTag`]) and `body`.
    pub fn new(
        id: impl IntoValue<Id>,
        language: impl IntoValue<LanguageTag>,
        body: impl Into<String>,
    ) -> Self {
        let mut refusals = Refusals::default();
        let id = refusals.set(at("id"), id).unwrap_or_else(refused_id);
        let language = refusals
            .set(at("language"), language)
            .unwrap_or_else(|| LanguageTag::new("und").expect("\"und\" is a well-formed tag"));
        ArticleBuilder {
            value: Article::new(id, language, body),
            refusals,
            sources_to_locate: Vec::new(),
            provenance_to_locate: ToLocate::default(),
            people: Vec::new(),
            organizations: Vec::new(),
            places: Vec::new(),
            groups: Vec::new(),
            documents: Vec::new(),
            meetings: Vec::new(),
            events: Vec::new(),
            statements: Vec::new(),
            commitments: Vec::new(),
            assessments: Vec::new(),
            issues: Vec::new(),
            positions: Vec::new(),
            relations: Vec::new(),
            requests: Vec::new(),
        }
    }

    /// Sets the headline.
    pub fn headline(&mut self, headline: &str) -> &mut Self {
        self.value.headline = Some(headline.to_owned());
        self
    }

    /// Sets the URL (text or a [`Url`]); a refused URL is reported by
    /// `build`.
    pub fn url(&mut self, url: impl IntoValue<Url>) -> &mut Self {
        self.value.url = self.refusals.set(at("url"), url);
        self
    }

    /// Sets the publication date or timestamp: `"2023-12-04"`,
    /// `"2023-12-04T10:30:00+05:00"`, or a date type; a refused value is
    /// reported by `build`.
    pub fn published(&mut self, date: impl IntoValue<PublicationDate>) -> &mut Self {
        self.value.published = self.refusals.set(at("published"), date);
        self
    }

    /// Marks the publication date as worked out (from the address, from
    /// another outlet's report) rather than printed with the article.
    pub fn published_inferred(&mut self) -> &mut Self {
        self.value.published_inferred = true;
        self
    }

    /// Says the text is a translation from `language` (a BCP 47 tag such
    /// as `"ru"`; a refused tag is reported by `build`).
    pub fn translated_from(&mut self, language: impl IntoValue<LanguageTag>) -> &mut Self {
        let path = at("provenance").key("translated_from");
        let language = self.refusals.set(path, language);
        self.value
            .provenance
            .get_or_insert_with(Provenance::default)
            .translated_from = language;
        self
    }

    /// Sets who translated the text.
    pub fn translated_by(&mut self, translator: &impl AsAuthor) -> &mut Self {
        self.value
            .provenance
            .get_or_insert_with(Provenance::default)
            .translated_by = Some(translator.id().clone());
        self
    }

    /// Says the story was first published by `publisher` (the agency whose
    /// copy this is), with the words of the article that say so
    /// ("(Reuters) –"), located in the body when the article is built.
    pub fn originally_published_by(&mut self, publisher: &impl AsAuthor, words: &str) -> &mut Self {
        let p = self
            .value
            .provenance
            .get_or_insert_with(Provenance::default);
        p.original_publisher = Some(publisher.id().clone());
        self.provenance_to_locate.push(&mut p.evidence, words);
        self
    }

    /// Sets where the story was first published (text or a [`Url`]); a
    /// refused URL is reported by `build`.
    pub fn original_url(&mut self, url: impl IntoValue<Url>) -> &mut Self {
        let url = self.refusals.set(at("provenance").key("original_url"), url);
        self.value
            .provenance
            .get_or_insert_with(Provenance::default)
            .original_url = url;
        self
    }

    /// Sets when the story was first published (`"2023-12-04"` or a
    /// timestamp, as [`published`](Self::published)); a refused value is
    /// reported by `build`.
    pub fn original_published(&mut self, date: impl IntoValue<PublicationDate>) -> &mut Self {
        let path = at("provenance").key("original_published");
        let date = self.refusals.set(path, date);
        self.value
            .provenance
            .get_or_insert_with(Provenance::default)
            .original_published = date;
        self
    }

    /// Sets the place of the dateline.
    pub fn dateline(&mut self, place: &impl AsLocation) -> &mut Self {
        self.value.dateline = Some(place.id().clone());
        self
    }

    /// Sets the publisher.
    pub fn publisher(&mut self, publisher: &OrganizationHandle) -> &mut Self {
        self.value.publisher = Some(publisher.id().clone());
        self
    }

    /// Adds a person or organization to the byline.
    pub fn byline(&mut self, author: &impl AsAuthor) -> &mut Self {
        self.value.bylines.push(author.id().clone());
        self
    }

    /// Adds a source the article attributes its report to.
    pub fn source(&mut self, source: &impl AsSpeaker) -> &mut Self {
        self.add_source(source, None)
    }

    /// Adds a source with the words of the body that attribute the report
    /// to it ("according to the Russian Foreign Ministry"), located in the
    /// body by `build`.
    pub fn source_quoted(&mut self, source: &impl AsSpeaker, attributing_words: &str) -> &mut Self {
        self.add_source(source, Some(attributing_words))
    }

    fn add_source(&mut self, source: &impl AsSpeaker, words: Option<&str>) -> &mut Self {
        let mut attribution = Attribution {
            source: source.id().clone(),
            evidence: Vec::new(),
        };
        let mut to_locate = ToLocate::default();
        if let Some(words) = words {
            to_locate.push(&mut attribution.evidence, words);
        }
        self.value.sources.push(attribution);
        self.sources_to_locate.push(to_locate);
        self
    }

    /// Adds a subject.
    pub fn subject(&mut self, subject: &str) -> &mut Self {
        self.value.subjects.push(subject.to_owned());
        self
    }

    /// Adds a person; returns the handle to refer to them.
    pub fn add_person(&mut self, person: PersonBuilder) -> PersonHandle {
        let handle = PersonHandle(person.id().clone());
        self.people.push(person);
        handle
    }

    /// Adds an organization; returns the handle to refer to it.
    pub fn add_organization(&mut self, organization: OrganizationBuilder) -> OrganizationHandle {
        let handle = OrganizationHandle(organization.id().clone());
        self.organizations.push(organization);
        handle
    }

    /// Adds a place; returns the handle to refer to it. Add countries with
    /// [`add_country`](Self::add_country), whose handle can be a party.
    pub fn add_place(&mut self, place: PlaceBuilder) -> PlaceHandle {
        let handle = PlaceHandle(place.id().clone());
        self.places.push(place);
        handle
    }

    /// Adds a region, a place of kind `region` or `geographic_region`
    /// ("the Sahel"); returns the handle to refer to it, which can be a
    /// party. A place of another kind added so is refused by `build`
    /// (`wrong_reference_kind` wherever it stands as a party).
    pub fn add_region(&mut self, region: PlaceBuilder) -> RegionHandle {
        let handle = RegionHandle(region.id().clone());
        self.places.push(region);
        handle
    }

    /// Adds a country; returns the handle to refer to it.
    pub fn add_country(&mut self, country: CountryBuilder) -> CountryHandle {
        let place = country.into_place();
        let handle = CountryHandle(place.id().clone());
        self.places.push(place);
        handle
    }

    /// Adds a group of parties; returns the handle to refer to it.
    pub fn add_group(&mut self, group: GroupBuilder) -> GroupHandle {
        let handle = GroupHandle(group.id().clone());
        self.groups.push(group);
        handle
    }

    /// Adds a document; returns the handle to refer to it.
    pub fn add_document(&mut self, document: DocumentBuilder) -> DocumentHandle {
        let handle = DocumentHandle(document.id().clone());
        self.documents.push(document);
        handle
    }

    /// Adds an event that is not a meeting; returns the handle to refer to
    /// it.
    pub fn add_event(&mut self, event: EventBuilder) -> EventHandle {
        let handle = EventHandle(event.id().clone());
        self.events.push(event);
        handle
    }

    /// Adds a meeting; returns the handle to refer to it.
    pub fn add_meeting(&mut self, meeting: MeetingBuilder) -> MeetingHandle {
        let handle = MeetingHandle(meeting.id().clone());
        self.meetings.push(meeting);
        handle
    }

    /// Adds a statement; returns the handle to refer to it.
    pub fn add_statement(&mut self, statement: StatementBuilder) -> StatementHandle {
        let handle = StatementHandle(statement.id().clone());
        self.statements.push(statement);
        handle
    }

    /// Adds a commitment; returns the handle to refer to it.
    pub fn add_commitment(&mut self, commitment: CommitmentBuilder) -> CommitmentHandle {
        let handle = CommitmentHandle(commitment.id().clone());
        self.commitments.push(commitment);
        handle
    }

    /// Adds an assessment: how the article or a party judges a part it
    /// reports; returns the handle to refer to it.
    pub fn add_assessment(&mut self, assessment: AssessmentBuilder) -> AssessmentHandle {
        let handle = AssessmentHandle(assessment.id().clone());
        self.assessments.push(assessment);
        handle
    }

    /// Adds an issue: a question the article says parties hold positions
    /// on or are divided over; returns the handle to refer to it.
    pub fn add_issue(&mut self, issue: IssueBuilder) -> IssueHandle {
        let handle = IssueHandle(issue.id().clone());
        self.issues.push(issue);
        handle
    }

    /// Adds a position: a party's stand on an issue; returns the handle to
    /// refer to it.
    pub fn add_position(&mut self, position: PositionBuilder) -> PositionHandle {
        let handle = PositionHandle(position.id().clone());
        self.positions.push(position);
        handle
    }

    /// Adds a relation: a lasting tie between parties ("diplomatic
    /// relations", "a strategic partnership"); returns the handle to refer
    /// to it.
    pub fn add_relation(&mut self, relation: RelationBuilder) -> RelationHandle {
        let handle = RelationHandle(relation.id().clone());
        self.relations.push(relation);
        handle
    }
    /// Adds a request: who asks whom to do what; returns the handle to
    /// refer to it.
    pub fn add_request(&mut self, request: RequestBuilder) -> RequestHandle {
        let handle = RequestHandle(request.id().clone());
        self.requests.push(request);
        handle
    }

    /// Adds what the article reports about a commitment or meeting of an
    /// earlier article. Its evidence is checked as given, not located.
    pub fn add_update(&mut self, update: Update) -> &mut Self {
        self.value.updates.push(update);
        self
    }

    /// Locates the evidence given as words, and validates the article.
    ///
    /// # Errors
    /// Every problem, each with its code and its path in the article: first
    /// (alone) the refused values and each part's own rules, then, when
    /// those are clean, every rule of [`Validate`].
    pub fn build(self) -> Result<Article, ValidationErrors> {
        let mut article = self.value;
        let mut round = Round::new(self.refusals);
        let texts = Texts {
            body: OffsetIndex::new(&article.body),
            headline: article.headline.as_deref().map(OffsetIndex::new),
        };
        let published = article.published.map(|p| p.last_day());
        let language = article.language.as_str().to_owned();
        if let Some(p) = &mut article.provenance {
            self.provenance_to_locate.locate(&mut p.evidence, &texts);
        }
        for (source, to_locate) in article.sources.iter_mut().zip(&self.sources_to_locate) {
            to_locate.locate(&mut source.evidence, &texts);
        }
        let entities = JsonPointer::root().key("entities");
        let e = &mut article.entities;
        let at_entities = |key| entities.clone().key(key);
        e.people = round.parts(at_entities("people"), self.people, |b| b.into_parts(&texts));
        e.organizations = round.parts(at_entities("organizations"), self.organizations, |b| {
            b.into_parts(&texts)
        });
        e.places = round.parts(at_entities("places"), self.places, |b| b.into_parts(&texts));
        e.groups = round.parts(at_entities("groups"), self.groups, |b| b.into_parts(&texts));
        article.documents = round.parts(at("documents"), self.documents, |b| b.into_parts(&texts));
        article.meetings = round.parts(at("meetings"), self.meetings, |b| {
            b.into_parts(&texts, published, &language)
        });
        article.events = round.parts(at("events"), self.events, |b| b.into_parts(&texts));
        article.statements = round.parts(at("statements"), self.statements, |b| {
            b.into_parts(&texts, published, &language)
        });
        article.commitments = round.parts(at("commitments"), self.commitments, |b| {
            b.into_parts(&texts)
        });
        article.assessments = round.parts(at("assessments"), self.assessments, |b| {
            b.into_parts(&texts)
        });
        article.issues = round.parts(at("issues"), self.issues, |b| b.into_parts(&texts));
        article.positions = round.parts(at("positions"), self.positions, |b| b.into_parts(&texts));
        article.relations = round.parts(at("relations"), self.relations, |b| b.into_parts(&texts));
        article.requests = round.parts(at("requests"), self.requests, |b| b.into_parts(&texts));
        drop(texts);
        round.finish()?;
        // Warnings alone do not stop a build; `validate()` reports them.
        article.lint(&Lints::new())?;
        Ok(article)
    }
}

/// The first round of `build`: the refused values and the parts' own
/// rules, in document order.
struct Round {
    errors: Vec<ValidationError>,
}

impl Round {
    /// Starts with the refusals of the article's own fields.
    fn new(refusals: Refusals) -> Self {
        let mut errors = refusals.into_prefixed(&JsonPointer::root());
        errors.sort_by_key(|e| {
            REFUSING_FIELDS
                .iter()
                .position(|field| e.path().as_str().get(1..) == Some(*field))
        });
        Round { errors }
    }

    /// Takes each part out of its builder, recording its refusals and the
    /// problems of its own rules at its path below `collection`.
    fn parts<B, T: Validate>(
        &mut self,
        collection: JsonPointer,
        builders: Vec<B>,
        into_parts: impl Fn(B) -> (T, Refusals),
    ) -> Vec<T> {
        let mut out = Vec::with_capacity(builders.len());
        for (i, builder) in builders.into_iter().enumerate() {
            let (part, refusals) = into_parts(builder);
            let at = collection.clone().index(i);
            self.errors.extend(refusals.into_prefixed(&at));
            if let Err(problems) = part.validate() {
                self.errors
                    .extend(problems.into_iter().map(|e| e.prefixed(&at)));
            }
            out.push(part);
        }
        out
    }

    fn finish(self) -> Result<(), ValidationErrors> {
        match ValidationErrors::from_vec(self.errors) {
            Some(errors) if errors.has_errors() => Err(errors),
            _ => Ok(()),
        }
    }
}

impl Article {
    /// A builder for an article with `id`, `language` and `body`.
    pub fn builder(
        id: impl IntoValue<Id>,
        language: impl IntoValue<LanguageTag>,
        body: impl Into<String>,
    ) -> ArticleBuilder {
        ArticleBuilder::new(id, language, body)
    }
}
