//! `structured-news review`: a self-contained HTML page per article to
//! read an extraction against its text and give verdicts, and the totals
//! of the verdicts given.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use clap::{ArgMatches, ValueEnum};
use serde_json::Value;
use structured_news_review::{
    article_page, index_page, page_file_name, Page, Summary, VerdictFile,
};

use crate::input::{self, display_name};
use crate::lints;
use crate::output::{Failure, Out};

const AFTER_HELP: &str = "\
Each FILE is one article (a .json file; a JSON array of articles is read as several) or NDJSON, \
one article per line (`-` for stdin). With one article and an --out PATH ending in .html, the page \
is written there; otherwise PATH is a directory that gets one page per article (named after its \
id) and index.html. Each page holds its style and script: it is opened from the file and fetches \
nothing. An invalid article gets its page too, with every problem listed where it is.

With --summary, each FILE is a file of verdicts downloaded from the pages (schema: \
schemas/review/verdicts.schema.json), and their totals are printed per record kind and per field.

Exit status: 0 when the pages are written (or the totals printed), 1 when a verdict file is not \
one, 2 on a usage or I/O error.

Examples:
  structured-news review article.json --out article.html
  structured-news review batch.ndjson --out review/
  structured-news review --summary verdicts-*.json";

/// Write HTML pages to review extractions against their articles, or total the verdicts given.
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Where to write: a .html file for one article, or a directory.
    #[arg(long, value_name = "PATH", required_unless_present = "summary")]
    out: Option<PathBuf>,
    /// Read FILEs as verdicts downloaded from review pages and print their totals.
    #[arg(long, conflicts_with = "out")]
    summary: bool,
    /// The form of the totals (with --summary).
    #[arg(long, value_enum, default_value_t = Output::Table, requires = "summary")]
    output: Output,
    /// Do not report CODE (repeatable).
    #[arg(long, value_name = "CODE")]
    allow: Vec<String>,
    /// Report CODE as a warning (repeatable).
    #[arg(long, value_name = "CODE")]
    warn: Vec<String>,
    /// Report CODE as an error (repeatable).
    #[arg(long, value_name = "CODE")]
    deny: Vec<String>,
    /// The articles (or, with --summary, the verdict files); `-` for stdin.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
enum Output {
    /// A table a person reads.
    Table,
    /// The totals as one JSON object.
    Json,
}

/// The whole of `path` (`-` for stdin).
fn read_all(path: &Path) -> Result<Vec<u8>, Failure> {
    let mut input = input::open(path)?;
    let mut bytes = Vec::new();
    input
        .reader
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::usage(format!("cannot read {}: {e}", display_name(path))))?;
    Ok(bytes)
}

/// The articles of one file, each as its own JSON text.
fn documents(path: &Path, bytes: Vec<u8>) -> Vec<Vec<u8>> {
    let named_json = path.extension().is_some_and(|e| e == "json");
    let whole = if named_json {
        !input::holds_ndjson(&bytes)
    } else {
        // As `validate` tells them: a pretty-printed document is read whole.
        let first = bytes
            .split(|&b| b == b'\n')
            .find(|line| !line.iter().all(u8::is_ascii_whitespace));
        first.is_some_and(|line| serde_json::from_slice::<serde::de::IgnoredAny>(line).is_err())
            && !input::holds_ndjson(&bytes)
    };
    if whole {
        if let Ok(Value::Array(items)) = serde_json::from_slice::<Value>(&bytes) {
            return items
                .iter()
                .map(|item| item.to_string().into_bytes())
                .collect();
        }
        return vec![bytes];
    }
    bytes
        .split(|&b| b == b'\n')
        .filter(|line| !line.iter().all(u8::is_ascii_whitespace))
        .map(<[u8]>::to_vec)
        .collect()
}

/// A file name for the page of `id` (as the ledger page links it), with a
/// number after a name already taken.
fn file_name(id: &str, taken: &mut std::collections::BTreeSet<String>) -> String {
    let first = page_file_name(id);
    let stem = first.trim_end_matches(".html").to_owned();
    let mut name = first;
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{stem}-{n}.html");
        n += 1;
    }
    taken.insert(name.clone());
    name
}

fn write_file(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text)
        .map_err(|e| Failure::usage(format!("cannot write {}: {e}", path.display())))
}

pub fn run(args: &Args, matches: &ArgMatches, out: &mut Out) -> Result<u8, Failure> {
    if args.summary {
        return summary(args, out);
    }
    let Some(target) = args.out.as_deref() else {
        return Err(Failure::usage("give --out PATH, or --summary"));
    };
    let lints = lints::from_flags(matches, false)?;
    let mut docs = Vec::new();
    for path in &args.files {
        docs.extend(documents(path, read_all(path)?));
    }
    let one_file = target.extension().is_some_and(|e| e == "html");
    if let ([doc], true) = (docs.as_slice(), one_file) {
        let page = article_page(doc, &lints);
        write_file(target, &page.html)?;
        report_page(out, target, &page)?;
        return Ok(0);
    }
    if one_file {
        return Err(Failure::usage(format!(
            "{} articles need a directory for --out, not the file {}",
            docs.len(),
            target.display()
        )));
    }
    std::fs::create_dir_all(target)
        .map_err(|e| Failure::usage(format!("cannot create {}: {e}", target.display())))?;
    let mut taken = std::collections::BTreeSet::new();
    let mut listed = Vec::new();
    for doc in &docs {
        // Each page is written as soon as it is made; the index needs
        // only its counts.
        let mut page = article_page(doc, &lints);
        let name = file_name(&page.id, &mut taken);
        let path = target.join(&name);
        write_file(&path, &page.html)?;
        report_page(out, &path, &page)?;
        page.html = String::new();
        listed.push((page, name));
    }
    let index: Vec<(&Page, &str)> = listed
        .iter()
        .map(|(page, name)| (page, name.as_str()))
        .collect();
    let path = target.join("index.html");
    write_file(&path, &index_page(&index))?;
    writeln!(out, "{}: {} articles", path.display(), listed.len())?;
    Ok(0)
}

/// The line that says a page was written, and what it shows.
fn report_page(out: &mut Out, path: &Path, page: &Page) -> std::io::Result<()> {
    writeln!(
        out,
        "{}: {} records, {} spans, {} errors, {} warnings",
        path.display(),
        page.records,
        page.spans,
        page.errors,
        page.warnings
    )
}

fn summary(args: &Args, out: &mut Out) -> Result<u8, Failure> {
    let mut files = Vec::new();
    for path in &args.files {
        let bytes = read_all(path)?;
        let file: VerdictFile = serde_json::from_slice(&bytes).map_err(|e| {
            Failure::invalid(format!(
                "{}: not a file of verdicts: {e}",
                display_name(path)
            ))
        })?;
        if file.format != VerdictFile::FORMAT {
            return Err(Failure::invalid(format!(
                "{}: not a file of verdicts: its format is {:?}, not {:?}",
                display_name(path),
                file.format,
                VerdictFile::FORMAT
            )));
        }
        files.push(file);
    }
    let totals = Summary::of(&files);
    match args.output {
        Output::Table => write!(out, "{}", totals.to_table())?,
        Output::Json => {
            serde_json::to_writer_pretty(&mut *out, &totals).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
    }
    Ok(0)
}
