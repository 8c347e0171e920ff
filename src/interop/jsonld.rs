//! schema.org JSON-LD: an article as a `NewsArticle` with the meetings,
//! events, quotations, people, organizations and commitments it reports.
//! The mapping table is in the module documentation of
//! [`interop`](crate::interop).

use chrono::NaiveDate;
use serde_json::{json, Map, Value};

use super::{article_iri, day_span, plain_day, schema_org_event_status, wikidata_uri};
use crate::model::article::Article;
use crate::model::commitment::{Commitment, CommitmentStatus};
use crate::model::document::Document;
use crate::model::entity::{
    Group, Identifiers, Organization, OrganizationKind, Person, Place, PlaceKind,
};
use crate::model::event::{Event, EventStatus};
use crate::model::graph::{ArticleGraph, Part};
use crate::model::meeting::{Attendance, Meeting, MeetingKind};
use crate::model::statement::{Statement, StatementMode};
use crate::value::date::PublicationDate;
use crate::value::id::Id;

/// An article as schema.org JSON-LD: one `NewsArticle` node whose
/// `about` holds the meetings and events (`Event`) and the commitments
/// (`PlanAction`), whose `mentions` holds the people, organizations,
/// places, groups and documents, and whose `hasPart` holds the statements
/// (`Quotation` for quotes, `Claim` for paraphrases). Nodes refer to each
/// other by `@id` (the [`article_iri`] with `#` and the local id). The
/// context is `https://schema.org`; enumeration values (`eventStatus`,
/// `actionStatus`, `eventAttendanceMode`) are IRIs (`{"@id":
/// "schema:EventScheduled"}`), so they stay IRIs when expanded.
///
/// ```
/// use structured_news::interop::to_jsonld;
/// use structured_news::Article;
///
/// let article = Article::from_json_str(r#"{
///   "format_version": "2.0", "id": "a1", "language": "en", "body": "The ministers met.",
///   "meetings": [{"id": "m1", "kind": "bilateral", "status": "held",
///                 "date": {"value": "2023-12-04"}}]
/// }"#)?;
/// let doc = to_jsonld(&article);
/// assert_eq!(doc["@type"], "NewsArticle");
/// let meeting = &doc["about"][0];
/// assert_eq!(meeting["@type"], "Event");
/// assert_eq!(meeting["@id"], "urn:structured-news:article:a1#m1");
/// assert_eq!(meeting["eventStatus"]["@id"], "schema:EventScheduled");
/// assert_eq!(meeting["startDate"], "2023-12-04");
/// # Ok::<(), structured_news::Error>(())
/// ```
pub fn to_jsonld(article: &Article) -> Value {
    let x = Ld {
        base: article_iri(article),
        index: ArticleGraph::new(article),
        article,
    };
    let mut doc = Map::new();
    doc.insert("@context".into(), "https://schema.org".into());
    doc.insert("@type".into(), "NewsArticle".into());
    doc.insert("@id".into(), x.base.clone().into());
    if let Some(url) = &article.url {
        doc.insert("url".into(), url.as_str().into());
    }
    doc.insert("identifier".into(), article.id.as_str().into());
    if let Some(headline) = &article.headline {
        doc.insert("headline".into(), headline.as_str().into());
    }
    doc.insert("inLanguage".into(), article.language.as_str().into());
    match &article.published {
        Some(PublicationDate::Timestamp(t)) => {
            doc.insert("datePublished".into(), t.to_string().into());
        }
        Some(PublicationDate::Date(d)) => {
            if let Some(day) = plain_day(d) {
                doc.insert("datePublished".into(), day.to_string().into());
            }
        }
        None => {}
    }
    if let Some(dateline) = &article.dateline {
        doc.insert("dateline".into(), x.index.display_name(dateline).into());
    }
    put_refs(&mut doc, "author", x.refs(&article.bylines));
    if let Some(publisher) = &article.publisher {
        doc.insert("publisher".into(), x.r(publisher));
    }
    put_list(
        &mut doc,
        "keywords",
        article.subjects.iter().map(|s| s.as_str().into()).collect(),
    );
    doc.insert("articleBody".into(), article.body.as_str().into());

    let about: Vec<Value> = article
        .meetings
        .iter()
        .map(|m| x.meeting(m))
        .chain(article.events.iter().map(|e| x.event(e)))
        .chain(article.commitments.iter().map(|c| x.commitment(c)))
        .collect();
    put_list(&mut doc, "about", about);
    let e = &article.entities;
    let mentions: Vec<Value> = e
        .people
        .iter()
        .map(|p| x.person(p))
        .chain(e.organizations.iter().map(|o| x.organization(o)))
        .chain(e.places.iter().map(|p| x.place(p)))
        .chain(e.groups.iter().map(|g| x.group(g)))
        .chain(article.documents.iter().map(|d| x.document(d)))
        .collect();
    put_list(&mut doc, "mentions", mentions);
    let parts: Vec<Value> = article.statements.iter().map(|s| x.statement(s)).collect();
    put_list(&mut doc, "hasPart", parts);
    Value::Object(doc)
}

/// What the node builders share: the base IRI and the article's index.
struct Ld<'a> {
    base: String,
    index: ArticleGraph<'a>,
    article: &'a Article,
}

impl<'a> Ld<'a> {
    fn iri(&self, id: &Id) -> String {
        format!("{}#{}", self.base, id.as_str())
    }

    /// A reference to the node of `id`.
    fn r(&self, id: &Id) -> Value {
        json!({"@id": self.iri(id)})
    }

    fn refs<'i>(&self, ids: impl IntoIterator<Item = &'i Id>) -> Vec<Value> {
        ids.into_iter().map(|id| self.r(id)).collect()
    }

    /// A node of `type_` for `id`.
    fn node(&self, type_: &str, id: &Id) -> Map<String, Value> {
        let mut node = Map::new();
        node.insert("@type".into(), type_.into());
        node.insert("@id".into(), self.iri(id).into());
        node
    }

    /// A reference to an agent (person, organization, group, country);
    /// `None` for a document, which is no agent.
    fn agent(&self, id: &Id) -> Option<Value> {
        match self.index.find(id) {
            Some(Part::Document(_)) => None,
            _ => Some(self.r(id)),
        }
    }

    fn person(&self, p: &Person) -> Value {
        let mut node = self.node("Person", &p.id);
        put_str(&mut node, "name", p.name.as_deref());
        put_str(&mut node, "description", p.description.as_deref());
        put_names(&mut node, &p.aliases);
        put_same_as(&mut node, p.identifiers.as_ref());
        if let Some(code) = p.country {
            let country = self
                .article
                .entities
                .places
                .iter()
                .find(|c| c.kind == PlaceKind::Country && c.country == Some(code));
            if let Some(country) = country {
                node.insert("nationality".into(), self.r(&country.id));
            }
        }
        let mut titles = Vec::new();
        let mut member_of = Vec::new();
        for role in &p.roles {
            match &role.organization {
                None => titles.push(Value::from(role.title.as_str())),
                Some(org) => {
                    let mut r = Map::new();
                    r.insert("@type".into(), "OrganizationRole".into());
                    r.insert("memberOf".into(), self.r(org));
                    r.insert("roleName".into(), role.title.as_str().into());
                    let start = role.start.as_ref().and_then(|d| day_of(d, true));
                    let end = role.end.as_ref().and_then(|d| day_of(d, false));
                    put_day(&mut r, "startDate", start);
                    put_day(&mut r, "endDate", end);
                    member_of.push(Value::Object(r));
                }
            }
        }
        put_list(&mut node, "jobTitle", titles);
        put_list(&mut node, "memberOf", member_of);
        Value::Object(node)
    }

    fn organization(&self, o: &Organization) -> Value {
        let type_ = match o.kind {
            OrganizationKind::Government
            | OrganizationKind::Ministry
            | OrganizationKind::Agency
            | OrganizationKind::HeadOfStateOffice
            | OrganizationKind::Legislature
            | OrganizationKind::Judiciary
            | OrganizationKind::Military
            | OrganizationKind::DiplomaticMission => "GovernmentOrganization",
            OrganizationKind::PoliticalParty => "PoliticalParty",
            OrganizationKind::Media => "NewsMediaOrganization",
            OrganizationKind::Company => "Corporation",
            OrganizationKind::EducationalInstitution => "EducationalOrganization",
            OrganizationKind::NonGovernmentalOrganization => "NGO",
            _ => "Organization",
        };
        let mut node = self.node(type_, &o.id);
        node.insert("name".into(), o.name.as_str().into());
        put_names(&mut node, &o.aliases);
        put_same_as(&mut node, o.identifiers.as_ref());
        if let Some(parent) = &o.parent {
            node.insert("parentOrganization".into(), self.r(parent));
        }
        if let Some(location) = &o.location {
            node.insert("location".into(), self.r(location));
        }
        Value::Object(node)
    }

    fn place(&self, p: &Place) -> Value {
        let type_ = match p.kind {
            PlaceKind::Country => "Country",
            PlaceKind::City => "City",
            PlaceKind::Region | PlaceKind::District => "AdministrativeArea",
            PlaceKind::BodyOfWater => "BodyOfWater",
            _ => "Place",
        };
        let mut node = self.node(type_, &p.id);
        node.insert("name".into(), p.label().into());
        if let (Some(_), Some(description)) = (&p.name, &p.description) {
            node.insert("description".into(), description.as_str().into());
        }
        put_names(&mut node, &p.aliases);
        put_same_as(&mut node, p.identifiers.as_ref());
        if let Some(code) = p.country {
            if p.kind == PlaceKind::Country {
                node.insert("identifier".into(), code.as_str().into());
            } else {
                node.insert(
                    "address".into(),
                    json!({"@type": "PostalAddress", "addressCountry": code.as_str()}),
                );
            }
        }
        if let Some(within) = &p.within {
            node.insert("containedInPlace".into(), self.r(within));
        }
        Value::Object(node)
    }

    fn group(&self, g: &Group) -> Value {
        let mut node = self.node("Organization", &g.id);
        put_str(&mut node, "name", g.name.as_deref());
        put_str(&mut node, "description", g.description.as_deref());
        put_names(&mut node, &g.aliases);
        put_same_as(&mut node, g.identifiers.as_ref());
        put_refs(&mut node, "member", self.refs(&g.members));
        Value::Object(node)
    }

    fn document(&self, d: &Document) -> Value {
        let mut node = self.node("CreativeWork", &d.id);
        put_str(&mut node, "name", d.title.as_deref());
        node.insert("genre".into(), d.kind.as_str().into());
        put_refs(&mut node, "author", self.refs(&d.issuers));
        put_day(&mut node, "dateCreated", day_span(d.date.as_ref()).0);
        Value::Object(node)
    }

    fn meeting(&self, m: &Meeting) -> Value {
        let mut node = self.node("Event", &m.id);
        node.insert("name".into(), Part::Meeting(m).display_name().into());
        put_status(&mut node, "eventStatus", schema_org_event_status(&m.status));
        if matches!(
            m.kind,
            MeetingKind::PhoneCall | MeetingKind::VideoConference
        ) {
            node.insert(
                "eventAttendanceMode".into(),
                json!({"@id": "schema:OnlineEventAttendanceMode"}),
            );
        }
        let (start, end) = day_span(m.date.as_ref());
        match (start, &m.time) {
            (Some(day), Some(time)) => {
                let offset = time.offset().map(|o| o.to_string()).unwrap_or_default();
                let at = format!("{day}T{}{offset}", time.time().format("%H:%M:%S"));
                node.insert("startDate".into(), at.into());
            }
            _ => put_day(&mut node, "startDate", start),
        }
        put_day(&mut node, "endDate", end);
        put_day(
            &mut node,
            "previousStartDate",
            day_span(m.rescheduled_from.as_ref()).0,
        );
        if let Some(place) = &m.place {
            node.insert("location".into(), self.r(place));
        }
        if let Some(org) = &m.organization {
            node.insert("organizer".into(), self.r(org));
        }
        let attendees = m
            .participants
            .iter()
            .filter(|p| !p.attendance.as_ref().is_some_and(Attendance::absent))
            .map(|p| self.r(&p.entity))
            .collect();
        put_refs(&mut node, "attendee", attendees);
        if let Some(part_of) = &m.part_of {
            node.insert("superEvent".into(), self.r(&part_of.meeting));
        }
        let parts = self
            .article
            .meetings
            .iter()
            .filter(|other| other.part_of.as_ref().is_some_and(|p| p.meeting == m.id))
            .map(|other| self.r(&other.id))
            .collect();
        put_refs(&mut node, "subEvent", parts);
        put_refs(&mut node, "about", self.refs(&m.about));
        let topics = m
            .topics
            .iter()
            .chain(&m.expected_topics)
            .map(|t| t.as_str().into())
            .collect();
        put_list(&mut node, "keywords", topics);
        Value::Object(node)
    }

    fn event(&self, e: &Event) -> Value {
        let mut node = self.node("Event", &e.id);
        node.insert("name".into(), e.description.as_str().into());
        let status = match e.status {
            EventStatus::Occurred | EventStatus::Ongoing | EventStatus::Expected => {
                Some("https://schema.org/EventScheduled")
            }
            EventStatus::DidNotOccur => Some("https://schema.org/EventCancelled"),
            _ => None,
        };
        put_status(&mut node, "eventStatus", status);
        let (start, end) = day_span(e.date.as_ref());
        put_day(&mut node, "startDate", start);
        put_day(&mut node, "endDate", end);
        if let Some(place) = &e.place {
            node.insert("location".into(), self.r(place));
        }
        put_refs(&mut node, "about", self.refs(&e.about));
        Value::Object(node)
    }

    fn statement(&self, s: &Statement) -> Value {
        let quote = matches!(s.mode, StatementMode::DirectQuote | StatementMode::OwnText);
        let mut node = self.node(if quote { "Quotation" } else { "Claim" }, &s.id);
        node.insert("text".into(), s.text.as_str().into());
        let speakers: Vec<Value> = std::iter::once(&s.speaker)
            .chain(&s.co_speakers)
            .filter_map(|id| self.agent(id))
            .collect();
        put_refs(
            &mut node,
            if quote { "spokenByCharacter" } else { "author" },
            speakers,
        );
        let document = s.document.as_ref().or(match self.index.find(&s.speaker) {
            Some(Part::Document(_)) => Some(&s.speaker),
            _ => None,
        });
        if let Some(document) = document {
            node.insert("isPartOf".into(), self.r(document));
        }
        put_day(&mut node, "dateCreated", day_span(s.date.as_ref()).0);
        if let Some(setting) = &s.setting {
            node.insert("recordedAt".into(), self.r(setting));
        }
        put_refs(&mut node, "about", self.refs(&s.about));
        Value::Object(node)
    }

    fn commitment(&self, c: &Commitment) -> Value {
        let mut node = self.node("PlanAction", &c.id);
        node.insert("name".into(), c.action.as_str().into());
        let status = c.status().and_then(|s| match s {
            CommitmentStatus::Stated
            | CommitmentStatus::Reiterated
            | CommitmentStatus::Confirmed
            | CommitmentStatus::Postponed
            | CommitmentStatus::Rescheduled => Some("https://schema.org/PotentialActionStatus"),
            CommitmentStatus::InProgress
            | CommitmentStatus::Stalled
            | CommitmentStatus::PartiallyFulfilled => Some("https://schema.org/ActiveActionStatus"),
            CommitmentStatus::Fulfilled => Some("https://schema.org/CompletedActionStatus"),
            CommitmentStatus::Broken | CommitmentStatus::Withdrawn => {
                Some("https://schema.org/FailedActionStatus")
            }
            _ => None,
        });
        put_status(&mut node, "actionStatus", status);
        let agents = c
            .bound_parties
            .iter()
            .filter_map(|id| self.agent(id))
            .collect();
        put_refs(&mut node, "agent", agents);
        let participants = c
            .counterparties
            .iter()
            .filter_map(|id| self.agent(id))
            .collect();
        put_refs(&mut node, "participant", participants);
        put_day(
            &mut node,
            "scheduledTime",
            day_span(c.due.as_ref()).1.or(day_span(c.due.as_ref()).0),
        );
        if let Some(concerns) = &c.concerns {
            node.insert("object".into(), self.r(concerns));
        }
        Value::Object(node)
    }
}

/// A role's start (its first day) or end (its last day), when known to
/// the day.
fn day_of(date: &crate::value::date::EventDate, start: bool) -> Option<NaiveDate> {
    let when = crate::value::date::When::stated(*date);
    let (first, last) = day_span(Some(&when));
    if start {
        first
    } else {
        last.or(first)
    }
}

fn put_str(node: &mut Map<String, Value>, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        node.insert(key.into(), value.into());
    }
}

fn put_day(node: &mut Map<String, Value>, key: &str, day: Option<NaiveDate>) {
    if let Some(day) = day {
        node.insert(key.into(), day.to_string().into());
    }
}

/// An enumeration value as an IRI node: `https://schema.org/X` becomes
/// `{"@id": "schema:X"}`, which the context expands to the vocabulary's
/// `http://schema.org/X`.
fn put_status(node: &mut Map<String, Value>, key: &str, iri: Option<&str>) {
    if let Some(name) = iri.and_then(|i| i.strip_prefix("https://schema.org/")) {
        node.insert(key.into(), json!({"@id": format!("schema:{name}")}));
    }
}

fn put_list(node: &mut Map<String, Value>, key: &str, items: Vec<Value>) {
    if !items.is_empty() {
        node.insert(key.into(), Value::Array(items));
    }
}

fn put_refs(node: &mut Map<String, Value>, key: &str, refs: Vec<Value>) {
    put_list(node, key, refs);
}

fn put_names(node: &mut Map<String, Value>, aliases: &[String]) {
    put_list(
        node,
        "alternateName",
        aliases.iter().map(|a| a.as_str().into()).collect(),
    );
}

fn put_same_as(node: &mut Map<String, Value>, identifiers: Option<&Identifiers>) {
    let Some(identifiers) = identifiers else {
        return;
    };
    let same_as = identifiers
        .wikidata
        .iter()
        .map(|q| wikidata_uri(q).into())
        .chain(identifiers.same_as.iter().map(|u| u.as_str().into()))
        .collect();
    put_list(node, "sameAs", same_as);
}
