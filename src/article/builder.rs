//! [`ArticleBuilder`]: building an article the way it reads.

use super::{Article, Attribution, FormatVersion};
use crate::commitment::CommitmentBuilder;
use crate::entity::{CountryBuilder, Entities, OrganizationBuilder, PersonBuilder, PlaceBuilder};
use crate::evidence::{Evidence, OffsetIndex, TextQuoteSelector};
use crate::meeting::MeetingBuilder;
use crate::reference::{
    AsLocation, AsSpeaker, CommitmentHandle, CountryHandle, Handle, MeetingHandle,
    OrganizationHandle, PersonHandle, PlaceHandle, StatementHandle,
};
use crate::statement::{EvidenceDraft, StatementBuilder};
use crate::validate::{nothing_built, Checker, Validate, ValidationErrors};

/// Builds an [`Article`] the way the article reads: add the entities, get
/// typed handles back, and use the handles in meetings, statements and
/// commitments, so references are right by construction.
///
/// [`build`](Self::build) works in two rounds. First it checks every value
/// given as text (ids, dates, codes, URLs) and each part's own rules (no
/// blank names, a commitment binds someone), and reports all the problems
/// of that round at once, each with its path in the finished article. When
/// that round is clean, it locates the evidence given as words and runs
/// the same validation as [`Article::from_json_str`] on the whole article,
/// reporting all of those problems at once. A builder cannot produce what
/// `validate` rejects.
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
///         .meeting(&meeting)
///         .statement(&said)
///         .due("2023-12-11")
///         .status(CommitmentStatus::Confirmed),
/// );
/// let article = article.build()?;
/// assert_eq!(article.commitments[0].statement.as_ref().unwrap().as_str(), "s1");
/// # Ok::<(), structured_news::ValidationErrors>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until it is built"]
pub struct ArticleBuilder {
    id: String,
    language: String,
    body: String,
    headline: Option<String>,
    url: Option<String>,
    published: Option<String>,
    dateline: Option<String>,
    publisher: Option<String>,
    bylines: Vec<String>,
    sources: Vec<(String, Vec<EvidenceDraft>)>,
    subjects: Vec<String>,
    people: Vec<PersonBuilder>,
    organizations: Vec<OrganizationBuilder>,
    places: Vec<PlaceBuilder>,
    meetings: Vec<MeetingBuilder>,
    statements: Vec<StatementBuilder>,
    commitments: Vec<CommitmentBuilder>,
}

impl ArticleBuilder {
    /// An article with `id`, `language` (a BCP 47 tag) and `body`.
    pub fn new(id: &str, language: &str, body: impl Into<String>) -> Self {
        ArticleBuilder {
            id: id.to_owned(),
            language: language.to_owned(),
            body: body.into(),
            headline: None,
            url: None,
            published: None,
            dateline: None,
            publisher: None,
            bylines: Vec::new(),
            sources: Vec::new(),
            subjects: Vec::new(),
            people: Vec::new(),
            organizations: Vec::new(),
            places: Vec::new(),
            meetings: Vec::new(),
            statements: Vec::new(),
            commitments: Vec::new(),
        }
    }

    /// Sets the headline.
    pub fn headline(&mut self, headline: &str) -> &mut Self {
        self.headline = Some(headline.to_owned());
        self
    }

    /// Sets the URL (checked by `build`).
    pub fn url(&mut self, url: impl std::fmt::Display) -> &mut Self {
        self.url = Some(url.to_string());
        self
    }

    /// Sets the publication date or timestamp: `2023-12-04` or
    /// `2023-12-04T10:30:00+05:00` (checked by `build`).
    pub fn published(&mut self, date: impl std::fmt::Display) -> &mut Self {
        self.published = Some(date.to_string());
        self
    }

    /// Sets the place of the dateline.
    pub fn dateline(&mut self, place: &impl AsLocation) -> &mut Self {
        self.dateline = Some(place.id().to_owned());
        self
    }

    /// Sets the publisher.
    pub fn publisher(&mut self, publisher: &OrganizationHandle) -> &mut Self {
        self.publisher = Some(publisher.id().to_owned());
        self
    }

    /// Adds a person or organization to the byline.
    pub fn byline(&mut self, author: &impl AsSpeaker) -> &mut Self {
        self.bylines.push(author.id().to_owned());
        self
    }

    /// Adds a source the article attributes its report to.
    pub fn source(&mut self, source: &impl AsSpeaker) -> &mut Self {
        self.sources.push((source.id().to_owned(), Vec::new()));
        self
    }

    /// Adds a source with the words of the body that attribute the report
    /// to it ("according to the Russian Foreign Ministry"), located in the
    /// body by `build`.
    pub fn source_quoted(&mut self, source: &impl AsSpeaker, attributing_words: &str) -> &mut Self {
        let quote = TextQuoteSelector::new(attributing_words);
        self.sources
            .push((source.id().to_owned(), vec![EvidenceDraft::Locate(quote)]));
        self
    }

    /// Adds a subject.
    pub fn subject(&mut self, subject: &str) -> &mut Self {
        self.subjects.push(subject.to_owned());
        self
    }

    /// Adds a person; returns the handle to refer to them.
    pub fn add_person(&mut self, person: PersonBuilder) -> PersonHandle {
        let handle = PersonHandle(person.raw_id().to_owned());
        self.people.push(person);
        handle
    }

    /// Adds an organization; returns the handle to refer to it.
    pub fn add_organization(&mut self, organization: OrganizationBuilder) -> OrganizationHandle {
        let handle = OrganizationHandle(organization.raw_id().to_owned());
        self.organizations.push(organization);
        handle
    }

    /// Adds a place; returns the handle to refer to it. Add countries with
    /// [`add_country`](Self::add_country), whose handle can be a party.
    pub fn add_place(&mut self, place: PlaceBuilder) -> PlaceHandle {
        let handle = PlaceHandle(place.raw_id().to_owned());
        self.places.push(place);
        handle
    }

    /// Adds a country; returns the handle to refer to it.
    pub fn add_country(&mut self, country: CountryBuilder) -> CountryHandle {
        let place = country.into_place();
        let handle = CountryHandle(place.raw_id().to_owned());
        self.places.push(place);
        handle
    }

    /// Adds a meeting; returns the handle to refer to it.
    pub fn add_meeting(&mut self, meeting: MeetingBuilder) -> MeetingHandle {
        let handle = MeetingHandle(meeting.raw_id().to_owned());
        self.meetings.push(meeting);
        handle
    }

    /// Adds a statement; returns the handle to refer to it.
    pub fn add_statement(&mut self, statement: StatementBuilder) -> StatementHandle {
        let handle = StatementHandle(statement.raw_id().to_owned());
        self.statements.push(statement);
        handle
    }

    /// Adds a commitment; returns the handle to refer to it.
    pub fn add_commitment(&mut self, commitment: CommitmentBuilder) -> CommitmentHandle {
        let handle = CommitmentHandle(commitment.raw_id().to_owned());
        self.commitments.push(commitment);
        handle
    }

    /// Checks every value, locates the evidence in the body, and validates
    /// the article.
    ///
    /// # Errors
    /// Every problem, each with its code and its path in the article.
    pub fn build(self) -> Result<Article, ValidationErrors> {
        let mut c = Checker::new();
        let id = c.parse("id", &self.id);
        let language = c.parse("language", &self.language);
        let url = c.parse_optional("url", self.url.as_deref());
        let published = c.parse_optional("published", self.published.as_deref());
        let dateline = c.parse_optional("dateline", self.dateline.as_deref());
        let publisher = c.parse_optional("publisher", self.publisher.as_deref());
        let bylines = c.parse_list("bylines", &self.bylines);
        let index = OffsetIndex::new(&self.body);
        let sources = c.at("sources", |c| {
            let mut out = Vec::with_capacity(self.sources.len());
            for (i, (source, drafts)) in self.sources.into_iter().enumerate() {
                if let Some(source) = c.at_index(i, |c| c.parse("source", &source)) {
                    let evidence = drafts.into_iter().map(|d| locate(&index, d)).collect();
                    out.push(Attribution { source, evidence });
                }
            }
            out
        });
        let people = build_all(&mut c, "people", self.people, PersonBuilder::build);
        let organizations = build_all(
            &mut c,
            "organizations",
            self.organizations,
            OrganizationBuilder::build,
        );
        let places = build_all(&mut c, "places", self.places, PlaceBuilder::build);
        let meetings = build_all(&mut c, "meetings", self.meetings, MeetingBuilder::build);
        let statements = build_all(&mut c, "statements", self.statements, |mut s| {
            s.evidence = s
                .evidence
                .into_iter()
                .map(|d| EvidenceDraft::Given(locate(&index, d)))
                .collect();
            s.build()
        });
        let commitments = build_all(&mut c, "commitments", self.commitments, |mut m| {
            m.evidence = m
                .evidence
                .into_iter()
                .map(|d| EvidenceDraft::Given(locate(&index, d)))
                .collect();
            m.build()
        });
        drop(index);
        let (Some(id), Some(language), false) = (id, language, c.has_errors()) else {
            return c.finish().and(Err(nothing_built()));
        };
        let article = Article {
            format_version: FormatVersion::CURRENT,
            id,
            headline: self.headline,
            url,
            language,
            published,
            dateline,
            publisher,
            bylines,
            sources,
            subjects: self.subjects,
            body: self.body,
            entities: Entities {
                people,
                organizations,
                places,
            },
            meetings,
            statements,
            commitments,
        };
        article.validate()?;
        Ok(article)
    }
}

/// Builds every item of a collection, reporting problems under
/// `/entities/{key}/i` for entities and `/{key}/i` for the rest.
fn build_all<B, T>(
    c: &mut Checker,
    key: &'static str,
    builders: Vec<B>,
    build: impl Fn(B) -> Result<T, ValidationErrors>,
) -> Vec<T> {
    let mut out = Vec::with_capacity(builders.len());
    let run = |c: &mut Checker| {
        c.at(key, |c| {
            for (i, builder) in builders.into_iter().enumerate() {
                match build(builder) {
                    Ok(item) => out.push(item),
                    Err(errors) => c.at_index(i, |c| c.absorb(errors)),
                }
            }
        })
    };
    if matches!(key, "people" | "organizations" | "places") {
        c.at("entities", run);
    } else {
        run(c);
    }
    out
}

/// Locates evidence given as words; evidence not found is kept without a
/// position, for validation to report.
fn locate(index: &OffsetIndex<'_>, draft: EvidenceDraft) -> Evidence {
    match draft {
        EvidenceDraft::Locate(quote) => Evidence::locate_in(index, &quote)
            .unwrap_or_else(|| EvidenceDraft::Locate(quote).into_unlocated()),
        EvidenceDraft::Given(evidence) => evidence,
    }
}
