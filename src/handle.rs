//! The typed handles the builders hand out, and the sealed traits that say
//! what each may stand for (a speaker, a party, a location, a subject).

use crate::id::Id;

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

/// Handles that may speak or be a source: people and organizations.
pub trait AsSpeaker: Handle {}

/// Handles that may be bound by a commitment or take part in a meeting:
/// people, organizations and countries.
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

/// Handles that statements and commitments may be about: any entity or
/// meeting.
pub trait AsSubject: Handle {}

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
    PersonHandle: AsSpeaker, AsParty, AsSubject
);
handle!(
    /// An organization added to an [`ArticleBuilder`](crate::ArticleBuilder).
    OrganizationHandle: AsSpeaker, AsParty, AsSubject
);
handle!(
    /// A place (not a country) added to an [`ArticleBuilder`](crate::ArticleBuilder).
    PlaceHandle: AsLocation, AsSubject
);
handle!(
    /// A country added to an [`ArticleBuilder`](crate::ArticleBuilder).
    CountryHandle: AsParty, AsLocation, AsSubject
);
handle!(
    /// A meeting added to an [`ArticleBuilder`](crate::ArticleBuilder).
    MeetingHandle: AsSubject
);
handle!(
    /// A statement added to an [`ArticleBuilder`](crate::ArticleBuilder).
    StatementHandle:
);
handle!(
    /// A commitment added to an [`ArticleBuilder`](crate::ArticleBuilder).
    CommitmentHandle:
);
