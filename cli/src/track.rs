//! `structured-news track`: the commitment and meeting ledger over many
//! articles, as a table or JSON.

use std::fs::File;
use std::io::{self, BufReader, Write};
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::ValueEnum;
use structured_news::stream::read_documents_with;
use structured_news::{ErrorCode, Ledger, Lints, Severity};

use crate::{display_name, Failure};

const AFTER_HELP: &str = "\
Each FILE is NDJSON, one article per line (`-` for stdin), or, when it ends in .json, one \
article or a JSON array of articles; in any order: an update waits for the article it updates. A line that cannot be read, or an invalid article, is reported with \
its line and reading goes on.

Exit status: 0 when no error was found (warnings allowed), 1 when a problem is an error, 2 on \
a usage or I/O error.

Examples:
  structured-news track 2023-12.ndjson 2024-01.ndjson
  structured-news track --overdue 2024-01-01 archive.ndjson
  structured-news track --output json archive.ndjson > ledger.json";

/// Join the commitments and meetings of many articles and say what became of each.
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The form of the report.
    #[arg(long, value_enum, default_value_t = Output::Table)]
    output: Output,
    /// Also list the commitments due before DATE (YYYY-MM-DD) with no outcome reported.
    #[arg(long, value_name = "DATE")]
    overdue: Option<NaiveDate>,
    /// Do not report CODE (repeatable).
    #[arg(long, value_name = "CODE")]
    allow: Vec<String>,
    /// Report CODE as a warning (repeatable).
    #[arg(long, value_name = "CODE")]
    warn: Vec<String>,
    /// Report CODE as an error (repeatable).
    #[arg(long, value_name = "CODE")]
    deny: Vec<String>,
    /// The NDJSON files to read; `-` for stdin.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
enum Output {
    /// Tables a person reads.
    Table,
    /// The report as one JSON object (schema: `schema --type ledger_report`).
    Json,
}

fn lints(args: &Args) -> Result<Lints, Failure> {
    let mut lints = Lints::new();
    for (codes, level) in [
        (&args.allow, structured_news::Level::Allow),
        (&args.warn, structured_news::Level::Warn),
        (&args.deny, structured_news::Level::Deny),
    ] {
        for text in codes {
            let code: ErrorCode = text
                .parse()
                .map_err(|_| Failure::usage(format!("no error code {text:?}")))?;
            lints
                .set(code, level)
                .map_err(|e| Failure::usage(format!("{code}: {e}")))?;
        }
    }
    Ok(lints)
}

pub fn run(args: &Args) -> Result<u8, Failure> {
    let mut ledger = Ledger::new().lints(lints(args)?);
    let lints = lints(args)?;
    for path in &args.files {
        let whole = path.extension().is_some_and(|e| e == "json");
        if path.as_os_str() == "-" {
            ledger.read_ndjson(io::stdin().lock());
        } else if whole {
            let bytes = std::fs::read(path)
                .map_err(|e| Failure::usage(format!("{}: {e}", display_name(path))))?;
            ledger.add_documents(read_documents_with(&bytes, &lints));
        } else {
            let file = File::open(path)
                .map_err(|e| Failure::usage(format!("{}: {e}", display_name(path))))?;
            ledger.read_ndjson(BufReader::new(file));
        }
    }
    let report = ledger.report();
    let mut out = io::stdout().lock();
    let written = match args.output {
        Output::Json => serde_json::to_writer_pretty(&mut out, &report)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out)),
        Output::Table => write!(out, "{}", report.to_table()).and_then(|()| match args.overdue {
            Some(day) => {
                writeln!(out, "\nOverdue on {day}")?;
                for c in report.overdue(day) {
                    writeln!(
                        out,
                        "  {}: {} (due {}, {})",
                        c.id,
                        c.action,
                        c.due_text().as_deref().unwrap_or("-"),
                        c.status.as_ref().map_or("-", |s| s.as_str())
                    )?;
                }
                Ok(())
            }
            None => Ok(()),
        }),
    };
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(0),
        Err(e) => return Err(Failure::usage(format!("stdout: {e}"))),
        Ok(()) => {}
    }
    let failed = report
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error);
    Ok(u8::from(failed))
}
