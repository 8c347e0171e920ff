//! What reading one document gives: its problems, with their lines and
//! columns when the input was text, and the article when it is valid.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyList;
use structured_news::stream::locate;
use structured_news::{Article, Error, ErrorCode, Severity, ValidationError};

use crate::convert::to_python;

/// One problem, before it becomes a Python object (built on any thread).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ProblemData {
    path: String,
    code: ErrorCode,
    severity: Severity,
    message: String,
    line: Option<u64>,
    column: Option<u64>,
}

/// The result of reading one document, before it becomes a Python object.
pub struct Outcome {
    /// The line the document starts on in its input; `None` when the input
    /// was not text.
    line: Option<u64>,
    article: Option<Article>,
    problems: Vec<ProblemData>,
}

impl Outcome {
    /// The outcome of `result`: the article and its warnings, or what is
    /// wrong. `text` is the document's bytes when the input was text (to
    /// find the line and column of each problem); `line` is the line of
    /// the input that `text` starts on.
    pub fn new(
        result: Result<(Article, Vec<ValidationError>), Error>,
        text: Option<&[u8]>,
        line: u64,
    ) -> Outcome {
        let start = text.map(|_| line);
        let (article, problems) = match result {
            Ok((article, warnings)) => (Some(article), from_validation(&warnings, text, line)),
            Err(Error::Invalid(problems)) => {
                (None, from_validation(problems.as_slice(), text, line))
            }
            Err(Error::Json(e)) => {
                let (line, column) = match text {
                    Some(_) => (
                        Some(line + e.line().max(1) as u64 - 1),
                        Some(e.column() as u64).filter(|&c| c > 0),
                    ),
                    None => (None, None),
                };
                let problem = ProblemData {
                    path: e.path().as_str().to_owned(),
                    code: e.code(),
                    severity: Severity::Error,
                    message: e.message().to_owned(),
                    line,
                    column,
                };
                (None, vec![problem])
            }
            Err(other) => (None, vec![whole(&other, start)]),
        };
        Outcome {
            line: start,
            article,
            problems,
        }
    }

    /// This outcome without its article, which is dropped here (on the
    /// worker thread that built it, which frees it fastest).
    pub fn without_article(mut self) -> Outcome {
        self.article = None;
        self
    }

    /// A document of a stream that could not be read at all (an I/O
    /// error, a line over the size cap), starting on `line`.
    pub fn failed(error: &Error, line: u64) -> Outcome {
        Outcome {
            line: Some(line),
            article: None,
            problems: vec![whole(error, Some(line))],
        }
    }
}

/// The problem of an error about the whole document.
fn whole(error: &Error, line: Option<u64>) -> ProblemData {
    ProblemData {
        path: String::new(),
        code: error.code(),
        severity: Severity::Error,
        message: error.to_string(),
        line,
        column: None,
    }
}

/// How many bytes locating a document's problems may scan: each search
/// reads up to the whole document, so a huge document with many problems
/// would otherwise take quadratic time. A 13 KB article has some 20 000 of
/// its problems located, a 50 MB one 5; the first is always located.
const LOCATE_BUDGET: usize = 256 << 20;

fn from_validation(
    problems: &[ValidationError],
    text: Option<&[u8]>,
    line: u64,
) -> Vec<ProblemData> {
    let mut spent = 0usize;
    problems
        .iter()
        .map(|p| {
            let (line, column) = match text {
                Some(text) if spent == 0 || spent.saturating_add(text.len()) <= LOCATE_BUDGET => {
                    spent = spent.saturating_add(text.len().max(1));
                    match locate(text, p.path().as_str()) {
                        Some((l, c)) => (Some(line + l - 1), Some(c)),
                        None => (Some(line), None),
                    }
                }
                // Past the budget: the document's line, no column.
                Some(_) => (Some(line), None),
                None => (None, None),
            };
            ProblemData {
                path: p.path().as_str().to_owned(),
                code: p.code(),
                severity: p.severity(),
                message: p.message().to_owned(),
                line,
                column,
            }
        })
        .collect()
}

/// One problem in a document: where it is (`path`, and `line` and
/// `column` when the input was text), what it is (`code`, `severity`) and
/// a `message` for people.
#[pyclass(module = "structured_news", frozen, eq, hash)]
#[derive(PartialEq, Eq, Hash)]
pub struct Problem(ProblemData);

#[pymethods]
impl Problem {
    /// The JSON Pointer of the value the problem concerns (`""` for the
    /// whole document), e.g. `"/statements/0/speaker"`.
    #[getter]
    fn path(&self) -> &str {
        &self.0.path
    }

    /// The stable code, e.g. `"unknown_reference"` (see `explain()`).
    #[getter]
    fn code(&self) -> &'static str {
        self.0.code.as_str()
    }

    /// `"error"` or `"warning"`: the code's default severity, or the level
    /// the lints gave it.
    #[getter]
    fn severity(&self) -> &'static str {
        self.0.severity.as_str()
    }

    /// What is wrong, for people.
    #[getter]
    fn message(&self) -> &str {
        &self.0.message
    }

    /// The line of the value in the input, from 1; `None` when the input
    /// was not text (a `dict`).
    #[getter]
    fn line(&self) -> Option<u64> {
        self.0.line
    }

    /// The column of the value in its line, from 1, counted in bytes of
    /// UTF-8; `None` when the input was not text or the place is unknown
    /// (a huge document with many problems has only so many located: past
    /// some 256 MB of searching, a problem has the document's line and no
    /// column).
    #[getter]
    fn column(&self) -> Option<u64> {
        self.0.column
    }

    /// Whether this is an error (not a warning).
    #[getter]
    fn is_error(&self) -> bool {
        self.0.severity == Severity::Error
    }

    /// The problem as a `dict` of its six fields.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
        let dict = pyo3::types::PyDict::new(py);
        dict.set_item("path", self.path())?;
        dict.set_item("code", self.code())?;
        dict.set_item("severity", self.severity())?;
        dict.set_item("message", self.message())?;
        dict.set_item("line", self.0.line)?;
        dict.set_item("column", self.0.column)?;
        Ok(dict)
    }

    /// `PATH: CODE: MESSAGE`, or `PATH: CODE: warning: MESSAGE`, with
    /// `(root)` for the whole document, as the Rust crate prints it.
    fn __str__(&self) -> String {
        let path = if self.0.path.is_empty() {
            "(root)"
        } else {
            &self.0.path
        };
        let warning = if self.0.severity == Severity::Warning {
            "warning: "
        } else {
            ""
        };
        format!("{path}: {}: {warning}{}", self.0.code, self.0.message)
    }

    fn __repr__(&self) -> String {
        format!(
            "Problem(path={:?}, code={:?}, severity={:?}, line={}, column={}, message={:?})",
            self.0.path,
            self.0.code.as_str(),
            self.0.severity.as_str(),
            optional(self.0.line),
            optional(self.0.column),
            self.0.message
        )
    }
}

fn optional(n: Option<u64>) -> String {
    n.map_or_else(|| "None".to_owned(), |n| n.to_string())
}

/// What checking one document found: every problem (errors and
/// warnings, in document order), whether the document is `valid` (no
/// error; warnings are allowed) and, when it is, the article.
#[pyclass(module = "structured_news", frozen)]
pub struct Report {
    line: Option<u64>,
    article: Option<Article>,
    problems: Vec<Py<Problem>>,
    errors: usize,
}

impl Report {
    /// The Python report of `outcome`.
    pub fn new(py: Python<'_>, outcome: Outcome) -> PyResult<Report> {
        let errors = outcome
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        let problems = outcome
            .problems
            .into_iter()
            .map(|p| Py::new(py, Problem(p)))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(Report {
            line: outcome.line,
            article: outcome.article,
            problems,
            errors,
        })
    }

    fn select<'py>(&self, py: Python<'py>, errors: bool) -> PyResult<Bound<'py, PyList>> {
        PyList::new(
            py,
            self.problems
                .iter()
                .filter(|p| p.get().is_error() == errors)
                .map(|p| p.clone_ref(py)),
        )
    }
}

#[pymethods]
impl Report {
    /// Whether the document has no error (it may have warnings).
    #[getter]
    fn valid(&self) -> bool {
        self.errors == 0
    }

    /// Every problem, errors and warnings, in document order.
    #[getter]
    fn problems<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.problems.iter().map(|p| p.clone_ref(py)))
    }

    /// The problems that are errors.
    #[getter]
    fn errors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.select(py, true)
    }

    /// The problems that are warnings.
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.select(py, false)
    }

    /// The line the document starts on in its input (1 for a single
    /// document given as text; its line in an NDJSON stream); `None` for
    /// a `dict`.
    #[getter]
    fn line(&self) -> Option<u64> {
        self.line
    }

    /// The article as plain Python data (the JSON the Rust types write:
    /// absent values left out, fields in the format's order), or `None`
    /// when the document has an error (or comes from `iter_ndjson`
    /// without `keep_articles=True`).
    fn article<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let Some(article) = &self.article else {
            return Ok(None);
        };
        let value = serde_json::to_value(article)
            .map_err(|e| PyValueError::new_err(format!("the article cannot be written: {e}")))?;
        to_python(py, &value).map(Some)
    }

    fn __repr__(&self) -> String {
        format!(
            "<Report valid={} errors={} warnings={} line={}>",
            if self.errors == 0 { "True" } else { "False" },
            self.errors,
            self.problems.len() - self.errors,
            optional(self.line)
        )
    }
}
