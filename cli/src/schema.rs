//! `structured-news schema`: the JSON Schemas of the format.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;
use structured_news::schema::{type_schema, write_schema_files, Dialect, TYPE_NAMES};

use crate::output::{Failure, Out};

const AFTER_HELP: &str = "\
Without --out, prints the schema of one type (by default `article`, the root of the format) \
on stdout. With --out DIR, writes every file of the export under DIR and prints each path:
  DIR/article.schema.json                    JSON Schema 2020-12, root Article
  DIR/draft-07/article.schema.json           the same in draft-07
  DIR/openapi-3.0/components.json            an OpenAPI 3.0 document
  DIR/structured-output/article.schema.json  the profile for strict structured-output modes
  DIR/types/NAME.schema.json                 one 2020-12 schema per model type

Examples:
  structured-news schema > article.schema.json
  structured-news schema --dialect structured-output
  structured-news schema --dialect draft-07 --type meeting
  structured-news schema --out schemas";

/// Print or write the JSON Schemas of the format.
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The form of JSON Schema.
    #[arg(long, value_enum, default_value_t = DialectArg::Draft2020_12)]
    dialect: DialectArg,
    /// The model type, in snake_case (`article`, `meeting`, `commitment_status`, ...).
    #[arg(long = "type", value_name = "NAME", default_value = "article")]
    type_name: String,
    /// Write every schema file under DIR instead.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["dialect", "type_name"])]
    out: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
enum DialectArg {
    /// JSON Schema 2020-12 (`$defs`).
    #[value(name = "2020-12")]
    Draft2020_12,
    /// JSON Schema draft-07 (`definitions`).
    #[value(name = "draft-07")]
    Draft07,
    /// An OpenAPI 3.0 document (`components.schemas`).
    #[value(name = "openapi-3.0")]
    OpenApi3_0,
    /// The profile for language models' strict structured-output modes.
    #[value(name = "structured-output")]
    StructuredOutput,
}

impl From<DialectArg> for Dialect {
    fn from(dialect: DialectArg) -> Self {
        match dialect {
            DialectArg::Draft2020_12 => Dialect::Draft2020_12,
            DialectArg::Draft07 => Dialect::Draft07,
            DialectArg::OpenApi3_0 => Dialect::OpenApi3_0,
            DialectArg::StructuredOutput => Dialect::StructuredOutput,
        }
    }
}

pub fn run(args: &Args, out: &mut Out) -> Result<u8, Failure> {
    if let Some(dir) = &args.out {
        let paths = write_schema_files(dir).map_err(|e| {
            Failure::usage(format!(
                "cannot write the schemas to {}: {e}",
                dir.display()
            ))
        })?;
        for path in paths {
            writeln!(out, "{}", path.display())?;
        }
        return Ok(0);
    }
    let Some(schema) = type_schema(&args.type_name, args.dialect.into()) else {
        return Err(Failure::usage(format!(
            "no model type {:?}; the types are: {}",
            args.type_name,
            TYPE_NAMES.join(", ")
        )));
    };
    let text = serde_json::to_string_pretty(&schema)
        .map_err(|e| Failure::usage(format!("cannot write the schema: {e}")))?;
    writeln!(out, "{text}")?;
    Ok(0)
}
