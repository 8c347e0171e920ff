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
//! - [`Document`]s (joint statements, declarations, agreements) and
//!   [`Event`]s that are not meetings (a deal reached, an election, an
//!   attack), which statements and commitments refer to.
//!
//! Dates are partial, qualified, seasons or quarters, or intervals with
//! open or unknown ends ([`PartialDate`], [`EventDate`]), and [`When`] keeps
//! the article's words with them ([`resolve_relative`] works out "on
//! Monday" from the publication date); codes
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
//! | code | stage | severity | meaning |
//! |---|---|---|---|
//! | `io` | read | error | The input could not be read. |
//! | `too_large` | read | error | The input is larger than the size limit the caller set. |
//! | `syntax` | read | error | Not well-formed JSON: a stray or trailing character, invalid UTF-8, a byte-order mark, `NaN`, a comment. |
//! | `unexpected_end` | read | error | The input ends before the JSON value does (empty or cut short). |
//! | `wrong_type` | read | error | A value of the wrong JSON type (a number where a string belongs). |
//! | `missing_field` | read | error | A required field is absent. |
//! | `unknown_field` | read | error | A field the format does not define. |
//! | `duplicate_field` | read | error | The same field twice in one object. |
//! | `invalid_value` | read | error | A value its type refuses for another reason. |
//! | `unsupported_format_version` | read | error | `format_version` is not `"2.0"`. |
//! | `invalid_id` | read | error | An id is empty, longer than 128 or has a character outside `A-Z a-z 0-9 . _ : -`. |
//! | `invalid_country_code` | read | error | Not an officially assigned ISO 3166-1 alpha-2 code (upper case). |
//! | `invalid_language_tag` | read | error | Not a well-formed BCP 47 language tag. |
//! | `invalid_url` | read | error | A URL without a scheme, or with characters that must be percent-encoded. |
//! | `invalid_wikidata_id` | read | error | Not `Q` followed by a number without leading zeros. |
//! | `invalid_date` | read | error | A malformed date, or an impossible one (`2023-02-30`, month 13 or 25), an interval with no date at either end (`../..`), a publication date that is not a plain year, month, day or timestamp. |
//! | `reversed_interval` | read | error | A date interval `A/B` that ends before it starts. |
//! | `invalid_timestamp` | read | error | Not an RFC 3339 date-time with an offset. |
//! | `invalid_time` | read | error | Not a time of day `HH:MM` or `HH:MM:SS` with an optional offset. |
//! | `invalid_currency_code` | read | error | Not an active ISO 4217 currency code (upper case). |
//! | `unknown_variant` | validate | error | A value outside a vocabulary (a meeting kind, a status): kept as read, reported with every other problem. |
//! | `duplicate_id` | validate | error | Two things in the article have the same id. |
//! | `unknown_reference` | validate | error | A reference names an id that nothing in the article has. |
//! | `wrong_reference_kind` | validate | error | A reference points at the wrong kind of thing (a speaker that is a place, a party that is a city). |
//! | `duplicate_reference` | validate | error | The same id twice in one list of references, or one participant twice in a meeting. |
//! | `reference_cycle` | validate | error | A chain of `part_of` (meetings), `parent` (organizations) or `within` (places) comes back to where it started. |
//! | `self_reference` | validate | error | A meeting coincides with or follows itself, a group is its own member, a commitment is part of, builds on or replaces itself. |
//! | `blank_text` | validate | error | A name or text is empty or only white space. |
//! | `no_bound_party` | validate | error | A commitment binds no party. |
//! | `no_name` | validate | error | A person or group has neither a name nor a description. |
//! | `no_status` | validate | error | A commitment has no status observation. |
//! | `empty_date` | validate | error | A date has neither a value nor the words it was written in. |
//! | `no_unit` | validate | error | A quantity has neither a currency nor a unit. |
//! | `end_before_start` | validate | error | A role ends before it starts. |
//! | `party_conflict` | validate | error | A party is both bound by a commitment and its counterparty. |
//! | `date_after_publication` | validate | error | A held meeting or a statement dated after the article was published (a day is allowed for time zones). |
//! | `due_before_made` | validate | error | A commitment falls due before the date of the statement that made it. |
//! | `evidence_not_found` | validate | error | Evidence quotes words (with their prefix and suffix) that are not in the body. |
//! | `invalid_position` | validate | error | An evidence position ends before it starts or beyond the end of the body. |
//! | `evidence_position_mismatch` | validate | error | An evidence position selects other words than the quote, or the prefix or suffix is not around it there. |
//! | `quote_not_in_body` | validate | error | A direct quote's text does not stand word for word in the body. |
//! | `quote_outside_evidence` | validate | error | A direct quote has evidence, but none of it holds the quote's words. |
//! | `date_words_disagree` | validate | error | A date's words name a weekday, month or year its value does not fall on ("on Monday" for a Tuesday), or say "yesterday", "today" or "tomorrow" of another day than the publication's. |
//! | `observed_before_made` | validate | error | A commitment's status is observed before the commitment was made (its earliest statement, or the meeting it was made at). |
//! | `outside_setting` | validate | error | A statement dated outside the dates of the meeting it was made at, or before the document it was made in; a document dated outside the meeting that adopted it. |
//! | `outside_larger_meeting` | validate | error | A meeting dated outside the larger meeting it is part of (or on the sidelines of), or apart from the meeting it coincides with. |
//! | `due_before_occasion` | validate | error | A commitment to attend, host, hold, visit, meet or negotiate falls due before the meeting or event it concerns. |
//! | `planned_in_past` | validate | warning | A meeting still scheduled, announced, proposed or rescheduled, or an event still expected or possible, dated before the article was published. |
//! | `setting_not_held` | validate | error | A statement made at, a commitment made at, or a document adopted at a meeting that has not taken place (cancelled, postponed or still planned). |
//! | `part_of_cancelled` | validate | error | A held or ongoing meeting is part of a cancelled or postponed one. |
//! | `unsupported_outcome` | validate | error | A commitment observed fulfilled, partially fulfilled, broken or withdrawn with neither evidence nor a statement behind the observation. |
//! | `no_new_date` | validate | error | A rescheduled meeting has no new date, or its new date is the one it was moved from. |
//! | `status_disagrees` | validate | error | A meeting's status is not the last status of its history. |
//! | `history_out_of_order` | validate | error | A status history goes back in time: an observation dated before the one listed before it. |
//! | `quote_without_marks` | validate | error | A direct quote's words do not stand inside quotation marks in the body, nor as a block after a colon ("said:"). |
//! | `weak_evidence` | validate | warning | Evidence of a claim with no word but function words and reporting verbs ("the", "said"): it grounds nothing. |
//! | `ambiguous_evidence` | validate | warning | Evidence of a claim that occurs more than once (with its prefix and suffix), with no position to say which occurrence. |
//! | `too_many_sides` | validate | error | A bilateral meeting has participants from more than two countries. |
//! | `unrepresented_party` | validate | warning | None of a commitment's bound parties made it or is represented by whoever made it (the speakers of its statements, those they speak for, their countries, organizations and groups). |
//! | `place_outside_country` | validate | error | A place lies within a place of another country than its own country code. |
//! | `foreign_role` | validate | warning | A person holds a role in an organization of another country than their own. |
//! | `duplicate_item` | validate | warning | The same statement (speaker, words, setting, date), commitment (kind, bound parties, action, due date) or meeting (kind, date and time, place, participants, name) twice under different ids. |
//! | `empty_update` | validate | error | An update says nothing: no `same_as`, status or participants. |
//! | `mixed_update` | validate | error | An update has a commitment status and a meeting status or participants. |
//! | `unknown_article` | ledger | warning | An update names an article the ledger does not hold (it joins it when it comes). |
//! | `unknown_target` | ledger | error | An update names an id its article does not have. |
//! | `wrong_target_kind` | ledger | error | An update's status is for another kind of part than its target, or its target is neither a commitment nor a meeting, or its `same_as` is of another kind. |
//! | `update_before_made` | ledger | error | An update observes a commitment before the commitment was made. |
//! | `duplicate_article` | ledger | error | Two different articles have the same id; the later one is not taken. |
//! | `conflicting_reports` | ledger | warning | Two articles report different outcomes of one commitment or meeting on the same date. |
//!
//! References must point at the right kind of thing:
//!
//! | field | must name |
//! |---|---|
//! | `dateline`, `meetings/*/place`, `events/*/place`, `organizations/*/location`, `places/*/within` | a place (countries included) |
//! | `publisher`, `roles/*/organization`, `organizations/*/parent`, `meetings/*/organization` | an organization |
//! | `bylines/*`, `statements/*/reported_by/*` | a person or an organization |
//! | `sources/*/source`, `statements/*/speaker`, `statements/*/co_speakers/*` | a person, an organization, a country, a group or a document |
//! | `meetings/*/participants/*/entity`, `commitments/*/bound_parties/*`, `commitments/*/counterparties/*`, `statements/*/on_behalf_of`, `statements/*/addressees/*`, `roles/*/toward`, `groups/*/members/*`, `documents/*/issuers/*`, `documents/*/signatories/*`, `events/*/actors/*`, `events/*/affected/*` | a party: a person, an organization, a country or a group |
//! | `meetings/*/part_of/meeting`, `meetings/*/coincides_with`, `statements/*/setting`, `commitments/*/made_at`, `documents/*/adopted_at` | a meeting |
//! | `commitments/*/concerns`, `meetings/*/related/*/to` | a meeting or an event |
//! | `commitments/*/statements/*`, `commitments/*/status_history/*/statement` | a statement |
//! | `commitments/*/part_of`, `commitments/*/builds_on`, `commitments/*/replaces` | another commitment |
//! | `statements/*/about/*`, `commitments/*/about/*`, `meetings/*/about/*`, `events/*/about/*` | anything the article reports |

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)
)]

mod article;
mod build;
mod codes;
mod commitment;
mod date;
mod de;
mod document;
mod entity;
mod error;
mod event;
mod evidence;
mod handle;
mod id;
pub mod interop;
mod ledger;
mod meeting;
mod quantity;
mod read;
pub mod schema;
mod statement;
pub mod stream;
mod update;
mod validate;
mod vocab;

pub use article::{Article, ArticleBuilder, Attribution, FormatVersion};
pub use build::IntoValue;
pub use codes::{CountryCode, CurrencyCode, LanguageTag, Url, WikidataId};
pub use commitment::{
    Commitment, CommitmentBuilder, CommitmentKind, CommitmentStatus, Modality, StatusObservation,
};
pub use date::{
    resolve_relative, DateInterval, DatePrecision, DateQualifier, EventDate, IntervalEnd,
    PartialDate, PublicationDate, Tense, TimeOfDay, Timestamp, When,
};
pub use document::{Document, DocumentBuilder, DocumentKind, DocumentStatus};
pub use entity::{
    CountryBuilder, Entities, Group, GroupBuilder, Identifiers, Organization, OrganizationBuilder,
    OrganizationKind, Person, PersonBuilder, Place, PlaceBuilder, PlaceKind, Role,
};
pub use error::{
    Error, ErrorCode, JsonError, JsonPointer, Level, Lints, NotALint, Severity, Stage,
    UnknownErrorCode, UnknownLevel, Validate, ValidationError, ValidationErrors, ValueError,
};
pub use event::{Event, EventBuilder, EventKind, EventStatus};
pub use evidence::{Evidence, OffsetIndex, TextPositionSelector, TextQuoteSelector, TextTarget};
pub use handle::{
    AsAuthor, AsLocation, AsOccasion, AsParty, AsSpeaker, AsSubject, CommitmentHandle,
    CountryHandle, DocumentHandle, EventHandle, GroupHandle, Handle, MeetingHandle,
    OrganizationHandle, PersonHandle, PlaceHandle, StatementHandle,
};
pub use id::Id;
pub use ledger::{
    CommitmentFilter, CommitmentStep, Conflict, ConflictReport, Excerpt, Ledger, LedgerProblem,
    LedgerReport, MeetingStep, ReadSummary, TrackedAttendance, TrackedCommitment, TrackedMeeting,
    TrackedParty, EXCERPT_CHARS,
};
pub use meeting::{
    Attendance, Certainty, Meeting, MeetingBuilder, MeetingKind, MeetingLink, MeetingRelation,
    MeetingStatus, MeetingStatusChange, PartOf, PartOfRelation, Participant, Sequence,
};
pub use quantity::{Quantity, QuantityQualifier};
pub use statement::{SpeechAct, Statement, StatementBuilder, StatementMode};
pub use update::{ExternalRef, TargetKind, Update};
pub use vocab::UnknownValue;

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
            .and_then(crate::de::fast::read_document)
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
        Article, ArticleBuilder, Certainty, Commitment, CommitmentKind, CommitmentStatus, Document,
        DocumentKind, Error, ErrorCode, Event, EventKind, EventStatus, Evidence, Group, Handle,
        Lints, Meeting, MeetingKind, MeetingStatus, MeetingStatusChange, Modality, Organization,
        OrganizationKind, Person, Place, PlaceKind, Quantity, SpeechAct, Statement, StatementMode,
        Validate, ValidationErrors, When,
    };
}
