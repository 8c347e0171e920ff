//! `iter_ndjson`: an NDJSON stream read in batches of whole lines,
//! validated on worker threads, the results handed out in input order.
//!
//! The Python thread that iterates cuts the input into batches (about
//! [`BATCH_BYTES`] of whole lines), counting lines and offsets as
//! `stream::NdjsonReader` does; each worker reads a batch with an
//! `NdjsonReader` of its own and turns every document into an
//! [`Outcome`]; the iterating thread takes the batches back in order. At
//! most [`in_flight`] batches are read and not yet handed out, so memory
//! stays bounded by the batch size (and the longest line), whatever the
//! length of the input. A line over the size cap is never held: it is
//! skipped and reported as `too_large`. With one job there are no
//! threads: each batch is validated on the iterating thread. Rust works
//! with the GIL released; reading a Python file object takes it back for
//! each `read()`.

use std::collections::{BTreeMap, VecDeque};
use std::io::{self, BufRead, BufReader, Read};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex, TryLockError};
use std::thread::JoinHandle;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};
use structured_news::stream::NdjsonReader;
use structured_news::{Error, Lints};

use crate::convert::type_name;
use crate::report::{Outcome, Report};

/// The size a batch grows to before it is validated.
const BATCH_BYTES: usize = 256 << 10;

/// How many batches may be read and not yet handed out.
fn in_flight(jobs: usize) -> usize {
    jobs.saturating_mul(2).saturating_add(2)
}

/// Whole lines of the input, and the document that ended the batch
/// without its bytes (a line over the cap, an I/O error), if any.
struct Batch {
    seq: u64,
    /// The lines before the batch.
    lines_before: u64,
    bytes: Vec<u8>,
    tail: Option<(u64, Error)>,
}

/// Cuts the input into batches, as `NdjsonReader` counts lines.
struct Cutter {
    reader: BufReader<Box<dyn Read + Send>>,
    /// Room for a line and its newline; one byte more means too long.
    take: u64,
    limit: Option<u64>,
    line: u64,
    seq: u64,
    done: bool,
}

impl Cutter {
    fn new(reader: Box<dyn Read + Send>, limit: Option<u64>) -> Cutter {
        Cutter {
            reader: BufReader::with_capacity(BATCH_BYTES, reader),
            take: limit.map_or(u64::MAX, |cap| cap.saturating_add(1)),
            limit,
            line: 0,
            seq: 0,
            done: false,
        }
    }

    /// The next batch; `None` at the end of the input.
    fn next_batch(&mut self) -> Option<Batch> {
        if self.done {
            return None;
        }
        let mut batch = Batch {
            seq: self.seq,
            lines_before: self.line,
            bytes: Vec::with_capacity(BATCH_BYTES + (BATCH_BYTES >> 2)),
            tail: None,
        };
        self.seq += 1;
        loop {
            let start = batch.bytes.len();
            let read = match (&mut self.reader)
                .take(self.take)
                .read_until(b'\n', &mut batch.bytes)
            {
                Ok(0) => {
                    self.done = true;
                    break;
                }
                Ok(read) => read as u64,
                Err(e) => {
                    batch.bytes.truncate(start);
                    batch.tail = Some((self.line + 1, Error::Io(e)));
                    self.done = true;
                    break;
                }
            };
            if batch.bytes.last() == Some(&b'\n') || read < self.take {
                // A whole line, or the last one without a newline.
                self.line += 1;
            } else {
                // Too long: skip the rest of the line without keeping it.
                batch.bytes.truncate(start);
                self.line += 1;
                let error = match skip_line(&mut self.reader) {
                    Ok(()) => Error::TooLarge {
                        limit: self.limit.unwrap_or(u64::MAX),
                    },
                    Err(e) => {
                        self.done = true;
                        Error::Io(e)
                    }
                };
                batch.tail = Some((self.line, error));
                break;
            }
            if batch.bytes.len() >= BATCH_BYTES {
                break;
            }
        }
        if batch.bytes.is_empty() && batch.tail.is_none() {
            return None;
        }
        Some(batch)
    }
}

/// Consumes the rest of a line and its newline.
fn skip_line(reader: &mut impl BufRead) -> io::Result<()> {
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(());
        }
        match available.iter().position(|&b| b == b'\n') {
            Some(at) => {
                reader.consume(at + 1);
                return Ok(());
            }
            None => {
                let n = available.len();
                reader.consume(n);
            }
        }
    }
}

/// Validates the documents of `batch`; their articles are kept only when
/// `keep` says so (dropping them here, on the thread that built them, is
/// what lets two jobs run twice as fast as one).
fn process(batch: &Batch, lints: &Lints, keep: bool) -> Vec<Outcome> {
    let mut outcomes = Vec::new();
    for doc in NdjsonReader::new(batch.bytes.as_slice()).lints(lints.clone()) {
        let line = doc.line + batch.lines_before;
        let text = usize::try_from(doc.offset).ok().and_then(|start| {
            let end = start.checked_add(usize::try_from(doc.bytes).ok()?)?;
            batch.bytes.get(start..end)
        });
        let result = doc.result.map(|article| (article, doc.warnings));
        // The reader's own failures (none without I/O or a cap) have no
        // text of their own.
        let outcome = match text {
            Some(text) => Outcome::new(result, Some(text), line),
            None => match result {
                Err(e) => Outcome::failed(&e, line),
                ok => Outcome::new(ok, None, line),
            },
        };
        outcomes.push(if keep {
            outcome
        } else {
            outcome.without_article()
        });
    }
    if let Some((line, error)) = &batch.tail {
        outcomes.push(Outcome::failed(error, *line));
    }
    outcomes
}

/// The worker threads and their channels.
struct Workers {
    batches: Option<SyncSender<Batch>>,
    results: Receiver<(u64, Vec<Outcome>)>,
    handles: Vec<JoinHandle<()>>,
}

impl Workers {
    fn start(jobs: usize, slots: usize, lints: &Arc<Lints>, keep: bool) -> io::Result<Workers> {
        let (batch_tx, batch_rx) = sync_channel::<Batch>(slots);
        let (result_tx, result_rx) = sync_channel(slots);
        let batch_rx = Arc::new(Mutex::new(batch_rx));
        let mut handles = Vec::with_capacity(jobs);
        for n in 0..jobs {
            let batch_rx = Arc::clone(&batch_rx);
            let result_tx: SyncSender<(u64, Vec<Outcome>)> = result_tx.clone();
            let lints = Arc::clone(lints);
            let handle = std::thread::Builder::new()
                .name(format!("structured-news-{n}"))
                .spawn(move || loop {
                    let batch = match batch_rx.lock() {
                        Ok(receiver) => match receiver.recv() {
                            Ok(batch) => batch,
                            Err(_) => return,
                        },
                        Err(_) => return,
                    };
                    let outcomes = process(&batch, &lints, keep);
                    if result_tx.send((batch.seq, outcomes)).is_err() {
                        return;
                    }
                })?;
            handles.push(handle);
        }
        Ok(Workers {
            batches: Some(batch_tx),
            results: result_rx,
            handles,
        })
    }
}

/// The state of one iteration.
struct Pipeline {
    cutter: Cutter,
    lints: Arc<Lints>,
    keep: bool,
    workers: Option<Workers>,
    slots: usize,
    /// Batches handed to the workers, and the next one to hand out.
    sent: u64,
    next: u64,
    pending: BTreeMap<u64, Vec<Outcome>>,
    ready: VecDeque<Outcome>,
}

impl Pipeline {
    /// The outcomes of the next batch, in order; `None` at the end.
    fn advance(&mut self) -> Result<Option<Vec<Outcome>>, String> {
        let Some(workers) = &mut self.workers else {
            return Ok(self
                .cutter
                .next_batch()
                .map(|batch| process(&batch, &self.lints, self.keep)));
        };
        let batches = workers
            .batches
            .as_ref()
            .expect("the sender lives as long as the pipeline");
        while self.sent - self.next < self.slots as u64 {
            let Some(batch) = self.cutter.next_batch() else {
                break;
            };
            if batches.send(batch).is_err() {
                return Err("the validation threads stopped".to_owned());
            }
            self.sent += 1;
        }
        if self.next == self.sent {
            return Ok(None);
        }
        loop {
            if let Some(outcomes) = self.pending.remove(&self.next) {
                self.next += 1;
                return Ok(Some(outcomes));
            }
            match workers.results.recv() {
                Ok((seq, outcomes)) => {
                    self.pending.insert(seq, outcomes);
                }
                Err(_) => return Err("the validation threads stopped".to_owned()),
            }
        }
    }
}

impl Drop for Pipeline {
    fn drop(&mut self) {
        if let Some(mut workers) = self.workers.take() {
            // Closing the channel ends each worker's loop; a worker still
            // sending finds the results closed.
            workers.batches = None;
            let Workers {
                results, handles, ..
            } = workers;
            drop(results);
            for handle in handles {
                let _ = handle.join();
            }
        }
    }
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
        let lints = Arc::new(lints);
        let slots = in_flight(jobs);
        let workers = if jobs > 1 {
            Some(Workers::start(jobs, slots, &lints, keep).map_err(|e| {
                PyRuntimeError::new_err(format!("cannot start the validation threads: {e}"))
            })?)
        } else {
            None
        };
        Ok(NdjsonIterator {
            pipeline: Mutex::new(Some(Pipeline {
                cutter: Cutter::new(reader, max_document_bytes),
                lints,
                keep,
                workers,
                slots,
                sent: 0,
                next: 0,
                pending: BTreeMap::new(),
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
            match py.detach(|| pipeline.advance()) {
                Ok(Some(outcomes)) => pipeline.ready.extend(outcomes),
                Ok(None) => {
                    *guard = None;
                    return Ok(None);
                }
                Err(message) => {
                    *guard = None;
                    return Err(PyRuntimeError::new_err(message));
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
