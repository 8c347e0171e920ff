//! The files a subcommand reads: `-` for stdin, how each is read, and the
//! name it has in messages.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use clap::ValueEnum;

use structured_news::stream::Entry;
use structured_news::Error;

use crate::output::Failure;

/// How the files that follow are read.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Format {
    /// One document per line (NDJSON, JSON Lines).
    Ndjson,
    /// One article, or a JSON array of articles, read whole.
    Json,
}

/// A path as shown in messages and reports: `-` for stdin, the path
/// otherwise (bytes that are not UTF-8 replaced).
pub fn display_name(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Whether `path` is stdin.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// An input opened for reading, with its length when it is a file.
pub struct Input {
    pub reader: Box<dyn Read + Send>,
    pub length: Option<u64>,
}

/// Opens `path` (`-` for stdin); a file that cannot be opened, or a
/// directory, is a usage or I/O error (exit status 2).
pub fn open(path: &Path) -> Result<Input, Failure> {
    if is_stdin(path) {
        return Ok(Input {
            reader: Box::new(io::stdin()),
            length: None,
        });
    }
    let name = display_name(path);
    let file = File::open(path).map_err(|e| Failure::usage(format!("cannot open {name}: {e}")))?;
    match file.metadata() {
        Ok(meta) if meta.is_dir() => Err(Failure::usage(format!(
            "cannot read {name}: it is a directory"
        ))),
        Ok(meta) => Ok(Input {
            reader: Box::new(file),
            length: Some(meta.len()),
        }),
        Err(_) => Ok(Input {
            reader: Box::new(file),
            length: None,
        }),
    }
}

/// The longest first line looked at to tell NDJSON from one JSON document;
/// past it the input is read as NDJSON (whose reader applies its own cap).
const SNIFF_BYTES: u64 = 64 << 20;

/// Whether `line` (one line, its end of line included or not) is a whole
/// JSON value: the mark of NDJSON. A pretty-printed document's first line
/// (`{` or `[`) is not.
fn is_whole_value(line: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(line).is_ok()
}

/// Whether a line holds nothing but white space.
fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

/// How an input expected to be NDJSON is read: NDJSON when its first
/// non-blank line is a whole JSON value (or there is none), one JSON
/// document otherwise. The bytes looked at are put back in front of the
/// reader. At most `limit` bytes (and [`SNIFF_BYTES`]) are looked at: a
/// longer first line is left to the NDJSON reader and its cap.
pub fn sniff_ndjson(input: Input, limit: Option<u64>) -> io::Result<(Input, Format)> {
    let Input { reader, length } = input;
    let cap = limit.unwrap_or(u64::MAX).min(SNIFF_BYTES);
    let mut reader = BufReader::new(reader);
    let mut seen = Vec::new();
    let format = loop {
        let start = seen.len();
        let room = cap.saturating_sub(start as u64).saturating_add(1);
        let read = (&mut reader).take(room).read_until(b'\n', &mut seen)?;
        let line = seen.get(start..).unwrap_or_default();
        if read == 0 || seen.len() as u64 > cap {
            break Format::Ndjson;
        }
        if !is_blank(line) {
            break if is_whole_value(line) {
                Format::Ndjson
            } else {
                Format::Json
            };
        }
    };
    let reader: Box<dyn Read + Send> = Box::new(io::Cursor::new(seen).chain(reader));
    Ok((Input { reader, length }, format))
}

/// Whether bytes named as one JSON document hold NDJSON instead: a first
/// non-blank line that is a whole JSON value with more than white space
/// after it.
pub fn holds_ndjson(bytes: &[u8]) -> bool {
    let mut lines = bytes.split(|&b| b == b'\n');
    let Some(first) = lines.by_ref().find(|line| !is_blank(line)) else {
        return false;
    };
    let more = lines.any(|line| !is_blank(line));
    more && is_whole_value(first)
}

/// The one entry of a file that could not be read whole (`error`), at
/// line 1, so that it is reported as any document's problems are.
pub fn unread(error: Error) -> Entry {
    Entry {
        line: 1,
        offset: 0,
        bytes: 0,
        result: Err(error),
        warnings: Vec::new(),
        further_problems: Vec::new(),
    }
}
