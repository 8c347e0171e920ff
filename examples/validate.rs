//! Validates article files and prints every problem.
//!
//! ```sh
//! cargo run --release --example validate -- [OPTIONS] FILE...
//! ```
//!
//! `FILE` is a path or `-` for stdin. Files ending in `.ndjson` or `.jsonl`
//! (and stdin) are read one document per line, in constant memory; other
//! files are read whole, as one article or a JSON array of articles.
//!
//! Options:
//! - `--format ndjson|json`: how to read the files that follow (overrides
//!   the file name);
//! - `--max-document-bytes N`: refuse an NDJSON line, or a whole file read
//!   at once, longer than N bytes;
//! - `--allow CODE`, `--warn CODE`, `--deny CODE`: set the level of a
//!   validation rule (as clippy's lint levels), repeatable;
//! - `--deny-warnings`: make every warning an error.
//!
//! Each problem is printed on stdout as `FILE:LINE: PATH: CODE: MESSAGE`,
//! a warning as `FILE:LINE: PATH: CODE: warning: MESSAGE`; a summary
//! (documents, valid, invalid, warnings, MB/s) goes to stderr. The exit
//! status is 0 when no document has an error (warnings alone are fine), 1
//! when any has, 2 on a usage or I/O error.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use structured_news::stream::{read_documents_with, read_limited, Entry, NdjsonReader};
use structured_news::{Error, ErrorCode, Level, Lints};

const USAGE: &str = "usage: validate [--format ndjson|json] [--max-document-bytes N] \
[--allow CODE] [--warn CODE] [--deny CODE] [--deny-warnings] FILE... (FILE may be -)";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Ndjson,
    Json,
}

#[derive(Default)]
struct Totals {
    documents: u64,
    valid: u64,
    warnings: u64,
    bytes: u64,
    io_failed: bool,
}

fn main() -> ExitCode {
    match run() {
        Ok(totals) if totals.io_failed => ExitCode::from(2),
        Ok(totals) if totals.valid < totals.documents => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("validate: {message}\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(2),
        Err(Failure::Output(e)) => {
            eprintln!("validate: cannot write the report: {e}");
            ExitCode::from(2)
        }
    }
}

/// Why the run stopped: a mistake in the arguments, or stdout failing.
enum Failure {
    Usage(String),
    Output(io::Error),
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Usage(message)
    }
}

impl From<&str> for Failure {
    fn from(message: &str) -> Self {
        Failure::Usage(message.to_owned())
    }
}

fn run() -> Result<Totals, Failure> {
    let mut format = None;
    let mut limit = None;
    let mut levels = Vec::new();
    let mut deny_warnings = false;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().as_deref() {
                Some("ndjson") => format = Some(Format::Ndjson),
                Some("json") => format = Some(Format::Json),
                other => return Err(format!("--format takes ndjson or json, not {other:?}").into()),
            },
            "--max-document-bytes" => {
                let value = args.next().ok_or("--max-document-bytes needs a number")?;
                limit = Some(
                    value
                        .parse::<u64>()
                        .map_err(|_| format!("not a number of bytes: {value:?}"))?,
                );
            }
            "--allow" | "--warn" | "--deny" => {
                let level = match arg.as_str() {
                    "--allow" => Level::Allow,
                    "--warn" => Level::Warn,
                    _ => Level::Deny,
                };
                let value = args.next().ok_or(format!("{arg} needs an error code"))?;
                let code: ErrorCode = value.parse().map_err(|e| format!("{arg}: {e}"))?;
                levels.push((code, level));
            }
            "--deny-warnings" => deny_warnings = true,
            "-h" | "--help" => return Err("help".into()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}").into()),
            _ => inputs.push((arg, format)),
        }
    }
    if inputs.is_empty() {
        return Err("no input files".into());
    }
    // In the order given, a later level for a code overriding an earlier one.
    let mut lints =
        Lints::from_levels(levels).map_err(|e| format!("--{} {}: {e}", e.level(), e.code()))?;
    if deny_warnings {
        lints = lints.deny_warnings();
    }
    let started = Instant::now();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut totals = Totals::default();
    for (name, format) in inputs {
        let format = format.unwrap_or(
            if name == "-" || name.ends_with(".ndjson") || name.ends_with(".jsonl") {
                Format::Ndjson
            } else {
                Format::Json
            },
        );
        let reader: Box<dyn Read> = if name == "-" {
            Box::new(io::stdin().lock())
        } else {
            match File::open(&name) {
                Ok(file) => Box::new(file),
                Err(e) => {
                    eprintln!("validate: cannot open {name}: {e}");
                    totals.io_failed = true;
                    continue;
                }
            }
        };
        let result = match format {
            Format::Ndjson => {
                let mut docs = NdjsonReader::new(BufReader::with_capacity(1 << 20, reader))
                    .lints(lints.clone());
                if let Some(limit) = limit {
                    docs = docs.max_document_bytes(limit);
                }
                docs.try_for_each(|doc| report(&mut out, &name, &doc, None, &mut totals))
            }
            Format::Json => {
                let bytes = match limit {
                    Some(limit) => read_limited(reader, limit),
                    None => read_limited(reader, u64::MAX),
                };
                match bytes {
                    Ok(bytes) => read_documents_with(&bytes, &lints)
                        .into_iter()
                        .try_for_each(|doc| {
                            report(&mut out, &name, &doc, Some(&bytes), &mut totals)
                        }),
                    Err(e) => {
                        let doc = Entry {
                            line: 1,
                            offset: 0,
                            bytes: 0,
                            result: Err(e),
                            warnings: Vec::new(),
                            further_problems: Vec::new(),
                        };
                        report(&mut out, &name, &doc, None, &mut totals)
                    }
                }
            }
        };
        if let Err(e) = result {
            return Err(Failure::Output(e));
        }
    }
    out.flush().map_err(Failure::Output)?;
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "{} documents: {} valid, {} invalid, {} warnings; {:.1} MB in {:.3} s: {:.1} MB/s, {:.0} documents/s",
        totals.documents,
        totals.valid,
        totals.documents - totals.valid,
        totals.warnings,
        totals.bytes as f64 / 1e6,
        seconds,
        totals.bytes as f64 / 1e6 / seconds.max(1e-9),
        totals.documents as f64 / seconds.max(1e-9),
    );
    Ok(totals)
}

/// Prints the problems of one document; `whole` is the file's bytes when
/// it was read whole, to find the line of each validation problem.
fn report(
    out: &mut impl Write,
    name: &str,
    doc: &Entry,
    whole: Option<&[u8]>,
    totals: &mut Totals,
) -> io::Result<()> {
    totals.documents += 1;
    totals.bytes += doc.bytes;
    // In a whole file, find the line of each problem's value.
    let text = whole.and_then(|bytes| {
        let start = usize::try_from(doc.offset).ok()?;
        bytes.get(start..start.checked_add(usize::try_from(doc.bytes).ok()?)?)
    });
    match &doc.result {
        Ok(_) => totals.valid += 1,
        Err(Error::Io(_)) => totals.io_failed = true,
        Err(_) => {}
    }
    // Every problem, flat, each on the line of its value when the text is
    // at hand.
    for p in doc.problems(text) {
        if !p.is_error() {
            totals.warnings += 1;
        }
        writeln!(out, "{name}:{}: {p}", p.line)?;
    }
    Ok(())
}
