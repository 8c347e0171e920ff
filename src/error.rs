//! The crate's errors and problems: [`Error`] for reading articles,
//! [`JsonError`] for input that is not a well-typed article, [`ValueError`]
//! for a string that a checked type (an id, a date, a code) refuses, and
//! the problems validation reports ([`ValidationError`], with its
//! [`ErrorCode`] and [`JsonPointer`]).

use std::fmt;

mod code;
mod from_text;
mod lints;
mod problem;

pub use code::{ErrorCode, Severity, Stage};
pub(crate) use from_text::{edit_distance_at_most, nearest_name, type_words};
pub use from_text::{UnknownErrorCode, UnknownLevel};
pub use lints::{Level, Lints, NotALint};
pub use problem::{JsonPointer, Validate, ValidationError, ValidationErrors};

/// Everything that can go wrong when reading an article.
///
/// Every variant has a stable [`ErrorCode`] ([`Error::code`]); the
/// [`Invalid`](Error::Invalid) variant holds every validation problem at once.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not well-formed JSON or does not have the shape of an
    /// article: a syntax error, a wrong type, a missing or unknown field, a
    /// value a checked type refuses. Says where (line, column and path).
    #[error(transparent)]
    Json(#[from] JsonError),
    /// The input is a well-typed article that breaks validation rules at
    /// the level of errors; holds every problem, the warnings too, in
    /// document order.
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
    /// The input could not be read.
    #[error("could not read the input: {0}")]
    Io(#[from] std::io::Error),
    /// The input is larger than the limit the caller set.
    #[error("the input is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
}

impl Error {
    /// The stable code of this error; for [`Error::Invalid`], the code of the
    /// first error (all problems, warnings too, are in [`ValidationErrors`]).
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Json(e) => e.code(),
            Error::Invalid(errors) => first_error(errors).code(),
            Error::Io(_) => ErrorCode::Io,
            Error::TooLarge { .. } => ErrorCode::TooLarge,
        }
    }

    /// The JSON Pointer of the (first) place the error concerns, when known.
    pub fn path(&self) -> Option<&JsonPointer> {
        match self {
            Error::Json(e) => Some(e.path()),
            Error::Invalid(errors) => Some(first_error(errors).path()),
            Error::Io(_) | Error::TooLarge { .. } => None,
        }
    }

    /// The validation problems, when this is [`Error::Invalid`].
    pub fn validation_errors(&self) -> Option<&ValidationErrors> {
        match self {
            Error::Invalid(errors) => Some(errors),
            _ => None,
        }
    }
}

/// The first error of `errors`, or its first problem when all are warnings.
fn first_error(errors: &ValidationErrors) -> &ValidationError {
    errors.first_error().unwrap_or_else(|| errors.first())
}

/// Input that is not a well-formed, well-typed article: what went wrong
/// ([`code`](Self::code), [`message`](Self::message)) and where (the
/// [`line`](Self::line) and [`column`](Self::column) in the input, both
/// counted from 1, and the JSON Pointer [`path`](Self::path) of the value).
///
/// ```
/// use structured_news::{Article, Error, ErrorCode};
///
/// let err = Article::from_json_str(r#"{"format_version": "2.0", "id": 7}"#).unwrap_err();
/// let Error::Json(json) = err else { panic!("expected a JSON error") };
/// assert_eq!(json.code(), ErrorCode::WrongType);
/// assert_eq!(json.path().as_str(), "/id");
/// assert_eq!((json.line(), json.column()), (1, 33));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    code: ErrorCode,
    path: JsonPointer,
    line: usize,
    column: usize,
    message: String,
}

impl JsonError {
    /// The stable code: [`ErrorCode::Syntax`], [`ErrorCode::WrongType`],
    /// [`ErrorCode::InvalidDate`], ...
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// Where in the document: the JSON Pointer of the value being read (the
    /// empty pointer for the root, or when the input is not JSON at all).
    pub fn path(&self) -> &JsonPointer {
        &self.path
    }

    /// The line in the input, counted from 1 (0 when unknown).
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column in the input, counted from 1 in bytes (0 when unknown).
    pub fn column(&self) -> usize {
        self.column
    }

    /// What went wrong, for people.
    pub fn message(&self) -> &str {
        &self.message
    }

    pub(crate) fn new(
        code: ErrorCode,
        path: JsonPointer,
        line: usize,
        column: usize,
        message: String,
    ) -> Self {
        // serde_json says column 0 for an error before the first byte of a
        // line; columns here count from 1.
        let column = if line > 0 { column.max(1) } else { column };
        JsonError {
            code,
            path,
            line,
            column,
            message,
        }
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}: {}: {}",
            self.line,
            self.column,
            self.path.display_or_root(),
            self.code,
            self.message
        )
    }
}

impl std::error::Error for JsonError {}

/// The longest input quoted back in a [`ValueError`] message, in characters.
const QUOTED_INPUT_MAX: usize = 80;

/// The longest message kept, in characters: serde quotes values and keys
/// back in full, and a 50 MB key must not make a 50 MB message.
pub(crate) const MESSAGE_MAX: usize = 400;

/// `text`, cut after `max` characters (with an ellipsis).
pub(crate) fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!(
            "{}…",
            text.get(..at)
                .expect("char_indices gives character boundaries")
        ),
        None => text.to_owned(),
    }
}

/// A string that a checked type refuses: an id with a space, an impossible
/// date, an unassigned country code, ...
///
/// ```
/// use structured_news::{ErrorCode, PartialDate};
///
/// let err = "2023-02-30".parse::<PartialDate>().unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidDate);
/// assert_eq!(err.to_string(), "\"2023-02-30\": February 2023 has no day 30");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError {
    code: ErrorCode,
    input: String,
    reason: String,
}

impl ValueError {
    pub(crate) fn new(code: ErrorCode, input: &str, reason: impl Into<String>) -> Self {
        ValueError {
            code,
            input: cut(input, QUOTED_INPUT_MAX),
            reason: cut(&reason.into(), MESSAGE_MAX),
        }
    }

    /// The stable code, e.g. [`ErrorCode::InvalidDate`].
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// Why the value is refused, for people.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The refused input (cut after 80 characters).
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.input, self.reason)
    }
}

impl std::error::Error for ValueError {}
