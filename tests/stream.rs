//! Reading many articles: NDJSON streams, arrays, size caps, and the lines
//! of problems.

mod common;

use std::io::{BufReader, Read};

use structured_news::stream::{locate, read_documents, NdjsonReader};
use structured_news::{Article, Error, ErrorCode};

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
