//! Converts an article to the standards `structured_news::interop` writes,
//! or a ninjs document back to an article.
//!
//! ```sh
//! cargo run --example convert -- --to ninjs ARTICLE.json     # IPTC ninjs 3.1
//! cargo run --example convert -- --to ninjs --embed ARTICLE.json  # ... carrying the whole article
//! cargo run --example convert -- --to jsonld ARTICLE.json    # schema.org JSON-LD
//! cargo run --example convert -- --to plover ARTICLE.json    # PLOVER records, NDJSON
//! cargo run --example convert -- --from ninjs NINJS.json     # ninjs -> article
//! ```
//!
//! The result goes to stdout. Exit status: 0 on success, 1 when the input
//! is not a valid article (or a ninjs document that cannot be read as
//! one), 2 on a usage or I/O error; the reason goes to stderr.

use std::process::ExitCode;

use structured_news::interop::{
    from_ninjs_str, to_jsonld, to_ninjs, to_ninjs_with_article, to_plover_ndjson,
};
use structured_news::Article;

const USAGE: &str =
    "usage: convert --to ninjs|jsonld|plover [--embed] FILE\n       convert --from ninjs FILE";

enum Job {
    To(&'static str),
    FromNinjs,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (job, embed, file) = match parse(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("convert: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("convert: cannot read {file}: {e}");
            return ExitCode::from(2);
        }
    };
    let output = match job {
        Job::FromNinjs => match from_ninjs_str(&text) {
            Ok(article) => pretty(&serde_json::to_value(&article).expect("an article serializes")),
            Err(e) => {
                eprintln!("convert: {file}: {e}");
                return ExitCode::from(1);
            }
        },
        Job::To(target) => {
            let article = match Article::from_json_str(&text) {
                Ok(article) => article,
                Err(e) => {
                    eprintln!("convert: {file} is not a valid article: {e}");
                    if let Some(problems) = e.validation_errors() {
                        for p in problems.iter() {
                            eprintln!("  {} {}: {}", p.code(), p.path(), p.message());
                        }
                    }
                    return ExitCode::from(1);
                }
            };
            match target {
                "ninjs" if embed => pretty(&to_ninjs_with_article(&article)),
                "ninjs" => pretty(&to_ninjs(&article)),
                "jsonld" => pretty(&to_jsonld(&article)),
                _ => to_plover_ndjson(&article),
            }
        }
    };
    print!("{output}");
    ExitCode::SUCCESS
}

fn pretty(value: &serde_json::Value) -> String {
    format!(
        "{}\n",
        serde_json::to_string_pretty(value).expect("a JSON value serializes")
    )
}

fn parse(args: &[String]) -> Result<(Job, bool, String), String> {
    let mut job = None;
    let mut embed = false;
    let mut file = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--to" => {
                let target = rest.next().ok_or("--to needs a format")?;
                job = Some(Job::To(match target.as_str() {
                    "ninjs" => "ninjs",
                    "jsonld" => "jsonld",
                    "plover" => "plover",
                    other => return Err(format!("unknown format {other:?}")),
                }));
            }
            "--from" => match rest.next().map(String::as_str) {
                Some("ninjs") => job = Some(Job::FromNinjs),
                Some(other) => return Err(format!("cannot read from {other:?}, only from ninjs")),
                None => return Err("--from needs a format".into()),
            },
            "--embed" => embed = true,
            "-h" | "--help" => return Err("help".into()),
            other if other.starts_with('-') => return Err(format!("unknown option {other}")),
            other if file.is_none() => file = Some(other.to_owned()),
            other => return Err(format!("one file only (also got {other})")),
        }
    }
    let job = job.ok_or("give --to FORMAT or --from ninjs")?;
    if embed && !matches!(job, Job::To("ninjs")) {
        return Err("--embed goes with --to ninjs".into());
    }
    Ok((job, embed, file.ok_or("no FILE given")?))
}
