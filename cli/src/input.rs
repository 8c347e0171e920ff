//! The files a subcommand reads: `-` for stdin, how each is read, and the
//! name it has in messages.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use clap::ValueEnum;

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
