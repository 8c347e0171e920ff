//! Writes the JSON Schemas of the format.
//!
//! ```sh
//! cargo run --example export_schemas -- [DIR]
//! ```
//!
//! `DIR` defaults to `schemas/`. It writes exactly these files, and prints
//! each path on stdout:
//!
//! - `DIR/article.schema.json`: JSON Schema 2020-12, root `Article`;
//! - `DIR/draft-07/article.schema.json`: the same in draft-07;
//! - `DIR/openapi-3.0/components.json`: an OpenAPI 3.0 document;
//! - `DIR/structured-output/article.schema.json`: the profile for
//!   language models' strict structured-output modes;
//! - `DIR/types/NAME.schema.json`: one 2020-12 schema per model type.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let dir = args
        .next()
        .map_or_else(|| PathBuf::from("schemas"), PathBuf::from);
    if args.next().is_some() {
        eprintln!("usage: export_schemas [DIR]");
        return ExitCode::from(2);
    }
    match structured_news::schema::write_schema_files(&dir) {
        Ok(paths) => {
            for path in paths {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("could not write the schemas to {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
