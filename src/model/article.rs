//! The article: the root document, its metadata and body, the things it
//! reports, how to read it from JSON and how to build it.

use std::borrow::Cow;
use std::io::Read;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Lints, Validate, ValidationError, ValueError};
use crate::model::assessment::Assessment;
use crate::model::commitment::Commitment;
use crate::model::document::Document;
use crate::model::entity::Entities;
use crate::model::event::Event;
use crate::model::evidence::Evidence;
use crate::model::meeting::Meeting;
use crate::model::position::{Issue, Position};
use crate::model::relation::Relation;
use crate::model::request::Request;
use crate::model::statement::Statement;
use crate::model::update::Update;
use crate::read::de::{model, refuse};
use crate::read::{parse_json, read_limited};
use crate::value::codes::{LanguageTag, Url};
use crate::value::date::PublicationDate;
use crate::value::id::Id;

/// The version of the JSON format an article is written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FormatVersion {
    /// Version 2.0, written `"2.0"`: read as it always was; every document
    /// of 2.0 is a document of 2.1.
    V2_0,
    /// Version 2.1, written `"2.1"`: 2.0 and the fields and values it adds
    /// (CHANGELOG); the one this crate writes.
    #[default]
    V2_1,
}

impl FormatVersion {
    /// The version this crate writes.
    pub const CURRENT: FormatVersion = FormatVersion::V2_1;

    /// Every version this crate reads, oldest first.
    pub const READ: [FormatVersion; 2] = [FormatVersion::V2_0, FormatVersion::V2_1];

    /// The text form, e.g. `"2.1"`.
    pub fn as_str(self) -> &'static str {
        match self {
            FormatVersion::V2_0 => "2.0",
            FormatVersion::V2_1 => "2.1",
        }
    }

    /// The version written `text`, if this crate reads it.
    fn from_text(text: &str) -> Option<FormatVersion> {
        FormatVersion::READ.into_iter().find(|v| v.as_str() == text)
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
                f.write_str("a string (the format version, \"2.0\" or \"2.1\")")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<FormatVersion, E> {
                FormatVersion::from_text(v).ok_or_else(|| {
                    refuse(ValueError::new(
                        ErrorCode::UnsupportedFormatVersion,
                        v,
                        "this format_version is not supported; this version of structured-news reads \"2.0\" and \"2.1\"",
                    ))
                })
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl crate::read::fast::FastRead for FormatVersion {
    fn fast_read(reader: &mut crate::read::fast::Reader<'_>) -> Option<Self> {
        reader.with_str(FormatVersion::from_text)
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
            "description": "The version of the JSON format: \"2.1\", or \"2.0\" for a document written before 2.1 (every document of 2.0 is one of 2.1).",
            "enum": ["2.0", "2.1"],
        })
    }
}

model! {
    /// A source the article attributes its report to ("according to the
    /// Russian Foreign Ministry").
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Attribution {
        /// The id of the source the article cites: a person, an organization,
        /// a country, a group or a document (checked by the validator:
        /// `unknown_reference`, `wrong_reference_kind`).
        pub source: Id,
        /// The words in the body that attribute the report; each must really be
        /// there (`evidence_not_found`, `invalid_position`,
        /// `evidence_position_mismatch`).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

model! {
    /// Where an article's text came from, when it is not the publisher's
    /// own first publication: a translation ("translated from Russian"),
    /// or a story first published by another outlet ("LONDON (Reuters)
    /// –", "after TASS"). At least one field is set (`empty_provenance`).
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct Provenance {
        /// The language the text was translated from, a BCP 47 tag; another
        /// than the article's own (`translated_from_own_language`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub translated_from: Option<LanguageTag>,
        /// The id of the person or organization that translated it
        /// (`unknown_reference`, `wrong_reference_kind`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub translated_by: Option<Id>,
        /// The id of the organization or person that first published the
        /// story: the agency whose copy this is (`unknown_reference`,
        /// `wrong_reference_kind`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub original_publisher: Option<Id>,
        /// Where the story was first published.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub original_url: Option<Url>,
        /// When the story was first published: not after the article's own
        /// publication (`date_after_publication`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub original_published: Option<PublicationDate>,
        /// The words of the article that say so ("(Reuters) –"), each of
        /// which must really be there (`evidence_not_found`, ...).
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub evidence: Vec<Evidence>,
    }
}

model! {
    /// A news article and what it reports: the root of the format.
    ///
    /// The things the article reports refer to each other by id, like a small
    /// graph: a statement's `speaker` is the id of a person in
    /// [`entities`](Self::entities), a commitment's `statement` the id of a
    /// statement. Ids are unique across the whole article.
    ///
    /// Read one with [`from_json_str`](Self::from_json_str) (which also
    /// validates), make one with [`ArticleBuilder`](crate::ArticleBuilder), check one with
    /// [`Validate::validate`].
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[schemars(
        title = "Article",
        description = "A news article and what it reports: the root of the structured-news format, version 2.1 (documents of 2.0 are documents of 2.1). The things the article reports refer to each other by local ids, like a small graph: a statement's speaker is the id of a person, organization, country, group or document, a commitment's statements the ids of statements. Ids are unique across the whole article. What JSON Schema cannot state (references, evidence in the body, impossible dates) is checked by the structured-news validator and named in the descriptions."
    )]
    #[non_exhaustive]
    pub struct Article {
        /// The version of this format, `"2.1"` (or `"2.0"`).
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
        /// Whether `published` was worked out (from the address, from
        /// another outlet's report of the same words, from a weekday the
        /// text names) rather than printed with the article; true only
        /// with a `published` (`inferred_without_date`). New in 2.1.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub published_inferred: bool,
        /// Where the text came from when it is not the publisher's own
        /// first publication: a translation, a story first published by
        /// another outlet. New in 2.1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub provenance: Option<Provenance>,
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
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(extend("uniqueItems" = true))]
        pub bylines: Vec<Id>,
        /// The sources the article attributes its report to.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub sources: Vec<Attribution>,
        /// What the article is about, in a few words each. None may be blank.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        #[schemars(inner(regex(pattern = r"\S")))]
        pub subjects: Vec<String>,
        /// The text of the article. Evidence positions count its Unicode code
        /// points. Must not be blank.
        #[schemars(regex(pattern = r"\S"))]
        pub body: String,
        /// The people, organizations and places the article mentions.
        #[serde(default, skip_serializing_if = "Entities::is_empty")]
        pub entities: Entities,
        /// The documents the article mentions: joint statements,
        /// declarations, agreements, ...
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub documents: Vec<Document>,
        /// The meetings the article reports, held or planned.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub meetings: Vec<Meeting>,
        /// The events the article reports that are not meetings: deals,
        /// bans lifted, elections, attacks, casualties, ...
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub events: Vec<Event>,
        /// The statements the article reports.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub statements: Vec<Statement>,
        /// The commitments the article reports.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub commitments: Vec<Commitment>,
        /// How the article, or a party it names, judges the meetings,
        /// events, commitments, documents and statements it reports
        /// ("productive discussions", "a historic agreement"), in the
        /// judging words.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub assessments: Vec<Assessment>,
        /// The questions the article says parties hold positions on or are
        /// divided over ("water sharing", "the Trans-Caspian pipeline"), in
        /// its words, with who is at odds over them. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub issues: Vec<Issue>,
        /// The parties' stands on those issues ("Russia opposes the
        /// pipeline"): who holds what, for or against, and the statements
        /// that voice it. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub positions: Vec<Position>,
        /// The lasting relations the article says parties have
        /// ("diplomatic relations", "a comprehensive strategic
        /// partnership"): of what kind, between whom, since when. New in
        /// 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub relations: Vec<Relation>,
        /// The requests and demands the article reports ("Wang urged India
        /// to meet China halfway"): who asks whom to do what, by when, and
        /// whether it was met or refused. New in 2.1.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub requests: Vec<Request>,
        /// What the article reports about commitments and meetings of
        /// earlier articles: that they were kept, held, postponed, and who
        /// attended. A [`Ledger`](crate::Ledger) joins them to what they
        /// update.
        #[serde(
            default,
            skip_serializing_if = "Vec::is_empty",
            deserialize_with = "crate::read::null_as_empty"
        )]
        pub updates: Vec<Update>,
    }
}

impl Article {
    /// A hash of the whole article (its JSON as this crate writes it),
    /// which tells the same article given twice from another one under
    /// the same id (a corrected extraction of the same text is another
    /// article). The ledger and `structured-news tables` leave a repeat
    /// out by it. Equal articles have equal fingerprints within one build
    /// of the crate; the hash may change between versions, so do not
    /// store it.
    ///
    /// ```
    /// use structured_news::Article;
    ///
    /// let json = r#"{"format_version": "2.0", "id": "a1", "language": "en", "body": "Talks."}"#;
    /// let a = Article::from_json_str(json).unwrap();
    /// let mut b = a.clone();
    /// assert_eq!(a.fingerprint(), b.fingerprint());
    /// b.body.push_str(" Later.");
    /// assert_ne!(a.fingerprint(), b.fingerprint());
    /// ```
    #[must_use]
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{DefaultHasher, Hasher};

        /// Feeds what serde_json writes to a hasher, without keeping it.
        struct Hashing(DefaultHasher);
        impl std::io::Write for Hashing {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.write(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut h = Hashing(DefaultHasher::new());
        serde_json::to_writer(&mut h, self).expect("an article always serializes");
        h.0.finish()
    }

    /// An article with its required fields and nothing else.
    pub fn new(id: Id, language: LanguageTag, body: impl Into<String>) -> Self {
        Article {
            format_version: FormatVersion::CURRENT,
            id,
            headline: None,
            url: None,
            language,
            published: None,
            published_inferred: false,
            provenance: None,
            dateline: None,
            publisher: None,
            bylines: Vec::new(),
            sources: Vec::new(),
            subjects: Vec::new(),
            body: body.into(),
            entities: Entities::default(),
            documents: Vec::new(),
            meetings: Vec::new(),
            events: Vec::new(),
            statements: Vec::new(),
            commitments: Vec::new(),
            assessments: Vec::new(),
            issues: Vec::new(),
            positions: Vec::new(),
            relations: Vec::new(),
            requests: Vec::new(),
            updates: Vec::new(),
        }
    }

    /// Reads an article from JSON text and validates it: it fails on
    /// errors, not on warnings (to see those, use
    /// [`from_json_slice_with`](Self::from_json_slice_with) or
    /// [`Validate::lint`]).
    ///
    /// # Errors
    /// [`Error::Json`] when the text is not a well-typed article (with
    /// line, column and path), [`Error::Invalid`] with every validation
    /// problem (warnings too) when it is one but breaks a rule whose
    /// problems are errors.
    ///
    /// ```
    /// use structured_news::{Article, ErrorCode};
    ///
    /// let json = r#"{
    ///   "format_version": "2.0", "id": "a1", "language": "en",
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
        Self::from_json_slice_with(json, &Lints::new()).map(|(article, _)| article)
    }

    /// Reads an article from JSON bytes (UTF-8) and checks it at the levels
    /// of `lints`: the article with its warnings, or every problem when
    /// one is an error.
    ///
    /// ```
    /// use structured_news::{Article, ErrorCode, Lints};
    ///
    /// // Evidence that grounds nothing: the single word "said".
    /// let json = r#"{"format_version": "2.0", "id": "a1", "language": "en",
    ///   "body": "Lavrov said it.",
    ///   "entities": {"people": [{"id": "p1", "name": "Lavrov"}]},
    ///   "statements": [{"id": "s1", "speaker": "p1", "mode": "paraphrase",
    ///     "speech_act": "said", "text": "Lavrov said it",
    ///     "evidence": [{"quote": {"exact": "said"}}]}]}"#;
    /// let (_, warnings) = Article::from_json_slice_with(json.as_bytes(), &Lints::new())?;
    /// assert_eq!(warnings[0].code(), ErrorCode::WeakEvidence);
    /// assert_eq!(warnings[0].path().as_str(), "/statements/0/evidence/0/quote/exact");
    ///
    /// let strict = Lints::new().deny_warnings();
    /// let err = Article::from_json_slice_with(json.as_bytes(), &strict).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::WeakEvidence);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// As [`from_json_str`](Self::from_json_str), with the errors these
    /// levels make.
    pub fn from_json_slice_with(
        json: &[u8],
        lints: &Lints,
    ) -> Result<(Article, Vec<ValidationError>), Error> {
        let article: Article = parse_json(json)?;
        let warnings = article.lint(lints)?;
        Ok((article, warnings))
    }

    /// Reads an article from a reader (to its end) and validates it. To
    /// refuse input past a size, use
    /// [`from_reader_limited`](Self::from_reader_limited).
    ///
    /// # Errors
    /// [`Error::Io`] when reading fails, otherwise as
    /// [`from_json_str`](Self::from_json_str).
    pub fn from_reader(mut reader: impl Read) -> Result<Article, Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes)?;
        Self::from_json_slice(&bytes)
    }

    /// Reads an article from a reader, refusing input longer than
    /// `max_bytes` without reading past it, and validates it.
    ///
    /// # Errors
    /// [`Error::TooLarge`] past the limit, otherwise as
    /// [`Article::from_json_str`].
    pub fn from_reader_limited(reader: impl Read, max_bytes: u64) -> Result<Article, Error> {
        Article::from_json_slice(&read_limited(reader, max_bytes)?)
    }
}
