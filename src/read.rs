//! Reading JSON: bytes to a model type, fast when the input is good, with
//! the line, column, path and code of the first error when it is not.

use std::io::Read;

pub(crate) mod de;
pub(crate) mod fast;

use crate::error::{
    cut, nearest_name, type_words, Error, ErrorCode, JsonError, JsonPointer, MESSAGE_MAX,
};
use crate::read::de::take_refusal;
use crate::read::fast::{read_document, FastRead};

/// Parses JSON into `T`, reporting where it failed: the fast reader
/// ([`read_document`]) reads the common document in one pass; what it
/// does not accept is read by serde, without tracking the path; only when
/// that fails is the input parsed again with path tracking, to name the
/// path of the error.
pub(crate) fn parse_json<T: serde::de::DeserializeOwned + FastRead>(
    json: &[u8],
) -> Result<T, JsonError> {
    // Checking the whole input as UTF-8 once is faster than serde_json
    // checking each string as it reads it; invalid UTF-8 is left to
    // serde_json, which says where it is.
    if let Some(value) = std::str::from_utf8(json).ok().and_then(read_document) {
        return Ok(value);
    }
    parse_json_serde(json)
}

/// [`parse_json`] without the fast reader: serde alone.
pub(crate) fn parse_json_serde<T: serde::de::DeserializeOwned>(
    json: &[u8],
) -> Result<T, JsonError> {
    take_refusal();
    let parsed = match std::str::from_utf8(json) {
        Ok(text) => serde_json::from_str::<T>(text),
        Err(_) => serde_json::from_slice::<T>(json),
    };
    let first = match parsed {
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
    if json.iter().all(is_json_whitespace) {
        return Err(JsonError::new(
            ErrorCode::UnexpectedEnd,
            JsonPointer::root(),
            first.line(),
            first.column(),
            "the input is empty".into(),
        ));
    }
    take_refusal();
    let mut de = serde_json::Deserializer::from_slice(json);
    let err = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => return Err(json_error(e.inner(), pointer_of(e.path()))),
        Ok(_) => de.end().err().unwrap_or(first),
    };
    Err(json_error(&err, JsonPointer::root()))
}

/// White space as JSON defines it (RFC 8259, section 2): space, tab, line
/// feed, carriage return; not form feed, which Rust's ASCII white space
/// includes.
pub(crate) fn is_json_whitespace(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
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

/// The [`JsonError`] of a serde_json error, the path given by the caller.
fn json_error(err: &serde_json::Error, path: JsonPointer) -> JsonError {
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let raw = full.strip_suffix(&suffix).unwrap_or(&full);
    let (code, message) = classify(err.classify(), raw);
    let message = cut(&message, MESSAGE_MAX);
    JsonError::new(code, path, err.line(), err.column(), message)
}

/// The code and message of a serde_json error whose message is `raw`
/// (without the position). A value a checked type refused brings its own
/// code through [`take_refusal`]; serde's own errors are told by
/// [`serde_wording`].
fn classify(category: serde_json::error::Category, raw: &str) -> (ErrorCode, String) {
    use serde_json::error::Category;
    match category {
        Category::Io => return (ErrorCode::Io, raw.to_owned()),
        Category::Eof => {
            let inside = raw.strip_prefix("EOF while parsing ").unwrap_or(raw);
            return (
                ErrorCode::UnexpectedEnd,
                format!("the input ended early, inside {}", json_words(inside)),
            );
        }
        Category::Syntax => return (ErrorCode::Syntax, syntax_words(raw)),
        Category::Data => {}
    }
    if let Some(refusal) = take_refusal().filter(|r| r.to_string() == raw) {
        return (refusal.code(), raw.to_owned());
    }
    (serde_wording(raw), in_format_words(raw))
}

/// serde's message for a data error, said in the format's words: what
/// was expected (a list, text, a whole number, an article), what was
/// found, and for an unknown field the nearest known one ("did you mean").
/// A message of another shape is kept as it is.
fn in_format_words(raw: &str) -> String {
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "expected {}, found {}",
                expected_words(expected),
                found_words(found)
            );
        }
    }
    if let Some(rest) = raw.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "expected {}, found {}",
                expected_words(expected),
                found_words(found)
            );
        }
    }
    if let Some(rest) = raw.strip_prefix("invalid length ") {
        if let Some((length, expected)) = rest.split_once(", expected ") {
            return format!(
                "expected {}, found a list of {length}",
                expected_words(expected)
            );
        }
    }
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        if let Some((field, known)) = rest.split_once("`, expected ") {
            let names: Vec<&str> = known
                .trim_start_matches("one of ")
                .split(", ")
                .map(|name| name.trim_start_matches("or ").trim_matches('`'))
                .collect();
            let hint = nearest_name(field, &names)
                .map(|name| format!("; did you mean `{name}`?"))
                .unwrap_or_default();
            let list = names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>();
            return format!(
                "unknown field `{field}`{hint} (the fields here: {})",
                list.join(", ")
            );
        }
        if let Some(field) = rest.strip_suffix("`, there are no fields") {
            return format!("unknown field `{field}` (no field is allowed here)");
        }
    }
    if let Some(field) = raw
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return format!("the required field `{field}` is missing");
    }
    if let Some(field) = raw
        .strip_prefix("duplicate field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return format!("the field `{field}` is given twice in this object");
    }
    raw.to_owned()
}

/// serde_json's syntax message in words a writer of JSON knows.
fn syntax_words(raw: &str) -> String {
    match raw {
        "expected value" => {
            "expected a JSON value (an object, a list, text in double quotes, a number, true, false or null)".into()
        }
        "expected ident" => "expected true, false or null".into(),
        "key must be a string" => "an object's keys must be text in double quotes".into(),
        "trailing characters" => "more follows the end of the JSON value".into(),
        "trailing comma" => "a comma stands before a closing bracket or brace".into(),
        "invalid unicode code point" => "not valid UTF-8, or an escape that is no Unicode character".into(),
        "recursion limit exceeded" => "nested more than 128 levels deep".into(),
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a control character (U+0000 to U+001F) stands unescaped in text".into()
        }
        other => other.to_owned(),
    }
}

/// serde_json's name of what it was reading, in JSON's words.
fn json_words(what: &str) -> &str {
    match what {
        "a string" => "text",
        "a list" => "a list",
        "a value" => "a value",
        "an object" => "an object",
        other => other,
    }
}

/// What serde says it found, in JSON's words.
fn found_words(found: &str) -> String {
    let quoted = |s: &str| s.trim_matches('`').to_owned();
    if let Some(n) = found
        .strip_prefix("integer ")
        .or_else(|| found.strip_prefix("floating point "))
    {
        return format!("the number {}", quoted(n));
    }
    if let Some(b) = found.strip_prefix("boolean ") {
        return quoted(b);
    }
    if let Some(s) = found.strip_prefix("string ") {
        return format!("the text {s}");
    }
    match found {
        "map" => "an object".to_owned(),
        "sequence" => "a list".to_owned(),
        "null" | "unit value" => "null".to_owned(),
        "char" => "a character".to_owned(),
        other => other.to_owned(),
    }
}

/// What serde says it expected, in the format's words: `usize` is a whole
/// number of 0 or more, `a sequence` a list, `an object (Article)` an
/// article (an object), `a string (MeetingKind)` a meeting kind (text).
fn expected_words(expected: &str) -> String {
    match expected {
        "usize" | "u64" | "u32" | "u16" | "u8" => return "a whole number of 0 or more".into(),
        "isize" | "i64" | "i32" | "i16" | "i8" => return "a whole number".into(),
        "f64" | "f32" => return "a number".into(),
        "a sequence" => return "a list".into(),
        "a string" => return "text (a string)".into(),
        "a boolean" => return "true or false".into(),
        _ => {}
    }
    for (shape, json) in [("a string (", "text"), ("an object (", "an object")] {
        if let Some(name) = expected
            .strip_prefix(shape)
            .and_then(|r| r.strip_suffix(')'))
        {
            // A name with a space is already words ("the format version, \"2.0\"").
            if name.contains(' ') {
                return format!("{name} ({json})");
            }
            let words = type_words(name);
            let article = if words.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            return format!("{article} {words} ({json})");
        }
    }
    expected.to_owned()
}

/// The code of one of serde's own data errors, told by the opening of its
/// message: serde's wording for these is stable (`invalid type: ...`,
/// `missing field ...`); any other message is `invalid_value`.
fn serde_wording(raw: &str) -> ErrorCode {
    let openings = [
        ("invalid type", ErrorCode::WrongType),
        ("invalid length", ErrorCode::WrongType),
        ("missing field", ErrorCode::MissingField),
        ("unknown field", ErrorCode::UnknownField),
        ("duplicate field", ErrorCode::DuplicateField),
        ("unknown variant", ErrorCode::UnknownVariant),
    ];
    openings
        .iter()
        .find(|(opening, _)| raw.starts_with(opening))
        .map_or(ErrorCode::InvalidValue, |(_, code)| *code)
}

/// Reads everything from `reader`, refusing more than `max_bytes`.
///
/// # Errors
/// [`Error::TooLarge`] past the limit, [`Error::Io`] when reading fails.
pub fn read_limited(reader: impl Read, max_bytes: u64) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_bytes {
        return Err(Error::TooLarge { limit: max_bytes });
    }
    Ok(bytes)
}

/// Reads an optional list, `null` included, as the empty list: `null` is
/// read as absent for every optional value, lists too.
pub(crate) fn null_as_empty<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    use serde::Deserialize;
    Option::<Vec<T>>::deserialize(deserializer).map(Option::unwrap_or_default)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ValueError;
    use crate::read::de::refuse;

    #[test]
    fn serde_wording_names_serde_own_errors() {
        let cases = [
            (
                "invalid type: integer `7`, expected a string",
                ErrorCode::WrongType,
            ),
            (
                "invalid length 0, expected struct Person with 6 elements",
                ErrorCode::WrongType,
            ),
            ("missing field `body`", ErrorCode::MissingField),
            (
                "unknown field `bodyy`, expected one of ...",
                ErrorCode::UnknownField,
            ),
            ("duplicate field `id`", ErrorCode::DuplicateField),
            (
                "unknown variant `x`, expected `a`",
                ErrorCode::UnknownVariant,
            ),
            ("something else went wrong", ErrorCode::InvalidValue),
        ];
        for (message, code) in cases {
            assert_eq!(serde_wording(message), code, "{message}");
        }
    }

    #[test]
    fn a_refusal_brings_its_code_and_only_to_its_own_error() {
        let refusal = ValueError::new(ErrorCode::InvalidDate, "2023-02-30", "no day 30");
        let message = refusal.to_string();
        let _: serde_json::Error = refuse(refusal);
        let (code, _) = classify(serde_json::error::Category::Data, &message);
        assert_eq!(code, ErrorCode::InvalidDate);
        // Taken once: the same message again is no longer a refusal.
        let (code, _) = classify(serde_json::error::Category::Data, &message);
        assert_eq!(code, ErrorCode::InvalidValue);

        // A refusal that some other code swallowed is not used for an
        // error with another message.
        let _: serde_json::Error = refuse(ValueError::new(ErrorCode::InvalidId, "a b", "space"));
        let (code, _) = classify(serde_json::error::Category::Data, "missing field `id`");
        assert_eq!(code, ErrorCode::MissingField);
    }

    #[test]
    fn a_checked_value_is_refused_with_its_code_line_and_path() {
        let json = br#"{"format_version": "2.0", "id": "a b"}"#;
        let err = parse_json::<crate::Article>(json).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidId);
        assert_eq!(err.path().as_str(), "/id");
        assert_eq!(err.line(), 1);
    }
}
