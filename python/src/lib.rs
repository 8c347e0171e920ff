//! `structured_news._native`: the validator of the structured-news crate
//! as a Python extension module. The Python package `structured_news`
//! (in `python/structured_news/`) re-exports it and adds what is easier
//! written in Python (`check`, `parse`, `ValidationError`, the pydantic
//! hook). Every check is a call into the library: this crate only
//! converts between Python objects and the library's types.

use std::fs::File;
use std::io::Read;
use std::path::PathBuf;

use pyo3::exceptions::{
    PyFileNotFoundError, PyIsADirectoryError, PyOSError, PyPermissionError, PyTypeError,
    PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};
use structured_news::schema::{type_schema, Dialect, TYPE_NAMES};
use structured_news::{Article, ErrorCode, Level};

mod convert;
mod ndjson;
mod report;
mod rows;

use ndjson::{NdjsonIterator, PyFileReader};
use report::{Outcome, Problem, Report, Source};

/// mimalloc serves the module's Rust allocations (each name, text and list
/// of an article read, the rows and reports built) in fewer instructions
/// than the system allocator, with a heap per thread (measured in
/// `benches/RESULTS.md`). Python's own objects stay with Python's
/// allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The dialects `schema()` takes, by the names the command line uses.
const DIALECTS: [(&str, Dialect); 4] = [
    ("2020-12", Dialect::Draft2020_12),
    ("draft-07", Dialect::Draft07),
    ("openapi-3.0", Dialect::OpenApi3_0),
    ("structured-output", Dialect::StructuredOutput),
];

/// The most threads `iter_ndjson` starts.
const MAX_JOBS: usize = 1024;

/// The level of each validation rule: `allow` (report nothing), `warn`
/// (report a warning; the document stays valid) or `deny` (report an
/// error), as clippy's lint levels; every rule not named keeps its
/// code's default severity. `deny_warnings` makes every warning an
/// error (allowed rules still report nothing).
///
/// Levels apply as the command line's `--allow`, `--warn` and `--deny`
/// do (the Rust crate's `Lints::from_levels`): in order, a later level for
/// a code overriding an earlier one; keyword arguments have no order of
/// their own, so `allow` applies first, then `warn`, then `deny`.
///
/// Only rules of the validate stage have a level (`explain(code).stage`):
/// reading stops at the first read-stage problem, which is always an
/// error. An unknown code or a read-stage code is a `ValueError`.
#[pyclass(module = "structured_news", frozen)]
struct Lints {
    inner: structured_news::Lints,
    repr: String,
}

#[pymethods]
impl Lints {
    #[new]
    #[pyo3(signature = (*, allow = None, warn = None, deny = None, deny_warnings = false))]
    fn new(
        allow: Option<&Bound<'_, PyAny>>,
        warn: Option<&Bound<'_, PyAny>>,
        deny: Option<&Bound<'_, PyAny>>,
        deny_warnings: bool,
    ) -> PyResult<Lints> {
        let mut levels = Vec::new();
        let mut repr = Vec::new();
        for (level, codes) in [
            (Level::Allow, allow),
            (Level::Warn, warn),
            (Level::Deny, deny),
        ] {
            let Some(codes) = codes else { continue };
            let name = level.as_str();
            if codes.is_instance_of::<PyString>() {
                return Err(PyTypeError::new_err(format!(
                    "{name} takes a list of codes, not a str (write {name}=[{:?}])",
                    codes.to_string()
                )));
            }
            let mut these = Vec::new();
            for item in codes.try_iter().map_err(|_| {
                PyTypeError::new_err(format!(
                    "{name} takes a list of codes, not {}",
                    convert::type_name(codes)
                ))
            })? {
                let text: String = item?
                    .extract()
                    .map_err(|_| PyTypeError::new_err(format!("{name} takes codes as str")))?;
                let code = parse_code(&text)?;
                levels.push((code, level));
                these.push(format!("{:?}", code.as_str()));
            }
            if !these.is_empty() {
                repr.push(format!("{name}=[{}]", these.join(", ")));
            }
        }
        let mut inner = structured_news::Lints::from_levels(levels)
            .map_err(|e| PyValueError::new_err(format!("{}: {e}", e.level())))?;
        if deny_warnings {
            inner = inner.deny_warnings();
            repr.push("deny_warnings=True".to_owned());
        }
        Ok(Lints {
            inner,
            repr: format!("Lints({})", repr.join(", ")),
        })
    }

    /// The level of `code`'s rule at these settings: `"allow"`, `"warn"`
    /// or `"deny"` (a read-stage code is always `"deny"`).
    fn level(&self, code: &str) -> PyResult<&'static str> {
        Ok(self.inner.level(parse_code(code)?).as_str())
    }

    fn __repr__(&self) -> &str {
        &self.repr
    }
}

/// The code named `text`, or a `ValueError` that says where to find them
/// (and the nearest code, when one is near).
fn parse_code(text: &str) -> PyResult<ErrorCode> {
    text.parse()
        .map_err(|e| PyValueError::new_err(format!("{e}; structured_news.CODES lists them")))
}

/// Reads and checks one article at the levels of `lints` (by default,
/// every rule at its default level).
///
/// `doc` is JSON text (`str`, or `bytes` of UTF-8) or a `dict` of JSON
/// values. Returns a `Report` with every problem: the first read-stage
/// problem (malformed JSON, a wrong type, an impossible date...) or every
/// validation problem at once, each with its path, code, severity and
/// message, and its line and column when `doc` is text. Text that is not
/// JSON gives a report (code `syntax`); a `dict` that JSON cannot hold (a
/// key that is not a `str`, a NaN, nesting deeper than 128 levels) is a
/// `TypeError` or `ValueError` naming the path. Any other type of `doc` is
/// a `TypeError`.
///
/// The GIL is released while the document is checked.
#[pyfunction]
#[pyo3(signature = (doc, *, lints = None))]
fn validate(
    py: Python<'_>,
    doc: &Bound<'_, PyAny>,
    lints: Option<&Bound<'_, Lints>>,
) -> PyResult<Report> {
    let default = structured_news::Lints::new();
    let lints = lints.map_or(&default, |l| &l.get().inner);
    let check = |bytes: &[u8], text: bool| {
        Outcome::of_one(
            Article::from_json_slice_with(bytes, lints),
            bytes,
            lints,
            text,
        )
    };
    let json = document_json(doc, "validate")?;
    let (bytes, text) = (json.bytes(), json.is_text());
    let outcome = py.detach(|| check(bytes, text));
    Ok(Report::new(py, outcome)?.with_source(json.into_source(), lints.clone()))
}

/// A document given as `str`, `bytes` or `dict`, as JSON bytes.
enum DocumentJson<'py> {
    /// Text given as `str` (its UTF-8) or `bytes`.
    Text(Bound<'py, PyBytes>),
    /// A `dict`, written as JSON.
    Dict(Vec<u8>),
}

impl DocumentJson<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            DocumentJson::Text(b) => b.as_bytes(),
            DocumentJson::Dict(json) => json,
        }
    }

    fn is_text(&self) -> bool {
        matches!(self, DocumentJson::Text(_))
    }

    /// The document for its report's review page: the `bytes` object
    /// itself (a `str`'s UTF-8 as one), not a copy.
    fn into_source(self) -> Source {
        match self {
            DocumentJson::Text(b) => Source::Bytes(b.unbind()),
            DocumentJson::Dict(json) => Source::Json(json),
        }
    }
}

/// The JSON of `doc` for the function `function`: a `str`'s UTF-8, the
/// `bytes` as they are, a `dict` written as JSON; any other type is a
/// `TypeError`.
fn document_json<'py>(doc: &Bound<'py, PyAny>, function: &str) -> PyResult<DocumentJson<'py>> {
    if let Ok(s) = doc.cast::<PyString>() {
        let bytes = s
            .encode_utf8()
            .map_err(|e| PyValueError::new_err(format!("the str is not Unicode text ({e})")))?;
        Ok(DocumentJson::Text(bytes))
    } else if let Ok(b) = doc.cast::<PyBytes>() {
        Ok(DocumentJson::Text(b.clone()))
    } else if doc.is_instance_of::<PyDict>() {
        Ok(DocumentJson::Dict(convert::to_json(doc)?))
    } else {
        Err(PyTypeError::new_err(format!(
            "{function}() takes a str, bytes or dict, not {}",
            convert::type_name(doc)
        )))
    }
}

/// The review page of one article, as HTML text: a self-contained page
/// (inline style and script, nothing fetched) with the body and every
/// evidence span marked by what it supports, the records by kind, every
/// problem anchored at its record and span, and verdict controls; the
/// page `structured-news review` writes. A document with problems gets
/// its page too. `doc` is a `str`, `bytes` or `dict`, as for `validate`.
///
/// The GIL is released while the page is built.
#[pyfunction]
#[pyo3(signature = (doc, *, lints = None))]
fn review_html(
    py: Python<'_>,
    doc: &Bound<'_, PyAny>,
    lints: Option<&Bound<'_, Lints>>,
) -> PyResult<String> {
    let default = structured_news::Lints::new();
    let lints = lints.map_or(&default, |l| &l.get().inner);
    let json = document_json(doc, "review_html")?;
    let bytes = json.bytes();
    Ok(py.detach(|| structured_news_review::article_page(bytes, lints).html))
}

/// The validation results of an NDJSON stream (one article per line,
/// blank lines skipped), one `Report` per document, in input order, each
/// with the `line` the document is on.
///
/// `source` is a path (`str` or `os.PathLike`) or a file object opened for
/// reading (binary or text). Memory stays bounded whatever the length of
/// the input: the stream is read in batches of about 256 KiB of whole
/// lines, and at most `2 * jobs + 2` batches are read ahead. `jobs`
/// threads validate the batches (by default one per core; 1 validates on
/// the calling thread); the GIL is released while they work.
/// `max_document_bytes` refuses longer lines as `too_large` without
/// holding them. An I/O error ends the stream with one last report (code
/// `io`). A path that cannot be opened raises `OSError` here.
///
/// With `keep_articles=True`, each valid report holds its article
/// (`Report.article()`); by default it is dropped on the thread that
/// validated it, which keeps the threads from waiting on the caller.
#[pyfunction]
#[pyo3(signature = (source, *, jobs = None, lints = None, max_document_bytes = None, keep_articles = false))]
fn iter_ndjson(
    source: &Bound<'_, PyAny>,
    jobs: Option<usize>,
    lints: Option<&Bound<'_, Lints>>,
    max_document_bytes: Option<u64>,
    keep_articles: bool,
) -> PyResult<NdjsonIterator> {
    let jobs = match jobs {
        Some(n) if (1..=MAX_JOBS).contains(&n) => n,
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "jobs is {n}; it must be from 1 to {MAX_JOBS}"
            )))
        }
        None => std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
    };
    let lints = lints.map_or_else(structured_news::Lints::new, |l| l.get().inner.clone());
    let reader: Box<dyn Read + Send> = if source.hasattr("read")? {
        Box::new(PyFileReader::new(source.clone().unbind()))
    } else if let Ok(path) = source.extract::<PathBuf>() {
        Box::new(open(&path)?)
    } else {
        return Err(PyTypeError::new_err(format!(
            "iter_ndjson() takes a path or a file object, not {}",
            convert::type_name(source)
        )));
    };
    NdjsonIterator::new(reader, jobs, lints, max_document_bytes, keep_articles)
}

/// Opens `path` for reading, with the exception Python's `open` raises.
fn open(path: &std::path::Path) -> PyResult<File> {
    let shown = path.display();
    let failed = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => {
            PyFileNotFoundError::new_err(format!("cannot open {shown}: {e}"))
        }
        std::io::ErrorKind::PermissionDenied => {
            PyPermissionError::new_err(format!("cannot open {shown}: {e}"))
        }
        _ => PyOSError::new_err(format!("cannot open {shown}: {e}")),
    };
    let file = File::open(path).map_err(failed)?;
    if file.metadata().map_err(failed)?.is_dir() {
        return Err(PyIsADirectoryError::new_err(format!(
            "cannot read {shown}: it is a directory"
        )));
    }
    Ok(file)
}

/// What a code means: its `description` (the text of the rule table),
/// the `stage` that finds it (`"read"`: reading stops at the first such
/// problem; `"validate"`: reported with every other; `"ledger"`: found by
/// the Rust ledger across articles) and its `default_severity` (`"error"`
/// or `"warning"`).
#[pyclass(module = "structured_news", frozen)]
struct Explanation {
    code: ErrorCode,
}

#[pymethods]
impl Explanation {
    /// The code, e.g. `"planned_in_past"`.
    #[getter]
    fn code(&self) -> &'static str {
        self.code.as_str()
    }

    /// What the problem means, in a sentence or a few.
    #[getter]
    fn description(&self) -> &'static str {
        self.code.description()
    }

    /// `"read"`, `"validate"` or `"ledger"`.
    #[getter]
    fn stage(&self) -> &'static str {
        self.code.stage().as_str()
    }

    /// `"error"` or `"warning"`, unless lints say otherwise.
    #[getter]
    fn default_severity(&self) -> &'static str {
        self.code.default_severity().as_str()
    }

    fn __repr__(&self) -> String {
        format!(
            "Explanation(code={:?}, stage={:?}, default_severity={:?}, description={:?})",
            self.code.as_str(),
            self.code.stage().as_str(),
            self.code.default_severity().as_str(),
            self.code.description()
        )
    }
}

/// What `code` means, where it is found and how serious it is by default.
/// An unknown code is a `ValueError` (with the nearest code, when one is
/// near).
#[pyfunction]
fn explain(code: &str) -> PyResult<Explanation> {
    Ok(Explanation {
        code: parse_code(code)?,
    })
}

/// The JSON Schema of a model type as a `dict`: `type_name` is one of
/// `SCHEMA_TYPES` (by default `"article"`, the whole bundle), `dialect` one
/// of `"2020-12"` (the default), `"draft-07"`, `"openapi-3.0"` (an OpenAPI
/// document whose `components.schemas` hold the type) and
/// `"structured-output"` (the profile for the strict JSON modes of
/// language-model APIs). The schema checks what JSON Schema can state;
/// `validate()` checks everything.
#[pyfunction]
#[pyo3(signature = (dialect = "2020-12", type_name = "article"))]
fn schema<'py>(py: Python<'py>, dialect: &str, type_name: &str) -> PyResult<Bound<'py, PyAny>> {
    let Some(&(_, chosen)) = DIALECTS.iter().find(|(name, _)| *name == dialect) else {
        let names: Vec<&str> = DIALECTS.iter().map(|(name, _)| *name).collect();
        return Err(PyValueError::new_err(format!(
            "no dialect {dialect:?}; dialects are {}",
            names.join(", ")
        )));
    };
    let Some(value) = type_schema(type_name, chosen) else {
        return Err(PyValueError::new_err(format!(
            "no model type {type_name:?}; structured_news.SCHEMA_TYPES lists them"
        )));
    };
    convert::to_python(py, &value)
}

/// The validator of structured-news articles: every rule of the Rust
/// crate (references between ids, evidence in the body, real calendar
/// dates, consistency rules), with JSON Pointer paths and stable codes.
#[pymodule]
mod _native {
    use pyo3::prelude::*;
    use pyo3::types::PyTuple;
    use structured_news::ErrorCode;

    #[pymodule_export]
    use super::rows::_table_rows;
    #[pymodule_export]
    use super::{
        explain, iter_ndjson, review_html, schema, validate, Explanation, Lints, NdjsonIterator,
        Problem, Report,
    };

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        let py = m.py();
        let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        m.add("CODES", PyTuple::new(py, codes)?)?;
        m.add("SCHEMA_TYPES", PyTuple::new(py, super::TYPE_NAMES)?)?;
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        m.add("TABLES", super::rows::descriptors(py)?)?;
        m.add("TABLES_VERSION", structured_news::table::TABLES_VERSION)?;
        Ok(())
    }
}
