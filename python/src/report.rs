//! What reading one document gives: its problems, with their lines and
//! columns when the input was text, and the article when it is valid.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList};
use structured_news::stream::{every_problem, Entry, LocatedProblem};
use structured_news::{Article, Error, Lints, ValidationError};

use crate::convert::to_python;

/// One problem, before it becomes a Python object (built on any thread):
/// the library's located problem, and whether the input was text (a
/// `dict` has no lines and columns).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ProblemData {
    problem: LocatedProblem,
    from_text: bool,
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
    /// The outcome of `doc`: its article when valid, and every problem
    /// (`Entry::problems`). `text` is the document's bytes, to find
    /// the line and column of each problem; `from_text` says whether the
    /// input was text at all.
    pub fn new(doc: Entry, text: Option<&[u8]>, from_text: bool) -> Outcome {
        let problems = doc
            .problems(text)
            .into_iter()
            .map(|problem| ProblemData { problem, from_text })
            .collect();
        Outcome {
            line: from_text.then_some(doc.line),
            article: doc.result.ok(),
            problems,
        }
    }

    /// The outcome of reading `bytes` as one document: `result` is what
    /// `Article::from_json_slice_with` gave.
    pub fn of_one(
        result: Result<(Article, Vec<ValidationError>), Error>,
        bytes: &[u8],
        lints: &Lints,
        from_text: bool,
    ) -> Outcome {
        let (result, warnings) = match result {
            Ok((article, warnings)) => (Ok(article), warnings),
            Err(e) => (Err(e), Vec::new()),
        };
        // Reading stopped at a problem: the ones after it too.
        let further_problems = match &result {
            Err(Error::Json(_)) => every_problem(bytes, lints).into_iter().skip(1).collect(),
            _ => Vec::new(),
        };
        let doc = Entry {
            line: 1,
            offset: 0,
            bytes: bytes.len() as u64,
            result,
            warnings,
            further_problems,
        };
        Outcome::new(doc, from_text.then_some(bytes), from_text)
    }

    /// This outcome without its article, which is dropped here (on the
    /// worker thread that built it, which frees it fastest).
    pub fn without_article(mut self) -> Outcome {
        self.article = None;
        self
    }
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
        self.0.problem.path.as_str()
    }

    /// The stable code, e.g. `"unknown_reference"` (see `explain()`).
    #[getter]
    fn code(&self) -> &'static str {
        self.0.problem.code.as_str()
    }

    /// `"error"` or `"warning"`: the code's default severity, or the level
    /// the lints gave it.
    #[getter]
    fn severity(&self) -> &'static str {
        self.0.problem.severity.as_str()
    }

    /// What is wrong, for people.
    #[getter]
    fn message(&self) -> &str {
        &self.0.problem.message
    }

    /// The line of the value in the input, from 1; `None` when the input
    /// was not text (a `dict`).
    #[getter]
    fn line(&self) -> Option<u64> {
        self.0.from_text.then_some(self.0.problem.line)
    }

    /// The column of the value in its line, from 1, counted in bytes of
    /// UTF-8; `None` when the input was not text or the place is unknown
    /// (a huge document with many problems has only so many located: past
    /// some 256 MB of searching, a problem has the document's line and no
    /// column).
    #[getter]
    fn column(&self) -> Option<u64> {
        self.0.problem.column.filter(|_| self.0.from_text)
    }

    /// Whether this is an error (not a warning).
    #[getter]
    fn is_error(&self) -> bool {
        self.0.problem.is_error()
    }

    /// The problem as a `dict` of its six fields.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
        let dict = pyo3::types::PyDict::new(py);
        dict.set_item("path", self.path())?;
        dict.set_item("code", self.code())?;
        dict.set_item("severity", self.severity())?;
        dict.set_item("message", self.message())?;
        dict.set_item("line", self.line())?;
        dict.set_item("column", self.column())?;
        Ok(dict)
    }

    /// `PATH: CODE: MESSAGE`, or `PATH: CODE: warning: MESSAGE`, with
    /// `(root)` for the whole document, as the Rust crate prints it.
    fn __str__(&self) -> String {
        self.0.problem.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "Problem(path={:?}, code={:?}, severity={:?}, line={}, column={}, message={:?})",
            self.path(),
            self.code(),
            self.severity(),
            optional(self.line()),
            optional(self.column()),
            self.message()
        )
    }
}

fn optional(n: Option<u64>) -> String {
    n.map_or_else(|| "None".to_owned(), |n| n.to_string())
}

/// The document a report of `validate` is of, kept for its review page.
pub enum Source {
    /// The `bytes` given, or a `str`'s UTF-8: the Python object, held.
    Bytes(Py<PyBytes>),
    /// A `dict`, as the JSON written from it.
    Json(Vec<u8>),
}

/// What checking one document found: every problem (errors and
/// warnings, in document order), whether the document is `valid` (no
/// error; warnings are allowed) and, when it is, the article.
#[pyclass(module = "structured_news", frozen)]
pub struct Report {
    /// The document as JSON and the lints it was checked with, when the
    /// report is of one document given to `validate` (for its review page).
    source: Option<(Source, structured_news::Lints)>,
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
            .filter(|p| p.problem.is_error())
            .count();
        let problems = outcome
            .problems
            .into_iter()
            .map(|p| Py::new(py, Problem(p)))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(Report {
            source: None,
            line: outcome.line,
            article: outcome.article,
            problems,
            errors,
        })
    }

    /// The article read, when the document has no error (and the report
    /// keeps it).
    pub fn article_read(&self) -> Option<&Article> {
        self.article.as_ref()
    }

    /// The report, keeping the document it is of for its review page.
    pub fn with_source(mut self, source: Source, lints: structured_news::Lints) -> Report {
        self.source = Some((source, lints));
        self
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

    /// The rich display in Jupyter: the article's review page (its body
    /// with the evidence marked, its records and every problem where it
    /// is) in a sandboxed frame, for a report from `validate`; a table of
    /// the problems for one from `iter_ndjson`.
    fn _repr_html_(&self, py: Python<'_>) -> String {
        if let Some((source, lints)) = &self.source {
            let json = match source {
                Source::Bytes(bytes) => bytes.bind(py).as_bytes(),
                Source::Json(json) => json.as_slice(),
            };
            return py.detach(|| structured_news_review::article_page(json, lints).iframe());
        }
        let mut rows = String::new();
        for p in &self.problems {
            let p = p.get();
            rows.push_str(&format!(
                "<tr><td>{}</td><td><code>{}</code></td><td><code>{}</code></td><td>{}</td></tr>",
                escape(p.severity()),
                escape(p.code()),
                escape(p.path()),
                escape(p.message())
            ));
        }
        format!(
            "<p>{} {} errors, {} warnings</p><table><thead><tr><th>severity</th><th>code</th>\
             <th>path</th><th>message</th></tr></thead><tbody>{rows}</tbody></table>",
            if self.errors == 0 {
                "valid:"
            } else {
                "invalid:"
            },
            self.errors,
            self.problems.len() - self.errors
        )
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

/// `text` as HTML text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
