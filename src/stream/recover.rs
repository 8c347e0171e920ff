//! Every problem of a document in one pass: when reading stops at a
//! problem, the document is repaired where it stopped and read again, so
//! that the problems after the first, and the rules' problems on what
//! could be read, are reported with it.
//!
//! A repair never invents a value. At the path of the problem it removes
//! what was refused: an unknown field, an optional value of the wrong type
//! or refused by its type, a list element; when a required value is
//! refused (or missing), the whole list item that holds it (a statement, a
//! commitment, a participant) is removed, and the rules run on the rest.
//! A problem the rules then find that only follows from a repair (a
//! reference to a removed item's id, an empty object whose only value was
//! removed) is left out. Paths are always those of the original document:
//! after an item is removed from a list, the paths of the items after it
//! are shifted back.
//!
//! Not JSON at all (a syntax error, an input cut short) and a document of
//! another format version are hard stops: the only problem reported.

use serde_json::Value;

use crate::error::{Error, ErrorCode, JsonError, JsonPointer, Lints, ValidationError};
use crate::model::article::Article;
use crate::stream::pointer_tokens;

/// How many repairs one document may take before the rest is left
/// unreported: enough for any real extraction, and a bound on the work (a
/// read of the whole document per repair) for hostile input.
const MAX_REPAIRS: usize = 64;

/// Every problem of the JSON document `json`, read at the levels of
/// `lints`, in the order found: the read-stage problems (each wrong type,
/// missing or unknown field, refused code, date, URL or id), then the
/// rules' problems (errors and warnings) on what could be read. For a
/// document that reads, this is its validation problems; for one that is
/// not JSON, the one syntax problem.
///
/// ```
/// use structured_news::stream::every_problem;
/// use structured_news::{ErrorCode, Lints};
///
/// let json = br#"{"format_version": "2.0", "id": "a1", "language": "en",
///   "published": "2023-02-30", "body": "Lavrov spoke.", "colour": "red",
///   "entities": {"people": [{"id": "lavrov", "name": "Sergei Lavrov", "country": 7}]},
///   "statements": [{"id": "s1", "speaker": "lavrof", "mode": "paraphrase",
///                   "speech_act": "said", "text": "Lavrov spoke."}]}"#;
/// let problems = every_problem(json, &Lints::new());
/// let found: Vec<(ErrorCode, &str)> =
///     problems.iter().map(|p| (p.code(), p.path().as_str())).collect();
/// assert_eq!(found, [
///     (ErrorCode::InvalidDate, "/published"),
///     (ErrorCode::UnknownField, "/colour"),
///     (ErrorCode::WrongType, "/entities/people/0/country"),
///     (ErrorCode::UnknownReference, "/statements/0/speaker"),
/// ]);
/// ```
pub fn every_problem(json: &[u8], lints: &Lints) -> Vec<ValidationError> {
    match Article::from_json_slice_with(json, lints) {
        Ok((_, warnings)) => warnings,
        Err(Error::Invalid(problems)) => problems.into_vec(),
        Err(Error::Json(first)) => {
            let first = problem_of(&first);
            let mut problems = vec![first.clone()];
            problems.extend(further_problems(json, lints, &first));
            problems
        }
        Err(other) => vec![ValidationError::new(
            other.code(),
            other.path().cloned().unwrap_or_else(JsonPointer::root),
            other.to_string(),
        )],
    }
}

/// The problems after `first`, the read-stage problem that stopped reading
/// `json`: see [`every_problem`].
pub(crate) fn further_problems(
    json: &[u8],
    lints: &Lints,
    first: &ValidationError,
) -> Vec<ValidationError> {
    // Not JSON, or not this format's version (whose other problems would
    // be measured against the wrong format): the one problem.
    if matches!(
        first.code(),
        ErrorCode::Syntax
            | ErrorCode::UnexpectedEnd
            | ErrorCode::Io
            | ErrorCode::TooLarge
            | ErrorCode::UnsupportedFormatVersion
    ) {
        return Vec::new();
    }
    let Ok(mut value) = serde_json::from_slice::<Value>(json) else {
        return Vec::new();
    };
    let mut repairs = Repairs::default();
    let mut found = Vec::new();
    let mut problem = first.clone();
    let mut expected_missing: Option<(Vec<String>, String)> = None;
    for round in 0..MAX_REPAIRS {
        let at = segments(problem.path());
        // A required value removed by the last repair is now missing: that
        // is the same problem again, not another one.
        let consequence = problem.code() == ErrorCode::MissingField
            && expected_missing.as_ref().is_some_and(|(parent, key)| {
                *parent == at && problem.message().contains(&format!("`{key}`"))
            });
        // The first problem is the caller's.
        if !consequence && round > 0 {
            let original = repairs.original(&at);
            found.push(ValidationError::new(
                problem.code(),
                pointer(&original),
                problem.message(),
            ));
        }
        expected_missing = None;
        if !repairs.repair(&mut value, problem.code(), &at, &mut expected_missing) {
            return found;
        }
        let Ok(text) = serde_json::to_vec(&value) else {
            return found;
        };
        match Article::from_json_slice_with(&text, lints) {
            Ok((_, warnings)) => {
                found.extend(repairs.keep_own(warnings, &value));
                return found;
            }
            Err(Error::Invalid(problems)) => {
                found.extend(repairs.keep_own(problems.into_vec(), &value));
                return found;
            }
            Err(Error::Json(next)) => {
                problem = problem_of(&next);
            }
            Err(_) => return found,
        }
    }
    found
}

/// The repairs made so far: the list items removed (the list's path and
/// the item's index, in the document as it was then), the paths of the
/// values removed or replaced (in the original document), and the ids of
/// the removed items.
#[derive(Default)]
struct Repairs {
    removed_items: Vec<(Vec<String>, usize)>,
    repaired: Vec<Vec<String>>,
    removed_ids: Vec<String>,
}

impl Repairs {
    /// Repairs `value` at `at` for a problem of `code`; false when nothing
    /// can be repaired there (reading stops for good). A value removed
    /// from an object whose type may require it is noted in `expect`, so
    /// that its `missing_field` is taken for the same problem.
    fn repair(
        &mut self,
        value: &mut Value,
        code: ErrorCode,
        at: &[String],
        expect: &mut Option<(Vec<String>, String)>,
    ) -> bool {
        if self.repaired.len() >= MAX_REPAIRS {
            return false;
        }
        match code {
            // The object lacks a required field: remove the list item that
            // holds it.
            ErrorCode::MissingField => self.remove_item(value, at),
            // The value read as JSON kept the last of the two; written out
            // again it has one.
            ErrorCode::DuplicateField => true,
            // Everything else refuses the value at `at`: remove it, or the
            // list element it is.
            _ => {
                let Some((last, parent)) = at.split_last() else {
                    return false;
                };
                match container(value, parent) {
                    Some(Value::Object(object)) => {
                        let Some(removed) = object.shift_remove(last.as_str()) else {
                            return false;
                        };
                        if last == "id" {
                            if let Some(id) = removed.as_str() {
                                self.removed_ids.push(id.to_owned());
                            }
                        }
                        collect_ids(&removed, &mut self.removed_ids);
                        self.repaired.push(self.original(at));
                        *expect = Some((parent.to_vec(), last.clone()));
                        true
                    }
                    Some(Value::Array(_)) => self.remove_item(value, at),
                    _ => false,
                }
            }
        }
    }

    /// Removes the innermost list item that `at` lies in (or is).
    fn remove_item(&mut self, value: &mut Value, at: &[String]) -> bool {
        let mut end = at.len();
        while end > 0 {
            let Some((index_text, list)) = at.get(..end).and_then(<[String]>::split_last) else {
                return false;
            };
            if let (Ok(index), Some(Value::Array(items))) =
                (index_text.parse::<usize>(), container(value, list))
            {
                if index < items.len() {
                    let item = items.remove(index);
                    collect_ids(&item, &mut self.removed_ids);
                    let original = self.original(at.get(..end).unwrap_or_default());
                    self.repaired.push(original);
                    self.removed_items.push((list.to_vec(), index));
                    return true;
                }
            }
            end -= 1;
        }
        false
    }

    /// `at`, a path of the document as it is now, as a path of the
    /// original document: each removal undone, the last first.
    fn original(&self, at: &[String]) -> Vec<String> {
        let mut path = at.to_vec();
        for (list, index) in self.removed_items.iter().rev() {
            if path.len() > list.len() && path.starts_with(list) {
                if let Some(segment) = path.get_mut(list.len()) {
                    if let Ok(i) = segment.parse::<usize>() {
                        if i >= *index {
                            *segment = (i + 1).to_string();
                        }
                    }
                }
            }
        }
        path
    }

    /// The rules' `problems` on the repaired `value`, at their original
    /// paths, less those that only follow from a repair: a problem at a
    /// repaired path, inside it or at the object that held a removed value,
    /// and a reference to the id of a removed item.
    fn keep_own(&self, problems: Vec<ValidationError>, value: &Value) -> Vec<ValidationError> {
        problems
            .into_iter()
            .filter_map(|p| {
                let at = segments(p.path());
                let referenced = value.pointer(p.path().as_str()).and_then(Value::as_str);
                if p.code() == ErrorCode::UnknownReference
                    && referenced.is_some_and(|id| self.removed_ids.iter().any(|r| r == id))
                {
                    return None;
                }
                let original = self.original(&at);
                // At, inside, or beside (in the same object, but for the
                // document itself; not the rest of a list an item left)
                // what was left out.
                let follows = self.repaired.iter().any(|repaired| {
                    original.starts_with(repaired)
                        || repaired.split_last().is_some_and(|(last, parent)| {
                            let a_key = !last.bytes().all(|b| b.is_ascii_digit());
                            parent == original.as_slice()
                                || (a_key && !parent.is_empty() && original.starts_with(parent))
                        })
                });
                (!follows).then(|| {
                    ValidationError::new(p.code(), pointer(&original), p.message())
                        .with_severity(p.severity())
                })
            })
            .collect()
    }
}

/// Every `id` (a string) of `value` and of the objects inside it: the ids
/// that leaving `value` out leaves without their part.
fn collect_ids(value: &Value, ids: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            if let Some(id) = object.get("id").and_then(Value::as_str) {
                ids.push(id.to_owned());
            }
            object.values().for_each(|v| collect_ids(v, ids));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_ids(v, ids)),
        _ => {}
    }
}

/// The value at `path` below `value`: an object's key or a list's index
/// at each step.
fn container<'v>(value: &'v mut Value, path: &[String]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |v, segment| match v {
        Value::Object(object) => object.get_mut(segment.as_str()),
        Value::Array(items) => segment.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

/// The segments of a JSON Pointer, unescaped.
fn segments(pointer: &JsonPointer) -> Vec<String> {
    pointer_tokens(pointer.as_str()).collect()
}

/// A reading error as a problem among the others: its code, path and
/// message (its line and column are found again from its path).
pub(crate) fn problem_of(error: &JsonError) -> ValidationError {
    ValidationError::new(error.code(), error.path().clone(), error.message())
}

/// The JSON Pointer of `segments` (a number is written as it is, list
/// index or key alike).
fn pointer(segments: &[String]) -> JsonPointer {
    segments.iter().fold(JsonPointer::root(), |p, s| p.key(s))
}
