//! IPTC ninjs 3.1: an article as a ninjs news item, and a ninjs news item
//! read back as an article. The mapping table is in the module
//! documentation of [`interop`](crate::interop).

use std::collections::HashSet;

use serde_json::{json, Map, Value};

use super::{article_iri, ascii_uri, wikidata_uri, ARTICLE_URN_PREFIX};
use crate::error::{JsonPointer, Validate};
use crate::model::article::{Article, Attribution};
use crate::model::entity::{Identifiers, Organization, OrganizationKind, Person, Place, PlaceKind};
use crate::model::graph::{ArticleGraph, Part};
use crate::value::codes::{LanguageTag, Url, WikidataId};
use crate::value::date::{PublicationDate, Timestamp};
use crate::value::id::Id;

/// The `$id` of the ninjs 3.1 JSON Schema, written in the export's
/// `standard.schema`.
pub const NINJS_SCHEMA_URI: &str = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

/// The `role` of the ninjs `descriptions` entry in which
/// [`to_ninjs_with_article`] carries the whole structured-news article (as
/// JSON text, `contentType` `application/json`).
pub const NINJS_ARTICLE_ROLE: &str = "structured-news";

/// The `role` of the ninjs `altIds` entry that holds the article's id.
pub const NINJS_ARTICLE_ID_ROLE: &str = "structured-news-id";

/// A ninjs document that [`from_ninjs`] cannot read as an article: where
/// (a JSON Pointer into the ninjs document) and why.
///
/// ```
/// use structured_news::interop::from_ninjs_str;
///
/// let err = from_ninjs_str(r#"{"uri": "urn:x:1", "language": 7}"#).unwrap_err();
/// assert_eq!(err.path().as_str(), "/language");
/// assert_eq!(err.reason(), "expected a string");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ninjs {}: {reason}", path.display_or_root())]
pub struct NinjsError {
    path: JsonPointer,
    reason: String,
}

impl NinjsError {
    fn new(path: JsonPointer, reason: impl Into<String>) -> Self {
        NinjsError {
            path,
            reason: reason.into(),
        }
    }

    /// Where in the ninjs document the problem is.
    pub fn path(&self) -> &JsonPointer {
        &self.path
    }

    /// Why it cannot be read.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

/// An article as a ninjs 3.1 news item (`type` `text`), valid against
/// IPTC's schema. Statements, commitments, assessments, issues, positions,
/// relations, requests, evidence and most details of meetings have no place in
/// ninjs and are left out; use [`to_ninjs_with_article`] to carry them along.
///
/// ```
/// use structured_news::interop::to_ninjs;
/// use structured_news::Article;
///
/// let article = Article::from_json_str(r#"{
///   "format_version": "2.0", "id": "a1", "language": "en", "published": "2023-12-04",
///   "headline": "Ministers meet", "body": "The ministers met in Ashgabat.",
///   "dateline": "ashgabat",
///   "entities": {"places": [{"id": "ashgabat", "name": "Ashgabat", "kind": "city",
///                            "identifiers": {"wikidata": "Q23792"}}]}
/// }"#)?;
/// let ninjs = to_ninjs(&article);
/// assert_eq!(ninjs["uri"], "urn:structured-news:article:a1");
/// assert_eq!(ninjs["headlines"][0]["value"], "Ministers meet");
/// assert_eq!(ninjs["places"][0]["uri"], "http://www.wikidata.org/entity/Q23792");
/// assert_eq!(ninjs["places"][0]["rel"], "dateline");
/// // A date without a time has no field in ninjs: it is left out, not padded.
/// assert!(ninjs.get("versionCreated").is_none());
/// # Ok::<(), structured_news::Error>(())
/// ```
pub fn to_ninjs(article: &Article) -> Value {
    let index = ArticleGraph::new(article);
    let mut doc = Map::new();
    doc.insert("uri".into(), article_iri(article).into());
    doc.insert("type".into(), "text".into());
    doc.insert(
        "standard".into(),
        json!({"name": "ninjs", "version": "3.1", "schema": NINJS_SCHEMA_URI}),
    );
    if let Some(PublicationDate::Timestamp(t)) = &article.published {
        doc.insert("versionCreated".into(), t.to_string().into());
    }
    doc.insert("language".into(), article.language.as_str().into());
    if let Some(headline) = &article.headline {
        doc.insert(
            "headlines".into(),
            json!([{"role": "main", "value": headline}]),
        );
    }
    doc.insert(
        "bodies".into(),
        json!([{
            "role": "main",
            "contentType": "text/plain",
            "charCount": article.body.chars().count(),
            "value": article.body,
        }]),
    );
    if !article.bylines.is_empty() {
        let names: Vec<&str> = article
            .bylines
            .iter()
            .map(|id| index.display_name(id))
            .collect();
        doc.insert("by".into(), names.join(", ").into());
    }
    if let Some(dateline) = &article.dateline {
        doc.insert("located".into(), index.display_name(dateline).into());
    }

    let rel = |id: &Id| -> &'static str {
        if article.bylines.contains(id) {
            "author"
        } else if article.publisher.as_ref() == Some(id) {
            "publisher"
        } else if article.sources.iter().any(|s| &s.source == id) {
            "source"
        } else if article.dateline.as_ref() == Some(id) {
            "dateline"
        } else {
            "mentioned"
        }
    };
    let entity = |id: &Id, named: Part<'_>| -> Value {
        let mut item = Map::new();
        item.insert("name".into(), named.display_name().into());
        item.insert("rel".into(), rel(id).into());
        if let Some(uri) = entity_uri(named.identifiers()) {
            item.insert("uri".into(), uri.into());
        }
        item.insert("literal".into(), id.as_str().into());
        Value::Object(item)
    };
    let e = &article.entities;
    let people: Vec<Value> = e
        .people
        .iter()
        .map(|p| entity(&p.id, Part::Person(p)))
        .collect();
    let organisations: Vec<Value> = e
        .organizations
        .iter()
        .map(|o| entity(&o.id, Part::Organization(o)))
        .collect();
    let places: Vec<Value> = e
        .places
        .iter()
        .map(|p| entity(&p.id, Part::Place(p)))
        .collect();
    insert_list(&mut doc, "people", people);
    insert_list(&mut doc, "organisations", organisations);
    insert_list(&mut doc, "places", places);

    let subjects: Vec<Value> = article
        .subjects
        .iter()
        .map(|s| json!({"name": s}))
        .collect();
    insert_list(&mut doc, "subjects", subjects);

    let events: Vec<Value> = article
        .meetings
        .iter()
        .map(|m| json!({"id": m.id.as_str(), "name": Part::Meeting(m).display_name(), "rel": "reported"}))
        .chain(
            article
                .events
                .iter()
                .map(|v| json!({"id": v.id.as_str(), "name": v.description, "rel": "reported"})),
        )
        .collect();
    insert_list(&mut doc, "events", events);

    let mut info_sources = Vec::new();
    if let Some(publisher) = &article.publisher {
        info_sources.push(info_source(&index, publisher, "publisher"));
    }
    for source in &article.sources {
        info_sources.push(info_source(&index, &source.source, "source"));
    }
    insert_list(&mut doc, "infoSources", info_sources);

    doc.insert(
        "altIds".into(),
        json!([{"role": NINJS_ARTICLE_ID_ROLE, "value": article.id.as_str()}]),
    );
    Value::Object(doc)
}

/// [`to_ninjs`], plus the whole article (statements, commitments, evidence
/// and all) as JSON text in a `descriptions` entry with `role`
/// [`NINJS_ARTICLE_ROLE`] and `contentType` `application/json`. ninjs 3.1
/// allows no property of its own, and `descriptions` are metadata, not
/// published text, so the document stays valid against IPTC's schema and a
/// ninjs reader ignores the entry; [`embedded_article`] reads it back.
///
/// ```
/// use structured_news::interop::{embedded_article, to_ninjs_with_article};
/// use structured_news::Article;
///
/// let article = Article::from_json_str(
///     r#"{"format_version": "2.0", "id": "a1", "language": "en", "body": "Text."}"#,
/// )?;
/// let ninjs = to_ninjs_with_article(&article);
/// assert_eq!(ninjs["descriptions"][0]["role"], "structured-news");
/// assert_eq!(embedded_article(&ninjs).unwrap(), Some(article));
/// # Ok::<(), structured_news::Error>(())
/// ```
pub fn to_ninjs_with_article(article: &Article) -> Value {
    let mut doc = to_ninjs(article);
    let text = serde_json::to_string(article)
        .expect("an article serializes: every map key is a string and every number finite");
    if let Value::Object(map) = &mut doc {
        map.insert(
            "descriptions".into(),
            json!([{"role": NINJS_ARTICLE_ROLE, "contentType": "application/json", "value": text}]),
        );
    }
    doc
}

/// The article that [`to_ninjs_with_article`] carried in a ninjs document,
/// read and validated; `Ok(None)` when the document carries none.
///
/// # Errors
/// A [`NinjsError`] at the `descriptions` entry when its text is not a
/// valid article (the reason gives the article's own error).
pub fn embedded_article(ninjs: &Value) -> Result<Option<Article>, NinjsError> {
    let Some(descriptions) = ninjs.get("descriptions").and_then(Value::as_array) else {
        return Ok(None);
    };
    for (i, d) in descriptions.iter().enumerate() {
        if d.get("role").and_then(Value::as_str) != Some(NINJS_ARTICLE_ROLE) {
            continue;
        }
        let path = JsonPointer::root()
            .key("descriptions")
            .index(i)
            .key("value");
        let Some(text) = d.get("value").and_then(Value::as_str) else {
            return Err(NinjsError::new(path, "expected a string"));
        };
        return Article::from_json_str(text)
            .map(Some)
            .map_err(|e| NinjsError::new(path, format!("not a valid article: {e}")));
    }
    Ok(None)
}

/// Reads a ninjs news item (3.x) as an article: its id, URL, headline,
/// plain-text body, language, publication time, people, organisations,
/// places, subjects, dateline, byline, publisher and attributed sources
/// (see the mapping table in [`interop`](crate::interop)). A missing
/// `language` is read as `und` (undetermined). The article is validated
/// before it is returned.
///
/// ```
/// use structured_news::interop::{from_ninjs, to_ninjs};
/// use structured_news::Article;
///
/// let article = Article::from_json_str(r#"{
///   "format_version": "2.0", "id": "a1", "language": "en", "body": "Lavrov spoke.",
///   "entities": {"people": [{"id": "lavrov", "name": "Sergei Lavrov",
///                            "identifiers": {"wikidata": "Q80137"}}]}
/// }"#)?;
/// let back = from_ninjs(&to_ninjs(&article))?;
/// assert_eq!(back.id, article.id);
/// assert_eq!(back.entities.people[0].identifiers, article.entities.people[0].identifiers);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// A [`NinjsError`] with the path and the reason when the document is not
/// a JSON object, has no plain-text body (markup bodies are not
/// converted), has a value of the wrong type or one the model refuses (a
/// malformed language tag, a `versionCreated` that is not an RFC 3339
/// date-time, a person without a name), or reads as an article that breaks
/// the rules.
pub fn from_ninjs(ninjs: &Value) -> Result<Article, NinjsError> {
    let root = JsonPointer::root();
    let Some(doc) = ninjs.as_object() else {
        return Err(NinjsError::new(root, "a ninjs document is a JSON object"));
    };
    let uri = string(doc, "uri", &root)?
        .ok_or_else(|| NinjsError::new(root.clone(), "`uri` is missing"))?;

    let mut taken = HashSet::new();
    let alt_id = list(doc, "altIds", &root)?
        .iter()
        .find(|a| a.get("role").and_then(Value::as_str) == Some(NINJS_ARTICLE_ID_ROLE))
        .and_then(|a| a.get("value").and_then(Value::as_str))
        .and_then(|v| Id::new(v).ok());
    let id = match alt_id {
        Some(id) => id,
        None => id_from_uri(uri)
            .ok_or_else(|| NinjsError::new(root.clone().key("uri"), "no id can be made from it"))?,
    };
    let language = match string(doc, "language", &root)? {
        Some(tag) => LanguageTag::new(tag)
            .map_err(|e| NinjsError::new(root.clone().key("language"), e.reason()))?,
        None => LanguageTag::new("und").expect("`und` is a well-formed language tag"),
    };
    let body = plain_body(doc, &root)?;

    let mut article = Article::new(id, language, body);
    if uri.starts_with("http://") || uri.starts_with("https://") {
        article.url = Url::new(uri).ok();
    }
    article.headline = headline(doc, &root)?;
    for key in ["versionCreated", "firstCreated"] {
        if let Some(text) = string(doc, key, &root)? {
            let t: Timestamp = text.parse().map_err(|e: crate::error::ValueError| {
                NinjsError::new(root.clone().key(key), e.reason())
            })?;
            article.published = Some(PublicationDate::Timestamp(t));
            break;
        }
    }

    let mut authors = Vec::new();
    let mut dateline = None;
    for (i, item) in list(doc, "people", &root)?.iter().enumerate() {
        let path = root.clone().key("people").index(i);
        let e = read_entity(item, &path, "person", i, &mut taken)?;
        let mut person = Person::new(e.id.clone(), e.name);
        person.identifiers = e.identifiers;
        if e.rel.as_deref() == Some("author") {
            authors.push(e.id);
        }
        article.entities.people.push(person);
    }
    for (i, item) in list(doc, "organisations", &root)?.iter().enumerate() {
        let path = root.clone().key("organisations").index(i);
        let e = read_entity(item, &path, "organization", i, &mut taken)?;
        let mut org = Organization::new(e.id.clone(), e.name, OrganizationKind::Other);
        org.identifiers = e.identifiers;
        if e.rel.as_deref() == Some("author") {
            authors.push(e.id);
        }
        article.entities.organizations.push(org);
    }
    for (i, item) in list(doc, "places", &root)?.iter().enumerate() {
        let path = root.clone().key("places").index(i);
        let e = read_entity(item, &path, "place", i, &mut taken)?;
        let mut place = Place::new(e.id.clone(), e.name, PlaceKind::Other);
        place.identifiers = e.identifiers;
        if e.rel.as_deref() == Some("dateline") && dateline.is_none() {
            dateline = Some(e.id);
        }
        article.entities.places.push(place);
    }
    article.bylines = authors;
    if dateline.is_none() {
        if let Some(located) = string(doc, "located", &root)?.filter(|s| !s.trim().is_empty()) {
            let id = fresh_id("place", article.entities.places.len(), &mut taken);
            article
                .entities
                .places
                .push(Place::new(id.clone(), located, PlaceKind::Other));
            dateline = Some(id);
        }
    }
    article.dateline = dateline;

    for (i, item) in list(doc, "infoSources", &root)?.iter().enumerate() {
        let path = root.clone().key("infoSources").index(i);
        let role = field_str(item, "role", &path)?;
        let literal = field_str(item, "literal", &path)?.and_then(|l| Id::new(l).ok());
        let known = literal.filter(|l| taken.contains(l.as_str()));
        match role {
            Some("publisher") if article.publisher.is_none() => {
                let is_org = |id: &Id| article.entities.organizations.iter().any(|o| &o.id == id);
                match known.filter(is_org) {
                    Some(id) => article.publisher = Some(id),
                    None => {
                        let Some(name) =
                            field_str(item, "name", &path)?.filter(|n| !n.trim().is_empty())
                        else {
                            continue;
                        };
                        let id = fresh_id(
                            "organization",
                            article.entities.organizations.len(),
                            &mut taken,
                        );
                        let mut org = Organization::new(id.clone(), name, OrganizationKind::Other);
                        org.identifiers = uri_identifiers(item, &path)?;
                        article.entities.organizations.push(org);
                        article.publisher = Some(id);
                    }
                }
            }
            Some("source") => {
                let is_source = |id: &Id| {
                    article.entities.people.iter().any(|p| &p.id == id)
                        || article.entities.organizations.iter().any(|o| &o.id == id)
                        || article.entities.places.iter().any(|p| &p.id == id)
                };
                if let Some(id) = known.filter(is_source) {
                    article.sources.push(Attribution {
                        source: id,
                        evidence: Vec::new(),
                    });
                }
            }
            _ => {}
        }
    }

    for (i, item) in list(doc, "subjects", &root)?.iter().enumerate() {
        let path = root.clone().key("subjects").index(i);
        if let Some(name) = field_str(item, "name", &path)?.filter(|n| !n.trim().is_empty()) {
            article.subjects.push(name.to_owned());
        }
    }

    article.validate().map_err(|problems| {
        let first = problems.first();
        NinjsError::new(
            root,
            format!(
                "it reads as an article that breaks the rules: {} at {}: {}",
                first.code().as_str(),
                first.path().display_or_root(),
                first.message()
            ),
        )
    })?;
    Ok(article)
}

/// [`from_ninjs`] on JSON text.
///
/// # Errors
/// A [`NinjsError`] at the root when the text is not JSON, otherwise as
/// [`from_ninjs`].
pub fn from_ninjs_str(json: &str) -> Result<Article, NinjsError> {
    let value: Value = serde_json::from_str(json)
        .map_err(|e| NinjsError::new(JsonPointer::root(), format!("not JSON: {e}")))?;
    from_ninjs(&value)
}

/// The `uri` of an entity: its Wikidata item, else its first `same_as`.
fn entity_uri(identifiers: Option<&Identifiers>) -> Option<String> {
    let identifiers = identifiers?;
    match &identifiers.wikidata {
        Some(q) => Some(wikidata_uri(q)),
        None => identifiers.same_as.first().map(|u| ascii_uri(u.as_str())),
    }
}

fn info_source(index: &ArticleGraph<'_>, id: &Id, role: &str) -> Value {
    let named = index.find(id);
    let mut item = Map::new();
    item.insert(
        "name".into(),
        named.map_or(id.as_str(), Part::display_name).into(),
    );
    item.insert("role".into(), role.into());
    if let Some(uri) = entity_uri(named.and_then(Part::identifiers)) {
        item.insert("uri".into(), uri.into());
    }
    item.insert("literal".into(), id.as_str().into());
    Value::Object(item)
}

fn insert_list(doc: &mut Map<String, Value>, key: &str, items: Vec<Value>) {
    if !items.is_empty() {
        doc.insert(key.into(), Value::Array(items));
    }
}

/// An entity of `people`, `organisations` or `places`, as read.
struct ReadEntity<'a> {
    id: Id,
    name: &'a str,
    rel: Option<String>,
    identifiers: Option<Identifiers>,
}

fn read_entity<'a>(
    item: &'a Value,
    path: &JsonPointer,
    kind: &str,
    i: usize,
    taken: &mut HashSet<String>,
) -> Result<ReadEntity<'a>, NinjsError> {
    if !item.is_object() {
        return Err(NinjsError::new(path.clone(), "expected an object"));
    }
    let name = field_str(item, "name", path)?
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| {
            NinjsError::new(
                path.clone().key("name"),
                format!("a {kind} without a name cannot be read"),
            )
        })?;
    let literal = field_str(item, "literal", path)?
        .and_then(|l| Id::new(l).ok())
        .filter(|l| !taken.contains(l.as_str()));
    let id = match literal {
        Some(id) => {
            taken.insert(id.as_str().to_owned());
            id
        }
        None => fresh_id(kind, i, taken),
    };
    Ok(ReadEntity {
        id,
        name,
        rel: field_str(item, "rel", path)?.map(str::to_owned),
        identifiers: uri_identifiers(item, path)?,
    })
}

/// The identifiers of an entity's `uri`: a Wikidata item, or a URL.
fn uri_identifiers(item: &Value, path: &JsonPointer) -> Result<Option<Identifiers>, NinjsError> {
    let Some(uri) = field_str(item, "uri", path)? else {
        return Ok(None);
    };
    let mut identifiers = Identifiers::default();
    let wikidata = [
        "http://www.wikidata.org/entity/",
        "https://www.wikidata.org/entity/",
        "http://www.wikidata.org/wiki/",
        "https://www.wikidata.org/wiki/",
    ]
    .iter()
    .find_map(|prefix| uri.strip_prefix(prefix))
    .and_then(|q| WikidataId::new(q).ok());
    match wikidata {
        Some(q) => identifiers.wikidata = Some(q),
        None => identifiers
            .same_as
            .push(Url::new(uri).map_err(|e| NinjsError::new(path.clone().key("uri"), e.reason()))?),
    }
    Ok(Some(identifiers))
}

/// An id `kind-N` that nothing has yet, recorded as taken.
fn fresh_id(kind: &str, i: usize, taken: &mut HashSet<String>) -> Id {
    let mut n = i + 1;
    loop {
        let candidate = format!("{kind}-{n}");
        if !taken.contains(&candidate) {
            taken.insert(candidate.clone());
            return Id::new(&candidate).expect("`kind-N` is a valid id: letters, a hyphen, digits");
        }
        n += 1;
    }
}

/// The article id for a ninjs `uri`: what follows this crate's URN prefix,
/// or the URI with every character an id cannot hold made `-`, cut to 128.
fn id_from_uri(uri: &str) -> Option<Id> {
    if let Some(id) = uri
        .strip_prefix(ARTICLE_URN_PREFIX)
        .and_then(|s| Id::new(s).ok())
    {
        return Some(id);
    }
    let cleaned: String = uri
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-') {
                c
            } else {
                '-'
            }
        })
        .take(128)
        .collect();
    Id::new(&cleaned).ok()
}

/// The body: the first of `bodies` that is plain text (`contentType`
/// `text/plain`, or none).
fn plain_body<'a>(doc: &'a Map<String, Value>, root: &JsonPointer) -> Result<&'a str, NinjsError> {
    let bodies = list(doc, "bodies", root)?;
    for (i, body) in bodies.iter().enumerate() {
        let path = root.clone().key("bodies").index(i);
        let plain = match field_str(body, "contentType", &path)? {
            None => true,
            Some(t) => t
                .split(';')
                .next()
                .expect("split yields at least one piece")
                .trim()
                .eq_ignore_ascii_case("text/plain"),
        };
        if !plain {
            continue;
        }
        let value = field_str(body, "value", &path)?
            .ok_or_else(|| NinjsError::new(path.clone().key("value"), "`value` is missing"))?;
        if value.trim().is_empty() {
            return Err(NinjsError::new(path.key("value"), "the body is blank"));
        }
        return Ok(value);
    }
    Err(NinjsError::new(
        root.clone().key("bodies"),
        "no plain-text body (contentType text/plain or none): an article needs its text, and markup bodies are not converted",
    ))
}

/// The headline: the one with `role` `main`, else the first; blank is none.
fn headline(doc: &Map<String, Value>, root: &JsonPointer) -> Result<Option<String>, NinjsError> {
    let headlines = list(doc, "headlines", root)?;
    let mut first = None;
    for (i, h) in headlines.iter().enumerate() {
        let path = root.clone().key("headlines").index(i);
        let Some(value) = field_str(h, "value", &path)?.filter(|v| !v.trim().is_empty()) else {
            continue;
        };
        if field_str(h, "role", &path)? == Some("main") {
            return Ok(Some(value.to_owned()));
        }
        first = first.or(Some(value));
    }
    Ok(first.map(str::to_owned))
}

/// `doc[key]` as a string, if present.
fn string<'a>(
    doc: &'a Map<String, Value>,
    key: &str,
    path: &JsonPointer,
) -> Result<Option<&'a str>, NinjsError> {
    match doc.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(NinjsError::new(path.clone().key(key), "expected a string")),
    }
}

/// `item[key]` as a string, if present; `item` must be an object.
fn field_str<'a>(
    item: &'a Value,
    key: &str,
    path: &JsonPointer,
) -> Result<Option<&'a str>, NinjsError> {
    match item {
        Value::Object(map) => string(map, key, path),
        _ => Err(NinjsError::new(path.clone(), "expected an object")),
    }
}

/// `doc[key]` as an array (empty when absent).
fn list<'a>(
    doc: &'a Map<String, Value>,
    key: &str,
    path: &JsonPointer,
) -> Result<&'a [Value], NinjsError> {
    match doc.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(NinjsError::new(path.clone().key(key), "expected an array")),
    }
}
