//! `structured-news validate`: read articles, print every problem.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::{ArgAction, ArgMatches, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use structured_news::stream::{locate, read_documents_with, read_limited, Document, NdjsonReader};
use structured_news::{Error, ErrorCode, Level, Lints, Severity};

use crate::style::{self, paint};
use crate::{display_name, explain, Failure, Format};

mod pipeline;

const AFTER_HELP: &str = "\
Each problem is printed on stdout as `FILE:LINE: PATH: CODE: MESSAGE`, a warning as \
`FILE:LINE: PATH: CODE: warning: MESSAGE`; with `--output json`, as one JSON object a line \
(file, line, path, code, severity, message), then one summary object (documents, valid, \
invalid, warnings, bytes, seconds).

Files ending in .ndjson or .jsonl, and stdin, are read one document per line, in constant \
memory and on `--jobs` threads, the output in input order; other files are read whole, as \
one article or a JSON array of articles.

Exit status: 0 when no document has an error (warnings alone are fine), 1 when any has, \
2 on a usage or I/O error.

Examples:
  structured-news validate article.json
  structured-news validate articles.ndjson extracted.json -
  structured-news validate --deny-warnings --allow weak_evidence extracted.json
  structured-news validate --output json --jobs 4 corpus.ndjson
  structured-news validate --format ndjson batch.txt --max-document-bytes 1000000";

/// Check articles against the format and its rules, and print every problem.
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The files to read; `-` for stdin.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// How to read the files that follow it (overrides the file name).
    #[arg(long, value_enum, value_name = "FORMAT", action = ArgAction::Append)]
    format: Vec<Format>,
    /// Refuse an NDJSON line, or a whole file read at once, longer than N bytes.
    #[arg(long, value_name = "N")]
    max_document_bytes: Option<u64>,
    /// Make rule CODE report nothing (repeatable; the last level given for a code wins).
    #[arg(long, value_name = "CODE", action = ArgAction::Append)]
    allow: Vec<String>,
    /// Make rule CODE report warnings (repeatable).
    #[arg(long, value_name = "CODE", action = ArgAction::Append)]
    warn: Vec<String>,
    /// Make rule CODE report errors (repeatable).
    #[arg(long, value_name = "CODE", action = ArgAction::Append)]
    deny: Vec<String>,
    /// Make every warning an error.
    #[arg(long)]
    deny_warnings: bool,
    /// How to print the problems.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Output::Text)]
    output: Output,
    /// Threads for NDJSON input [default: the number of cores].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1024))]
    jobs: Option<u32>,
}

/// How problems are printed.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Output {
    /// `FILE:LINE: PATH: CODE: MESSAGE`, one problem a line.
    Text,
    /// JSON lines: one object per problem, then a summary object.
    Json,
}

/// Counts over documents.
#[derive(Default, Clone, Copy)]
pub struct Totals {
    pub documents: u64,
    pub valid: u64,
    pub warnings: u64,
    pub bytes: u64,
    pub io_failed: bool,
}

impl Totals {
    fn add(&mut self, other: Totals) {
        self.documents += other.documents;
        self.valid += other.valid;
        self.warnings += other.warnings;
        self.bytes += other.bytes;
        self.io_failed |= other.io_failed;
    }
}

/// How each problem is written.
#[derive(Clone, Copy)]
pub struct Reporter {
    output: Output,
    colour: bool,
}

/// NDJSON input larger than this shows a progress bar (on a terminal).
const PROGRESS_BYTES: u64 = 4_000_000;

pub fn run(args: &Args, matches: &ArgMatches) -> Result<u8, Failure> {
    let lints = lints(args, matches)?;
    let inputs = inputs(args, matches);
    let jobs = match args.jobs {
        Some(n) => n as usize,
        None => std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
    };
    let reporter = Reporter {
        output: args.output,
        colour: args.output == Output::Text && style::stdout(),
    };
    let started = Instant::now();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut totals = Totals::default();
    for (path, format) in inputs {
        let name = display_name(&path);
        let result = validate_one(
            &mut out,
            &path,
            &name,
            format,
            args.max_document_bytes,
            &lints,
            jobs,
            reporter,
            &mut totals,
        );
        result.map_err(output_failure)?;
    }
    let seconds = started.elapsed().as_secs_f64();
    match args.output {
        Output::Json => {
            let summary = serde_json::json!({
                "documents": totals.documents,
                "valid": totals.valid,
                "invalid": totals.documents - totals.valid,
                "warnings": totals.warnings,
                "bytes": totals.bytes,
                "seconds": (seconds * 1e6).round() / 1e6,
            });
            writeln!(out, "{summary}").map_err(output_failure)?;
            out.flush().map_err(output_failure)?;
        }
        Output::Text => {
            out.flush().map_err(output_failure)?;
            eprintln!(
                "{} documents: {} valid, {} invalid, {} warnings; {:.1} MB in {:.3} s: {:.1} MB/s",
                totals.documents,
                totals.valid,
                totals.documents - totals.valid,
                totals.warnings,
                totals.bytes as f64 / 1e6,
                seconds,
                totals.bytes as f64 / 1e6 / seconds.max(1e-9),
            );
        }
    }
    Ok(if totals.io_failed {
        2
    } else if totals.valid < totals.documents {
        1
    } else {
        0
    })
}

fn output_failure(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Failure::usage("")
    } else {
        Failure::usage(format!("cannot write the report: {e}"))
    }
}

/// The levels of `--allow`, `--warn` and `--deny`, applied in the order
/// given, and `--deny-warnings`.
fn lints(args: &Args, matches: &ArgMatches) -> Result<Lints, Failure> {
    let mut given = Vec::new();
    for (id, level) in [
        ("allow", Level::Allow),
        ("warn", Level::Warn),
        ("deny", Level::Deny),
    ] {
        let values = matches.get_many::<String>(id).into_iter().flatten();
        let indices = matches.indices_of(id).into_iter().flatten();
        for (index, value) in indices.zip(values) {
            given.push((index, id, level, value));
        }
    }
    given.sort_by_key(|&(index, ..)| index);
    let mut lints = Lints::new();
    for (_, id, level, value) in given {
        let code: ErrorCode = value.parse().map_err(|_| {
            Failure::usage(format!(
                "--{id}: no error code {value:?}{}",
                explain::did_you_mean(value)
            ))
        })?;
        lints
            .set(code, level)
            .map_err(|e| Failure::usage(format!("--{id} {value}: {e}")))?;
    }
    if args.deny_warnings {
        lints = lints.deny_warnings();
    }
    Ok(lints)
}

/// Each file with its format: the last `--format` before it, or its name's.
fn inputs(args: &Args, matches: &ArgMatches) -> Vec<(PathBuf, Format)> {
    let formats: Vec<(usize, Format)> = matches
        .indices_of("format")
        .into_iter()
        .flatten()
        .zip(args.format.iter().copied())
        .collect();
    let file_indices: Vec<usize> = matches.indices_of("files").into_iter().flatten().collect();
    args.files
        .iter()
        .enumerate()
        .map(|(i, path)| {
            let at = file_indices.get(i).copied().unwrap_or(usize::MAX);
            let chosen = formats
                .iter()
                .rev()
                .find(|&&(index, _)| index < at)
                .map(|&(_, format)| format);
            (path.clone(), chosen.unwrap_or_else(|| format_of(path)))
        })
        .collect()
}

fn format_of(path: &Path) -> Format {
    let ndjson = path.as_os_str() == "-"
        || matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("ndjson" | "jsonl")
        );
    if ndjson {
        Format::Ndjson
    } else {
        Format::Json
    }
}

#[allow(clippy::too_many_arguments)]
fn validate_one(
    out: &mut impl Write,
    path: &Path,
    name: &str,
    format: Format,
    limit: Option<u64>,
    lints: &Lints,
    jobs: usize,
    reporter: Reporter,
    totals: &mut Totals,
) -> io::Result<()> {
    let stdin = path.as_os_str() == "-";
    let (reader, length): (Box<dyn Read + Send>, Option<u64>) = if stdin {
        (Box::new(io::stdin()), None)
    } else {
        let file = match File::open(path) {
            Ok(file) => file,
            Err(e) => {
                eprintln!("{}: cannot open {name}: {e}", style::error_prefix());
                totals.io_failed = true;
                return Ok(());
            }
        };
        match file.metadata() {
            Ok(meta) if meta.is_dir() => {
                eprintln!(
                    "{}: cannot read {name}: it is a directory",
                    style::error_prefix()
                );
                totals.io_failed = true;
                return Ok(());
            }
            Ok(meta) => (Box::new(file), Some(meta.len())),
            Err(_) => (Box::new(file), None),
        }
    };
    match format {
        Format::Ndjson => {
            let bar = progress(length);
            let result = if jobs > 1 {
                pipeline::run(
                    reader,
                    out,
                    name,
                    limit,
                    lints,
                    jobs,
                    reporter,
                    totals,
                    bar.as_ref(),
                )
            } else {
                let mut docs = NdjsonReader::new(BufReader::with_capacity(1 << 20, reader))
                    .lints(lints.clone());
                if let Some(limit) = limit {
                    docs = docs.max_document_bytes(limit);
                }
                docs.try_for_each(|doc| {
                    if let Some(bar) = &bar {
                        if doc.line.is_multiple_of(1024) {
                            bar.set_position(doc.offset + doc.bytes);
                        }
                    }
                    reporter.report(out, name, &doc, None, totals)
                })
            };
            if let Some(bar) = bar {
                bar.finish_and_clear();
            }
            result
        }
        Format::Json => match read_limited(reader, limit.unwrap_or(u64::MAX)) {
            Ok(bytes) => read_documents_with(&bytes, lints)
                .into_iter()
                .try_for_each(|doc| reporter.report(out, name, &doc, Some(&bytes), totals)),
            Err(e) => {
                let doc = Document {
                    line: 1,
                    offset: 0,
                    bytes: 0,
                    result: Err(e),
                    warnings: Vec::new(),
                };
                reporter.report(out, name, &doc, None, totals)
            }
        },
    }
}

/// A progress bar on stderr for a long NDJSON file, when stderr is a
/// terminal; `None` otherwise.
fn progress(length: Option<u64>) -> Option<ProgressBar> {
    use std::io::IsTerminal;
    let length = length.filter(|&n| n > PROGRESS_BYTES)?;
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(length), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec}, {eta} left")
    {
        bar.set_style(style);
    }
    Some(bar)
}

impl Reporter {
    /// The text form, coloured or not.
    pub fn text(colour: bool) -> Self {
        Reporter {
            output: Output::Text,
            colour,
        }
    }

    /// Writes the problems of one document; `whole` is the file's bytes
    /// when it was read whole, to find the line of each validation problem.
    pub fn report(
        &self,
        out: &mut impl Write,
        name: &str,
        doc: &Document,
        whole: Option<&[u8]>,
        totals: &mut Totals,
    ) -> io::Result<()> {
        totals.documents += 1;
        totals.bytes += doc.bytes;
        let text = whole.and_then(|bytes| {
            let start = usize::try_from(doc.offset).ok()?;
            bytes.get(start..start.checked_add(usize::try_from(doc.bytes).ok()?)?)
        });
        let problems = match &doc.result {
            Ok(_) => {
                totals.valid += 1;
                doc.warnings.as_slice()
            }
            Err(Error::Invalid(found)) => found.as_slice(),
            Err(Error::Json(e)) => {
                let line = doc.line + (e.line().max(1) as u64) - 1;
                return self.emit(
                    out,
                    name,
                    line,
                    e.path().as_str(),
                    e.code(),
                    Severity::Error,
                    e.message(),
                );
            }
            Err(other) => {
                if matches!(other, Error::Io(_)) {
                    totals.io_failed = true;
                }
                return self.emit(
                    out,
                    name,
                    doc.line,
                    "",
                    other.code(),
                    Severity::Error,
                    &other.to_string(),
                );
            }
        };
        for p in problems {
            if !p.is_error() {
                totals.warnings += 1;
            }
            let line = text
                .and_then(|text| locate(text, p.path().as_str()))
                .map_or(doc.line, |(line, _)| doc.line + line - 1);
            self.emit(
                out,
                name,
                line,
                p.path().as_str(),
                p.code(),
                p.severity(),
                p.message(),
            )?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        out: &mut impl Write,
        name: &str,
        line: u64,
        path: &str,
        code: ErrorCode,
        severity: Severity,
        message: &str,
    ) -> io::Result<()> {
        match self.output {
            Output::Text => {
                let path = if path.is_empty() { "(root)" } else { path };
                let warning = severity == Severity::Warning;
                let colour = if warning { style::YELLOW } else { style::RED };
                let code = paint(self.colour, colour, code.as_str());
                let label = if warning {
                    format!("{}: ", paint(self.colour, style::YELLOW, "warning"))
                } else {
                    String::new()
                };
                writeln!(out, "{name}:{line}: {path}: {code}: {label}{message}")
            }
            Output::Json => {
                let object = serde_json::json!({
                    "file": name,
                    "line": line,
                    "path": path,
                    "code": code.as_str(),
                    "severity": severity.as_str(),
                    "message": message,
                });
                writeln!(out, "{object}")
            }
        }
    }
}
