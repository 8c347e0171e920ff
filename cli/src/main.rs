//! `structured-news`: validate articles (on every core for NDJSON), export
//! the JSON Schemas, convert to and from the interchange formats, explain
//! the error codes, and track commitments and meetings across articles.
//!
//! Exit status: 0 on success, 1 when an input is invalid, 2 on a usage or
//! I/O error.

#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)
)]

use std::ffi::OsString;
use std::process::ExitCode;

use std::io::Write;

use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand};

/// mimalloc serves the many small allocations of reading and validating
/// (each name, text and list of an article is its own) in fewer
/// instructions than the system allocator, and keeps a heap per thread for
/// `--jobs` (measured in `benches/RESULTS.md`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// The modules in layers: each uses only those above it (the blank lines
// keep rustfmt from sorting them; `tests/layers.rs` checks the order).
mod style;

mod output;

mod input;

mod lints;

mod report;

// The subcommands, which use none of each other.
mod convert;
mod explain;
mod review;
mod schema;
mod tables;
mod track;
mod validate;

use output::{Failure, Out};

const ABOUT: &str = "Validate news articles in the structured-news format, export its JSON \
Schemas, convert articles to ninjs, JSON-LD and PLOVER, explain its error codes, and track \
commitments and meetings across articles.";

const AFTER_HELP: &str = "\
Examples:
  structured-news validate articles.ndjson extracted.json
  structured-news validate --output json --deny-warnings - < batch.ndjson
  structured-news schema --dialect structured-output
  structured-news convert --to ninjs article.json
  structured-news explain planned_in_past
  structured-news track --overdue 2024-01-01 articles.ndjson
  structured-news review article.json --out article.html

Exit status: 0 on success, 1 when an input is invalid, 2 on a usage or I/O error.";

#[derive(Parser)]
#[command(name = "structured-news", version, about = ABOUT, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    color: colorchoice_clap::Color,
}

#[derive(Subcommand)]
enum Command {
    Validate(validate::Args),
    Schema(schema::Args),
    Convert(convert::Args),
    Explain(explain::Args),
    Track(track::Args),
    Review(review::Args),
    Tables(tables::Args),
}

fn main() -> ExitCode {
    run(std::env::args_os().collect())
}

fn run(args: Vec<OsString>) -> ExitCode {
    let matches = match Cli::command().try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(e) => {
            // Help and version go to stdout with status 0; mistakes to
            // stderr with status 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    // What `style` asks of every stream from here on.
    cli.color.write_global();
    let sub = subcommand_matches(&matches)
        .ok_or_else(|| Failure::usage("internal: no subcommand arguments"));
    let mut out = Out::stdout();
    let result = sub.and_then(|sub| match cli.command {
        Command::Validate(args) => validate::run(&args, sub, &mut out),
        Command::Schema(args) => schema::run(&args, &mut out),
        Command::Convert(args) => convert::run(&args, &mut out),
        Command::Explain(args) => explain::run(&args, &mut out),
        Command::Track(args) => track::run(&args, sub, &mut out),
        Command::Review(args) => review::run(&args, sub, &mut out),
        Command::Tables(args) => tables::run(&args, sub, &mut out),
    });
    // What is left in the buffer goes out before any message.
    let result = result.and_then(|status| {
        out.flush()?;
        Ok(status)
    });
    match result {
        Ok(status) => ExitCode::from(status),
        Err(failure) => {
            // Output written before the failure goes out before its message.
            let _ = out.flush();
            if !failure.message.is_empty() {
                output::error(&failure.message);
            }
            ExitCode::from(failure.status)
        }
    }
}

fn subcommand_matches(matches: &ArgMatches) -> Option<&ArgMatches> {
    matches.subcommand().map(|(_, sub)| sub)
}
