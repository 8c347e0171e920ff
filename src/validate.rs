//! Validation: the [`Validate`] trait, [`ValidationError`]s with their
//! [`ErrorCode`] and [`JsonPointer`] path, and the machinery the model
//! modules use to check themselves.
//!
//! The rules themselves live with the types they concern (a statement's
//! rules in `statement.rs`, and so on); the table of every code is on
//! [`ErrorCode`] and in the crate documentation.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

mod code;
pub use code::{ErrorCode, Stage, UnknownErrorCode};

/// Checks the rules that the types alone cannot enforce.
///
/// [`Article::validate`](crate::Article) checks everything: references,
/// evidence, dates and the rules of every part. The parts
/// ([`Person`](crate::Person), [`Meeting`](crate::Meeting), ...) check the
/// rules that need nothing outside themselves (no blank names, a commitment
/// binds someone, ...); their paths are relative to the part.
///
/// ```
/// use structured_news::{Validate, Person, ErrorCode, Id};
///
/// let person = Person::new(Id::new("p1")?, "   ");
/// let errors = person.validate().unwrap_err();
/// assert_eq!(errors.len(), 1);
/// let first = errors.iter().next().unwrap();
/// assert_eq!(first.code(), ErrorCode::BlankText);
/// assert_eq!(first.path().as_str(), "/name");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Validate {
    /// Returns `Ok(())`, or every problem found, each with its code, path and
    /// message.
    ///
    /// # Errors
    /// [`ValidationErrors`] holding at least one [`ValidationError`].
    fn validate(&self) -> Result<(), ValidationErrors>;
}

/// A JSON Pointer (RFC 6901) to a place in a document, such as
/// `/statements/2/speaker`. The empty pointer is the whole document.
///
/// Use it with [`serde_json::Value::pointer`] to find the value it names.
///
/// ```
/// use structured_news::JsonPointer;
///
/// let p = JsonPointer::root().key("statements").index(2).key("speaker");
/// assert_eq!(p.as_str(), "/statements/2/speaker");
/// assert_eq!(JsonPointer::root().key("a/b~c").as_str(), "/a~1b~0c");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JsonPointer(String);

impl JsonPointer {
    /// The pointer to the whole document (the empty string).
    pub fn root() -> Self {
        JsonPointer(String::new())
    }

    /// This pointer extended by an object key (escaped as RFC 6901 says).
    #[must_use]
    pub fn key(mut self, key: &str) -> Self {
        self.push_key(key);
        self
    }

    /// This pointer extended by an array index.
    #[must_use]
    pub fn index(mut self, index: usize) -> Self {
        self.push_index(index);
        self
    }

    pub(crate) fn push_key(&mut self, key: &str) {
        self.0.push('/');
        for c in key.chars() {
            match c {
                '~' => self.0.push_str("~0"),
                '/' => self.0.push_str("~1"),
                c => self.0.push(c),
            }
        }
    }

    pub(crate) fn push_index(&mut self, index: usize) {
        use fmt::Write;
        let _ = write!(self.0, "/{index}");
    }

    /// Prefixes this pointer with `prefix`.
    pub(crate) fn prefixed(&self, prefix: &JsonPointer) -> JsonPointer {
        JsonPointer(format!("{}{}", prefix.0, self.0))
    }

    /// The pointer as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is the pointer to the whole document.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The pointer, or `(root)` for the empty pointer, for messages.
    pub(crate) fn display_or_root(&self) -> &str {
        if self.is_root() {
            "(root)"
        } else {
            &self.0
        }
    }
}

impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for JsonPointer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// One problem found by validation: its [`code`](Self::code), the
/// [`path`](Self::path) of the value it concerns and a
/// [`message`](Self::message) for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationError {
    code: ErrorCode,
    path: JsonPointer,
    message: String,
}

impl ValidationError {
    /// A problem with `code` at `path`.
    pub fn new(code: ErrorCode, path: JsonPointer, message: impl Into<String>) -> Self {
        ValidationError {
            code,
            path,
            message: message.into(),
        }
    }

    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The JSON Pointer of the value the problem concerns.
    pub fn path(&self) -> &JsonPointer {
        &self.path
    }

    /// What is wrong, for people.
    pub fn message(&self) -> &str {
        &self.message
    }

    pub(crate) fn prefixed(mut self, prefix: &JsonPointer) -> Self {
        self.path = self.path.prefixed(prefix);
        self
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.path.display_or_root(),
            self.code,
            self.message
        )
    }
}

impl std::error::Error for ValidationError {}

/// Every problem validation found, in document order; never empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct ValidationErrors(Vec<ValidationError>);

impl ValidationErrors {
    /// Wraps `errors`; `None` when there are none.
    pub fn from_vec(errors: Vec<ValidationError>) -> Option<Self> {
        if errors.is_empty() {
            None
        } else {
            Some(ValidationErrors(errors))
        }
    }

    /// The problems, in document order.
    pub fn iter(&self) -> std::slice::Iter<'_, ValidationError> {
        self.0.iter()
    }

    /// How many problems there are (at least one).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always `false`: a `ValidationErrors` holds at least one problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems as a slice.
    pub fn as_slice(&self) -> &[ValidationError] {
        &self.0
    }

    /// The problems as a vector.
    pub fn into_vec(self) -> Vec<ValidationError> {
        self.0
    }

    /// Whether some problem has `code`.
    pub fn has_code(&self, code: ErrorCode) -> bool {
        self.0.iter().any(|e| e.code == code)
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.as_slice() {
            [one] => write!(f, "1 problem: {one}"),
            many => {
                write!(f, "{} problems:", many.len())?;
                for e in many {
                    write!(f, "\n  {e}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ValidationErrors {}

impl IntoIterator for ValidationErrors {
    type Item = ValidationError;
    type IntoIter = std::vec::IntoIter<ValidationError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a ValidationError;
    type IntoIter = std::slice::Iter<'a, ValidationError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// A step of the path being checked; rendered only when a problem is found.
#[derive(Clone, Copy)]
enum Step {
    Key(&'static str),
    Index(usize),
}

/// Collects problems while walking a value, keeping the current path as a
/// stack of steps (no allocation until a problem is reported).
pub(crate) struct Checker {
    steps: Vec<Step>,
    errors: Vec<ValidationError>,
}

impl Checker {
    pub(crate) fn new() -> Self {
        Checker {
            steps: Vec::with_capacity(8),
            errors: Vec::new(),
        }
    }

    /// Runs `f` with `key` appended to the path.
    pub(crate) fn at<R>(&mut self, key: &'static str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.steps.push(Step::Key(key));
        let r = f(self);
        self.steps.pop();
        r
    }

    /// Runs `f` with `index` appended to the path.
    pub(crate) fn at_index<R>(&mut self, index: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        self.steps.push(Step::Index(index));
        let r = f(self);
        self.steps.pop();
        r
    }

    /// The current path as a JSON Pointer.
    pub(crate) fn pointer(&self) -> JsonPointer {
        let mut p = JsonPointer::root();
        for step in &self.steps {
            match *step {
                Step::Key(k) => p.push_key(k),
                Step::Index(i) => p.push_index(i),
            }
        }
        p
    }

    /// Reports a problem at the current path.
    pub(crate) fn report(&mut self, code: ErrorCode, message: impl Into<String>) {
        let path = self.pointer();
        self.errors.push(ValidationError::new(code, path, message));
    }

    /// Reports a problem at `key` below the current path.
    pub(crate) fn report_at(
        &mut self,
        key: &'static str,
        code: ErrorCode,
        message: impl Into<String>,
    ) {
        self.at(key, |c| c.report(code, message));
    }

    /// Checks that the text at `key` is not blank.
    pub(crate) fn text(&mut self, key: &'static str, value: &str) {
        if is_blank(value) {
            self.report_at(key, ErrorCode::BlankText, blank_message(key, value));
        }
    }

    /// Checks that an optional text at `key`, when present, is not blank.
    pub(crate) fn optional_text(&mut self, key: &'static str, value: Option<&str>) {
        if let Some(value) = value {
            self.text(key, value);
        }
    }

    /// Checks that no text in the list at `key` is blank.
    pub(crate) fn texts(&mut self, key: &'static str, values: &[String]) {
        if values.iter().all(|v| !is_blank(v)) {
            return;
        }
        self.at(key, |c| {
            for (i, v) in values.iter().enumerate() {
                if is_blank(v) {
                    c.at_index(i, |c| c.report(ErrorCode::BlankText, blank_message(key, v)));
                }
            }
        });
    }

    /// Parses the raw text at `key` (builder input), reporting a refusal
    /// there with the value type's code.
    pub(crate) fn parse<T>(&mut self, key: &'static str, raw: &str) -> Option<T>
    where
        T: FromStr<Err = crate::error::ValueError>,
    {
        self.at(key, |c| c.parse_here(raw))
    }

    /// Parses raw text at the current path.
    pub(crate) fn parse_here<T>(&mut self, raw: &str) -> Option<T>
    where
        T: FromStr<Err = crate::error::ValueError>,
    {
        match raw.parse() {
            Ok(value) => Some(value),
            Err(e) => {
                self.report(e.code(), e.to_string());
                None
            }
        }
    }

    /// Parses a list of raw texts at `key`, reporting each refusal at its
    /// index.
    pub(crate) fn parse_list<T>(&mut self, key: &'static str, raws: &[String]) -> Vec<T>
    where
        T: FromStr<Err = crate::error::ValueError>,
    {
        let mut out = Vec::with_capacity(raws.len());
        if raws.is_empty() {
            return out;
        }
        self.at(key, |c| {
            for (i, raw) in raws.iter().enumerate() {
                if let Some(value) = c.at_index(i, |c| c.parse_here(raw)) {
                    out.push(value);
                }
            }
        });
        out
    }

    /// Takes in problems found elsewhere, their paths relative to the
    /// current path.
    pub(crate) fn absorb(&mut self, errors: ValidationErrors) {
        let prefix = self.pointer();
        self.errors
            .extend(errors.into_iter().map(|e| e.prefixed(&prefix)));
    }

    /// Parses optional raw text at `key`.
    pub(crate) fn parse_optional<T>(&mut self, key: &'static str, raw: Option<&str>) -> Option<T>
    where
        T: FromStr<Err = crate::error::ValueError>,
    {
        raw.and_then(|raw| self.parse(key, raw))
    }

    /// How many problems have been found; with [`insert_at`](Self::insert_at),
    /// lets a check report a problem before the ones found after this mark.
    pub(crate) fn mark(&self) -> usize {
        self.errors.len()
    }

    /// Reports a problem at `key` below the current path, placed at `mark`
    /// among the problems (to keep document order).
    pub(crate) fn insert_at(
        &mut self,
        mark: usize,
        key: &'static str,
        code: ErrorCode,
        message: impl Into<String>,
    ) {
        let path = self.pointer().key(key);
        let at = mark.min(self.errors.len());
        self.errors
            .insert(at, ValidationError::new(code, path, message));
    }

    /// Whether any problem has been found.
    pub(crate) fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// The problems found so far.
    pub(crate) fn finish(self) -> Result<(), ValidationErrors> {
        ValidationErrors::from_vec(self.errors).map_or(Ok(()), Err)
    }
}

/// The indices of the items equal to an earlier item: linear for short
/// lists, hashed for long ones.
pub(crate) fn repeats<T: Eq + std::hash::Hash>(items: &[T]) -> Vec<usize> {
    repeats_by(items, |item| item)
}

/// The indices of the items whose `key` equals an earlier item's.
pub(crate) fn repeats_by<T, K: Eq + std::hash::Hash + ?Sized>(
    items: &[T],
    key: impl Fn(&T) -> &K,
) -> Vec<usize> {
    if items.len() <= 16 {
        return (0..items.len())
            .filter(|&i| {
                let (before, rest) = items.split_at(i);
                rest.first()
                    .is_some_and(|item| before.iter().any(|b| key(b) == key(item)))
            })
            .collect();
    }
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    (0..items.len())
        .filter(|&i| items.get(i).is_some_and(|item| !seen.insert(key(item))))
        .collect()
}

/// Whether `s` is empty or only white space: Unicode `White_Space`, and also
/// U+FEFF and U+001C to U+001F, which some regular-expression dialects
/// count as space, so that whatever a schema's `\S` pattern refuses in any
/// dialect, the validator refuses too.
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{1c}'..='\u{1f}'))
}

fn blank_message(key: &str, value: &str) -> String {
    if value.is_empty() {
        format!("{key} must not be empty")
    } else {
        format!("{key} must not be only white space")
    }
}

/// The error of a builder that produced no value without saying why; the
/// builders report a problem whenever they produce nothing, so this is a
/// safety net, not an expected outcome.
pub(crate) fn nothing_built() -> ValidationErrors {
    ValidationErrors(vec![ValidationError::new(
        ErrorCode::InvalidValue,
        JsonPointer::root(),
        "the builder could not build the value",
    )])
}

/// Runs a builder's conversion and local rules, returning the value or
/// every problem with paths relative to it.
pub(crate) fn finish_build<T>(
    build: impl FnOnce(&mut Checker) -> Option<T>,
    check: impl FnOnce(&T, &mut Checker),
) -> Result<T, ValidationErrors> {
    let mut c = Checker::new();
    let value = build(&mut c);
    if let Some(value) = &value {
        check(value, &mut c);
    }
    match (value, c.finish()) {
        (Some(value), Ok(())) => Ok(value),
        (_, Err(errors)) => Err(errors),
        (None, Ok(())) => Err(nothing_built()),
    }
}

/// Runs a check that needs only the value itself, with paths relative to it.
pub(crate) fn check_alone(f: impl FnOnce(&mut Checker)) -> Result<(), ValidationErrors> {
    let mut c = Checker::new();
    f(&mut c);
    c.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checker_renders_paths() {
        let mut c = Checker::new();
        c.at("statements", |c| {
            c.at_index(2, |c| c.text("speaker", " \t"));
        });
        let errors = c.finish().unwrap_err();
        let e = errors.iter().next().unwrap();
        assert_eq!(e.path().as_str(), "/statements/2/speaker");
        assert_eq!(e.code(), ErrorCode::BlankText);
        assert_eq!(
            e.to_string(),
            "/statements/2/speaker: blank_text: speaker must not be only white space"
        );
    }
}
