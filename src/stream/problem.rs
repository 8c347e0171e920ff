//! A document's problems, flat and located: what each is, and where in the
//! input's lines.

use std::fmt;

use crate::error::{Error, ErrorCode, JsonPointer, Severity, ValidationError};

use super::{locate, Entry};

/// One problem of an [`Entry`], flat: its code, severity, path and
/// message, and where it is in the input (the line, and the column when
/// known). Reading errors, validation problems and warnings all come in
/// this one shape, which is what the command line prints and Python's
/// `Problem` holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct LocatedProblem {
    /// The stable code.
    pub code: ErrorCode,
    /// Error or warning, at the levels the document was read with.
    pub severity: Severity,
    /// The JSON Pointer of the value concerned (the root for a problem of
    /// the whole document, such as an I/O error).
    pub path: JsonPointer,
    /// The line of the input (from 1) where the value starts; the
    /// document's first line when the place is unknown.
    pub line: u64,
    /// The column in that line (from 1, in bytes of UTF-8), when known.
    pub column: Option<u64>,
    /// What is wrong, for people.
    pub message: String,
}

impl LocatedProblem {
    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `PATH: CODE: MESSAGE`, or `PATH: CODE: warning: MESSAGE`, with `(root)`
/// for the whole document, as [`ValidationError`] writes itself (the line
/// is left to the caller, who knows the file).
impl fmt::Display for LocatedProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let warning = match self.severity {
            Severity::Warning => "warning: ",
            _ => "",
        };
        let path = self.path.display_or_root();
        write!(f, "{path}: {}: {warning}{}", self.code, self.message)
    }
}

/// How many bytes locating a document's validation problems may scan:
/// each search reads up to the whole document, so a huge document with
/// many problems would otherwise take quadratic time. A 13 KB article has
/// some 20 000 of its problems located, a 50 MB one 5; the first is always
/// located. Past the budget, a problem has the document's line and no
/// column.
const LOCATE_BUDGET: usize = 256 << 20;

impl Entry {
    /// Every problem of this document, in document order: the reading
    /// error and the problems after it ([`Entry::further_problems`]), or
    /// each validation problem (warnings too), or the warnings of a valid
    /// article.
    ///
    /// `text` is the document's own bytes, when the caller has them: a
    /// validation problem is then found by its path and gets its line and
    /// column; without them it gets the document's line. A reading error
    /// always has its line and column.
    ///
    /// ```
    /// use structured_news::stream::read_documents;
    /// use structured_news::ErrorCode;
    ///
    /// let text = include_bytes!("../../tests/fixtures/invalid/dangling_speaker.json");
    /// let doc = &read_documents(text)[0];
    /// let problems = doc.problems(Some(text));
    /// assert_eq!(problems[0].code, ErrorCode::UnknownReference);
    /// assert_eq!(problems[0].path.as_str(), "/statements/0/speaker");
    /// assert_eq!((problems[0].line, problems[0].column), (79, Some(18)));
    /// assert_eq!(doc.problems(None)[0].column, None);
    /// ```
    pub fn problems(&self, text: Option<&[u8]>) -> Vec<LocatedProblem> {
        let list: &[ValidationError] = match &self.result {
            Ok(_) => &self.warnings,
            Err(Error::Invalid(found)) => found.as_slice(),
            Err(Error::Json(e)) => {
                let first = LocatedProblem {
                    code: e.code(),
                    severity: Severity::Error,
                    path: e.path().clone(),
                    line: self.line + (e.line().max(1) as u64) - 1,
                    column: Some(e.column() as u64).filter(|&c| c > 0),
                    message: e.message().to_owned(),
                };
                let mut all = vec![first];
                all.extend(self.located(&self.further_problems, text));
                return all;
            }
            Err(other) => {
                return vec![LocatedProblem {
                    code: other.code(),
                    severity: Severity::Error,
                    path: other.path().cloned().unwrap_or_else(JsonPointer::root),
                    line: self.line,
                    column: None,
                    message: other.to_string(),
                }]
            }
        };
        self.located(list, text)
    }

    /// `list` with the line and column of each problem, found by its path
    /// in `text` while the budget lasts.
    fn located(&self, list: &[ValidationError], text: Option<&[u8]>) -> Vec<LocatedProblem> {
        let mut spent = 0usize;
        list.iter()
            .map(|p| {
                let place = text.and_then(|text| {
                    if spent != 0 && spent.saturating_add(text.len()) > LOCATE_BUDGET {
                        return None;
                    }
                    spent = spent.saturating_add(text.len().max(1));
                    locate(text, p.path().as_str())
                });
                LocatedProblem {
                    code: p.code(),
                    severity: p.severity(),
                    path: p.path().clone(),
                    line: place.map_or(self.line, |(line, _)| self.line + line - 1),
                    column: place.map(|(_, column)| column),
                    message: p.message().to_owned(),
                }
            })
            .collect()
    }
}
