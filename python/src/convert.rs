//! Between Python objects and JSON: a `dict` written as JSON text for the
//! library to read, and the JSON values the library writes made into
//! Python objects.

use std::fmt::Write as _;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::Value;

/// How deep a `dict` may nest: serde_json reads no deeper (its recursion
/// limit), and no article comes near it (the structured-output profile
/// keeps to 10 levels).
pub const MAX_DEPTH: usize = 128;

/// The longest path quoted in an error message, in characters.
const PATH_MAX: usize = 200;

/// `value` as compact JSON text: `dict` (string keys), `list` and `tuple`,
/// `str`, `int`, finite `float`, `bool` and `None`, nested at most
/// [`MAX_DEPTH`] levels.
///
/// # Errors
/// `TypeError` for a value JSON has no form for (a `set`, `bytes`, a key
/// that is not a `str`, ...), `ValueError` for a NaN or infinite float,
/// deeper nesting (a `dict` that contains itself included) or a `str` that
/// is not Unicode text (a lone surrogate); each names the JSON Pointer of
/// the value.
pub fn to_json(value: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    let mut writer = JsonWriter {
        out: Vec::with_capacity(4096),
        path: Vec::new(),
    };
    writer.value(value, 0)?;
    Ok(writer.out)
}

/// A step of the path to the value being written.
enum Step {
    Key(String),
    Index(usize),
}

struct JsonWriter {
    out: Vec<u8>,
    path: Vec<Step>,
}

impl JsonWriter {
    fn value(&mut self, value: &Bound<'_, PyAny>, depth: usize) -> PyResult<()> {
        if value.is_none() {
            self.out.extend_from_slice(b"null");
        } else if let Ok(s) = value.cast::<PyString>() {
            let bytes = self.utf8(s)?;
            self.string(bytes.as_bytes())?;
        } else if let Ok(b) = value.cast::<PyBool>() {
            let text: &[u8] = if b.is_true() { b"true" } else { b"false" };
            self.out.extend_from_slice(text);
        } else if let Ok(i) = value.cast::<PyInt>() {
            self.int(i)?;
        } else if let Ok(f) = value.cast::<PyFloat>() {
            let f = f.value();
            if !f.is_finite() {
                return Err(PyValueError::new_err(format!(
                    "{}: {f} is not a JSON number (JSON has no NaN or infinity)",
                    self.where_()
                )));
            }
            serde_json::to_writer(&mut self.out, &f)
                .map_err(|e| PyValueError::new_err(format!("{}: {e}", self.where_())))?;
        } else if let Ok(dict) = value.cast::<PyDict>() {
            self.nest(depth)?;
            self.out.push(b'{');
            for (n, (key, item)) in dict.iter().enumerate() {
                let Ok(key) = key.cast::<PyString>() else {
                    return Err(PyTypeError::new_err(format!(
                        "{}: a key of type {} (JSON object keys are strings)",
                        self.where_(),
                        type_name(&key)
                    )));
                };
                if n > 0 {
                    self.out.push(b',');
                }
                let bytes = self.utf8(key)?;
                let text = self.string(bytes.as_bytes())?;
                self.out.push(b':');
                self.path.push(Step::Key(text.to_owned()));
                self.value(&item, depth + 1)?;
                self.path.pop();
            }
            self.out.push(b'}');
        } else if let Ok(list) = value.cast::<PyList>() {
            self.nest(depth)?;
            self.out.push(b'[');
            for (n, item) in list.iter().enumerate() {
                self.item(n, &item, depth)?;
            }
            self.out.push(b']');
        } else if let Ok(tuple) = value.cast::<PyTuple>() {
            self.nest(depth)?;
            self.out.push(b'[');
            for (n, item) in tuple.iter().enumerate() {
                self.item(n, &item, depth)?;
            }
            self.out.push(b']');
        } else {
            return Err(PyTypeError::new_err(format!(
                "{}: a value of type {} (JSON values are dict, list, tuple, str, int, float, bool and None)",
                self.where_(),
                type_name(value)
            )));
        }
        Ok(())
    }

    fn item(&mut self, n: usize, item: &Bound<'_, PyAny>, depth: usize) -> PyResult<()> {
        if n > 0 {
            self.out.push(b',');
        }
        self.path.push(Step::Index(n));
        self.value(item, depth + 1)?;
        self.path.pop();
        Ok(())
    }

    /// Refuses to open a container past [`MAX_DEPTH`].
    fn nest(&self, depth: usize) -> PyResult<()> {
        if depth >= MAX_DEPTH {
            return Err(PyValueError::new_err(format!(
                "{}: nested more than {MAX_DEPTH} levels deep (or a container that holds itself); \
                 no article nests that deep",
                self.where_()
            )));
        }
        Ok(())
    }

    /// The UTF-8 bytes of `s`.
    fn utf8<'py>(&self, s: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyBytes>> {
        s.encode_utf8().map_err(|e| {
            PyValueError::new_err(format!(
                "{}: a str that is not Unicode text ({e})",
                self.where_()
            ))
        })
    }

    /// Writes the UTF-8 text `bytes` as a JSON string; returns the text.
    fn string<'a>(&mut self, bytes: &'a [u8]) -> PyResult<&'a str> {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| PyValueError::new_err(format!("{}: {e}", self.where_())))?;
        serde_json::to_writer(&mut self.out, text)
            .map_err(|e| PyValueError::new_err(format!("{}: {e}", self.where_())))?;
        Ok(text)
    }

    /// Writes an `int` in decimal: any size, as JSON allows (the library
    /// says whether its field takes it).
    fn int(&mut self, i: &Bound<'_, PyInt>) -> PyResult<()> {
        if let Ok(n) = i.extract::<i64>() {
            let _ = write!(Digits(&mut self.out), "{n}");
            return Ok(());
        }
        if let Ok(n) = i.extract::<u64>() {
            let _ = write!(Digits(&mut self.out), "{n}");
            return Ok(());
        }
        // `int.__repr__` itself, so that no subclass's code runs while
        // the dict is being read.
        let py = i.py();
        let text = py
            .get_type::<PyInt>()
            .call_method1("__repr__", (i,))
            .and_then(|r| r.extract::<String>())
            .map_err(|e| PyValueError::new_err(format!("{}: {e}", self.where_())))?;
        self.out.extend_from_slice(text.as_bytes());
        Ok(())
    }

    /// The JSON Pointer of the value being written, for messages (cut
    /// when long).
    fn where_(&self) -> String {
        if self.path.is_empty() {
            return "at the root".to_owned();
        }
        let mut pointer = String::from("at ");
        for step in &self.path {
            match step {
                Step::Key(key) => {
                    pointer.push('/');
                    pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                }
                Step::Index(n) => {
                    let _ = write!(pointer, "/{n}");
                }
            }
            if pointer.chars().count() > PATH_MAX {
                pointer.push('…');
                break;
            }
        }
        pointer
    }
}

/// Writes formatted digits into a byte buffer.
struct Digits<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for Digits<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// The name of `value`'s type, for messages.
pub fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "?".to_owned(), |name| name.to_string())
}

/// A JSON value as Python data: objects as `dict` (in the value's key
/// order), arrays as `list`, numbers as `int` or `float`.
pub fn to_python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_u64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                // serde_json's numbers are u64, i64 or f64 (no
                // arbitrary_precision here), so this is the f64.
                n.as_f64()
                    .ok_or_else(|| PyValueError::new_err(format!("the number {n} has no value")))?
                    .into_pyobject(py)?
                    .into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_python(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (key, item) in map {
                dict.set_item(key, to_python(py, item)?)?;
            }
            dict.into_any()
        }
    })
}
