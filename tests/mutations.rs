//! Mutation agreement: from each valid fixture, derive mutants (fields
//! dropped, retyped, renamed, duplicated; values changed; JSON keys given
//! twice). For every one the crate must not panic, and whenever the
//! exported 2020-12 schema rejects a mutant the crate must reject it too.
//! The counts are printed (run with `--nocapture` to see them).

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::{json, Map, Value};
use structured_news::schema::{article_schema, Dialect};
use structured_news::Article;

/// A place in a document: a JSON Pointer and the value there.
fn nodes(value: &Value, at: String, out: &mut Vec<(String, Value)>) {
    out.push((at.clone(), value.clone()));
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                nodes(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                nodes(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn parent_and_key(pointer: &str) -> (&str, &str) {
    pointer.rsplit_once('/').unwrap_or(("", pointer))
}

/// Replaces, removes or renames the value at `pointer`.
enum Edit {
    Set(Value),
    Drop,
    Rename,
    DuplicateElement,
}

fn edit(doc: &Value, pointer: &str, how: &Edit) -> Option<Value> {
    let mut doc = doc.clone();
    if pointer.is_empty() {
        return match how {
            Edit::Set(v) => Some(v.clone()),
            _ => None,
        };
    }
    let (parent, key) = parent_and_key(pointer);
    let key = key.replace("~1", "/").replace("~0", "~");
    let container = doc.pointer_mut(parent)?;
    match (container, how) {
        (Value::Object(map), Edit::Set(v)) => {
            map.insert(key, v.clone());
        }
        (Value::Object(map), Edit::Drop) => {
            map.remove(&key)?;
        }
        (Value::Object(map), Edit::Rename) => {
            let v = map.remove(&key)?;
            map.insert(format!("{key}_x"), v);
        }
        (Value::Array(items), Edit::Set(v)) => {
            *items.get_mut(key.parse::<usize>().ok()?)? = v.clone()
        }
        (Value::Array(items), Edit::Drop) => {
            let i: usize = key.parse().ok()?;
            (i < items.len()).then(|| items.remove(i))?;
        }
        (Value::Array(items), Edit::DuplicateElement) => {
            let i: usize = key.parse().ok()?;
            let copy = items.get(i)?.clone();
            items.push(copy);
        }
        _ => return None,
    }
    Some(doc)
}

/// The edits tried at each place.
fn edits(value: &Value) -> Vec<Edit> {
    let mut out = vec![Edit::Drop, Edit::Rename, Edit::DuplicateElement];
    let retypes = [
        json!(null),
        json!(true),
        json!(7),
        json!(-1),
        json!(1.5),
        json!("x"),
        json!([]),
        json!({}),
    ];
    for r in retypes {
        let same_kind = std::mem::discriminant(&r) == std::mem::discriminant(value);
        if !same_kind {
            out.push(Edit::Set(r));
        }
    }
    if let Value::String(s) = value {
        for changed in [
            String::new(),
            " \t".to_owned(),
            format!("{s}x"),
            s.to_uppercase(),
            s.chars().skip(1).collect(),
            "2023-02-30".to_owned(),
            "2023-13".to_owned(),
            "2023-12-05/2023-12-04".to_owned(),
            "Q0".to_owned(),
            "xx".to_owned(),
            "a b".to_owned(),
            "𝒜".repeat(3),
            "y".repeat(300),
        ] {
            out.push(Edit::Set(Value::String(changed)));
        }
    }
    if let Value::Number(n) = value {
        let n = n.as_u64().unwrap_or(0);
        for changed in [
            json!(n + 1),
            json!(n.saturating_sub(1)),
            json!(n * 1000),
            json!(u64::MAX),
        ] {
            out.push(Edit::Set(changed));
        }
    }
    out
}

/// The document's text with the object at `pointer` given its first key
/// twice (serde_json::Value cannot hold that, so it is done on the text).
fn duplicate_key_text(doc: &Value, pointer: &str) -> Option<String> {
    let target = doc.pointer(pointer)?.as_object()?;
    let (k, v) = target.iter().next()?;
    let mut rest = Map::new();
    rest.insert(k.clone(), v.clone());
    let first = serde_json::to_string(&Value::Object(rest)).ok()?;
    let whole = serde_json::to_string(target).ok()?;
    let doubled = format!("{},{}", &first[..first.len() - 1], &whole[1..]);
    let marker = json!("\u{1}duplicate-key-marker\u{1}");
    let mut with_marker = doc.clone();
    if pointer.is_empty() {
        return Some(doubled);
    }
    *with_marker.pointer_mut(pointer)? = marker.clone();
    let text = serde_json::to_string(&with_marker).ok()?;
    Some(text.replacen(&marker.to_string(), &doubled, 1))
}

#[derive(Default, Debug)]
struct Tally {
    mutants: usize,
    schema_rejected: usize,
    crate_rejected: usize,
    both_rejected: usize,
    only_schema_rejected: Vec<String>,
    /// What the fast and serde readers made of the mutants
    /// (`common::Readers` as index).
    readers: [usize; 3],
}

/// The fixtures every place of which is mutated.
const EVERY_PLACE: &[&str] = &[
    "december_2023_meeting.json",
    "minimal.json",
    "wide_coverage.json",
];

/// One place in how many of the other fixtures is mutated.
const SAMPLE: usize = 8;

#[test]
fn whatever_the_schema_rejects_the_crate_rejects() {
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&article_schema(Dialect::Draft2020_12))
        .unwrap();
    let mut tally = Tally::default();
    let mut check = |label: String, text: String| {
        let crate_result = catch_unwind(AssertUnwindSafe(|| {
            Article::from_json_slice(text.as_bytes())
        }));
        let crate_rejects = match crate_result {
            Ok(result) => result.is_err(),
            Err(_) => panic!("the crate panicked on {label}: {text}"),
        };
        // The fast reader and serde agree on every mutant.
        tally.readers[common::readers_agree(text.as_bytes(), &label) as usize] += 1;
        let schema_rejects = match serde_json::from_str::<Value>(&text) {
            Ok(value) => !validator.is_valid(&value),
            Err(_) => true,
        };
        tally.mutants += 1;
        tally.schema_rejected += usize::from(schema_rejects);
        tally.crate_rejected += usize::from(crate_rejects);
        tally.both_rejected += usize::from(schema_rejects && crate_rejects);
        if schema_rejects && !crate_rejects {
            tally.only_schema_rejected.push(label);
        }
    };
    let dir = common::fixtures().join("valid");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let mut places = Vec::new();
        nodes(&doc, String::new(), &mut places);
        // Every place of the fixtures made for this test; one place in
        // SAMPLE of the other real articles, so the test stays near a
        // minute in a debug build.
        let stride = if EVERY_PLACE.contains(&name.as_str()) {
            1
        } else {
            SAMPLE
        };
        for (pointer, value) in places.iter().step_by(stride) {
            for (n, how) in edits(value).iter().enumerate() {
                if let Some(mutant) = edit(&doc, pointer, how) {
                    check(format!("{name} {pointer} edit {n}"), mutant.to_string());
                }
            }
            if value.is_object() {
                if let Some(text) = duplicate_key_text(&doc, pointer) {
                    check(format!("{name} {pointer} duplicate key"), text);
                }
            }
        }
    }
    eprintln!(
        "mutation agreement: {} mutants; the schema rejected {}, the crate rejected {}, both {}; \
         rejected by the schema only: {} (must be 0); by the crate only: {} (rules only the validator checks)",
        tally.mutants,
        tally.schema_rejected,
        tally.crate_rejected,
        tally.both_rejected,
        tally.only_schema_rejected.len(),
        tally.crate_rejected - tally.both_rejected,
    );
    eprintln!(
        "readers: the fast reader read {} mutants as serde did, left {} to serde that serde read, {} that both refused",
        tally.readers[0], tally.readers[1], tally.readers[2]
    );
    assert!(tally.mutants > 5000, "too few mutants: {}", tally.mutants);
    assert!(
        tally.readers[0] > 1000,
        "the fast reader read few mutants: {:?}",
        tally.readers
    );
    assert!(
        tally.only_schema_rejected.is_empty(),
        "the schema rejects but the crate accepts {} mutants, e.g. {:#?}",
        tally.only_schema_rejected.len(),
        &tally.only_schema_rejected[..tally.only_schema_rejected.len().min(20)]
    );
}
