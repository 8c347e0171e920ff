//! Fuzz target: the stream readers (`NdjsonReader`, `Batches` against
//! it), `locate` and the ledger on arbitrary bytes. None of them may panic; the checks below are the documented
//! shape of their results.

#![no_main]

use std::io::BufReader;

use libfuzzer_sys::fuzz_target;
use structured_news::stream::{locate, read_documents, Batches, Entry, NdjsonReader};
use structured_news::{Article, Error, ErrorCode, Ledger};

/// The size cap the target reads NDJSON with.
const CAP: u64 = 4096;

const POINTERS: &[&str] = &[
    "",
    "/",
    "/id",
    "/body",
    "/statements/0/speaker",
    "/meetings/1/date",
    "/entities/people/0/name",
    "/0",
    "/0/id",
    "/a~1b/~0",
    "/commitments/99999999999999999999999/due",
];

/// What a document came to: `None` for an article, else the error's code.
fn outcome(result: &Result<Article, Error>) -> Option<ErrorCode> {
    result.as_ref().err().map(Error::code)
}

fuzz_target!(|data: &[u8]| {
    // NDJSON with a size cap, read from the slice itself.
    let docs: Vec<Entry> = NdjsonReader::new(data).max_document_bytes(CAP).collect();
    let mut previous_offset = None;
    let (mut newlines, mut counted) = (0, 0);
    for doc in &docs {
        assert!(
            previous_offset.is_none_or(|p| doc.offset > p),
            "documents out of order"
        );
        previous_offset = Some(doc.offset);
        let start = doc.offset as usize;
        let end = doc.offset.saturating_add(doc.bytes);
        assert!(
            end <= data.len() as u64,
            "document {start}..{end} is past the input"
        );
        let end = end as usize;
        // A document is a whole line: it starts the input or follows a
        // newline, and ends at a newline or the end of the input.
        assert!(
            start == 0 || data[start - 1] == b'\n',
            "document at {start} does not start a line"
        );
        assert!(
            end == data.len() || data[end] == b'\n',
            "document {start}..{end} does not end its line"
        );
        // Count the newlines up to this document (incrementally: inputs may
        // have tens of thousands of lines).
        newlines += data[counted..start].iter().filter(|&&b| b == b'\n').count();
        counted = start;
        assert_eq!(doc.line, newlines as u64 + 1, "the line of offset {start}");
        let text = &data[start..end];
        assert!(!text.contains(&b'\n'), "a document spans lines");
        // (A line of JSON white space is blank; whether one with a form
        // feed is, is the reader's choice.)
        assert!(
            !text.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')),
            "a blank line was read as a document"
        );
        match &doc.result {
            Err(Error::TooLarge { limit }) => {
                assert_eq!(*limit, CAP);
                assert!(
                    doc.bytes > CAP,
                    "a {}-byte document refused as too large",
                    doc.bytes
                );
            }
            result => {
                assert!(
                    doc.bytes <= CAP,
                    "a {}-byte document was read past the cap",
                    doc.bytes
                );
                assert_eq!(
                    outcome(result),
                    outcome(&Article::from_json_slice(text)),
                    "the NDJSON reader and from_json_slice disagree on line {}",
                    doc.line
                );
            }
        }
    }

    // The same through a 61-byte buffer, so lines longer than the buffer
    // and the cap are read in pieces: the same documents.
    let small: Vec<Entry> = NdjsonReader::new(BufReader::with_capacity(61, data))
        .max_document_bytes(CAP)
        .collect();
    assert_eq!(
        small.len(),
        docs.len(),
        "the buffer size changes the number of documents"
    );
    for (a, b) in docs.iter().zip(&small) {
        assert_eq!(
            (a.line, a.offset, a.bytes, outcome(&a.result)),
            (b.line, b.offset, b.bytes, outcome(&b.result)),
            "the buffer size changes a document"
        );
    }

    // Cut into batches (of a few bytes, so that lines fall on every side
    // of a batch's end) and read where they lie: the same documents.
    let lints = structured_news::Lints::new();
    for batch_bytes in [1, 97] {
        let cut: Vec<Entry> = Batches::new(BufReader::with_capacity(61, data), batch_bytes)
            .max_document_bytes(CAP)
            .flat_map(|batch| batch.documents(&lints))
            .collect();
        assert_eq!(
            cut.len(),
            docs.len(),
            "batches of {batch_bytes} bytes change the number of documents"
        );
        for (a, b) in docs.iter().zip(&cut) {
            assert_eq!(
                (a.line, a.offset, a.bytes, outcome(&a.result)),
                (b.line, b.offset, b.bytes, outcome(&b.result)),
                "batches of {batch_bytes} bytes change a document"
            );
        }
    }

    // One article or a JSON array of them; then every problem's path must
    // be locatable without panicking.
    let docs = read_documents(data);
    assert!(
        !docs.is_empty() || data.contains(&b'['),
        "no document at all"
    );
    for doc in &docs {
        let start = doc.offset as usize;
        let end = start.saturating_add(doc.bytes as usize);
        assert!(
            end <= data.len(),
            "document {start}..{end} is past the input"
        );
        if let Err(e) = &doc.result {
            let doc_bytes = &data[start..end];
            if let Some(path) = e.path() {
                let _ = locate(doc_bytes, path.as_str());
                let _ = locate(data, path.as_str());
            }
            if let Some(problems) = e.validation_errors() {
                for p in problems.iter().take(16) {
                    let _ = locate(doc_bytes, p.path().as_str());
                }
            }
        }
    }

    // The ledger over the same bytes as NDJSON: every document is taken,
    // refused or a repeat, every problem of a line names a line of the
    // input, and the report renders as JSON and as a table.
    let mut ledger = Ledger::new();
    let summary = ledger.read_ndjson(data);
    assert_eq!(
        summary.taken + summary.refused + summary.repeats,
        summary.documents,
        "the ledger lost a document"
    );
    assert_eq!(ledger.len() as u64, summary.taken, "articles held");
    let report = ledger.report();
    let lines = data.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    for p in &report.problems {
        assert!(
            p.line.is_none_or(|l| l >= 1 && l <= lines),
            "problem {p} past the input"
        );
        let _ = p.to_string();
    }
    let _ = report.to_table();
    let json = serde_json::to_string(&report).expect("a report serializes");
    // Written while it is made, the JSON is the report's, byte for byte.
    let streamed = serde_json::to_string(&ledger.report_json()).expect("a report serializes");
    assert_eq!(streamed, json, "report_json differs from report");

    for pointer in POINTERS {
        if let Some((line, column)) = locate(data, pointer) {
            assert!(line >= 1 && column >= 1, "locate gave ({line}, {column})");
            let Some(text_line) = data.split(|&b| b == b'\n').nth(line as usize - 1) else {
                panic!("locate({pointer:?}) gave line {line}, beyond the input");
            };
            assert!(
                column as usize <= text_line.len(),
                "locate({pointer:?}) gave column {column} of a {}-byte line",
                text_line.len()
            );
        }
    }
});
