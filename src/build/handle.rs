//! The typed handles the builders hand out, and the sealed traits that say
//! what each may stand for (a speaker, a party, a location, a subject, what
//! is assessed).

use crate::value::id::Id;

mod sealed {
    pub trait Sealed {}
}

/// A typed handle to something added to an
/// [`ArticleBuilder`](crate::ArticleBuilder). Handles are how the builders
/// make references: a statement's speaker is a handle returned when the
/// speaker was added, so it names something that exists and is of the
/// right kind.
pub trait Handle: sealed::Sealed {
    /// The id the handle refers to.
    fn id(&self) -> &Id;
}

/// Handles that may speak or be a source: people, organizations,
/// countries, groups and documents ("the joint statement said").
pub trait AsSpeaker: Handle {}

/// Handles that may write or report: people and organizations (bylines,
/// outlets that report a statement).
pub trait AsAuthor: Handle {}

/// Handles that may act, be bound by a commitment or take part in a
/// meeting: people, organizations, countries and groups.
///
/// A city is not a party, and the compiler says so:
///
/// ```compile_fail
/// use structured_news::prelude::*;
///
/// let mut article = ArticleBuilder::new("a1", "en", "Ashgabat will host.");
/// let ashgabat = article.add_place(Place::builder("ashgabat", "Ashgabat", PlaceKind::City));
/// Commitment::builder("c1", CommitmentKind::Host, "host").bound_party(&ashgabat);
/// ```
pub trait AsParty: Handle {}

/// Handles that may be a location: places and countries.
pub trait AsLocation: Handle {}

/// Handles that statements, commitments, meetings and events may be about:
/// anything the article reports.
pub trait AsSubject: Handle {}

/// Handles of what an assessment may judge: meetings, events, commitments,
/// documents, statements, parties ("a very important strategic partner"),
/// issues and relations ("relations at their highest level").
///
/// A city is not judged by an assessment (its country is), and the
/// compiler says so:
///
/// ```compile_fail
/// use structured_news::prelude::*;
///
/// let mut article = ArticleBuilder::new("a1", "en", "Ashgabat was productive.");
/// let city = article.add_place(Place::builder("ashgabat", "Ashgabat", PlaceKind::City));
/// Assessment::builder("j1", &city, "productive", Polarity::Positive);
/// ```
pub trait AsAssessed: Handle {}

/// Handles of occasions: meetings and other events (what a commitment
/// concerns, what a meeting follows).
pub trait AsOccasion: Handle {}

/// Handles of what a meeting's purpose may serve: documents,
/// commitments, events and meetings ("meant to implement the
/// ceasefire").
pub trait AsServed: Handle {}

/// Handles of what an issue may concern: entities, documents, meetings,
/// events and commitments ("the two countries remain at odds over the
/// pipeline").
///
/// A statement is not what an issue concerns (the issue is what the
/// statement takes a position on), and the compiler says so:
///
/// ```compile_fail
/// use structured_news::prelude::*;
///
/// let body = "Lavrov said Russia opposed the pipeline.";
/// let mut article = ArticleBuilder::new("a1", "en", body);
/// let lavrov = article.add_person(Person::builder("lavrov", "Lavrov"));
/// let said = article.add_statement(Statement::paraphrase(
///     "s1", &lavrov, SpeechAct::Said, "Russia opposed the pipeline",
/// ));
/// Issue::builder("i1", "the pipeline").about(&said);
/// ```
pub trait AsConcerned: Handle {}

/// Handles of what a meeting may take place against the background of:
/// meetings, events and issues ("the talks come as the two countries
/// remain at odds over water sharing").
pub trait AsBackground: Handle {}

macro_rules! handle {
    ($(#[$doc:meta])* $name:ident: $($role:ident),*) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name(pub(crate) Id);

        impl sealed::Sealed for $name {}

        impl Handle for $name {
            fn id(&self) -> &Id {
                &self.0
            }
        }

        $(impl $role for $name {})*
    };
}

handle!(
    /// A person added to an [`ArticleBuilder`](crate::ArticleBuilder).
    PersonHandle: AsSpeaker, AsAuthor, AsParty, AsSubject, AsConcerned, AsAssessed
);
handle!(
    /// An organization added to an [`ArticleBuilder`](crate::ArticleBuilder).
    OrganizationHandle: AsSpeaker, AsAuthor, AsParty, AsSubject, AsConcerned, AsAssessed
);
handle!(
    /// A place (not a country) added to an [`ArticleBuilder`](crate::ArticleBuilder).
    PlaceHandle: AsLocation, AsSubject, AsConcerned
);
handle!(
    /// A country added to an [`ArticleBuilder`](crate::ArticleBuilder).
    CountryHandle: AsSpeaker, AsParty, AsLocation, AsSubject, AsConcerned, AsAssessed
);
handle!(
    /// A region (a place of kind `region` or `geographic_region`: "the
    /// Sahel", "the region") added to an
    /// [`ArticleBuilder`](crate::ArticleBuilder) with
    /// [`add_region`](crate::ArticleBuilder::add_region): a place that may
    /// also be a party, one affected or acting.
    RegionHandle: AsParty, AsLocation, AsSubject, AsConcerned, AsAssessed
);
handle!(
    /// A group added to an [`ArticleBuilder`](crate::ArticleBuilder).
    GroupHandle: AsSpeaker, AsParty, AsSubject, AsConcerned, AsAssessed
);
handle!(
    /// A document added to an [`ArticleBuilder`](crate::ArticleBuilder).
    DocumentHandle: AsSpeaker, AsSubject, AsAssessed, AsServed, AsConcerned
);
handle!(
    /// A meeting added to an [`ArticleBuilder`](crate::ArticleBuilder).
    MeetingHandle: AsSubject, AsOccasion, AsAssessed, AsServed, AsConcerned, AsBackground
);
handle!(
    /// An event added to an [`ArticleBuilder`](crate::ArticleBuilder).
    EventHandle: AsSubject, AsOccasion, AsAssessed, AsServed, AsConcerned, AsBackground
);
handle!(
    /// A statement added to an [`ArticleBuilder`](crate::ArticleBuilder).
    StatementHandle: AsSubject, AsAssessed
);
handle!(
    /// A commitment added to an [`ArticleBuilder`](crate::ArticleBuilder).
    CommitmentHandle: AsSubject, AsAssessed, AsServed, AsConcerned
);
handle!(
    /// An assessment added to an [`ArticleBuilder`](crate::ArticleBuilder).
    AssessmentHandle:
);
handle!(
    /// An issue added to an [`ArticleBuilder`](crate::ArticleBuilder).
    IssueHandle: AsBackground, AsSubject, AsAssessed
);
handle!(
    /// A position added to an [`ArticleBuilder`](crate::ArticleBuilder).
    PositionHandle: AsSubject
);
handle!(
    /// A relation added to an [`ArticleBuilder`](crate::ArticleBuilder):
    /// what an anniversary, a meeting or a statement may be about, and
    /// what an assessment may judge.
    RelationHandle: AsSubject, AsAssessed
);
handle!(
    /// A request added to an [`ArticleBuilder`](crate::ArticleBuilder).
    RequestHandle: AsSubject
);
