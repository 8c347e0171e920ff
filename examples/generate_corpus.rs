//! Writes a deterministic corpus of realistic articles as NDJSON, for
//! benchmarks and load tests.
//!
//! ```sh
//! cargo run --release --example generate_corpus -- --size medium --count 1000 > medium.ndjson
//! cargo run --release --example generate_corpus -- --size large --bytes 1000000000 --seed 7 > 1gb.ndjson
//! ```
//!
//! `--size` is `small` (metadata only), `medium` (like the 4 December 2023
//! article) or `large` (a 20 KB body, 50 statements with evidence, 32
//! entities), or `tracked`: the ledger bench's brief articles of one
//! meeting, three statements and one commitment, each after the first
//! updating the commitment of one of the 100 before it (for `track` and
//! `tables` at scale). Give `--count` documents or stop after `--bytes`;
//! `--seed` (default 1) varies the content. The same arguments give the
//! same bytes.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: generate_corpus --size small|medium|large|tracked (--count N | --bytes N) [--seed N]";

fn main() -> ExitCode {
    let mut size = None;
    let mut tracked = false;
    let mut count = None;
    let mut bytes = None;
    let mut seed = 1u64;
    let mut args = std::env::args().skip(1);
    while let Some(option) = args.next() {
        let value = args.next().unwrap_or_default();
        let number = value.parse::<u64>().ok();
        let known = match option.as_str() {
            "--size" if value == "tracked" => {
                tracked = true;
                size = Some(corpus::Size::Small);
                Some(())
            }
            "--size" => corpus::Size::parse(&value).map(|s| size = Some(s)),
            "--count" => number.map(|n| count = Some(n)),
            "--bytes" => number.map(|n| bytes = Some(n)),
            "--seed" => number.map(|n| seed = n),
            _ => None,
        };
        if known.is_none() {
            eprintln!("generate_corpus: bad option {option} {value:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let (Some(size), true) = (size, count.is_some() != bytes.is_some()) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut written = 0u64;
    let mut n = 0u64;
    while count.is_none_or(|c| n < c) && bytes.is_none_or(|b| written < b) {
        let article = if tracked {
            corpus::tracked_article(seed, n)
        } else {
            corpus::article(size, seed, n)
        };
        let mut line = match serde_json::to_vec(&article) {
            Ok(line) => line,
            Err(e) => {
                eprintln!("generate_corpus: {e}");
                return ExitCode::FAILURE;
            }
        };
        line.push(b'\n');
        if let Err(e) = out.write_all(&line) {
            eprintln!("generate_corpus: {e}");
            return ExitCode::FAILURE;
        }
        written += line.len() as u64;
        n += 1;
    }
    if let Err(e) = out.flush() {
        eprintln!("generate_corpus: {e}");
        return ExitCode::FAILURE;
    }
    let name = if tracked { "tracked" } else { size.name() };
    eprintln!("{n} {name} articles, {written} bytes");
    ExitCode::SUCCESS
}
