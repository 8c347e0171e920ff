//! `structured-news validate`: read articles, print every problem.

use std::io::{self, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::{ArgAction, ArgMatches};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use structured_news::stream::{read_documents_with, read_limited, Batches, Entry, NdjsonReader};
use structured_news::Lints;

use crate::input::{self, display_name, is_stdin, Format};
use crate::output::{self, Failure, Out};
use crate::report::{Output, Reporter, Totals};
use crate::{lints, style};

/// The size an NDJSON batch grows to before a thread validates it.
const BATCH_BYTES: usize = 1 << 20;

const AFTER_HELP: &str = "\
Each problem is printed on stdout as `FILE:LINE: PATH: CODE: MESSAGE`, a warning as \
`FILE:LINE: PATH: CODE: warning: MESSAGE`; with `--output json`, as one JSON object a line \
(file, line, path, code, severity, message), then one summary object (documents, valid, \
invalid, warnings, bytes, seconds).

Files ending in .ndjson or .jsonl, and stdin, are read one document per line, in constant \
memory and on `--jobs` threads, the output in input order; other files are read whole, as \
one article or a JSON array of articles. Without `--format`, the input tells which it is: \
stdin or an .ndjson file whose first non-blank line is not a whole JSON value (a \
pretty-printed article) is read whole, and a file read whole whose first line is a whole \
JSON value with more lines after it is read as NDJSON. `--format` reads as told.

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

/// NDJSON input larger than this shows a progress bar (on a terminal).
const PROGRESS_BYTES: u64 = 4_000_000;

pub fn run(args: &Args, matches: &ArgMatches, out: &mut Out) -> Result<u8, Failure> {
    let lints = lints::from_flags(matches, args.deny_warnings)?;
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
    let mut totals = Totals::default();
    for (path, format, named) in inputs {
        let mut file = File {
            name: display_name(&path),
            format,
            limit: args.max_document_bytes,
            sniff: !named,
        };
        let opened = input::open(&path).and_then(|input| {
            if file.sniff && file.format == Format::Ndjson {
                let (input, format) = input::sniff_ndjson(input, file.limit)
                    .map_err(|e| Failure::usage(format!("cannot read {}: {e}", file.name)))?;
                file.format = format;
                Ok(input)
            } else {
                Ok(input)
            }
        });
        match opened {
            Ok(input) => validate_one(out, input, &file, &lints, jobs, reporter, &mut totals)?,
            Err(failure) => {
                output::error(&failure.message);
                totals.io_failed = true;
            }
        }
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
            writeln!(out, "{summary}")?;
            out.flush()?;
        }
        Output::Text => {
            out.flush()?;
            output::note(&format!(
                "{} documents: {} valid, {} invalid, {} warnings; {:.1} MB in {:.3} s: {:.1} MB/s",
                totals.documents,
                totals.valid,
                totals.documents - totals.valid,
                totals.warnings,
                totals.bytes as f64 / 1e6,
                seconds,
                totals.bytes as f64 / 1e6 / seconds.max(1e-9),
            ));
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

/// Each file with its format: the last `--format` before it (then `true`),
/// or its name's (then `false`).
fn inputs(args: &Args, matches: &ArgMatches) -> Vec<(PathBuf, Format, bool)> {
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
            match chosen {
                Some(format) => (path.clone(), format, true),
                None => (path.clone(), format_of(path), false),
            }
        })
        .collect()
}

fn format_of(path: &Path) -> Format {
    let ndjson = is_stdin(path)
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

/// A file to validate: its name in the report, how it is read, its size
/// cap, and whether its format was guessed from its name (then a `.json`
/// file that holds NDJSON is read as NDJSON).
struct File {
    name: String,
    format: Format,
    limit: Option<u64>,
    sniff: bool,
}

fn validate_one(
    out: &mut Out,
    input: input::Input,
    file: &File,
    lints: &Lints,
    jobs: usize,
    reporter: Reporter,
    totals: &mut Totals,
) -> io::Result<()> {
    match file.format {
        Format::Ndjson => ndjson(out, input, file, lints, jobs, reporter, totals),
        Format::Json => match read_limited(input.reader, file.limit.unwrap_or(u64::MAX)) {
            Ok(bytes) if file.sniff && input::holds_ndjson(&bytes) => {
                let length = Some(bytes.len() as u64);
                let reader = Box::new(io::Cursor::new(bytes));
                let input = input::Input { reader, length };
                ndjson(out, input, file, lints, jobs, reporter, totals)
            }
            Ok(bytes) => read_documents_with(&bytes, lints)
                .into_iter()
                .try_for_each(|doc| reporter.report(out, &file.name, &doc, Some(&bytes), totals)),
            Err(e) => {
                let doc = Entry {
                    line: 1,
                    offset: 0,
                    bytes: 0,
                    result: Err(e),
                    warnings: Vec::new(),
                };
                reporter.report(out, &file.name, &doc, None, totals)
            }
        },
    }
}

/// Validates an input read as NDJSON, on `jobs` threads.
fn ndjson(
    out: &mut Out,
    input: input::Input,
    file: &File,
    lints: &Lints,
    jobs: usize,
    reporter: Reporter,
    totals: &mut Totals,
) -> io::Result<()> {
    let name = file.name.as_str();
    let input::Input { reader, length } = input;
    match jobs {
        2.. => {
            let bar = progress(length);
            let mut batches =
                Batches::new(BufReader::with_capacity(BATCH_BYTES, reader), BATCH_BYTES);
            if let Some(limit) = file.limit {
                batches = batches.max_document_bytes(limit);
            }
            let (owned_name, lints) = (file.name.clone(), lints.clone());
            let reports = batches.map_in_parallel(jobs, move |batch| {
                let (mut text, mut counted) = (Vec::new(), Totals::default());
                let input_bytes = batch.input_bytes();
                for doc in batch.documents(&lints) {
                    // Writing to a Vec cannot fail.
                    let _ = reporter.report(&mut text, &owned_name, &doc, None, &mut counted);
                }
                (text, counted, input_bytes)
            })?;
            for (text, counted, input_bytes) in reports {
                out.write_all(&text)?;
                totals.add(counted);
                if let Some(bar) = &bar {
                    bar.inc(input_bytes);
                }
            }
            if let Some(bar) = bar {
                bar.finish_and_clear();
            }
            Ok(())
        }
        _ => {
            let bar = progress(length);
            let mut docs = NdjsonReader::new(BufReader::with_capacity(BATCH_BYTES, reader))
                .lints(lints.clone());
            if let Some(limit) = file.limit {
                docs = docs.max_document_bytes(limit);
            }
            let result = docs.try_for_each(|doc| {
                if let Some(bar) = &bar {
                    if doc.line.is_multiple_of(1024) {
                        bar.set_position(doc.offset + doc.bytes);
                    }
                }
                reporter.report(out, name, &doc, None, totals)
            });
            if let Some(bar) = bar {
                bar.finish_and_clear();
            }
            result
        }
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
