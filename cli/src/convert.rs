//! `structured-news convert`: to ninjs, JSON-LD or PLOVER, or from ninjs.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::PathBuf;

use clap::ValueEnum;
use structured_news::interop::{
    embedded_article, from_ninjs, to_jsonld, to_ninjs, to_ninjs_with_article, to_plover_ndjson,
};
use structured_news::stream::Batches;
use structured_news::{Article, Lints};

use crate::input::{self, display_name, is_stdin, Format};
use crate::output::{self, Failure, Out};
use crate::report::{self, Reporter, Totals};
use crate::style;

/// The size an NDJSON batch grows to before it is converted.
const BATCH_BYTES: usize = 1 << 20;

const AFTER_HELP: &str = "\
The result goes to stdout. NDJSON in (an .ndjson or .jsonl file, stdin or a file whose first \
line is a whole JSON value with more after it, or `--format ndjson`) gives NDJSON out: one \
result a line, in input order (PLOVER: the records of each article); a line that cannot be \
converted is left out and reported on stderr with its line, and the others are converted. \
`--from ninjs` restores the whole article that `--to ninjs --embed` carried.

Exit status: 0 on success, 1 when the input (or any NDJSON line) is not a valid article (or \
a ninjs document that cannot be read as one), 2 on a usage or I/O error.

Examples:
  structured-news convert --to ninjs article.json           IPTC ninjs 3.1
  structured-news convert --to ninjs --embed article.json   ... carrying the whole article
  structured-news convert --to jsonld article.json          schema.org JSON-LD
  structured-news convert --to plover article.json          PLOVER records, NDJSON
  structured-news convert --from ninjs ninjs.json           ninjs -> article
  structured-news convert --to jsonld articles.ndjson       one JSON-LD document a line";

/// Convert an article to ninjs, JSON-LD or PLOVER, or a ninjs document to an article.
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The format to write the article in.
    #[arg(
        long,
        value_enum,
        required_unless_present = "from",
        conflicts_with = "from"
    )]
    to: Option<Target>,
    /// Read FILE as a ninjs document and write it as an article.
    #[arg(long, value_enum)]
    from: Option<Source>,
    /// With --to ninjs: carry the whole article inside the ninjs document.
    #[arg(long, requires = "to")]
    embed: bool,
    /// Read FILE as NDJSON (one document a line) or as one JSON document
    /// [default: told by its name and its first line].
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<Format>,
    /// The file to convert; `-` for stdin.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
enum Target {
    /// IPTC ninjs 3.1.
    Ninjs,
    /// schema.org JSON-LD.
    Jsonld,
    /// PLOVER records, one a line.
    Plover,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
enum Source {
    /// IPTC ninjs.
    Ninjs,
}

pub fn run(args: &Args, out: &mut Out) -> Result<u8, Failure> {
    if args.embed && args.to != Some(Target::Ninjs) {
        return Err(Failure::usage("--embed goes with --to ninjs"));
    }
    let name = display_name(&args.file);
    let cannot_read = |e: std::io::Error| Failure::usage(format!("cannot read {name}: {e}"));
    let opened = input::open(&args.file)?;
    let named_ndjson = matches!(
        args.file.extension().and_then(|e| e.to_str()),
        Some("ndjson" | "jsonl")
    );
    let (opened, format) = match args.format {
        Some(format) => (opened, format),
        None if is_stdin(&args.file) || named_ndjson => {
            input::sniff_ndjson(opened, None).map_err(cannot_read)?
        }
        None => (opened, Format::Json),
    };
    if format == Format::Ndjson {
        return ndjson(args, &name, opened.reader, out);
    }
    let mut bytes = Vec::new();
    let mut reader = opened.reader;
    reader.read_to_end(&mut bytes).map_err(cannot_read)?;
    if args.format.is_none() && input::holds_ndjson(&bytes) {
        return ndjson(args, &name, Box::new(io::Cursor::new(bytes)), out);
    }
    let output = match args.to {
        None => {
            let article = from_ninjs_bytes(&bytes)
                .map_err(|message| Failure::invalid(format!("{name}: {message}")))?;
            pretty(&serde_json::to_value(&article).map_err(|e| Failure::usage(e.to_string()))?)?
        }
        Some(target) => {
            let article = Article::from_json_slice(&bytes)
                .map_err(|e| Failure::invalid(format!("{name} is not a valid article: {e}")))?;
            match target {
                Target::Plover => to_plover_ndjson(&article),
                _ => pretty(&export(target, args.embed, &article))?,
            }
        }
    };
    out.write_all(output.as_bytes())?;
    Ok(0)
}

/// The article as `target` (not PLOVER, whose records are lines of their own).
fn export(target: Target, embed: bool, article: &Article) -> serde_json::Value {
    match target {
        Target::Ninjs if embed => to_ninjs_with_article(article),
        Target::Ninjs | Target::Plover => to_ninjs(article),
        Target::Jsonld => to_jsonld(article),
    }
}

/// A ninjs document as an article: the article it carries, when it was
/// written by `--to ninjs --embed`, read back whole; otherwise what ninjs
/// holds of one. The error is the message to print.
fn from_ninjs_bytes(bytes: &[u8]) -> Result<Article, String> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| format!("ninjs (root): not JSON: {e}"))?;
    match embedded_article(&value) {
        Ok(Some(article)) => Ok(article),
        Ok(None) => from_ninjs(&value).map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// Converts NDJSON, one document a line, into NDJSON, one result a line
/// (for PLOVER, the records of each article): a line that cannot be
/// converted is left out and reported on stderr with its line, and the
/// exit status is then 1.
fn ndjson(
    args: &Args,
    name: &str,
    reader: Box<dyn Read + Send>,
    out: &mut Out,
) -> Result<u8, Failure> {
    let reader = BufReader::with_capacity(BATCH_BYTES, reader);
    let mut failed = false;
    match args.to {
        None => {
            let mut lines = reader.split(b'\n');
            let mut line = 0u64;
            while let Some(text) = lines.next().transpose().map_err(|e| read_error(name, &e))? {
                line += 1;
                if text.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                match from_ninjs_bytes(&text) {
                    Ok(article) => {
                        let json = serde_json::to_string(&article)
                            .map_err(|e| Failure::usage(format!("cannot write the result: {e}")))?;
                        writeln!(out, "{json}")?;
                    }
                    Err(message) => {
                        failed = true;
                        output::note(&format!("{name}:{line}: {message}"));
                    }
                }
            }
        }
        Some(target) => {
            let reporter = Reporter {
                output: report::Output::Text,
                colour: style::stderr(),
            };
            let mut totals = Totals::default();
            for batch in Batches::new(reader, BATCH_BYTES) {
                let mut docs = batch.documents(&Lints::new());
                while let Some(doc) = docs.next() {
                    match &doc.result {
                        Ok(article) if target == Target::Plover => {
                            out.write_all(to_plover_ndjson(article).as_bytes())?;
                        }
                        Ok(article) => {
                            writeln!(out, "{}", export(target, args.embed, article))?;
                        }
                        Err(_) => {
                            failed = true;
                            // Failing to write to stderr leaves nowhere to say so.
                            let _ = reporter.report(
                                &mut io::stderr().lock(),
                                name,
                                &doc,
                                docs.text(&doc),
                                &mut totals,
                            );
                        }
                    }
                }
            }
            // An I/O error is reported as the problem of its line.
            if totals.io_failed {
                return Ok(2);
            }
        }
    }
    Ok(u8::from(failed))
}

fn read_error(name: &str, e: &io::Error) -> Failure {
    Failure::usage(format!("cannot read {name}: {e}"))
}

fn pretty(value: &serde_json::Value) -> Result<String, Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::usage(format!("cannot write the result: {e}")))?;
    Ok(format!("{text}\n"))
}
