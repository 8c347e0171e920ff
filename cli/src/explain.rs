//! `structured-news explain CODE`: what a code means, with an example.

use std::io::Write;

use structured_news::stream::{locate, read_documents};
use structured_news::{Error, ErrorCode, Severity, Stage};

use crate::output::{Failure, Out};
use crate::report::{self, Output, Reporter, Totals};
use crate::style::{self, paint};

const AFTER_HELP: &str = "\
Prints the rule's meaning (as in the rule table of the documentation), the stage that \
finds it, its default severity and an example from the invalid test corpus.

Examples:
  structured-news explain unknown_reference
  structured-news explain planned_in_past
  structured-news explain --list";

/// Explain an error code: its meaning, stage, default severity and an example.
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The code, e.g. `unknown_reference`.
    #[arg(value_name = "CODE", required_unless_present = "list")]
    code: Option<String>,
    /// List every code with its default severity and meaning.
    #[arg(long, conflicts_with = "code")]
    list: bool,
}

/// An invalid document of the test corpus, embedded at build time.
pub struct Example {
    pub code: &'static str,
    pub file: &'static str,
    pub path: &'static str,
    pub severity: &'static str,
    pub note: &'static str,
    pub document: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// Lines of the document shown around the problem.
const CONTEXT_LINES: u64 = 6;

pub fn run(args: &Args, out: &mut Out) -> Result<u8, Failure> {
    if args.list {
        for &code in ErrorCode::ALL {
            writeln!(
                out,
                "{:<28} {:<7} {}",
                code.as_str(),
                code.default_severity().as_str(),
                code.description()
            )?;
        }
        return Ok(0);
    }
    let Some(text) = args.code.as_deref() else {
        return Err(Failure::usage("give a CODE, or --list"));
    };
    let code: ErrorCode = text
        .parse()
        .map_err(|e| Failure::usage(format!("{e}; `structured-news explain --list` lists them")))?;
    let colour = style::stdout();
    writeln!(
        out,
        "{}: {}\n",
        paint(colour, style::BOLD, code.as_str()),
        code.description()
    )?;
    let stage = match code.stage() {
        Stage::Read => "read (reading stops at the first such problem; it has no lint level)",
        Stage::Ledger => "ledger (found by `structured-news track` across articles; its level can be set with --allow, --warn, --deny)",
        _ => "validate (reported with every other problem; its level can be set with --allow, --warn, --deny)",
    };
    let severity = match code.default_severity() {
        Severity::Warning => "warning (the document is still accepted)",
        _ => "error (the document is refused)",
    };
    writeln!(out, "Stage: {stage}")?;
    writeln!(out, "Default severity: {severity}")?;
    match EXAMPLES.iter().find(|e| e.code == code.as_str()) {
        Some(example) => print_example(out, example, colour)?,
        None if code.stage() == Stage::Ledger => writeln!(
            out,
            "\nExamples: the streams of tests/fixtures/ledger/ (several articles each)."
        )?,
        None => writeln!(out, "\nNo example in the test corpus.")?,
    }
    Ok(0)
}

fn print_example(out: &mut Out, example: &Example, colour: bool) -> std::io::Result<()> {
    writeln!(
        out,
        "\nExample: tests/fixtures/invalid/{} ({}: {})",
        example.file, example.severity, example.note
    )?;
    let path = if example.path.is_empty() {
        "(root)"
    } else {
        example.path
    };
    let docs = read_documents(example.document);
    // A reading error says its line; a validation problem is found by its path.
    let at = match docs.first().map(|doc| &doc.result) {
        Some(Err(Error::Json(e))) => e.line().max(1) as u64,
        _ => locate(example.document, example.path).map_or(1, |(line, _)| line),
    };
    writeln!(out, "Path: {path}, line {at}\n")?;
    let text = String::from_utf8_lossy(example.document);
    let first = at.saturating_sub(CONTEXT_LINES / 2).max(1);
    let last = first + CONTEXT_LINES;
    let lines: Vec<&str> = text.lines().collect();
    let total = lines.len() as u64;
    if first > 1 {
        writeln!(out, "     ...")?;
    }
    for (number, line) in (1u64..).zip(&lines) {
        if number < first || number > last {
            continue;
        }
        let marker = if number == at { ">" } else { " " };
        let shown: String = line.chars().take(160).collect();
        let shown = if number == at {
            paint(colour, style::BOLD, &shown)
        } else {
            shown
        };
        writeln!(out, "{marker}{number:>4} | {shown}")?;
    }
    if last < total {
        writeln!(out, "     ...")?;
    }
    if lines.is_empty() {
        writeln!(out, "  (an empty document)")?;
    }
    let mut report = Vec::new();
    let mut totals = Totals::default();
    for doc in &docs {
        // Writing to a Vec cannot fail.
        let reporter = Reporter {
            output: Output::Text,
            colour,
        };
        let _ = reporter.report(
            &mut report,
            example.file,
            doc,
            report::text_of(example.document, doc),
            &mut totals,
        );
    }
    writeln!(
        out,
        "\n`structured-news validate {}` reports:\n{}",
        example.file,
        String::from_utf8_lossy(&report).trim_end()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_examples_cover_every_code_of_the_manifest() {
        assert!(EXAMPLES.len() >= 50, "{} examples", EXAMPLES.len());
        for example in EXAMPLES {
            assert!(
                example.code.parse::<ErrorCode>().is_ok(),
                "{}",
                example.code
            );
            assert!(!example.note.is_empty());
        }
    }
}
