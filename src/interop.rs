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
//! same functions on a file.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::article::Article;
use crate::codes::{CountryCode, WikidataId};
use crate::commitment::CommitmentKind;
use crate::date::{EventDate, PartialDate, When};
use crate::document::Document;
use crate::entity::{Group, Identifiers, Organization, Person, Place};
use crate::event::Event;
use crate::id::Id;
use crate::meeting::{Meeting, MeetingKind, MeetingStatus};

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
/// a cancelled one, or one whose status this version does not know, has
/// none.
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
/// a proposed meeting, which schema.org has no status for, and for a status
/// this version does not know.
pub fn schema_org_event_status(status: &MeetingStatus) -> Option<&'static str> {
    Some(match status {
        MeetingStatus::Held
        | MeetingStatus::InProgress
        | MeetingStatus::Scheduled
        | MeetingStatus::Announced => "https://schema.org/EventScheduled",
        MeetingStatus::Postponed => "https://schema.org/EventPostponed",
        MeetingStatus::Rescheduled => "https://schema.org/EventRescheduled",
        MeetingStatus::Cancelled => "https://schema.org/EventCancelled",
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

/// What an id of the article names.
#[derive(Clone, Copy)]
enum Named<'a> {
    Person(&'a Person),
    Organization(&'a Organization),
    Place(&'a Place),
    Group(&'a Group),
    Document(&'a Document),
    Meeting(&'a Meeting),
    Event(&'a Event),
}

impl<'a> Named<'a> {
    /// The name a reader would see: a name, else a description or title,
    /// else the kind.
    fn name(self) -> &'a str {
        match self {
            Named::Person(p) => p
                .name
                .as_deref()
                .or(p.description.as_deref())
                .unwrap_or_else(|| p.id.as_str()),
            Named::Organization(o) => &o.name,
            Named::Place(p) => &p.name,
            Named::Group(g) => g
                .name
                .as_deref()
                .or(g.description.as_deref())
                .unwrap_or_else(|| g.id.as_str()),
            Named::Document(d) => d.title.as_deref().unwrap_or_else(|| d.kind.as_str()),
            Named::Meeting(m) => m.name.as_deref().unwrap_or_else(|| m.kind.as_str()),
            Named::Event(e) => &e.description,
        }
    }

    /// The external identifiers, for the entities that have them.
    fn identifiers(self) -> Option<&'a Identifiers> {
        match self {
            Named::Person(p) => p.identifiers.as_ref(),
            Named::Organization(o) => o.identifiers.as_ref(),
            Named::Place(p) => p.identifiers.as_ref(),
            Named::Group(g) => g.identifiers.as_ref(),
            _ => None,
        }
    }

    /// The country, for the entities that have one (a country its own).
    fn country(self) -> Option<CountryCode> {
        match self {
            Named::Person(p) => p.country,
            Named::Organization(o) => o.country,
            Named::Place(p) => p.country,
            _ => None,
        }
    }
}

/// The article's ids and what each names, for the exports' look-ups.
struct Index<'a> {
    by_id: HashMap<&'a str, Named<'a>>,
}

impl<'a> Index<'a> {
    fn new(article: &'a Article) -> Self {
        let mut by_id = HashMap::new();
        let e = &article.entities;
        let mut add = |id: &'a Id, named: Named<'a>| {
            // A duplicate id is a validation error; the first one wins here.
            by_id.entry(id.as_str()).or_insert(named);
        };
        e.people.iter().for_each(|p| add(&p.id, Named::Person(p)));
        e.organizations
            .iter()
            .for_each(|o| add(&o.id, Named::Organization(o)));
        e.places.iter().for_each(|p| add(&p.id, Named::Place(p)));
        e.groups.iter().for_each(|g| add(&g.id, Named::Group(g)));
        article
            .documents
            .iter()
            .for_each(|d| add(&d.id, Named::Document(d)));
        article
            .meetings
            .iter()
            .for_each(|m| add(&m.id, Named::Meeting(m)));
        article
            .events
            .iter()
            .for_each(|v| add(&v.id, Named::Event(v)));
        Index { by_id }
    }

    fn get(&self, id: &Id) -> Option<Named<'a>> {
        self.by_id.get(id.as_str()).copied()
    }

    /// The name of what `id` names (the id itself when it names nothing).
    fn name(&self, id: &'a Id) -> &'a str {
        self.get(id).map_or(id.as_str(), Named::name)
    }
}
