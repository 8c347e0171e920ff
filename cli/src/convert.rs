//! `structured-news convert`: to ninjs, JSON-LD or PLOVER, or from ninjs.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;
use structured_news::interop::{
    from_ninjs_str, to_jsonld, to_ninjs, to_ninjs_with_article, to_plover_ndjson,
};
use structured_news::Article;

use crate::input::{self, display_name};
use crate::output::{Failure, Out};

const AFTER_HELP: &str = "\
The result goes to stdout. Exit status: 0 on success, 1 when the input is not a valid \
article (or a ninjs document that cannot be read as one), 2 on a usage or I/O error.

Examples:
  structured-news convert --to ninjs article.json           IPTC ninjs 3.1
  structured-news convert --to ninjs --embed article.json   ... carrying the whole article
  structured-news convert --to jsonld article.json          schema.org JSON-LD
  structured-news convert --to plover article.json          PLOVER records, NDJSON
  structured-news convert --from ninjs ninjs.json           ninjs -> article";

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
    let text = std::io::read_to_string(input::open(&args.file)?.reader)
        .map_err(|e| Failure::usage(format!("cannot read {name}: {e}")))?;
    let output = match args.to {
        None => {
            let article =
                from_ninjs_str(&text).map_err(|e| Failure::invalid(format!("{name}: {e}")))?;
            pretty(&serde_json::to_value(&article).map_err(|e| Failure::usage(e.to_string()))?)?
        }
        Some(target) => {
            let article = Article::from_json_str(&text)
                .map_err(|e| Failure::invalid(format!("{name} is not a valid article: {e}")))?;
            match target {
                Target::Ninjs if args.embed => pretty(&to_ninjs_with_article(&article))?,
                Target::Ninjs => pretty(&to_ninjs(&article))?,
                Target::Jsonld => pretty(&to_jsonld(&article))?,
                Target::Plover => to_plover_ndjson(&article),
            }
        }
    };
    out.write_all(output.as_bytes())?;
    Ok(0)
}

fn pretty(value: &serde_json::Value) -> Result<String, Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::usage(format!("cannot write the result: {e}")))?;
    Ok(format!("{text}\n"))
}
