//! Typed models for news **articles** and the **meetings**, **statements**
//! and **commitments** they report, with **validation** that names every
//! problem with a JSON Pointer path and a stable code, and **builders** that
//! keep references right by construction.
//!
//! An [`Article`] holds its metadata, its body text and the things it
//! reports, which refer to each other by local ids like a small graph:
//!
//! - [`Entities`]: [`Person`]s (named or described, with their [`Role`]s),
//!   [`Organization`]s, [`Place`]s (countries included) and [`Group`]s of
//!   parties, each with optional external
//!   [`Identifiers`] (Wikidata, URIs);
//! - [`Meeting`]s, held or planned, with their kind, status, date, place,
//!   participants and the larger meeting they were part of;
//! - [`Statement`]s: who said what, as a direct quote or a paraphrase, with
//!   [`Evidence`] in the body;
//! - [`Commitment`]s: who promised what to whom, how firmly, by when, and
//!   where the promise has stood;
//! - [`Assessment`]s: how the article or a party judges a meeting, event,
//!   commitment, document or statement ("productive discussions"), in the
//!   judging words, with their [`Polarity`];
//! - [`Issue`]s the article says parties hold positions on or are divided
//!   over ("water sharing"), and each party's [`Position`] on them, with
//!   its [`Stance`] ("Russia opposes the pipeline");
//! - [`Relation`]s: the lasting ties parties have ("diplomatic
//!   relations", "a comprehensive strategic partnership"), with their
//!   [`RelationKind`], since when and on what documents;
//! - [`Request`]s: who asks whom to do what, how firmly, by when, and
//!   whether it was met or refused ("Wang urged India to meet China
//!   halfway");
//! - [`Document`]s (joint statements, declarations, agreements) and
//!   [`Event`]s that are not meetings (a deal reached, an election, an
//!   attack), which statements and commitments refer to.
//!
//! Dates are partial, qualified, seasons or quarters, or intervals with
//! open or unknown ends ([`PartialDate`], [`EventDate`]), and [`When`] keeps
//! the article's words with them ([`resolve_relative`] works out "on
//! Monday" from the publication date, [`resolve_relative_in`] «в
//! понедельник» too); codes
//! are checked ([`CountryCode`], [`LanguageTag`], [`Id`]); evidence
//! positions count Unicode code points ([`OffsetIndex`] converts).
//!
//! # Reading and validating
//!
//! [`Article::from_json_str`] (and `from_json_slice`, `from_reader`) parses
//! and validates. A document that is not a well-typed article gives
//! [`Error::Json`] with the line, column and path; one that breaks the rules
//! gives [`Error::Invalid`] with **every** problem at once.
//!
//! ```
//! use structured_news::{Article, Error, ErrorCode};
//!
//! let json = r#"{
//!   "format_version": "2.0",
//!   "id": "example",
//!   "language": "en",
//!   "published": "2023-12-04",
//!   "body": "“We highly value our strategic partnership,” remarked Lavrov.",
//!   "entities": {"people": [{"id": "lavrov", "name": "Sergei Lavrov", "country": "RU"}]},
//!   "statements": [{
//!     "id": "s1", "speaker": "lavrov", "mode": "direct_quote", "speech_act": "remarked",
//!     "text": "We highly value our strategic partnership",
//!     "evidence": [{"quote": {"exact": "We highly value our strategic partnership"},
//!                   "position": {"start": 1, "end": 42}}]
//!   }]
//! }"#;
//! let article = Article::from_json_str(json)?;
//! assert_eq!(article.statements[0].speaker.as_str(), "lavrov");
//!
//! // An invented quote is caught, with its path and code.
//! let forged = json.replace("\"text\": \"We highly value", "\"text\": \"We deeply value");
//! let Err(Error::Invalid(problems)) = Article::from_json_str(&forged) else { panic!() };
//! let problem = problems.iter().next().unwrap();
//! assert_eq!(problem.code(), ErrorCode::QuoteNotInBody);
//! assert_eq!(problem.path().as_str(), "/statements/0/text");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Building
//!
//! [`ArticleBuilder`] takes required fields as arguments and optional ones
//! as chained calls; adding an entity returns a typed handle
//! ([`PersonHandle`], [`CountryHandle`], ...) that meetings, statements and
//! commitments take, so a speaker is always a person or organization that
//! exists. `build()` runs the same validation as parsing. See
//! `examples/december_2023_meeting.rs` for a whole article.
//!
//! # Rules
//!
//! Every problem has one of these codes ([`ErrorCode`]). Codes of the *read*
//! stage come from parsing (reading stops at the first); codes of the
//! *validate* stage come from [`Validate::validate`], which reports all.
//!
//! Each code has a default [`Severity`]: an *error* when the document
//! contradicts itself or its body, a *warning* when it is very probably
//! wrong. Reading ([`Article::from_json_str`]) and building refuse errors
//! only; [`Validate::validate`] reports both, and [`Validate::lint`] and
//! [`Article::from_json_slice_with`] take [`Lints`] that set a rule's level
//! to allow, warn or deny (as clippy's lint levels do). Codes of the
//! *ledger* stage are found by a [`Ledger`], across the articles it holds,
//! at a path that names the article (`ARTICLE#/updates/0/target/id`).
//!
#![doc = include_str!("error/codes.md")]
//!
//! References must point at the right kind of thing:
//!
//! | field | must name |
//! |---|---|
//! | `dateline`, `meetings/*/place`, `events/*/place`, `organizations/*/location`, `places/*/within` | a place (countries included) |
//! | `publisher`, `roles/*/organization`, `organizations/*/parent`, `meetings/*/organization`, `groups/*/organization` | an organization |
//! | `bylines/*`, `statements/*/reported_by/*`, `statements/*/platform` | a person or an organization |
//! | `sources/*/source`, `statements/*/speaker`, `statements/*/co_speakers/*` | a person, an organization, a country, a group or a document |
//! | `meetings/*/participants/*/entity`, `commitments/*/bound_parties/*`, `commitments/*/counterparties/*`, `statements/*/on_behalf_of`, `statements/*/addressees/*`, `roles/*/toward`, `groups/*/members/*`, `documents/*/issuers/*`, `documents/*/signatories/*`, `events/*/actors/*`, `events/*/affected/*`, `documents/*/parties/*`, `events/*/according_to/*`, `meetings/*/according_to/*`, `commitments/*/according_to/*`, `documents/*/according_to/*`, `commitments/*/partners/*`, `relations/*/parties/*`, `requests/*/requesters/*`, `requests/*/addressees/*` | a party: a person, an organization, a country, a region or a group |
//! | `meetings/*/part_of/meeting`, `meetings/*/coincides_with`, `statements/*/setting`, `commitments/*/made_at`, `documents/*/adopted_at`, `requests/*/made_at` | a meeting |
//! | `commitments/*/concerns`, `meetings/*/related/*/to` | a meeting or an event |
//! | `commitments/*/statements/*`, `commitments/*/status_history/*/statement`, `relations/*/statements/*`, `requests/*/statements/*`, `requests/*/status_history/*/statement` | a statement |
//! | `relations/*/documents/*` | a document |
//! | `documents/*/part_of` | another document |
//! | `commitments/*/part_of`, `commitments/*/builds_on`, `commitments/*/replaces`, `commitments/*/in_exchange_for/*` | another commitment |
//! | `statements/*/about/*`, `commitments/*/about/*`, `meetings/*/about/*`, `events/*/about/*`, `documents/*/about/*`, `requests/*/about/*` | anything the article reports |

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)
)]

mod build;
mod error;
pub mod interop;
mod ledger;
mod model;
mod read;
pub mod schema;
pub mod stream;
pub mod table;
mod validate;
mod value;

pub use build::article::ArticleBuilder;
pub use build::assessment::AssessmentBuilder;
pub use build::commitment::CommitmentBuilder;
pub use build::document::DocumentBuilder;
pub use build::entity::{
    CountryBuilder, GroupBuilder, OrganizationBuilder, PersonBuilder, PlaceBuilder,
};
pub use build::event::EventBuilder;
pub use build::handle::{
    AsAssessed, AsAuthor, AsBackground, AsConcerned, AsLocation, AsOccasion, AsParty, AsServed,
    AsSpeaker, AsSubject, AssessmentHandle, CommitmentHandle, CountryHandle, DocumentHandle,
    EventHandle, GroupHandle, Handle, IssueHandle, MeetingHandle, OrganizationHandle, PersonHandle,
    PlaceHandle, PositionHandle, RegionHandle, RelationHandle, RequestHandle, StatementHandle,
};
pub use build::meeting::MeetingBuilder;
pub use build::position::{IssueBuilder, PositionBuilder};
pub use build::relation::RelationBuilder;
pub use build::request::RequestBuilder;
pub use build::statement::StatementBuilder;
pub use build::IntoValue;
pub use error::{
    Error, ErrorCode, JsonError, JsonPointer, Level, Lints, NotALint, Severity, Stage,
    UnknownErrorCode, UnknownLevel, Validate, ValidationError, ValidationErrors, ValueError,
};
pub use ledger::{
    CommitmentFilter, CommitmentStep, Conflict, ConflictReport, DateMove, Excerpt, Ledger,
    LedgerProblem, LedgerReport, MeetingDate, MeetingStep, OverdueList, OverdueReading,
    ReadSummary, ReportJson, StatementRole, StepReason, Timeliness, TrackedAmount,
    TrackedAttendance, TrackedCommitment, TrackedMeeting, TrackedParty, TrackedStatement,
    TrackedStatus, EXCERPT_CHARS,
};
pub use model::article::{Article, Attribution, FormatVersion, Provenance};
pub use model::assessment::{Assessment, Polarity};
pub use model::commitment::{
    Commitment, CommitmentKind, CommitmentStatus, Modality, StatusObservation,
};
pub use model::document::{Document, DocumentKind, DocumentStatus, DocumentStatusChange};
pub use model::entity::{
    Entities, Group, Identifiers, Organization, OrganizationKind, Person, Place, PlaceKind, Role,
};
pub use model::event::{Event, EventKind, EventStatus};
pub use model::evidence::{
    Evidence, OffsetIndex, TextPositionSelector, TextQuoteSelector, TextTarget,
};
pub use model::meeting::{
    Attendance, Certainty, Meeting, MeetingFormat, MeetingKind, MeetingLevel, MeetingLink,
    MeetingRelation, MeetingRole, MeetingStatus, MeetingStatusChange, PartOf, PartOfRelation,
    Participant, Purpose, Sequence, StatusReason, VisitLevel,
};
pub use model::position::{Issue, Position, Stance};
pub use model::quantity::{
    Duration, Equivalent, Quantity, QuantityQualifier, QuantityRole, TimeUnit, VagueSize,
};
pub use model::relation::{Relation, RelationKind};
pub use model::request::{Request, RequestForce, RequestObservation, RequestStatus};
pub use model::statement::{SpeechAct, Statement, StatementChannel, StatementMode};
pub use model::update::{ExternalRef, TargetKind, Update};
pub use value::codes::{CountryCode, CurrencyCode, LanguageTag, Url, WikidataId};
pub use value::date::{
    resolve_relative, resolve_relative_in, DateInterval, DatePrecision, DateQualifier, EventDate,
    IntervalEnd, IsoDuration, PartialDate, PublicationDate, RelativeTo, Tense, TimeOfDay,
    TimeRelation, Timestamp, When,
};
pub use value::id::Id;
pub use value::vocab::UnknownValue;

/// The two readers of an article, each alone, for the tests and fuzz
/// targets that check they agree. Not part of the API: it may change in
/// any release.
#[doc(hidden)]
pub mod __readers {
    use crate::{Article, JsonError};

    /// The fast reader alone: the article, or `None` when it leaves the
    /// document to serde (not validated).
    pub fn fast(json: &[u8]) -> Option<Article> {
        std::str::from_utf8(json)
            .ok()
            .and_then(crate::read::fast::read_document)
    }

    /// The serde reader alone, with its error (not validated).
    ///
    /// # Errors
    /// The read error, as [`Article::from_json_slice`] gives it.
    pub fn serde(json: &[u8]) -> Result<Article, JsonError> {
        crate::read::parse_json_serde(json)
    }
}

/// The README's examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The types most programs need, to import with `use structured_news::prelude::*`.
pub mod prelude {
    pub use crate::{
        Article, ArticleBuilder, Assessment, Certainty, Commitment, CommitmentKind,
        CommitmentStatus, Document, DocumentKind, Error, ErrorCode, Event, EventKind, EventStatus,
        Evidence, Group, Handle, Issue, Lints, Meeting, MeetingKind, MeetingStatus,
        MeetingStatusChange, Modality, Organization, OrganizationKind, Person, Place, PlaceKind,
        Polarity, Position, Quantity, Relation, RelationKind, Request, RequestForce, RequestStatus,
        SpeechAct, Stance, Statement, StatementMode, Validate, ValidationErrors, When,
    };
}
