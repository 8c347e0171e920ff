//! NDJSON on several threads, the output in input order.
//!
//! A reader thread cuts the input into batches of whole lines (about
//! [`BATCH_BYTES`] each), counting lines and bytes as
//! [`NdjsonReader`] does; `jobs` workers each read a batch with an
//! `NdjsonReader` of their own, shift its lines and offsets by where the
//! batch starts, and write its report into a buffer; this thread writes
//! the buffers in batch order. A line over the size cap is never held: the
//! reader skips it, ends the batch there and hands its `too_large` on with
//! the batch, as it does an I/O error. At most [`in_flight`] batches exist
//! at once (a token is taken for each batch read and given back when it is
//! written), so memory stays bounded whatever the order workers finish in.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use indicatif::ProgressBar;
use structured_news::stream::{Document, NdjsonReader};
use structured_news::{Error, Lints};

use super::{Reporter, Totals};

/// The size a batch grows to before it is handed to a worker.
const BATCH_BYTES: usize = 1 << 20;

/// How many batches may be read and not yet written.
fn in_flight(jobs: usize) -> usize {
    jobs.saturating_mul(2).saturating_add(2)
}

/// Whole lines of the input, and what ended the batch early, if anything.
struct Batch {
    seq: u64,
    /// The lines before the batch.
    lines_before: u64,
    /// The offset of the batch's first byte in the input.
    offset: u64,
    bytes: Vec<u8>,
    tail: Option<Tail>,
}

/// A document that ends a batch without its bytes.
struct Tail {
    line: u64,
    offset: u64,
    bytes: u64,
    error: Error,
}

/// A batch's report.
struct Done {
    seq: u64,
    out: Vec<u8>,
    totals: Totals,
    input_bytes: u64,
}

#[allow(clippy::too_many_arguments)]
pub fn run(
    reader: Box<dyn Read + Send>,
    out: &mut impl Write,
    name: &str,
    limit: Option<u64>,
    lints: &Lints,
    jobs: usize,
    reporter: Reporter,
    totals: &mut Totals,
    bar: Option<&ProgressBar>,
) -> io::Result<()> {
    let slots = in_flight(jobs);
    std::thread::scope(|scope| {
        let (batch_tx, batch_rx) = sync_channel::<Batch>(jobs);
        let (done_tx, done_rx) = sync_channel::<Done>(slots);
        let (token_tx, token_rx) = sync_channel::<()>(slots);
        for _ in 0..slots {
            // The channel has room for every token.
            let _ = token_tx.try_send(());
        }
        scope.spawn(move || read_batches(reader, limit, &batch_tx, &token_rx));
        let batch_rx = Arc::new(Mutex::new(batch_rx));
        for _ in 0..jobs {
            let batch_rx = Arc::clone(&batch_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || work(&batch_rx, &done_tx, name, lints, reporter));
        }
        drop(done_tx);
        let mut pending = BTreeMap::new();
        let mut next = 0u64;
        for done in done_rx {
            pending.insert(done.seq, done);
            while let Some(done) = pending.remove(&next) {
                out.write_all(&done.out)?;
                totals.add(done.totals);
                if let Some(bar) = bar {
                    bar.inc(done.input_bytes);
                }
                next += 1;
                // Another batch may be read; the reader may have finished.
                let _ = token_tx.send(());
            }
        }
        Ok(())
    })
}

/// Cuts `reader` into batches of whole lines, as `NdjsonReader` reads
/// them: the same line numbers and offsets, blank lines counted, lines
/// over `limit` skipped and reported as too large.
fn read_batches(
    reader: Box<dyn Read + Send>,
    limit: Option<u64>,
    batches: &SyncSender<Batch>,
    tokens: &Receiver<()>,
) {
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    // Room for a line and its newline; one byte more means too long.
    let take = limit.map_or(u64::MAX, |cap| cap.saturating_add(1));
    let mut line = 0u64;
    let mut offset = 0u64;
    let mut seq = 0u64;
    let new = |seq, line, offset| Batch {
        seq,
        lines_before: line,
        offset,
        bytes: Vec::with_capacity(BATCH_BYTES + (BATCH_BYTES >> 2)),
        tail: None,
    };
    let mut batch = new(seq, line, offset);
    let send = |batch: Batch| tokens.recv().is_ok() && batches.send(batch).is_ok();
    loop {
        let start = batch.bytes.len();
        let read = match (&mut reader).take(take).read_until(b'\n', &mut batch.bytes) {
            Ok(0) => break,
            Ok(read) => read as u64,
            Err(e) => {
                batch.bytes.truncate(start);
                batch.tail = Some(Tail {
                    line: line + 1,
                    offset,
                    bytes: 0,
                    error: Error::Io(e),
                });
                send(batch);
                return;
            }
        };
        if batch.bytes.last() == Some(&b'\n') {
            line += 1;
            offset = offset.saturating_add(read);
        } else if read < take {
            // The last line, without a newline.
            line += 1;
            offset = offset.saturating_add(read).saturating_add(1);
        } else {
            // Too long: skip the rest of the line without keeping it.
            batch.bytes.truncate(start);
            let total = match skip_line(&mut reader) {
                Ok(rest) => read.saturating_add(rest),
                Err(e) => {
                    batch.tail = Some(Tail {
                        line: line + 1,
                        offset,
                        bytes: 0,
                        error: Error::Io(e),
                    });
                    send(batch);
                    return;
                }
            };
            line += 1;
            let at = offset;
            offset = offset.saturating_add(total).saturating_add(1);
            batch.tail = Some(Tail {
                line,
                offset: at,
                bytes: total,
                error: Error::TooLarge {
                    limit: limit.unwrap_or(u64::MAX),
                },
            });
            seq += 1;
            if !send(std::mem::replace(&mut batch, new(seq, line, offset))) {
                return;
            }
            continue;
        }
        if batch.bytes.len() >= BATCH_BYTES {
            seq += 1;
            if !send(std::mem::replace(&mut batch, new(seq, line, offset))) {
                return;
            }
        }
    }
    if !batch.bytes.is_empty() {
        send(batch);
    }
}

/// Consumes the rest of a line (and its newline); returns its length
/// without the newline.
fn skip_line(reader: &mut impl BufRead) -> io::Result<u64> {
    let mut total = 0u64;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(total);
        }
        match available.iter().position(|&b| b == b'\n') {
            Some(at) => {
                total = total.saturating_add(at as u64);
                reader.consume(at + 1);
                return Ok(total);
            }
            None => {
                let n = available.len();
                total = total.saturating_add(n as u64);
                reader.consume(n);
            }
        }
    }
}

/// Reads and reports batches until there are none.
fn work(
    batches: &Mutex<Receiver<Batch>>,
    done: &SyncSender<Done>,
    name: &str,
    lints: &Lints,
    reporter: Reporter,
) {
    loop {
        let batch = match batches.lock() {
            Ok(receiver) => match receiver.recv() {
                Ok(batch) => batch,
                Err(_) => return,
            },
            Err(_) => return,
        };
        let mut out = Vec::new();
        let mut totals = Totals::default();
        let input_bytes = batch.bytes.len() as u64 + batch.tail.as_ref().map_or(0, |t| t.bytes);
        // Writing to a Vec cannot fail.
        let seq = batch.seq;
        let _ = report_batch(&mut out, batch, name, lints, reporter, &mut totals);
        let report = Done {
            seq,
            out,
            totals,
            input_bytes,
        };
        if done.send(report).is_err() {
            return;
        }
    }
}

fn report_batch(
    out: &mut Vec<u8>,
    batch: Batch,
    name: &str,
    lints: &Lints,
    reporter: Reporter,
    totals: &mut Totals,
) -> io::Result<()> {
    for mut doc in NdjsonReader::new(batch.bytes.as_slice()).lints(lints.clone()) {
        doc.line += batch.lines_before;
        doc.offset += batch.offset;
        reporter.report(out, name, &doc, None, totals)?;
    }
    if let Some(tail) = batch.tail {
        let doc = Document {
            line: tail.line,
            offset: tail.offset,
            bytes: tail.bytes,
            result: Err(tail.error),
            warnings: Vec::new(),
        };
        reporter.report(out, name, &doc, None, totals)?;
    }
    Ok(())
}
