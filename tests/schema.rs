//! The exported JSON Schemas: `schemas/` is fresh, every schema is valid
//! against its meta-schema, the valid fixtures validate, and the
//! structured-output profile keeps every limit of language models' strict
//! modes.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::{json, Value};
use structured_news::schema::{article_schema, schema_files, Dialect};
use structured_news::Article;

/// The keywords the strict structured-output modes of language-model APIs
/// accept (the documented subset), and no others.
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

/// The formats those modes accept.
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

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn validator(dialect: Dialect) -> jsonschema::Validator {
    let schema = article_schema(dialect);
    let options = match dialect {
        Dialect::Draft07 => jsonschema::draft7::options(),
        _ => jsonschema::draft202012::options(),
    };
    options
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn valid_fixtures() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(common::fixtures().join("valid")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        out.push((
            path.display().to_string(),
            serde_json::from_str(&text).unwrap(),
        ));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn schemas_directory_is_fresh() {
    let dir = repo().join("schemas");
    let mut problems = Vec::new();
    let mut expected = BTreeSet::new();
    for file in schema_files() {
        expected.insert(file.path.clone());
        match std::fs::read_to_string(dir.join(&file.path)) {
            Ok(text) if text == file.text => {}
            Ok(_) => problems.push(format!("schemas/{} is stale", file.path.display())),
            Err(_) => problems.push(format!("schemas/{} is missing", file.path.display())),
        }
    }
    let mut stack = vec![dir.clone()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(&dir).unwrap().to_path_buf();
                // schemas/review/ is the review crate's, checked by its own test.
                if !expected.contains(&relative) && !relative.starts_with("review") {
                    problems.push(format!(
                        "schemas/{} is not exported any more",
                        relative.display()
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}\nregenerate with: rm -r schemas && cargo run --example export_schemas",
        problems.join("\n")
    );
}

#[test]
fn every_exported_schema_is_valid_against_its_meta_schema() {
    for file in schema_files() {
        let value: Value = serde_json::from_str(&file.text).unwrap();
        if file.path.starts_with("openapi-3.0") {
            assert_eq!(value["openapi"], "3.0.3");
            for (name, schema) in value["components"]["schemas"].as_object().unwrap() {
                // An OpenAPI 3.0 schema object is (mostly) a draft-04 schema.
                let checked = jsonschema::draft4::meta::validate(schema);
                assert!(checked.is_ok(), "{name}: {checked:?}");
            }
            continue;
        }
        let checked = jsonschema::meta::validate(&value);
        assert!(checked.is_ok(), "{}: {checked:?}", file.path.display());
        if file.path.starts_with("structured-output") {
            // The strict modes accept only their keywords, and `$id` is not one.
            assert!(value.get("$id").is_none());
        } else {
            assert!(value["$id"]
                .as_str()
                .unwrap()
                .starts_with("urn:structured-news:schema:2.0:"));
        }
        assert!(
            value["title"].is_string(),
            "{} has no title",
            file.path.display()
        );
    }
}

/// Every property of every object schema has a description.
fn assert_described(schema: &Value, at: &str) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                for (name, property) in properties {
                    let has = property
                        .get("description")
                        .and_then(Value::as_str)
                        .is_some_and(|d| d.len() > 10);
                    assert!(has, "{at}/properties/{name} has no description");
                }
            }
            for (key, child) in map {
                assert_described(child, &format!("{at}/{key}"));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                assert_described(item, &format!("{at}/{i}"));
            }
        }
        _ => {}
    }
}

/// Every type of the article's schema has a file of its own,
/// `types/NAME.schema.json` (`NAME` its title in snake case), as the
/// export promises: one schema per public model type.
#[test]
fn every_type_of_the_article_has_its_own_schema_file() {
    let schema = article_schema(Dialect::Draft2020_12);
    let defs = schema["$defs"].as_object().unwrap();
    let files: BTreeSet<String> = schema_files()
        .into_iter()
        .map(|f| f.path.display().to_string())
        .collect();
    for name in defs.keys() {
        let mut stem = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                stem.push('_');
            }
            stem.extend(c.to_lowercase());
        }
        let path = format!("types/{stem}.schema.json");
        assert!(files.contains(&path), "{name} has no {path}");
    }
}

#[test]
fn every_type_and_property_is_described() {
    for dialect in Dialect::ALL {
        let schema = article_schema(dialect);
        assert_described(&schema, "");
        let defs = schema
            .get("$defs")
            .or_else(|| schema.get("definitions"))
            .or_else(|| schema.pointer("/components/schemas"))
            .and_then(Value::as_object)
            .unwrap();
        for (name, def) in defs {
            assert!(
                def["description"].is_string(),
                "{dialect:?}: {name} has no description"
            );
            assert_eq!(def["title"], json!(name), "{dialect:?}: {name}");
        }
    }
    let text = serde_json::to_string(&article_schema(Dialect::Draft2020_12)).unwrap();
    assert!(
        !text.contains("[`"),
        "a rustdoc link is left in a description"
    );
}

#[test]
fn rules_only_the_validator_checks_are_named_in_descriptions() {
    let schema = article_schema(Dialect::Draft2020_12);
    let described = |pointer: &str, words: &[&str]| {
        let d = schema
            .pointer(pointer)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("{pointer}"));
        for w in words {
            assert!(d.contains(w), "{pointer} does not name {w}: {d}");
        }
    };
    described(
        "/$defs/Statement/properties/speaker/description",
        &["unknown_reference", "wrong_reference_kind"],
    );
    described(
        "/$defs/Statement/properties/text/description",
        &["quote_not_in_body"],
    );
    described(
        "/$defs/Evidence/properties/position/description",
        &["evidence_position_mismatch"],
    );
    described(
        "/$defs/Commitment/properties/counterparties/description",
        &["party_conflict"],
    );
    described(
        "/$defs/PartOf/properties/meeting/description",
        &["reference_cycle"],
    );
    described("/$defs/PartialDate/description", &["2023-02-30"]);
}

#[test]
fn valid_fixtures_validate_against_the_2020_12_and_draft_07_schemas() {
    for dialect in [Dialect::Draft2020_12, Dialect::Draft07] {
        let validator = validator(dialect);
        for (name, doc) in valid_fixtures() {
            let errors: Vec<String> = validator
                .iter_errors(&doc)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{dialect:?} {name}: {errors:#?}");
        }
    }
}

/// Adds every property the schema defines and the document lacks, as a
/// language model in strict mode writes it: `null` for a nullable one, the
/// empty value of its type otherwise.
fn fill_absent(doc: &mut Value, schema: &Value, root: &Value) {
    let schema = resolve(schema, root);
    match doc {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = schema.get("properties") {
                for (name, property) in properties {
                    let property = resolve(property, root);
                    let entry = map
                        .entry(name.clone())
                        .or_insert_with(|| empty_value(property, root));
                    fill_absent(entry, property, root);
                }
            }
            if let Some(Value::Array(options)) = schema.get("anyOf") {
                for option in options {
                    if resolve(option, root).get("properties").is_some() {
                        fill_absent(doc, option, root);
                        break;
                    }
                }
            }
        }
        Value::Array(items) => {
            let item_schema = schema.get("items").or_else(|| {
                schema
                    .get("anyOf")?
                    .as_array()?
                    .iter()
                    .find_map(|o| resolve(o, root).get("items"))
            });
            if let Some(item_schema) = item_schema {
                for item in items {
                    fill_absent(item, item_schema, root);
                }
            }
        }
        _ => {}
    }
}

fn resolve<'a>(schema: &'a Value, root: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => root.pointer(r.trim_start_matches('#')).unwrap(),
        None => schema,
    }
}

fn empty_value(schema: &Value, root: &Value) -> Value {
    let schema = resolve(schema, root);
    let nullable = schema["type"]
        .as_array()
        .is_some_and(|t| t.contains(&json!("null")))
        || schema["anyOf"]
            .as_array()
            .is_some_and(|o| o.contains(&json!({"type": "null"})));
    if nullable {
        return Value::Null;
    }
    match schema["type"].as_str() {
        Some("array") => json!([]),
        Some("object") => json!({}),
        Some("boolean") => json!(false),
        other => panic!("no empty value for a required {other:?}"),
    }
}

#[test]
fn documents_written_under_the_structured_output_profile_read_back() {
    let profile = article_schema(Dialect::StructuredOutput);
    let validator = validator(Dialect::StructuredOutput);
    for (name, doc) in valid_fixtures() {
        let mut full = doc.clone();
        fill_absent(&mut full, &profile, &profile);
        assert_ne!(full, doc, "{name}: nothing was filled in");
        let errors: Vec<String> = validator
            .iter_errors(&full)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        // Without the filled-in values the profile refuses the document.
        if doc.as_object().unwrap().len() < profile["properties"].as_object().unwrap().len() {
            assert!(
                !validator.is_valid(&doc),
                "{name}: the profile must require every property"
            );
        }
        let read =
            Article::from_json_str(&full.to_string()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            read,
            Article::from_json_str(&doc.to_string()).unwrap(),
            "{name}"
        );
    }
}

/// Walks every schema in the profile, checking the keywords of each.
struct ProfileWalk<'a> {
    root: &'a Value,
    properties: usize,
    enum_values: usize,
    largest_enum: usize,
    deepest: usize,
}

impl ProfileWalk<'_> {
    fn schema(&mut self, schema: &Value, at: &str, depth: usize, seen_refs: &mut Vec<String>) {
        let map = schema
            .as_object()
            .unwrap_or_else(|| panic!("{at} is not an object schema"));
        for key in map.keys() {
            assert!(
                STRUCTURED_OUTPUT_KEYWORDS.contains(&key.as_str()),
                "{at}: keyword {key} is not allowed"
            );
        }
        for banned in ["allOf", "not", "if", "then", "else", "oneOf"] {
            assert!(!map.contains_key(banned), "{at}: {banned}");
        }
        if let Some(format) = map.get("format").and_then(Value::as_str) {
            assert!(
                STRUCTURED_OUTPUT_FORMATS.contains(&format),
                "{at}: format {format}"
            );
        }
        if let Some(values) = map.get("enum").and_then(Value::as_array) {
            self.enum_values += values.len();
            self.largest_enum = self.largest_enum.max(values.len());
        }
        let is_object = map.get("type") == Some(&json!("object")) || map.contains_key("properties");
        if is_object {
            self.deepest = self.deepest.max(depth);
            assert_eq!(
                map.get("additionalProperties"),
                Some(&json!(false)),
                "{at}: additionalProperties"
            );
            let properties = map["properties"].as_object().unwrap();
            let mut required: Vec<&str> = map["required"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            let mut names: Vec<&str> = properties.keys().map(String::as_str).collect();
            required.sort_unstable();
            names.sort_unstable();
            assert_eq!(required, names, "{at}: every property must be required");
            self.properties += properties.len();
            for (name, property) in properties {
                self.schema(
                    property,
                    &format!("{at}/properties/{name}"),
                    depth + 1,
                    seen_refs,
                );
            }
        }
        if let Some(items) = map.get("items") {
            self.schema(items, &format!("{at}/items"), depth, seen_refs);
        }
        if let Some(options) = map.get("anyOf").and_then(Value::as_array) {
            for (i, option) in options.iter().enumerate() {
                self.schema(option, &format!("{at}/anyOf/{i}"), depth, seen_refs);
            }
        }
        if let Some(target) = map.get("$ref").and_then(Value::as_str) {
            assert!(
                !seen_refs.iter().any(|r| r == target),
                "{at}: recursive $ref {target}"
            );
            let resolved = self.root.pointer(target.trim_start_matches('#')).unwrap();
            seen_refs.push(target.to_owned());
            self.schema(resolved, target, depth, seen_refs);
            seen_refs.pop();
        }
    }
}

#[test]
fn the_structured_output_profile_keeps_every_limit() {
    let profile = article_schema(Dialect::StructuredOutput);
    assert_eq!(profile["type"], "object", "the root must be an object");
    assert!(
        profile.get("anyOf").is_none(),
        "the root must not be a union"
    );
    let mut walk = ProfileWalk {
        root: &profile,
        properties: 0,
        enum_values: 0,
        largest_enum: 0,
        deepest: 0,
    };
    walk.schema(&profile, "", 1, &mut Vec::new());
    // The definitions themselves use only allowed keywords too.
    for (name, def) in profile["$defs"].as_object().unwrap() {
        let mut defs_walk = ProfileWalk {
            root: &profile,
            properties: 0,
            enum_values: 0,
            largest_enum: 0,
            deepest: 0,
        };
        defs_walk.schema(def, &format!("/$defs/{name}"), 1, &mut Vec::new());
    }
    eprintln!(
        "structured-output profile: {} levels of nesting, {} properties, {} enum values, largest enum {}",
        walk.deepest, walk.properties, walk.enum_values, walk.largest_enum
    );
    assert!(walk.deepest <= 10, "{} levels of nesting", walk.deepest);
    assert!(walk.properties <= 5000, "{} properties", walk.properties);
    assert!(
        walk.largest_enum <= 1000,
        "an enum of {} values",
        walk.largest_enum
    );
    assert!(
        walk.enum_values <= 1000,
        "{} enum values in all",
        walk.enum_values
    );
}

/// The rules JSON Schema cannot state, or states only in part: the
/// validator checks them, and the schema names them in descriptions.
const VALIDATOR_ONLY: &[(&str, &str)] = &[
    ("duplicate_id", "uniqueness of a property across all collections"),
    ("request_without_party", "that one of two lists (requesters, addressees) is not empty"),
    ("unknown_reference", "that an id names something elsewhere in the document"),
    ("wrong_reference_kind", "what kind of thing an id names"),
    ("duplicate_reference", "partly: uniqueItems covers lists of ids, not participants or a co-speaker equal to the speaker"),
    ("reference_cycle", "chains of references"),
    ("self_reference", "a property equal to the object's own id"),
    ("party_conflict", "the same id in two lists"),
    ("date_after_publication", "comparing two dates"),
    ("no_bound_party", "an empty list allowed when another field is set"),
    ("inferred_without_date", "one field's value depending on another's presence"),
    ("translated_from_own_language", "comparing two fields' languages"),
    ("empty_provenance", "an object with at least one of its optional fields, which the strict profile cannot require"),
    ("due_before_made", "comparing dates across objects"),
    ("evidence_not_found", "that a string occurs in another property"),
    ("invalid_position", "numbers against the length of another property"),
    ("evidence_position_mismatch", "a slice of another property"),
    ("quote_not_in_body", "that a string occurs in another property"),
    ("invalid_date", "partly: the pattern refuses month 13, not 30 February"),
    ("reversed_interval", "comparing the two halves of a string"),
    ("invalid_timestamp", "partly: pattern and format date-time; leap seconds"),
    ("no_name", "one of two optional properties present (not stated, so generated types stay plain)"),
    ("empty_date", "one of two optional properties present (not stated, so generated types stay plain)"),
    ("no_unit", "one of two optional properties present (not stated, so generated types stay plain)"),
    ("empty_quantity", "one of two optional properties present (not stated, so generated types stay plain)"),
    ("invalid_range", "comparing two numbers"),
    ("equivalent_conflict", "a property compared with another's value (the equivalent's currency with the quantity's)"),
    ("end_before_start", "comparing two dates"),
    ("quote_outside_evidence", "that a string occurs in a slice of another property"),
    ("date_words_disagree", "the calendar: which weekday a date falls on"),
    ("observed_before_made", "comparing dates across objects"),
    ("outside_setting", "comparing dates across objects"),
    ("outside_larger_meeting", "comparing dates across objects"),
    ("due_before_occasion", "comparing dates across objects"),
    ("due_after_occasion", "comparing dates across objects"),
    ("planned_in_past", "comparing two dates"),
    ("setting_not_held", "a property of the object another id names"),
    ("part_of_cancelled", "a property of the object another id names"),
    ("unsupported_outcome", "partly: if-then on one status could, but is not stated, so generated types stay plain"),
    ("no_new_date", "comparing two properties"),
    ("status_disagrees", "comparing a property with the last item of a list"),
    ("history_out_of_order", "comparing dates across list items"),
    ("quote_without_marks", "what surrounds a string in another property"),
    ("weak_evidence", "the meaning of words"),
    ("ambiguous_evidence", "how often a string occurs in another property"),
    ("too_many_sides", "properties of the objects ids name"),
    ("unrepresented_party", "properties of the objects ids name"),
    ("place_outside_country", "properties along a chain of references"),
    ("foreign_role", "properties of the object an id names"),
    ("duplicate_item", "equality of items across a list, on some of their properties"),
    ("empty_update", "at least one of four optional properties (an anyOf of required lists, which generated types handle badly)"),
    ("mixed_update", "two properties that exclude each other (a `not`, which the structured-output profile has not)"),
    ("hedged_pledge", "the meaning of words"),
    ("act_against_verb", "the meaning of words"),
    ("status_against_words", "the meaning of words"),
    ("held_against_plan", "the meaning of words"),
    ("certainty_against_words", "the meaning of words"),
    ("occurred_against_words", "the meaning of words"),
    ("fulfilled_against_plan", "the meaning of words"),
    ("currency_against_words", "the meaning of words"),
    ("amount_against_words", "the meaning of words"),
    ("speaker_against_words", "the meaning of words"),
    ("source_against_words", "the meaning of words"),
    ("on_behalf_of_other_side", "properties of the objects ids name"),
    ("country_against_title", "the meaning of words"),
    ("country_item_mismatch", "a table of the countries' Wikidata items"),
    ("duplicate_wikidata", "equality of a property across entities of several lists"),
    ("place_against_words", "the meaning of words"),
    ("declined_speaker", "a value of one item that depends on another item it references"),
    ("evidence_cuts_word", "the characters of the body around a span"),
    ("unrelated_evidence", "the meaning of words"),
    ("meeting_role_conflict", "a value of one item that depends on the other items of its list"),
    ("pieces_of_paraphrase", "a property allowed by the value of another"),
    ("inside_another_quote", "the meaning of words"),
    ("replaced_attends", "a value of one list item that depends on another item of the list"),
    ("based_on_later", "dates of the object an id names"),
    ("title_of_another", "the meaning of words"),
    ("unnamed_member", "the words of the evidence around the items an id names"),
    ("parent_of_another_country", "properties of the object an id names"),
    ("alias_of_another", "equality of strings across entities of several lists"),
    ("kept_before_occasion", "a value of one item that depends on another item it references"),
    ("assessor_not_speaker", "properties of the object an id names"),
    ("same_as_other_speaker", "properties of the object an id names"),
    ("role_of_place", "a warning: a city may hold a title of its own, which a schema would refuse"),
    ("capacity_not_held", "properties of the objects ids name (the roles of the parties)"),
    ("date_against_relation", "dates of two items compared across the document"),
    ("cause_after_effect", "dates of two items compared across the document"),
    ("mutual_with_one_party", "the kind of the object an id names (a group may be one bound party)"),
    ("divided_too_few", "partly: one id is too few unless it names a group, a property of the object it names"),
    ("aligned_too_few", "partly: one id is too few unless it names a group, a property of the object it names"),
    ("holder_not_speaker", "properties of the objects ids name"),
    ("requester_not_speaker", "properties of the objects ids name"),
    ("conflicting_positions", "values equal across several items of a list"),
    ("relation_too_few_parties", "partly: one id is too few unless it names a group, a property of the object it names"),
    ("invalid_factor", "a number above zero (an exclusiveMinimum, not stated: OpenAPI 3.0 writes it otherwise)"),
    ("factor_conflict", "properties that exclude another (a `not`, which the structured-output profile has not)"),
    ("partial_without_topics", "one property allowed by another's items (not stated, so generated types stay plain)"),
];

/// Codes of input that is not one JSON document the schema could look at:
/// read errors, and the ledger's, found across several articles.
const NOT_A_DOCUMENT: &[&str] = &[
    "io",
    "too_large",
    "syntax",
    "unexpected_end",
    "duplicate_field",
    "unknown_article",
    "unknown_target",
    "wrong_target_kind",
    "update_before_made",
    "unpledged_currency",
    "duplicate_article",
    "conflicting_reports",
];

fn schema_expressible() -> Vec<String> {
    let path = repo().join("tests/interop/schema_codes.json");
    let codes: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    codes["asserted"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn every_code_is_either_schema_expressible_validator_only_or_not_a_document() {
    let expressible = schema_expressible();
    for code in structured_news::ErrorCode::ALL {
        let code = code.as_str();
        let places = [
            expressible.iter().any(|c| c == code),
            VALIDATOR_ONLY.iter().any(|(c, _)| *c == code),
            NOT_A_DOCUMENT.contains(&code),
        ];
        assert_eq!(
            places.iter().filter(|p| **p).count(),
            1,
            "{code} must be in exactly one list"
        );
    }
}

#[test]
fn invalid_fixtures_breaking_schema_expressible_rules_are_rejected_by_the_schemas() {
    let expressible = schema_expressible();
    let dir = common::fixtures().join("invalid");
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    let validators = [
        validator(Dialect::Draft2020_12),
        validator(Dialect::Draft07),
    ];
    let mut checked = 0;
    for entry in manifest.as_array().unwrap() {
        let code = entry["code"].as_str().unwrap();
        if !expressible.iter().any(|c| c == code) {
            continue;
        }
        let file = entry["file"].as_str().unwrap();
        let Ok(doc) = serde_json::from_slice::<Value>(&std::fs::read(dir.join(file)).unwrap())
        else {
            continue;
        };
        for (validator, dialect) in validators.iter().zip(["2020-12", "draft-07"]) {
            assert!(
                !validator.is_valid(&doc),
                "{dialect} accepts {file} ({code})"
            );
        }
        checked += 1;
    }
    assert!(checked >= 80, "only {checked} schema-expressible fixtures");
}
