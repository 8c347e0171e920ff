//! How the model maps onto the standards that newsrooms, the web and
//! event-data users read: **IPTC ninjs 3.1** ([`to_ninjs`], and back with
//! [`from_ninjs`]), **schema.org JSON-LD** ([`to_jsonld`]) and **PLOVER**
//! event records ([`to_plover`]), and the codes under them: PLOVER event
//! types, CAMEO codes and schema.org event statuses.
//!
//! ```
//! use structured_news::interop::{meeting_cameo_code, schema_org_event_status};
//! use structured_news::{Id, Meeting, MeetingKind, MeetingStatus};
//!
//! let call = Meeting::new(Id::new("m1")?, MeetingKind::PhoneCall, MeetingStatus::Held);
//! assert_eq!(meeting_cameo_code(&call), Some("041"));
//! assert_eq!(
//!     schema_org_event_status(&MeetingStatus::Postponed),
//!     Some("https://schema.org/EventPostponed")
//! );
//! # Ok::<(), structured_news::ValueError>(())
//! ```
//!
//! `cargo run --example convert -- --to ninjs|jsonld|plover FILE` runs the
//! same functions on a file (`--from ninjs` reads a ninjs document back).
//! Every export is checked against the standard's own files (the ninjs 3.1
//! JSON Schema and IPTC's test suite, schema.org's context, vocabulary and
//! SHACL shapes, PLOVER's field table and gold-standard records) by the
//! tests `interop_ninjs`, `interop_jsonld`, `interop_plover` and
//! `tests/interop/run.sh`.
//!
//! The tables below say where each part of an [`Article`] goes, and what
//! is lost. Dates go to the standards' date fields only when they are known
//! to the day and not qualified (`2023-12-04`, not `2023-12`, `2023-12-04?`
//! or a season): none of them is padded or guessed.
//!
//! # IPTC ninjs 3.1 ([`to_ninjs`])
//!
//! | structured-news | ninjs |
//! |---|---|
//! | `url`, else `id` | `uri` ([`article_iri`]: the URL without its fragment, non-ASCII percent-encoded; else `urn:structured-news:article:` and the id) |
//! | `id` | `altIds[]` with `role` [`NINJS_ARTICLE_ID_ROLE`] |
//! | | `type` `text`; `standard` (`ninjs`, `3.1`, [`NINJS_SCHEMA_URI`]) |
//! | `published`, a timestamp | `versionCreated`. A date without a time is **left out**: no top-level ninjs field takes a truncated date (only event and coverage `dates` do) |
//! | `language` | `language` |
//! | `headline` | `headlines[]`, `role` `main` |
//! | `body` | `bodies[]`, `role` `main`, `contentType` `text/plain`, `charCount` (code points) |
//! | `bylines` | `by` (the names, comma-separated); the entities' `rel` `author` |
//! | `dateline` | `located` (the place's name); the place's `rel` `dateline` |
//! | people, organizations, places (countries included) | `people`, `organisations`, `places`: `name` (a person known only by a description: the description), `uri` (the Wikidata entity URI, `http://www.wikidata.org/entity/Q…`, else the first `same_as`), `literal` (the local id), `rel`: the first of `author`, `publisher`, `source`, `dateline` that applies, else `mentioned` |
//! | `subjects` | `subjects[].name` |
//! | meetings and events | `events[]`: `id`, `name` (the meeting's name, else its kind; the event's description), `rel` `reported` |
//! | `publisher`, `sources` | `infoSources[]`: `name`, `role` `publisher` or `source`, `uri`, `literal` |
//!
//! **Lost**: groups; aliases, roles (offices included), countries, kinds,
//! parents and `within` of entities; everything about meetings and events
//! but their id and name; documents; **statements, commitments,
//! assessments, issues, positions, relations, requests and evidence**, which
//! ninjs has no place for; a publication date without a time.
//!
//! **Carrying them**: ninjs 3.1 has no extension point (the root says
//! `unevaluatedProperties: false`, every object `additionalProperties:
//! false`). [`to_ninjs_with_article`] therefore adds one `descriptions`
//! entry with `role` [`NINJS_ARTICLE_ROLE`] (`structured-news`),
//! `contentType` `application/json` and the whole article as JSON text in
//! `value`. Descriptions are metadata, not published text, so the document
//! stays valid against IPTC's schema and a ninjs reader passes the entry
//! along unread; [`embedded_article`] reads it back, validated.
//!
//! **Import** ([`from_ninjs`]) reads back: `uri` (the `url` when it is
//! http(s); the id from `altIds`, else from the URN, else the URI with each
//! character an id cannot hold made `-`, cut to 128), `language` (`und`
//! when absent), the first plain-text body (`contentType` `text/plain` or
//! none; without one the document is refused, at `/bodies`: markup is not
//! converted), the headline (`role` `main`, else the first),
//! `versionCreated` (else `firstCreated`) as the publication timestamp,
//! `people`, `organisations` and `places` (a name is required; `literal` is
//! the id when it is a valid, unused id, else `person-1`, ...; `uri` is a
//! Wikidata id when it names an item, else a `same_as` URL; organisations
//! and places get the kind `other`), `rel` `author` as the byline, `rel`
//! `dateline` (else `located`, as a new place) as the dateline,
//! `infoSources` with `role` `publisher` (the organisation its `literal`
//! names, else a new one) and `source` (when its `literal` names an entity
//! read), and `subjects`. Everything else (events, renditions,
//! associations, planning) is not read. A value of the wrong type, a
//! malformed language tag or timestamp, a person without a name or an
//! entity `uri` that is not a URL gives a [`NinjsError`] with its JSON
//! Pointer and reason; the article read is validated before it is returned.
//!
//! # schema.org JSON-LD ([`to_jsonld`])
//!
//! One `NewsArticle` (`@context` `https://schema.org`) holds every node;
//! references are `{"@id": …}` with the [`article_iri`], `#` and the local
//! id. Enumeration values are IRI nodes (`{"@id": "schema:EventScheduled"}`),
//! because the context does not type `eventStatus` or `actionStatus` as
//! `@id` and a string would stay a string.
//!
//! | structured-news | schema.org |
//! |---|---|
//! | article | `NewsArticle`: `url`, `identifier` (the id), `headline`, `inLanguage`, `datePublished`, `dateline` (the place's name), `author` (bylines), `publisher`, `keywords` (subjects), `articleBody`; `about`: the meetings, events and commitments; `mentions`: the entities and documents; `hasPart`: the statements |
//! | person | `Person`: `name`, `description`, `alternateName`, `sameAs` (Wikidata entity URI, `same_as`), `nationality` (the article's country with that code, if any), `jobTitle` (a role without an organization), `memberOf`: an `OrganizationRole` per role in an organization (`memberOf` the organization, `roleName`, `startDate`, `endDate`) |
//! | organization | `GovernmentOrganization` (government, ministry, agency, head of state's office, legislature, judiciary, military, diplomatic mission), `PoliticalParty`, `NewsMediaOrganization`, `Corporation`, `EducationalOrganization`, `NGO`, else `Organization`: `name`, `alternateName`, `sameAs`, `parentOrganization`, `location` |
//! | place | `Country` (`identifier`: the ISO code), `City`, `AdministrativeArea` (region, district), `BodyOfWater`, else `Place`: `name`, `alternateName`, `sameAs`, `containedInPlace` (`within`), `address.addressCountry` |
//! | group | `Organization` with `member`s |
//! | document | `CreativeWork`: `name` (title), `genre` (kind), `author` (issuers), `dateCreated` |
//! | meeting | `Event`: `name` (else the kind), `eventStatus` ([`schema_org_event_status`]; a proposed or possible meeting has none), `eventAttendanceMode` `OnlineEventAttendanceMode` for calls, `startDate` (with the time when known), `endDate`, `previousStartDate` (`rescheduled_from`), `location`, `organizer`, `attendee` (participants, not those who declined, could not come or do not attend), `superEvent` (`part_of`), `subEvent` (the meetings part of it), `about`, `keywords` (topics, expected topics) |
//! | event | `Event`: `name` (description), `eventStatus` (occurred, ongoing, expected: `EventScheduled`; did not occur: `EventCancelled`; possible: none), `startDate`, `endDate`, `location`, `about` |
//! | statement | a direct quote or own text: `Quotation` with `spokenByCharacter` (speaker and co-speakers); a paraphrase: `Claim` with `author`. Both: `text`, `isPartOf` (the document, or a speaker that is a document), `dateCreated`, `recordedAt` (the setting), `about` |
//! | commitment | `PlanAction`: `name` (the action), `actionStatus` (stated, reiterated, confirmed, postponed, rescheduled: `PotentialActionStatus`; in progress, stalled, partially fulfilled: `ActiveActionStatus`; fulfilled: `CompletedActionStatus`; broken, withdrawn: `FailedActionStatus`), `agent` (bound parties), `participant` (counterparties), `scheduledTime` (the due date's last day), `object` (what it concerns) |
//!
//! Commitments are `PlanAction`s, not plain `Action`s: a commitment is an
//! action its parties plan for later, `PlanAction` is "the act of planning
//! the execution of an event/task/action/reservation/plan to a future date",
//! and its `scheduledTime` takes a date, where `Action`'s `endTime` takes
//! only a date-time; `actionStatus` comes from `Action`. A country as an
//! `agent`, `attendee` or speaker stands for its government: schema.org
//! expects a `Person` or an `Organization` there, and its ranges are
//! expected types, not constraints (its SHACL shapes accept the country).
//!
//! **Lost**: speech acts, reporting verbs, addressees, `on_behalf_of`,
//! `reported_by`, pieces and quantities of statements; the modality,
//! condition, `made_at`, statements, `part_of`, `builds_on`, `replaces`,
//! `about`, quantities and past statuses of commitments; certainty,
//! sequence, related meetings, status history and participants' capacity,
//! attendance, role and `in_place_of` of meetings; kind, actors, affected,
//! quantities, `caused_by` and `responds_to` of events; `toward`,
//! `predecessor` and `successor` of roles, and the roles (offices) of
//! organizations and places; the `capacity` of statements and commitments;
//! the occurrence a date is given relative to (`relative_to`); the country of a person whose
//! country the article does not list, and of organizations; evidence;
//! attributed sources (they are among the `mentions`); assessments
//! (schema.org's `Review` judges a creative work, product or place with a
//! rating, not a meeting or a promise in the words of the article); issues
//! and positions (schema.org has no party's stand on a question);
//! relations between parties; requests (schema.org has no demand of one
//! party on another).
//!
//! # PLOVER ([`to_plover`], [`to_plover_ndjson`])
//!
//! | PLOVER field | from |
//! |---|---|
//! | `id` | `<article id>:<meeting or commitment id>` |
//! | `event` | [`MEETING_PLOVER_EVENT_TYPE`] (`CONSULT`) for a held or ongoing meeting; [`COMMITMENT_PLOVER_EVENT_TYPE`] (`AGREE`) for a scheduled, proposed, announced, postponed or rescheduled one (PLOVER codes future meetings as AGREE; none when a commitment concerns it, whose record covers it) and for a commitment |
//! | `date` | a held meeting: its first day; a commitment: the date of its first statement; otherwise, and for planned meetings (the day the plan was reported), the article's publication day |
//! | `enddate`, `time` | a held meeting's last day (when it differs) and time |
//! | `actor` | a meeting's participants, not those who declined, could not come or do not attend (PLOVER puts all participants there when the host is not known); a commitment's bound parties. A group stands for its members |
//! | `recipient` | a commitment's counterparties |
//! | `mode` | calls: `phone`; visits, trips: `visit`; multilateral meetings, summits, forums, conferences: `multilateral`; a meeting in a country none of its parties (two or more, all of known country) is from: `third-party` |
//! | `context` | negotiations: `diplomatic`; planned meetings: `diplomatic`; commitments: `economic` to fund, else `diplomatic` (as CAMEO2PLOVER maps CAMEO 03x) |
//! | `quad_code` | `1` (verbal cooperation) |
//! | `event_text`, `text_info` | the first evidence in the body: its words, `start` and `end` (code points) |
//! | `event_loc` | `extracted_place`: the meeting place's name |
//! | `cite_info` | `citation` (article id), `url`, `title` (headline), `language` (a two-letter primary subtag), `publication` (the publisher's name) |
//! | `coder`, `comment` | `structured-news` and its version; the planned meeting's kind, status and date, or the commitment's kind and action |
//!
//! Each entity object has `entity_text` (the name), `identifier_id` (the
//! Wikidata id, as the manual asks) with `identifier_text`, `sector` (`GOV`,
//! `LEG`, `JUD`, `MIL`, `PTY`, `JRN`, `BUS`, `EDU` from the organization's
//! kind; a person's from the organization of their first role that has one)
//! and `office` (a person's first role).
//!
//! **Lost or not made**: `code` (PLOVER's three-letter codes; the model
//! holds ISO alpha-2 country codes), `text` (filled only by a provider that
//! holds the rights to the text), records for cancelled meetings and for
//! meetings only possible (nobody agreed to them), for
//! events that are not meetings, and for meetings or commitments without a
//! party or without any date known to the day; assessments (PLOVER codes
//! what happened, not how it was judged); issues and positions (nor who
//! stands where); relations (a standing tie is not an event); requests
//! (not yet mapped to PLOVER's DEMAND).

use chrono::NaiveDate;

use crate::model::article::Article;
use crate::model::commitment::CommitmentKind;
use crate::model::meeting::{Meeting, MeetingKind, MeetingStatus};
use crate::value::codes::WikidataId;
use crate::value::date::{EventDate, PartialDate, When};

mod jsonld;
mod ninjs;
mod plover;

pub use jsonld::to_jsonld;
pub use ninjs::{
    embedded_article, from_ninjs, from_ninjs_str, to_ninjs, to_ninjs_with_article, NinjsError,
    NINJS_ARTICLE_ID_ROLE, NINJS_ARTICLE_ROLE, NINJS_SCHEMA_URI,
};
pub use plover::{to_plover, to_plover_ndjson};

/// The PLOVER event type of a meeting, held or planned.
pub const MEETING_PLOVER_EVENT_TYPE: &str = "CONSULT";

/// The PLOVER event type of a commitment (and of a future meeting, which
/// PLOVER codes as an agreement to meet).
pub const COMMITMENT_PLOVER_EVENT_TYPE: &str = "AGREE";

/// The CAMEO event code of a meeting as the article reports it: a held (or
/// ongoing) meeting is a consultation (`040`; `041` by telephone or video,
/// `042` a visit, `046` negotiations); a planned or proposed one is an
/// intent to meet (`036`);
/// a cancelled one, one only possible (no party said it intends to meet),
/// or one whose status this version does not know, has none.
pub fn meeting_cameo_code(meeting: &Meeting) -> Option<&'static str> {
    match meeting.status {
        MeetingStatus::Held | MeetingStatus::InProgress => Some(match meeting.kind {
            MeetingKind::PhoneCall | MeetingKind::VideoConference => "041",
            MeetingKind::Visit => "042",
            MeetingKind::Negotiations => "046",
            _ => "040",
        }),
        MeetingStatus::Scheduled
        | MeetingStatus::Proposed
        | MeetingStatus::Announced
        | MeetingStatus::Postponed
        | MeetingStatus::Rescheduled => Some("036"),
        MeetingStatus::Possible | MeetingStatus::Cancelled => None,
        _ => None,
    }
}

/// The CAMEO code of a commitment's intent: `036` to meet or negotiate,
/// `031` material cooperation, `032` diplomatic support, `033` material
/// aid, `030` cooperation not otherwise specified; `None` for a kind this
/// version does not know.
pub fn commitment_cameo_code(kind: &CommitmentKind) -> Option<&'static str> {
    Some(match kind {
        CommitmentKind::Attend
        | CommitmentKind::Host
        | CommitmentKind::Hold
        | CommitmentKind::Visit
        | CommitmentKind::Meet
        | CommitmentKind::Negotiate => "036",
        CommitmentKind::Build | CommitmentKind::Implement => "031",
        CommitmentKind::Support => "032",
        CommitmentKind::Fund | CommitmentKind::Supply => "033",
        CommitmentKind::Cooperate
        | CommitmentKind::Sign
        | CommitmentKind::Ratify
        | CommitmentKind::Other => "030",
        _ => return None,
    })
}

/// The schema.org `EventStatusType` a meeting status maps onto (a held,
/// ongoing, scheduled or announced meeting is `EventScheduled`); `None` for
/// a proposed or only possible meeting, which schema.org has no status
/// for, and for a status this version does not know.
pub fn schema_org_event_status(status: &MeetingStatus) -> Option<&'static str> {
    Some(match status {
        MeetingStatus::Held
        | MeetingStatus::InProgress
        | MeetingStatus::Scheduled
        | MeetingStatus::Announced => "https://schema.org/EventScheduled",
        MeetingStatus::Postponed => "https://schema.org/EventPostponed",
        MeetingStatus::Rescheduled => "https://schema.org/EventRescheduled",
        MeetingStatus::Cancelled => "https://schema.org/EventCancelled",
        MeetingStatus::Proposed | MeetingStatus::Possible => return None,
        _ => return None,
    })
}

/// The IRI that names an article in the exports: its `url` (without a
/// fragment, and with any character outside ASCII percent-encoded as
/// UTF-8, so that it is a URI) when it has one, otherwise `urn:structured-news:article:`
/// followed by its id. ninjs writes it as `uri`, JSON-LD as the article's
/// `@id`, and the things the article reports get `@id`s under it (`#` and
/// their local id).
///
/// ```
/// use structured_news::interop::article_iri;
/// use structured_news::{Article, Id, LanguageTag};
///
/// let mut article = Article::new(Id::new("a1")?, LanguageTag::new("en")?, "Text.");
/// assert_eq!(article_iri(&article), "urn:structured-news:article:a1");
/// article.url = Some("https://example.org/news/1#top".parse()?);
/// assert_eq!(article_iri(&article), "https://example.org/news/1");
/// # Ok::<(), structured_news::ValueError>(())
/// ```
pub fn article_iri(article: &Article) -> String {
    match &article.url {
        Some(url) => ascii_uri(
            url.as_str()
                .split('#')
                .next()
                .expect("split yields at least one piece"),
        ),
        None => format!("{ARTICLE_URN_PREFIX}{}", article.id.as_str()),
    }
}

/// `iri` with every character outside ASCII percent-encoded as UTF-8 (RFC
/// 3987's mapping of an IRI to a URI).
fn ascii_uri(iri: &str) -> String {
    let mut out = String::with_capacity(iri.len());
    for c in iri.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// The prefix of [`article_iri`] for an article without a URL.
const ARTICLE_URN_PREFIX: &str = "urn:structured-news:article:";

/// The Wikidata entity URI of an item, the form ninjs and schema.org
/// `sameAs` use (`http://www.wikidata.org/entity/Q1065`).
fn wikidata_uri(id: &WikidataId) -> String {
    format!("http://www.wikidata.org/entity/{id}")
}

/// The date, when it is known to the day and not qualified: the only kind
/// the standards' date fields (`YYYY-MM-DD`) hold without changing its
/// meaning.
fn plain_day(date: &PartialDate) -> Option<NaiveDate> {
    match date.qualifier() {
        Some(_) => None,
        None => date.to_naive_date(),
    }
}

/// The first and last day of a date or interval, each when it is known to
/// the day (see [`plain_day`]).
fn day_span(when: Option<&When>) -> (Option<NaiveDate>, Option<NaiveDate>) {
    match when.and_then(|w| w.value.as_ref()) {
        Some(EventDate::Date(d)) => (plain_day(d), None),
        Some(EventDate::Interval(i)) => (
            i.start().date().as_ref().and_then(plain_day),
            i.end().date().as_ref().and_then(plain_day),
        ),
        None => (None, None),
    }
}
