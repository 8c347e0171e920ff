//! An article's JSON read for the page: its records, the spans of the
//! text their evidence selects, and its problems anchored at both.
//!
//! The page is built from the JSON value rather than from a typed
//! [`Article`](structured_news::Article), so that an article with problems
//! (which does not read) still gets its page, with every problem shown
//! where it is.

use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::Value;
use structured_news::stream::every_problem;
use structured_news::{Evidence, Lints, OffsetIndex, Severity, TextTarget};

/// The lists of an article that hold records, with the kind of their
/// records.
pub(crate) const COLLECTIONS: &[(&str, RecordKind)] = &[
    ("/statements", RecordKind::Statement),
    ("/commitments", RecordKind::Commitment),
    ("/assessments", RecordKind::Assessment),
    ("/issues", RecordKind::Issue),
    ("/positions", RecordKind::Position),
    ("/relations", RecordKind::Relation),
    ("/requests", RecordKind::Request),
    ("/meetings", RecordKind::Meeting),
    ("/events", RecordKind::Event),
    ("/entities/people", RecordKind::Person),
    ("/entities/organizations", RecordKind::Organization),
    ("/entities/places", RecordKind::Place),
    ("/entities/groups", RecordKind::Group),
    ("/documents", RecordKind::Document),
    ("/updates", RecordKind::Update),
    ("/sources", RecordKind::Source),
];

/// What a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum RecordKind {
    Statement,
    Commitment,
    Assessment,
    Issue,
    Position,
    Relation,
    Request,
    Meeting,
    Event,
    Person,
    Organization,
    Place,
    Group,
    Document,
    Update,
    Source,
}

impl RecordKind {
    /// The name used in verdicts and summaries.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            RecordKind::Statement => "statement",
            RecordKind::Commitment => "commitment",
            RecordKind::Assessment => "assessment",
            RecordKind::Issue => "issue",
            RecordKind::Position => "position",
            RecordKind::Relation => "relation",
            RecordKind::Request => "request",
            RecordKind::Meeting => "meeting",
            RecordKind::Event => "event",
            RecordKind::Person => "person",
            RecordKind::Organization => "organization",
            RecordKind::Place => "place",
            RecordKind::Group => "group",
            RecordKind::Document => "document",
            RecordKind::Update => "update",
            RecordKind::Source => "source",
        }
    }

    /// The heading of the group of records of this kind.
    pub(crate) fn plural(self) -> &'static str {
        match self {
            RecordKind::Statement => "Statements",
            RecordKind::Commitment => "Commitments",
            RecordKind::Assessment => "Assessments",
            RecordKind::Issue => "Issues",
            RecordKind::Position => "Positions",
            RecordKind::Relation => "Relations",
            RecordKind::Request => "Requests",
            RecordKind::Meeting => "Meetings",
            RecordKind::Event => "Events",
            RecordKind::Person => "People",
            RecordKind::Organization => "Organizations",
            RecordKind::Place => "Places",
            RecordKind::Group => "Groups",
            RecordKind::Document => "Documents",
            RecordKind::Update => "Updates",
            RecordKind::Source => "Sources",
        }
    }
}

/// What a span of text supports, which decides how it is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum SpanKind {
    Quote,
    Paraphrase,
    Commitment,
    Meeting,
    Event,
    Entity,
    Other,
}

impl SpanKind {
    /// The CSS class suffix and the name in the page's data.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            SpanKind::Quote => "quote",
            SpanKind::Paraphrase => "paraphrase",
            SpanKind::Commitment => "commitment",
            SpanKind::Meeting => "meeting",
            SpanKind::Event => "event",
            SpanKind::Entity => "entity",
            SpanKind::Other => "other",
        }
    }

    /// The label written before the span's first character (not colour
    /// alone tells the kinds apart).
    pub(crate) fn label(self) -> &'static str {
        match self {
            SpanKind::Quote => "Q",
            SpanKind::Paraphrase => "P",
            SpanKind::Commitment => "C",
            SpanKind::Meeting => "M",
            SpanKind::Event => "E",
            SpanKind::Entity => "N",
            SpanKind::Other => "O",
        }
    }

    /// What the kind means, for the legend.
    pub(crate) fn meaning(self) -> &'static str {
        match self {
            SpanKind::Quote => "direct quote",
            SpanKind::Paraphrase => "paraphrase or reported speech",
            SpanKind::Commitment => "commitment",
            SpanKind::Meeting => "meeting",
            SpanKind::Event => "event",
            SpanKind::Entity => "entity mention",
            SpanKind::Other => {
                "document, assessment, issue, position, relation, request, update or source"
            }
        }
    }

    pub(crate) const ALL: [SpanKind; 7] = [
        SpanKind::Quote,
        SpanKind::Paraphrase,
        SpanKind::Commitment,
        SpanKind::Meeting,
        SpanKind::Event,
        SpanKind::Entity,
        SpanKind::Other,
    ];
}

/// One record: a statement, a commitment, an entity...
#[derive(Debug)]
pub(crate) struct Record<'a> {
    /// Its JSON Pointer in the article.
    pub pointer: String,
    pub kind: RecordKind,
    pub value: &'a Value,
    /// The spans its evidence selects (indexes into [`Reading::spans`]).
    pub spans: Vec<usize>,
    /// Its evidence that selects nothing in the text: pointer and words.
    pub unlocated: Vec<(String, String)>,
    /// Its problems (indexes into [`Reading::problems`]).
    pub problems: Vec<usize>,
}

/// Words of the text selected by one evidence.
#[derive(Debug)]
pub(crate) struct Span {
    /// The record it supports (index into [`Reading::records`]).
    pub record: usize,
    /// The evidence's JSON Pointer.
    pub pointer: String,
    pub kind: SpanKind,
    /// Whether it is in the headline rather than the body.
    pub in_headline: bool,
    /// Its UTF-8 byte range of the headline or the body.
    pub bytes: Range<usize>,
    /// Its problems (indexes into [`Reading::problems`]).
    pub problems: Vec<usize>,
}

/// A problem of the article, anchored.
#[derive(Debug)]
pub(crate) struct Problem {
    pub code: &'static str,
    pub is_error: bool,
    pub path: String,
    pub message: String,
    /// What the code means (as `structured-news explain` says it).
    pub explain: &'static str,
    pub record: Option<usize>,
    pub span: Option<usize>,
}

/// An article's JSON read for its page.
#[derive(Debug)]
pub(crate) struct Reading<'a> {
    pub value: Option<&'a Value>,
    pub id: String,
    pub headline: Option<&'a str>,
    pub body: &'a str,
    pub language: Option<&'a str>,
    pub records: Vec<Record<'a>>,
    pub spans: Vec<Span>,
    pub problems: Vec<Problem>,
    /// The display name of each id the article gives a name.
    pub names: BTreeMap<&'a str, String>,
}

impl Reading<'_> {
    /// How many problems are errors and how many warnings.
    pub(crate) fn problem_counts(&self) -> (usize, usize) {
        let errors = self.problems.iter().filter(|p| p.is_error).count();
        (errors, self.problems.len() - errors)
    }
}

/// Whether `path` is `prefix` or inside it.
pub(crate) fn is_within(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Escapes a key as a JSON Pointer token.
fn token(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Every evidence value under `value` (whose pointer is `pointer`), with
/// its pointer, in document order.
fn evidence_under<'a>(value: &'a Value, pointer: &str, out: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let at = format!("{pointer}/{}", token(key));
                match (key.as_str(), child) {
                    ("evidence", Value::Array(items)) => {
                        for (i, item) in items.iter().enumerate() {
                            out.push((format!("{at}/{i}"), item));
                        }
                    }
                    _ => evidence_under(child, &at, out),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                evidence_under(item, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The kind of span a record's evidence makes.
fn span_kind(kind: RecordKind, record: &Value) -> SpanKind {
    match kind {
        RecordKind::Statement => {
            if record.get("mode").and_then(Value::as_str) == Some("direct_quote") {
                SpanKind::Quote
            } else {
                SpanKind::Paraphrase
            }
        }
        RecordKind::Commitment => SpanKind::Commitment,
        RecordKind::Meeting => SpanKind::Meeting,
        RecordKind::Event => SpanKind::Event,
        RecordKind::Person | RecordKind::Organization | RecordKind::Place | RecordKind::Group => {
            SpanKind::Entity
        }
        RecordKind::Assessment
        | RecordKind::Issue
        | RecordKind::Position
        | RecordKind::Relation
        | RecordKind::Request
        | RecordKind::Document
        | RecordKind::Update
        | RecordKind::Source => SpanKind::Other,
    }
}

/// The name a record of this kind goes by, if it has one.
fn display_name(value: &Value) -> Option<String> {
    ["name", "title", "action", "description"]
        .iter()
        .find_map(|key| value.get(key).and_then(Value::as_str))
        .map(str::to_owned)
}

/// Reads the article `json` (its bytes, for the problems) and `value`
/// (the same, parsed; `None` when it is not JSON).
pub(crate) fn read<'a>(json: &[u8], value: Option<&'a Value>, lints: &Lints) -> Reading<'a> {
    let str_at = |pointer: &str| {
        value
            .and_then(|v| v.pointer(pointer))
            .and_then(Value::as_str)
    };
    let id = str_at("/id").unwrap_or("(no id)").to_owned();
    let body = str_at("/body").unwrap_or_default();
    let headline = str_at("/headline");
    let mut reading = Reading {
        value,
        id,
        headline,
        body,
        language: str_at("/language"),
        records: Vec::new(),
        spans: Vec::new(),
        problems: Vec::new(),
        names: BTreeMap::new(),
    };
    let body_index = OffsetIndex::new(body);
    let headline_index = OffsetIndex::new(headline.unwrap_or_default());
    for &(list, kind) in COLLECTIONS {
        let Some(items) = value
            .and_then(|v| v.pointer(list))
            .and_then(Value::as_array)
        else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            let pointer = format!("{list}/{i}");
            // An issue is named by its words, which other records' `text`
            // (a statement's) is not.
            let name = if kind == RecordKind::Issue {
                item.get("text").and_then(Value::as_str).map(str::to_owned)
            } else {
                display_name(item)
            };
            if let (Some(id), Some(name)) = (item.get("id").and_then(Value::as_str), name) {
                reading.names.entry(id).or_insert(name);
            }
            let record = reading.records.len();
            let mut evidence = Vec::new();
            evidence_under(item, &pointer, &mut evidence);
            let mut spans = Vec::new();
            let mut unlocated = Vec::new();
            for (at, found) in evidence {
                let words = found
                    .pointer("/quote/exact")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                let located = serde_json::from_value::<Evidence>(found.clone())
                    .ok()
                    .and_then(|e| {
                        let in_headline = e.target == Some(TextTarget::Headline);
                        let index = if in_headline {
                            &headline_index
                        } else {
                            &body_index
                        };
                        let bytes = e.find_in(index)?;
                        (bytes.start < bytes.end).then_some((in_headline, bytes))
                    });
                match located {
                    Some((in_headline, bytes)) => {
                        spans.push(reading.spans.len());
                        reading.spans.push(Span {
                            record,
                            pointer: at,
                            kind: span_kind(kind, item),
                            in_headline,
                            bytes,
                            problems: Vec::new(),
                        });
                    }
                    None => unlocated.push((at, words)),
                }
            }
            reading.records.push(Record {
                pointer,
                kind,
                value: item,
                spans,
                unlocated,
                problems: Vec::new(),
            });
        }
    }
    for problem in every_problem(json, lints) {
        let path = problem.path().as_str().to_owned();
        let index = reading.problems.len();
        let record = reading
            .records
            .iter()
            .position(|r| is_within(&path, &r.pointer));
        let span = reading
            .spans
            .iter()
            .position(|s| is_within(&path, &s.pointer));
        if let Some(r) = record.and_then(|r| reading.records.get_mut(r)) {
            r.problems.push(index);
        }
        if let Some(s) = span.and_then(|s| reading.spans.get_mut(s)) {
            s.problems.push(index);
        }
        reading.problems.push(Problem {
            code: problem.code().as_str(),
            is_error: problem.severity() == Severity::Error,
            path,
            message: problem.message().to_owned(),
            explain: problem.code().description(),
            record,
            span,
        });
    }
    reading
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_are_within_their_prefix_only_at_a_token_boundary() {
        assert!(is_within("/statements/1", "/statements/1"));
        assert!(is_within("/statements/1/speaker", "/statements/1"));
        assert!(!is_within("/statements/10", "/statements/1"));
    }

    #[test]
    fn evidence_in_nested_parts_belongs_to_its_record() {
        let json = r#"{"format_version": "2.0", "id": "a", "language": "ru",
          "body": "Путин прибыл в Ашхабад.",
          "entities": {"people": [{"id": "putin", "name": "Путин",
             "evidence": [{"quote": {"exact": "Путин"}, "position": {"start": 0, "end": 5}}]}],
             "places": [{"id": "ashgabat", "name": "Ашхабад", "kind": "city",
             "evidence": [{"quote": {"exact": "Ашхабад"}}]}]},
          "meetings": [{"id": "m", "kind": "visit", "status": "held",
             "participants": [{"entity": "putin",
               "evidence": [{"quote": {"exact": "Путин прибыл"}, "position": {"start": 0, "end": 12}}]}]}]}"#;
        let value: Value = serde_json::from_str(json).expect("JSON");
        let reading = read(json.as_bytes(), Some(&value), &Lints::new());
        let spans: Vec<(&str, &str, SpanKind)> = reading
            .spans
            .iter()
            .map(|s| {
                (
                    s.pointer.as_str(),
                    reading.body.get(s.bytes.clone()).expect("in the body"),
                    s.kind,
                )
            })
            .collect();
        assert_eq!(
            spans,
            [
                (
                    "/meetings/0/participants/0/evidence/0",
                    "Путин прибыл",
                    SpanKind::Meeting
                ),
                ("/entities/people/0/evidence/0", "Путин", SpanKind::Entity),
                ("/entities/places/0/evidence/0", "Ашхабад", SpanKind::Entity),
            ]
        );
        assert_eq!(
            reading.names.get("ashgabat").map(String::as_str),
            Some("Ашхабад")
        );
    }
}
