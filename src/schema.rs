//! JSON Schema export: the schema of any model type, in four forms, and the
//! files of the `schemas/` directory.
//!
//! | [`Dialect`] | for |
//! |---|---|
//! | [`Draft2020_12`](Dialect::Draft2020_12) | the default: current validators and code generators (`$defs`) |
//! | [`Draft07`](Dialect::Draft07) | older generators and validators (`definitions`) |
//! | [`OpenApi3_0`](Dialect::OpenApi3_0) | openapi-generator and other OpenAPI 3.0 tools: a document whose `components.schemas` hold the types |
//! | [`StructuredOutput`](Dialect::StructuredOutput) | the strict JSON modes of language-model APIs: every property required (optional ones nullable), `additionalProperties: false`, only the keywords such modes accept |
//!
//! Every schema has a `title` and descriptions taken from the documentation
//! of each type and field; the JSON Schema dialects other than the
//! structured-output profile (whose strict modes accept no `$id`) also have
//! an `$id`. What
//! JSON Schema can state is stated (required fields, enumerations, patterns
//! of ids, dates and codes, the list of country codes, non-blank texts,
//! minimum items, formats); what it cannot (references between ids,
//! evidence in the body, impossible calendar dates) is named in the
//! description of the field it concerns, and checked by
//! [`Validate`](crate::Validate).
//!
//! ```
//! use structured_news::schema::{article_schema, Dialect};
//!
//! let schema = article_schema(Dialect::Draft2020_12);
//! assert_eq!(schema["$id"], "urn:structured-news:schema:2.0:Article");
//! assert_eq!(schema["properties"]["format_version"]["$ref"], "#/$defs/FormatVersion");
//! ```
//!
//! A document written under the structured-output profile has every
//! property, absent ones as `null`; it reads back as the same article.

use std::io;
use std::path::{Path, PathBuf};

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::{json, Map, Value};

use crate::ledger::LedgerReport;
use crate::model::article::{Article, Attribution, FormatVersion, Provenance};
use crate::model::assessment::{Assessment, Polarity};
use crate::model::commitment::{
    Commitment, CommitmentKind, CommitmentStatus, Modality, StatusObservation,
};
use crate::model::document::{Document, DocumentKind, DocumentStatus, DocumentStatusChange};
use crate::model::entity::{
    Entities, Group, Identifiers, Organization, OrganizationKind, Person, Place, PlaceKind, Role,
};
use crate::model::event::{Event, EventKind, EventStatus};
use crate::model::evidence::{Evidence, TextPositionSelector, TextQuoteSelector, TextTarget};
use crate::model::meeting::{
    Attendance, Certainty, Meeting, MeetingFormat, MeetingKind, MeetingLevel, MeetingLink,
    MeetingRelation, MeetingRole, MeetingStatus, MeetingStatusChange, PartOf, PartOfRelation,
    Participant, Purpose, Sequence, StatusReason, VisitLevel,
};
use crate::model::position::{Issue, Position, Stance};
use crate::model::quantity::{
    Duration, Equivalent, Quantity, QuantityQualifier, QuantityRole, TimeUnit, VagueSize,
};
use crate::model::relation::{Relation, RelationKind};
use crate::model::request::{Request, RequestForce, RequestObservation, RequestStatus};
use crate::model::statement::{SpeechAct, Statement, StatementChannel, StatementMode};
use crate::model::update::{ExternalRef, Update};
use crate::value::codes::{CountryCode, CurrencyCode, LanguageTag, Url, WikidataId};
use crate::value::date::{
    EventDate, IsoDuration, PartialDate, PublicationDate, RelativeTo, TimeOfDay, TimeRelation,
    Timestamp, When,
};
use crate::value::id::Id;

/// The start of every schema's `$id`; the type's name follows.
const SCHEMA_ID_PREFIX: &str = "urn:structured-news:schema:2.0:";

/// The keywords the structured-output profile may use, and no others.
const STRUCTURED_OUTPUT_KEYWORDS: &[&str] = &[
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "anyOf",
    "$ref",
    "$defs",
    "description",
    "title",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
];

/// The formats the structured-output profile may use.
const STRUCTURED_OUTPUT_FORMATS: &[&str] = &[
    "date-time",
    "time",
    "date",
    "duration",
    "email",
    "hostname",
    "ipv4",
    "ipv6",
    "uuid",
];

/// A form of JSON Schema to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dialect {
    /// JSON Schema 2020-12, with `$defs`. The default.
    Draft2020_12,
    /// JSON Schema draft-07, with `definitions`.
    Draft07,
    /// An OpenAPI 3.0 document whose `components.schemas` hold the type and
    /// every type it uses.
    OpenApi3_0,
    /// The profile for language models' strict structured-output modes:
    /// 2020-12, every property required (optional ones nullable), only the
    /// keywords that language-model APIs accept in strict mode.
    StructuredOutput,
}

impl Dialect {
    /// Every dialect.
    pub const ALL: [Dialect; 4] = [
        Dialect::Draft2020_12,
        Dialect::Draft07,
        Dialect::OpenApi3_0,
        Dialect::StructuredOutput,
    ];
}

/// The schema of `T` in `dialect`, self-contained: a JSON Schema with the
/// definitions it refers to, or (for [`Dialect::OpenApi3_0`]) an OpenAPI
/// document with `T` and its dependencies in `components.schemas`.
///
/// ```
/// use structured_news::schema::{schema_for, Dialect};
/// use structured_news::CommitmentStatus;
///
/// let schema = schema_for::<CommitmentStatus>(Dialect::Draft07);
/// assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
/// assert_eq!(schema["enum"][0], "stated");
/// ```
pub fn schema_for<T: JsonSchema>(dialect: Dialect) -> Value {
    let name = T::schema_name().into_owned();
    match dialect {
        Dialect::Draft2020_12 => json_schema::<T>(SchemaSettings::draft2020_12(), &name),
        Dialect::Draft07 => json_schema::<T>(SchemaSettings::draft07(), &name),
        Dialect::OpenApi3_0 => openapi_document::<T>(&name),
        Dialect::StructuredOutput => {
            let mut schema = json_schema::<T>(SchemaSettings::draft2020_12(), &name);
            structured_output(&mut schema);
            schema
        }
    }
}

/// The schema of [`Article`], the root of the format, in `dialect`.
pub fn article_schema(dialect: Dialect) -> Value {
    schema_for::<Article>(dialect)
}

fn json_schema<T: JsonSchema>(settings: SchemaSettings, name: &str) -> Value {
    let schema = settings.into_generator().into_root_schema_for::<T>();
    let mut value = schema.to_value();
    if let Value::Object(root) = &mut value {
        let mut ordered = Map::new();
        if let Some(meta) = root.remove("$schema") {
            ordered.insert("$schema".into(), meta);
        }
        ordered.insert("$id".into(), json!(format!("{SCHEMA_ID_PREFIX}{name}")));
        ordered.insert("title".into(), json!(name));
        root.remove("title");
        ordered.append(root);
        *root = ordered;
        for key in ["$defs", "definitions"] {
            if let Some(Value::Object(defs)) = root.get_mut(key) {
                title_definitions(defs);
            }
        }
    }
    tidy(&mut value);
    value
}

fn openapi_document<T: JsonSchema>(name: &str) -> Value {
    let schema = SchemaSettings::openapi3()
        .into_generator()
        .into_root_schema_for::<T>();
    let mut root = match schema.to_value() {
        Value::Object(root) => root,
        other => {
            let mut m = Map::new();
            m.insert("allOf".into(), json!([other]));
            m
        }
    };
    root.remove("$schema");
    let mut schemas = match root.remove("components") {
        Some(Value::Object(mut components)) => match components.remove("schemas") {
            Some(Value::Object(schemas)) => schemas,
            _ => Map::new(),
        },
        _ => Map::new(),
    };
    root.insert("title".into(), json!(name));
    let mut all = Map::new();
    all.insert(name.to_owned(), Value::Object(root));
    all.append(&mut schemas);
    title_definitions(&mut all);
    let mut schemas = Value::Object(all);
    openapi_nullable(&mut schemas);
    let mut document = json!({
        "openapi": "3.0.3",
        "info": {
            "title": format!("structured-news: {name}"),
            "version": FormatVersion::CURRENT.as_str(),
            "description": "The types of the structured-news format, as OpenAPI 3.0 components. What JSON Schema cannot state (references between ids, evidence in the body) is checked by the structured-news validator and named in the descriptions.",
        },
        "paths": {},
        "components": {"schemas": schemas},
    });
    tidy(&mut document);
    document
}

/// Rewrites what OpenAPI 3.0 lacks: `{"type": "null"}` alternatives become
/// `nullable: true` (with the other alternative in an `allOf` when it is a
/// reference), and `const` becomes a one-value `enum`.
fn openapi_nullable(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(constant) = map.remove("const") {
                map.insert("enum".into(), json!([constant]));
            }
            let null_alternative = match map.get("anyOf") {
                Some(Value::Array(options)) if options.len() == 2 => {
                    options.iter().position(|o| *o == json!({"type": "null"}))
                }
                _ => None,
            };
            if let Some(null_at) = null_alternative {
                if let Some(Value::Array(mut options)) = map.remove("anyOf") {
                    options.remove(null_at);
                    if let Some(Value::Object(other)) = options.pop() {
                        if other.contains_key("$ref") {
                            map.insert("allOf".into(), json!([other]));
                        } else {
                            for (k, v) in other {
                                map.entry(k).or_insert(v);
                            }
                        }
                    }
                    map.insert("nullable".into(), json!(true));
                }
            }
            map.values_mut().for_each(openapi_nullable);
        }
        Value::Array(items) => items.iter_mut().for_each(openapi_nullable),
        _ => {}
    }
}

/// Gives each definition a `title` (its name), which code generators use
/// to name types.
fn title_definitions(defs: &mut Map<String, Value>) {
    for (key, def) in defs.iter_mut() {
        if let Value::Object(def) = def {
            if !def.contains_key("title") {
                let mut ordered = Map::new();
                ordered.insert("title".into(), json!(key));
                ordered.append(def);
                *def = ordered;
            }
        }
    }
}

/// Cleans every schema in `value`: formats that no standard defines (serde
/// integer widths such as `uint`) are removed, and the hard line breaks of
/// doc comments in descriptions become spaces (paragraphs stay apart).
fn tidy(value: &mut Value) {
    match value {
        Value::Object(map) => {
            nullable_lists(map);
            if let Some(Value::String(format)) = map.get("format") {
                if format.starts_with("uint") || format.starts_with("int") {
                    map.remove("format");
                }
            }
            if let Some(Value::String(description)) = map.get_mut("description") {
                *description = unwrap_lines(&strip_doc_links(description));
            }
            map.values_mut().for_each(tidy);
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// Lets every optional list of an object schema be `null` too, as the
/// crate reads it (`null` is read as absent for every optional value).
fn nullable_lists(map: &mut Map<String, Value>) {
    let required: Vec<String> = match map.get("required") {
        Some(Value::Array(names)) => names
            .iter()
            .filter_map(|n| n.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    };
    let Some(Value::Object(properties)) = map.get_mut("properties") else {
        return;
    };
    for (name, property) in properties.iter_mut() {
        if required.contains(name) {
            continue;
        }
        if let Some(kind) = property.get_mut("type") {
            if kind == "array" {
                *kind = json!(["array", "null"]);
            }
        }
    }
}

/// Turns rustdoc links (`` [`x`](path) ``, `` [`x`] ``) into plain code
/// spans: the paths mean nothing outside Rust.
fn strip_doc_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("[`") {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = from.find("`]") else {
            out.push_str(from);
            return out;
        };
        // `[` and `` `] `` are ASCII, so these are character boundaries.
        let boundary = "the ends of ASCII marks are character boundaries";
        out.push_str(from.get(1..close + 1).expect(boundary));
        rest = from.get(close + 2..).expect(boundary);
        if rest.starts_with('(') {
            if let Some(end) = rest.find(')') {
                rest = rest.get(end + 1..).expect(boundary);
            }
        }
    }
    out.push_str(rest);
    out
}

/// Joins the lines of each paragraph of `text` with spaces.
fn unwrap_lines(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| {
            // Lists keep their line breaks.
            if paragraph.lines().skip(1).all(|l| l.starts_with("- ")) {
                paragraph.to_owned()
            } else {
                paragraph
                    .lines()
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Turns a 2020-12 schema into the structured-output profile.
fn structured_output(schema: &mut Value) {
    strict_schema(schema);
    fit_enum_budget(schema);
    if let Value::Object(root) = schema {
        let note = " Structured-output profile: every property is present; absent optional values are null.";
        if let Some(Value::String(d)) = root.get_mut("description") {
            d.push_str(note);
        }
    }
}

/// Keeps the profile within the strict modes' 1000 enum values in all: the
/// 178 currency codes and the 249 country codes are stated as their
/// patterns (three or two upper-case letters) instead of enums. The
/// validator still checks the lists, and the other dialects keep the enums.
fn fit_enum_budget(schema: &mut Value) {
    let codes = [
        ("CurrencyCode", "^[A-Z]{3}$", "three"),
        ("CountryCode", "^[A-Z]{2}$", "two"),
    ];
    for (name, pattern, letters) in codes {
        let code = schema
            .get_mut("$defs")
            .and_then(|defs| defs.get_mut(name))
            .and_then(Value::as_object_mut);
        if let Some(code) = code {
            if code.remove("enum").is_none() {
                continue;
            }
            code.insert("pattern".into(), json!(pattern));
            if let Some(Value::String(d)) = code.get_mut("description") {
                d.push_str(&format!(" (In this profile the list of codes is not repeated: any {letters} upper-case letters match, and the validator checks the code.)"));
            }
        }
    }
}

/// Applies the structured-output rules to one schema and its subschemas:
/// every property required, keywords outside the allowed set removed,
/// `oneOf` read as `anyOf`, formats outside the allowed set removed.
fn strict_schema(schema: &mut Value) {
    let Value::Object(map) = schema else {
        return;
    };
    if let Some(one_of) = map.remove("oneOf") {
        map.insert("anyOf".into(), one_of);
    }
    map.retain(|key, _| STRUCTURED_OUTPUT_KEYWORDS.contains(&key.as_str()));
    if let Some(Value::String(format)) = map.get("format") {
        if !STRUCTURED_OUTPUT_FORMATS.contains(&format.as_str()) {
            map.remove("format");
        }
    }
    if let Some(Value::Object(properties)) = map.get("properties") {
        let all: Vec<Value> = properties.keys().map(|k| json!(k)).collect();
        map.insert("required".into(), Value::Array(all));
        map.insert("additionalProperties".into(), json!(false));
    }
    for key in ["properties", "$defs"] {
        if let Some(Value::Object(children)) = map.get_mut(key) {
            children.values_mut().for_each(strict_schema);
        }
    }
    if let Some(items) = map.get_mut("items") {
        strict_schema(items);
    }
    if let Some(Value::Array(options)) = map.get_mut("anyOf") {
        options.iter_mut().for_each(strict_schema);
    }
}

/// One file of the exported schemas: its path relative to the export
/// directory, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaFile {
    /// The path relative to the export directory, e.g.
    /// `draft-07/article.schema.json`.
    pub path: PathBuf,
    /// The file's text: pretty JSON and a final newline.
    pub text: String,
}

macro_rules! per_type_files {
    ($($ty:ty => $stem:literal,)*) => {
        fn type_files() -> Vec<SchemaFile> {
            vec![$(file(&format!("types/{}.schema.json", $stem), &schema_for::<$ty>(Dialect::Draft2020_12)),)*]
        }

        /// The `snake_case` names of the model types that have a schema of
        /// their own (the stems of `types/NAME.schema.json`), in the order
        /// of the export, `"article"` first.
        pub const TYPE_NAMES: &[&str] = &[$($stem),*];

        /// The schema of the model type named `name` (one of
        /// [`TYPE_NAMES`], e.g. `"meeting"`) in `dialect`, as
        /// [`schema_for`] makes it; `None` for a name that is not one.
        ///
        /// ```
        /// use structured_news::schema::{type_schema, Dialect};
        ///
        /// let schema = type_schema("meeting", Dialect::Draft07).expect("a type");
        /// assert_eq!(schema["title"], "Meeting");
        /// assert!(type_schema("no_such_type", Dialect::Draft07).is_none());
        /// ```
        pub fn type_schema(name: &str, dialect: Dialect) -> Option<Value> {
            match name {
                $($stem => Some(schema_for::<$ty>(dialect)),)*
                _ => None,
            }
        }
    };
}

per_type_files! {
    Article => "article",
    Attribution => "attribution",
    Provenance => "provenance",
    Entities => "entities",
    Person => "person",
    Role => "role",
    Organization => "organization",
    OrganizationKind => "organization_kind",
    Place => "place",
    PlaceKind => "place_kind",
    Identifiers => "identifiers",
    Group => "group",
    Document => "document",
    DocumentKind => "document_kind",
    DocumentStatus => "document_status",
    DocumentStatusChange => "document_status_change",
    Event => "event",
    EventKind => "event_kind",
    EventStatus => "event_status",
    Quantity => "quantity",
    Equivalent => "equivalent",
    QuantityQualifier => "quantity_qualifier",
    QuantityRole => "quantity_role",
    VagueSize => "vague_size",
    Duration => "duration",
    IsoDuration => "iso_duration",
    TimeUnit => "time_unit",
    CurrencyCode => "currency_code",
    Meeting => "meeting",
    MeetingKind => "meeting_kind",
    MeetingFormat => "meeting_format",
    MeetingLevel => "meeting_level",
    VisitLevel => "visit_level",
    MeetingStatus => "meeting_status",
    PartOf => "part_of",
    PartOfRelation => "part_of_relation",
    Participant => "participant",
    Attendance => "attendance",
    MeetingRole => "meeting_role",
    Certainty => "certainty",
    MeetingLink => "meeting_link",
    MeetingRelation => "meeting_relation",
    Sequence => "sequence",
    MeetingStatusChange => "meeting_status_change",
    StatusReason => "status_reason",
    Purpose => "purpose",
    TimeOfDay => "time_of_day",
    Statement => "statement",
    StatementMode => "statement_mode",
    StatementChannel => "statement_channel",
    SpeechAct => "speech_act",
    Commitment => "commitment",
    CommitmentKind => "commitment_kind",
    CommitmentStatus => "commitment_status",
    Modality => "modality",
    StatusObservation => "status_observation",
    Assessment => "assessment",
    Polarity => "polarity",
    Issue => "issue",
    Position => "position",
    Stance => "stance",
    Relation => "relation",
    RelationKind => "relation_kind",
    Request => "request",
    RequestForce => "request_force",
    RequestStatus => "request_status",
    RequestObservation => "request_observation",
    Update => "update",
    ExternalRef => "external_ref",
    Evidence => "evidence",
    TextQuoteSelector => "text_quote_selector",
    TextPositionSelector => "text_position_selector",
    TextTarget => "text_target",
    Id => "id",
    CountryCode => "country_code",
    LanguageTag => "language_tag",
    Url => "url",
    WikidataId => "wikidata_id",
    PartialDate => "partial_date",
    EventDate => "event_date",
    When => "when",
    RelativeTo => "relative_to",
    TimeRelation => "time_relation",
    Timestamp => "timestamp",
    PublicationDate => "publication_date",
    FormatVersion => "format_version",
    LedgerReport => "ledger_report",
}

fn file(path: &str, value: &Value) -> SchemaFile {
    SchemaFile {
        path: PathBuf::from(path),
        text: to_pretty_json(value),
    }
}

/// `value` as pretty JSON with a final newline, the form of every exported
/// file.
fn to_pretty_json(value: &Value) -> String {
    let mut text =
        serde_json::to_string_pretty(value).expect("a serde_json::Value always serializes");
    text.push('\n');
    text
}

/// Every file of the schema export, in order:
///
/// - `article.schema.json`: JSON Schema 2020-12, root `Article`, every type
///   in `$defs`;
/// - `draft-07/article.schema.json`: the same in draft-07;
/// - `openapi-3.0/components.json`: an OpenAPI 3.0 document with every type
///   in `components.schemas`;
/// - `structured-output/article.schema.json`: the structured-output
///   profile;
/// - `types/NAME.schema.json`: one 2020-12 schema per public model type.
pub fn schema_files() -> Vec<SchemaFile> {
    let mut files = vec![
        file(
            "article.schema.json",
            &article_schema(Dialect::Draft2020_12),
        ),
        file(
            "draft-07/article.schema.json",
            &article_schema(Dialect::Draft07),
        ),
        file(
            "openapi-3.0/components.json",
            &article_schema(Dialect::OpenApi3_0),
        ),
        file(
            "structured-output/article.schema.json",
            &article_schema(Dialect::StructuredOutput),
        ),
    ];
    files.extend(type_files());
    files
}

/// Writes [`schema_files`] under `dir`, creating directories as needed;
/// returns the paths written.
///
/// # Errors
/// The first I/O error.
pub fn write_schema_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for schema_file in schema_files() {
        let path = dir.join(&schema_file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, schema_file.text)?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rustdoc_links_become_code_spans() {
        assert_eq!(
            strip_doc_links("see [`Foo`] and [`bar`](Self::bar)."),
            "see `Foo` and `bar`."
        );
        assert_eq!(strip_doc_links("a [`broken link"), "a [`broken link");
    }

    #[test]
    fn line_breaks_of_doc_comments_are_unwrapped() {
        assert_eq!(unwrap_lines("a\nb\n\nc"), "a b\n\nc");
        assert_eq!(
            unwrap_lines("Kinds:\n- a: x\n- b: y"),
            "Kinds:\n- a: x\n- b: y"
        );
    }
}
