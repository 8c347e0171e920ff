//! Reading many articles: newline-delimited JSON streams in constant
//! memory, JSON arrays of articles, size caps, and finding the line of a
//! problem in a document.
//!
//! ```
//! use structured_news::stream::NdjsonReader;
//!
//! let minimal = r#"{"format_version":"2.0","id":"a1","language":"en","body":"Text."}"#;
//! let input = format!("{minimal}\n\n{{\"id\": 1}}\n");
//! let results: Vec<_> = NdjsonReader::new(input.as_bytes()).collect();
//! assert_eq!(results.len(), 2); // the blank line is skipped
//! assert_eq!(results[0].line, 1);
//! assert!(results[0].result.is_ok());
//! assert_eq!(results[1].line, 3);
//! assert!(results[1].result.is_err());
//! ```

use std::io::{self, BufRead, Read};

use crate::error::{Error, Lints, ValidationError};
use crate::model::article::Article;
use crate::read::is_json_whitespace;
pub use crate::read::read_limited;

mod batch;
mod parallel;
mod problem;
mod recover;

pub use batch::{Batch, BatchEntries, Batches};
pub use parallel::InInputOrder;
pub use problem::LocatedProblem;
pub use recover::every_problem;

/// One document read from a stream: where it starts, how long it is, and
/// the article or the error.
#[derive(Debug)]
pub struct Entry {
    /// The line the document starts on, counted from 1.
    pub line: u64,
    /// The byte offset where the document starts in the input.
    pub offset: u64,
    /// The document's length in bytes (for a document over the size cap,
    /// the bytes read before giving up on it).
    pub bytes: u64,
    /// The valid article, or what is wrong.
    pub result: Result<Article, Error>,
    /// The warnings of a valid article (the problems of an invalid one,
    /// warnings too, are in its error).
    pub warnings: Vec<ValidationError>,
    /// When reading stopped at a problem ([`Error::Json`]): the problems
    /// after it, found by reading on past each one, then the rules'
    /// problems on what could be read ([`every_problem`]); empty
    /// otherwise.
    pub further_problems: Vec<ValidationError>,
}

impl Entry {
    /// Reads `bytes` as one article at the levels of `lints`.
    fn read(line: u64, offset: u64, bytes: &[u8], lints: &Lints) -> Entry {
        let (result, warnings) = match Article::from_json_slice_with(bytes, lints) {
            Ok((article, warnings)) => (Ok(article), warnings),
            Err(e) => (Err(e), Vec::new()),
        };
        let further_problems = match &result {
            Err(Error::Json(first)) => {
                recover::further_problems(bytes, lints, &recover::problem_of(first))
            }
            _ => Vec::new(),
        };
        Entry {
            line,
            offset,
            bytes: bytes.len() as u64,
            result,
            warnings,
            further_problems,
        }
    }

    /// A document that could not be read at all.
    fn failed(line: u64, offset: u64, bytes: u64, error: Error) -> Entry {
        Entry {
            line,
            offset,
            bytes,
            result: Err(error),
            warnings: Vec::new(),
            further_problems: Vec::new(),
        }
    }
}

/// The reference tokens of a JSON Pointer (RFC 6901), unescaped: `~1` is
/// `/`, `~0` is `~`. The root (`""`) has none.
pub(crate) fn pointer_tokens(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer
        .split('/')
        .skip(1)
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
}

/// Reads newline-delimited JSON (NDJSON, JSON Lines): one article per line,
/// parsed and validated one at a time, in memory bounded by the longest
/// line (or by the size cap, when set). Blank lines are skipped.
///
/// An I/O error ends the stream after one last item holding it.
#[derive(Debug)]
pub struct NdjsonReader<R> {
    reader: R,
    line: u64,
    offset: u64,
    buffer: Vec<u8>,
    max_document_bytes: Option<u64>,
    lints: Lints,
    done: bool,
}

impl<R: BufRead> NdjsonReader<R> {
    /// Reads documents from `reader`.
    pub fn new(reader: R) -> Self {
        NdjsonReader {
            reader,
            line: 0,
            offset: 0,
            buffer: Vec::new(),
            max_document_bytes: None,
            lints: Lints::new(),
            done: false,
        }
    }

    /// Checks each document at the levels of `lints` (by default, every
    /// rule at its default level).
    #[must_use]
    pub fn lints(mut self, lints: Lints) -> Self {
        self.lints = lints;
        self
    }

    /// Refuses documents longer than `bytes` with [`Error::TooLarge`]
    /// (without holding more than `bytes` of them in memory) and goes on
    /// with the next line.
    #[must_use]
    pub fn max_document_bytes(mut self, bytes: u64) -> Self {
        self.max_document_bytes = Some(bytes);
        self
    }

    /// Reads the next line into the buffer, up to the cap; returns how many
    /// bytes the line had (all of them, even past the cap) and whether it
    /// went past the cap. `Ok(None)` at the end of the stream.
    fn read_line(&mut self) -> io::Result<Option<(u64, bool)>> {
        self.buffer.clear();
        let cap = self.max_document_bytes.unwrap_or(u64::MAX);
        // Room for the line and its newline; one byte more means too long.
        let limit = cap.saturating_add(1);
        let read = (&mut self.reader)
            .take(limit)
            .read_until(b'\n', &mut self.buffer)? as u64;
        if read == 0 {
            return Ok(None);
        }
        if self.buffer.last() == Some(&b'\n') {
            self.buffer.pop();
            return Ok(Some((read - 1, false)));
        }
        if read < limit {
            // The last line, without a newline.
            return Ok(Some((read, false)));
        }
        // Too long: skip the rest of the line without keeping it.
        self.buffer.clear();
        let total = read.saturating_add(skip_rest_of_line(&mut self.reader)?);
        Ok(Some((total, true)))
    }
}

/// Consumes the rest of a line and its newline; returns the line's length
/// without the newline.
fn skip_rest_of_line(reader: &mut impl BufRead) -> io::Result<u64> {
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
                reader.consume(at + 1);
                return Ok(total.saturating_add(at as u64));
            }
            None => {
                let n = available.len();
                total = total.saturating_add(n as u64);
                reader.consume(n);
            }
        }
    }
}

impl<R: BufRead> Iterator for NdjsonReader<R> {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        while !self.done {
            let line = self.line + 1;
            let offset = self.offset;
            match self.read_line() {
                Ok(None) => self.done = true,
                Err(e) => {
                    self.done = true;
                    return Some(Entry::failed(line, offset, 0, Error::Io(e)));
                }
                Ok(Some((bytes, over))) => {
                    self.line = line;
                    // The line and its newline.
                    self.offset = offset.saturating_add(bytes).saturating_add(1);
                    if over {
                        let limit = self
                            .max_document_bytes
                            .expect("only a cap makes a line too long");
                        return Some(Entry::failed(
                            line,
                            offset,
                            bytes,
                            Error::TooLarge { limit },
                        ));
                    }
                    if self.buffer.iter().all(is_json_whitespace) {
                        continue;
                    }
                    return Some(Entry::read(line, offset, &self.buffer, &self.lints));
                }
            }
        }
        None
    }
}

/// Reads `bytes` as one article, or as a JSON array of articles: each
/// element is parsed and validated on its own, so one bad element does not
/// hide the others. Each document's line is where it starts.
///
/// ```
/// use structured_news::stream::read_documents;
///
/// let a = r#"{"format_version":"2.0","id":"a1","language":"en","body":"One."}"#;
/// let docs = read_documents(format!("[\n  {a},\n  {{\"id\": 2}}\n]").as_bytes());
/// assert_eq!(docs.len(), 2);
/// assert!(docs[0].result.is_ok());
/// assert_eq!(docs[1].line, 3);
/// ```
pub fn read_documents(bytes: &[u8]) -> Vec<Entry> {
    read_documents_with(bytes, &Lints::new())
}

/// As [`read_documents`], checking each article at the levels of `lints`.
pub fn read_documents_with(bytes: &[u8], lints: &Lints) -> Vec<Entry> {
    match array_elements(bytes) {
        Some(elements) => {
            // Lines are counted on from one element to the next, so the
            // whole input is counted once.
            let (mut line, mut counted_to) = (1, 0);
            elements
                .into_iter()
                .map(|(start, end)| {
                    let spans = "array_elements gives ordered spans within the input";
                    let between = bytes.get(counted_to..start).expect(spans);
                    line += between.iter().filter(|&&b| b == b'\n').count() as u64;
                    counted_to = start;
                    let slice = bytes.get(start..end).expect(spans);
                    Entry::read(line, start as u64, slice, lints)
                })
                .collect()
        }
        None => vec![Entry::read(1, 0, bytes, lints)],
    }
}

/// The line (from 1) of byte offset `at`.
fn line_of(bytes: &[u8], at: usize) -> u64 {
    let before = bytes.get(..at).unwrap_or(bytes);
    1 + before.iter().filter(|&&b| b == b'\n').count() as u64
}

/// The byte spans of the elements of a top-level JSON array, or `None`
/// when `bytes` is not one (then it is read as a single document, whose
/// errors say what is wrong).
fn array_elements(bytes: &[u8]) -> Option<Vec<(usize, usize)>> {
    let mut scanner = Scanner::new(bytes);
    scanner.skip_space();
    if scanner.peek()? != b'[' {
        return None;
    }
    scanner.pos += 1;
    let mut spans = Vec::new();
    scanner.skip_space();
    if scanner.peek()? == b']' {
        scanner.pos += 1;
        return scanner.only_space_left().then_some(spans);
    }
    loop {
        scanner.skip_space();
        let start = scanner.pos;
        scanner.skip_value()?;
        if scanner.pos == start {
            // A comma or bracket where a value belongs: not an array of
            // documents; read as one document, whose error says where.
            return None;
        }
        spans.push((start, scanner.pos));
        scanner.skip_space();
        match scanner.peek()? {
            b',' => scanner.pos += 1,
            b']' => {
                scanner.pos += 1;
                return scanner.only_space_left().then_some(spans);
            }
            _ => return None,
        }
    }
}

/// A minimal JSON scanner: enough to find the extent of values and the
/// place of a JSON Pointer, not to check them (the parser does that).
struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Scanner { bytes, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn only_space_left(&mut self) -> bool {
        self.skip_space();
        self.pos >= self.bytes.len()
    }

    /// Skips a string starting at `"`; returns its raw content span.
    fn skip_string(&mut self) -> Option<(usize, usize)> {
        if self.peek()? != b'"' {
            return None;
        }
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek()? {
                b'"' => {
                    let end = self.pos;
                    self.pos += 1;
                    return Some((start, end));
                }
                b'\\' => self.pos += 2,
                _ => self.pos += 1,
            }
        }
    }

    /// Skips one value of any kind, nested containers included (without
    /// recursion, so any depth is fine).
    fn skip_value(&mut self) -> Option<()> {
        let mut depth: usize = 0;
        loop {
            self.skip_space();
            match self.peek()? {
                b'"' => {
                    self.skip_string()?;
                }
                b'[' | b'{' => {
                    depth += 1;
                    self.pos += 1;
                    continue;
                }
                b']' | b'}' => {
                    depth = depth.checked_sub(1)?;
                    self.pos += 1;
                }
                b',' | b':' if depth > 0 => {
                    self.pos += 1;
                    continue;
                }
                _ => {
                    while !matches!(
                        self.peek(),
                        None | Some(b',' | b']' | b'}' | b':' | b' ' | b'\t' | b'\n' | b'\r')
                    ) {
                        self.pos += 1;
                    }
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }

    /// Moves to the value at `pointer` (RFC 6901) from the value at the
    /// current position.
    fn seek(&mut self, pointer: &str) -> Option<()> {
        for token in pointer_tokens(pointer) {
            self.skip_space();
            match self.peek()? {
                b'{' => {
                    self.pos += 1;
                    loop {
                        self.skip_space();
                        let (start, end) = self.skip_string()?;
                        let key = self.bytes.get(start..end)?;
                        self.skip_space();
                        if self.peek()? != b':' {
                            return None;
                        }
                        self.pos += 1;
                        self.skip_space();
                        if key == token.as_bytes() {
                            break;
                        }
                        self.skip_value()?;
                        self.skip_space();
                        if self.peek()? != b',' {
                            return None;
                        }
                        self.pos += 1;
                    }
                }
                b'[' => {
                    self.pos += 1;
                    let index: usize = token.parse().ok()?;
                    for _ in 0..index {
                        self.skip_value()?;
                        self.skip_space();
                        if self.peek()? != b',' {
                            return None;
                        }
                        self.pos += 1;
                    }
                    self.skip_space();
                    if self.peek()? == b']' {
                        return None;
                    }
                }
                _ => return None,
            }
        }
        self.skip_space();
        Some(())
    }
}

/// The line and column (both from 1; the column in bytes) where the value
/// at `pointer` starts in the JSON document `bytes`, to point a reader at a
/// validation problem. `None` when there is no such value (keys with escape
/// sequences are not matched).
///
/// ```
/// use structured_news::stream::locate;
///
/// let json = b"{\n  \"a\": [\n    1,\n    {\"b\": true}\n  ]\n}";
/// assert_eq!(locate(json, "/a/1/b"), Some((4, 11)));
/// assert_eq!(locate(json, ""), Some((1, 1)));
/// assert_eq!(locate(json, "/a/2"), None);
/// ```
pub fn locate(bytes: &[u8], pointer: &str) -> Option<(u64, u64)> {
    let mut scanner = Scanner::new(bytes);
    scanner.seek(pointer)?;
    scanner.peek()?;
    let at = scanner.pos;
    let line_start = bytes
        .get(..at)?
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    Some((line_of(bytes, at), (at - line_start + 1) as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_spans() {
        let doc = br#" [ {"a": [1, {"b": "]"}]}, "x\"y", 3 , [] ] "#;
        let spans = array_elements(doc).unwrap();
        let texts: Vec<&[u8]> = spans.iter().map(|&(s, e)| &doc[s..e]).collect();
        assert_eq!(
            texts,
            [&br#"{"a": [1, {"b": "]"}]}"#[..], br#""x\"y""#, b"3", b"[]"]
        );
        assert_eq!(array_elements(b"[]"), Some(vec![]));
        assert_eq!(array_elements(b"{}"), None);
        assert_eq!(array_elements(b"[1,"), None);
        assert_eq!(array_elements(b"[1] x"), None);
        assert_eq!(array_elements(b"[1,,2]"), None);
        assert_eq!(array_elements(b"[,1]"), None);
        assert_eq!(locate(b"[]", "/0"), None);
        assert_eq!(locate(b"{\"a\": []}", "/a/0"), None);
        assert_eq!(locate(b"{\"a\": [3]}", "/a/0"), Some((1, 8)));
    }

    #[test]
    fn caps_skip_the_rest_of_a_long_line() {
        let ok = r#"{"format_version":"2.0","id":"a","language":"en","body":"x"}"#;
        let long = format!("{{\"body\": \"{}\"}}", "y".repeat(10_000));
        let input = format!("{ok}\n{long}\n{ok}");
        let reader = io::BufReader::with_capacity(64, input.as_bytes());
        let docs: Vec<Entry> = NdjsonReader::new(reader).max_document_bytes(1000).collect();
        assert_eq!(docs.len(), 3);
        assert!(docs[0].result.is_ok());
        assert!(matches!(
            docs[1].result,
            Err(Error::TooLarge { limit: 1000 })
        ));
        assert_eq!(docs[1].bytes, long.len() as u64);
        assert!(docs[2].result.is_ok());
        assert_eq!(docs[2].line, 3);
    }
}
