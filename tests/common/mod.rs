//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

use serde_json::Value;
use structured_news::{Article, Error, ErrorCode};

/// The directory of the test fixtures.
pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The example's article (the canonical fixture) as JSON text.
pub fn example_json() -> String {
    std::fs::read_to_string(fixtures().join("valid/december_2023_meeting.json")).unwrap()
}

/// The example's article as a JSON value, to mutate.
pub fn example_value() -> Value {
    serde_json::from_str(&example_json()).unwrap()
}

/// Parses `value` as an article, expecting validation problems.
pub fn problems(value: &Value) -> Vec<(ErrorCode, String, String)> {
    match Article::from_json_str(&value.to_string()) {
        Err(Error::Invalid(errors)) => errors
            .iter()
            .map(|e| (e.code(), e.path().to_string(), e.message().to_owned()))
            .collect(),
        Err(other) => panic!("expected validation problems, got {other}"),
        Ok(_) => panic!("expected validation problems, the document is valid"),
    }
}

/// Asserts that `value` is invalid with exactly one problem, of `code` at
/// `path`; returns its message.
pub fn assert_one_problem(value: &Value, code: ErrorCode, path: &str) -> String {
    let found = problems(value);
    assert_eq!(
        found
            .iter()
            .map(|(c, p, _)| (*c, p.as_str()))
            .collect::<Vec<_>>(),
        vec![(code, path)],
        "problems: {found:#?}"
    );
    found.into_iter().next().unwrap().2
}

/// Parses `json`, expecting a read-stage error; returns it.
pub fn json_error(json: &[u8]) -> structured_news::JsonError {
    match Article::from_json_slice(json) {
        Err(Error::Json(e)) => e,
        Err(other) => panic!("expected a JSON error, got {other}"),
        Ok(_) => panic!("expected a JSON error, the document is valid"),
    }
}

/// Asserts that `value` fails to read with `code` at `path`.
pub fn assert_read_error(value: &Value, code: ErrorCode, path: &str) -> structured_news::JsonError {
    let e = json_error(value.to_string().as_bytes());
    assert_eq!((e.code(), e.path().as_str()), (code, path), "{e}");
    e
}

/// The mutable JSON value at `pointer`.
pub fn at<'a>(value: &'a mut Value, pointer: &str) -> &'a mut Value {
    value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no value at {pointer}"))
}

/// Sets the value at `pointer`, adding the last key to its object when it
/// is absent.
pub fn put(value: &mut Value, pointer: &str, new: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = if parent.is_empty() {
        value
    } else {
        at(value, parent)
    };
    match parent {
        Value::Object(map) => {
            map.insert(key.to_owned(), new);
        }
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = new,
        _ => panic!("{pointer}: the parent is not a container"),
    }
}

/// The index of the item with `id` in the array at `pointer`.
pub fn index_of(value: &Value, pointer: &str, id: &str) -> usize {
    value
        .pointer(pointer)
        .and_then(Value::as_array)
        .and_then(|items| items.iter().position(|item| item["id"] == id))
        .unwrap_or_else(|| panic!("no item {id} in {pointer}"))
}

/// What the two readers made of one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readers {
    /// The fast reader read it, to the same article as serde.
    BothRead,
    /// The fast reader left it to serde, which read it.
    OnlySerdeRead,
    /// The fast reader left it to serde, which refused it.
    BothRefused,
}

/// Reads `json` with each reader alone and asserts that they agree: what
/// the fast reader reads, serde reads to the same article; what serde
/// refuses, the fast reader refuses too (and `Article::from_json_slice`
/// then gives serde's error, since it falls back to serde).
pub fn readers_agree(json: &[u8], label: &str) -> Readers {
    use structured_news::__readers;
    let fast = __readers::fast(json);
    let serde = __readers::serde(json);
    match (fast, serde) {
        (Some(fast), Ok(serde)) => {
            assert_eq!(fast, serde, "the readers read different articles: {label}");
            Readers::BothRead
        }
        (Some(fast), Err(e)) => {
            panic!("the fast reader read what serde refuses ({e}): {label}\n{fast:?}")
        }
        (None, Ok(_)) => Readers::OnlySerdeRead,
        (None, Err(_)) => Readers::BothRefused,
    }
}
