//! `structured-news explain CODE`: what a code means, with an example.

use structured_news::stream::{locate, read_documents};
use structured_news::{Error, ErrorCode, Severity, Stage};

use crate::style::{self, paint};
use crate::validate::{Reporter, Totals};
use crate::Failure;

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

pub fn run(args: &Args) -> Result<u8, Failure> {
    if args.list {
        for &code in ErrorCode::ALL {
            println!(
                "{:<28} {:<7} {}",
                code.as_str(),
                code.default_severity().as_str(),
                code.description()
            );
        }
        return Ok(0);
    }
    let Some(text) = args.code.as_deref() else {
        return Err(Failure::usage("give a CODE, or --list"));
    };
    let code: ErrorCode = text.parse().map_err(|_| {
        Failure::usage(format!(
            "no error code {text:?}{}; `structured-news explain --list` lists them",
            did_you_mean(text)
        ))
    })?;
    let colour = style::stdout();
    println!(
        "{}: {}\n",
        paint(colour, style::BOLD, code.as_str()),
        code.description()
    );
    let stage = match code.stage() {
        Stage::Read => "read (reading stops at the first such problem; it has no lint level)",
        Stage::Ledger => "ledger (found by `structured-news track` across articles; its level can be set with --allow, --warn, --deny)",
        _ => "validate (reported with every other problem; its level can be set with --allow, --warn, --deny)",
    };
    let severity = match code.default_severity() {
        Severity::Warning => "warning (the document is still accepted)",
        _ => "error (the document is refused)",
    };
    println!("Stage: {stage}");
    println!("Default severity: {severity}");
    match EXAMPLES.iter().find(|e| e.code == code.as_str()) {
        Some(example) => print_example(example, colour),
        None if code.stage() == Stage::Ledger => {
            println!("\nExamples: the streams of tests/fixtures/ledger/ (several articles each).")
        }
        None => println!("\nNo example in the test corpus."),
    }
    Ok(0)
}

fn print_example(example: &Example, colour: bool) {
    println!(
        "\nExample: tests/fixtures/invalid/{} ({}: {})",
        example.file, example.severity, example.note
    );
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
    println!("Path: {path}, line {at}\n");
    let text = String::from_utf8_lossy(example.document);
    let first = at.saturating_sub(CONTEXT_LINES / 2).max(1);
    let last = first + CONTEXT_LINES;
    let lines: Vec<&str> = text.lines().collect();
    let total = lines.len() as u64;
    if first > 1 {
        println!("     ...");
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
        println!("{marker}{number:>4} | {shown}");
    }
    if last < total {
        println!("     ...");
    }
    if lines.is_empty() {
        println!("  (an empty document)");
    }
    let mut report = Vec::new();
    let mut totals = Totals::default();
    for doc in &docs {
        // Writing to a Vec cannot fail.
        let _ = Reporter::text(colour).report(
            &mut report,
            example.file,
            doc,
            Some(example.document),
            &mut totals,
        );
    }
    println!(
        "\n`structured-news validate {}` reports:\n{}",
        example.file,
        String::from_utf8_lossy(&report).trim_end()
    );
}

/// `"; did you mean `CODE`?"` for the code nearest to `text`, when one is
/// near enough; empty otherwise.
pub fn did_you_mean(text: &str) -> String {
    let best = ErrorCode::ALL
        .iter()
        .map(|&code| (distance(text, code.as_str()), code))
        .min_by_key(|&(d, _)| d);
    match best {
        Some((d, code)) if d <= 3.max(text.len() / 3) => {
            format!("; did you mean `{code}`?")
        }
        _ => String::new(),
    }
}

/// The Levenshtein distance between `a` and `b`, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_code() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(
            did_you_mean("unknown_refrence"),
            "; did you mean `unknown_reference`?"
        );
        assert_eq!(did_you_mean("zzzzzzzzzzzzzzzzzzzzzzzzz"), "");
    }

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
