//! `structured-news validate`: read articles, print every problem.

use std::io::{self, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::{ArgAction, ArgMatches};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use structured_news::stream::{read_documents_with, read_limited, Batches};
use structured_news::Lints;

use crate::input::{self, display_name, is_stdin, Format};
use crate::output::{self, Failure, Out};
use crate::report::{self, Output, Reporter, Totals};
use crate::{lints, style};

/// The size an NDJSON batch grows to before a thread validates it.
const BATCH_BYTES: usize = 1 << 20;

const AFTER_HELP: &str = "\
Each problem is printed on stdout as `FILE:LINE:COLUMN: PATH: CODE: MESSAGE`, a warning as \
`FILE:LINE:COLUMN: PATH: CODE: warning: MESSAGE` (the column left out where it is not \
known: a document over the size cap, an I/O error); with `--output json`, as one JSON \
object a line (file, line, column, path, code, severity, message), then one summary object \
(type \"summary\", documents, valid, invalid, warnings, bytes, seconds). The summary goes \
to stderr as text, and `--quiet` leaves it out.

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
    /// Print the problems only: no summary line, no progress bar.
    #[arg(long, short = 'q')]
    quiet: bool,
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
            quiet: args.quiet,
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
        _ if args.quiet => out.flush()?,
        Output::Json => {
            // `type` tells the summary from the problems, which have none.
            let summary = serde_json::json!({
                "type": "summary",
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
    quiet: bool,
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
                .try_for_each(|doc| {
                    let text = report::text_of(&bytes, &doc);
                    reporter.report(out, &file.name, &doc, text, totals)
                }),
            Err(e) => {
                let doc = input::unread(e);
                reporter.report(out, &file.name, &doc, None, totals)
            }
        },
    }
}

/// Validates an input read as NDJSON, on `jobs` threads (one: this one).
/// Each document's problems are located in its own line, to the column.
fn ndjson(
    out: &mut Out,
    input: input::Input,
    file: &File,
    lints: &Lints,
    jobs: usize,
    reporter: Reporter,
    totals: &mut Totals,
) -> io::Result<()> {
    let input::Input { reader, length } = input;
    let bar = if file.quiet {
        None
    } else {
        progress(length, io::stderr().is_terminal())
    };
    let mut batches = Batches::new(BufReader::with_capacity(BATCH_BYTES, reader), BATCH_BYTES);
    if let Some(limit) = file.limit {
        batches = batches.max_document_bytes(limit);
    }
    let (name, lints) = (file.name.clone(), lints.clone());
    let reports = batches.map_in_parallel(jobs, move |batch| {
        let (mut text, mut counted) = (Vec::new(), Totals::default());
        let input_bytes = batch.input_bytes();
        let mut docs = batch.documents(&lints);
        while let Some(doc) = docs.next() {
            // Writing to a Vec cannot fail.
            let _ = reporter.report(&mut text, &name, &doc, docs.text(&doc), &mut counted);
        }
        (text, counted, input_bytes)
    })?;
    let mut result = Ok(());
    for (text, counted, input_bytes) in reports {
        if let Err(e) = out.write_all(&text) {
            result = Err(e);
            break;
        }
        totals.add(counted);
        if let Some(bar) = &bar {
            bar.inc(input_bytes);
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    result
}

/// The progress bar of an NDJSON input, in MB as the summary counts: for a
/// file longer than [`PROGRESS_BYTES`], the share read and the time left;
/// for an input of unknown length (stdin), the bytes read. `None` when
/// stderr is not a terminal or the file is short.
fn progress(length: Option<u64>, terminal: bool) -> Option<ProgressBar> {
    if !terminal {
        return None;
    }
    let (bar, template) = match length {
        Some(n) if n > PROGRESS_BYTES => (
            ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
            FILE_PROGRESS,
        ),
        Some(_) => return None,
        None => (
            ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            STREAM_PROGRESS,
        ),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    Some(bar)
}

/// The progress of a file: decimal units (MB), as the summary line.
const FILE_PROGRESS: &str =
    "{bar:40} {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec}, {eta} left";
/// The progress of a stream of unknown length: the bytes read.
const STREAM_PROGRESS: &str = "{spinner} {decimal_bytes} read, {decimal_bytes_per_sec}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_counts_in_the_summary_unit_and_stdin_has_no_total() {
        for template in [FILE_PROGRESS, STREAM_PROGRESS] {
            assert!(ProgressStyle::with_template(template).is_ok(), "{template}");
            assert!(template.contains("{decimal_bytes}"), "{template}");
            assert!(!template.contains("{bytes"), "binary units: {template}");
        }
        assert!(!STREAM_PROGRESS.contains("total"));
        let stdin = progress(None, true).map(|bar| bar.length());
        assert_eq!(stdin, Some(None));
        let long = progress(Some(PROGRESS_BYTES + 1), true).map(|bar| bar.length());
        assert_eq!(long, Some(Some(PROGRESS_BYTES + 1)));
        assert!(progress(Some(PROGRESS_BYTES), true).is_none());
        assert!(progress(None, false).is_none());
    }
}
