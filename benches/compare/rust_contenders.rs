//! The Rust contenders of the peer comparison (`benches/compare/run.sh`),
//! each timed over the lines of one NDJSON file already in memory:
//!
//! - `rust:structured-news`: `Article::from_json_slice` per line (parse into
//!   the typed model and validate every rule);
//! - `rust:jsonschema`: `serde_json::from_slice::<Value>` then
//!   `Validator::is_valid` per line, the validator built once from
//!   `schemas/article.schema.json` (draft 2020-12, formats checked);
//! - `rust:jsonschema-prevalidated`: `is_valid` alone, over values parsed
//!   before the clock starts;
//! - `rust:structured-news-read`: its fast reader alone (the typed model,
//!   no rule), through the hidden `__readers::fast`;
//! - the bounds `rust:serde-ignored-any` (`serde_json::from_slice::<IgnoredAny>`,
//!   a bare syntax scan), `rust:serde-value` (`from_slice::<Value>`) and
//!   `rust:utf8` (`std::str::from_utf8`, the check every reader starts with).
//!
//! ```sh
//! cargo bench --bench compare -- FILE.ndjson [--repeat N] [--schema PATH]
//! ```
//!
//! Reading the file, splitting it into lines and building the validator are
//! outside the clock. Each contender runs once untimed to warm up, then
//! `--repeat` times (default 3), and the best (shortest) run is kept (the
//! median is printed too); every run must find every document
//! valid (the validators) or well-formed (the bounds), or the program
//! reports the first failing line and exits with 1. Before timing, each
//! validator must refuse a copy of the first document with an unknown
//! field, so that one that accepts everything is caught too. Usage and I/O
//! errors exit with 2.
//!
//! One line per contender goes to stdout, for the script to collect:
//!
//! ```text
//! RESULT contender=rust:structured-news documents=N bytes=B best_s=S median_s=S mb_per_s=R documents_per_s=D
//! ```
//!
//! `bytes` is the size of the file (newlines included), the same for every
//! contender; MB are decimal (10^6 bytes).

use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use serde::de::IgnoredAny;
use serde_json::Value;
use structured_news::Article;

const USAGE: &str =
    "usage: cargo bench --bench compare -- FILE.ndjson [--repeat N] [--schema PATH]";

struct Options {
    file: PathBuf,
    schema: PathBuf,
    repeat: usize,
}

/// Why the program stops: a usage or I/O error (exit 2) or a contender
/// that did not accept the corpus (exit 1).
enum Failure {
    Usage(String),
    Io(String),
    Rejected(String),
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("compare: {message}\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Io(message)) => {
            eprintln!("compare: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Rejected(message)) => {
            eprintln!("compare: FAILED: {message}");
            ExitCode::from(1)
        }
    }
}

fn parse_args() -> Result<Options, Failure> {
    let mut file = None;
    let mut schema = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas/article.schema.json");
    let mut repeat = 3;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            // `cargo bench` passes --bench to every bench binary.
            "--bench" => {}
            "--repeat" => {
                let value = args.next().unwrap_or_default();
                repeat = match value.parse::<usize>() {
                    Ok(n) if n > 0 => n,
                    _ => {
                        return Err(Failure::Usage(format!(
                            "--repeat takes a positive number, not {value:?}"
                        )))
                    }
                };
            }
            "--schema" => match args.next() {
                Some(path) => schema = PathBuf::from(path),
                None => return Err(Failure::Usage("--schema needs a path".into())),
            },
            _ if arg.starts_with('-') => {
                return Err(Failure::Usage(format!("unknown option {arg}")))
            }
            _ if file.is_none() => file = Some(PathBuf::from(arg)),
            _ => return Err(Failure::Usage(format!("one file only, not also {arg}"))),
        }
    }
    let file = file.ok_or_else(|| Failure::Usage("no input file".into()))?;
    Ok(Options {
        file,
        schema,
        repeat,
    })
}

fn run() -> Result<(), Failure> {
    let options = parse_args()?;
    let ndjson = std::fs::read(&options.file)
        .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", options.file.display())))?;
    let lines = split_lines(&ndjson);
    if lines.is_empty() {
        return Err(Failure::Usage(format!(
            "{} has no documents",
            options.file.display()
        )));
    }
    let schema_text = std::fs::read(&options.schema)
        .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", options.schema.display())))?;
    let schema: Value = serde_json::from_slice(&schema_text)
        .map_err(|e| Failure::Usage(format!("{} is not JSON: {e}", options.schema.display())))?;
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .map_err(|e| {
            Failure::Usage(format!(
                "{} is not a valid schema: {e}",
                options.schema.display()
            ))
        })?;

    // Canary: a copy of the first document with an unknown field must be
    // refused by both validators.
    let mut canary: Value = serde_json::from_slice(lines[0].1)
        .map_err(|e| Failure::Rejected(format!("line {}: not JSON: {e}", lines[0].0)))?;
    match canary.as_object_mut() {
        Some(object) => {
            object.insert("not_a_field_of_the_format".into(), Value::Bool(true));
        }
        None => {
            return Err(Failure::Rejected(format!(
                "line {}: not a JSON object",
                lines[0].0
            )))
        }
    }
    let canary_bytes = serde_json::to_vec(&canary)
        .map_err(|e| Failure::Rejected(format!("cannot write the canary: {e}")))?;
    if Article::from_json_slice(&canary_bytes).is_ok() {
        return Err(Failure::Rejected(
            "structured-news accepts a document with an unknown field".into(),
        ));
    }
    if validator.is_valid(&canary) {
        return Err(Failure::Rejected(
            "jsonschema accepts a document with an unknown field".into(),
        ));
    }

    let bytes = ndjson.len() as u64;
    let n = lines.len() as u64;
    let report = |name: &str, runs: Vec<f64>| -> Result<(), Failure> {
        let mut runs = runs;
        runs.sort_by(f64::total_cmp);
        let best = runs[0];
        let median = runs[(runs.len() - 1) / 2];
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "RESULT contender={name} documents={n} bytes={bytes} best_s={best:.6} median_s={median:.6} mb_per_s={:.2} documents_per_s={:.1}",
            bytes as f64 / 1e6 / best.max(1e-9),
            n as f64 / best.max(1e-9),
        )
        .and_then(|()| out.flush())
        .map_err(|e| Failure::Io(format!("cannot write the results: {e}")))
    };

    // (a) This crate: parse into the typed model and validate.
    let runs =
        time_runs(
            options.repeat,
            &lines,
            "structured-news",
            |line| match Article::from_json_slice(line) {
                Ok(article) => {
                    black_box(&article);
                    Ok(())
                }
                Err(e) => Err(e.to_string()),
            },
        )?;
    report("rust:structured-news", runs)?;

    // (a') Its fast reader alone: parse into the typed model, no rule (the
    // serde reader is not needed on valid input).
    let runs = time_runs(options.repeat, &lines, "structured-news reader", |line| {
        match structured_news::__readers::fast(line) {
            Some(article) => {
                black_box(&article);
                Ok(())
            }
            None => Err("the fast reader left a valid document to serde".into()),
        }
    })?;
    report("rust:structured-news-read", runs)?;

    // (b) The jsonschema crate: parse into a Value, then validate it.
    let runs = time_runs(options.repeat, &lines, "jsonschema", |line| {
        let value: Value = serde_json::from_slice(line).map_err(|e| e.to_string())?;
        if validator.is_valid(black_box(&value)) {
            Ok(())
        } else {
            Err(first_error(&validator, &value))
        }
    })?;
    report("rust:jsonschema", runs)?;

    // (b') The jsonschema crate's validation alone, on values parsed first.
    let mut values = Vec::with_capacity(lines.len());
    for &(number, line) in &lines {
        let value: Value = serde_json::from_slice(line)
            .map_err(|e| Failure::Rejected(format!("line {number}: not JSON: {e}")))?;
        values.push((number, value));
    }
    let runs = time_runs(
        options.repeat,
        &values,
        "jsonschema (pre-parsed)",
        |value| {
            if validator.is_valid(black_box(value)) {
                Ok(())
            } else {
                Err(first_error(&validator, value))
            }
        },
    )?;
    report("rust:jsonschema-preparsed", runs)?;
    drop(values);

    // (c) The bounds: a syntax scan, and parsing into a Value.
    let runs = time_runs(options.repeat, &lines, "serde IgnoredAny", |line| {
        serde_json::from_slice::<IgnoredAny>(line)
            .map(|v| {
                black_box(v);
            })
            .map_err(|e| e.to_string())
    })?;
    report("rust:serde-ignored-any", runs)?;
    let runs = time_runs(options.repeat, &lines, "serde Value", |line| {
        serde_json::from_slice::<Value>(line)
            .map(|v| {
                black_box(v);
            })
            .map_err(|e| e.to_string())
    })?;
    report("rust:serde-value", runs)?;
    let runs = time_runs(options.repeat, &lines, "UTF-8", |line| {
        std::str::from_utf8(line)
            .map(|v| {
                black_box(v);
            })
            .map_err(|e| e.to_string())
    })?;
    report("rust:utf8", runs)?;
    Ok(())
}

/// The non-empty lines of an NDJSON file with their 1-based line numbers
/// (a trailing `\r` is dropped).
fn split_lines(ndjson: &[u8]) -> Vec<(usize, &[u8])> {
    ndjson
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, line)| (i + 1, line.strip_suffix(b"\r").unwrap_or(line)))
        .filter(|(_, line)| !line.is_empty())
        .collect()
}

/// Runs `check` over every item once untimed (to warm caches and the
/// allocator), then `repeat` times timed, and returns the seconds of each
/// timed run; fails when `check` refuses any item.
fn time_runs<T>(
    repeat: usize,
    items: &[(usize, T)],
    name: &str,
    mut check: impl FnMut(&T) -> Result<(), String>,
) -> Result<Vec<f64>, Failure> {
    let mut runs = Vec::with_capacity(repeat);
    for run in 0..=repeat {
        let mut accepted = 0usize;
        let mut first_refused = None;
        let started = Instant::now();
        for (number, item) in items {
            match check(black_box(item)) {
                Ok(()) => accepted += 1,
                Err(message) => {
                    if first_refused.is_none() {
                        first_refused = Some((*number, message));
                    }
                }
            }
        }
        let seconds = started.elapsed().as_secs_f64();
        if accepted != items.len() {
            let (number, message) = first_refused.unwrap_or_default();
            return Err(Failure::Rejected(format!(
                "{name}: {accepted} of {} documents accepted; first refused: line {number}: {message}",
                items.len()
            )));
        }
        if run > 0 {
            runs.push(seconds);
        }
    }
    Ok(runs)
}

fn first_error(validator: &jsonschema::Validator, value: &Value) -> String {
    match validator.iter_errors(value).next() {
        Some(error) => format!("{}: {error}", error.instance_path()),
        None => "refused without an error".into(),
    }
}
