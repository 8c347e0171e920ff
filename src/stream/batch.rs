//! NDJSON cut into batches of whole lines, to read on several threads.

use std::io::{BufRead, Read};

use crate::error::{Error, Lints};

use super::{is_json_whitespace, skip_rest_of_line, Entry};

/// Cuts NDJSON into [`Batch`]es of whole lines of about `batch_bytes`
/// each, counting lines and byte offsets exactly as [`NdjsonReader`](super::NdjsonReader)
/// does: blank lines are counted, a last line without a newline is kept,
/// a line over the size cap is skipped without being held and ends its
/// batch as a `too_large` document, and an I/O error ends the last batch.
/// Reading a batch gives the documents `NdjsonReader` would give for its
/// lines, with the same lines and offsets.
///
/// ```
/// use structured_news::stream::Batches;
/// use structured_news::Lints;
///
/// let ok = r#"{"format_version":"2.0","id":"a","language":"en","body":"x"}"#;
/// let input = format!("{ok}\n\n{ok}\n{}\n{ok}", "y".repeat(500));
/// let batches: Vec<_> = Batches::new(input.as_bytes(), 100).max_document_bytes(200).collect();
/// assert_eq!(batches.len(), 3); // the long line ends the second batch
/// let lines: Vec<u64> = batches
///     .into_iter()
///     .flat_map(|batch| batch.documents(&Lints::new()))
///     .map(|doc| doc.line)
///     .collect();
/// assert_eq!(lines, [1, 3, 4, 5]);
/// ```
#[derive(Debug)]
pub struct Batches<R> {
    reader: R,
    batch_bytes: usize,
    max_document_bytes: Option<u64>,
    /// Lines read so far.
    line: u64,
    /// Where the next line starts.
    offset: u64,
    done: bool,
}

impl<R: BufRead> Batches<R> {
    /// Cuts `reader` into batches that grow to about `batch_bytes` (one
    /// line more at most).
    pub fn new(reader: R, batch_bytes: usize) -> Self {
        Batches {
            reader,
            batch_bytes: batch_bytes.max(1),
            max_document_bytes: None,
            line: 0,
            offset: 0,
            done: false,
        }
    }

    /// Skips lines longer than `bytes` (without holding more than `bytes`
    /// of them), each ending its batch as an [`Error::TooLarge`] document.
    #[must_use]
    pub fn max_document_bytes(mut self, bytes: u64) -> Self {
        self.max_document_bytes = Some(bytes);
        self
    }
}

impl<R: BufRead> Iterator for Batches<R> {
    type Item = Batch;

    fn next(&mut self) -> Option<Batch> {
        if self.done {
            return None;
        }
        let mut batch = Batch {
            lines_before: self.line,
            offset: self.offset,
            bytes: Vec::with_capacity(self.batch_bytes + (self.batch_bytes >> 2)),
            line_ends: Vec::new(),
            newlines_added: 0,
            end: None,
        };
        // Room for a line and its newline; one byte more means too long.
        let take = self
            .max_document_bytes
            .map_or(u64::MAX, |cap| cap.saturating_add(1));
        while batch.bytes.len() < self.batch_bytes {
            let start = batch.bytes.len();
            let (line, offset) = (self.line + 1, self.offset);
            let failed = |e| Entry::failed(line, offset, 0, Error::Io(e));
            let read = match (&mut self.reader)
                .take(take)
                .read_until(b'\n', &mut batch.bytes)
            {
                Ok(0) => {
                    self.done = true;
                    break;
                }
                Ok(read) => read as u64,
                Err(e) => {
                    batch.bytes.truncate(start);
                    batch.end = Some(failed(e));
                    self.done = true;
                    break;
                }
            };
            if batch.bytes.last() == Some(&b'\n') {
                batch.line_ends.push(batch.bytes.len() - 1);
                self.line += 1;
                self.offset = self.offset.saturating_add(read);
                continue;
            }
            if read < take {
                // The last line, without a newline (counted as if it had
                // one, and given one: a reader that ends and then goes on,
                // as a terminal after Ctrl-D does, starts a new line).
                batch.line_ends.push(batch.bytes.len());
                batch.bytes.push(b'\n');
                batch.newlines_added += 1;
                self.line += 1;
                self.offset = self.offset.saturating_add(read).saturating_add(1);
                continue;
            }
            // Too long: skip the rest of the line without keeping it.
            batch.bytes.truncate(start);
            let length = match skip_rest_of_line(&mut self.reader) {
                Ok(rest) => read.saturating_add(rest),
                Err(e) => {
                    batch.end = Some(failed(e));
                    self.done = true;
                    break;
                }
            };
            self.line += 1;
            let limit = self
                .max_document_bytes
                .expect("only a cap makes a line too long");
            batch.end = Some(Entry::failed(
                self.line,
                self.offset,
                length,
                Error::TooLarge { limit },
            ));
            self.offset = self.offset.saturating_add(length).saturating_add(1);
            break;
        }
        if batch.bytes.is_empty() && batch.end.is_none() {
            return None;
        }
        Some(batch)
    }
}

/// Whole lines of an NDJSON input, cut by [`Batches`], and the document
/// that ended the batch without its bytes (a line over the size cap, an
/// I/O error), if any.
#[derive(Debug)]
pub struct Batch {
    lines_before: u64,
    offset: u64,
    bytes: Vec<u8>,
    /// Where each line of `bytes` ends (before its newline), as the
    /// cutting found them, so that reading the batch need not look again.
    line_ends: Vec<usize>,
    /// Newlines `bytes` has that the input had not (after a last line).
    newlines_added: u64,
    end: Option<Entry>,
}

impl Batch {
    /// The line of the input the batch starts on, from 1.
    pub fn first_line(&self) -> u64 {
        self.lines_before + 1
    }

    /// The bytes of the input the batch covers: its lines, newlines
    /// included, and the length of a line skipped for its size.
    pub fn input_bytes(&self) -> u64 {
        (self.bytes.len() as u64).saturating_sub(self.newlines_added)
            + self.end.as_ref().map_or(0, |doc| doc.bytes)
    }

    /// Reads the batch's documents at the levels of `lints`, one at a
    /// time, with their lines and offsets in the whole input; the
    /// document that ended the batch, if any, comes last.
    pub fn documents(self, lints: &Lints) -> BatchEntries {
        BatchEntries {
            bytes: self.bytes,
            line_ends: self.line_ends.into_iter(),
            at: 0,
            lines_read: 0,
            lints: lints.clone(),
            lines_before: self.lines_before,
            offset: self.offset,
            end: self.end,
        }
    }
}

/// The documents of a [`Batch`], read one at a time (see
/// [`Batch::documents`]). Each line is read where it lies in the batch,
/// without a copy or a second search for its end.
#[derive(Debug)]
pub struct BatchEntries {
    bytes: Vec<u8>,
    line_ends: std::vec::IntoIter<usize>,
    /// Where the next line starts in `bytes`.
    at: usize,
    /// Lines of the batch read so far.
    lines_read: u64,
    lints: Lints,
    lines_before: u64,
    offset: u64,
    end: Option<Entry>,
}

impl BatchEntries {
    /// The bytes of `doc`, one of this batch's documents, to locate its
    /// problems ([`Entry::problems`]); `None` for a document that has
    /// none (a line over the size cap, an I/O error).
    pub fn text(&self, doc: &Entry) -> Option<&[u8]> {
        let start = usize::try_from(doc.offset.checked_sub(self.offset)?).ok()?;
        let end = start.checked_add(usize::try_from(doc.bytes).ok()?)?;
        self.bytes.get(start..end).filter(|text| !text.is_empty())
    }
}

impl Iterator for BatchEntries {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        for end in self.line_ends.by_ref() {
            let start = self.at;
            // Each line end is followed by its newline (one is added after
            // a last line), so the next line starts after it.
            self.at = end + 1;
            self.lines_read += 1;
            let text = self
                .bytes
                .get(start..end)
                .expect("the cutting records line ends within the batch, in order");
            if text.iter().all(is_json_whitespace) {
                continue;
            }
            return Some(Entry::read(
                self.lines_before + self.lines_read,
                self.offset + start as u64,
                text,
                &self.lints,
            ));
        }
        self.end.take()
    }
}
