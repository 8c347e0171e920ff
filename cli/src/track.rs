//! `structured-news track`: the commitment and meeting ledger over many
//! articles, as a table, JSON or an HTML page.

use std::cell::Cell;
use std::io::{BufReader, Read, Write};
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{ArgMatches, ValueEnum};
use structured_news::stream::{read_documents_with, Entry, NdjsonReader};
use structured_news::{Ledger, LedgerProblem, OverdueReading, Severity};
use structured_news_review::{ledger_page, page_file_name};

use crate::input::{self, display_name, Format};
use crate::lints;
use crate::output::{Failure, Out};

const AFTER_HELP: &str = "\
Each FILE is NDJSON, one article per line (`-` for stdin), or, when it ends in .json, one \
article or a JSON array of articles; told apart as `validate` tells them when the name \
misleads (a pretty-printed article on stdin is read whole); in any order: an update waits for the article it updates. A line that cannot be read, or an invalid article, is reported with \
its file and line, and reading goes on.

Exit status: 0 when no error was found (warnings allowed), 1 when a problem is an error, 2 on \
a usage or I/O error.

Examples:
  structured-news track 2023-12.ndjson 2024-01.ndjson
  structured-news track --overdue 2024-01-01 archive.ndjson
  structured-news track --output json archive.ndjson > ledger.json
  structured-news track --output html --pages review archive.ndjson > review/ledger.html";

/// Join the commitments and meetings of many articles and say what became of each.
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The form of the report.
    #[arg(long, value_enum, default_value_t = Output::Table)]
    output: Output,
    /// Also list the commitments overdue on DATE (YYYY-MM-DD), as known on that day: due
    /// before it, and no outcome reported by an article published by then.
    #[arg(long, value_name = "DATE")]
    overdue: Option<NaiveDate>,
    /// With --overdue, read it in hindsight instead: due before DATE, and no outcome that had
    /// happened by then, whenever it was reported.
    #[arg(long, requires = "overdue")]
    hindsight: bool,
    /// Do not report CODE (repeatable).
    #[arg(long, value_name = "CODE")]
    allow: Vec<String>,
    /// Report CODE as a warning (repeatable).
    #[arg(long, value_name = "CODE")]
    warn: Vec<String>,
    /// Report CODE as an error (repeatable).
    #[arg(long, value_name = "CODE")]
    deny: Vec<String>,
    /// With --output html: the directory of the articles' review pages (as written by
    /// `review --out DIR`), where the ledger page goes too; each article with a page there
    /// is linked to it.
    #[arg(long, value_name = "DIR")]
    pages: Option<PathBuf>,
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
    /// One self-contained HTML page: each commitment's and meeting's history as a timeline.
    Html,
}

/// The files read, in order, each with the last line it covers in the
/// ledger's count: the ledger counts lines on from one file to the next,
/// so that each problem's line says which file it is in.
#[derive(Default)]
struct Files {
    ends: Vec<(String, u64)>,
}

impl Files {
    /// Where the next file's lines start, less one.
    fn base(&self) -> u64 {
        self.ends.last().map_or(0, |&(_, end)| end)
    }

    /// The file and its own line of `line`, a line of the ledger's count.
    fn locate(&self, line: u64) -> Option<(&str, u64)> {
        let mut base = 0;
        for (name, end) in &self.ends {
            if line <= *end {
                return Some((name, line - base));
            }
            base = *end;
        }
        None
    }
}

pub fn run(args: &Args, matches: &ArgMatches, out: &mut Out) -> Result<u8, Failure> {
    let lints = lints::from_flags(matches, false)?;
    let mut ledger = Ledger::new().lints(lints.clone());
    let mut files = Files::default();
    for path in &args.files {
        let name = display_name(path);
        let input = input::open(path)?;
        let base = files.base();
        let mut last = 0;
        let shift = |mut doc: Entry| {
            last = doc.line;
            doc.line += base;
            doc
        };
        let cannot_read = |e: std::io::Error| Failure::usage(format!("cannot read {name}: {e}"));
        // As `validate` tells them: a pretty-printed document on stdin or
        // in an NDJSON file is read whole, a .json file of lines as NDJSON.
        let (input, whole) = if path.extension().is_some_and(|e| e == "json") {
            (input, true)
        } else {
            let (input, format) = input::sniff_ndjson(input, None).map_err(cannot_read)?;
            (input, format == Format::Json)
        };
        let mut reader: Box<dyn Read + Send> = input.reader;
        let mut bytes = None;
        if whole {
            let mut read = Vec::new();
            reader.read_to_end(&mut read).map_err(cannot_read)?;
            if input::holds_ndjson(&read) {
                reader = Box::new(std::io::Cursor::new(read));
            } else {
                bytes = Some(read);
            }
        }
        match bytes {
            Some(bytes) => {
                ledger.add_documents(read_documents_with(&bytes, &lints).into_iter().map(shift));
            }
            None => {
                let documents = NdjsonReader::new(BufReader::new(reader)).lints(lints.clone());
                ledger.add_documents(documents.map(shift));
            }
        }
        files.ends.push((name, base + last));
    }
    // Each problem's file and its own line.
    let amend = |p: &mut LedgerProblem| {
        if let Some((name, line)) = p.line.and_then(|line| files.locate(line)) {
            p.file = Some(name.to_owned());
            p.line = Some(line);
        }
        p.message = name_held_lines(&p.message, &files);
    };
    let overdue = args.overdue.map(|day| {
        let reading = if args.hindsight {
            OverdueReading::InHindsight
        } else {
            OverdueReading::AsKnown
        };
        (day, reading)
    });
    if let Output::Json = args.output {
        // Written while it is made: the report is never held whole.
        let failed = Cell::new(false);
        let mut json = ledger.report_json().amend_problems(|p| {
            amend(p);
            failed.set(failed.get() || p.severity == Severity::Error);
        });
        if let Some((day, reading)) = overdue {
            json = json.with_overdue(day, reading);
        }
        serde_json::to_writer_pretty(&mut *out, &json).map_err(std::io::Error::from)?;
        writeln!(out)?;
        return Ok(u8::from(failed.get()));
    }
    let mut report = ledger.report();
    report.problems.iter_mut().for_each(amend);
    if let Some((day, reading)) = overdue {
        report = report.with_overdue(day, reading);
    }
    if let Output::Html = args.output {
        let mut links = std::collections::BTreeMap::new();
        if let Some(dir) = &args.pages {
            let ids = report
                .commitments
                .iter()
                .flat_map(|c| c.history.iter().map(|s| s.article.as_str()))
                .chain(
                    report
                        .meetings
                        .iter()
                        .flat_map(|m| m.history.iter().map(|s| s.article.as_str())),
                )
                .chain(report.commitments.iter().flat_map(|c| {
                    c.amounts
                        .iter()
                        .filter_map(|a| a.reported_by.as_ref().map(|r| r.as_str()))
                }))
                .chain(
                    report
                        .meetings
                        .iter()
                        .flat_map(|m| m.moves.iter().map(|mv| mv.article.as_str())),
                );
            for id in ids {
                let name = page_file_name(id);
                if dir.join(&name).is_file() {
                    links.insert(id.to_owned(), name);
                }
            }
        }
        write!(out, "{}", ledger_page(&report, &links))?;
        let failed = report
            .problems
            .iter()
            .any(|p| p.severity == Severity::Error);
        return Ok(u8::from(failed));
    }
    let problems = std::mem::take(&mut report.problems);
    write!(out, "{}", report.to_table())?;
    if !problems.is_empty() {
        writeln!(out, "\nProblems ({})", problems.len())?;
        for p in &problems {
            writeln!(out, "  {p}")?;
        }
    }
    report.problems = problems;
    if let Some(list) = &report.overdue {
        let reading = match list.reading {
            OverdueReading::InHindsight => "in hindsight",
            _ => "as known on that day",
        };
        writeln!(out, "\nOverdue on {} ({reading})", list.on)?;
        for c in list
            .commitments
            .iter()
            .filter_map(|id| report.commitment(id))
        {
            writeln!(
                out,
                "  {}: {} (due {}, {})",
                c.id,
                c.action,
                c.due_text().as_deref().unwrap_or("-"),
                c.status.as_ref().map_or("-", |s| s.as_str())
            )?;
        }
    }
    let failed = report
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error);
    Ok(u8::from(failed))
}

/// `message` with each `(line N)` of the ledger's count (the line of an
/// article already held, in `duplicate_article`) as `(FILE:LINE)`: the
/// ledger knows lines, not files.
fn name_held_lines(message: &str, files: &Files) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find("(line ") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let digits = from.get("(line ".len()..).unwrap_or_default();
        let end = digits
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(digits.len());
        let place = digits
            .get(..end)
            .and_then(|n| n.parse().ok())
            .filter(|_| digits.get(end..).is_some_and(|tail| tail.starts_with(')')))
            .and_then(|line| files.locate(line));
        match place {
            Some((name, line)) => {
                out.push_str(&format!("({name}:{line})"));
                rest = digits.get(end + 1..).unwrap_or_default();
            }
            None => {
                out.push_str("(line ");
                rest = digits;
            }
        }
    }
    out.push_str(rest);
    out
}
