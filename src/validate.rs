//! Validation: the [`Validate`] trait, [`ValidationError`]s with their
//! [`ErrorCode`] and [`JsonPointer`] path, and the machinery the model
//! modules use to check themselves.
//!
//! The rules themselves live with the types they concern (a statement's
//! rules in `statement.rs`, and so on); the table of every code is on
//! [`ErrorCode`] and in the crate documentation.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

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

/// Declares [`ErrorCode`] with its string forms and documentation table.
macro_rules! error_codes {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal, $stage:ident; )*) => {
        /// The stable, machine-readable code of every problem the crate
        /// reports, whether found while reading JSON or by validation.
        ///
        /// The string form ([`as_str`](Self::as_str), `Display`, serde) is
        /// `snake_case` and will not change within a major version. New
        /// codes may be added, so match with a wildcard arm.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $( $(#[$doc])* $variant, )*
        }

        impl ErrorCode {
            /// Every code, in the order of the rule table.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The `snake_case` string form, e.g. `"unknown_reference"`.
            pub fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $text,)* }
            }

            /// Where the problem is found: while reading the input
            /// ([`Stage::Read`]) or by [`Validate`] ([`Stage::Validate`]).
            pub fn stage(self) -> Stage {
                match self { $(ErrorCode::$variant => Stage::$stage,)* }
            }
        }

        impl FromStr for ErrorCode {
            type Err = UnknownErrorCode;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok(ErrorCode::$variant),)*
                    _ => Err(UnknownErrorCode(())),
                }
            }
        }
    };
}

error_codes! {
    /// The input could not be read (an I/O error).
    Io = "io", Read;
    /// The input is larger than the size limit the caller set.
    TooLarge = "too_large", Read;
    /// The input is not well-formed JSON: a stray or trailing character,
    /// invalid UTF-8, a byte-order mark, `NaN`, a comment, ...
    Syntax = "syntax", Read;
    /// The input ends before the JSON value does (empty or cut short).
    UnexpectedEnd = "unexpected_end", Read;
    /// Arrays and objects are nested more than 128 levels deep.
    NestingTooDeep = "nesting_too_deep", Read;
    /// A value has the wrong JSON type (a number where a string belongs, ...).
    WrongType = "wrong_type", Read;
    /// A required field is absent.
    MissingField = "missing_field", Read;
    /// An object has a field that the format does not define.
    UnknownField = "unknown_field", Read;
    /// An object has the same field twice.
    DuplicateField = "duplicate_field", Read;
    /// A value is not one of an enumeration's values (a meeting kind, a status, ...).
    UnknownVariant = "unknown_variant", Read;
    /// A value that its type refuses for another reason.
    InvalidValue = "invalid_value", Read;
    /// `format_version` is not a version this crate reads.
    UnsupportedFormatVersion = "unsupported_format_version", Read;
    /// An id is empty, too long or has a character outside `A-Z a-z 0-9 . _ : -`.
    InvalidId = "invalid_id", Read;
    /// A country is not an officially assigned ISO 3166-1 alpha-2 code.
    InvalidCountryCode = "invalid_country_code", Read;
    /// A language is not a well-formed BCP 47 tag.
    InvalidLanguageTag = "invalid_language_tag", Read;
    /// A URL has no scheme or has characters that must be percent-encoded.
    InvalidUrl = "invalid_url", Read;
    /// A Wikidata id is not `Q` followed by a number.
    InvalidWikidataId = "invalid_wikidata_id", Read;
    /// A date is malformed (not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`) or
    /// impossible (`2023-02-30`, month 13).
    InvalidDate = "invalid_date", Read;
    /// A date interval `A/B` ends before it starts.
    ReversedInterval = "reversed_interval", Read;
    /// A timestamp is not an RFC 3339 date-time with an offset.
    InvalidTimestamp = "invalid_timestamp", Read;
    /// Two things in the article have the same id.
    DuplicateId = "duplicate_id", Validate;
    /// A reference names an id that nothing in the article has.
    UnknownReference = "unknown_reference", Validate;
    /// A reference points at the wrong kind of thing (a speaker that is a
    /// place, a setting that is not a meeting, a party that is a city, ...).
    WrongReferenceKind = "wrong_reference_kind", Validate;
    /// The same id appears twice in one list of references.
    DuplicateReference = "duplicate_reference", Validate;
    /// A chain of `part_of` (meetings), `parent` (organizations) or
    /// `within` (places) comes back to where it started.
    ReferenceCycle = "reference_cycle", Validate;
    /// A meeting coincides with itself.
    SelfReference = "self_reference", Validate;
    /// A name or text is empty or only white space.
    BlankText = "blank_text", Validate;
    /// A commitment binds no party.
    NoBoundParty = "no_bound_party", Validate;
    /// A party is both bound by a commitment and its counterparty.
    PartyConflict = "party_conflict", Validate;
    /// A held meeting or a statement is dated after the article was published.
    DateAfterPublication = "date_after_publication", Validate;
    /// A commitment falls due before the statement or meeting that made it.
    DueBeforeMade = "due_before_made", Validate;
    /// Evidence quotes text (with its prefix and suffix) that is not in the body.
    EvidenceNotFound = "evidence_not_found", Validate;
    /// An evidence position ends before it starts or beyond the end of the body.
    InvalidPosition = "invalid_position", Validate;
    /// An evidence position selects other text than the quote's `exact`,
    /// or the quote's prefix or suffix does not surround it there.
    EvidencePositionMismatch = "evidence_position_mismatch", Validate;
    /// A direct quote's text does not occur word for word in the body.
    QuoteNotInBody = "quote_not_in_body", Validate;
}

/// When a problem is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stage {
    /// While reading the input (the JSON is malformed or mistyped, or a
    /// checked value such as a date is refused); reading stops at the first.
    Read,
    /// By [`Validate::validate`], which reports every problem at once.
    Validate,
}

/// The error of parsing a string that is not an [`ErrorCode`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownErrorCode(());

impl fmt::Display for UnknownErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a structured-news error code")
    }
}

impl std::error::Error for UnknownErrorCode {}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom(format_args!("unknown error code {s:?}")))
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

    /// Whether any problem has been found.
    pub(crate) fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// The problems found so far.
    pub(crate) fn finish(self) -> Result<(), ValidationErrors> {
        ValidationErrors::from_vec(self.errors).map_or(Ok(()), Err)
    }
}

/// Whether `s` is empty or only Unicode white space.
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
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
    fn codes_round_trip_through_text() {
        for &code in ErrorCode::ALL {
            assert_eq!(code.as_str().parse::<ErrorCode>(), Ok(code));
            assert!(code
                .as_str()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_'));
        }
        assert!("nope".parse::<ErrorCode>().is_err());
    }

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
