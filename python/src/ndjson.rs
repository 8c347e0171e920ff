//! `iter_ndjson`: an NDJSON stream validated by the library's
//! `stream::Batches::map_in_parallel`, the results handed out in input
//! order.
//!
//! The Python thread that iterates cuts the input into batches (about
//! [`BATCH_BYTES`] of whole lines, counted as `stream::NdjsonReader`
//! counts them); `jobs` worker threads read them and turn every document
//! into an [`Outcome`]; at most `2 * jobs + 2` batches are cut and not yet
//! handed out, so memory stays bounded by the batch size, whatever the
//! length of the input. A line over the size cap is never held: it is
//! skipped and reported as `too_large`. With one job there are no
//! threads: each batch is validated on the iterating thread. Rust works
//! with the GIL released; reading a Python file object takes it back for
//! each `read()`. Dropping or closing the iterator stops and joins the
//! threads.

use std::collections::VecDeque;
use std::io::{self, BufReader, Read};
use std::sync::{Mutex, TryLockError};

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};
use structured_news::stream::{Batch, Batches, InInputOrder};
use structured_news::Lints;

use crate::convert::type_name;
use crate::report::{Outcome, Report};

/// The size a batch grows to before it is validated.
const BATCH_BYTES: usize = 256 << 10;

/// Validates the documents of `batch`; their articles are kept only when
/// `keep` says so (dropping them here, on the thread that built them, is
/// what lets two jobs run twice as fast as one).
fn process(batch: Batch, lints: &Lints, keep: bool) -> Vec<Outcome> {
    let mut documents = batch.documents(lints);
    let mut outcomes = Vec::new();
    while let Some(doc) = documents.next() {
        let text = documents.text(&doc);
        let outcome = Outcome::new(doc, text, true);
        outcomes.push(if keep {
            outcome
        } else {
            outcome.without_article()
        });
    }
    outcomes
}

/// The state of one iteration: the library's batches in input order, and
/// the outcomes of the last batch not yet handed out.
struct Pipeline {
    batches: InInputOrder<BufReader<Box<dyn Read + Send>>, Vec<Outcome>>,
    ready: VecDeque<Outcome>,
}

/// The documents of an NDJSON stream, one `Report` each, in input order
/// (see `iter_ndjson`).
#[pyclass(module = "structured_news", frozen)]
pub struct NdjsonIterator {
    /// `None` once exhausted or closed. Taken with `try_lock`: a thread
    /// that waited for the lock while holding the GIL could block the
    /// thread that holds it and needs the GIL to read a file object.
    pipeline: Mutex<Option<Pipeline>>,
}

impl NdjsonIterator {
    pub fn new(
        reader: Box<dyn Read + Send>,
        jobs: usize,
        lints: Lints,
        max_document_bytes: Option<u64>,
        keep: bool,
    ) -> PyResult<NdjsonIterator> {
        let mut batches = Batches::new(BufReader::with_capacity(BATCH_BYTES, reader), BATCH_BYTES);
        if let Some(cap) = max_document_bytes {
            batches = batches.max_document_bytes(cap);
        }
        let batches = batches
            .map_in_parallel(jobs, move |batch| process(batch, &lints, keep))
            .map_err(|e| {
                PyRuntimeError::new_err(format!("cannot start the validation threads: {e}"))
            })?;
        Ok(NdjsonIterator {
            pipeline: Mutex::new(Some(Pipeline {
                batches,
                ready: VecDeque::new(),
            })),
        })
    }

    fn lock(&self) -> PyResult<std::sync::MutexGuard<'_, Option<Pipeline>>> {
        match self.pipeline.try_lock() {
            Ok(guard) => Ok(guard),
            Err(TryLockError::WouldBlock) => Err(PyRuntimeError::new_err(
                "the iterator is in use by another thread",
            )),
            Err(TryLockError::Poisoned(_)) => {
                Err(PyRuntimeError::new_err("the iterator stopped on an error"))
            }
        }
    }
}

#[pymethods]
impl NdjsonIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Report>> {
        let mut guard = self.lock()?;
        loop {
            let Some(pipeline) = guard.as_mut() else {
                return Ok(None);
            };
            if let Some(outcome) = pipeline.ready.pop_front() {
                return Report::new(py, outcome).map(Some);
            }
            match py.detach(|| pipeline.batches.next()) {
                Some(outcomes) => pipeline.ready.extend(outcomes),
                None => {
                    *guard = None;
                    return Ok(None);
                }
            }
        }
    }

    /// Stops reading: the threads end and the file opened for a path is
    /// closed. The iterator is then exhausted. Called again, it does
    /// nothing.
    fn close(&self, py: Python<'_>) -> PyResult<()> {
        let pipeline = self.lock()?.take();
        py.detach(move || drop(pipeline));
        Ok(())
    }
}

/// A Python file object (binary or text) read as bytes.
pub struct PyFileReader {
    file: Py<PyAny>,
    /// What the last `read()` returned beyond the room the caller gave.
    leftover: Vec<u8>,
    at: usize,
}

impl PyFileReader {
    pub fn new(file: Py<PyAny>) -> PyFileReader {
        PyFileReader {
            file,
            leftover: Vec::new(),
            at: 0,
        }
    }
}

impl Read for PyFileReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.at >= self.leftover.len() {
            self.leftover.clear();
            self.at = 0;
            let want = buf.len().max(1);
            Python::attach(|py| -> io::Result<()> {
                let chunk = self
                    .file
                    .bind(py)
                    .call_method1("read", (want,))
                    .map_err(|e| io::Error::other(format!("read() raised {e}")))?;
                if let Ok(bytes) = chunk.cast::<PyBytes>() {
                    self.leftover.extend_from_slice(bytes.as_bytes());
                } else if let Ok(text) = chunk.cast::<PyString>() {
                    let bytes = text
                        .encode_utf8()
                        .map_err(|e| io::Error::other(format!("read() returned {e}")))?;
                    self.leftover.extend_from_slice(bytes.as_bytes());
                } else if let Ok(array) = chunk.cast::<PyByteArray>() {
                    self.leftover.extend_from_slice(&array.to_vec());
                } else {
                    return Err(io::Error::other(format!(
                        "read() returned {}, not bytes or str",
                        type_name(&chunk)
                    )));
                }
                Ok(())
            })?;
        }
        let available = self.leftover.get(self.at..).unwrap_or_default();
        let n = available.len().min(buf.len());
        let (to, from) = (buf.get_mut(..n), available.get(..n));
        if let (Some(to), Some(from)) = (to, from) {
            to.copy_from_slice(from);
        }
        self.at += n;
        Ok(n)
    }
}
