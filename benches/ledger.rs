//! The ledger at scale: generates a tracked corpus (brief articles of one
//! meeting, three statements and one commitment; every article after the
//! first updates the commitment of one of the 100 before it) to a file,
//! then reads it into a [`Ledger`], writes the report's JSON while it is
//! made (`report_json`, to a sink that counts the bytes) and then builds
//! the report whole (`report`), printing articles per second and the peak
//! memory (`VmHWM`) after each step against the records kept.
//!
//! ```sh
//! cargo bench --bench ledger -- 1000000
//! ```

#[path = "support/corpus.rs"]
mod corpus;

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::time::Instant;

use structured_news::Ledger;

/// The peak resident set of this process, in KiB, from /proc.
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A sink that counts the bytes written to it.
struct Counted(u64);

impl Write for Counted {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len() as u64;
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn main() {
    // The first number that is not the value of a flag: criterion-style
    // flags (`--measurement-time 3`) leave the default count.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count: u64 = args
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            i.checked_sub(1)
                .and_then(|p| args.get(p))
                .is_none_or(|p| !p.starts_with("--") || p == "--bench")
        })
        .find_map(|(_, a)| a.parse().ok())
        .unwrap_or(100_000);
    let path = std::env::temp_dir().join(format!("structured-news-ledger-{count}.ndjson"));
    let started = Instant::now();
    let mut bytes = 0u64;
    {
        let mut out = BufWriter::new(File::create(&path).expect("a temporary file"));
        for n in 0..count {
            let article = corpus::tracked_article(1, n);
            let line = serde_json::to_vec(&article).expect("articles serialize");
            bytes += line.len() as u64 + 1;
            out.write_all(&line).expect("write");
            out.write_all(b"\n").expect("write");
        }
        out.flush().expect("write");
    }
    let generated = started.elapsed();
    let before = peak_kib().unwrap_or(0);

    let started = Instant::now();
    let mut ledger = Ledger::new();
    let summary = ledger.read_ndjson(BufReader::new(File::open(&path).expect("the corpus")));
    let read = started.elapsed();
    let after_reading = peak_kib().unwrap_or(0);
    let started = Instant::now();
    let mut counted = Counted(0);
    serde_json::to_writer(&mut counted, &ledger.report_json()).expect("the report serializes");
    let streamed = started.elapsed();
    let after_streaming = peak_kib().unwrap_or(0);
    let started = Instant::now();
    let report = ledger.report();
    let reported = started.elapsed();
    let peak = peak_kib().unwrap_or(0);
    let _ = std::fs::remove_file(&path);

    let steps: usize = report.commitments.iter().map(|c| c.history.len()).sum();
    let records = report.commitments.len() + report.meetings.len();
    println!(
        "{count} tracked articles, {:.1} MB of NDJSON (generated in {:.1} s)",
        bytes as f64 / 1e6,
        generated.as_secs_f64()
    );
    println!(
        "read, validate and take: {:.1} s, {:.0} articles/s, {:.0} MB/s ({} taken, {} refused)",
        read.as_secs_f64(),
        count as f64 / read.as_secs_f64(),
        bytes as f64 / 1e6 / read.as_secs_f64(),
        summary.taken,
        summary.refused
    );
    println!(
        "report's JSON written while made: {:.1} s, {:.1} MB",
        streamed.as_secs_f64(),
        counted.0 as f64 / 1e6
    );
    println!(
        "report: {:.1} s; {} commitments ({} history steps), {} meetings, {} conflicts, {} problems",
        reported.as_secs_f64(),
        report.commitments.len(),
        steps,
        report.meetings.len(),
        report.conflicts.len(),
        report.problems.len()
    );
    let per_record =
        |kib: u64| (kib.saturating_sub(before) as f64 * 1024.0) / records.max(1) as f64;
    println!(
        "peak memory: {:.0} MiB holding the ledger ({:.0} bytes per commitment or meeting kept), \
         {:.0} MiB writing its JSON ({:.0} bytes per record), \
         {:.0} MiB with its report whole ({:.0} bytes per record); {:.0} MiB before reading",
        after_reading as f64 / 1024.0,
        per_record(after_reading),
        after_streaming as f64 / 1024.0,
        per_record(after_streaming),
        peak as f64 / 1024.0,
        per_record(peak),
        before as f64 / 1024.0,
    );
}
