//! `structured-news`: validate articles (on every core for NDJSON), export
//! the JSON Schemas, convert to and from the interchange formats, explain
//! the error codes, and track commitments and meetings across articles.
//!
//! Exit status: 0 on success, 1 when an input is invalid, 2 on a usage or
//! I/O error.

#![forbid(unsafe_code)]

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

mod convert;
mod explain;
mod schema;
mod style;
mod track;
mod validate;

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

Exit status: 0 on success, 1 when an input is invalid, 2 on a usage or I/O error.";

#[derive(Parser)]
#[command(name = "structured-news", version, about = ABOUT, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Validate(validate::Args),
    Schema(schema::Args),
    Convert(convert::Args),
    Explain(explain::Args),
    Track(track::Args),
}

/// How the files that follow are read.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Format {
    /// One document per line (NDJSON, JSON Lines).
    Ndjson,
    /// One article, or a JSON array of articles, read whole.
    Json,
}

/// Why a command failed: the message for stderr and the exit status.
pub struct Failure {
    pub status: u8,
    pub message: String,
}

impl Failure {
    /// A usage or I/O error (exit status 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            status: 2,
            message: message.into(),
        }
    }

    /// An invalid input (exit status 1).
    pub fn invalid(message: impl Into<String>) -> Self {
        Failure {
            status: 1,
            message: message.into(),
        }
    }
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
    let sub = subcommand_matches(&matches);
    let result = match cli.command {
        Command::Validate(args) => sub
            .ok_or_else(|| Failure::usage("internal: no validate arguments"))
            .and_then(|sub| validate::run(&args, sub)),
        Command::Schema(args) => schema::run(&args),
        Command::Convert(args) => convert::run(&args),
        Command::Explain(args) => explain::run(&args),
        Command::Track(args) => track::run(&args),
    };
    match result {
        Ok(status) => ExitCode::from(status),
        Err(failure) => {
            if !failure.message.is_empty() {
                eprintln!("{}: {}", style::error_prefix(), failure.message);
            }
            ExitCode::from(failure.status)
        }
    }
}

fn subcommand_matches(matches: &ArgMatches) -> Option<&ArgMatches> {
    matches.subcommand().map(|(_, sub)| sub)
}

/// A path as shown in messages and reports: `-` for stdin, the path
/// otherwise (bytes that are not UTF-8 replaced).
pub fn display_name(path: &std::path::Path) -> String {
    path.to_string_lossy().into_owned()
}
