//! The problems validation reports: [`ValidationError`] with its
//! [`ErrorCode`] and [`JsonPointer`] path, [`ValidationErrors`], and the
//! [`Validate`] trait that produces them (its impls are the rules, in the
//! `validate` module).

use std::fmt;

use serde::Serialize;

use super::{ErrorCode, Lints, Severity};

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
    /// Every problem has its rule's default [`Severity`]: `Err` holds the
    /// warnings as well as the errors, so a document is clean only when
    /// this is `Ok`. To accept warnings, or to set a rule's level, use
    /// [`lint`](Self::lint).
    ///
    /// # Errors
    /// [`ValidationErrors`] holding at least one [`ValidationError`].
    fn validate(&self) -> Result<(), ValidationErrors>;

    /// Checks the rules at the levels of `lints`: `Ok` with the warnings
    /// when there is no error, `Err` with every problem (errors and
    /// warnings, in document order) when there is one. Allowed rules
    /// report nothing.
    ///
    /// ```
    /// use structured_news::{Article, ErrorCode, Lints, Severity, Validate};
    ///
    /// // A meeting still "scheduled" for a day before the article appeared.
    /// let json = r#"{"format_version": "2.0", "id": "a1", "language": "en",
    ///   "published": "2023-12-04", "body": "Talks are scheduled.",
    ///   "meetings": [{"id": "m1", "kind": "bilateral", "status": "scheduled",
    ///                 "date": {"value": "2023-11-20"}}]}"#;
    /// let article = Article::from_json_str(json)?; // a warning is no error
    /// let warnings = article.lint(&Lints::new()).unwrap();
    /// assert_eq!(warnings[0].code(), ErrorCode::PlannedInPast);
    /// assert_eq!(warnings[0].severity(), Severity::Warning);
    ///
    /// let strict = Lints::new().deny_warnings();
    /// assert!(article.lint(&strict).is_err());
    /// let lenient = Lints::new().allow(ErrorCode::PlannedInPast)?;
    /// assert!(article.lint(&lenient).unwrap().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ValidationErrors`] when some problem is an error at these levels.
    fn lint(&self, lints: &Lints) -> Result<Vec<ValidationError>, ValidationErrors> {
        match self.validate() {
            Ok(()) => Ok(Vec::new()),
            Err(problems) => lints.apply(problems.into_vec()),
        }
    }
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

/// One problem found by validation: its [`code`](Self::code), its
/// [`severity`](Self::severity), the [`path`](Self::path) of the value it
/// concerns and a [`message`](Self::message) for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationError {
    code: ErrorCode,
    severity: Severity,
    path: JsonPointer,
    message: String,
}

impl ValidationError {
    /// A problem with `code` at `path`, of the code's default severity.
    pub fn new(code: ErrorCode, path: JsonPointer, message: impl Into<String>) -> Self {
        ValidationError {
            code,
            severity: code.default_severity(),
            path,
            message: message.into(),
        }
    }

    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// Whether this is an error or a warning: the code's
    /// [default](ErrorCode::default_severity), or the level
    /// [`Lints`] gave it.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub(crate) fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
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

/// `PATH: CODE: MESSAGE`, or `PATH: CODE: warning: MESSAGE` for a warning.
impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let warning = match self.severity {
            Severity::Warning => "warning: ",
            _ => "",
        };
        write!(
            f,
            "{}: {}: {warning}{}",
            self.path.display_or_root(),
            self.code,
            self.message
        )
    }
}

impl std::error::Error for ValidationError {}

/// Every problem validation found, errors and warnings, in document order;
/// never empty.
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

    /// The first problem, in document order.
    pub fn first(&self) -> &ValidationError {
        self.0
            .first()
            .expect("a ValidationErrors is made only from a non-empty list")
    }

    /// The problems, in document order.
    pub fn iter(&self) -> std::slice::Iter<'_, ValidationError> {
        self.0.iter()
    }

    /// How many problems there are (at least one: there is no `is_empty`).
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The problems as a slice.
    pub fn as_slice(&self) -> &[ValidationError] {
        &self.0
    }

    /// The problems as a vector.
    pub fn into_vec(self) -> Vec<ValidationError> {
        self.0
    }

    /// Whether some problem is an error (not only warnings).
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(ValidationError::is_error)
    }

    /// The first error, in document order (`None` when all are warnings).
    pub fn first_error(&self) -> Option<&ValidationError> {
        self.0.iter().find(|e| e.is_error())
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
