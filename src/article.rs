//! The article: the root document, its metadata and body, the things it
//! reports, how to read it from JSON and how to build it.

use std::borrow::Cow;
use std::io::Read;

use chrono::{Days, NaiveDate};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

use crate::codes::{object_serde, Id, LanguageTag, Url};
use crate::commitment::Commitment;
use crate::date::{EventDate, PublicationDate};
use crate::entity::Entities;
use crate::error::{Error, JsonError};
use crate::evidence::{check_evidence, Body, Evidence};
use crate::meeting::Meeting;
use crate::reference::{find_cycles, IdTable, Target, ORGANIZATION, PLACE, SPEAKER};
use crate::statement::Statement;
use crate::validate::{Checker, ErrorCode, JsonPointer, Validate, ValidationErrors};

mod builder;
pub use builder::ArticleBuilder;

/// The version of the JSON format an article is written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FormatVersion {
    /// Version 1.0, written `"1.0"`: the one this crate reads and writes.
    #[default]
    V1_0,
}

impl FormatVersion {
    /// The version this crate writes.
    pub const CURRENT: FormatVersion = FormatVersion::V1_0;

    /// The text form, e.g. `"1.0"`.
    pub fn as_str(self) -> &'static str {
        match self {
            FormatVersion::V1_0 => "1.0",
        }
    }
}

impl Serialize for FormatVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for FormatVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = FormatVersion;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string (the format version, \"1.0\")")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<FormatVersion, E> {
                match v {
                    "1.0" => Ok(FormatVersion::V1_0),
                    _ => Err(E::custom(format_args!(
                        "{}: format_version {v:?} is not supported; this version of structured-news reads \"1.0\"",
                        ErrorCode::UnsupportedFormatVersion
                    ))),
                }
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl JsonSchema for FormatVersion {
    fn schema_name() -> Cow<'static, str> {
        "FormatVersion".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "structured_news::FormatVersion".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "The version of the JSON format; always \"1.0\" for this schema.",
            "const": "1.0",
        })
    }
}

/// A source the article attributes its report to ("according to the
/// Russian Foreign Ministry").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Attribution {
    /// The id of the person or organization the article cites (checked by
    /// the validator: `unknown_reference`, `wrong_reference_kind`).
    pub source: Id,
    /// The words in the body that attribute the report; each must really be
    /// there (`evidence_not_found`, `invalid_position`,
    /// `evidence_position_mismatch`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// A news article and what it reports: the root of the format.
///
/// The things the article reports refer to each other by id, like a small
/// graph: a statement's `speaker` is the id of a person in
/// [`entities`](Self::entities), a commitment's `statement` the id of a
/// statement. Ids are unique across the whole article.
///
/// Read one with [`from_json_str`](Self::from_json_str) (which also
/// validates), make one with [`ArticleBuilder`], check one with
/// [`Validate::validate`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[schemars(
    title = "Article",
    description = "A news article and what it reports: the root of the structured-news format, version 1.0. The things the article reports refer to each other by local ids, like a small graph: a statement's speaker is the id of a person or organization in entities, a commitment's statement the id of a statement. Ids are unique across the whole article. What JSON Schema cannot state (references, evidence in the body, impossible dates) is checked by the structured-news validator and named in the descriptions."
)]
#[non_exhaustive]
pub struct Article {
    /// The version of this format, `"1.0"`.
    pub format_version: FormatVersion,
    /// The article's id (its own namespace: it may equal an id inside).
    pub id: Id,
    /// The headline. Must not be blank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"\S"))]
    pub headline: Option<String>,
    /// Where the article was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// The language of the body, a BCP 47 tag such as "en".
    pub language: LanguageTag,
    /// When the article was published: a date or a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PublicationDate>,
    /// The id of the place in the dateline; must name a place
    /// (`unknown_reference`, `wrong_reference_kind`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Id>,
    /// The id of the organization that published it; must name an
    /// organization (`unknown_reference`, `wrong_reference_kind`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Id>,
    /// The ids of the people or organizations in the byline, in order (no
    /// id twice: `duplicate_reference`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("uniqueItems" = true))]
    pub bylines: Vec<Id>,
    /// The sources the article attributes its report to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Attribution>,
    /// What the article is about, in a few words each. None may be blank.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = r"\S")))]
    pub subjects: Vec<String>,
    /// The text of the article. Evidence positions count its Unicode code
    /// points. Must not be blank.
    #[schemars(regex(pattern = r"\S"))]
    pub body: String,
    /// The people, organizations and places the article mentions.
    #[serde(default, skip_serializing_if = "Entities::is_empty")]
    pub entities: Entities,
    /// The meetings the article reports, held or planned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
    /// The statements the article reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
    /// The commitments the article reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<Commitment>,
}

impl Article {
    /// An article with its required fields and nothing else.
    pub fn new(id: Id, language: LanguageTag, body: impl Into<String>) -> Self {
        Article {
            format_version: FormatVersion::CURRENT,
            id,
            headline: None,
            url: None,
            language,
            published: None,
            dateline: None,
            publisher: None,
            bylines: Vec::new(),
            sources: Vec::new(),
            subjects: Vec::new(),
            body: body.into(),
            entities: Entities::default(),
            meetings: Vec::new(),
            statements: Vec::new(),
            commitments: Vec::new(),
        }
    }

    /// A builder for an article with `id`, `language` and `body`.
    pub fn builder(id: &str, language: &str, body: impl Into<String>) -> ArticleBuilder {
        ArticleBuilder::new(id, language, body)
    }

    /// Reads an article from JSON text and validates it.
    ///
    /// # Errors
    /// [`Error::Json`] when the text is not a well-typed article (with
    /// line, column and path), [`Error::Invalid`] with every validation
    /// problem when it is one but breaks the rules.
    ///
    /// ```
    /// use structured_news::{Article, ErrorCode};
    ///
    /// let json = r#"{
    ///   "format_version": "1.0", "id": "a1", "language": "en",
    ///   "body": "Lavrov spoke.",
    ///   "statements": [{"id": "s1", "speaker": "lavrov", "mode": "paraphrase",
    ///                   "text": "Lavrov spoke", "speech_act": "said"}]
    /// }"#;
    /// let err = Article::from_json_str(json).unwrap_err();
    /// let problems = err.validation_errors().unwrap();
    /// let first = problems.iter().next().unwrap();
    /// assert_eq!(first.code(), ErrorCode::UnknownReference);
    /// assert_eq!(first.path().as_str(), "/statements/0/speaker");
    /// ```
    pub fn from_json_str(json: &str) -> Result<Article, Error> {
        Self::from_json_slice(json.as_bytes())
    }

    /// Reads an article from JSON bytes (UTF-8) and validates it.
    ///
    /// # Errors
    /// As [`from_json_str`](Self::from_json_str).
    pub fn from_json_slice(json: &[u8]) -> Result<Article, Error> {
        let article: Article = parse_json(json)?;
        article.validate()?;
        Ok(article)
    }

    /// Reads an article from a reader (to its end) and validates it.
    ///
    /// # Errors
    /// [`Error::Io`] when reading fails, otherwise as
    /// [`from_json_str`](Self::from_json_str).
    pub fn from_reader(mut reader: impl Read) -> Result<Article, Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes)?;
        Self::from_json_slice(&bytes)
    }
}

/// Parses JSON into `T`, reporting where it failed: the fast path parses
/// without tracking the path; only when it fails is the input parsed again
/// with path tracking, to name the path of the error.
pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(json: &[u8]) -> Result<T, JsonError> {
    let first = match serde_json::from_slice::<T>(json) {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    if json.starts_with(b"\xEF\xBB\xBF") {
        return Err(JsonError::new(
            ErrorCode::Syntax,
            JsonPointer::root(),
            1,
            1,
            "the input starts with a byte-order mark (U+FEFF); JSON text must not (RFC 8259, section 8.1)".into(),
        ));
    }
    if json.iter().all(u8::is_ascii_whitespace) {
        return Err(JsonError::new(
            ErrorCode::UnexpectedEnd,
            JsonPointer::root(),
            first.line(),
            first.column(),
            "the input is empty".into(),
        ));
    }
    let mut de = serde_json::Deserializer::from_slice(json);
    let err = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => return Err(JsonError::from_serde(e.inner(), pointer_of(e.path()))),
        Ok(_) => de.end().err().unwrap_or(first),
    };
    Err(JsonError::from_serde(&err, JsonPointer::root()))
}

fn pointer_of(path: &serde_path_to_error::Path) -> JsonPointer {
    use serde_path_to_error::Segment;
    let mut pointer = JsonPointer::root();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer.push_index(*index),
            Segment::Map { key } => pointer.push_key(key),
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

/// What article-level rules need while checking the parts.
pub(crate) struct Context<'a> {
    pub(crate) ids: IdTable<'a>,
    pub(crate) body: Body<'a>,
    pub(crate) article: &'a Article,
    published: Option<(PublicationDate, NaiveDate)>,
    /// Where to report each cycle: (kind, index of the item) and the message.
    cycles: Vec<(Target, usize, String)>,
}

/// A day's allowance for time zones when comparing a date with the
/// publication date.
const TIME_ZONE_ALLOWANCE: Days = Days::new(1);

impl Context<'_> {
    /// Reports `what` dated `date` if it lies wholly after the publication
    /// (allowing one day for time zones).
    pub(crate) fn check_not_after_publication(
        &self,
        c: &mut Checker,
        key: &'static str,
        date: &EventDate,
        what: &str,
    ) {
        let Some((published, last_day)) = self.published else {
            return;
        };
        let latest = last_day
            .checked_add_days(TIME_ZONE_ALLOWANCE)
            .unwrap_or(last_day);
        if date.first_day() > latest {
            c.report_at(
                key,
                ErrorCode::DateAfterPublication,
                format!("{what} dated {date} lies after the article's publication ({published})"),
            );
        }
    }

    fn report_cycle(&self, c: &mut Checker, target: Target, index: usize, key: &'static str) {
        for (t, i, message) in &self.cycles {
            if *t == target && *i == index {
                c.report_at(key, ErrorCode::ReferenceCycle, message.clone());
            }
        }
    }
}

impl Validate for Article {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker::new();
        self.check(&mut c);
        c.finish()
    }
}

impl Article {
    fn id_table(&self) -> IdTable<'_> {
        let e = &self.entities;
        let mut ids = IdTable::with_capacity(
            e.people.len()
                + e.organizations.len()
                + e.places.len()
                + self.meetings.len()
                + self.statements.len()
                + self.commitments.len(),
        );
        for (i, p) in e.people.iter().enumerate() {
            ids.define(&p.id, Target::Person, "/entities/people", i);
        }
        for (i, o) in e.organizations.iter().enumerate() {
            ids.define(&o.id, Target::Organization, "/entities/organizations", i);
        }
        for (i, p) in e.places.iter().enumerate() {
            let target = if p.kind == crate::entity::PlaceKind::Country {
                Target::Country
            } else {
                Target::Place
            };
            ids.define(&p.id, target, "/entities/places", i);
        }
        for (i, m) in self.meetings.iter().enumerate() {
            ids.define(&m.id, Target::Meeting, "/meetings", i);
        }
        for (i, s) in self.statements.iter().enumerate() {
            ids.define(&s.id, Target::Statement, "/statements", i);
        }
        for (i, m) in self.commitments.iter().enumerate() {
            ids.define(&m.id, Target::Commitment, "/commitments", i);
        }
        ids
    }

    /// The cycles of `part_of`, `parent` and `within`, each reported once at
    /// its first member.
    fn cycles(&self, ids: &IdTable<'_>) -> Vec<(Target, usize, String)> {
        let mut out = Vec::new();
        let mut collect = |target: Target,
                           noun: &str,
                           link: &str,
                           all_ids: Vec<&Id>,
                           parents: Vec<Option<usize>>| {
            for cycle in find_cycles(&parents) {
                let chain: Vec<&str> = cycle
                    .iter()
                    .chain(cycle.first())
                    .filter_map(|&i| all_ids.get(i).map(|id| id.as_str()))
                    .collect();
                if let Some(&first) = cycle.first() {
                    let message = format!("{noun} is {link} itself: {}", chain.join(" → "));
                    out.push((target, first, message));
                }
            }
        };
        let organizations = &self.entities.organizations;
        collect(
            Target::Organization,
            "this organization",
            "a parent of",
            organizations.iter().map(|o| &o.id).collect(),
            organizations
                .iter()
                .map(|o| {
                    o.parent
                        .as_ref()
                        .and_then(|p| ids.index_of(p.as_str(), Target::Organization))
                })
                .collect(),
        );
        let places = &self.entities.places;
        collect(
            Target::Place,
            "this place",
            "within",
            places.iter().map(|p| &p.id).collect(),
            places
                .iter()
                .map(|p| {
                    p.within.as_ref().and_then(|w| {
                        ids.index_of(w.as_str(), Target::Place)
                            .or_else(|| ids.index_of(w.as_str(), Target::Country))
                    })
                })
                .collect(),
        );
        collect(
            Target::Meeting,
            "this meeting",
            "part of",
            self.meetings.iter().map(|m| &m.id).collect(),
            self.meetings
                .iter()
                .map(|m| {
                    m.part_of
                        .as_ref()
                        .and_then(|p| ids.index_of(p.meeting.as_str(), Target::Meeting))
                })
                .collect(),
        );
        out
    }

    fn check(&self, c: &mut Checker) {
        let ids = self.id_table();
        let cycles = self.cycles(&ids);
        let mut cx = Context {
            ids,
            body: Body::new(&self.body),
            article: self,
            published: self.published.map(|p| (p, p.last_day())),
            cycles,
        };
        c.optional_text("headline", self.headline.as_deref());
        cx.ids
            .check_optional(c, "dateline", self.dateline.as_ref(), PLACE);
        cx.ids
            .check_optional(c, "publisher", self.publisher.as_ref(), ORGANIZATION);
        cx.ids.check_list(c, "bylines", &self.bylines, SPEAKER);
        if !self.sources.is_empty() {
            c.at("sources", |c| {
                for (i, source) in self.sources.iter().enumerate() {
                    c.at_index(i, |c| {
                        cx.ids.check(c, "source", &source.source, SPEAKER);
                        c.at("evidence", |c| {
                            for (k, e) in source.evidence.iter().enumerate() {
                                c.at_index(k, |c| check_evidence(c, e, &mut cx.body));
                            }
                        });
                    });
                }
            });
        }
        c.texts("subjects", &self.subjects);
        c.text("body", &self.body);
        self.check_entities(c, &cx);
        c.at("meetings", |c| {
            for (i, m) in self.meetings.iter().enumerate() {
                c.at_index(i, |c| {
                    cx.ids.check_unique(c, &m.id, "/meetings", i);
                    m.check_local(c);
                    m.check_in_article(c, &mut cx);
                    cx.report_cycle(c, Target::Meeting, i, "part_of");
                });
            }
        });
        c.at("statements", |c| {
            for (i, s) in self.statements.iter().enumerate() {
                c.at_index(i, |c| {
                    cx.ids.check_unique(c, &s.id, "/statements", i);
                    s.check_local(c);
                    s.check_in_article(c, &mut cx);
                });
            }
        });
        c.at("commitments", |c| {
            for (i, m) in self.commitments.iter().enumerate() {
                c.at_index(i, |c| {
                    cx.ids.check_unique(c, &m.id, "/commitments", i);
                    m.check_local(c);
                    m.check_in_article(c, &mut cx);
                });
            }
        });
    }

    fn check_entities(&self, c: &mut Checker, cx: &Context<'_>) {
        let e = &self.entities;
        c.at("entities", |c| {
            c.at("people", |c| {
                for (i, p) in e.people.iter().enumerate() {
                    c.at_index(i, |c| {
                        cx.ids.check_unique(c, &p.id, "/entities/people", i);
                        p.check_local(c);
                        p.check_references(c, &cx.ids);
                    });
                }
            });
            c.at("organizations", |c| {
                for (i, o) in e.organizations.iter().enumerate() {
                    c.at_index(i, |c| {
                        cx.ids.check_unique(c, &o.id, "/entities/organizations", i);
                        o.check_local(c);
                        o.check_references(c, &cx.ids);
                        cx.report_cycle(c, Target::Organization, i, "parent");
                    });
                }
            });
            c.at("places", |c| {
                for (i, p) in e.places.iter().enumerate() {
                    c.at_index(i, |c| {
                        cx.ids.check_unique(c, &p.id, "/entities/places", i);
                        p.check_local(c);
                        p.check_references(c, &cx.ids);
                        cx.report_cycle(c, Target::Place, i, "within");
                    });
                }
            });
        });
    }
}

object_serde!(Attribution);
object_serde!(Article);
