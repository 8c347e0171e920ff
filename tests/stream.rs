//! Reading many articles: NDJSON streams, arrays, size caps, and the lines
//! of problems.

mod common;

use std::io::{BufReader, Read};

use structured_news::stream::{locate, read_documents, Batches, Entry, NdjsonReader};
use structured_news::{Article, Error, ErrorCode, Lints, Severity};

fn compact_example() -> String {
    serde_json::to_string(&common::example_value()).unwrap()
}

#[test]
fn ndjson_documents_carry_their_lines_and_results() {
    let good = compact_example();
    let input =
        format!("{good}\r\n\n  \n{{\"format_version\": \"2.0\"}}\n{good}\nnot json\n{good}");
    let docs: Vec<_> = NdjsonReader::new(input.as_bytes()).collect();
    let summary: Vec<(u64, Option<ErrorCode>)> = docs
        .iter()
        .map(|d| (d.line, d.result.as_ref().err().map(Error::code)))
        .collect();
    assert_eq!(
        summary,
        [
            (1, None),
            (4, Some(ErrorCode::MissingField)),
            (5, None),
            (6, Some(ErrorCode::Syntax)),
            (7, None),
        ]
    );
    // Offsets point at each document's first byte.
    let third = &docs[2];
    let start = third.offset as usize;
    assert_eq!(&input[start..start + third.bytes as usize], good);
}

#[test]
fn the_size_cap_refuses_long_documents_and_goes_on() {
    let good = compact_example();
    let input = format!("{good}\n{good}{}\n{good}\n", " ".repeat(100));
    let cap = good.len() as u64 + 10;
    let reader = BufReader::with_capacity(256, input.as_bytes());
    let docs: Vec<_> = NdjsonReader::new(reader).max_document_bytes(cap).collect();
    assert_eq!(docs.len(), 3);
    assert!(docs[0].result.is_ok() && docs[2].result.is_ok());
    let refused = docs[1].result.as_ref().unwrap_err();
    assert_eq!(refused.code(), ErrorCode::TooLarge);
    assert!(matches!(refused, Error::TooLarge { limit } if *limit == cap));
    assert_eq!(docs[1].bytes, good.len() as u64 + 100);
}

#[test]
fn an_io_error_ends_the_stream_with_one_last_item() {
    struct Breaks(Vec<u8>);
    impl Read for Breaks {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0.is_empty() {
                return Err(std::io::Error::other("connection reset"));
            }
            let n = buf.len().min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0.drain(..n);
            Ok(n)
        }
    }
    let input = format!("{}\n{{\"id\"", compact_example());
    let docs: Vec<_> = NdjsonReader::new(BufReader::new(Breaks(input.into_bytes()))).collect();
    assert_eq!(docs.len(), 2);
    assert!(docs[0].result.is_ok());
    assert_eq!(docs[1].result.as_ref().unwrap_err().code(), ErrorCode::Io);
}

#[test]
fn a_json_array_is_read_element_by_element() {
    let good = common::example_json();
    let bad = good.replacen(
        "\"speaker\": \"sergei-lavrov\"",
        "\"speaker\": \"moscow\"",
        1,
    );
    let array = format!("[\n{good},\n{bad},\n42\n]\n");
    let docs = read_documents(array.as_bytes());
    assert_eq!(docs.len(), 3);
    assert!(docs[0].result.is_ok());
    let Err(Error::Invalid(problems)) = &docs[1].result else {
        panic!("the second element must be invalid");
    };
    let problem = problems.iter().next().unwrap();
    assert_eq!(problem.code(), ErrorCode::WrongReferenceKind);
    // The problem's line in the file: the element's own line plus where the
    // path is inside it.
    let element = &array[docs[1].offset as usize..(docs[1].offset + docs[1].bytes) as usize];
    let (inner_line, _) = locate(element.as_bytes(), problem.path().as_str()).unwrap();
    let line = docs[1].line + inner_line - 1;
    assert!(array
        .lines()
        .nth(line as usize - 1)
        .unwrap()
        .contains("\"speaker\": \"moscow\""));
    assert_eq!(
        docs[2].result.as_ref().unwrap_err().code(),
        ErrorCode::WrongType
    );
    assert_eq!(
        docs[2].line,
        array.lines().position(|l| l == "42").unwrap() as u64 + 1
    );
}

#[test]
fn a_single_document_and_a_broken_array_are_one_document() {
    let docs = read_documents(common::example_json().as_bytes());
    assert_eq!(docs.len(), 1);
    assert!(docs[0].result.is_ok());
    let docs = read_documents(b"[{\"id\": 1}, ");
    assert_eq!(docs.len(), 1);
    assert_eq!(
        docs[0].result.as_ref().unwrap_err().code(),
        ErrorCode::WrongType
    );
}

#[test]
fn readers_can_be_capped() {
    let json = common::example_json();
    let e = Article::from_reader_limited(json.as_bytes(), 1000).unwrap_err();
    assert_eq!(e.code(), ErrorCode::TooLarge);
    assert!(e.to_string().contains("limit of 1000 bytes"));
    assert!(Article::from_reader_limited(json.as_bytes(), json.len() as u64).is_ok());
}

#[test]
fn locate_finds_values_in_pretty_documents() {
    let json = common::example_json();
    for pointer in [
        "/statements/3/speaker",
        "/commitments/7/due/value",
        "/entities/places/3/name",
        "/body",
    ] {
        let (line, column) = locate(json.as_bytes(), pointer).unwrap();
        let text = json.lines().nth(line as usize - 1).unwrap();
        let key = pointer.rsplit('/').next().unwrap();
        assert!(
            text.contains(&format!("\"{key}\":")),
            "{pointer} -> line {line}: {text}"
        );
        assert_eq!(
            &text[column as usize - 1..column as usize],
            "\"",
            "{pointer} starts a string"
        );
    }
    assert_eq!(locate(json.as_bytes(), "/statements/99"), None);
}

#[test]
fn a_long_array_gets_every_line_right() {
    // One element a line, 50 000 of them: lines are counted once over the
    // whole input, not again from the start for each element.
    let array = format!("[\n{}1\n]", "1,\n".repeat(49_999));
    let docs = read_documents(array.as_bytes());
    assert_eq!(docs.len(), 50_000);
    assert!(docs.iter().enumerate().all(|(i, d)| d.line == i as u64 + 2));
    assert!(docs
        .iter()
        .all(|d| d.result.as_ref().unwrap_err().code() == ErrorCode::WrongType));
}

#[test]
fn only_json_white_space_is_blank() {
    // A form feed is white space to Rust's `is_ascii_whitespace`, not to JSON.
    let e = common::json_error(b"\x0c");
    assert_eq!(e.code(), ErrorCode::Syntax);
    assert_eq!(
        common::json_error(b" \r\n\t").code(),
        ErrorCode::UnexpectedEnd
    );
    let docs: Vec<_> = NdjsonReader::new(&b"\x0c\n \r\n"[..]).collect();
    assert_eq!(docs.len(), 1);
    assert_eq!(
        docs[0].result.as_ref().unwrap_err().code(),
        ErrorCode::Syntax
    );
}

/// What a test compares of a document: where it is and what it holds.
fn summary(doc: &Entry) -> (u64, u64, u64, Option<ErrorCode>) {
    let code = doc.result.as_ref().err().map(Error::code);
    (doc.line, doc.offset, doc.bytes, code)
}

/// A reader that gives its bytes, then fails.
struct Breaks(Vec<u8>);

impl Read for Breaks {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0.is_empty() {
            return Err(std::io::Error::other("connection reset"));
        }
        let n = buf.len().min(self.0.len()).min(7);
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0.drain(..n);
        Ok(n)
    }
}

#[test]
fn batches_count_lines_and_offsets_as_the_reader_does() {
    let good = compact_example();
    let long = format!("{{\"body\": \"{}\"}}", "y".repeat(3000));
    let inputs = [
        format!("{good}\n\n  \n{{\"id\": 1}}\n{long}\n{good}\r\nnot json\n{good}"),
        format!("{good}\n{long}"),
        format!("{long}\n{long}\n\n"),
        format!("\n\n{good}\n"),
        String::new(),
        "\n".repeat(50),
    ];
    for input in &inputs {
        let expected: Vec<_> = NdjsonReader::new(BufReader::with_capacity(64, input.as_bytes()))
            .max_document_bytes(2000)
            .map(|doc| summary(&doc))
            .collect();
        for batch_bytes in [1, 100, 1 << 20] {
            let reader = BufReader::with_capacity(64, input.as_bytes());
            let cut: Vec<_> = Batches::new(reader, batch_bytes)
                .max_document_bytes(2000)
                .flat_map(|batch| batch.documents(&Lints::new()))
                .map(|doc| summary(&doc))
                .collect();
            assert_eq!(cut, expected, "{batch_bytes} bytes a batch: {input:.80}");
        }
    }
}

#[test]
fn batches_end_at_an_io_error_as_the_reader_does() {
    let input = format!("{}\n\n{{\"id\"", compact_example());
    let expected: Vec<_> = NdjsonReader::new(BufReader::new(Breaks(input.clone().into_bytes())))
        .map(|doc| summary(&doc))
        .collect();
    let cut: Vec<_> = Batches::new(BufReader::new(Breaks(input.into_bytes())), 10)
        .flat_map(|batch| batch.documents(&Lints::new()))
        .map(|doc| summary(&doc))
        .collect();
    assert_eq!(cut, expected);
    assert_eq!(cut.last().and_then(|doc| doc.3), Some(ErrorCode::Io));
}

/// A reader that ends (reads 0 bytes) after each of its parts and then
/// goes on with the next, as a terminal does after Ctrl-D.
struct EndsAndGoesOn(Vec<Vec<u8>>);

impl Read for EndsAndGoesOn {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let Some(part) = self.0.first_mut() else {
            return Ok(0);
        };
        if part.is_empty() {
            self.0.remove(0);
            return Ok(0);
        }
        let n = buf.len().min(part.len());
        buf[..n].copy_from_slice(&part[..n]);
        part.drain(..n);
        Ok(n)
    }
}

#[test]
fn batches_go_on_after_a_reader_ends_and_starts_again() {
    let good = compact_example();
    // A last line without its newline, then more input: a blank line, a
    // document, an invalid one without a newline.
    let parts = || {
        vec![
            good.clone().into_bytes(),
            format!("\n{good}\n  {{\"id\": 1}}").into_bytes(),
        ]
    };
    let expected: Vec<_> = NdjsonReader::new(BufReader::new(EndsAndGoesOn(parts())))
        .map(|doc| summary(&doc))
        .collect();
    assert_eq!(expected.len(), 3, "{expected:?}");
    let batches: Vec<_> = Batches::new(BufReader::new(EndsAndGoesOn(parts())), 1 << 20).collect();
    let total: u64 = batches.iter().map(|b| b.input_bytes()).sum();
    let cut: Vec<_> = batches
        .into_iter()
        .flat_map(|batch| batch.documents(&Lints::new()))
        .map(|doc| summary(&doc))
        .collect();
    assert_eq!(cut, expected);
    let input_len: usize = parts().iter().map(Vec::len).sum();
    assert_eq!(total, input_len as u64);
}

#[test]
fn parallel_results_come_in_input_order() {
    let good = compact_example();
    let input: String = (0..400)
        .map(|i| {
            if i % 3 == 0 {
                "{\"id\": 1}\n".to_owned()
            } else {
                format!("{good}\n")
            }
        })
        .collect();
    let expected: Vec<_> = NdjsonReader::new(input.as_bytes())
        .map(|doc| summary(&doc))
        .collect();
    for jobs in [1, 2, 5] {
        let lints = Lints::new();
        let got: Vec<_> = Batches::new(input.as_bytes(), 2000)
            .map_in_parallel(jobs, move |batch| {
                batch
                    .documents(&lints)
                    .map(|doc| summary(&doc))
                    .collect::<Vec<_>>()
            })
            .unwrap()
            .flatten()
            .collect();
        assert_eq!(got, expected, "{jobs} jobs");
    }
}

#[test]
fn dropping_the_parallel_results_early_stops_the_threads() {
    /// The same line forever: only stopping can end this test.
    struct Endless(Vec<u8>, usize);
    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let mut n = 0;
            for b in buf.iter_mut() {
                *b = self.0[self.1 % self.0.len()];
                self.1 += 1;
                n += 1;
            }
            Ok(n)
        }
    }
    let endless = Endless(format!("{}\n", compact_example()).into_bytes(), 0);
    let mut results = Batches::new(BufReader::new(endless), 1000)
        .map_in_parallel(3, |batch| batch.documents(&Lints::new()).count())
        .unwrap();
    assert!(results.next().unwrap() > 0);
    assert!(results.next().unwrap() > 0);
    drop(results);
}

#[test]
#[should_panic(expected = "the work panicked")]
fn a_panic_in_the_work_reaches_the_caller() {
    let input = format!("{}\n", compact_example()).repeat(100);
    let results = Batches::new(input.as_bytes(), 100)
        .map_in_parallel(2, |batch| {
            assert!(batch.first_line() < 50, "the work panicked");
        })
        .unwrap();
    results.for_each(drop);
}

#[test]
fn problems_are_located_in_batches() {
    let good: serde_json::Value = serde_json::from_str(&compact_example()).unwrap();
    let mut bad = good.clone();
    bad["statements"][0]["speaker"] = "nobody".into();
    let input = format!("{good}\n\n{bad}\n{{,}}\n");
    let mut docs = Batches::new(input.as_bytes(), 1 << 20)
        .next()
        .unwrap()
        .documents(&Lints::new());
    let mut found = Vec::new();
    while let Some(doc) = docs.next() {
        let text = docs.text(&doc);
        for p in doc.problems(text) {
            found.push((
                p.line,
                p.code,
                p.path.as_str().to_owned(),
                p.severity,
                p.column.is_some(),
            ));
        }
    }
    assert_eq!(
        found,
        [
            (
                3,
                ErrorCode::UnknownReference,
                "/statements/0/speaker".to_owned(),
                Severity::Error,
                true
            ),
            (4, ErrorCode::Syntax, String::new(), Severity::Error, true),
        ]
    );
}
